"""Order, match, NOT and numeric questions (quizgen/questions/forms*.py): which decks make them, how an
answer is judged, stable ids, and how they enter a question set."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from formsdeck import FULL, write_deck

from quizgen.cli import main
from quizgen.deck import load_deck
from quizgen.matching import Verdict
from quizgen.questions import generate
from quizgen.questions.forms import judge, key_lines
from quizgen.questions.model import QuestionType
from quizgen.questions.selection import gate, pick, rank


def pool(tmp_path: Path, names: tuple[str, ...] = FULL, seed: int = 0) -> dict:
    deck = load_deck(write_deck(tmp_path / "d", names))
    return {q.id: q for q in generate(deck, seed=seed)}


ORDER_ID, COUNTRIES_ID, OFFICES_ID = "_timeline:events:order", "_leaders:countries:match", "_leaders:offices:match"
NOT_ID = "pacific-accord:not-party:mc"


# -- generation tables ------------------------------------------------------------------------------

@pytest.mark.parametrize(("names", "events"), [
    (FULL, ["Australia, Japan and India launched a maritime dialogue",
            "The leaders of Australia, Japan and India met in Hiroshima",
            "Australia, Japan, India and the Philippines signed the Pacific Accord"]),
    (("dialogue", "hiroshima"), None),  # two events: too few
    (("dialogue", "accord", "talks"), None),  # the accord and the talks on one day: they tie, two are left
    (("dialogue", "hiroshima", "talks-month"), [  # a month and the days of other months cannot tie
        "Australia, Japan and India launched a maritime dialogue",
        "The leaders of Australia, Japan and India met in Hiroshima", "A second round of talks opened"]),
    (("dialogue", "hiroshima", "accord", "talks-month"), None),  # Feb 2024 could be 12 Feb: not 4, and 3 ...
])
def test_order_table(tmp_path: Path, names: tuple[str, ...], events: list[str] | None) -> None:
    q = pool(tmp_path, names).get(ORDER_ID)
    if events is None and "talks-month" in names and "accord" in names:
        # ... of the four, the accord and "February 2024" could tie: one of them is left out, three remain
        assert q is not None and len(q.options) == 3
        assert not {"A second round of talks opened",
                    "Australia, Japan, India and the Philippines signed the Pacific Accord"} <= set(q.options)
        return
    if events is None:
        assert q is None
        return
    assert q is not None and q.type is QuestionType.ORDER and q.fact_id == "_timeline"
    assert [q.options[k] for k in q.key] == events  # the key is earliest first
    assert list(q.key) != list(range(len(q.options)))  # never shown already in order
    assert q.prompt == "Put these events in order, earliest first."
    dates = [q.item_values[k] for k in q.key]
    assert dates == sorted(dates)
    for option, ref in zip(q.options, q.item_sources, strict=True):  # each event keeps its own sentence
        assert ref.quote and set(option.split()[-2:]) <= set(ref.quote.replace(".", "").split()) | {"the"}


@pytest.mark.parametrize(("names", "template", "pairs"), [
    # Modi, named once in passing ("sent a message"), is under a set's importance floor: not an item
    (FULL, "countries", {"Anthony Albanese": "Australia", "Fumio Kishida": "Japan",
                         "Ferdinand Marcos": "Philippines"}),
    (("albanese", "kishida"), "countries", None),  # two pairs: too few
    (("albanese", "kishida", "modi-australia"), "countries", None),  # two for Australia: only two distinct
    (FULL, "offices", None),  # three Prime Ministers and one President: two distinct offices
    (("albanese", "kishida-president", "marcos"), "offices", None),  # two Presidents: ambiguous
])
def test_match_table(tmp_path: Path, names: tuple[str, ...], template: str, pairs: dict | None) -> None:
    q = pool(tmp_path, names).get(f"_leaders:{template}:match")
    if pairs is None:
        assert q is None
        return
    assert q is not None and q.type is QuestionType.MATCH
    assert {item: q.options[k] for item, k in zip(q.items, q.key, strict=True)} == pairs
    assert len(set(q.options)) == len(q.options) and len(set(q.items)) == len(q.items)
    assert list(q.key) != list(range(len(q.items)))
    assert q.prompt == "Match each person to the country whose office they held in February 2024."
    assert [r.quote for r in q.item_sources][0].endswith("welcomed it.") or len(q.item_sources) == len(q.items)


def test_not_party_names_three_parties_and_one_that_is_not(tmp_path: Path) -> None:
    q = pool(tmp_path)[NOT_ID]
    assert q.type is QuestionType.MC and q.template == "not-party"
    assert q.prompt == "Which of these is NOT a party to the Pacific Accord, signed on 12 February 2024?"
    parties = {"Australia", "Japan", "India", "Philippines"}
    assert q.answer not in parties and q.answer not in q.source.quote
    assert sum(o in parties for o in q.options) == 3 and q.answer in q.options and len(q.options) == 4


def test_not_party_needs_three_parties(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    path = write_deck(folder, ("accord",))
    path.write_text(path.read_text().replace("[Australia, Japan, India, Philippines]", "[Australia, Japan]"))
    assert not [q for q in generate(load_deck(path)) if q.template == "not-party"]


@pytest.mark.parametrize(("fact_id", "prompt_end", "value", "tolerance", "scale"), [
    ("trade", "in 2023? Answer in billions of US dollars.", "20700000000", "50000000", "billion"),
    ("sailors", "in 2022? Answer with a number.", "2000", "50", None),
])
def test_numeric_table(tmp_path: Path, fact_id: str, prompt_end: str, value: str, tolerance: str,
                       scale: str | None) -> None:
    q = pool(tmp_path)[f"{fact_id}:value:numeric"]
    assert q.prompt.endswith(prompt_end)
    assert (q.value, q.tolerance, q.scale) == (value, tolerance, scale)


def test_numeric_leaves_ordinals_alone(tmp_path: Path) -> None:
    assert "second-round-ordinal:value:numeric" not in pool(tmp_path, ("second",))


# -- judging -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("given", "right"), [
    ("20.7", True), ("20.7 billion", True), ("$20.7bn", True), ("20,700,000,000", True),
    ("20.7 billion dollars", True), ("20.74", True), ("20.8", False), ("€20.7bn", False), ("21", False),
])
def test_numeric_accepts_the_articles_precision_in_usual_spellings(tmp_path: Path, given: str, right: bool) -> None:
    assert judge(pool(tmp_path)["trade:value:numeric"], given).correct is right


@pytest.mark.parametrize(("given", "right"), [("2000", True), ("1,950", True), ("2,050", True),
                                              ("about 2,000", True), ("2051", False), ("1900", False)])
def test_numeric_round_figure_is_precise_to_the_hundred(tmp_path: Path, given: str, right: bool) -> None:
    assert judge(pool(tmp_path)["sailors:value:numeric"], given).correct is right


def test_order_and_match_answers_typed(tmp_path: Path) -> None:
    questions = pool(tmp_path)
    order = questions[ORDER_ID]
    right = "".join(str(k + 1) for k in order.key)
    for given in (right, " ".join(right), ",".join(right)):
        assert judge(order, given).verdict is Verdict.CORRECT
    wrong = right[::-1]
    result = judge(order, wrong)
    assert result.verdict is Verdict.WRONG and result.canonical == right and "in the right place" in result.note
    with pytest.raises(ValueError):
        judge(order, "12")  # not an order of three: asked again, not marked wrong
    match = questions[COUNTRIES_ID]
    digits = "".join(str(k + 1) for k in match.key)
    pairs = " ".join(f"{'ABCD'[i]}{k + 1}" for i, k in reversed(list(enumerate(match.key))))
    assert judge(match, digits).correct and judge(match, pairs).correct and judge(match, pairs.lower()).correct
    assert not judge(match, digits[1:] + digits[0]).correct
    assert [line for line, _ in key_lines(match)][0].startswith("A ")


# -- ids, determinism, sets -------------------------------------------------------------------------

def test_deck_level_ids_stay_when_unrelated_facts_are_added(tmp_path: Path) -> None:
    small = pool(tmp_path / "1", ("dialogue", "hiroshima", "accord", "albanese", "kishida", "marcos"))
    more = pool(tmp_path / "2", (*FULL, "second"))
    for qid in (ORDER_ID, COUNTRIES_ID):
        assert qid in small and qid in more
    assert small[ORDER_ID].options and set(small[ORDER_ID].options) == set(more[ORDER_ID].options)


def test_same_seed_same_bytes_other_seed_other_order(tmp_path: Path) -> None:
    path = write_deck(tmp_path / "d")
    cmd = [sys.executable, "-m", "quizgen", "questions", str(path), "--count", "all", "--format", "json"]
    runs = [subprocess.run(cmd + ["--seed", "3"], capture_output=True, check=True,
                           env={"PYTHONHASHSEED": str(i), "PATH": ""}).stdout for i in (1, 2)]
    assert runs[0] == runs[1]
    q = {x["id"]: x for x in json.loads(runs[0])["questions"]}[ORDER_ID]
    assert q["type"] == "order" and q["key"] and len(q["item_sources"]) == len(q["options"]) == len(q["item_values"])
    assert q["facts"] == ["dialogue-launched", "hiroshima-meeting", "pacific-accord"]


def test_a_default_set_takes_at_most_one_order_and_one_match(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = write_deck(tmp_path / "d")
    assert main(["questions", str(path), "--format", "json", "--count", "all"]) == 0
    everything = json.loads(capsys.readouterr().out)["questions"]
    assert {"order", "match", "numeric"} <= {q["type"] for q in everything}  # all in the full pool
    deck = load_deck(path)
    kept, _ = gate(generate(deck), [deck])
    chosen = [r.question for r in pick(rank([(deck, kept)]), 12)]
    assert sum(q.type is QuestionType.ORDER for q in chosen) <= 1
    assert sum(q.type is QuestionType.MATCH for q in chosen) <= 1
    assert any(q.type in (QuestionType.ORDER, QuestionType.MATCH) for q in chosen)
    parties = [q for q in chosen if q.fact_id == "pacific-accord" and q.template in ("party", "not-party")]
    assert len(parties) <= 1  # "Which is NOT a party?" lists the parties "... and which country?" asks


def test_types_flag_names_the_new_forms(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_deck(tmp_path / "d")
    assert main(["questions", str(path), "--format", "json", "--count", "all", "--types", "order,match"]) == 0
    assert {q["type"] for q in json.loads(capsys.readouterr().out)["questions"]} == {"order", "match"}
    assert main(["questions", str(path), "--types", "ordering"]) == 2
    assert "order, match, numeric" in capsys.readouterr().err


def test_no_offices_match_when_the_article_gives_one_person_another_listed_office(tmp_path: Path) -> None:
    """"Executive Vice-President and Commissioner for Trade Valdis Dombrovskis" beside Borrell's
    "Vice-President": either office fits Dombrovskis, so the pairs are not one-to-one."""
    sentence = ("The signature took place at a meeting between Executive Vice-President and Commissioner for Trade "
                "Valdis Dombrovskis, High Representative/Vice-President Josep Borrell and the Chilean Minister of "
                "Foreign Affairs Alberto van Klaveren.")
    (tmp_path / "a.txt").write_text(f"EU and Chile sign\n\n{sentence}\n", encoding="utf-8")
    people = [("d", "Valdis Dombrovskis", "Commissioner for Trade"), ("b", "Josep Borrell", "Vice-President"),
              ("k", "Alberto van Klaveren", "Minister of Foreign Affairs")]
    facts = "".join(f"  - {{id: {i}, kind: leader, name: {n}, role: {r}, of: European Union,\n"
                    f"     sources: [{{source: a, quote: \"{sentence}\"}}]}}\n" for i, n, r in people)
    (tmp_path / "d.yaml").write_text(
        "id: d\ntitle: EU and Chile sign\nsources: [{id: a, path: a.txt, title: EU and Chile sign, "
        "published: 2023-12-13}]\nfacts:\n" + facts, encoding="utf-8")
    assert OFFICES_ID not in {q.id for q in generate(load_deck(tmp_path / "d.yaml"), seed=0)}


def test_an_order_item_reads_as_a_clause_or_a_named_event(tmp_path: Path) -> None:
    """"Businesses from unjust tariffs, and adjust counter-tariffs" is no event to put in order: with two
    clean events left there is no order question."""
    events = [("a", "Canada and the United States agreed to talk for 30 days", "2025-06-20"),
              ("b", "The premiers met in Ottawa", "2025-06-19"),
              ("c", "Businesses from unjust tariffs, and adjust counter-tariffs based on negotiations", "2025-07-21")]
    (tmp_path / "a.txt").write_text("Tariffs\n\n" + " ".join(f"{e}." for _, e, _ in events) + "\n", encoding="utf-8")
    facts = "".join(f"  - {{id: {i}, kind: date, event: \"{e}\", date: {d},\n"
                    f"     sources: [{{source: a, quote: \"{e}.\"}}]}}\n" for i, e, d in events)
    (tmp_path / "d.yaml").write_text(
        "id: d\ntitle: Tariffs\nsources: [{id: a, path: a.txt, title: Tariffs, published: 2025-06-21}]\nfacts:\n"
        + facts, encoding="utf-8")
    assert ORDER_ID not in {q.id for q in generate(load_deck(tmp_path / "d.yaml"), seed=0)}
