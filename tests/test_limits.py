"""Size, nesting and alias limits: hostile input is refused quickly with `path:line: message`, exit 2.

Times are measured and printed (`pytest -s` shows them), never asserted: a slow CI box must not fail
a test that refuses correctly.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from deckpaths import DATA

from quizgen.cli import main
from quizgen.deck import MAX_DECK_BYTES, MAX_SOURCE_BYTES
from quizgen.extract.article import MAX_BYTES as MAX_ARTICLE_BYTES
from quizgen.yamlload import MAX_ALIAS_VALUES, MAX_ALIASES, MAX_DEPTH, YamlSyntaxError, load_with_lines

TINY = (DATA / "tiny.yaml").read_text(encoding="utf-8")


def tiny_deck(tmp_path: Path, extra: str = "", *, name: str = "deck.yaml") -> Path:
    """tests/data/tiny.yaml (and its article) in ``tmp_path``, with ``extra`` YAML appended."""
    (tmp_path / "tiny.txt").write_bytes((DATA / "tiny.txt").read_bytes())
    path = tmp_path / name
    path.write_text(TINY + extra, encoding="utf-8")
    return path


def quizgen(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, float]:
    """Exit code, stderr and seconds taken by ``quizgen argv`` (in-process)."""
    capsys.readouterr()
    start = time.perf_counter()
    code = main(list(argv))
    elapsed = time.perf_counter() - start
    _, err = capsys.readouterr()
    print(f"quizgen {argv[0]}: {elapsed:.3f} s")
    assert "Traceback" not in err
    return code, err, elapsed


def refused(capsys: pytest.CaptureFixture[str], deck: Path, line: int | None, message: str) -> None:
    """Every command that reads the deck refuses it with the same one `path[:line]: message` line.

    ``line``: None for none, 0 for any.
    """
    where = re.escape(str(deck)) + ("" if line is None else ":" + (str(line) if line else r"\d+")) + ": "
    for argv in (["check", str(deck)], ["questions", "--format", "json", str(deck)],
                 ["export", "gift", str(deck), "-o", str(deck.parent / "out.gift.txt")]):
        code, err, _ = quizgen(capsys, *argv)
        assert code == 2, err
        assert re.match(where, err) and message in err, err
        assert err.count("\n") == 1, err
    assert not (deck.parent / "out.gift.txt").exists()


# -- file sizes --------------------------------------------------------------------------------------------

def test_deck_over_the_size_limit_is_refused_unread(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = tiny_deck(tmp_path)
    with deck.open("ab") as fh:  # a comment that takes the file one byte past the limit
        fh.write(b"#" + b"x" * (MAX_DECK_BYTES - deck.stat().st_size - 1) + b"\n")
    assert deck.stat().st_size == MAX_DECK_BYTES + 1
    refused(capsys, deck, None, "deck file is 21.0 MB, over the 20 MB limit")


def test_deck_at_the_size_limit_loads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = tiny_deck(tmp_path)
    with deck.open("ab") as fh:
        fh.write(b"#" + b"x" * (MAX_DECK_BYTES - deck.stat().st_size - 2) + b"\n")
    assert deck.stat().st_size == MAX_DECK_BYTES
    code, err, _ = quizgen(capsys, "check", str(deck))
    assert code == 0, err


def test_source_article_over_the_size_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = tiny_deck(tmp_path)
    with (tmp_path / "tiny.txt").open("ab") as fh:
        fh.truncate(MAX_SOURCE_BYTES + 1)  # sparse: refused from its size, never read
    code, err, _ = quizgen(capsys, "check", str(deck))
    assert code == 2
    assert f"{deck}:6: source 't': tiny.txt: source file is 21.0 MB, over the 20 MB limit" in err


def test_article_over_the_size_limit_for_extract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.txt"
    text = (DATA / "tiny.txt").read_bytes()
    article.write_bytes(text + b"x" * (MAX_ARTICLE_BYTES + 1 - len(text)))
    out = tmp_path / "deck.yaml"
    code, err, _ = quizgen(capsys, "extract", str(article), "-o", str(out))
    assert code == 2
    assert err == f"{article}: article is over the 5 MB limit\n"
    assert not out.exists()


# -- nesting -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("nesting", [
    pytest.param(lambda n: "[" * n + "]" * n, id="flow-lists"),
    pytest.param(lambda n: "{a: " * n + "x" + "}" * n, id="flow-mappings"),
    pytest.param(lambda n: "\n" + "- " * n + "x", id="block-lists"),
])
def test_nesting_past_the_limit_is_refused_with_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                         nesting) -> None:
    """libyaml's composer recurses in C: 40,000 levels used to crash the process (SIGSEGV)."""
    deck = tiny_deck(tmp_path, "notes: " + nesting(200_000) + "\n")
    line = TINY.count("\n") + 1
    message = f"invalid YAML: lists and mappings nested more than {MAX_DEPTH} deep"
    refused(capsys, deck, line + (1 if nesting(1).startswith("\n") else 0), message)


def test_nesting_up_to_the_limit_is_fine() -> None:
    inside = MAX_DEPTH - 1  # the document's own mapping is the first level
    data, problems = load_with_lines("a: " + "[" * inside + "]" * inside)
    assert problems == [] and isinstance(data["a"], list)
    with pytest.raises(YamlSyntaxError, match="nested more than"):
        load_with_lines("a: " + "[" * (inside + 1) + "]" * (inside + 1))


# -- aliases -------------------------------------------------------------------------------------------------

def laughs(levels: int) -> str:
    """The 'billion laughs' document: each level repeats the one below nine times."""
    lines = ["x-lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for n in range(1, levels):
        lines.append(f"x-lol{n}: &lol{n} [" + ", ".join([f"*lol{n - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_billion_laughs_is_refused_quickly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = tiny_deck(tmp_path)
    deck.write_text(laughs(10) + TINY, encoding="utf-8")  # 9**10 = 3.5 billion values if expanded
    message = f"invalid YAML: aliases (*name) repeat more than {MAX_ALIAS_VALUES:,} values if written out"
    refused(capsys, deck, 0, message)
    _, _, elapsed = quizgen(capsys, "check", str(deck))
    print(f"billion laughs refused in {elapsed:.3f} s")


def test_a_few_laughs_are_fine(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = tiny_deck(tmp_path)
    deck.write_text(laughs(4) + TINY, encoding="utf-8")  # 9**4 values: a big but honest document
    code, err, _ = quizgen(capsys, "check", str(deck))
    assert code == 0, err
    assert "unknown top-level field 'x-lol3'" in err  # the extra keys are only warned about


def test_too_many_alias_references(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = tiny_deck(tmp_path, "x-one: &one 1\nx-many: [" + ", ".join(["*one"] * (MAX_ALIASES + 1)) + "]\n")
    refused(capsys, deck, TINY.count("\n") + 1, f"invalid YAML: more than {MAX_ALIASES:,} alias references")


@pytest.mark.parametrize("extra", ["x-loop: &loop [*loop]\n", "x-loop: &loop {a: [b, *loop]}\n"])
def test_recursive_alias_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: str) -> None:
    deck = tiny_deck(tmp_path, extra)
    refused(capsys, deck, TINY.count("\n") + 1, "an alias (*name) refers to the list or mapping that contains it")


def test_ordinary_anchors_aliases_and_merge_keys_still_work(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    deck = tiny_deck(tmp_path)
    deck.write_text(TINY.replace("    aliases: [Doe]", "    aliases: &names [Doe]\n    x-names: *names"),
                    encoding="utf-8")
    deck.write_text(deck.read_text(encoding="utf-8") + """\
  - &leader
    id: jane-doe-head
    kind: leader
    name: Jane Doe
    role: Head of Government
    aliases: *names
    sources:
      - source: t
        quote: Prime Minister Jane Doe of Moldova opened the new bridge on Friday.
  - <<: *leader
    id: jane-doe-bridge-opener
    role: Bridge Opener
""", encoding="utf-8")
    code, err, _ = quizgen(capsys, "check", str(deck))
    assert code == 0, err
    code, err, _ = quizgen(capsys, "export", "gift", str(deck), "-o", str(tmp_path / "o.gift.txt"))
    assert code == 0, err
