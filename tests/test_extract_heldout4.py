"""quizgen extract on the fourth round of held-out articles (dev/extraction/heldout4/), written rich in
agreements, whose gold was committed before the extractor ever ran on them, and on texts written for
the tests.

Each test pins a false fact or a miss that a general rule fixed, so that a later change cannot bring it
back: agreements are the weakest kind, and a false one becomes a false quiz question.
"""

from __future__ import annotations

from pathlib import Path

from extracting import facts, text_deck

ROOT = Path(__file__).resolve().parents[1]
HELDOUT4 = ROOT / "dev" / "extraction" / "heldout4" / "articles"
ARTICLES = sorted(HELDOUT4.glob("*.txt"))


def parties(deck: dict) -> list[set[str]]:
    return [set(f["parties"]) for f in facts(deck, "agreement")]


def test_there_are_three_articles_with_gold() -> None:
    assert len(ARTICLES) == 3
    for a in ARTICLES:
        assert (a.parent.parent / "gold" / f"{a.stem}.yaml").is_file(), a


def test_a_proposed_or_discussed_deal_is_no_agreement(tmp_path: Path) -> None:
    deck = text_deck("Uruguay and Germany signed a memorandum of understanding on green hydrogen on Friday. "
                     "A proposed side deal on beef quotas was dropped. "
                     "Brazil and Argentina are in talks on a gas pipeline agreement.", tmp_path)
    assert [f["what"] for f in facts(deck, "agreement")] == ["memorandum of understanding on green hydrogen"]


def test_an_armed_group_is_a_party_to_a_ceasefire(tmp_path: Path) -> None:
    deck = text_deck("The ceasefire agreement between Israel and Hamas was brokered by Qatar, Egypt and "
                     "the United States and is due to take effect on Sunday.", tmp_path)
    assert {"Israel", "Hamas"} in parties(deck)


def test_the_buyer_and_the_company_bought_not_its_nationality(tmp_path: Path) -> None:
    deck = text_deck("Its Australian parent CSL had agreed to buy Dutch vaccine maker Mucosa Biologics for "
                     "2.4 billion euros in cash. Separately, Nissan will acquire Norwegian battery maker "
                     "Freyr Battery for $300 million.", tmp_path)
    got = parties(deck)
    assert {"CSL", "Mucosa Biologics"} in got
    assert {"Nissan", "Freyr Battery"} in got
    assert not any("Dutch" in p or "Norwegian" in p for p in got)


def test_a_proposed_or_negated_purchase_is_no_agreement(tmp_path: Path) -> None:
    """A guard for the wider purchase rules: passes before and after."""
    deck = text_deck("Regulators said Nissan's proposed takeover of Freyr Battery would face a review. "
                     "Honda has not agreed to buy Acme Motors.", tmp_path)
    assert facts(deck, "agreement") == []


def test_two_agreements_in_one_sentence_keep_their_own_parties(tmp_path: Path) -> None:
    deck = text_deck("On the sidelines of the summit, Uruguay and Germany signed a memorandum of understanding "
                     "on green hydrogen, and Brazil agreed a partnership with the EU on critical raw materials.",
                     tmp_path)
    got = parties(deck)
    assert {"Uruguay", "Germany"} in got
    assert {"Brazil", "European Union"} in got
    assert all(len(p) == 2 for p in got), got


def test_the_group_of_seven_is_a_party(tmp_path: Path) -> None:
    deck = text_deck("Leaders of the Group of Seven rich democracies agreed on Thursday to provide Ukraine "
                     "with a $50 billion loan financed by the profits from frozen Russian assets.", tmp_path)
    assert any({"Group of Seven", "Ukraine"} <= p for p in parties(deck))


def test_the_subjects_of_the_agreeing_verb_are_the_parties_not_the_mediator(tmp_path: Path) -> None:
    deck = text_deck("DOHA (Reuters) - Israel and Hamas reached an agreement on Wednesday to halt the fighting "
                     "in Gaza, Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani announced.",
                     tmp_path, published="16.01.2025")
    assert parties(deck) == [{"Israel", "Hamas"}]


def test_a_signed_supply_contract_with_a_company_is_an_agreement(tmp_path: Path) -> None:
    deck = text_deck("The European Commission signed a framework contract with vaccine maker CSL Seqirus on "
                     "Tuesday for 665,000 doses of a bird flu vaccine. His contract with the club expires in June.",
                     tmp_path, published="12.06.2024")
    got = facts(deck, "agreement")
    assert [set(f["parties"]) for f in got] == [{"European Commission", "CSL Seqirus"}]
    assert str(got[0]["date"]) == "2024-06-11"


def test_a_company_that_said_it_will_buy_another(tmp_path: Path) -> None:
    deck = text_deck("Hewlett Packard Enterprise said Tuesday it will buy Juniper Networks for about $14 billion "
                     "in cash.", tmp_path, published="09.01.2024")
    assert {"Hewlett Packard Enterprise", "Juniper Networks"} in parties(deck)


def test_a_partnership_between_companies_uses_the_full_name_given_earlier(tmp_path: Path) -> None:
    deck = text_deck("Juniper Networks makes routers. Juniper last month agreed a partnership with Microsoft "
                     "to use its Azure cloud for customer support.", tmp_path)
    assert {"Juniper Networks", "Microsoft"} in parties(deck)


def test_a_peace_deal_with_a_neighbour_is_a_noun_not_the_verb(tmp_path: Path) -> None:
    deck = text_deck("Ethiopian Prime Minister Abiy Ahmed spoke in Addis Ababa. Abiy, 46, won the Nobel Peace "
                     "Prize in 2019 for his 2018 peace deal with neighboring Eritrea, which ended a 20-year "
                     "stalemate. Officials struggled to deal with Sudan.", tmp_path)
    got = facts(deck, "agreement")
    assert [set(f["parties"]) for f in got] == [{"Ethiopia", "Eritrea"}]
    assert str(got[0]["date"]) == "2018"


def test_the_dateline_city_is_not_a_party(tmp_path: Path) -> None:
    deck = text_deck("PRETORIA, South Africa (AP) — Sudan's army signed a ceasefire agreement with the Rapid "
                     "Support Forces on Wednesday, mediators said.", tmp_path, published="03.11.2022")
    assert parties(deck) == [{"Sudan", "Rapid Support Forces"}]


def figures(deck: dict) -> set[tuple[float, str]]:
    return {(float(f["value"]), f["unit"]) for f in facts(deck, "figure")}


def test_hyphenated_counts_are_figures_but_not_a_ten_year_high(tmp_path: Path) -> None:
    deck = text_deck("During the first, 42-day phase, Hamas will free hostages. It ended a two-year war and a "
                     "20-year stalemate. The 23-nation group met for a three-day visit. Yields hit a 10-year high, "
                     "and the yield on Germany's 10-year Bund rose.", tmp_path)
    got = figures(deck)
    assert {(42, "days"), (2, "years"), (20, "years"), (23, "nations"), (3, "days")} <= got
    assert (10, "years") not in got


def test_a_part_of_a_whole_counts_the_wholes_noun(tmp_path: Path) -> None:
    deck = text_deck("Labor had won 72 of the 151 seats in the House of Representatives. Hamas will free 33 of "
                     "the 98 hostages still held in Gaza. It needs at least 15 of the EU's 27 member states.",
                     tmp_path)
    assert {(72, "seats"), (151, "seats"), (33, "hostages"), (98, "hostages"), (15, "states"),
            (27, "states")} <= figures(deck)


def test_an_ordinal_after_a_possessive_and_people_by_nationality(tmp_path: Path) -> None:
    deck = text_deck("Anthony Albanese was sworn in as Australia's 31st prime minister on Monday. More than "
                     "46,000 Palestinians have been killed in Gaza.", tmp_path)
    assert {(31, "prime ministers"), (46000, "Palestinians")} <= figures(deck)


def dates(deck: dict) -> dict[str, str]:
    """event -> ISO date (as text)."""
    return {f["event"]: str(f["date"]) for f in facts(deck, "date")}


def test_a_timetable_in_the_present_is_ahead_and_a_past_month_stays_past(tmp_path: Path) -> None:
    deck = text_deck("Donald Trump, who takes office on Monday, claimed credit for the breakthrough. Moderna, "
                     "whose offer for Mucosa was rejected in April, said it would not make a new bid.",
                     tmp_path, published="16.01.2025")
    got = set(dates(deck).values())
    assert "2025-01-20" in got and "2025-01-13" not in got
    assert "2024-04" in got and "2025-04" not in got


def test_heldout4_quality_floor() -> None:
    """Measured after the fixes: precision 0.946, recall 0.841 overall (first blind run: 0.826 and 0.603;
    agreements 0.400 and 0.222 then, 1.000 and 0.778 now)."""
    from dev.extraction.evaluate import HELDOUT4 as BASE
    from dev.extraction.evaluate import evaluate

    res = evaluate(base=BASE)
    p, r, _ = res["overall"]
    assert p >= 0.93 and r >= 0.80, res
    assert res["agreement"][0] >= 0.99 and res["agreement"][1] >= 0.75, res["agreement"]
