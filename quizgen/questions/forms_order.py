"""Order: "Put these events in order, earliest first." Three or four dated events of the deck.

The events are the deck's `date` facts and its dated agreements, each readable on its own (an event
that needs its article, "That emergency ended", is never an item) and naming no date itself (that
would give its place away). The order must be certain: no two events whose dates could be the same
day, so each date is a span (a day, a month, a year) and the spans of the events asked never
overlap ("June 2024" and "19 June 2024" could tie; two events on one day do tie). The most
important events come first (importance.py), ties by fact id; at most four, never fewer than three.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..dates import MONTHS, IsoDate
from ..english import (
    as_question_clause,
    event_stands_alone,
    join_names,
    names_an_event,
    place_np,
    trim_event,
    upper_first,
    with_article,
)
from ..gazetteer import gazetteer
from ..model import Agreement, Citation, DateFact, Deck, Fact
from ..text import fold, opens_with_reference
from .forms import ARROW, TIMELINE_ID, ref
from .importance import rank_facts
from .model import AnswerKind, Question, QuestionType

MIN_EVENTS, MAX_EVENTS = 3, 4
MAX_EVENT_WORDS = 25
MIN_ITEM_IMPORTANCE = 0.3 - 1e-9  # the floor of a question set (selection.MIN_IMPORTANCE): no passing mention
TEMPLATE = "events"
PROMPT = "Put these events in order, earliest first."
_DATE_WORDS = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b|\b(" + "|".join(MONTHS) + r"|Monday|Tuesday|Wednesday|Thursday|"
                         r"Friday|Saturday|Sunday|yesterday|today|tomorrow|last|next)\b", re.I)
_PLACEHOLDERS = ("\u2026", "...", "___")


def span(date: IsoDate) -> tuple[dt.date, dt.date]:
    """The first and last day a date at its precision may be."""
    if date.month is None:
        return dt.date(date.year, 1, 1), dt.date(date.year, 12, 31)
    if date.day is None:
        return dt.date(date.year, date.month, 1), dt.date(date.year, date.month,
                                                          calendar.monthrange(date.year, date.month)[1])
    d = date.to_date()
    return d, d


def could_tie(a: IsoDate, b: IsoDate) -> bool:
    """Whether two events so dated could have happened on the same day."""
    (a0, a1), (b0, b1) = span(a), span(b)
    return a0 <= b1 and b0 <= a1


def _agreement_event(f: Agreement) -> str:
    quotes = " ".join(c.quote for c in f.sources)
    verb = next((past for past, rx in (("signed", r"\bsign"), ("announced", r"\bannounc"), ("agreed", r"\bagree"))
                 if re.search(rx, quotes, re.I)), "signed")
    g = gazetteer()
    what = f.what.strip().rstrip(".")
    words = [w for w in what.split() if w.lower() not in ("of", "on", "the", "and", "for", "in", "to")]
    thing = f"the {what}" if len(words) >= 2 and all(w[:1].isupper() for w in words) else with_article(what)
    return upper_first(f"{join_names([place_np(p, g.is_country(p)) for p in f.parties])} {verb} {thing}")


def event_text(f: Fact) -> tuple[str, IsoDate, Citation] | None:
    """The event as an item of the list, its date and its sentence; None when it cannot be an item."""
    if f.disputed:
        return None  # sources disagree: its place in a timeline is not certain
    if isinstance(f, DateFact):
        text, date = upper_first(trim_event(f.event)), f.date
        if not event_stands_alone(text) or not (as_question_clause(text) or names_an_event(text)):
            return None  # an item must read as a clause ("X signed Y") or a named event, as a date question would
    elif isinstance(f, Agreement) and f.date is not None and len(f.parties) >= 2:
        text, date = _agreement_event(f), f.date
    else:
        return None
    if (_DATE_WORDS.search(text) or any(p in text for p in _PLACEHOLDERS) or opens_with_reference(text)
            or len(text.split()) > MAX_EVENT_WORDS):
        return None
    return text, date, f.sources[0]


def questions(deck: Deck) -> list[Question]:
    """The deck's order question (one, or none), options earliest first (the engine shuffles them)."""
    importance = rank_facts(deck)
    candidates = []
    for f in deck.askable_facts():
        made = event_text(f)
        if made is not None and (f.id not in importance or importance[f.id].score >= MIN_ITEM_IMPORTANCE):
            candidates.append((f, *made))
    candidates.sort(key=lambda c: (-importance[c[0].id].score if c[0].id in importance else 0.0, c[0].id))
    chosen: list[tuple[Fact, str, IsoDate, Citation]] = []
    texts: set[str] = set()
    for c in candidates:
        if fold(c[1]) in texts or any(could_tie(c[2], o[2]) for o in chosen):
            continue  # one event per day: a date fact and the agreement signed that day are one event
        chosen.append(c)
        texts.add(fold(c[1]))
        if len(chosen) == MAX_EVENTS:
            break
    if len(chosen) < MIN_EVENTS:
        return []
    chosen.sort(key=lambda c: span(c[2])[0])
    return [Question(
        id=f"{TIMELINE_ID}:{TEMPLATE}:{QuestionType.ORDER.value}", deck_id=deck.id, fact_id=TIMELINE_ID,
        fact_kind="date", type=QuestionType.ORDER, template=TEMPLATE, prompt=PROMPT,
        answer=ARROW.join(c[1] for c in chosen), answer_kind=AnswerKind.TEXT, source=ref(deck, chosen[0][3]),
        options=tuple(c[1] for c in chosen), key=tuple(range(len(chosen))),
        sources=tuple(ref(deck, c[3]) for c in chosen), item_sources=tuple(ref(deck, c[3]) for c in chosen),
        item_values=tuple(c[2].iso() for c in chosen), facts=tuple(c[0].id for c in chosen),
    )]
