"""NOT: "Which of these is NOT a party to the Atlantic Declaration?" A multiple choice (type ``mc``,
template ``not-party``, id ``<agreement id>:not-party:mc``) of three true parties and one that is not.

Only for an agreement of three parties or more, none disputed. The one that is not a party is a
country (or organisation, for an organisation's agreement) of the story first, then of the gazetteer's
same sort, and is certainly not one: not among the parties of this agreement nor of any like
agreement of the deck (the same parties and wording, which a question could not tell apart), and not
named in the agreement's own sentences (where it could be a party the deck missed, or the venue).
"Which of these did NOT happen?" is not asked: a deck lists what happened, never what did not.
"""

from __future__ import annotations

import random
import re

from ..english import date_phrase
from ..gazetteer import canonical_place, gazetteer
from ..model import Agreement, Deck, Fact
from . import distractors as D
from .forms import ref
from .index import index_of
from .model import AnswerKind, Question, QuestionType

TEMPLATE = "not-party"
MIN_PARTIES = 3


def _named_in(text: str, place: str) -> bool:
    return bool(re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])", text, re.I))


def questions(deck: Deck, fact: Fact) -> list[Question]:
    if not isinstance(fact, Agreement) or fact.disputed or len(fact.parties) < MIN_PARTIES:
        return []
    rng = random.Random(f"{deck.id}|{fact.id}|{TEMPLATE}")
    parties = list(fact.parties)
    idx = index_of(deck)
    rivals = [p for o in idx.like_agreements(fact, {canonical_place(p) for p in parties}) for p in o.parties]
    quotes = " ".join(c.quote for c in fact.sources)
    g = gazetteer()
    if all(g.is_country(p) for p in parties):
        pool = D.choose([idx.countries, g.countries], parties[0], parties + rivals, rng, count=8,
                        key=canonical_place)
    else:
        pool = D.place_options(deck, parties[0], parties + rivals, rng)
    outsider = next((p for p in pool if not _named_in(quotes, p)
                     and canonical_place(p) not in {canonical_place(x) for x in parties + rivals}), None)
    if outsider is None:
        return []
    shown = rng.sample(parties, 3) if len(parties) > 3 else parties
    what = re.sub(r"^(a|an|the)\s+", "", fact.what.strip().rstrip("."), flags=re.I)
    when = f", signed {date_phrase(fact.date)}" if fact.date else ""
    source = deck.source(fact.sources[0].source)
    opening = f"According to \u201c{source.title}\u201d, w" if fact.disputed else "W"
    return [Question(
        id=f"{fact.id}:{TEMPLATE}:{QuestionType.MC.value}", deck_id=deck.id, fact_id=fact.id, fact_kind=fact.kind,
        type=QuestionType.MC, template=TEMPLATE,
        prompt=f"{opening}hich of these is NOT a party to the {what}{when}?", answer=outsider,
        answer_kind=AnswerKind.PLACE, source=ref(deck, fact.sources[0]), options=(outsider, *shown),
        sources=tuple(ref(deck, c) for c in fact.sources), notes=fact.learner_note,
    )]
