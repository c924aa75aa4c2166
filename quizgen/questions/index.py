"""Look-ups over a whole deck, built once per deck: keeps generation linear on 10,000-fact decks.

Distractor choice and ambiguity checks ask "who else holds this office", "which roles does
this person hold", "which figures share this unit"; answering by scanning the deck per
question made generation quadratic.
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from functools import cache

from ..english import event_stands_alone
from ..gazetteer import COUNTRY_ALIASES, Gazetteer, canonical_place, gazetteer
from ..model import Agreement, DateFact, Deck, Figure, Leader
from ..text import fold
from .perdeck import per_deck


class DeckIndex:
    """The look-ups, each part built from the deck's facts the first time one of its names is read (the
    quiz's first questions on a large deck are all agreements: it need not index every leader and date
    first). Same values, in the same order, as built all at once."""

    # Each part's names, with what they hold:
    leaders: list[Leader]
    person_keys: dict[str, frozenset[str]]  # fact id -> folded name + aliases
    by_person_key: dict[str, list[Leader]]
    by_role: dict[str, list[Leader]]
    names: list[str]  # sorted, unique
    roles: list[str]
    of_keys: dict[str, str | None]  # leader id -> canonical place of `of`
    countries: list[str]
    organisations: list[str]
    figures_by_unit: dict[str, list[Figure]]
    what_keys: dict[str, str]  # figure id -> folded what
    story_figures: dict[tuple[str, str], list[Figure]]  # (source id, folded unit) -> that article's figures
    # (source id, folded what, folded unit) -> the values it is given (a conversion is another unit)
    values_of_what: dict[tuple[str, str, str], set[float]]
    dates: list[DateFact]
    events: list[str]  # sorted, unique
    standalone_events: list[str]  # those readable without their article
    events_on: dict[str, list[str]]  # iso date -> events
    dates_of_event: dict[str, list[DateFact]]
    events_within: dict[str, list[str]]  # "2024-06": its days'
    agreements_with: dict[str, list[Agreement]]  # by party
    agreement_keys: dict[str, tuple[frozenset[str], frozenset[str]]]  # parties, words
    # (party, word) -> agreements whose wording has the word; (party, least word or "") -> agreements: the
    # candidates for "one's words all in the other's" without comparing every pair of a party's agreements.
    agreements_by_word: dict[tuple[str, str], list[Agreement]]
    agreements_by_least_word: dict[tuple[str, str], list[Agreement]]
    story_country: dict[str, str]  # source id -> the one country its title and quotes name most, by far

    _PARTS = {
        "leaders": ("leaders", "person_keys", "by_person_key", "by_role", "names", "roles", "of_keys"),
        "places": ("countries", "organisations"),
        "figures": ("figures_by_unit", "what_keys", "story_figures", "values_of_what"),
        "dates": ("dates", "events", "standalone_events", "events_on", "dates_of_event", "events_within"),
        "agreements": ("agreements_with", "agreement_keys", "agreements_by_word", "agreements_by_least_word"),
        "stories": ("story_country",),
    }
    _PART_OF = {name: part for part, names in _PARTS.items() for name in names}

    def __init__(self, deck: Deck | None = None) -> None:
        self._facts = deck.known_facts() if deck is not None else ()
        self._titles = {s.id: s.title for s in deck.sources} if deck is not None else {}
        self._lock = threading.RLock()
        # (folded role, canonical place or None) -> holders, worked out once: every leader asks for its own
        # office, and scanning a role's holders each time made generation quadratic in the number of leaders
        self._holders: dict[tuple[str, str | None], list[Leader]] = {}

    def __getattr__(self, name: str) -> object:  # only for names not built yet
        part = DeckIndex._PART_OF.get(name)
        if part is None:
            raise AttributeError(name)
        with self._lock:
            if name not in self.__dict__:
                getattr(self, f"_build_{part}")()
        return self.__dict__[name]

    def _build_leaders(self) -> None:
        leaders: list[Leader] = []
        person_keys: dict[str, frozenset[str]] = {}
        by_person_key: dict[str, list[Leader]] = defaultdict(list)
        by_role: dict[str, list[Leader]] = defaultdict(list)
        of_keys: dict[str, str | None] = {}
        for f in self._facts:
            if isinstance(f, Leader):
                leaders.append(f)
                keys = frozenset({fold(f.name), *(fold(a) for a in f.aliases)})
                person_keys[f.id] = keys
                for k in keys:
                    by_person_key[k].append(f)
                by_role[fold(f.role)].append(f)
                of_keys[f.id] = canonical_place(f.of) if f.of else None
        self.__dict__.update(leaders=leaders, person_keys=person_keys, by_person_key=by_person_key,
                             by_role=by_role, of_keys=of_keys, names=sorted({f.name for f in leaders}),
                             roles=sorted({f.role for f in leaders}))

    def _build_places(self) -> None:
        g = gazetteer()
        places: set[str] = set()
        for f in self._facts:
            if isinstance(f, Leader):
                if f.of:
                    places.add(f.of)
            elif isinstance(f, Agreement):
                places.update(f.parties)
        self.__dict__.update(countries=sorted(p for p in places if g.is_country(p)),
                             organisations=sorted(p for p in places if not g.is_country(p)))

    def _build_stories(self) -> None:
        """Each article's country: the one its title and quoted sentences name most, at least twice and twice as
        often as any other ("Haiti" of a USAID release that names the United States once). Each sentence counts
        once, however many facts quote it."""
        keys = _country_keys(gazetteer())
        said: dict[str, set[str]] = defaultdict(set)
        for f in self._facts:
            for c in f.sources:
                said[c.source].add(fold(c.quote))
        out: dict[str, str] = {}
        for source, quotes in said.items():
            counts: dict[str, int] = defaultdict(int)
            for text in (*quotes, fold(self._titles.get(source, ""))):
                for place in {keys[r] for r in _place_runs(text) if r in keys}:
                    counts[place] += 1
            ranked = sorted(counts.items(), key=lambda kv: -kv[1])
            if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
                out[source] = ranked[0][0]
        self.__dict__.update(story_country=out)

    def _build_agreements(self) -> None:
        agreements_with: dict[str, list[Agreement]] = defaultdict(list)
        agreement_keys: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        by_word: dict[tuple[str, str], list[Agreement]] = defaultdict(list)
        by_least_word: dict[tuple[str, str], list[Agreement]] = defaultdict(list)
        for f in self._facts:
            if isinstance(f, Agreement):
                signers = frozenset(canonical_place(p) for p in f.parties)
                words = frozenset(_WORDS.findall(fold(f.what)))
                agreement_keys[f.id] = (signers, words)
                least = min(words, default="")
                for party in signers:
                    agreements_with[party].append(f)
                    by_least_word[(party, least)].append(f)
                    for word in words:
                        by_word[(party, word)].append(f)
        self.__dict__.update(agreements_with=agreements_with, agreement_keys=agreement_keys,
                             agreements_by_word=by_word, agreements_by_least_word=by_least_word)

    def _build_figures(self) -> None:
        figures_by_unit: dict[str, list[Figure]] = defaultdict(list)
        what_keys: dict[str, str] = {}
        story_figures: dict[tuple[str, str], list[Figure]] = defaultdict(list)
        values_of_what: dict[tuple[str, str, str], set[float]] = defaultdict(set)
        for f in self._facts:
            if isinstance(f, Figure):
                figures_by_unit[fold(f.unit)].append(f)
                what_keys[f.id] = fold(f.what)
                for s in {c.source for c in f.sources}:
                    story_figures[(s, fold(f.unit))].append(f)
                    values_of_what[(s, fold(f.what), fold(f.unit))].add(float(f.value))
        self.__dict__.update(figures_by_unit=figures_by_unit, what_keys=what_keys, story_figures=story_figures,
                             values_of_what=values_of_what)

    def _build_dates(self) -> None:
        dates: list[DateFact] = []
        events_on: dict[str, list[str]] = defaultdict(list)
        dates_of_event: dict[str, list[DateFact]] = defaultdict(list)
        events_within: dict[str, list[str]] = defaultdict(list)
        for f in self._facts:
            if isinstance(f, DateFact):
                dates.append(f)
                event = f.event.strip().rstrip(".")
                iso = f.date.iso()
                events_on[iso].append(event)
                parts = iso.split("-")
                for n in range(1, len(parts) + 1):
                    events_within["-".join(parts[:n])].append(event)
                dates_of_event[fold(f.event)].append(f)
        events = sorted({d.event.strip().rstrip(".") for d in dates})
        self.__dict__.update(dates=dates, events_on=events_on, dates_of_event=dates_of_event,
                             events_within=events_within, events=events,
                             standalone_events=[e for e in events if event_stands_alone(e)])

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


_PLACE_PREPOSITIONS = frozenset("in to for across of from into throughout within inside at".split())


def _place_runs(folded: str) -> set[str]:
    """The word runs a preposition puts a place in ("for the people of haiti", "across haiti"): where things
    happen, not who does them ("the uk has announced", "uk humanitarian funding")."""
    words = folded.split()
    out: set[str] = set()
    for i, w in enumerate(words):
        if w in _PLACE_PREPOSITIONS:
            at = i + 2 if i + 1 < len(words) and words[i + 1] == "the" else i + 1
            out.update(" ".join(words[at:at + n]) for n in (1, 2, 3, 4) if at + n <= len(words))
    return out


def names_a_country(text: str) -> bool:
    """Whether ``text`` names any country or international body, by any of its names ("the United Kingdom has
    pledged", "UK aid", "the European Union executive branch")."""
    words = fold(text).split()
    keys = _place_keys(gazetteer())
    return any(" ".join(words[i:i + n]) in keys for i in range(len(words)) for n in (1, 2, 3, 4))


@cache
def _place_keys(g: Gazetteer) -> frozenset[str]:
    # (and a world region: "the death toll for the recent earthquake in Asia" says where already)
    return frozenset(_country_keys(g)) | {fold(o) for o in (*g.organisations_of_sort("bodies"), *g.world_regions)}


@cache
def _country_keys(g: Gazetteer) -> dict[str, str]:
    """Folded country names and their other names -> the country as the gazetteer writes it."""
    named = {canonical_place(c): c for c in (*g.countries, *g.more_countries)}
    keys = {fold(c): c for c in (*g.countries, *g.more_countries)}
    # ("us" is the pronoun far more often than the country once case is folded away)
    keys.update({alias: named[place] for alias, place in COUNTRY_ALIASES.items() if place in named and alias != "us"})
    return keys


@per_deck
def index_of(deck: Deck) -> DeckIndex:
    return DeckIndex(deck)


_WORDS = re.compile(r"[a-z]{4,}|\d+")
