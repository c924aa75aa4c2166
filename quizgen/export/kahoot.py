"""Kahoot quiz spreadsheet (.xlsx) for Kahoot's Create → Import spreadsheet.

Laid out like Kahoot's own template (written here with openpyxl, not copied): sheet ``Sheet1``,
header row 8 in columns B..H, one question per row from row 9 with its number in column A;
B question (≤ 120 characters), C..F answers (≤ 75), G time limit (5, 10, 20, 30, 60, 90, 120 or
240 seconds, with the template's drop-down), H the right answer's number as text.

Only choice questions fit: multiple choice with 2-4 options, and true/false as a two-answer quiz.
Typed and cloze questions, and any question whose text is over a limit (counted as Kahoot's
browser counts, in UTF-16 units), are left out and listed with the reason: never cut short into a
different question. A wrong option over the limit is replaced by another distractor the question
engine offers that fits (quizgen/export/refit.py); only when none fits is the question left out.
Cells are guarded against formula injection. The question id and source go in a cell comment on
the question, where a teacher can see them and Kahoot ignores them.
"""

from __future__ import annotations

import datetime
import io
import zipfile
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from ..errors import UsageError
from ..model import Deck
from ..questions.model import Question, QuestionType
from . import ExportRequest, ExportResult, Refusal, Skipped
from .refit import refit_options
from .textsafe import clean_text, deck_title, guard_cell, question_problem, refix_zip, source_line, utf16_len

NAME = "kahoot"
SUFFIXES = (".xlsx",)
DESCRIPTION = "Kahoot quiz spreadsheet (Create → Import spreadsheet)"
TOOL = "Kahoot's spreadsheet import"

SHEET = "Sheet1"
HEADER_ROW = 8
FIRST_ROW = 9
MAX_QUESTIONS = 100  # the template numbers rows 1..100
QUESTION_MAX = 120
ANSWER_MAX = 75
TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
DEFAULT_TIME_LIMIT = 20
HEADERS = (
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) \u2013 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
)
COLUMN_WIDTHS = {"A": 12.5, "B": 49.33, "C": 31.83, "D": 31.83, "E": 31.83, "F": 31.83, "G": 26.33, "H": 33.16}
# Workbook properties carry dates: fixed, so the same questions give the same bytes.
FIXED_DATE = datetime.datetime(2000, 1, 1)


def time_limit(options) -> int:
    value = options.get("time_limit")
    if value is None:
        return DEFAULT_TIME_LIMIT
    if value not in TIME_LIMITS:
        allowed = ", ".join(str(t) for t in TIME_LIMITS)
        raise UsageError(f"--time-limit: {value} s is not offered by Kahoot (choose {allowed})")
    return int(value)


def cell(text: str) -> str:
    """Text as a Kahoot cell holds it: one line, guarded against formulas (the guard counts too)."""
    return guard_cell(clean_text(text))


def fit(question: Question, decks: Sequence[Deck] = ()) -> tuple[Question, str, list[str]] | Refusal:
    """The question as written (an over-long wrong option replaced), its question and answer cells;
    or why it cannot be a Kahoot question. ``decks`` are where other wrong options come from."""
    problem = question_problem(question, types=(QuestionType.MC, QuestionType.TF), tool=TOOL)
    if problem is not None:
        return problem
    if len(question.options) > 4:
        return Refusal(f"Kahoot quiz questions have 2 to 4 answers, this one has {len(question.options)} options",
                       "more than 4 options (Kahoot quiz questions have 2 to 4 answers)")
    prompt = cell(question.prompt)
    if utf16_len(prompt) > QUESTION_MAX:
        return Refusal(f"question is {utf16_len(prompt)} characters, Kahoot allows {QUESTION_MAX}",
                       f"question over Kahoot's {QUESTION_MAX} characters")
    right = cell(question.answer)
    if utf16_len(right) > ANSWER_MAX:
        return Refusal(f"the right answer '{right}' is {utf16_len(right)} characters, Kahoot allows {ANSWER_MAX}",
                       f"right answer over Kahoot's {ANSWER_MAX} characters")
    refitted = refit_options(question, decks, lambda option: utf16_len(cell(option)) <= ANSWER_MAX)
    if refitted is None or question_problem(refitted) is not None:
        wrong = next(cell(o) for o in question.options if utf16_len(cell(o)) > ANSWER_MAX)
        return Refusal(f"the wrong option '{wrong}' is {utf16_len(wrong)} characters, Kahoot allows {ANSWER_MAX}, "
                       "and no other distractor fits",
                       f"a wrong option over Kahoot's {ANSWER_MAX} characters, and no other distractor fits")
    return refitted, prompt, [cell(o) for o in refitted.options]


def _save(wb: Workbook) -> bytes:
    wb.properties.creator = "quizgen"
    wb.properties.created = FIXED_DATE
    wb.properties.modified = FIXED_DATE
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).save()
    return refix_zip(buf.getvalue())


def render(request: ExportRequest) -> ExportResult:
    seconds = time_limit(request.options)
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    title = deck_title(dict(request.options), request.decks)
    ws["B2"] = guard_cell(title)
    ws["B2"].font = Font(bold=True, size=14)
    ws["B3"] = "Made by quizgen. Import in Kahoot: Create \u2192 Import spreadsheet."
    ws["B4"] = (
        "Questions have a limit of 120 characters and answers 75; quizgen left out any question "
        "that does not fit and listed it. Each question's id and source are in its cell comment."
    )
    for merged in ("B3:H3", "B4:H4", "B6:H6"):
        ws.merge_cells(merged)
    for letter, width in COLUMN_WIDTHS.items():
        ws.column_dimensions[letter].width = width
    for offset, header in enumerate(HEADERS):
        cell = ws.cell(row=HEADER_ROW, column=2 + offset, value=header)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True)

    skipped: list[Skipped] = []
    row = FIRST_ROW
    for question in request.questions:
        fitted = fit(question, request.decks)
        if isinstance(fitted, Refusal):
            skipped.append(Skipped.because(question.id, fitted))
            continue
        if row - FIRST_ROW >= MAX_QUESTIONS:
            skipped.append(Skipped(question.id, f"Kahoot's template holds {MAX_QUESTIONS} questions"))
            continue
        question, prompt, answers = fitted
        ws.cell(row=row, column=1, value=row - FIRST_ROW + 1)
        cell = ws.cell(row=row, column=2, value=prompt)
        cell.comment = Comment(f"quizgen id: {question.id}\nsource: {source_line(question)}", "quizgen",
                               width=400, height=160)
        for offset, answer in enumerate(answers):
            ws.cell(row=row, column=3 + offset, value=answer)
        ws.cell(row=row, column=7, value=seconds)
        ws.cell(row=row, column=8, value=str((question.correct_index or 0) + 1))
        ws.cell(row=row, column=8).number_format = "@"
        for col in range(2, 9):  # text cells: never formulas, whatever openpyxl guesses
            if isinstance(ws.cell(row=row, column=col).value, str):
                ws.cell(row=row, column=col).data_type = "s"
        row += 1
    count = row - FIRST_ROW
    if count:
        validation = DataValidation(type="list", formula1='"' + ",".join(map(str, TIME_LIMITS)) + '"',
                                    allow_blank=True, showInputMessage=True, showErrorMessage=True)
        validation.add(f"G{FIRST_ROW}:G{row - 1}")
        ws.add_data_validation(validation)
    return ExportResult(data=_save(wb), skipped=tuple(skipped), count=count)
