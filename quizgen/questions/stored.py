"""Question sets as plain data (str, numbers, None, tuples), for the derived-data cache (quizgen/deckcache.py).

A set of ranked questions becomes a table of the distinct sources, a table of the distinct importances
and one row of field values per question (sources and importances by their place in the tables), so the
sentences a fact's questions share are written and read once. :func:`encode` refuses (``Unstorable``)
anything it would not give back exactly: a field of a type it does not know, a model with other fields.
"""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Sequence
from typing import Any

from .importance import Importance
from .model import AnswerKind, Question, QuestionType, SourceRef

_SOURCE = "source"
_SOURCE_TUPLES = ("sources", "item_sources")
_ENUMS = {"type": QuestionType, "answer_kind": AnswerKind}
_PLAIN = (str, int, float, bool, type(None))


class Unstorable(Exception):
    """A question holding something this format does not store exactly."""


def shape() -> tuple[Any, ...]:
    """The fields the rows rely on: an entry written for other fields is not read."""
    return tuple(tuple(f.name for f in dataclasses.fields(cls)) for cls in (Question, SourceRef, Importance))


def encode(ranked: Sequence[Any]) -> tuple[Any, ...]:
    """``Ranked`` items (question, score, importance) as plain data that :func:`decode` turns back into equal
    ``Ranked`` items; Unstorable when it could not."""
    importances: dict[Importance, int] = {}
    extras = []
    for r in ranked:
        if type(r.importance) is not Importance or type(r.score) is not float:
            raise Unstorable("not a plain ranked question")
        _plain(r.importance.reasons)
        extras.append((r.score, importances.setdefault(r.importance, len(importances))))
    source_rows, rows = _encode_questions([r.question for r in ranked])
    importance_rows = [(imp.score, imp.reasons) for imp in importances]
    return (shape(), source_rows, importance_rows, [(row, *extra) for row, extra in zip(rows, extras, strict=True)])


def decode(data: tuple[Any, ...]) -> list[Any]:
    """The ``Ranked`` items :func:`encode` was given; ValueError for data of another shape."""
    from .selection import Ranked

    stored_shape, source_rows, importance_rows, rows = data
    if stored_shape != shape():
        raise ValueError("stored for another question model")
    importances = [Importance(score, tuple(reasons)) for score, reasons in importance_rows]
    questions = _decode_questions(source_rows, [row for row, _, _ in rows])
    return [Ranked(q, score, importances[imp]) for q, (_, score, imp) in zip(questions, rows, strict=True)]


def encode_questions(questions: Sequence[Question]) -> tuple[Any, ...]:
    """Questions as plain data that :func:`decode_questions` turns back into equal questions."""
    return (shape(), *_encode_questions(questions))


def decode_questions(data: tuple[Any, ...]) -> list[Question]:
    stored_shape, source_rows, rows = data
    if stored_shape != shape():
        raise ValueError("stored for another question model")
    return _decode_questions(source_rows, rows)


def _encode_questions(questions: Sequence[Question]) -> tuple[list[Any], list[Any]]:
    names = [f.name for f in dataclasses.fields(Question)]
    sources: dict[SourceRef, int] = {}
    rows = []

    def source(ref: object) -> int:
        if type(ref) is not SourceRef:
            raise Unstorable(type(ref).__name__)
        return sources.setdefault(ref, len(sources))

    for q in questions:
        if type(q) is not Question:
            raise Unstorable(type(q).__name__)
        row = []
        for name in names:
            value = getattr(q, name)
            if name == _SOURCE:
                value = source(value)
            elif name in _SOURCE_TUPLES:
                if type(value) is not tuple:
                    raise Unstorable(name)
                value = tuple(source(v) for v in value)
            elif name in _ENUMS:
                if type(value) is not _ENUMS[name]:
                    raise Unstorable(name)
                value = value.value
            else:
                _plain(value)
            row.append(value)
        rows.append(tuple(row))
    source_rows = []
    for ref in sources:
        values = tuple(getattr(ref, f.name) for f in dataclasses.fields(SourceRef))
        _plain(values)
        source_rows.append(values)
    return source_rows, rows


def _decode_questions(source_rows: Sequence[Any], rows: Sequence[Any]) -> list[Question]:
    names = [f.name for f in dataclasses.fields(Question)]
    at = {name: i for i, name in enumerate(names)}
    source_at, tuples_at = at[_SOURCE], [at[n] for n in _SOURCE_TUPLES]
    enums_at = [(at[n], cls) for n, cls in _ENUMS.items()]
    gc_was_enabled = gc.isenabled()
    gc.disable()  # tens of thousands of small objects: no collection can free any of them
    try:
        refs = [SourceRef(*values) for values in source_rows]
        out = []
        for values in rows:
            values = list(values)
            values[source_at] = refs[values[source_at]]
            for i in tuples_at:
                values[i] = tuple(refs[k] for k in values[i])
            for i, cls in enums_at:
                values[i] = cls(values[i])
            out.append(Question(*values))
        return out
    finally:
        if gc_was_enabled:
            gc.enable()


def _plain(value: object) -> None:
    kind = type(value)
    if kind in _PLAIN:
        return
    if kind is tuple:
        for v in value:  # type: ignore[attr-defined]
            _plain(v)
        return
    raise Unstorable(kind.__name__)
