"""Moodle GIFT: a plain-text question file for Moodle's Question bank → Import.

Written so that both Moodle's importer (question/format/gift/format.php) and gift-pegjs read back
exactly the text given:

- every piece of text escapes ``\\`` first, then ``~ = # { } :`` (title, stem, answers, feedback,
  comments: an unescaped ``:`` in a comment could otherwise read as an ``[id:...]`` tag);
- question text, options and feedback are ``[html]`` with ``& < >`` written as entities, so
  ``<script>`` is shown as text, never run or stripped, and a leading ``[`` or ``%`` is written as an
  entity so neither reader takes it for a ``[format]`` or a ``%weight%``;
- short-answer answers are compared as typed, so they stay raw: ``*`` (Moodle's wildcard) is
  written ``\\*``, every answer carries an explicit ``%100%`` weight, and answers neither reader
  can carry (a leading ``[html]``-style marker, ``->``) leave the question out with the reason;
- one question per block, a blank line between blocks, ``//`` comment lines with the id and source.

Cloze questions are short-answer questions whose text keeps the gap (``_____``). A match is GIFT's
matching question (``=person -> country``), a numeric question ``{#20.7:0.05}`` (the number in the
scale the question asks for, and the tolerance the article's precision gives); GIFT has no ordering
question, so an order is left out with that reason.
"""

from __future__ import annotations

import re

from ..questions.model import Question, QuestionType
from . import ExportRequest, ExportResult, Refusal, Skipped
from .forms_text import numeric_answer
from .textsafe import clean_text, html_text, question_problem, source_line

NAME = "gift"
SUFFIXES = (".txt", ".gift")  # Moodle's file picker takes GIFT as text/plain: .txt
DESCRIPTION = "Moodle GIFT text (Question bank → Import → GIFT format)"

_SPECIAL = "~=#{}:"
# A short answer starting with one of these would be read as a text-format marker by both readers.
_FORMAT_MARKER = re.compile(r"^\[(html|markdown|plain|moodle)\]", re.IGNORECASE)
# Both readers decode these placeholders after unescaping: raw text must not contain them.
_PLACEHOLDER = "&&0"


def escape(text: str) -> str:
    """GIFT escaping: ``\\`` first (so the escapes added next stay single), then ``~ = # { } :``."""
    text = text.replace("\\", "\\\\")
    for ch in _SPECIAL:
        text = text.replace(ch, "\\" + ch)
    return text


def html_piece(text: str) -> str:
    """Plain text as escaped GIFT ``[html]`` content (entities first, GIFT escapes over them)."""
    out = html_text(clean_text(text))
    if out.startswith("["):
        out = "&#91;" + out[1:]
    if out.startswith("%"):
        out = "&#37;" + out[1:]
    return escape(out)


def shortanswer_piece(text: str) -> str:
    """A typed answer: raw text with Moodle's ``*`` wildcard escaped, then GIFT-escaped."""
    return escape(clean_text(text).replace("*", "\\*"))


# Answers GIFT cannot carry as typed: (pattern test, what is wrong) -- the reason names the answer.
_UNTYPABLE = (
    (lambda text: bool(_FORMAT_MARKER.match(text)), "starts with a GIFT text-format marker, which Moodle would strip"),
    (lambda text: "->" in text, "contains '->', which makes Moodle read a matching question"),
    (lambda text: _PLACEHOLDER in text, "contains '&&0', which GIFT readers decode as an escape"),
)


def _typed_problem(question: Question) -> Refusal | None:
    # every spelling written, not only the accepted answers: a spelling folded from "-́>" is "->" (found by the fuzz
    # test: Moodle then read a matching question)
    for answer in dict.fromkeys((*question.accepted, *question.accepted_spellings)):
        text = clean_text(answer)
        if not text:
            return Refusal("an accepted answer is empty", "an accepted answer is empty")
        which = "the answer" if answer == question.answer else "the accepted alias"
        for test, wrong in _UNTYPABLE:
            if test(text):
                return Refusal(f"{which} '{text}' {wrong}", f"a typed answer {wrong}")
    return None


def render_question(question: Question) -> str:
    """One GIFT block (no trailing blank line)."""
    lines = [
        f"// quizgen question {escape(clean_text(question.id))}",
        f"// source: {escape(source_line(question))}",
    ]
    head = f"::{escape(clean_text(question.id))}::[html]{html_piece(question.prompt)}"
    feedback = f"\t####{html_piece(source_line(question))}"
    if question.type is QuestionType.TF:
        lines.append(head + "{" + ("T" if question.answer == "True" else "F"))
        lines.append(feedback)
        lines.append("}")
        return "\n".join(lines)
    if question.type is QuestionType.NUMERIC:  # {#20.7:0.05}: the number in the scale the question asks
        number, tolerance = numeric_answer(question)
        lines.append(head + "{#" + (f"{number}:{tolerance}" if tolerance != "0" else number))
        lines.append(feedback)
        lines.append("}")
        return "\n".join(lines)
    lines.append(head + "{")
    if question.type is QuestionType.MATCH:  # =person -> country, each pair right
        for item, k in zip(question.items, question.key, strict=True):
            lines.append(f"\t={escape(clean_text(item))} -> {escape(clean_text(question.options[k]))}")
    elif question.type is QuestionType.MC:
        for option in question.options:
            mark = "=" if option == question.answer else "~"
            lines.append(f"\t{mark}{html_piece(option)}")
    else:  # typed, cloze: short answer, every accepted text worth full marks
        seen: set[str] = set()
        for answer in question.accepted_spellings:
            piece = shortanswer_piece(answer)
            if piece not in seen:
                seen.add(piece)
                lines.append(f"\t=%100%{piece}")
    lines.append(feedback)
    lines.append("}")
    return "\n".join(lines)


def render(request: ExportRequest) -> ExportResult:
    blocks: list[str] = []
    skipped: list[Skipped] = []
    for question in request.questions:
        problem: Refusal | str | None = question_problem(question)
        if problem is None and _PLACEHOLDER in clean_text(question.id):
            problem = "the question id contains '&&0', which GIFT readers decode as an escape"
        if problem is None and question.type in (QuestionType.TYPED, QuestionType.CLOZE):
            problem = _typed_problem(question)
        if problem is None and question.type is QuestionType.ORDER:
            problem = Refusal("GIFT has no ordering questions", "GIFT has no ordering questions")
        if problem is None and question.type is QuestionType.MATCH and any(
                "->" in clean_text(t) or _PLACEHOLDER in clean_text(t) for t in (*question.items, *question.options)):
            problem = "a matching item contains '->' or '&&0', which GIFT cannot carry"
        if problem is not None:
            skipped.append(Skipped.because(question.id, problem))
            continue
        blocks.append(render_question(question))
    text = "\n\n".join(blocks) + ("\n" if blocks else "")
    return ExportResult(data=text.encode("utf-8"), skipped=tuple(skipped), count=len(blocks))
