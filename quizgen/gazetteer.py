"""The bundled gazetteer: distractor pools so even a one-leader deck gets plausible options."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from .text import fold


@dataclass(frozen=True)
class KnownLeader:
    name: str
    offices: tuple[str, ...]
    of: str


@dataclass(frozen=True)
class Gazetteer:
    countries: tuple[str, ...]
    organisations: tuple[str, ...]
    offices: tuple[str, ...]
    leaders: tuple[KnownLeader, ...]
    organisation_sorts: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (sort, names): bodies, parties, ...

    def organisations_of_sort(self, sort: str) -> tuple[str, ...]:
        return next((names for name, names in self.organisation_sorts if name == sort), ())

    def organisation_sort(self, name: str) -> str:
        """"parties", "companies" or "bodies": a party's plausible stand-ins are other parties."""
        key = _strip_the(fold(name))
        for sort, names in self.organisation_sorts:
            if key in _folded(names):
                return sort
        if _PARTY_WORDS.search(key):
            return "parties"
        if _COMPANY_WORDS.search(key):
            return "companies"
        return "bodies"

    def is_country(self, name: str) -> bool:
        """A known country, or an unknown name that does not look like an organisation."""
        key = _strip_the(fold(name))
        if key in _country_keys(self):
            return True
        if key in {fold(o) for o in self.organisations}:
            return False
        first = name.strip().split(" ", 1)[0]
        acronym = len(first) > 1 and sum(c.isupper() for c in first) >= 2
        return not acronym and not _ORG_WORDS.search(key)


COUNTRY_ALIASES = {
    "us": "united states", "u s": "united states", "usa": "united states", "america": "united states",
    "united states of america": "united states", "uk": "united kingdom", "britain": "united kingdom",
    "great britain": "united kingdom", "viet nam": "vietnam", "dprk": "north korea",
    "russian federation": "russia", "prc": "china", "people s republic of china": "china",
    "republic of korea": "south korea", "rok": "south korea", "soviet union": "soviet union",
    "ussr": "soviet union", "uae": "united arab emirates", "turkiye": "turkey",
}


_ORG_WORDS = re.compile(
    r"\b(union|party|council|bank|fund|organi[sz]ation|league|assembly|commission|committee|nations|forum|"
    r"alliance|ministry|government|parliament|congress|senate|agency|office|company|corporation|group|airlines?|"
    r"inc|ltd|plc|association|institute|university|court|army|navy|force|forces|federation of|movement|front|"
    r"board|authority|department|bureau|club|foundation|network|cooperation|technology|technologies|motors|"
    r"energy|oil|gas|petroleum|holdings|industries|systems|electronics|pharma|steel|airways|media|news|times|"
    r"post|press|tv|radio)\b")


_PARTY_WORDS = re.compile(r"\b(party|front|movement)\b")
_COMPANY_WORDS = re.compile(
    r"\b(inc|ltd|plc|llc|ag|sa|co|corp|company|corporation|group|holdings|airlines?|airways|motors|industries|"
    r"technologies|technology|systems|electronics|pharma|pharmaceuticals|steel|energy|oil|petroleum)\b")


@cache
def _folded(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_strip_the(fold(n)) for n in names)


def _strip_the(folded: str) -> str:
    return folded[4:] if folded.startswith("the ") else folded


@cache
def _country_keys(g: Gazetteer) -> frozenset[str]:
    return frozenset({fold(c) for c in g.countries} | set(COUNTRY_ALIASES) | {"soviet union"})


def canonical_place(name: str) -> str:
    """A folded key under which "the US", "USA" and "United States" are one place."""
    key = _strip_the(fold(name))
    return COUNTRY_ALIASES.get(key, key)


@cache
def gazetteer() -> Gazetteer:
    raw = yaml.safe_load((Path(__file__).parent / "data" / "gazetteer.yaml").read_text("utf-8"))
    sorts = tuple((sort, tuple(names)) for sort, names in raw["organisations"].items())
    return Gazetteer(
        countries=tuple(raw["countries"]),
        organisations=tuple(name for _, names in sorts for name in names),
        organisation_sorts=sorts,
        offices=tuple(raw["offices"]),
        leaders=tuple(KnownLeader(d["name"], tuple(d["offices"]), d["of"]) for d in raw["leaders"]),
    )
