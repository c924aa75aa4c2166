"""The bundled gazetteer: distractor pools so even a one-leader deck gets plausible options."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import yaml

from .text import fold


@dataclass(frozen=True)
class KnownLeader:
    name: str
    offices: tuple[str, ...]
    of: str
    # Known to every student already: asking their office or country tests general knowledge, not the story.
    famous: bool = False
    since: int | None = None  # the year they first held the office they are known for
    aliases: tuple[str, ...] = ()  # other spellings ("Zelenskyy")


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """The bundled lists. Compared and hashed by identity (``eq=False``): the per-gazetteer indexes below are
    cached by it, and hashing every leader and office on each look-up cost ~2 s of a 10,000-fact export."""

    countries: tuple[str, ...]  # offered as distractors
    more_countries: tuple[str, ...]  # recognised as countries, never offered
    organisations: tuple[str, ...]
    offices: tuple[str, ...]
    leaders: tuple[KnownLeader, ...]
    organisation_sorts: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (sort, names): bodies, parties, ...
    regions: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (region, countries and bodies of it)
    cabinet_offices: tuple[str, ...] = ()  # offices of government, offered first for a political office
    body_offices: tuple[str, ...] = ()  # offices of international bodies ("President of the European Council")
    # (country, kind, name) of each first-level division: "British Columbia" is a province of Canada
    subdivisions: tuple[tuple[str, str, str], ...] = ()

    # (country, offices of state it has), from the forms of government of the data
    state_offices: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # (country, its government's posts in its own words) and (office, (its country, countries sharing the words))
    cabinets: tuple[tuple[str, tuple[str, ...]], ...] = ()
    neighbouring_regions: tuple[tuple[str, tuple[str, ...]], ...] = ()
    own_offices: tuple[tuple[str, tuple[str, ...]], ...] = ()
    short_given_names: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (given name, its short forms)
    first_word_known: frozenset[str] = frozenset()  # canonical places whose people go by their name's first word
    world_regions: tuple[str, ...] = ()  # parts of the world besides `regions` ("the Pacific", "West Africa")
    affairs_portfolios: frozenset[str] = frozenset()  # "Foreign": "Minister of Foreign Affairs" is "Foreign Minister"

    def cabinet_of(self, country: str | None) -> tuple[str, ...] | None:
        """A government's posts in its own words ("United Kingdom" -> Chancellor of the Exchequer, Foreign
        Secretary, ...), or None where the data gives none and the general names serve."""
        return _cabinet_index(self).get(canonical_place(country)) if country else None

    def given_name_forms(self, given: str) -> tuple[str, ...]:
        """The other forms of a given name its bearers are known by, either way round ("Elizabeth" -> Liz,
        Beth; "Joe" -> Joseph)."""
        return _given_name_index(self).get(given, ())

    def goes_by_first_word(self, country: str | None) -> bool:
        """Whether English news names the country's people by their name's first word as often as by the
        last ("Xi" for Xi Jinping of China, "Prabowo" for Prabowo Subianto of Indonesia)."""
        return bool(country) and canonical_place(country or "") in self.first_word_known

    def is_world_region(self, name: str) -> bool:
        """A part of the world, not a country ("Europe", "the Pacific", "Sub-Saharan Africa")."""
        return name in self.world_regions or any(name == region for region, _ in self.regions)

    def owner_of_office(self, office: str) -> str | None:
        """The country whose government alone has ``office`` by that name ("Chancellor of the Exchequer" ->
        United Kingdom), if any."""
        entry = _own_office_index(self).get(fold(office))
        return entry[0] if entry else None

    def country_of_office(self, office: str, named: Iterable[str]) -> str | None:
        """The one country whose government has ``office`` by that name, when the story (``named``: its
        countries) names that country and none that uses the same words ("Secretary of State" in a story naming
        the United States and Jordan, but not the United Kingdom)."""
        # ("Deputy Secretary of State": a rank before a government's own office is of the same government)
        entry = _own_office_index(self).get(fold(office)) or _own_office_index(self).get(fold(_RANKS.sub("", office)))
        keys = {canonical_place(c) for c in named}
        if not entry or canonical_place(entry[0]) not in keys:
            return None
        return None if any(canonical_place(c) in keys for c in entry[1:]) else entry[0]

    def offices_of_state(self, country: str | None) -> tuple[str, ...] | None:
        """The offices of state a country has ("Canada" -> King, Governor General, Prime Minister, Premier, ...),
        or None for a place whose form of government the data does not give."""
        if not country:
            return None
        return _state_office_index(self).get(canonical_place(country))

    def is_state_office(self, office: str) -> bool:
        """An office only some forms of government have ("Vice President", "Premier", "Chancellor")."""
        return fold(office) in _all_state_offices(self)

    def subdivision(self, name: str | None) -> tuple[str, str] | None:
        """(country, kind) of a province, state or nation ("British Columbia" -> ("Canada", "province"))."""
        if not name:
            return None
        return _subdivision_index(self).get(_strip_the(fold(name)))

    def subdivisions_of(self, country: str, kind: str) -> tuple[str, ...]:
        """The divisions of one kind of a country, in the data's order (one spelling each)."""
        seen: dict[str, str] = {}
        for c, k, n in self.subdivisions:
            if c == country and k == kind:
                seen.setdefault(fold(n), n)
        return tuple(seen.values())

    def region(self, place: str | None) -> str | None:
        """The region of a country or regional body ("Cuba" -> "Latin America"), under any of its names."""
        if not place:
            return None
        return _region_index(self).get(canonical_place(place))

    def countries_of_region(self, region: str | None) -> tuple[str, ...]:
        """The distractor countries of a region (only those offered as distractors at all)."""
        if not region:
            return ()
        return tuple(c for c in self.countries if self.region(c) == region)

    def countries_near_region(self, region: str | None) -> tuple[str, ...]:
        """The distractor countries of the regions next to ``region`` (gazetteer `neighbouring_regions`)."""
        near = dict(self.neighbouring_regions).get(region or "", ())
        return tuple(c for r in near for c in self.countries_of_region(r))

    def organisations_of_sort(self, sort: str) -> tuple[str, ...]:
        return next((names for name, names in self.organisation_sorts if name == sort), ())

    def organisation_sort(self, name: str) -> str:
        """"parties", "armed groups", "companies" or "bodies": a party's plausible stand-ins are other parties."""
        return _organisation_sort(self, name)

    def is_country(self, name: str) -> bool:
        """A country or territory of the gazetteer (under any of its names).

        Anything else is an organisation: news names parties ("Labor", "the Greens", "Likud"),
        companies and bodies without a telling word far more often than a country missing from a
        list of every country, and "deputy leader of which country?" with "Labor" as the answer
        would be a false question.
        """
        return _strip_the(fold(name)) in _country_keys(self)


COUNTRY_ALIASES = {
    "us": "united states", "u s": "united states", "usa": "united states", "america": "united states",
    "united states of america": "united states", "uk": "united kingdom", "britain": "united kingdom",
    "great britain": "united kingdom", "viet nam": "vietnam", "dprk": "north korea",
    "federated states of micronesia": "micronesia",
    "russian federation": "russia", "prc": "china", "people s republic of china": "china",
    "republic of korea": "south korea", "rok": "south korea", "korea": "south korea", "soviet union": "soviet union",
    "ussr": "soviet union", "uae": "united arab emirates", "turkiye": "turkey", "czechia": "czech republic",
    "burma": "myanmar", "cote d ivoire": "ivory coast", "cape verde": "cabo verde", "swaziland": "eswatini",
    "east timor": "timor leste", "holy see": "vatican", "vatican city": "vatican",
    "drc": "democratic republic of the congo", "dr congo": "democratic republic of the congo",
    "republic of the congo": "congo", "state of palestine": "palestine", "republic of china": "taiwan",
    "png": "papua new guinea",
}



_PARTY_WORDS = re.compile(r"\b(party|front|movement)\b")
_ARMED_WORDS = re.compile(r"\b(army|forces|brigades?|militia)\b")
# an international body's name may hold a company's word ("International Atomic Energy Agency")
_BODY_WORDS = re.compile(r"\b(international|agency|organi[sz]ation|commission|council|union|nations|programme|"
                         r"program|fund|court|assembly|authority)\b")
_COMPANY_WORDS = re.compile(
    r"\b(inc|ltd|plc|llc|ag|sa|co|corp|company|corporation|group|holdings|airlines?|airways|motors|industries|"
    r"technologies|technology|systems|electronics|pharma|pharmaceuticals|steel|energy|oil|petroleum)\b")


@cache
def _folded(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_strip_the(fold(n)) for n in names)


def _strip_the(folded: str) -> str:
    return folded[4:] if folded.startswith("the ") else folded


@lru_cache(maxsize=1 << 14)
def _organisation_sort(g: Gazetteer, name: str) -> str:
    """Gazetteer.organisation_sort, remembered: a place question sorts every organisation of its deck, the
    same few hundred names each time (85,000 look-ups in a 10,000-fact deck)."""
    key = _strip_the(fold(name))
    for sort, names in g.organisation_sorts:
        if key in _folded(names):
            return sort
    if _PARTY_WORDS.search(key) or re.fullmatch(r"[A-Z][a-z]+s", name.strip().removeprefix("the ")):
        return "parties"  # or named as its members: "the Greens", "the Democrats"
    if _ARMED_WORDS.search(key):
        return "armed groups"
    if _COMPANY_WORDS.search(key) and not _BODY_WORDS.search(key):
        return "companies"
    return "bodies"


@cache
def _region_index(g: Gazetteer) -> dict[str, str]:
    return {canonical_place(place): region for region, places in g.regions for place in places}


@cache
def _subdivision_index(g: Gazetteer) -> dict[str, tuple[str, str]]:
    return {_strip_the(fold(name)): (country, kind) for country, kind, name in g.subdivisions}


@cache
def _state_office_index(g: Gazetteer) -> dict[str, tuple[str, ...]]:
    return {canonical_place(country): offices for country, offices in g.state_offices}


@cache
def _cabinet_index(g: Gazetteer) -> dict[str, tuple[str, ...]]:
    return {canonical_place(country): offices for country, offices in g.cabinets}


# The words that rank an office below or beside another of its name ("Deputy Secretary of State", "First Vice
# President"): extraction keeps them as part of the office, the gazetteer and the questions read through them
RANK_WORDS = ("Principal", "First", "Deputy", "Vice", "Assistant", "Associate", "Under", "Junior")
RANK = "(?:" + "|".join(RANK_WORDS) + ")"
_RANKS = re.compile(rf"^(?:{RANK}[\s-])+", re.I)


@cache
def _given_name_index(g: Gazetteer) -> dict[str, tuple[str, ...]]:
    forms: dict[str, list[str]] = {}
    for given, short in g.short_given_names:
        for form in short:
            forms.setdefault(given, []).append(form)
            forms.setdefault(form, []).append(given)
    return {name: tuple(dict.fromkeys(others)) for name, others in forms.items()}


@cache
def _own_office_index(g: Gazetteer) -> dict[str, tuple[str, ...]]:
    return {fold(office): countries for office, countries in g.own_offices}


@cache
def _all_state_offices(g: Gazetteer) -> frozenset[str]:
    return frozenset(fold(o) for _, offices in g.state_offices for o in offices)


@cache
def _country_keys(g: Gazetteer) -> frozenset[str]:
    return frozenset({_strip_the(fold(c)) for c in (*g.countries, *g.more_countries)} | set(COUNTRY_ALIASES))


@lru_cache(maxsize=1 << 14)  # the same few places again and again (200,000 look-ups in a 10,000-fact deck)
def canonical_place(name: str) -> str:
    """A folded key under which "the US", "USA" and "United States" are one place."""
    key = _strip_the(fold(name))
    return COUNTRY_ALIASES.get(key, key)


@cache
def gazetteer() -> Gazetteer:
    # libyaml's safe loader when built (tests/test_extract_data.py checks it reads the file as the pure one)
    raw = yaml.load((Path(__file__).parent / "data" / "gazetteer.yaml").read_text("utf-8"),
                    Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    sorts = tuple((sort, tuple(names)) for sort, names in raw["organisations"].items())
    return Gazetteer(
        countries=tuple(raw["countries"]),
        more_countries=tuple(raw["more_countries"]),
        organisations=tuple(name for _, names in sorts for name in names),
        organisation_sorts=sorts,
        offices=tuple(raw["offices"]),
        regions=tuple((region, tuple(places)) for region, places in (raw.get("regions") or {}).items()),
        cabinet_offices=tuple(raw.get("cabinet_offices") or ()),
        body_offices=tuple(raw.get("body_offices") or ()),
        state_offices=_state_offices(raw),
        cabinets=tuple((c, tuple(o)) for c, o in (raw.get("cabinets") or {}).items()),
        neighbouring_regions=tuple((r, tuple(n)) for r, n in (raw.get("neighbouring_regions") or {}).items()),
        own_offices=tuple((o, tuple(c)) for o, c in (raw.get("own_offices") or {}).items()),
        short_given_names=tuple((n, tuple(s)) for n, s in (raw.get("short_given_names") or {}).items()),
        first_word_known=frozenset(canonical_place(c) for c in raw.get("first_word_known") or ()),
        world_regions=tuple(raw.get("world_regions") or ()),
        affairs_portfolios=frozenset(raw.get("affairs_portfolios") or ()),
        subdivisions=tuple((country, kind, name) for country, kinds in (raw.get("subdivisions") or {}).items()
                           for kind, names in kinds.items() for name in names),
        leaders=tuple(KnownLeader(d["name"], tuple(d["offices"]), d["of"], bool(d.get("famous")), d.get("from"),
                                  tuple(d.get("aliases") or ())) for d in raw["leaders"]),
    )


def _state_offices(raw: dict) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each country's offices of state: those of its form of government, then its own extra ones."""
    offices: dict[str, list[str]] = {}
    for form in (raw.get("systems") or {}).values():
        for country in form["countries"]:
            offices.setdefault(country, []).extend(form["offices"])
    for country, extra in (raw.get("extra_offices") or {}).items():
        offices.setdefault(country, []).extend(extra)
    return tuple((c, tuple(dict.fromkeys(o))) for c, o in offices.items())

