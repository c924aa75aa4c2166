"""Blooket CSV, read back by two independent CSV readers: Python's csv and papaparse (node)."""

from __future__ import annotations

import csv
import io

import pytest
from checkers import (
    GENERATED_SETS,
    deck_question_sets,
    hostile_questions,
    make_question,
    nasty_questions,
    nasty_settings,
    nasty_texts,
    papaparse,
    plain_questions,
    render_written,
    request_for,
)

from quizgen.errors import UsageError
from quizgen.export import blooket
from quizgen.export.textsafe import FORMULA_TRIGGERS, clean_text
from quizgen.questions.model import QuestionType

FITS = (QuestionType.MC, QuestionType.TF)
TITLE = "Blooket\nImport Template"
HEADERS = [
    "Question #",
    "Question Text",
    "Answer 1",
    "Answer 2",
    "Answer 3\n(Optional)",
    "Answer 4\n(Optional)",
    "Time Limit (sec)\n(Max: 300 seconds)",
    "Correct Answer(s)\n(Only include Answer #)",
]


def _python_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def _papa_rows(text: str) -> list[list[str]]:
    parsed = papaparse(text)
    assert parsed["errors"] == []
    assert parsed["delimiter"] == ","  # guessed, as a web importer would
    rows = parsed["data"]
    if rows and rows[-1] == [""]:  # papaparse reports the final line break as an empty row
        rows = rows[:-1]
    return rows


def shown(text: str) -> str:
    """What a guarded spreadsheet cell must hold for ``text``: the text, after a ``'`` if it could run."""
    text = clean_text(text)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _check(questions, rows: list[list[str]], seconds: int = blooket.DEFAULT_TIME_LIMIT):
    assert rows[0] == [TITLE] + [""] * 7
    assert rows[1] == HEADERS
    data = rows[2:]
    assert len(data) == len(questions)
    for n, (q, row) in enumerate(zip(questions, data, strict=True), start=1):
        assert len(row) == 8
        number, prompt, *answers, time, correct = row
        assert number == str(n)
        assert prompt == shown(q.prompt)
        given = [a for a in answers if a != ""]
        assert answers[: len(given)] == given  # optional answers only at the end
        assert given == [shown(o) for o in q.options]
        assert 0 < int(time) <= 300 and int(time) == seconds
        assert correct == str(q.correct_index + 1)
        for cell in row:
            assert not cell.startswith(FORMULA_TRIGGERS)


@pytest.mark.parametrize("maker", [plain_questions, hostile_questions])
def test_both_readers_read_back_every_question(maker):
    questions = maker()
    result = blooket.render(request_for(questions))
    text = result.data.decode("utf-8")
    fits = [q for q in questions if q.type in FITS]
    assert result.count == len(fits)
    assert {s.question_id for s in result.skipped} == {q.id for q in questions if q.type not in FITS}
    python_rows = _python_rows(text)
    _check(fits, python_rows)
    assert _papa_rows(text) == python_rows


def test_formula_cells_guarded():
    q = make_question("inject:x:mc", QuestionType.MC, "=1+1", "@a", options=("-2", "@a", "+3", "\t4"))
    rows = _python_rows(blooket.render(request_for([q])).data.decode())
    assert rows[2][1:6] == ["'=1+1", "'-2", "'@a", "'+3", "4"]


def test_time_limit():
    result = blooket.render(request_for(plain_questions(), time_limit=300))
    _check([q for q in plain_questions() if q.type in FITS], _python_rows(result.data.decode()), seconds=300)
    with pytest.raises(UsageError, match="300"):
        blooket.render(request_for(plain_questions(), time_limit=301))


def test_deterministic():
    first = blooket.render(request_for(hostile_questions())).data
    assert first == blooket.render(request_for(hostile_questions())).data


@pytest.mark.parametrize("index", GENERATED_SETS)
def test_generated_decks_round_trip(index):
    questions = deck_question_sets()[index]
    result, written = render_written(blooket.render, questions)
    text = result.data.decode("utf-8")
    rows = _python_rows(text)
    _check(written, rows)
    assert _papa_rows(text) == rows


@nasty_settings
@nasty_texts
def test_any_text_round_trips_or_is_listed(texts):
    questions = nasty_questions(texts)
    result, written = render_written(blooket.render, questions)
    text = result.data.decode("utf-8")
    rows = _python_rows(text)
    _check(written, rows)
    assert _papa_rows(text) == rows
