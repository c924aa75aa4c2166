"""Match: "Match each person to their country." Three or four of the deck's `leader` facts.

Two questions at most per deck, one per column: countries (template ``countries``, from ``of`` when it is
a country) and offices (template ``offices``, from ``role``). Both share the deck-level id ``_leaders``,
so a set takes one of them. A match must have one right answer: the people are distinct, their
countries (or offices) are distinct, and no one is asked whose deck facts give them two countries (or
two offices). A former office ("former President") is no one's office now, and "leader" or "founder"
no office at all: those are never items. The most important leaders first, ties by fact id.
"""

from __future__ import annotations

import re

from ..dates import IsoDate
from ..english import FORMER_ROLE
from ..gazetteer import canonical_place, gazetteer
from ..model import Deck, Leader
from ..text import fold
from .forms import ARROW, LEADERS_ID, ref
from .importance import rank_facts
from .model import AnswerKind, Question, QuestionType

MIN_PAIRS, MAX_PAIRS = 3, 4
MIN_ITEM_IMPORTANCE = 0.3 - 1e-9  # the floor of a question set (selection.MIN_IMPORTANCE)
NOT_OFFICES = frozenset({"leader", "founder", "co-founder", "head", "chief", "boss", "member", "figure",
                         "official", "spokesperson", "spokesman", "spokeswoman"})


def _as_of(deck: Deck, leaders: list[Leader]) -> str:
    """" in June 2024" when every leader's office is dated to that month, else ""."""
    months = set()
    for f in leaders:
        d = f.as_of or deck.source(f.sources[0].source).published
        if d is None or d.month is None:
            return ""
        months.add(IsoDate(d.year, d.month))
    return f" in {months.pop().human()}" if len(months) == 1 else ""


def _pairs(deck: Deck, column: str) -> list[tuple[Leader, str]]:
    importance = rank_facts(deck)
    g = gazetteer()
    leaders = [f for f in deck.askable_facts() if isinstance(f, Leader) and not f.disputed]
    values: dict[str, set[str]] = {}  # person -> every country (or office) the deck gives them
    for f in leaders:
        if column == "countries":
            value = canonical_place(f.of) if f.of else ""
        else:
            value = fold(f.role)
        for name in (f.name, *f.aliases):
            values.setdefault(fold(name), set()).add(value)
    candidates = []
    for f in leaders:
        if f.id in importance and importance[f.id].score < MIN_ITEM_IMPORTANCE:
            continue  # a passing mention, or a world-famous leader's country: general knowledge
        if FORMER_ROLE.match(f.role) or f.role.lower().startswith(("acting", "interim")):
            continue
        if column == "countries":
            if not f.of or not g.is_country(f.of):
                continue
            shown = f.of
        else:
            if fold(f.role) in NOT_OFFICES:
                continue
            shown = f.role
        if len(values[fold(f.name)]) != 1:
            continue  # two countries (or offices) for one person: which is "theirs"?
        candidates.append((f, shown))
    candidates.sort(key=lambda c: (-importance[c[0].id].score if c[0].id in importance else 0.0, c[0].id))
    chosen: list[tuple[Leader, str]] = []
    people: set[str] = set()
    taken: set[str] = set()
    for f, shown in candidates:
        key = canonical_place(shown) if column == "countries" else fold(shown)
        names = {fold(n) for n in (f.name, *f.aliases)}
        if key in taken or names & people:
            continue
        chosen.append((f, shown))
        people |= names
        taken.add(key)
        if len(chosen) == MAX_PAIRS:
            break
    if column == "offices":
        chosen = [(f, shown) for f, shown in chosen if not _also_fits(f, [s for o, s in chosen if o is not f])]
    return chosen if len(chosen) >= MIN_PAIRS else []


def _also_fits(f: Leader, others: list[str]) -> bool:
    """Whether the article gives this person another office of the list too: "Executive Vice-President and
    Commissioner for Trade Valdis Dombrovskis" beside Borrell's "Vice-President" fits either."""
    surname = fold(f.name).split()[-1]
    for c in f.sources:
        text = fold(c.quote)
        for m in re.finditer(rf"\b{re.escape(surname)}\b", text):
            before = text[max(0, m.start() - 80): m.start()]
            if any(re.search(rf"\b{re.escape(fold(o))}\b", before) for o in others):
                return True
    return False


def questions(deck: Deck) -> list[Question]:
    out = []
    for column, what in (("countries", "the country whose office they held"), ("offices", "the office they held")):
        pairs = _pairs(deck, column)
        if not pairs:
            continue
        when = _as_of(deck, [f for f, _ in pairs])
        prompt = f"Match each person to {what}{when}."
        refs = tuple(ref(deck, f.sources[0]) for f, _ in pairs)
        out.append(Question(
            id=f"{LEADERS_ID}:{column}:{QuestionType.MATCH.value}", deck_id=deck.id, fact_id=LEADERS_ID,
            fact_kind="leader", type=QuestionType.MATCH, template=column, prompt=prompt,
            answer="; ".join(f"{f.name}{ARROW}{shown}" for f, shown in pairs), answer_kind=AnswerKind.TEXT,
            source=refs[0], items=tuple(f.name for f, _ in pairs), options=tuple(shown for _, shown in pairs),
            key=tuple(range(len(pairs))), sources=refs, item_sources=refs, facts=tuple(f.id for f, _ in pairs),
        ))
    return out
