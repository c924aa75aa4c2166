"""A question set, not a dump: ranked by the fact's place in the story, gated, one question per fact (two for an agreement).

Run through the public `quizgen questions` command on real decks (the bundled deck is a hand-made
deck of a real story) and on small decks written here, one behaviour per test.
"""

# ruff: noqa: E501  (the article and deck below are data: their sentences stay whole)
from __future__ import annotations

import json
import textwrap
from collections import Counter
from pathlib import Path

import pytest
from smalldeck import small_deck

from quizgen.cli import main


def questions(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    capsys.readouterr()
    assert main(["questions", "--format", "json", *args]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def extracted(tmp_path: Path, article: str) -> str:
    """The draft deck `quizgen extract` makes of ``article`` (headline, blank line, Published line, body)."""
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "d.yaml")]) == 0
    return str(tmp_path / "d.yaml")


def test_the_default_set_is_twelve_about_the_heart_of_the_story(bundled_deck_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    doc = questions(capsys, str(bundled_deck_path))
    asked = doc["questions"]
    assert len(asked) == 12 == doc["count"]
    per_fact = Counter(q["fact"] for q in asked)
    assert max(per_fact.values()) <= 2
    # the pact and its partner, the partnership, the leaders Putin met: all asked
    assert {"russia-north-korea-mutual-assistance", "russia-vietnam-strategic-partnership",
            "pham-minh-chinh-prime-minister", "nguyen-phu-trong-general-secretary"} <= set(per_fact)
    # never a passing mention, a world-famous leader's office, or a currency conversion
    assert not {"joe-biden-president", "xi-jinping-president", "kim-jong-un-leader",
                "russia-vietnam-trade-2022-eur"} & set(per_fact)
    # best first, and a mix of ways of asking
    assert [q["rank"] for q in asked] == list(range(1, 13))
    assert len({q["type"] for q in asked}) >= 3


def test_a_match_of_people_the_set_can_ask_one_by_one_is_left_to_the_pool(bundled_deck_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """Raters of rounds 31-35: "Match each person to the office they held" beside "Who was the Prime Minister of
    Vietnam?" asks the same people twice and prints one question's answer among the other's options."""
    asked = questions(capsys, str(bundled_deck_path))["questions"]
    assert "match" not in {q["type"] for q in asked}, [q["prompt"] for q in asked]
    pool = questions(capsys, str(bundled_deck_path), "--count", "all")["questions"]
    assert "match" in {q["type"] for q in pool}


def test_siblings_are_never_back_to_back(bundled_deck_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    asked = questions(capsys, str(bundled_deck_path))["questions"]
    pairs = list(zip(asked, asked[1:], strict=False))
    assert not [(a["id"], b["id"]) for a, b in pairs if a["fact"] == b["fact"]]
    assert not [(a["id"], b["id"]) for a, b in pairs if a["source"]["quote"] == b["source"]["quote"]]
    # the whole pool too, except at its tail, where only one fact's questions may be left
    pool = questions(capsys, str(bundled_deck_path), "--count", "all")["questions"]
    head = list(zip(pool, pool[1:], strict=False))[: len(pool) // 2]
    assert not [(a["id"], b["id"]) for a, b in head if a["fact"] == b["fact"]]


def test_the_set_does_not_depend_on_the_seed(bundled_deck_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one = questions(capsys, str(bundled_deck_path), "--seed", "1")["questions"]
    two = questions(capsys, str(bundled_deck_path), "--seed", "2")["questions"]
    assert [q["id"] for q in one] == [q["id"] for q in two]
    assert [q["options"] for q in one] != [q["options"] for q in two]  # the seed moves the options


def test_count_all_is_the_whole_gated_pool(bundled_deck_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = questions(capsys, str(bundled_deck_path), "--count", "all")
    from quizgen.deck import load_deck
    from quizgen.questions import generate

    pool = generate(load_deck(bundled_deck_path))
    assert len(doc["questions"]) + len(doc["rejected"]) == len(pool)
    scores = [q["score"] for q in doc["questions"]]
    assert scores[0] == max(scores)
    assert Counter(q["fact"] for q in doc["questions"]).most_common(1)[0][1] > 2  # no cap on the pool


@pytest.mark.parametrize("count", ["0", "-3", "lots"])
def test_a_bad_count_is_a_usage_error(bundled_deck_path: Path, capsys: pytest.CaptureFixture[str],
                                      count: str) -> None:
    assert main(["questions", str(bundled_deck_path), "--count", count]) == 2
    assert capsys.readouterr().err.startswith("--count: ")


def test_importance_explains_itself(bundled_deck_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    asked = questions(capsys, str(bundled_deck_path), "--count", "all")["questions"]
    reasons = {q["fact"]: q["importance"]["reasons"] for q in asked}
    assert "in the headline" in reasons["russia-vietnam-strategic-partnership"]
    assert "a conversion of another figure" in reasons["russia-vietnam-trade-2022-eur"]
    assert "named once in passing" in reasons["joe-biden-president"]
    assert "world-famous leader (general knowledge)" in reasons["vladimir-putin-president"]
    assert "background (a former or late office-holder)" in reasons["ho-chi-minh-party-founder"]


# -- the quality gate: each rule, on a small deck ----------------------------------------------------------

ARTICLE = """Leaders meet in Elbonia

Published: 2024-06-20

President Jane Roe of Elbonia met Prime Minister John Doe of Ruritania on 19 June 2024.
It was the first visit by Doe since 2019, when party founder Max Mole led the talks.
Elbonia and Ruritania signed a trade agreement during Roe's visit to the capital.
Elbonia's government and the rebels signed a truce at talks in Strelsau, Ruritania.
Officials from both countries said at a joint press conference held in the capital after the signing ceremony that the deal is worth $5 billion over ten years, the largest trade deal in the region's history, according to a statement released by the foreign ministry.
"The additional aid we disburse on 1 July will ensure that Elbonia can continue," Roe said.
Today, the United States announced $3.4 million in additional food assistance to meet the needs caused by the cyclone in Elbonia.
Main opposition leader Rex Darbo came in second.
U.S. Ambassador Michelle Kwan also attended the signing.
Roe won with 52.23% of the vote, defeating runner up Otto Mole of the Patriotic Party who claimed 23.51% in the first round.
Minister of International Trade, Export Promotion, Small Business and Economic Development Mary Ng attended.
"""

DECK = """
id: gate
title: Leaders meet in Elbonia
sources:
  - {id: a, path: article.txt, title: Leaders meet in Elbonia, published: 2024-06-20}
facts:
  - id: roe
    kind: leader
    name: Jane Roe
    role: President
    of: Elbonia
    sources: [{source: a, quote: "President Jane Roe of Elbonia met Prime Minister John Doe of Ruritania on 19 June 2024."}]
  - id: mole
    kind: leader
    name: Max Mole
    role: founder
    of: the Party
    sources: [{source: a, quote: "It was the first visit by Doe since 2019, when party founder Max Mole led the talks."}]
  - id: darbo
    kind: leader
    name: Rex Darbo
    role: opposition leader
    of: Elbonia
    sources: [{source: a, quote: "Main opposition leader Rex Darbo came in second."}]
  - id: ng
    kind: leader
    name: Mary Ng
    role: Minister of International Trade, Export Promotion, Small Business and Economic Development
    of: Elbonia
    sources: [{source: a, quote: "Minister of International Trade, Export Promotion, Small Business and Economic Development Mary Ng attended."}]
  - id: first-visit
    kind: date
    event: It was the first visit by Doe
    date: 2019
    sources: [{source: a, quote: "It was the first visit by Doe since 2019, when party founder Max Mole led the talks."}]
  - id: trade-deal
    kind: agreement
    what: a trade agreement during Roe's visit to the capital
    parties: [Ruritania, Elbonia]
    sources: [{source: a, quote: "Elbonia and Ruritania signed a trade agreement during Roe's visit to the capital."}]
  - id: uk-japan
    kind: agreement
    what: Enhanced UK-Japan Global Strategic Partnership
    parties: [Japan, United Kingdom]
    sources: [{source: a, quote: "Elbonia and Ruritania signed a trade agreement during Roe's visit to the capital."}]
  - id: truce
    kind: agreement
    what: truce
    parties: [Elbonia, Ruritania]
    sources:
      - {source: a, quote: "Elbonia's government and the rebels signed a truce at talks in Strelsau, Ruritania."}
  - id: deal-value
    kind: figure
    what: "the deal is worth … over ten years"
    value: 5000000000
    unit: USD
    text: $5 billion
    sources: [{source: a, quote: "Officials from both countries said at a joint press conference held in the capital after the signing ceremony that the deal is worth $5 billion over ten years, the largest trade deal in the region's history, according to a statement released by the foreign ministry."}]
  - id: verb-first
    kind: figure
    what: "Announced … in additional food assistance to meet the needs caused by the cyclone in Elbonia"
    value: 3400000
    unit: USD
    text: $3.4 million
    sources: [{source: a, quote: "Today, the United States announced $3.4 million in additional food assistance to meet the needs caused by the cyclone in Elbonia."}]
  - id: kwan
    kind: leader
    name: Michelle Kwan
    role: Ambassador
    of: United States
    sources: [{source: a, quote: "U.S. Ambassador Michelle Kwan also attended the signing."}]
  - id: participle
    kind: figure
    what: "Defeating runner up Otto Mole of the Patriotic Party who claimed … in the first round"
    value: 23.51
    unit: "%"
    text: 23.51%
    sources: [{source: a, quote: "Roe won with 52.23% of the vote, defeating runner up Otto Mole of the Patriotic Party who claimed 23.51% in the first round."}]
  - id: cut-event
    kind: date
    event: President Jane Roe … Prime Minister John Doe
    date: 2024-06-19
    sources: [{source: a, quote: "President Jane Roe of Elbonia met Prime Minister John Doe of Ruritania on 19 June 2024."}]
  - id: our-deal
    kind: agreement
    what: agreement that reflected our two countries' relationship
    parties: [Elbonia, Ruritania]
    sources: [{source: a, quote: "Elbonia and Ruritania signed a trade agreement during Roe's visit to the capital."}]
  - id: we-disburse
    kind: date
    event: The additional aid we disburse will ensure that Elbonia can continue
    date: 2024-07-01
    sources: [{source: a, quote: '"The additional aid we disburse on 1 July will ensure that Elbonia can continue," Roe said.'}]
"""

GATE_CASES = [
    ("truce:party:mc", "the sentence names Ruritania only as where it was signed, not as a party"),
    ("uk-japan:party:mc", "the question names the answer United Kingdom (as 'UK')"),
    ("mole:office:mc", "'founder' is not an office"),
    ("darbo:office:mc", "'opposition leader' is not an office"),
    ("ng:office:mc", "far longer than any other office offered"),
    ("first-visit:cloze:cloze", "opens with a reference to something outside the question"),
    ("roe:cloze:cloze", "the office right before the gap gives the name away"),
    ("trade-deal:party:mc", "the question names Roe, which gives away the answer Elbonia"),
    ("trade-deal:party:tf", "the question names Roe, which gives away the answer Elbonia"),
    ("cut-event:when:mc", "a placeholder"),
    ("verb-first:value:mc", "a piece of its sentence, with no subject of its own"),
    ("participle:value:mc", "a piece of its sentence, with no subject of its own"),
    ("kwan:who:typed", "an envoy's office without where the envoy is posted"),
    ("deal-value:cloze:cloze", "the question is over 35 words"),
    ("we-disburse:when:mc", "speaks as 'we'"),
    ("our-deal:party:mc", "speaks as 'we'"),
]


@pytest.fixture
def gate_deck(tmp_path: Path) -> Path:
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "deck.yaml"
    path.write_text(textwrap.dedent(DECK).lstrip(), encoding="utf-8")
    return path


@pytest.mark.parametrize(("question_id", "reason"), GATE_CASES, ids=[c[0] for c in GATE_CASES])
def test_the_gate_drops_what_no_teacher_would_use(gate_deck: Path, capsys: pytest.CaptureFixture[str],
                                                  question_id: str, reason: str) -> None:
    doc = questions(capsys, str(gate_deck), "--count", "all")
    rejected = {r["id"]: r["reason"] for r in doc["rejected"]}
    assert question_id in rejected, sorted(rejected)
    assert reason in rejected[question_id]
    assert question_id not in {q["id"] for q in doc["questions"]}


def test_rejected_lists_each_dropped_question_with_its_reason(gate_deck: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["questions", str(gate_deck), "--rejected"]) == 0
    out, err = capsys.readouterr()
    assert "mole:office:mc: 'founder' is not an office" in out
    assert "rejected by the quality gate" in err


# -- exports take a set too ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("fmt", "suffix", "default"), [("worksheet", ".html", 20), ("kahoot", ".xlsx", 15),
                                                         ("gift", ".gift.txt", 20), ("anki", ".apkg", None)])
def test_each_export_writes_a_set_of_its_own_default_size(bundled_deck_path: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str], fmt: str,
                                                          suffix: str, default: int | None) -> None:
    capsys.readouterr()
    assert main(["export", fmt, str(bundled_deck_path), "-o", str(tmp_path / f"a{suffix}")]) == 0
    written = int(capsys.readouterr().out.split(": ", 1)[1].split()[0])
    pool = len(questions(capsys, str(bundled_deck_path), "--count", "all")["questions"])
    if default is None:  # a flashcard deck holds every question that passed the gate
        assert written == pool
    else:
        assert 8 <= written <= default < pool  # fewer when the story has too few facts that matter
    assert main(["export", fmt, str(bundled_deck_path), "-o", str(tmp_path / f"b{suffix}"), "--count", "5"]) == 0
    assert capsys.readouterr().out.split(": ", 1)[1].startswith("5 questions")


def test_kahoot_sets_hold_only_what_kahoot_can_show(bundled_deck_path: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["export", "kahoot", str(bundled_deck_path), "-o", str(tmp_path / "k.xlsx"), "--verbose"]) == 0
    err = capsys.readouterr().err
    assert "no typed-answer or cloze" not in err  # a set for Kahoot is chosen from mc and tf questions


def test_a_day_the_article_gives_as_a_weekday_is_shown_with_it(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """'ended on Wednesday': options are named days of that week, so the article answers it without a calendar."""
    (tmp_path / "a.txt").write_text("Coup ends\n\nThe week-long coup in Elbonia ended on Wednesday with the "
                                    "restoration of the civilian government.\n", encoding="utf-8")
    (tmp_path / "d.yaml").write_text(textwrap.dedent("""
        id: d
        title: Coup ends
        sources: [{id: a, path: a.txt, title: Coup ends, published: 2015-09-26}]
        facts:
          - id: ended
            kind: date
            event: The week-long coup in Elbonia ended with the restoration of the civilian government
            date: 2015-09-23
            sources: [{source: a, quote: "The week-long coup in Elbonia ended on Wednesday with the restoration of the civilian government."}]
        """).lstrip(), encoding="utf-8")
    mc = next(q for q in questions(capsys, str(tmp_path / "d.yaml"), "--count", "all")["questions"]
              if q["type"] == "mc" and q["template"] == "when")
    assert mc["answer"] == "Wednesday 23 September 2015"
    days = [o.split()[0] for o in mc["options"]]
    assert len(set(days)) == 4 and all(o.split()[0] in {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
                                                          "Friday", "Saturday"} for o in mc["options"])


def test_a_set_asks_which_country_once_per_country(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Three agreements between India and Japan: one "India and which country signed ...?" (Japan), not three."""
    text = ("Abe in India\n\nIndia and Japan signed a civil nuclear agreement. India and Japan signed a high-speed "
            "rail agreement. India and Japan signed a defence technology agreement. India and Russia signed an arms "
            "deal.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    facts = []
    for i, what in enumerate(("civil nuclear agreement", "high-speed rail agreement", "defence technology agreement")):
        facts.append(f"  - {{id: a{i}, kind: agreement, what: {what}, parties: [India, Japan],\n"
                     f"     sources: [{{source: a, quote: 'India and Japan signed a {what}.'}}]}}\n")
    facts.append("  - {id: r, kind: agreement, what: arms deal, parties: [India, Russia],\n"
                 "     sources: [{source: a, quote: 'India and Russia signed an arms deal.'}]}\n")
    (tmp_path / "d.yaml").write_text(
        "id: d\ntitle: Abe in India\nsources: [{id: a, path: a.txt, title: Abe in India, published: 2015-12-14}]\n"
        "facts:\n" + "".join(facts), encoding="utf-8")
    asked = questions(capsys, str(tmp_path / "d.yaml"))["questions"]
    party = [q for q in asked if q["template"] == "party" and q["type"] in ("mc", "typed") and q["answer"] == "Japan"]
    assert len(party) == 1, [q["prompt"] for q in asked]


RELEASE = """Commerce Secretary Meets Korea's Minister of Knowledge Economy, Signs Memorandum of Understanding

Published: 2009-06-15

U.S. Commerce Secretary Gary Locke hosted a meeting and signed a Memorandum of Understanding (MOU) on commercial cooperation with Korea’s Minister of Knowledge Economy Mr. Lee Youn Ho at the Commerce Department today. This was the first meeting between the Secretary and Minister Lee.

Secretary Locke and Minister Lee confirmed the importance of further strengthening the U.S.-Korea commercial relationship.

“The United States and Korea traded $83 billion in goods in 2008, a record,” Secretary Locke said.
"""


def test_a_release_whose_lead_says_it_all_still_gives_a_set_that_does_not_answer_itself(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A government release puts who, what was signed and when in one sentence: the set asks the
    agreement, a leader and the date from it, and no question asks a person, place or date another
    already asks for, or prints another's answer beside an office."""
    (tmp_path / "release.txt").write_text(RELEASE, encoding="utf-8")
    assert main(["extract", str(tmp_path / "release.txt"), "-o", str(tmp_path / "d.yaml")]) == 0
    asked = questions(capsys, str(tmp_path / "d.yaml"))["questions"]
    kinds = Counter(q["kind"] for q in asked)
    assert kinds["leader"] >= 1 and any(q["answer_kind"] == "date" for q in asked), asked
    assert any("Memorandum of Understanding" in q["prompt"] for q in asked), asked  # what was signed
    answers = [q["answer"] for q in asked if q["type"] != "tf"]
    assert len(answers) == len(set(answers)), answers
    for q in asked:
        for other in asked:
            if other is not q and other["type"] != "tf" and other["answer_kind"] == "person":
                assert f"Secretary {other['answer']}" not in q["prompt"], (q["prompt"], other["answer"])


def test_a_stem_stitched_from_pieces_of_its_sentence_is_not_asked(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """A draft figure's `what` rejoined around the sentence's first word ("the share of global output for
    which Collectively the participating countries account") is rejected with its reason; the cloze stays."""
    quote = "Collectively, the participating countries account for 85 percent of global output."
    small_deck(tmp_path, quote, "  - {id: f, kind: figure, what: share of global output for which Collectively the "
               "participating countries account, value: 85, unit: '%', text: 85 percent,\n"
               f"     sources: [{{source: a, quote: \"{quote}\"}}]}}\n", "2008-11-15", "G20 meets")
    capsys.readouterr()
    assert main(["questions", str(tmp_path / "d.yaml"), "--count", "all", "--rejected"]) == 0
    out, err = capsys.readouterr()
    assert "stitched from pieces" in out + err
    pool = questions(capsys, str(tmp_path / "d.yaml"), "--count", "all")["questions"]
    assert pool and all(q["type"] == "cloze" for q in pool), [q["prompt"] for q in pool]


@pytest.mark.parametrize(("sentence", "what", "value", "unit", "text"), [
    ("The summit of the 53-nation body will focus more on ending conflicts.", "members of the body", 53, "nations",
     "53-nation"),
    ("During its three days, Syria was the only nation not to address the summit.", "length of the summit", 3,
     "days", "three days"),
])
def test_the_size_of_a_body_or_the_length_of_a_meeting_is_background(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], sentence: str, what: str, value: int, unit: str,
        text: str) -> None:
    small_deck(tmp_path, sentence, f"  - {{id: f, kind: figure, what: {what}, value: {value}, unit: {unit}, "
               f"text: {text},\n     sources: [{{source: a, quote: \"{sentence}\"}}]}}\n", "2005-01-29")
    pool = questions(capsys, str(tmp_path / "d.yaml"), "--count", "all")["questions"]
    assert pool and all(any(r.startswith("background (the size") for r in q["importance"]["reasons"])
                        for q in pool), pool


@pytest.mark.parametrize(("sentence", "what", "value", "unit", "text", "reason"), [
    ("Chile and Korea have enjoyed a strong diplomatic relationship for more than 60 years.",
     "length of the relationship", 60, "years", "more than 60 years", "background (how long ties have lasted)"),
    # "this year" is the story's time, and "since the 2011 revolution" a period that runs to it
    ("This year, the President is working with Congress to provide at least $100 million in assistance to Chile, "
     "which would bring total support since the 2011 revolution to nearly $700 million.", "assistance this year",
     100000000, "USD", "at least $100 million", None),
])
def test_background_is_what_a_figure_tells_of_the_story_s_setting(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], sentence: str, what: str, value: int, unit: str,
        text: str, reason: str | None) -> None:
    small_deck(tmp_path, sentence, f"  - {{id: f, kind: figure, what: {what}, value: {value}, unit: {unit}, "
               f"text: {text},\n     sources: [{{source: a, quote: \"{sentence}\"}}]}}\n", "2015-05-21")
    pool = questions(capsys, str(tmp_path / "d.yaml"), "--count", "all")["questions"]
    reasons = {r for q in pool for r in q["importance"]["reasons"]}
    assert pool
    if reason:
        assert reason in reasons, reasons
    else:
        assert not any(r.startswith("background") for r in reasons), reasons
        assert any(q["type"] == "cloze" for q in pool), [q["id"] for q in pool]  # "This year, ..." is no reference


def test_two_figures_of_one_sentence_are_not_both_asked_when_each_prints_the_other(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sentence = ("Over 21 million people are in need of humanitarian assistance across Ethiopia, with a further "
                "6.9 million people in need in Somalia.")
    figures = [("e", "people in need in Ethiopia", 21000000, "Over 21 million people"),
               ("s", "people in need in Somalia", 6900000, "6.9 million people")]
    small_deck(tmp_path, sentence, "".join(f"  - {{id: {i}, kind: figure, what: {w}, value: {v}, unit: people, "
                                           f"text: {t},\n     sources: [{{source: a, quote: \"{sentence}\"}}]}}\n"
                                           for i, w, v, t in figures), "2024-04-22")
    asked = questions(capsys, str(tmp_path / "d.yaml"), "--types", "cloze")["questions"]
    assert len({q["fact"] for q in asked}) == 1, [q["prompt"] for q in asked]


def test_a_release_s_author_named_in_its_byline_is_its_actor(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A statement told as "I" names its author once, in the byline: not a passing mention."""
    (tmp_path / "a.txt").write_text(
        "Assistance for Ukraine\n\nPublished: 2022-09-08\n\nAntony J. Blinken, Secretary of State\n\n"
        "Today I am authorizing a further drawdown of arms and equipment for Ukraine.\n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "d.yaml")]) == 0
    pool = questions(capsys, str(tmp_path / "d.yaml"), "--count", "all")["questions"]
    blinken = [q for q in pool if q["fact"].startswith("antony-j-blinken")]
    assert blinken and all("the release's author (its byline)" in q["importance"]["reasons"] for q in blinken)
    assert questions(capsys, str(tmp_path / "d.yaml"))["questions"], "the set asks about the author"


def test_a_signatory_and_a_minister_the_release_calls_by_office_are_its_actors(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A GOV.UK release names its minister once, in the line before the quotation ("The Foreign Secretary
    Dominic Raab said:"), and otherwise by office alone; the counterpart signs and is named once: neither
    is a passing mention, and the speaker's line is no caption."""
    deck = extracted(tmp_path,
        "UK and Georgia sign agreement\n\nPublished: 2019-10-21\n\n"
        "The Foreign Secretary today signed an agreement between the UK and Georgia.\n\n"
        "The Foreign Secretary signed the agreement with the Georgian Minister of Foreign Affairs David Zalkaliani in "
        "London.\n\nThe Foreign Secretary Dominic Raab said:\n\nThe signing of this agreement gives British exporters "
        "certainty.\n")
    pool = questions(capsys, deck, "--count", "all")["questions"]
    people = [q for q in pool if q["fact"].startswith(("dominic-raab", "david-zalkaliani"))]
    assert {q["fact"].split("-")[0] for q in people} == {"dominic", "david"}, [q["fact"] for q in pool]
    assert not any({"named once in passing", "a caption or fragment"} & set(q["importance"]["reasons"])
                   for q in people), [q["importance"] for q in people]


def test_a_figure_with_no_country_of_its_own_is_asked_of_the_article_s_country(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Round 33: a USAID release about Haiti asked "the number of people who face a severe food crisis" with no
    place; the deck names no leader's country, but its article names Haiti in one sentence after another."""
    deck = extracted(tmp_path,
        "More aid for Haiti\n\nPublished: 2023-01-24\n\n"
        "The United States is providing an additional $56.5 million for the people of Haiti.\n\n"
        "The funding will meet the needs of more than 868,800 people across Haiti.\n\n"
        "The new assistance will also provide food, as 4.7 million people face a severe food crisis.\n")
    pool = questions(capsys, deck, "--count", "all")["questions"]
    crisis = [q["prompt"] for q in pool if q["answer"] == "4.7 million people" and q["type"] == "mc"]
    assert crisis and all("in Haiti" in p for p in crisis), crisis


def test_a_figure_naming_its_giver_is_not_placed_in_the_story_s_country(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Round 41: "how much has the United Kingdom pledged in Pakistan?" said the pledge was made in Pakistan."""
    deck = extracted(tmp_path,
        "Aid for Pakistan\n\nPublished: 2005-10-08\n\n"
        "More than 30,000 people have died in the earthquake in Pakistan.\n\n"
        "The United Kingdom has pledged £100,000.\n\n"
        "The European Union executive branch has pledged about $3,600,000.\n\n"
        "Germany has sent rescue experts to Pakistan.\n")
    pool = questions(capsys, deck, "--count", "all")["questions"]
    pledged = [q["prompt"] for q in pool if q["answer"] in ("£100,000", "about $3,600,000") and q["type"] == "mc"]
    assert len(pledged) == 2 and not [p for p in pledged if "Pakistan" in p], pledged


@pytest.mark.parametrize(("text", "expected"), [
    ("more than 30,000", "What figure does the article give for the death toll for the recent earthquake in Asia?"),
    ("30,000", "By October 2005, what was the death toll for the recent earthquake in Asia?"),
])
def test_a_toll_is_asked_as_itself_where_the_article_says_it_happened(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str],
                                                                       text: str, expected: str) -> None:
    """Round 41 after: "the number of death toll for the recent earthquake in Asia in Pakistan"; a toll without a
    bound was asked "how many death toll?"."""
    said = "As the death toll for the recent earthquake in Asia has passed 30,000, aid is arriving in Pakistan."
    small_deck(tmp_path, said, "  - {id: f, kind: figure, what: death toll for the recent earthquake in Asia, value: "
               f"30000, unit: deaths, text: {text},\n     sources: [{{source: a, quote: \"{said}\"}}]}}\n",
               "2005-10-08", title="Aid for Pakistan")
    prompts = [q["prompt"] for q in questions(capsys, str(tmp_path / "d.yaml"), "--count", "all")["questions"]
               if q["type"] == "mc"]
    assert prompts == [expected]


def test_a_sentence_s_subject_asked_as_the_agent_is_no_stitching(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Round 41: "the share of the vote ... won by Pohamba" was rejected as stitched: "Pohamba" opens its sentence."""
    said = ("Pohamba won 76.4% of the vote in the presidential ballots; meanwhile, SWAPO obtained 75.27% in the "
            "parliamentary polls.")
    small_deck(tmp_path, said, "  - {id: f, kind: figure, what: share of the vote in the presidential ballots won by "
               f"Pohamba, value: 76.4, unit: '%', text: 76.4%,\n     sources: [{{source: a, quote: \"{said}\"}}]}}\n",
               "2009-12-06")
    pool = questions(capsys, str(tmp_path / "d.yaml"), "--count", "all")["questions"]
    assert [q for q in pool if q["type"] == "mc"], [q["prompt"] for q in pool]


def test_a_toll_is_counted_by_the_article_s_month_not_in_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Round 31 after: "In December 2011, how many people were injured?" dated November's violence."""
    deck = extracted(tmp_path,
        "Kabila named winner\n\nPublished: 2011-12-09\n\nHuman Rights Watch says at least 18 people were killed and "
        "100 injured in the Democratic Republic of Congo.\n")
    pool = questions(capsys, deck, "--count", "all")["questions"]
    stems = [q["prompt"] for q in pool if q["kind"] == "figure" and "how many" in q["prompt"]]
    assert stems and all(p.startswith("By December 2011,") for p in stems), stems


def test_an_envoy_is_asked_whose_and_where_posted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = extracted(tmp_path,
        "Deal signed\n\nPublished: 2019-04-02\n\nMitchell signed the deal with Stefán Haukur Jóhannesson, "
        "Ambassador of Iceland to the UK.\n")
    pool = questions(capsys, deck, "--count", "all")["questions"]
    who = [q["prompt"] for q in pool if q["template"] == "who"]
    assert who and all("the Ambassador of Iceland to the United Kingdom?" in p for p in who), who


@pytest.mark.parametrize(("said", "asked"), [
    ("The Australian Government will provide an additional $5 million in practical humanitarian assistance to the "
     "people of Vanuatu.", "how much practical humanitarian assistance will the Australian Government provide to the "
     "people of Vanuatu?"),
    ("Japan pledged $2 billion in aid on Monday.", "how much aid did Japan pledge?"),
])
def test_a_sum_is_asked_in_its_own_tense(tmp_path: Path, capsys: pytest.CaptureFixture[str], said: str,
                                         asked: str) -> None:
    """Raters of rounds 31-36: "what was the amount ... will provide" mixes two tenses."""
    deck = extracted(tmp_path, f"Aid\n\nPublished: 2024-12-22\n\n{said}\n")
    stems = [q["prompt"] for q in questions(capsys, deck, "--count", "all")["questions"] if q["type"] == "mc"
             and q["kind"] == "figure"]
    assert any(p.endswith(asked) for p in stems), stems


def test_a_sum_said_again_rounder_is_not_asked_twice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Round 32: the headline's "nearly £40 million" was asked beside the £37.65 million it rounds."""
    deck = extracted(tmp_path,
        "UK announces nearly £40 million to provide vital food and water to West Africa\n\nPublished: 2022-08-23\n\n"
        "The UK has announced £37.65 million in UK humanitarian funding to help people across the Sahel.\n\n"
        "Around 20 million people will need urgent aid across the region.\n")
    pool = questions(capsys, deck, "--count", "all")["questions"]
    rounder = [q for q in pool if q["answer"] in ("nearly £40 million", "£40 million")]  # (a cloze gaps no hedge)
    assert rounder and all("a rounding of another figure" in q["importance"]["reasons"] for q in rounder)
    asked = [q["answer"] for q in questions(capsys, deck)["questions"]]
    assert "£37.65 million" in asked and not {"nearly £40 million", "£40 million"} & set(asked), asked


@pytest.mark.parametrize("what", [
    "number of buses that and vans drove through Dili",
    "years Myanmar faced a humanitarian crisis after of conflict",
    "number of buses that drove through Dili on of conflict",
])
def test_a_figure_worded_with_a_hole_where_the_number_was_is_not_asked(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], what: str) -> None:
    sentence = "Around 200 buses and vans drove through Dili after four years of conflict."
    small_deck(tmp_path, sentence, f"  - {{id: f, kind: figure, what: {what}, value: 200, unit: buses, text: Around "
               f"200 buses,\n     sources: [{{source: a, quote: \"{sentence}\"}}]}}\n", "2006-06-26")
    pool = questions(capsys, str(tmp_path / "d.yaml"), "--count", "all")["questions"]
    assert pool and all(q["type"] == "cloze" for q in pool), [q["prompt"] for q in pool]


def test_a_set_asks_what_office_at_most_twice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Three "What office did X hold?" over the same four options narrow each other down."""
    people = [("a", "Mari Alkatiri", "Prime Minister"), ("b", "Xanana Gusmão", "President"),
              ("c", "Jose Ramos Horta", "Foreign Minister"), ("d", "Ana Pessoa", "Interior Minister")]
    sentence = ("Prime Minister Mari Alkatiri, President Xanana Gusmão, Foreign Minister Jose Ramos Horta and Interior "
                "Minister Ana Pessoa met in Dili.")
    small_deck(tmp_path, sentence, "".join(f"  - {{id: {i}, kind: leader, name: {n}, role: {r},\n     sources: "
                                           f"[{{source: a, quote: \"{sentence}\"}}]}}\n" for i, n, r in people),
               "2006-06-26")
    asked = questions(capsys, str(tmp_path / "d.yaml"), "--count", "12")["questions"]
    assert sum(q["template"] == "office" for q in asked) <= 2, [q["prompt"] for q in asked]


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), [
    ("Today, the Commission has disbursed the second instalment of exceptional bridge financing.", "second", 2,
     "instalments"),
    ("Bingu wa Mutharika was sworn in for a second five-year term.", "five-year", 5, "years"),
])
def test_a_cloze_whose_gap_takes_other_words_too_is_not_asked(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], sentence: str, text: str, value: int, unit: str) -> None:
    small_deck(tmp_path, sentence, f"  - {{id: f, kind: figure, what: a, value: {value}, unit: {unit}, text: {text},\n"
                                   f"     sources: [{{source: a, quote: \"{sentence}\"}}]}}\n", "2024-04-24")
    pool = questions(capsys, str(tmp_path / "d.yaml"), "--count", "all", "--types", "cloze")["questions"]
    assert pool == [], [q["prompt"] for q in pool]


@pytest.mark.parametrize(("sentence", "now", "before"), [
    ("New Zealand could provide up to 60% of the EU's butter imports, up from 14% today.", (60, "up to 60%"),
     (14, "14%")),
    ("The UKIP vote share in England collapsed from 14.1% in 2015 to 2.1% in 2017.", (2.1, "2.1%"), (14.1, "14.1%")),
])
def test_a_baseline_figure_ranks_below_the_change(tmp_path: Path, capsys: pytest.CaptureFixture[str], sentence: str,
                                                  now: tuple[float, str], before: tuple[float, str]) -> None:
    small_deck(tmp_path, sentence, "".join(
        f"  - {{id: {i}, kind: figure, what: share of EU butter imports, value: {v}, unit: '%', text: '{t}',\n"
        f"     sources: [{{source: a, quote: \"{sentence}\"}}]}}\n" for i, (v, t) in (("u", now), ("b", before))),
               "2023-07-10")
    pool = questions(capsys, str(tmp_path / "d.yaml"), "--count", "all")["questions"]
    reasons = {q["fact"]: q["importance"]["reasons"] for q in pool}
    assert "a baseline (the value before the change)" in reasons["b"]
    assert "a baseline (the value before the change)" not in reasons["u"]


def test_a_figure_near_another_is_no_rounding_of_it_unless_it_rounds_it(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """Round 40: Labour's 41.0% of the vote in Great Britain was ranked "a rounding of" its 41.9% in England."""
    said = ("Labour got 41.0% of the vote in Great Britain. Labour's share in England rose to 41.9%. The Greens got "
            "nearly 2% of the vote, or 1.9%.")
    small_deck(tmp_path, said, "".join(
        f"  - {{id: {i}, kind: figure, what: {w}, value: {v}, unit: '%', text: '{t}',\n"
        f"     sources: [{{source: a, quote: \"{said}\"}}]}}\n" for i, w, v, t in (
            ("gb", "Labour's share in Great Britain", 41.0, "41.0%"), ("en", "Labour's share in England", 41.9, "41.9%"),
            ("g1", "the Greens' share", 2, "nearly 2%"), ("g2", "the Greens' share, precisely", 1.9, "1.9%"))),
               "2017-06-09")
    reasons = {q["fact"]: q["importance"]["reasons"] for q in questions(capsys, str(tmp_path / "d.yaml"), "--count",
                                                                        "all")["questions"]}
    assert "a rounding of another figure" not in reasons["gb"], reasons
    assert "a rounding of another figure" in reasons["g1"], reasons


def test_a_long_sentence_is_asked_as_a_cloze_without_its_setting_and_purpose(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Round 39: the signing of the MCC-Lesotho Compact, 44 words with its ceremony and aim, was never asked."""
    said = ("In a signing ceremony today at the State Department's Benjamin Franklin room, Chief Executive Officer of "
            "the Millennium Challenge Corporation, Ambassador John Danilovich, and Lesotho's Minister of Foreign "
            "Affairs and International Relations Mohlabi Kenneth Tsekoa signed a $363 million Compact designed to "
            "reduce poverty by promoting sustainable economic growth.")
    small_deck(tmp_path, said, "  - {id: f, kind: figure, what: value of the Compact, value: 363000000, unit: USD, "
               f"text: $363 million,\n     sources: [{{source: a, quote: \"{said}\"}}]}}\n", "2007-07-23")
    clozes = questions(capsys, str(tmp_path / "d.yaml"), "--count", "all", "--types", "cloze")["questions"]
    assert [q["prompt"] for q in clozes] == [
        "Chief Executive Officer of the Millennium Challenge Corporation, Ambassador John Danilovich, and Lesotho's "
        "Minister of Foreign Affairs and International Relations Mohlabi Kenneth Tsekoa signed a _____ Compact."]
    assert clozes[0]["statement"] == said


@pytest.mark.parametrize("owner", ["New Zealand’s", "New Zealand's"])
def test_a_measure_with_its_owner_takes_no_article(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   owner: str) -> None:
    said = f"He announced an increase in aid, bringing {owner} post-cyclone aid to $4.7 million."
    small_deck(tmp_path, said, f"  - {{id: f, kind: figure, what: \"{owner} post-cyclone aid\", value: 4700000, unit: "
               f"NZD, text: $4.7 million,\n     sources: [{{source: a, quote: \"{said}\"}}]}}\n", "2016-03-01")
    prompts = [q["prompt"] for q in questions(capsys, str(tmp_path / "d.yaml"), "--count", "all")["questions"]
               if q["type"] != "cloze"]
    assert prompts and all(f"the {owner}" not in p and owner in p for p in prompts), prompts


def test_a_line_that_introduces_a_quotation_is_no_cloze(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    said = "Quote attributable to Minister for Foreign Affairs, Senator the Hon Penny Wong:"
    small_deck(tmp_path, said, "  - {id: w, kind: leader, name: Penny Wong, role: Minister for Foreign Affairs, of: "
               f"Australia,\n     sources: [{{source: a, quote: \"{said}\"}}]}}\n", "2022-06-16")
    pool = questions(capsys, str(tmp_path / "d.yaml"), "--count", "all")["questions"]
    assert pool and not [q for q in pool if q["type"] == "cloze"], [q["prompt"] for q in pool]


def test_a_name_opening_the_sentence_is_no_sign_of_stitched_wording(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """"On what date was David Cameron appointed ...?" reorders the sentence around a name: asked."""
    sentence = "David Cameron was today appointed the new British Prime Minister."
    small_deck(tmp_path, sentence, "  - {id: c, kind: date, event: David Cameron was appointed the new British Prime "
                                   f"Minister, date: 2010-05-11,\n     sources: [{{source: a, quote: \"{sentence}\"}}]}}\n",
               "2010-05-11")
    pool = questions(capsys, str(tmp_path / "d.yaml"), "--count", "all")["questions"]
    assert any(q["prompt"] == "On what date was David Cameron appointed the new British Prime Minister?"
               for q in pool), [q["prompt"] for q in pool]


def test_a_true_false_that_names_no_office_is_not_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"In September 2008, Arthur Mutambara was the leader." (of what?)"""
    sentence = "Arthur Mutambara, the leader of a smaller opposition group, will be the deputy prime minister."
    small_deck(tmp_path, sentence, "  - {id: m, kind: leader, name: Arthur Mutambara, role: leader,\n"
                                   f"     sources: [{{source: a, quote: \"{sentence}\"}}]}}\n", "2008-09-15")
    for seed in ("0", "1", "2", "3"):  # true or false, the statement (or its truth) says "the leader" of nothing
        pool = questions(capsys, str(tmp_path / "d.yaml"), "--count", "all", "--types", "tf", "--seed", seed)
        assert not pool["questions"], [q["prompt"] for q in pool["questions"]]


def test_a_spokesperson_s_office_is_not_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"Scott Stanzel was the spokesman of the United States": no office of state, and no teacher's question."""
    sentence = "The United States will support him, said White House spokesman Scott Stanzel on Sunday."
    small_deck(tmp_path, sentence, "  - {id: s, kind: leader, name: Scott Stanzel, role: spokesman, of: United States,\n"
                                   f"     sources: [{{source: a, quote: \"{sentence}\"}}]}}\n", "2007-01-01")
    pool = questions(capsys, str(tmp_path / "d.yaml"), "--count", "all")["questions"]
    assert not [q for q in pool if q["fact"] == "s"], [q["prompt"] for q in pool]


def test_a_set_asks_one_date_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The meeting and the treaty of one day, from one sentence (round 10): a second question keyed, or a
    statement printing, 17 July 2025 asks the same thing again."""
    treaty = "Germany and the United Kingdom signed a UK-Germany bilateral treaty on 17 July 2025."
    meeting = ("The Prime Minister met Friedrich Merz in Downing Street on 17 July 2025 following the signing of "
               "the treaty.")
    small_deck(tmp_path, f"{treaty} {meeting}", "".join(
        f"  - {{id: {i}, kind: date, event: {e}, date: 2025-07-17,\n"
        f"     sources: [{{source: a, quote: \"{q}\"}}]}}\n"
        for i, e, q in (("t", "Germany and the United Kingdom signed a UK-Germany bilateral treaty", treaty),
                        ("m", "The Prime Minister met Friedrich Merz in Downing Street", meeting))), "2025-07-18")
    asked = questions(capsys, str(tmp_path / "d.yaml"))["questions"]
    dated = [q for q in asked if q["answer_kind"] == "date" or "17 July 2025" in q["prompt"]]
    assert len(dated) == 1, [q["prompt"] for q in asked]


def test_a_stem_listing_an_agreement_s_parties_is_not_set_beside_its_party_question(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Round 11: "New Zealand and Chile and which country ...?" was handed out beside a quotation that prints
    "New Zealand, Chile, Singapore and Brunei" in full."""
    signed = ("New Zealand, Chile, Singapore and Brunei concluded a memorandum of understanding on labour "
              "cooperation on Friday.")
    said = ("\u201cThe partnership brings together New Zealand, Chile, Singapore and Brunei,\u201d Prime Minister "
            "Helen Clark said.")
    met = "Trade Minister Jim Sutton met Chilean Foreign Minister Ignacio Walker."
    small_deck(tmp_path, f"{signed} {said} {met}", textwrap.dedent(f"""\
        - {{id: mou, kind: agreement, parties: [New Zealand, Chile, Singapore, Brunei], what: memorandum of
           understanding on labour cooperation, sources: [{{source: a, quote: "{signed}"}}]}}
        - {{id: q, kind: quote, speaker: Helen Clark, words: "The partnership brings together New Zealand, Chile,
           Singapore and Brunei", sources: [{{source: a, quote: '{said}'}}]}}
        - {{id: s, kind: leader, name: Jim Sutton, role: Trade Minister, of: New Zealand,
           sources: [{{source: a, quote: "{met}"}}]}}
        """).replace("\n-", "\n  -").replace("- {id: mou", "  - {id: mou", 1), "2005-06-03")
    chosen = questions(capsys, str(tmp_path / "d.yaml"), "--count", "10")["questions"]
    party = [q for q in chosen if q["template"] == "party"]
    assert party, [q["prompt"] for q in chosen]
    listing = [q for q in chosen if q["fact"] != "mou" and "Chile, Singapore and Brunei" in q["prompt"]]
    assert not listing, [q["prompt"] for q in chosen]
    # without the rule the quotation is asked: the deck has both questions to give
    everything = questions(capsys, str(tmp_path / "d.yaml"), "--count", "all")["questions"]
    assert any(q["fact"] == "q" and "Chile, Singapore and Brunei" in q["prompt"] for q in everything)


def test_a_figure_asked_to_complete_its_clause_passes_the_gate(gate_deck: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Round 12: every form of two headline figures was dropped, because "Which figure completes this: “...
    ___ ...”?" holds a gap of its own; it is the clause's cloze, shorter than the sentence's."""
    doc = questions(capsys, str(gate_deck), "--count", "all")
    asked = [q for q in doc["questions"] if q["fact"] == "deal-value" and "completes this" in q["prompt"]]
    assert asked and all("worth ___ over ten years" in q["prompt"] for q in asked), asked


def test_a_set_asks_or_states_each_day_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Round 13: the day of the Nepal earthquake was asked as multiple choice and stated again in two
    true/false questions built on other sentences of the same day."""
    sentences = ["The earthquake struck Nepal on 25 April 2015.", "Rescuers reached the valley on 25 April 2015.",
                 "Aid arrived in Kathmandu on 25 April 2015.", "The airport reopened on 28 April 2015."]
    events = ["The earthquake struck Nepal", "Rescuers reached the valley", "Aid arrived in Kathmandu",
              "The airport reopened"]
    dates = ["2015-04-25", "2015-04-25", "2015-04-25", "2015-04-28"]
    facts = "".join(f"  - {{id: d{i}, kind: date, event: {e}, date: {d}, sources: [{{source: a, quote: \"{s}\"}}]}}\n"
                    for i, (s, e, d) in enumerate(zip(sentences, events, dates, strict=True)))
    small_deck(tmp_path, " ".join(sentences), facts, "2015-04-30")
    chosen = questions(capsys, str(tmp_path / "d.yaml"), "--count", "12")["questions"]
    on_the_day = [q for q in chosen if "25 April 2015" in " ".join([q["prompt"], q["answer"], q.get("truth") or ""])]
    assert len(on_the_day) == 1, [q["prompt"] for q in chosen]


@pytest.mark.parametrize(("what", "value", "unit", "text"), [
    ("number of people who live in Nepal", 30000000, "people", "Some 30 million people"),
    ("age of Bronislaw Komorowski", 58, "years old", "58"),
])
def test_a_population_or_an_age_is_background(tmp_path: Path, capsys: pytest.CaptureFixture[str], what: str,
                                              value: int, unit: str, text: str) -> None:
    """Rounds 8, 10 and 13: a country's population and a leader's age were asked beside the story's own
    figures (rated trivia)."""
    sentence = f"The figure given was {text}, officials said."
    small_deck(tmp_path, sentence, f"  - {{id: f, kind: figure, what: {what}, value: {value}, unit: {unit}, "
                                   f"text: '{text}', sources: [{{source: a, quote: \"{sentence}\"}}]}}\n", "2015-04-26")
    pool = questions(capsys, str(tmp_path / "d.yaml"), "--count", "all")["questions"]
    assert pool and all("background (a population or a person's age)" in q["importance"]["reasons"] for q in pool)


def test_a_day_printed_in_one_stem_is_not_asked_by_another(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Round 12 after its fixes: "On 10 October 2008, the United States and which country signed an agreement?"
    was set beside "On what date did the United States and India sign an agreement?" (each answers the other),
    and beside a true/false about the signing's day."""
    signed = "The United States and India signed an accord on 10 October 2008."
    facts = ("  - {id: a, kind: agreement, parties: [United States, India], what: accord, date: 2008-10-10,\n"
             f"     sources: [{{source: a, quote: \"{signed}\"}}]}}\n"
             "  - {id: d, kind: date, event: The United States and India signed an accord, date: 2008-10-10,\n"
             f"     sources: [{{source: a, quote: \"{signed}\"}}]}}\n")
    small_deck(tmp_path, signed, facts, "2008-10-11")
    chosen = questions(capsys, str(tmp_path / "d.yaml"), "--count", "12")["questions"]
    on_the_day = [q for q in chosen if "10 October 2008" in " ".join([q["prompt"], q["answer"], q.get("truth") or ""])]
    assert len(on_the_day) == 1, [q["prompt"] for q in chosen]


def test_a_clause_cut_from_the_middle_of_its_sentence_is_not_asked_to_complete(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sentence = ("The Prime Minister welcomed the partnership, as illustrated by the signing of the agreement today "
                "and the announcement of a £12.3 billion trade package.")
    small_deck(tmp_path, sentence, "  - {id: f, kind: figure, what: 'As illustrated by the signing of the agreement "
                                   "today and the announcement of a … trade package', value: 12300000000, unit: GBP,\n"
                                   f"     text: £12.3 billion, sources: [{{source: a, quote: \"{sentence}\"}}]}}\n",
               "2025-01-14")
    out = questions(capsys, str(tmp_path / "d.yaml"), "--count", "all", "--rejected")
    assert not [q for q in out["questions"] if q["prompt"].startswith("Which figure completes this")], out
    assert any("no subject of its own" in r["reason"] for r in out["rejected"]), out["rejected"]


def test_one_pair_of_countries_is_asked_once_whichever_way_round(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one = "The United Kingdom and Iraq signed the Partnership and Cooperation Agreement today."
    two = "Iraq and the United Kingdom also signed a new joint statement on defence."
    three = "Iraq and Turkey signed a water deal last year."
    small_deck(tmp_path, f"{one} {two} {three}",
               f"  - {{id: a, kind: agreement, parties: [United Kingdom, Iraq], what: Partnership and Cooperation "
               f"Agreement, date: 2025-01-14, sources: [{{source: a, quote: \"{one}\"}}]}}\n"
               f"  - {{id: b, kind: agreement, parties: [Iraq, United Kingdom], what: new joint statement on defence,\n"
               f"     sources: [{{source: a, quote: \"{two}\"}}]}}\n"
               f"  - {{id: c, kind: agreement, parties: [Iraq, Turkey], what: water deal,\n"
               f"     sources: [{{source: a, quote: \"{three}\"}}]}}\n", "2025-01-14")
    asked = questions(capsys, str(tmp_path / "d.yaml"), "--count", "12")["questions"]
    parties = [q for q in asked if q["template"] == "party" and q["type"] in ("mc", "typed")
               and {q["answer"]} <= {"Iraq", "United Kingdom"} and "Turkey" not in q["prompt"]]
    assert len(parties) == 1, [q["prompt"] for q in parties]


def test_which_country_is_not_asked_when_the_story_has_no_other(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Rated questions of rounds 14-26: "X and which country signed ...?" in a story of two countries was
    BAD or FIXABLE every time, never GOOD (the headline and every paragraph name the other party)."""
    said = "The United Kingdom and Switzerland signed a Memorandum of Understanding on a direct rail link today."
    small_deck(tmp_path, said, "  - {id: m, kind: agreement, parties: [United Kingdom, Switzerland], what: Memorandum "
               f"of Understanding on a direct rail link, date: 2025-05-09,\n     sources: [{{source: a, quote: \"{said}\"}}]}}\n",
               "2025-05-09")
    out = questions(capsys, str(tmp_path / "d.yaml"), "--count", "all", "--rejected")
    assert not [q for q in out["questions"] if q["template"] == "party"], out["questions"]
    assert [r for r in out["rejected"] if r["id"].startswith("m:party") and "trivial" in r["reason"]]
    # nor the signing sentence with a party cut out: the same question
    assert not [q for q in out["questions"] if q["type"] == "cloze" and q["answer"] in ("Switzerland",
                                                                                       "United Kingdom")]
    assert [q for q in out["questions"] if q["template"] == "date"], out["questions"]  # asked when instead


def test_an_office_without_its_portfolio_is_not_asked_in_any_form(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sentence = "Minister Simon Birmingham said the result showed the Government's commitment to free trade."
    small_deck(tmp_path, sentence, "  - {id: b, kind: leader, name: Simon Birmingham, role: Minister,\n"
                                   f"     sources: [{{source: a, quote: \"{sentence}\"}}]}}\n", "2019-07-03")
    out = questions(capsys, str(tmp_path / "d.yaml"), "--count", "all", "--rejected")
    assert not [q for q in out["questions"] if q["template"] == "office"], out["questions"]
    assert {r["id"].rsplit(":", 1)[1] for r in out["rejected"] if "of what?" in r["reason"]} >= {"mc", "tf"}, \
        out["rejected"]


def test_a_description_given_two_values_by_one_article_is_asked_only_as_clozes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one = "A magnitude 6.3 earthquake struck the city."
    two = "The highest aftershock was a magnitude 4.8."
    small_deck(tmp_path, f"{one} {two}", "".join(
        f"  - {{id: m{i}, kind: figure, what: magnitude of the earthquake, value: {v}, unit: magnitude, text: '{v}',\n"
        f"     sources: [{{source: a, quote: \"{q}\"}}]}}\n" for i, (v, q) in enumerate(((6.3, one), (4.8, two)))),
               "2009-04-06")
    pool = questions(capsys, str(tmp_path / "d.yaml"), "--count", "all")["questions"]
    assert pool and all(q["type"] == "cloze" for q in pool), [(q["type"], q["prompt"]) for q in pool]


def test_a_conversion_is_not_asked_beside_the_figure_it_converts(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sentence = "The epicenter was registered 95 kilometres (60 miles) north-east of Rome."
    small_deck(tmp_path, sentence, "".join(
        f"  - {{id: {i}, kind: figure, what: distance of the epicenter from Rome, value: {v}, unit: {u}, text: {t},\n"
        f"     sources: [{{source: a, quote: \"{sentence}\"}}]}}\n"
        for i, v, u, t in (("k", 95, "kilometres", "95 kilometres"), ("m", 60, "miles", "60 miles"))), "2009-04-06")
    asked = questions(capsys, str(tmp_path / "d.yaml"), "--count", "12")["questions"]
    assert asked and {q["fact"] for q in asked} == {"k"}, [(q["fact"], q["prompt"]) for q in asked]


def test_a_birth_date_ranks_as_background(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    born = "Mr Stevens was born in Sydney in 1958."
    small_deck(tmp_path, born, "  - {id: b, kind: date, event: Mr Stevens was born in Sydney, date: 1958,\n"
                               f"     sources: [{{source: a, quote: \"{born}\"}}]}}\n", "2006-08-01")
    pool = questions(capsys, str(tmp_path / "d.yaml"), "--count", "all")["questions"]
    assert pool and all("background (a person's life before the story)" in q["importance"]["reasons"]
                        for q in pool), [q["importance"] for q in pool]


@pytest.mark.parametrize(("quote", "background"), [
    ("In October 2005, more than 75,000 people were killed in an earthquake in north-west Pakistan.", True),
    ("Seventy-three years ago Quetta was destroyed in an earthquake, and the death toll was 35,000 people.", True),
    ("Since the implementation of the Compact in 1994, the United States has provided 75,000 people with aid.", False),
])
def test_a_figure_of_an_earlier_time_is_background(tmp_path: Path, capsys: pytest.CaptureFixture[str], quote: str,
                                                    background: bool) -> None:
    """A sentence about a time more than two years before the story is background; "since 1994" runs to today."""
    value = 35000 if "35,000" in quote else 75000
    text = "35,000 people" if value == 35000 else "75,000 people"
    small_deck(tmp_path, quote, f"  - {{id: f, kind: figure, what: people, value: {value}, unit: people, text: {text},\n"
                                f"     sources: [{{source: a, quote: \"{quote}\"}}]}}\n", "2008-10-29")
    pool = questions(capsys, str(tmp_path / "d.yaml"), "--count", "all")["questions"]
    reasons = next(q["importance"]["reasons"] for q in pool if q["fact"] == "f")
    assert ("background (long before the story)" in reasons) == background, reasons


def test_a_date_or_figure_true_false_is_in_the_pool_never_in_a_set(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """Rated questions of rounds 14-26: a dated true/false was 9% GOOD and 59% BAD, a figure's 0% GOOD."""
    said = "Ghana's Electoral Commission announced the results on 9 December 2020: turnout was 79 percent."
    small_deck(tmp_path, said, "  - {id: r, kind: date, event: Ghana's Electoral Commission announced the results,"
               f" date: 2020-12-09,\n     sources: [{{source: a, quote: \"{said}\"}}]}}\n"
               "  - {id: t, kind: figure, what: voter turnout, value: 79, unit: '%', text: 79 percent,\n"
               f"     sources: [{{source: a, quote: \"{said}\"}}]}}\n", "2020-12-09")
    pool = questions(capsys, str(tmp_path / "d.yaml"), "--count", "all")["questions"]
    handed = questions(capsys, str(tmp_path / "d.yaml"))["questions"]
    assert {q["kind"] for q in pool if q["type"] == "tf"} >= {"date", "figure"}, pool
    assert handed and not [q for q in handed if q["type"] == "tf" and q["kind"] in ("date", "figure")], handed


def test_a_leader_every_other_stem_names_is_asked_after_the_events(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """Round 27's readout: every sentence says "President Kenyatta", so "Who was the President of Kenya?", asked
    first, gave away every other question and the set was that one question."""
    one = "The Prime Minister met with Kenyan President Uhuru Kenyatta at Chequers on 28 July 2021."
    two = "President Uhuru Kenyatta welcomed the UK’s offer of 817,000 vaccines for Kenya."
    three = "On 29 July 2021, the Prime Minister and President Uhuru Kenyatta will jointly host the Global Education Summit."
    small_deck(tmp_path, f"{one} {two} {three}",
               "  - {id: k, kind: leader, name: Uhuru Kenyatta, role: President, of: Kenya,\n"
               f"     sources: [{{source: a, quote: \"{one}\"}}]}}\n"
               "  - {id: v, kind: figure, what: President Uhuru Kenyatta welcomed the UK’s offer of … for Kenya, "
               "value: 817000, unit: vaccines, text: '817,000 vaccines',\n"
               f"     sources: [{{source: a, quote: \"{two}\"}}]}}\n"
               "  - {id: s, kind: date, event: the Prime Minister and President Uhuru Kenyatta will jointly host the "
               f"Global Education Summit, date: 2021-07-29,\n     sources: [{{source: a, quote: \"{three}\"}}]}}\n",
               "2021-07-28")
    asked = questions(capsys, str(tmp_path / "d.yaml"))["questions"]
    assert {q["fact"] for q in asked} >= {"v", "s"}, [q["prompt"] for q in asked]


def test_who_is_typed_when_every_wrong_option_would_be_a_stranger(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Rated in rounds 14-26: "who was ...?" with wrong options from outside the story 12% GOOD, typed 48%."""
    said = "The Prime Minister met Kenyan President Uhuru Kenyatta at Chequers on 28 July 2021."
    small_deck(tmp_path, said, "  - {id: k, kind: leader, name: Uhuru Kenyatta, role: President, of: Kenya,\n"
               f"     sources: [{{source: a, quote: \"{said}\"}}]}}\n", "2021-07-28")
    asked = questions(capsys, str(tmp_path / "d.yaml"))["questions"]
    who = [q for q in asked if q["template"] == "who"]
    assert who and all(q["type"] == "typed" for q in who), [(q["type"], q["prompt"]) for q in asked]


def test_a_person_s_age_is_left_out_of_a_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Rounds 28-29: "Which figure completes this: 'Victory for the ___ president-elect'" (44-year-old) was BAD
    each time; the pool keeps it."""
    said = "Victory for the 44-year-old president-elect marks the first time an opposition leader won in one round."
    small_deck(tmp_path, said, "  - {id: a, kind: figure, what: Victory for the … president-elect marks the first "
               "time an opposition leader won in one round, value: 44, unit: years, text: 44-year-old,\n"
               f"     sources: [{{source: a, quote: \"{said}\"}}]}}\n", "2024-03-27")
    assert questions(capsys, str(tmp_path / "d.yaml"), "--count", "all")["questions"]
    assert not questions(capsys, str(tmp_path / "d.yaml"))["questions"]
