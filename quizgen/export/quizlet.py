"""Quizlet import text: one card per line, term TAB definition (Create → Import, "Tab" and "New line").

The term is the question as asked (cloze questions keep their gap), the definition its answer.
Tabs and line breaks inside text become spaces, so each card stays one line with one tab; a card
with an empty side is left out with the reason. Quizlet's import has no place for ids or sources.
"""

from __future__ import annotations

from ..questions.model import QuestionType
from . import ExportRequest, ExportResult, Refusal, Skipped
from .textsafe import TYPE_NAMES, clean_text, question_problem

NAME = "quizlet"
SUFFIXES = (".txt", ".tsv")
DESCRIPTION = "Quizlet import text (Create → Import: term TAB definition, one card per line)"


def card(term: str, definition: str) -> tuple[str, str]:
    """Both sides as single-line text without tabs (``clean_text`` turns controls into spaces)."""
    return clean_text(term), clean_text(definition)


def render(request: ExportRequest) -> ExportResult:
    lines: list[str] = []
    skipped: list[Skipped] = []
    for question in request.questions:
        problem: Refusal | str | None = question_problem(question)
        if problem is None and question.type in (QuestionType.ORDER, QuestionType.MATCH):
            problem = Refusal(f"a Quizlet card has one term and one definition: no {TYPE_NAMES[question.type]} "
                              "questions", "Quizlet has no ordering or matching questions")
        term, definition = card(question.prompt, question.answer)
        if problem is None and not (term and definition):
            problem = "a card side would be empty"
        if problem is not None:
            skipped.append(Skipped.because(question.id, problem))
            continue
        lines.append(f"{term}\t{definition}")
    text = "".join(line + "\n" for line in lines)
    return ExportResult(data=text.encode("utf-8"), skipped=tuple(skipped), count=len(lines))
