"""`quizgen export` as a user meets it: each format's own --help, options refused by name, and questions
left out counted by reason (listed one by one only with --verbose)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizgen.cli import main
from quizgen.commands.export import FORMATS

SUFFIXES = {"anki": ".apkg", "worksheet": ".html", "gift": ".txt", "moodle-xml": ".xml", "qti": ".zip",
            "kahoot": ".xlsx", "blooket": ".csv", "quizlet": ".txt"}
# The format options each format takes (what its exporter reads from request.options).
OWN_FLAGS = {"anki": {"--subdecks"}, "worksheet": {"--paper", "--versions", "--title", "--date"}, "gift": set(),
             "moodle-xml": {"--title"}, "qti": {"--time-limit", "--title"}, "kahoot": {"--time-limit", "--title"},
             "blooket": {"--time-limit"}, "quizlet": set()}
FORMAT_FLAGS = set().union(*OWN_FLAGS.values())
SUMMARY = re.compile(r"^skipped (\d+) questions?: (.+)$")


def help_text(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exit_:
        main(["export", *argv, "--help"])
    assert exit_.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_has_its_own_help(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    text = help_text(capsys, fmt)
    assert text.startswith(f"usage: quizgen export {fmt} ")
    assert f"\nexample:\n  quizgen export {fmt} decks/" in text
    for flag in FORMAT_FLAGS:
        assert (flag in text) == (flag in OWN_FLAGS[fmt]), (fmt, flag)
    assert "--verbose" in text and "--force" in text


def test_general_help_lists_the_formats_in_paragraphs(capsys: pytest.CaptureFixture[str]) -> None:
    text = help_text(capsys)
    for fmt in FORMATS:
        assert re.search(rf"^    {re.escape(fmt)}\b", text, flags=re.M), fmt
    assert "quizgen export FORMAT --help" in text
    # Every sentence ends its line or is followed by another on the same line: none runs into an example.
    assert not re.search(r"\.txt [A-Z]", text)
    assert "\n\n" in text.split("formats:")[0].split("\n", 2)[2]  # the description keeps its paragraphs
    assert help_text(capsys, "anki") != text


@pytest.mark.parametrize(("fmt", "extra", "line"), [
    ("anki", ["--paper", "letter"], "--paper: applies only to worksheet, not to anki"),
    ("gift", ["--time-limit", "30"], "--time-limit: applies only to qti, kahoot and blooket, not to gift"),
    ("worksheet", ["--subdecks"], "--subdecks: applies only to anki, not to worksheet"),
    ("quizlet", ["--title=x"], "--title: applies only to worksheet, moodle-xml, qti and kahoot, not to quizlet"),
    ("blooket", ["--paper", "a4"], "--paper: applies only to worksheet, not to blooket"),
    ("anki", ["--time-limit", "banana"], "--time-limit: applies only to qti, kahoot and blooket, not to anki"),
])
def test_an_option_of_another_format_is_refused_by_name(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], bundled_deck_path: Path,
        fmt: str, extra: list[str], line: str) -> None:
    out = tmp_path / f"out{SUFFIXES[fmt]}"
    assert main(["export", fmt, str(bundled_deck_path), "-o", str(out), *extra]) == 2
    captured = capsys.readouterr()
    assert captured.err == line + "\n"
    assert captured.out == "" and not out.exists()


def test_every_misplaced_option_is_named_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 bundled_deck_path: Path) -> None:
    argv = ["export", "anki", str(bundled_deck_path), "-o", str(tmp_path / "x.apkg"),
            "--time-limit", "20", "--versions", "A,B", "--subdecks"]
    assert main(argv) == 2
    assert capsys.readouterr().err.splitlines() == [
        "--versions: applies only to worksheet, not to anki",
        "--time-limit: applies only to qti, kahoot and blooket, not to anki",
    ]


def test_options_a_format_takes_still_work(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           bundled_deck_path: Path) -> None:
    out = tmp_path / "w.html"
    argv = ["export", "worksheet", str(bundled_deck_path), "-o", str(out), "--paper", "letter",
            "--versions", "A,B", "--title", "Week 12", "--date", "1 July"]
    assert main(argv) == 0
    html = out.read_text(encoding="utf-8")
    assert "Week 12" in html and "1 July" in html and "letter" in html.lower() and "Version B" in html
    capsys.readouterr()


def export(capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str, deck: Path,
           *extra: str) -> tuple[str, str]:
    assert main(["export", fmt, str(deck), "-o", str(tmp_path / f"out{SUFFIXES[fmt]}"), *extra]) == 0
    captured = capsys.readouterr()
    return captured.out, captured.err


def left_out(out: str) -> int:
    found = re.search(r", (\d+) left out", out)
    return int(found[1]) if found else 0


@pytest.mark.parametrize("fmt", ["kahoot", "blooket"])
def test_questions_left_out_are_counted_by_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  bundled_deck_path: Path, fmt: str) -> None:
    # every type asked for: the typed and cloze ones cannot go in, and are counted, not listed
    out, err = export(capsys, tmp_path, fmt, bundled_deck_path, "--count", "all", "--types", "mc,tf,typed,cloze")
    lines = err.splitlines()
    summaries = [SUMMARY.match(line) for line in lines]
    assert all(summaries), lines  # no line per question
    reasons = [m[2] for m in summaries if m]
    assert len(reasons) == len(set(reasons))
    assert all(reason.endswith("(--verbose lists each)") for reason in reasons)
    assert sum(int(m[1]) for m in summaries if m) == left_out(out) > 0
    tool = "Kahoot" if fmt == "kahoot" else "Blooket"
    assert any(r.startswith(f"{tool}'s spreadsheet import has no typed-answer or cloze") for r in reasons)


@pytest.mark.parametrize("fmt", ["kahoot", "blooket"])
def test_verbose_lists_each_question_left_out(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              bundled_deck_path: Path, fmt: str) -> None:
    out, err = export(capsys, tmp_path, fmt, bundled_deck_path, "--verbose", "--count", "all",
                      "--types", "mc,tf,typed,cloze")
    each = [line for line in err.splitlines() if not SUMMARY.match(line)]
    assert len(each) == left_out(out) > 0
    assert all(re.match(r"^skipped \S+:[a-z-]+:[a-z]+: \S", line) for line in each), each
    assert "(--verbose lists each)" not in err


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_reports_left_out_questions_the_same_way(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], hostile_deck_path: Path, fmt: str) -> None:
    """The hostile deck makes questions some formats refuse: each format reports them through one report."""
    out, err = export(capsys, tmp_path, fmt, hostile_deck_path)
    lines = [line for line in err.splitlines() if line.startswith("skipped ")]
    assert all(SUMMARY.match(line) for line in lines), lines
    assert sum(int(m[1]) for m in map(SUMMARY.match, lines) if m) == left_out(out)
