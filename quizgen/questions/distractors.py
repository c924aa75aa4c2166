"""Wrong options of the answer's own type, never equal to it, an alias of it, or another true answer."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence

from ..dates import IsoDate, Precision
from ..gazetteer import canonical_place, gazetteer
from ..model import Deck, Leader
from ..text import fold

_DATE_STEPS = {
    Precision.DAY: [-9, -6, -4, -3, -2, -1, 1, 2, 3, 5, 7, 10],
    Precision.MONTH: [-6, -4, -3, -2, -1, 1, 2, 3, 5],
    Precision.YEAR: [-5, -3, -2, -1, 1, 2, 3, 4],
}


def choose(
    ranked_pools: Sequence[Iterable[str]],
    answer: str,
    forbidden: Iterable[str],
    rng: random.Random,
    count: int = 3,
    key: object = fold,
) -> list[str]:
    """Take ``count`` options, trying each pool in turn (most plausible first), shuffled within a pool.

    ``forbidden`` holds the answer's aliases and every other true answer; ``key`` decides when two
    texts count as the same (folded text, or one place under several names).
    """
    keyf = key if callable(key) else fold
    banned = {keyf(answer)} | {keyf(f) for f in forbidden}
    out: list[str] = []
    for pool in ranked_pools:
        items = sorted({p for p in pool if p and p.strip()})
        rng.shuffle(items)
        for item in items:
            k = keyf(item)
            if k in banned or not k:
                continue
            banned.add(k)
            out.append(item)
            if len(out) == count:
                return out
    return out


def same_person(leader: Leader, name: str) -> bool:
    key = fold(name)
    return key in {fold(leader.name), *(fold(a) for a in leader.aliases)}


def person_options(deck: Deck, leader: Leader, role: str, of: str | None, rng: random.Random) -> list[str]:
    """Other people: the deck's first, then well-known leaders; none who holds this office."""
    role_key, of_key = fold(role), canonical_place(of) if of else None
    leaders = [f for f in deck.known_facts() if isinstance(f, Leader)]

    def holds_this_office(other_role: str, other_of: str | None) -> bool:
        return fold(other_role) == role_key and (of_key is None or other_of is None
                                                 or canonical_place(other_of) == of_key)

    forbidden = list(leader.aliases) + [other.name for other in leaders
                                        if holds_this_office(other.role, other.of)]
    forbidden += [a for other in leaders if same_person(other, leader.name) for a in (other.name, *other.aliases)]
    deck_people = [other.name for other in leaders if not same_person(other, leader.name)]
    known = gazetteer().leaders
    forbidden += [k.name for k in known if any(holds_this_office(o, k.of) for o in k.offices)]
    same_role = [k.name for k in known if any(fold(o) == role_key for o in k.offices)]
    others = [k.name for k in known]
    return choose([deck_people, same_role, others], leader.name, forbidden, rng)


def office_options(deck: Deck, leader: Leader, rng: random.Random) -> list[str]:
    """Other offices; none this person holds (in the deck or the gazetteer), none as vague as "leader"."""
    leaders = [f for f in deck.known_facts() if isinstance(f, Leader)]
    held = [other.role for other in leaders if same_person(other, leader.name)]
    held += [o for k in gazetteer().leaders if fold(k.name) == fold(leader.name) for o in k.offices]
    forbidden = held + ["leader", "head of state", "head of government"]
    answer_words = frozenset(fold(leader.role).split())
    forbidden += [o for o in gazetteer().offices if frozenset(fold(o).split()) == answer_words]
    deck_roles = [other.role for other in leaders]
    return choose([deck_roles, gazetteer().offices], leader.role, forbidden, rng)


def place_options(deck: Deck, answer: str, forbidden: Iterable[str], rng: random.Random) -> list[str]:
    """Other countries for a country, other organisations for an organisation."""
    from ..model import Agreement

    g = gazetteer()
    is_country = g.is_country(answer)
    deck_places = [f.of for f in deck.known_facts() if isinstance(f, Leader) and f.of]
    deck_places += [p for f in deck.known_facts() if isinstance(f, Agreement) for p in f.parties]
    deck_same_type = [p for p in deck_places if g.is_country(p) == is_country]
    pool = g.countries if is_country else g.organisations
    return choose([deck_same_type, pool], answer, forbidden, rng, key=canonical_place)


def date_options(date: IsoDate, rng: random.Random, forbidden: Iterable[str] = ()) -> list[str]:
    """Nearby dates at the answer's precision."""
    steps = list(_DATE_STEPS[date.precision])
    rng.shuffle(steps)
    return choose([[date.shifted(s).human() for s in steps]], date.human(), forbidden, rng)
