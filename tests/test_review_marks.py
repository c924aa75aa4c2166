"""Facts the tool is unsure of are marked for review and never asked as settled.

Through the public commands: `quizgen extract` writes the mark, `quizgen check` warns (and fails
with --strict), `quizgen questions` leaves marked facts out until the mark is removed.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
import yaml
from extracting import text_deck

from quizgen.cli import main

ARTICLE = "Leaders meet\n\nPrime Minister Jane Roe of Elbonia met President John Doe of Ruritania.\n"
DECK = """
id: marks
title: Leaders meet
sources:
  - {id: a, path: article.txt, title: Leaders meet, published: 2024-06-20}
facts:
  - id: roe
    kind: leader
    name: Jane Roe
    role: Prime Minister
    of: Elbonia
    sources: [{source: a, quote: "Prime Minister Jane Roe of Elbonia met President John Doe of Ruritania."}]
  - id: doe
    kind: leader
    name: John Doe
    role: President
    of: Ruritania
    confidence: 0.5
    review: "check the office"
    sources: [{source: a, quote: "Prime Minister Jane Roe of Elbonia met President John Doe of Ruritania."}]
"""


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "deck.yaml"
    path.write_text(textwrap.dedent(DECK).lstrip(), encoding="utf-8")
    return path


def asked_facts(capsys: pytest.CaptureFixture[str], deck: Path) -> set[str]:
    capsys.readouterr()
    assert main(["questions", str(deck), "--format", "json", "--count", "all"]) == 0
    return {q["fact"] for q in json.loads(capsys.readouterr().out)["questions"]}


def test_a_marked_fact_is_not_asked_until_the_mark_is_removed(deck: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert asked_facts(capsys, deck) == {"roe"}
    deck.write_text(deck.read_text(encoding="utf-8").replace('    review: "check the office"\n', ""),
                    encoding="utf-8")
    assert asked_facts(capsys, deck) == {"roe", "doe"}


def test_check_warns_about_marks_and_strict_fails(deck: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["check", str(deck)]) == 0
    err = capsys.readouterr().err
    assert f"{deck}:18: warning: fact 'doe': marked for review (check the office)" in err
    assert main(["check", "--strict", str(deck)]) == 2


@pytest.mark.parametrize("value", ["2", "yes please", "[1]"])
def test_bad_confidence_or_review_values_are_errors(deck: Path, capsys: pytest.CaptureFixture[str],
                                                    value: str) -> None:
    text = deck.read_text(encoding="utf-8")
    key = "confidence" if value == "2" else "review"
    old = "    confidence: 0.5\n" if key == "confidence" else '    review: "check the office"\n'
    new = f"    confidence: {value}\n" if key == "confidence" else f"    review: {value}\n"
    deck.write_text(text.replace(old, new), encoding="utf-8")
    capsys.readouterr()
    code = main(["check", str(deck)])
    err = capsys.readouterr().err
    if value == "yes please":  # any text is a reason
        assert code == 0 and "marked for review (yes please)" in err
    else:
        assert code == 2 and f"'{key}' must be" in err


def test_a_draft_placeholder_or_reference_is_a_warning(deck: Path, capsys: pytest.CaptureFixture[str]) -> None:
    extra = textwrap.indent(textwrap.dedent("""
        - id: met
          kind: date
          event: They met
          date: 2024-06-20
          sources: [{source: a, quote: "Prime Minister Jane Roe of Elbonia met President John Doe of Ruritania."}]
        """), "  ")
    deck.write_text(deck.read_text(encoding="utf-8") + extra, encoding="utf-8")
    capsys.readouterr()
    assert main(["check", str(deck)]) == 0
    assert "fact 'met': 'event' opens with 'They'" in capsys.readouterr().err
    assert main(["check", "--strict", str(deck)]) == 2


# What extraction marks: (sentence, published, kind, words of the marked fact's field)
MARKED = [
    ("The leaders also pledged on Friday to raise $25 billion for African development.", "15.06.2024", "date",
     "The leaders also pledged"),
    # an event cut where its sentence went on
    ("The Commission had announced the schedule for the election vide its press note dated 9th June 2022.",
     "21.07.2022", "date", "vide its press note dated"),
    # a thing described by a clause is not what happened
    ("The fresh polls came after the country’s Constitutional Court in February annulled the May 2019 elections over "
     "massive irregularities, a decision that the Supreme Court of Appeal upheld in May.", "27.06.2020", "date",
     "A decision that"),
]


@pytest.mark.parametrize(("sentence", "published", "kind", "words"), MARKED, ids=[m[0][:40] for m in MARKED])
def test_extraction_marks_what_it_is_unsure_of(tmp_path: Path, sentence: str, published: str, kind: str,
                                               words: str) -> None:
    deck = text_deck(sentence, tmp_path, published)
    marked = [f for f in deck["facts"] if f["kind"] == kind and f.get("review")]
    assert any(words in (f.get("event") or f.get("what") or "") for f in marked), deck["facts"]
    assert all(0 <= f["confidence"] < 0.7 for f in marked)
    assert all("confidence" in f for f in deck["facts"])


def test_a_sure_fact_carries_its_confidence_and_no_mark(tmp_path: Path) -> None:
    deck = text_deck("Prime Minister Rishi Sunak met President Joe Biden in London on Monday.", tmp_path,
                     "10.07.2023")
    leaders = [f for f in deck["facts"] if f["kind"] == "leader"]
    assert leaders and all(f["confidence"] >= 0.7 and "review" not in f for f in leaders)
    yaml.safe_dump(deck)  # the draft stays plain YAML
