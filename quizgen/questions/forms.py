"""The forms news quizzes use beyond mc/tf/typed/cloze, registered in one place for the engine.

- **order** (forms_order.py): three or four dated events of the deck, earliest first;
- **match** (forms_match.py): three or four people to their countries, or to their offices;
- **NOT** (forms_not.py): "Which of these is NOT a party to ...?", a multiple choice (type ``mc``,
  template ``not-party``) whose one right option is the one that is not true;
- **numeric** (forms_numeric.py): a figure typed as a number, right within the article's precision.

Order and match questions are *deck-level*: made from several facts, their ``fact_id`` is a fixed
deck-level id (``_timeline``, ``_leaders``) that no fact can have (fact ids are slugs: no ``_``), so
their question ids (``_timeline:events:order``) stay the same when facts are added or edited. Their
``facts`` field names the facts they are made from; each item keeps its own source sentence.

How an answer to them is given and judged (the quiz, and anything else): :func:`judge`. An order is
typed as the numbers of the events, earliest first ("3142", "3 1 4 2"); a match as, for each person
in turn, the number of their country ("2413"), or as letter-number pairs in any order ("A2 B4 C1 D3").
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from ..dates import IsoDate
from ..model import Citation, Deck, Fact
from ..text import contains_phrase, fold
from .model import Question, QuestionType, SourceRef
from .templates import Template

if TYPE_CHECKING:  # matching imports questions.model: imported when judging, never at import
    from ..matching import MatchResult

TIMELINE_ID = "_timeline"  # the deck-level "fact" of order questions
LEADERS_ID = "_leaders"  # of match questions (countries and offices: at most one of them in a set)
DECK_LEVEL_IDS = (TIMELINE_ID, LEADERS_ID)
LETTERS = "ABCDEFGH"
ARROW = " \u2192 "


def ref(deck: Deck, c: Citation) -> SourceRef:
    """The source reference of one citation (as the engine makes them)."""
    s = deck.source(c.source)
    return SourceRef(s.id, s.title, c.quote, s.published.iso() if s.published else None, s.url, s.outlet)


# -- registration ----------------------------------------------------------------------------------

def deck_questions(deck: Deck, wanted: Iterable[QuestionType]) -> list[Question]:
    """The deck-level questions (order, match) of the wanted types, canonical (options unshuffled)."""
    from . import forms_match, forms_order, honesty

    wanted = tuple(wanted)
    out: list[Question] = []
    if QuestionType.ORDER in wanted:
        out += forms_order.questions(deck)
    if QuestionType.MATCH in wanted:
        out += forms_match.questions(deck)
    return [q for q in out if not honesty.problems(q)]


def fact_questions(deck: Deck, fact: Fact, wanted: Iterable[QuestionType]) -> list[Question]:
    """The NOT question of ``fact`` (a multiple choice), canonical (options unshuffled)."""
    from . import forms_not

    return forms_not.questions(deck, fact) if QuestionType.MC in tuple(wanted) else []


def template_questions(deck: Deck, fact: Fact, template: Template, wanted: Iterable[QuestionType]) -> list[Question]:
    """The forms made from one of the fact's templates: the numeric question of a figure's value."""
    from . import forms_numeric

    if QuestionType.NUMERIC not in tuple(wanted):
        return []
    made = forms_numeric.question(deck, fact, template)
    return [made] if made is not None else []


def problems(q: Question) -> list[str]:
    """What is dishonest about an order, match or numeric question (honesty.py asks)."""
    out: list[str] = []
    n = len(q.options)
    if q.type is QuestionType.ORDER:
        if sorted(q.key) != list(range(n)) or n < 3:
            out.append("an order question needs 3 or more events and each in the key once")
        elif len(q.item_values) != n or len(q.item_sources) != n:
            out.append("each event of an order question needs its date and its source")
        else:
            from .forms_order import could_tie

            dates = [IsoDate.parse(q.item_values[k]) for k in q.key]
            if any(could_tie(a, b) or b < a for a, b in zip(dates, dates[1:], strict=False)):
                out.append("two events of the order could tie, or the key is not earliest first")
    if q.type is QuestionType.MATCH:
        if len(q.items) < 3 or len(q.key) != len(q.items) or len(set(q.key)) != len(q.key) or \
                any(not 0 <= k < n for k in q.key) or len(q.item_sources) != len(q.items):
            out.append("a match question needs 3 or more people, each with one option and a source")
    if q.type in (QuestionType.ORDER, QuestionType.MATCH):
        folded = [fold(o) for o in (*q.options, *q.items)]
        if len(set(folded)) != len(folded):
            out.append("two items or options read the same")
        if any(contains_phrase(q.prompt, o) for o in (*q.options, *q.items)):
            out.append("an item is in the prompt")
    if q.type is QuestionType.NUMERIC and (q.value is None or q.tolerance is None):
        out.append("a numeric question needs its value and tolerance")
    return out


def importance_of(q: Question, by_fact: Mapping[str, float]) -> float | None:
    """A deck-level question's importance: the mean of its facts' (None for a one-fact question)."""
    if not q.facts:
        return None
    scores = [by_fact.get(f, 0.0) for f in q.facts]
    return sum(scores) / len(scores)


# -- shown order -----------------------------------------------------------------------------------

def shuffled(q: Question, salt: str) -> Question:
    """An order or match question with its options in an order of ``salt``'s own (the seed, or a review
    count), never the order that is itself the answer: events already earliest first, or each person
    beside their own country."""
    if q.type not in (QuestionType.ORDER, QuestionType.MATCH) or len(q.options) < 2:
        return q
    n = len(q.options)
    rng = random.Random(f"{salt}|{q.id}")
    perm = list(range(n))  # perm[new position] = old position
    rng.shuffle(perm)
    new_of_old = {old: new for new, old in enumerate(perm)}
    key = tuple(new_of_old[k] for k in q.key)
    if key == tuple(range(n)):  # the answer would be "1234": rotate by one
        perm = perm[1:] + perm[:1]
        new_of_old = {old: new for new, old in enumerate(perm)}
        key = tuple(new_of_old[k] for k in q.key)
    options = tuple(q.options[old] for old in perm)
    if q.type is QuestionType.ORDER:
        return replace(q, options=options, key=key, item_sources=tuple(q.item_sources[old] for old in perm),
                       item_values=tuple(q.item_values[old] for old in perm))
    return replace(q, options=options, key=key)


# -- answering ---------------------------------------------------------------------------------------

def parse_sequence(q: Question, text: str) -> tuple[int, ...] | None:
    """A typed order or match as option indices (0-based), or None when it is not one.

    Order: the numbers earliest first ("3142", "3 1 4 2", "3,1,4,2"). Match: per person in turn the
    number of their option ("2413"), or letter-number pairs in any order ("A2 B4 C1 D3", "a2,b4,c1,d3").
    """
    n = len(q.options)
    t = text.strip().upper()
    if q.type is QuestionType.MATCH and re.search(r"[A-Z]", t):
        pairs = re.findall(r"([A-Z])\s*[-=:>.]*\s*(\d+)", t)
        rest = re.sub(r"([A-Z])\s*[-=:>.]*\s*(\d+)", "", t)
        if not pairs or re.search(r"[A-Z0-9]", rest):
            return None
        by_item: dict[int, int] = {}
        for letter, number in pairs:
            item = LETTERS.find(letter)
            if item < 0 or item >= len(q.items) or item in by_item:
                return None
            by_item[item] = int(number) - 1
        if len(by_item) != len(q.items):
            return None
        out = tuple(by_item[i] for i in range(len(q.items)))
    else:
        digits = re.sub(r"[\s,;/>\-\u2192]+", "", t)
        if not digits.isdigit():
            return None
        out = tuple(int(d) - 1 for d in digits)
    wanted = n if q.type is QuestionType.ORDER else len(q.items)
    if len(out) != wanted or any(not 0 <= i < n for i in out):
        return None
    if q.type is QuestionType.ORDER and len(set(out)) != n:
        return None
    return out


def shown_sequence(q: Question, seq: Sequence[int]) -> str:
    """How a sequence reads back: "3142" for an order, "A2 B4 C1" for a match."""
    if q.type is QuestionType.MATCH:
        return " ".join(f"{LETTERS[i]}{k + 1}" for i, k in enumerate(seq))
    return "".join(str(i + 1) for i in seq)


def judge(q: Question, given: str) -> MatchResult:
    """Judge a typed answer to an order, match or numeric question; ValueError when an order or match
    answer is not one at all (the quiz asks again rather than marking it wrong)."""
    from ..matching import MatchResult, Verdict

    if q.type is QuestionType.NUMERIC:
        from .forms_numeric import judge as judge_number

        return judge_number(q, given)
    seq = parse_sequence(q, given)
    if seq is None:
        if q.type is QuestionType.ORDER:
            raise ValueError(f"type the numbers 1-{len(q.options)} of the events, earliest first (e.g. "
                             f"{''.join(str(i + 1) for i in reversed(range(len(q.options))))})")
        raise ValueError(f"type, for each of {LETTERS[0]}-{LETTERS[len(q.items) - 1]} in turn, the number of "
                         f"its match (e.g. {''.join(str(i + 1) for i in range(len(q.items)))[::-1]})")
    right = sum(a == b for a, b in zip(seq, q.key, strict=True))
    canonical = shown_sequence(q, q.key)
    if right == len(q.key):
        return MatchResult(Verdict.CORRECT, canonical)
    where = "in the right place" if q.type is QuestionType.ORDER else "matched right"
    return MatchResult(Verdict.WRONG, canonical, f"{right} of {len(q.key)} {where}")


def key_lines(q: Question) -> list[tuple[str, SourceRef | None]]:
    """The right answer, one line per item with its source: "1. 19 June 2024: <event>" (order),
    "A Vladimir Putin: Russia" (match)."""
    if q.type is QuestionType.ORDER:
        out = []
        for n, i in enumerate(q.key, 1):
            when = IsoDate.parse(q.item_values[i]).human() if i < len(q.item_values) else ""
            out.append((f"{n}. {when}: {q.options[i]}" if when else f"{n}. {q.options[i]}",
                        q.item_sources[i] if i < len(q.item_sources) else None))
        return out
    if q.type is QuestionType.MATCH:
        return [(f"{LETTERS[i]} {item}: {q.options[k]}", q.item_sources[i] if i < len(q.item_sources) else None)
                for i, (item, k) in enumerate(zip(q.items, q.key, strict=True))]
    return []


def numeric_target(q: Question) -> tuple[Decimal, Decimal]:
    """A numeric question's number and tolerance in the scale it is asked in ("3.5", "0.05" for
    $3.5 billion asked in billions): what Moodle, GIFT and Canvas store."""
    from .forms_numeric import target

    return target(q)


__all__ = ["ARROW", "DECK_LEVEL_IDS", "LEADERS_ID", "LETTERS", "TIMELINE_ID", "deck_questions", "fact_questions",
           "importance_of", "judge", "key_lines", "numeric_target", "parse_sequence", "problems", "shown_sequence",
           "shuffled", "template_questions"]
