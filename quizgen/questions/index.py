"""Look-ups over a whole deck, built once per deck: keeps generation linear on 10,000-fact decks.

Distractor choice and ambiguity checks ask "who else holds this office", "which roles does
this person hold", "which figures share this unit"; answering by scanning the deck per
question made generation quadratic.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..english import event_stands_alone
from ..gazetteer import canonical_place, gazetteer
from ..model import Agreement, DateFact, Deck, Figure, Leader
from ..text import fold
from .perdeck import per_deck


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
    events_within: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # "2024-06": its days'
    agreements_with: dict[str, list[Agreement]] = field(default_factory=lambda: defaultdict(list))  # by party
    agreement_keys: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)  # parties, words
    # (party, word) -> agreements whose wording has the word; (party, least word or "") -> agreements: the
    # candidates for "one's words all in the other's" without comparing every pair of a party's agreements.
    agreements_by_word: dict[tuple[str, str], list[Agreement]] = field(default_factory=lambda: defaultdict(list))
    agreements_by_least_word: dict[tuple[str, str], list[Agreement]] = field(
        default_factory=lambda: defaultdict(list))
    of_keys: dict[str, str | None] = field(default_factory=dict)  # leader id -> canonical place of `of`
    # (folded role, canonical place or None) -> holders, worked out once: every leader asks for its own office,
    # and scanning a role's holders each time made generation quadratic in the number of leaders
    _holders: dict[tuple[str, str | None], list[Leader]] = field(default_factory=dict)

    def events_overlapping(self, date: str) -> list[str]:
        """Events that may have happened on ISO ``date``: on it, within it, or on a year or month holding it."""
        out = list(self.events_within[date])
        parts = date.split("-")
        for n in range(1, len(parts)):
            out += self.events_on.get("-".join(parts[:n]), [])
        return out

    def like_agreements(self, agreement: Agreement, parties: set[str]) -> list[Agreement]:
        """The deck's other agreements that ``parties`` (canonical names) all signed and that one question
        could describe together with ``agreement``: one's content words all in the other's wording, and
        dates that do not tell them apart."""
        if not parties:
            return []
        words = self.agreement_keys[agreement.id][1]
        party = min(parties)
        if words:  # every word in o (o's wording holds this one's), or o's words all among these
            candidates = min((self.agreements_by_word[(party, w)] for w in words), key=len)
            candidates = candidates + [o for w in ("", *sorted(words))
                                       for o in self.agreements_by_least_word[(party, w)]]
        else:
            candidates = self.agreements_with[party]
        out: list[Agreement] = []
        seen = {agreement.id}
        for o in candidates:
            if o.id in seen:
                continue
            seen.add(o.id)
            o_parties, o_words = self.agreement_keys[o.id]
            if not parties <= o_parties or not (words <= o_words or o_words <= words):
                continue
            if agreement.date and o.date and not (agreement.date.iso().startswith(o.date.iso())
                                                  or o.date.iso().startswith(agreement.date.iso())):
                continue
            out.append(o)
        return out

    def same_person(self, leader: Leader, name: str) -> bool:
        return fold(name) in self.person_keys[leader.id]

    def holders(self, role: str, of: str | None) -> list[Leader]:
        """Deck leaders holding ``role`` of ``of`` (a leader with no ``of`` could hold any)."""
        key = (fold(role), canonical_place(of) if of else None)
        found = self._holders.get(key)
        if found is None:
            of_key = key[1]
            found = self._holders[key] = [o for o in self.by_role.get(key[0], ()) if of_key is None
                                          or self.of_keys[o.id] is None or self.of_keys[o.id] == of_key]
        return list(found)

    def roles_of(self, name: str) -> list[str]:
        return [o.role for o in self.by_person_key.get(fold(name), [])]


@per_deck
def index_of(deck: Deck) -> DeckIndex:
    return _build(deck)


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
            idx.of_keys[f.id] = canonical_place(f.of) if f.of else None
            if f.of:
                places.add(f.of)
        elif isinstance(f, Agreement):
            places.update(f.parties)
            signers = frozenset(canonical_place(p) for p in f.parties)
            words = frozenset(re.findall(r"[a-z]{4,}|\d+", fold(f.what)))
            idx.agreement_keys[f.id] = (signers, words)
            for party in signers:
                idx.agreements_with[party].append(f)
                idx.agreements_by_least_word[(party, min(words, default=""))].append(f)
                for word in words:
                    idx.agreements_by_word[(party, word)].append(f)
        elif isinstance(f, Figure):
            idx.figures_by_unit[fold(f.unit)].append(f)
            idx.what_keys[f.id] = fold(f.what)
        elif isinstance(f, DateFact):
            idx.dates.append(f)
            event = f.event.strip().rstrip(".")
            idx.events_on[f.date.iso()].append(event)
            parts = f.date.iso().split("-")
            for n in range(1, len(parts) + 1):
                idx.events_within["-".join(parts[:n])].append(event)
            idx.dates_of_event[fold(f.event)].append(f)
    idx.names = sorted({f.name for f in idx.leaders})
    idx.roles = sorted({f.role for f in idx.leaders})
    idx.countries = sorted(p for p in places if g.is_country(p))
    idx.organisations = sorted(p for p in places if not g.is_country(p))
    idx.events = sorted({d.event.strip().rstrip(".") for d in idx.dates})
    idx.standalone_events = [e for e in idx.events if event_stands_alone(e)]
    return idx
