"""Honesty rules every question must pass before anyone sees it.

The engine drops a candidate that breaks one (and the tests check every generated question
against the same rules, over every bundled and test deck and many seeds).
"""

from __future__ import annotations

from ..text import contains_phrase, fold
from .model import CLOZE_GAP, FALSE, TRUE, Question, QuestionType


def problems(q: Question) -> list[str]:
    """What is dishonest about ``q`` (empty when nothing)."""
    out: list[str] = []
    if q.type is not QuestionType.TF:
        for text in q.accepted:
            if contains_phrase(q.prompt, text):
                out.append(f"the answer {text!r} appears in the prompt")
    if q.type is QuestionType.MC:
        keys = [fold(o) for o in q.options]
        if len(q.options) != 4:
            out.append(f"{len(q.options)} options, expected 4")
        if q.options.count(q.answer) != 1:
            out.append("the answer is not among the options exactly once")
        if len(set(keys)) != len(keys):
            out.append("two options are the same text")
        alias_keys = {fold(a) for a in q.aliases}
        for option in q.options:
            if option != q.answer and (fold(option) == fold(q.answer) or fold(option) in alias_keys):
                out.append(f"distractor {option!r} is the answer or an alias of it")
    if q.type is QuestionType.TF:
        if q.options != (TRUE, FALSE) or q.answer not in (TRUE, FALSE):
            out.append("a true/false question must offer True and False")
        if not q.statement:
            out.append("a true/false question needs its statement")
    if q.type is QuestionType.CLOZE:
        if CLOZE_GAP not in q.prompt:
            out.append("the cloze has no gap")
    if q.type in (QuestionType.ORDER, QuestionType.MATCH, QuestionType.NUMERIC):
        from .forms import problems as form_problems

        out += form_problems(q)
    if not q.source.quote:
        out.append("no source sentence")
    return out
