"""How the exports write the forms of quizgen/questions/forms*.py: order, match and numeric.

Kept apart from each exporter so every format words them alike: an order's events numbered, a match's
people lettered (A-D) beside numbered options (1-4), the answer key one line per item with its date,
and a numeric answer as the number in the scale the question asks for with the range accepted.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from decimal import Decimal

from ..questions.forms import LETTERS, key_lines, numeric_target
from ..questions.model import Question, QuestionType


def plain_number(d: Decimal) -> str:
    """"20.7", "0.05", "2000": no exponent, no trailing zeros."""
    text = format(d.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def numeric_answer(q: Question) -> tuple[str, str]:
    """The number as asked and its tolerance, as plain text: ("20.7", "0.05")."""
    value, tolerance = numeric_target(q)
    return plain_number(value), plain_number(tolerance)


def numeric_range(q: Question) -> str:
    """"20.65 to 20.75 billion" (or "exactly 175 billion")."""
    value, tolerance = numeric_target(q)
    scale = f" {q.scale}" if q.scale else ""
    if not tolerance:
        return f"exactly {plain_number(value)}{scale}"
    return f"{plain_number(value - tolerance)} to {plain_number(value + tolerance)}{scale}"


def listing(q: Question) -> list[str]:
    """An order's events ("1. ..."), or a match's people ("A. ...") then its options ("1. ...")."""
    lines = []
    if q.type is QuestionType.MATCH:
        lines += [f"{LETTERS[i]}. {item}" for i, item in enumerate(q.items)]
    lines += [f"{n}. {option}" for n, option in enumerate(q.options, 1)]
    return lines


def key_text(q: Question) -> str:
    """The answer key in one line: "2, 3, 1 (1. 3 March 2023: ...; ...)" for an order, "A2 B3 C1 (...)" for a
    match."""
    from ..questions.forms import shown_sequence

    seq = shown_sequence(q, q.key)
    if q.type is QuestionType.ORDER:
        seq = ", ".join(seq)
    return f"{seq} ({'; '.join(line for line, _ in key_lines(q))})"


def listing_html(q: Question, esc: Callable[[str], str] = html.escape) -> str:
    """The items of an order or match question as HTML lists (``esc`` makes text safe for the format)."""
    out = ""
    if q.type is QuestionType.MATCH:
        out += '<ol class="qg-items" type="A">' + "".join(f"<li>{esc(i)}</li>" for i in q.items) + "</ol>"
    out += '<ol class="qg-choices" type="1">' + "".join(f"<li>{esc(o)}</li>" for o in q.options) + "</ol>"
    return out


def key_html(q: Question, esc: Callable[[str], str] = html.escape) -> str:
    """The answer of an order or match question: each line with its source sentence under it."""
    from ..questions.forms import shown_sequence

    rows = []
    for line, ref in key_lines(q):
        quote = f'<blockquote class="qg-quote">{esc(ref.quote)}</blockquote>' if ref is not None else ""
        rows.append(f"<li>{esc(line)}{quote}</li>")
    return f"<div>{esc(shown_sequence(q, q.key))}</div>" + '<ul class="qg-key">' + "".join(rows) + "</ul>"
