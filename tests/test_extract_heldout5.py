"""Fixes found with the fifth blind round (dev/extraction/heldout5): leader names and titles, and date/figure
text that a question can be built on. Each test runs the public extractor on a short article and failed on
the code before its fix."""

from __future__ import annotations

from pathlib import Path

import yaml

from quizgen.extract import extract_deck


def _deck(text: str, tmp_path: Path, published: str = "21.03.2024 15:05") -> dict:
    article = tmp_path / "article.txt"
    article.write_text(f"Headline about the news\n\nStatus: {published}\n\n{text}\n", encoding="utf-8")
    return yaml.safe_load(extract_deck([article], tmp_path).yaml_text)


def _leaders(deck: dict) -> dict[str, dict]:
    return {f["name"]: f for f in deck["facts"] if f["kind"] == "leader"}


def test_arabic_name_is_not_cut_at_al(tmp_path: Path) -> None:
    leaders = _leaders(_deck("Qatari Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman bin "
                             "Jassim Al Thani met the press in Doha on Thursday.", tmp_path))
    assert list(leaders) == ["Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani"]
    fact = leaders["Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani"]
    assert fact["role"] == "Prime Minister and Foreign Minister" and fact["of"] == "Qatar"


def test_portfolio_words_stay_in_the_office(tmp_path: Path) -> None:
    deck = _deck("National Security Minister Itamar Ben-Gvir threatened to quit the government. Diana Mondino "
                 "was sworn in as foreign minister and Patricia Bullrich as security minister.", tmp_path)
    roles = {n: f["role"] for n, f in _leaders(deck).items()}
    assert roles["Itamar Ben-Gvir"] == "National Security Minister"
    assert roles["Patricia Bullrich"] == "Security Minister"


def test_company_and_central_bank_heads(tmp_path: Path) -> None:
    deck = _deck("CSL chief executive Paul McKenzie said the vaccines came with a licence. It was the first "
                 "meeting led by central bank governor Fatih Karahan. IMF Managing Director Kristalina "
                 "Georgieva said the Fund was ready to help.", tmp_path)
    leaders = _leaders(deck)
    assert leaders["Paul McKenzie"]["role"].lower() == "chief executive" and leaders["Paul McKenzie"]["of"] == "CSL"
    assert leaders["Fatih Karahan"]["role"] == "central bank governor"
    assert leaders["Kristalina Georgieva"]["of"] == "International Monetary Fund"


def test_an_office_held_until_someone_quit_is_a_former_one(tmp_path: Path) -> None:
    deck = _deck("Fatih Karahan took over last month after Hafize Gaye Erkan resigned. Erkan, who had been "
                 "governor since June 2023, quit on Feb. 2. James Cleverly, who had been Foreign Secretary "
                 "since September 2022, moves to the Home Office.", tmp_path)
    leaders = _leaders(deck)
    assert leaders["Hafize Gaye Erkan"]["role"] == "former Governor"
    assert "James Cleverly" not in leaders  # which office he holds now is not said


def test_former_office_only_of_a_country(tmp_path: Path) -> None:
    deck = _deck("Uhuru Kenyatta and Phumzile Mlambo-Ngcuka, a former deputy president of South Africa, sat on "
                 "the panel. Milei named Luis Caputo, a former president of the central bank, as economy "
                 "minister.", tmp_path)
    leaders = _leaders(deck)
    assert leaders["Phumzile Mlambo-Ngcuka"]["role"].startswith("former")
    assert leaders["Phumzile Mlambo-Ngcuka"]["of"] == "South Africa"
    assert not leaders.get("Luis Caputo", {}).get("role", "").startswith("former")


def _dates(deck: dict) -> dict[str, str]:
    return {f["event"]: str(f["date"]) for f in deck["facts"] if f["kind"] == "date"}


def test_his_is_resolved_only_to_the_one_leader_in_sight(tmp_path: Path) -> None:
    deck = _deck("Indian Prime Minister Narendra Modi had last visited Russia in 2019. The trip was his first "
                 "visit abroad since his re-election in June.\n\nPresident Javier Milei named his cabinet. "
                 "Foreign Minister Diana Mondino and Security Minister Patricia Bullrich were sworn in. "
                 "His first decree, signed on Monday, cut the number of ministries from 18 to nine.",
                 tmp_path, "12.12.2023 08:15")
    events = _dates(deck)
    assert "Narendra Modi's re-election" in events
    # Mondino and Bullrich are nearer than Milei: whose decree it was is a guess, so no fact
    assert not any("decree" in e for e in events), events
    assert not any(e.split()[0] in ("He", "She", "His", "Her") for e in events), events


def test_events_that_cannot_stand_alone_are_dropped(tmp_path: Path) -> None:
    deck = _deck("The WHO declared an emergency in July 2022; that emergency ended in May 2023. Google was fined "
                 "2.42 billion euros in June 2017. Its next meeting is on April 25. The central bank raised its "
                 "rate to 50% on Thursday, signalling a tighter stance ahead of local elections on March 31. "
                 "It is the first increase since January.", tmp_path)
    events = _dates(deck)
    bad = ("That", "Its", "It", "Signalling", "2.42")
    assert not any(e.split()[0] in bad for e in events), events
    assert any(e.startswith("Google was fined") for e in events), events


def test_one_date_written_twice_is_one_event(tmp_path: Path) -> None:
    deck = _deck("The deal on the fund was adopted on Thursday, 30 November, the opening day of Cop28, to a "
                 "standing ovation.", tmp_path, "01.12.2023 10:00")
    assert len(_dates(deck)) == 1


def test_a_month_that_is_expected_is_ahead(tmp_path: Path) -> None:
    deck = _deck("Georgieva said the Fund was ready to work with the new government, and an IMF mission is "
                 "expected in Buenos Aires in January.", tmp_path, "12.12.2023 08:15")
    assert list(_dates(deck).values()) == ["2024-01"]


def test_figure_what_does_not_end_in_a_conjunction(tmp_path: Path) -> None:
    deck = _deck("Under the deal, Tigray forces will disarm within 30 days, and the army will withdraw. "
                 "Rescuers using a Sikorsky S-70 helicopter lifted 23 stranded people from the park.", tmp_path)
    whats = [f["what"] for f in deck["facts"] if f["kind"] == "figure"]
    assert whats and not any(w.rstrip().endswith((" and", " but", ",")) for w in whats), whats
    assert not any(" Rescuers " in w for w in whats), whats


ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "dev" / "extraction").glob("**/articles/*.txt"))
CONTEXT_WORDS = {"he", "she", "it", "they", "we", "his", "her", "its", "their", "our", "this", "that", "these",
                 "those", "there", "here", "such"}


def test_no_extracted_date_event_leans_on_its_article(tmp_path: Path) -> None:
    """Over every dev and held-out article: no date event opens with a pronoun, possessive, demonstrative
    or a bare verb (which the question engine refuses to ask, so the fact would be wasted or wrong)."""
    from quizgen.english import event_stands_alone

    assert len(ARTICLES) >= 20
    bad = []
    for article in ARTICLES:
        deck = yaml.safe_load(extract_deck([article], tmp_path).yaml_text)
        for event in _dates(deck):
            first = event.split()[0].lower().strip(",")
            if first in CONTEXT_WORDS or not event_stands_alone(event) or first.endswith("ing"):
                bad.append(f"{article.stem}: {event}")
    assert not bad, bad


def test_companies_of_a_country_sign_for_themselves(tmp_path: Path) -> None:
    deck = _deck("QatarEnergy and Britain's Centrica signed a 15-year deal in February 2023 to supply up to 2 "
                 "million tonnes of liquefied natural gas a year. The Qatar Investment Authority signed a "
                 "memorandum of understanding with the British government to back climate technology firms.",
                 tmp_path, "04.12.2024 18:40")
    parties = [sorted(f["parties"]) for f in deck["facts"] if f["kind"] == "agreement"]
    assert ["Centrica", "QatarEnergy"] in parties, parties
    assert ["Qatar Investment Authority", "United Kingdom"] in parties, parties
    assert ["Qatar", "United Kingdom"] not in parties, parties


def test_month_last_year_is_one_event_and_a_bare_saying_is_none(tmp_path: Path) -> None:
    deck = _deck("Annual inflation rose to 67.1% in February, the statistics institute said earlier this month. "
                 "Finance Minister Mehmet Simsek has overseen a return to orthodox policy since President Tayyip "
                 "Erdogan reappointed him in June last year.", tmp_path)
    events = _dates(deck)
    assert sorted(events.values()) == ["2023-06", "2024-02"], events


def test_a_relative_clause_keeps_its_date(tmp_path: Path) -> None:
    deck = _deck("The 53-year-old libertarian economist, who won a run-off on Nov. 19 with 55.7% of the vote, took "
                 "the oath before Congress. The text, which the state news agency KCNA published on Thursday, runs "
                 "to 23 articles.", tmp_path, "12.12.2023 08:15")
    events = _dates(deck)
    assert events.get("The 53-year-old libertarian economist won a run-off with 55.7% of the vote") == "2023-11-19"
    assert not any("oath" in e for e in events), events  # the oath was not taken on Nov. 19
    assert events.get("The state news agency KCNA published the text") == "2023-12-07", events


def test_dates_of_a_reported_plan_an_old_value_and_a_whose_clause(tmp_path: Path) -> None:
    deck = _deck("Caputo said on Monday that he would announce the first measures on Tuesday. Annual inflation "
                 "rose to 67.1% in February from 64.9% in January. Foreign investors bought a net $1.1 billion of "
                 "Turkish bonds in the week to March 15, central bank data showed. Moderna, whose offer for Mucosa "
                 "was rejected in April, said it would not make a new bid. The company, whose iPhone 15 went on "
                 "sale last September, said Spotify paid nothing.", tmp_path, "12.12.2023 08:15")
    events = _dates(deck)
    assert events.get("Caputo would announce the first measures") == "2023-12-12", events
    assert "2023-01" not in events.values(), events  # January dates the old value, nothing rose then
    assert events.get("Foreign investors bought a net $1.1 billion of Turkish bonds, central bank data showed") \
        == "2023-03-15", events
    assert events.get("Moderna's offer for Mucosa was rejected") == "2023-04", events
    assert events.get("The company's iPhone 15 went on sale") == "2023-09", events


def test_figure_what_has_no_dateline(tmp_path: Path) -> None:
    deck = _deck("ISTANBUL (Reuters) - Turkey's central bank raised its main interest rate by 500 basis points "
                 "to 50% on Thursday.", tmp_path)
    whats = [f["what"] for f in deck["facts"] if f["kind"] == "figure"]
    assert whats and not any("Reuters" in w for w in whats), whats


def test_a_named_announcement_is_dated_to_the_day_it_was_said(tmp_path: Path) -> None:
    deck = _deck("NEW YORK, Jan 9 (AP) - Hewlett Packard Enterprise said Tuesday it will buy Juniper Networks for "
                 "about $14 billion in cash, betting on AI. She said on Monday the talks went well. France has "
                 "rejected the deal, and President Emmanuel Macron said on Thursday it was unacceptable.",
                 tmp_path, "09.01.2024 12:00")
    events = _dates(deck)
    assert events == {"Hewlett Packard Enterprise said it will buy Juniper Networks for about $14 billion in cash":
                      "2024-01-09"}, events


def test_event_text_keeps_the_dated_clause(tmp_path: Path) -> None:
    deck = _deck("The group's final communique, published on Friday evening, runs to 36 pages. The group also "
                 "extended its cooperation agreement, the Declaration of Cooperation first signed in December 2016, "
                 "until the end of 2023. Because elections are near, the full budget will be presented by the new "
                 "government in July. U.S. Secretary of State Antony Blinken, who visited Beijing in April, had "
                 "warned China. Weakened at home after the European Parliament elections on June 9, he called a "
                 "vote. The summit runs until 12 December.", tmp_path, "15.06.2024 10:00")
    events = _dates(deck)
    assert events.get("The group's final communique was published") == "2024-06-14", events
    assert events.get("The Declaration of Cooperation was first signed") == "2016-12", events
    assert events.get("The full budget will be presented by the new government") == "2024-07", events
    assert events.get("Antony Blinken visited Beijing") == "2024-04", events
    assert not any(e.startswith("Weakened") or e.endswith("until") for e in events), events


def test_appointee_after_an_appositive_and_an_upcoming_vote(tmp_path: Path) -> None:
    deck = _deck("President Javier Milei named Luis Caputo, a former president of the central bank, as economy "
                 "minister. The bank raised its rate to 50% on Thursday, signalling a tighter stance ahead of local "
                 "elections on March 31.", tmp_path)
    assert _leaders(deck)["Luis Caputo"]["role"] == "Economy Minister"
    assert _dates(deck).get("Local elections") == "2024-03-31", _dates(deck)


def test_company_possessive_head_and_names_ending_in_a_particle_word(tmp_path: Path) -> None:
    deck = _deck("Juniper's chief executive, Rami Rahim, will lead the business. Reserve Bank of India Governor "
                 "Shaktikanta Das said rates would hold.", tmp_path)
    leaders = _leaders(deck)
    assert leaders["Rami Rahim"]["of"] == "Juniper"
    assert "Shaktikanta Das" in leaders, leaders  # "Das" is a surname, not the particle "das"
