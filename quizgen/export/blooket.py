"""Blooket CSV, laid out like Blooket's import template (Create a set → Spreadsheet import / CSV).

Row 1 is the template's title cell (``Blooket`` newline ``Import Template``) and 7 empty cells,
row 2 the template's headers, questions from row 3: number, question, answers 1-4 (3 and 4
optional), time limit (at most 300 s) and the right answer's number. Only choice questions fit
(multiple choice with 2-4 options, true/false as two answers); typed and cloze questions are
left out with the reason. Every cell is guarded against formula injection. Rows end in CRLF, with
none after the last, so a reader that guesses the delimiter always finds the comma.
"""

from __future__ import annotations

import csv
import io

from ..errors import UsageError
from ..questions.model import QuestionType
from . import ExportRequest, ExportResult, Refusal, Skipped
from .textsafe import clean_text, guard_cell, question_problem

NAME = "blooket"
SUFFIXES = (".csv",)
DESCRIPTION = "Blooket CSV (Create a set → Spreadsheet import)"

TITLE_CELL = "Blooket\nImport Template"
HEADERS = (
    "Question #",
    "Question Text",
    "Answer 1",
    "Answer 2",
    "Answer 3\n(Optional)",
    "Answer 4\n(Optional)",
    "Time Limit (sec)\n(Max: 300 seconds)",
    "Correct Answer(s)\n(Only include Answer #)",
)
MAX_TIME = 300
DEFAULT_TIME_LIMIT = 20


def time_limit(options) -> int:
    value = options.get("time_limit")
    if value is None:
        return DEFAULT_TIME_LIMIT
    if not 1 <= int(value) <= MAX_TIME:
        raise UsageError(f"--time-limit: {value} s is outside Blooket's 1 to {MAX_TIME} seconds")
    return int(value)


def render(request: ExportRequest) -> ExportResult:
    seconds = time_limit(request.options)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([TITLE_CELL] + [""] * 7)
    writer.writerow(HEADERS)
    skipped: list[Skipped] = []
    count = 0
    for question in request.questions:
        problem = question_problem(question, types=(QuestionType.MC, QuestionType.TF),
                                 tool="Blooket's spreadsheet import")
        if problem is None and len(question.options) > 4:
            problem = Refusal(f"Blooket questions have 2 to 4 answers, this one has {len(question.options)} options",
                              "more than 4 options (Blooket questions have 2 to 4 answers)")
        if problem is not None:
            skipped.append(Skipped.because(question.id, problem))
            continue
        count += 1
        answers = [guard_cell(clean_text(o)) for o in question.options]
        answers += [""] * (4 - len(answers))
        writer.writerow([
            str(count),
            guard_cell(clean_text(question.prompt)),
            *answers,
            str(seconds),
            str((question.correct_index or 0) + 1),
        ])
    # No line break after the last row: a trailing empty line would make CSV readers that guess the
    # delimiter (papaparse, which web apps use) see uneven rows and pick ';' or '|' instead of ','.
    text = buf.getvalue().removesuffix("\r\n")
    return ExportResult(data=text.encode("utf-8"), skipped=tuple(skipped), count=count)
