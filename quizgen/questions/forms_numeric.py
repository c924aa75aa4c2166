"""Numeric: a figure typed as a number, right within the precision the article gives.

The question is the figure's own "value" question (templates.py) with the scale and unit it is asked
in: "What was the trade between Russia and Vietnam in 2022? Answer in billions of US dollars." It is
right within half a unit of the last digit the article writes: "$20.7bn" accepts 20.65 to 20.75
billion, "about 2,000" (a round number: precise to the hundred) 1,950 to 2,050, "175" only 175.
Typed in any usual spelling: "20.7", "20.7 billion", "$20.7bn", "20,700,000,000", never in another
currency or as a percentage of something else. Ordinals ("his fifth trip") are not asked this way.

``value`` is the plain number, ``tolerance`` the accepted distance from it (both in full units), and
``scale`` the scale the prompt asks for ("billion"), which exports use (GIFT ``{#20.7:0.05}``).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from ..model import Deck, Fact, Figure
from ..text import fold
from .forms import ref
from .model import AnswerKind, Question, QuestionType
from .templates import Template

if TYPE_CHECKING:  # matching imports questions.model: imported when used, never at import
    from ..matching import MatchResult

TEMPLATE = "value"
SCALES = {3: "thousand", 6: "million", 9: "billion", 12: "trillion"}
CURRENCY_NAMES = {"USD": "US dollars", "EUR": "euros", "GBP": "pounds sterling", "JPY": "yen", "CNY": "yuan",
                  "RUB": "roubles", "INR": "rupees", "VND": "dong", "KRW": "won", "AUD": "Australian dollars",
                  "CAD": "Canadian dollars", "CHF": "Swiss francs", "PHP": "pesos", "BRL": "reais"}
_ORDINAL = re.compile(r"\d(st|nd|rd|th)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"eleventh|twelfth|\w+teenth|\w+tieth)\b", re.I)
_FIRST_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _plain(d: Decimal) -> str:
    """A Decimal without exponent or trailing zeros: 3.50E+9 -> "3500000000", 0.050 -> "0.05"."""
    text = format(d.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def precision(text: str, value: Decimal) -> tuple[int, Decimal] | None:
    """The scale exponent of ``text`` (9 for "$20.7bn") and the tolerance in full units, or None when the
    text's number is not the figure's value."""
    m = _FIRST_NUMBER.search(text)
    if m is None:
        return None
    digits = m.group(0).replace(",", "")
    try:
        shown = Decimal(digits)
    except InvalidOperation:
        return None
    if shown == 0:
        return None
    exponent = next((k for k in (0, 3, 6, 9, 12) if shown.scaleb(k) == value), None)
    if exponent is None:
        return None
    if "." in digits:
        step = Decimal(1).scaleb(-len(digits.split(".")[1]))
    else:
        zeros = len(digits) - len(digits.rstrip("0"))
        step = Decimal(1).scaleb(zeros - 1) if zeros >= 2 else Decimal(0)  # "2,000": to the hundred
    return exponent, (step / 2).scaleb(exponent)


def question(deck: Deck, fact: Fact, template: Template) -> Question | None:
    """The numeric question of a figure's "value" template (None for other templates, ordinals, or a
    figure whose text does not give its value)."""
    from ..matching import parse_number

    if template.name != TEMPLATE or not isinstance(fact, Figure) or _ORDINAL.search(fact.text):
        return None
    try:
        value = Decimal(str(fact.value))
    except InvalidOperation:
        return None
    parsed = parse_number(fact.text)
    found = precision(fact.text, value)
    if parsed is None or found is None or parsed.value != value:
        return None
    exponent, tolerance = found
    unit = fact.unit.strip()
    scale = SCALES.get(exponent)
    money = CURRENCY_NAMES.get(unit.upper())
    if money:
        hint = f"Answer in {scale}s of {money}." if scale else f"Answer in {money}."
    elif unit == "%" or parsed.percent:
        hint = "Answer as a percentage."
    else:
        hint = f"Answer with a number (in {scale}s)." if scale else "Answer with a number."
    return Question(
        id=f"{fact.id}:{TEMPLATE}:{QuestionType.NUMERIC.value}", deck_id=deck.id, fact_id=fact.id,
        fact_kind=fact.kind, type=QuestionType.NUMERIC, template=TEMPLATE, prompt=f"{template.prompt} {hint}",
        answer=fact.text, aliases=tuple(a for a in fact.aliases if fold(a) != fold(fact.text)),
        answer_kind=AnswerKind.NUMBER, source=ref(deck, template.citation), value=_plain(value), unit=unit,
        sources=tuple(ref(deck, c) for c in fact.sources),
        notes=fact.learner_note or (fact.notes if fact.disputed else None), disputed=fact.disputed,
        tolerance=_plain(tolerance), scale=scale,
    )


def target(q: Question) -> tuple[Decimal, Decimal]:
    """The number and tolerance in the question's scale: (20.7, 0.05) for $20.7bn asked in billions."""
    exponent = next((k for k, name in SCALES.items() if name == q.scale), 0)
    return Decimal(q.value or "0").scaleb(-exponent), Decimal(q.tolerance or "0").scaleb(-exponent)


def judge(q: Question, given: str) -> MatchResult:
    """Right when the number typed is within the tolerance, read in the asked scale when it has none
    ("20.7" for 20.7 billion) or as written ("20.7bn", "20,700,000,000")."""
    from ..matching import MatchResult, Verdict, parse_number

    canonical = q.answer
    if fold(given) in {fold(a) for a in q.accepted}:
        return MatchResult(Verdict.CORRECT, canonical)
    parsed = parse_number(given)
    if parsed is None or q.value is None:
        return MatchResult(Verdict.WRONG, canonical, "not a number")
    unit = (q.unit or "").upper()
    if parsed.currency and len(unit) == 3 and unit.isalpha() and parsed.currency != unit:
        return MatchResult(Verdict.WRONG, canonical, f"the figure is in {q.unit}")
    if parsed.percent and q.unit != "%":
        return MatchResult(Verdict.WRONG, canonical)
    truth, tolerance = Decimal(q.value), Decimal(q.tolerance or "0")
    exponent = next((k for k, name in SCALES.items() if name == q.scale), 0)
    readings = [parsed.value]
    if exponent and parsed.step >= 0 and abs(parsed.value) < Decimal(1).scaleb(exponent):
        readings.append(parsed.value.scaleb(exponent))  # "20.7" typed for a question asked in billions
    if any(abs(r - truth) <= tolerance for r in readings):
        return MatchResult(Verdict.CORRECT, canonical)
    return MatchResult(Verdict.WRONG, canonical)
