"""quizgen check: every error class with its line, bad files without tracebacks, the bundled deck passes."""

from __future__ import annotations

import json
import re
import shutil
import textwrap
from pathlib import Path

import pytest
from deckpaths import ALL_DECKS, ROOT

from quizgen.cli import main
from quizgen.deck import check_deck, dump_deck, load_deck
from quizgen.errors import DeckError
from quizgen.model import Agreement, DateFact, Figure, Leader

ARTICLE = (
    "Title line\n\nPresident Jane Roe of Elbonia signed a \u201cdeal\u201d with   Ruritania.\n"
    "Trade hit $5 billion.\n"
)


def write_deck(tmp_path: Path, body: str) -> Path:
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "deck.yaml"
    path.write_text(textwrap.dedent(body).lstrip(), encoding="utf-8")
    return path


GOOD = """
id: test-deck
title: Test deck
language: en
sources:
  - id: a
    path: article.txt
    title: An article
    published: 2024-06-20
facts:
  - id: jane-roe
    kind: leader
    name: Jane Roe
    role: President
    of: Elbonia
    sources:
      - source: a
        quote: President Jane Roe of Elbonia signed a "deal" with Ruritania.
  - id: trade
    kind: figure
    what: trade
    value: 5000000000
    unit: USD
    text: $5 billion
    sources:
      - source: a
        quote: Trade hit $5 billion.
"""


def run_check(capsys: pytest.CaptureFixture[str], *paths: Path | str) -> tuple[int, str, str]:
    code = main(["check", *map(str, paths)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("path", ALL_DECKS, ids=lambda p: p.name)
def test_bundled_and_test_decks_pass(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_check(capsys, path)
    assert code == 0, err
    assert re.fullmatch(r".+: \d+ facts? \(.+\), \d+ sources?, ok\n", out)


def test_bundled_deck_summary_counts(bundled_deck_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = load_deck(bundled_deck_path)
    code, out, _ = run_check(capsys, bundled_deck_path)
    counts = deck.kind_counts()
    assert code == 0
    assert f"{len(deck.facts)} facts ({counts['leader']} leader" in out
    assert all(counts[k] > 0 for k in ("leader", "date", "figure", "agreement"))


def test_good_deck_loads_into_typed_model(tmp_path: Path) -> None:
    deck = load_deck(write_deck(tmp_path, GOOD))
    leader, figure = deck.facts
    assert isinstance(leader, Leader) and leader.name == "Jane Roe" and leader.of == "Elbonia"
    assert isinstance(figure, Figure) and figure.value == 5_000_000_000 and figure.unit == "USD"
    assert deck.source("a").published is not None and deck.source("a").published.iso() == "2024-06-20"


def test_quotes_match_despite_whitespace_and_typographic_quotes(tmp_path: Path) -> None:
    # The article has curly quotes and a run of spaces; the deck's quote has straight quotes.
    result = check_deck(write_deck(tmp_path, GOOD))
    assert result.errors == []



def test_a_quote_is_found_wherever_the_article_has_it_and_only_there(tmp_path: Path) -> None:
    """Whole sentences (many opening alike), part of one, one starting mid-line after a colon, two sentences
    at once, and after an opening mark: each is found; a quote the article does not have is not."""
    sentences = [f"Russia and Vietnam signed accord number {i} on fisheries." for i in range(40)]
    article = ("Title\n\n" + " ".join(sentences) + "\nHe said: the talks went well. \u201cWe agree,\u201d she said.\n")
    (tmp_path / "article.txt").write_text(article, encoding="utf-8")
    quotes = [sentences[0], sentences[39], "Vietnam signed accord number 17 on fisheries.",
              "the talks went well.", f"{sentences[3]} {sentences[4]}", "\u201cWe agree,\u201d she said.",
              "ia and Vietnam signed accord number 5 on fisheries."]
    wrong = "Russia and Vietnam signed accord number 40 on fisheries."
    facts = "".join(f"""
  - id: deal-{i}
    kind: agreement
    parties: [Russia, Vietnam]
    what: accord {i}
    sources:
      - source: a
        quote: {json.dumps(q)}""" for i, q in enumerate([*quotes, wrong]))
    path = tmp_path / "deck.yaml"
    path.write_text("id: quotes\ntitle: Quotes\nsources:\n  - id: a\n    path: article.txt\n    title: An article\n"
                    "facts:" + facts + "\n", encoding="utf-8")
    result = check_deck(path, cache=False)
    assert [e.message.split(":")[0] for e in result.errors] == ["fact 'deal-7'"]
    assert "not found" in result.errors[0].message


ERROR_CASES = [
    ("id: test-deck\n", "id: Bad Deck\n", 1, "is not a slug"),
    ("    kind: leader\n", "    kind: leader\n    # comment\n", None, None),
    ("    role: President\n", "", 10, "missing 'role'"),
    ("  - id: trade\n", "  - id: jane-roe\n", 18, "duplicate fact id 'jane-roe' (first at line 10)"),
    ("      - source: a\n        quote: Trade", "      - source: zz\n        quote: Trade", 25, "unknown source 'zz'"),
    ("        quote: Trade hit $5 billion.", "        quote: Trade hit $6 billion.", 26, "quote not found verbatim"),
    ("    value: 5000000000\n", "    value: five billion\n", 21, "'value' must be a plain number"),
    ("    published: 2024-06-20\n", "    published: 2024-02-30\n", 8, "has no day 30"),
    ("    published: 2024-06-20\n", "    published: June 2024\n", 8, "is not an ISO date"),
    ("    path: article.txt\n", "    path: missing.txt\n", 6, "no such file"),
    ("    of: Elbonia\n", "    of: Elbonia\n    of: Ruritania\n", 15, "duplicate key 'of'"),
]


@pytest.mark.parametrize(("old", "new", "line", "message"), [c for c in ERROR_CASES if c[3]],
                         ids=[c[3] for c in ERROR_CASES if c[3]])
def test_each_error_names_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str,
                                   line: int, message: str) -> None:
    assert old in GOOD
    path = write_deck(tmp_path, GOOD.replace(old, new, 1))
    code, _, err = run_check(capsys, path)
    assert code == 2
    assert f"{path}:{line}: " in err and message in err, err
    assert "Traceback" not in err


def test_all_errors_reported_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = GOOD.replace("    role: President\n", "").replace("    value: 5000000000\n", "    value: lots\n")
    code, _, err = run_check(capsys, write_deck(tmp_path, body))
    assert code == 2
    assert "missing 'role'" in err and "'value' must be a plain number" in err
    assert "docs/deck-format.md#" in err  # messages point to the format documentation


def test_required_fields_per_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = GOOD + textwrap.indent(textwrap.dedent("""
        - id: pact
          kind: agreement
          what: a deal
          sources: [{source: a, quote: Trade hit $5 billion.}]
        - id: event
          kind: date
          event: a thing happened
          sources: [{source: a, quote: Trade hit $5 billion.}]
        """), "  ")
    code, _, err = run_check(capsys, write_deck(tmp_path, body))
    assert code == 2
    assert "fact 'pact': missing 'parties'" in err
    assert "fact 'event': missing 'date'" in err


def test_unknown_kind_is_kept_and_reported_not_fatal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = GOOD + (
        "  - id: meeting\n    kind: meeting\n    who: X\n    sources: [{source: a, quote: Trade hit $5 billion.}]\n"
    )
    code, out, err = run_check(capsys, write_deck(tmp_path, body))
    assert code == 0
    assert "unknown kind 'meeting'" in err
    assert "1 of unknown kind skipped: meeting" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"\x00\x01\x02binary\xff", "binary file"),
        (b"id: [unclosed\n", "invalid YAML"),
        (b"id: x\ntitle: \xff\xfe bad\n", "not valid UTF-8"),
        (b"- just\n- a list\n", "a deck is a mapping"),
        (b"a: 1\n---\nb: 2\n", "invalid YAML"),
    ],
    ids=["empty", "binary", "malformed", "bad-utf8", "list", "two-documents"],
)
def test_bad_files_get_a_message_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 content: bytes, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    code, _, err = run_check(capsys, path)
    assert code == 2
    assert err.startswith(f"{path}") and message in err
    assert "Traceback" not in err


def test_missing_file_and_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_check(capsys, tmp_path / "nope.yaml", tmp_path)
    assert code == 2
    assert f"{tmp_path / 'nope.yaml'}: no such file" in err
    assert f"{tmp_path}: is a directory" in err


@pytest.mark.parametrize(("argv", "expected"), [(["check"], 2), (["questions"], 2), (["check", "--no-quotes"], 0)])
def test_a_nul_in_a_source_path_is_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             argv: list[str], expected: int) -> None:
    """Found by ``make fuzz``: the OS refuses such a name before it can say "no such file"."""
    path = write_deck(tmp_path, GOOD.replace("path: article.txt", 'path: "article\\0.txt"'))
    code = main([*argv, str(path)])
    _, err = capsys.readouterr()
    assert code == expected
    if expected:  # the name shown escaped, as every control character in a message is
        assert err == (f"{path}:6: source 'a': article\\x00.txt: not a usable file name (it contains a NUL "
                       "character) (paths are relative to the deck file)\n")


def test_one_bad_deck_fails_the_run_but_good_ones_still_report(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    good = write_deck(tmp_path, GOOD)
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\n", encoding="utf-8")
    code, out, err = run_check(capsys, good, bad)
    assert code == 2
    assert f"{good}: 2 facts" in out and str(bad) in err


def test_load_deck_raises_with_every_problem(tmp_path: Path) -> None:
    path = write_deck(tmp_path, GOOD.replace("    role: President\n", "").replace("text: $5 billion", "text: ''"))
    with pytest.raises(DeckError) as info:
        load_deck(path)
    assert len(info.value.problems) == 2


def test_dump_then_load_round_trips(tmp_path: Path, bundled_deck_path: Path) -> None:
    deck = load_deck(bundled_deck_path)
    copy_dir = tmp_path / "decks"
    copy_dir.mkdir()
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    out = copy_dir / "copy.yaml"
    out.write_text(dump_deck(deck), encoding="utf-8")
    again = load_deck(out)
    assert again.to_dict() == deck.to_dict()
    assert any(isinstance(f, DateFact) for f in again.facts) and any(isinstance(f, Agreement) for f in again.facts)


def test_repeat_load_sees_edits(tmp_path: Path) -> None:
    path = write_deck(tmp_path, GOOD)
    assert load_deck(path).title == "Test deck"
    path.write_text(path.read_text(encoding="utf-8").replace("title: Test deck", "title: Edited"), encoding="utf-8")
    assert load_deck(path).title == "Edited"


# -- typos: a key or kind close to a known one is an error that names it ---------------------------------------

TYPO_CASES = [
    ("    kind: figure\n", "    kind: figur\n", 19, "unknown kind 'figur': did you mean 'figure'?"),
    ("    role: President\n", "    rol: President\n", 13, "'rol' is not a leader field: did you mean 'role'?"),
    ("    title: An article\n", "    titel: An article\n", 7, "unknown source field 'titel': did you mean 'title'?"),
    ("title: Test deck\n", "titl: Test deck\n", 2, "unknown top-level field 'titl': did you mean 'title'?"),
]


@pytest.mark.parametrize(("old", "new", "line", "message"), TYPO_CASES, ids=[c[1].strip() for c in TYPO_CASES])
def test_a_typo_of_a_known_key_or_kind_is_an_error_with_did_you_mean(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, line: int, message: str) -> None:
    assert old in GOOD
    path = write_deck(tmp_path, GOOD.replace(old, new, 1))
    code, _, err = run_check(capsys, path)
    assert code == 2, err
    assert f"{path}:{line}: " in err and message in err, err


def test_an_unknown_key_unlike_any_known_one_stays_a_warning(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = write_deck(tmp_path, GOOD.replace("    role: President\n", "    role: President\n    mood: calm\n", 1))
    code, _, err = run_check(capsys, path)
    assert code == 0, err
    assert "warning: fact 'jane-roe': 'mood' is not a leader field (ignored)" in err
    assert "did you mean" not in err


def test_a_quote_mismatch_shows_where_quote_and_source_part(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = write_deck(tmp_path, GOOD.replace("quote: Trade hit $5 billion.", "quote: Trade hit $6 billion.", 1))
    code, _, err = run_check(capsys, path)
    assert code == 2
    assert "it matches the source up to “Trade hit $”, then the quote has “6 billion.” where the source " \
           "has “5 billion.”" in err, err


def test_a_quote_with_nothing_in_common_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_deck(tmp_path, GOOD.replace("quote: Trade hit $5 billion.", "quote: Zebras ran far.", 1))
    code, _, err = run_check(capsys, path)
    assert code == 2
    assert "its opening is not in the source at all" in err, err
