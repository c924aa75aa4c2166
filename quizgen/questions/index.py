"""Look-ups over a whole deck, built once per deck: keeps generation linear on 10,000-fact decks.

Distractor choice and ambiguity checks ask "who else holds this office", "which roles does
this person hold", "which figures share this unit"; answering by scanning the deck per
question made generation quadratic.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..gazetteer import canonical_place, gazetteer
from ..model import Agreement, DateFact, Deck, Figure, Leader
from ..text import fold
from .english import event_stands_alone


@dataclass
class DeckIndex:
    leaders: list[Leader] = field(default_factory=list)
    person_keys: dict[str, frozenset[str]] = field(default_factory=dict)  # fact id -> folded name + aliases
    by_person_key: dict[str, list[Leader]] = field(default_factory=lambda: defaultdict(list))
    by_role: dict[str, list[Leader]] = field(default_factory=lambda: defaultdict(list))
    names: list[str] = field(default_factory=list)  # sorted, unique
    roles: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    figures_by_unit: dict[str, list[Figure]] = field(default_factory=lambda: defaultdict(list))
    what_keys: dict[str, str] = field(default_factory=dict)  # figure id -> folded what
    dates: list[DateFact] = field(default_factory=list)
    events: list[str] = field(default_factory=list)  # sorted, unique
    standalone_events: list[str] = field(default_factory=list)  # those readable without their article
    events_on: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # iso date -> events
    dates_of_event: dict[str, list[DateFact]] = field(default_factory=lambda: defaultdict(list))
    agreements_with: dict[str, list[Agreement]] = field(default_factory=lambda: defaultdict(list))  # by party

    def signed_with(self, agreement: Agreement, parties: set[str]) -> list[Agreement]:
        """The deck's other agreements that ``parties`` (canonical names) all signed."""
        if not parties:
            return []
        return [o for o in self.agreements_with[min(parties)] if o.id != agreement.id
                and parties <= {canonical_place(q) for q in o.parties}]

    def same_person(self, leader: Leader, name: str) -> bool:
        return fold(name) in self.person_keys[leader.id]

    def holders(self, role: str, of: str | None) -> list[Leader]:
        """Deck leaders holding ``role`` of ``of`` (a leader with no ``of`` could hold any)."""
        of_key = canonical_place(of) if of else None
        return [o for o in self.by_role[fold(role)]
                if of_key is None or o.of is None or canonical_place(o.of) == of_key]

    def roles_of(self, name: str) -> list[str]:
        return [o.role for o in self.by_person_key.get(fold(name), [])]


_CACHE: dict[int, tuple[Deck, DeckIndex]] = {}


def index_of(deck: Deck) -> DeckIndex:
    hit = _CACHE.get(id(deck))
    if hit is not None and hit[0] is deck:
        return hit[1]
    if len(_CACHE) > 16:
        _CACHE.clear()
    idx = _build(deck)
    _CACHE[id(deck)] = (deck, idx)
    return idx


def _build(deck: Deck) -> DeckIndex:
    idx = DeckIndex()
    g = gazetteer()
    places: set[str] = set()
    for f in deck.known_facts():
        if isinstance(f, Leader):
            idx.leaders.append(f)
            keys = frozenset({fold(f.name), *(fold(a) for a in f.aliases)})
            idx.person_keys[f.id] = keys
            for k in keys:
                idx.by_person_key[k].append(f)
            idx.by_role[fold(f.role)].append(f)
            if f.of:
                places.add(f.of)
        elif isinstance(f, Agreement):
            places.update(f.parties)
            for party in {canonical_place(p) for p in f.parties}:
                idx.agreements_with[party].append(f)
        elif isinstance(f, Figure):
            idx.figures_by_unit[fold(f.unit)].append(f)
            idx.what_keys[f.id] = fold(f.what)
        elif isinstance(f, DateFact):
            idx.dates.append(f)
            event = f.event.strip().rstrip(".")
            idx.events_on[f.date.iso()].append(event)
            idx.dates_of_event[fold(f.event)].append(f)
    idx.names = sorted({f.name for f in idx.leaders})
    idx.roles = sorted({f.role for f in idx.leaders})
    idx.countries = sorted(p for p in places if g.is_country(p))
    idx.organisations = sorted(p for p in places if not g.is_country(p))
    idx.events = sorted({d.event.strip().rstrip(".") for d in idx.dates})
    idx.standalone_events = [e for e in idx.events if event_stands_alone(e)]
    return idx
