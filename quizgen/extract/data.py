"""The bundled word lists (``data/*.yaml``), loaded once: rules stay in code, vocabulary stays in data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import QuizgenError
from ..text import trie_pattern

DATA_DIR = Path(__file__).with_name("data")
# libyaml's loader when PyYAML has it: the word lists load in ~5 ms instead of ~45 ms (a third of a short
# `quizgen extract`); tests/test_extract_data.py checks both loaders read every bundled list the same
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load(name: str) -> Any:
    path = DATA_DIR / f"{name}.yaml"
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=LOADER)  # noqa: S506 - a safe loader
    except (OSError, yaml.YAMLError) as exc:
        # an install without package data: say what is missing instead of a traceback
        raise QuizgenError(f"{path}: cannot read the extraction word list ({exc}); reinstall quizgen") from None


@dataclass(frozen=True)
class Lexicon:
    """Every word list the extractors use, with the look-up tables derived from them."""

    place_to_country: dict[str, str]   # "Russian", "Moscow", "Russia" -> "Russia"
    name_heads: frozenset[str]          # "round" in "the Doha round": the place names a thing, not a party
    also_personal_names: frozenset[str]  # "Jordan": after a given name, a surname ("Michael Jordan")
    organisations: dict[str, str]      # "EU" -> "European Union"
    org_suffixes: tuple[str, ...]
    group_heads: tuple[str, ...]       # "Army" in "Lord's Resistance Army": a name ending in one is a group
    titles: tuple[str, ...]            # longest first
    bodies: tuple[str, ...]
    monarchs: frozenset[str]
    title_abbreviations: dict[str, str]  # "PM" -> "Prime Minister"
    head_roles: tuple[str, ...]        # lower case: "president", "prime minister", ...
    counterparts: dict[str, str]       # "Foreign Secretary" -> "Foreign Minister": a counterpart abroad's office
    title_spellings: dict[str, str]    # "prime-minister elect" -> "Prime Minister-elect"
    number_words: dict[str, int]
    ordinals: dict[str, int]
    scales: dict[str, int]
    qualifiers: tuple[str, ...]
    irregular_plurals: frozenset[str]
    not_units: frozenset[str]
    currency_symbols: dict[str, str]
    currency_codes: frozenset[str]
    currency_words: dict[str, str]    # a shared word ("pesos") maps to "": see shared_currency
    shared_currency: dict[str, dict[str, str]]  # "pesos" -> {"Philippines": "PHP", "Mexico": "MXN", ...}
    country_re: re.Pattern[str]

    def country(self, phrase: str) -> str | None:
        """The country a name, demonym or capital stands for ("North Korean" -> "North Korea"); an official name
        the table does not hold stands for the country it names ("the State of Kuwait" -> "Kuwait")."""
        key = phrase.strip().removeprefix("the ").strip()
        return self.place_to_country.get(key) or self.formal_country(key)

    def formal_country(self, phrase: str) -> str | None:
        """A country under a formal style before a known name ("the Republic of Indonesia", "the Kingdom of
        Tonga")."""
        key = phrase.strip().removeprefix("the ").strip()
        style = _FORMAL_STYLE.match(key) if " of " in key else None
        return self.place_to_country.get(style.group(1)) if style else None


# "Republic of", "Federal Democratic Republic of", "Kingdom of", "Independent State of": a state's formal style
_FORMAL_STYLE = re.compile(r"(?:(?:Federal|Democratic|Islamic|People's|People’s|Socialist|Arab|Plurinational|"
                           r"Bolivarian|Independent|Hashemite|United|Cooperative|Oriental)\s)*(?:Republic|Kingdom|State|"
                           r"Commonwealth|Federation|Principality|Sultanate|Emirate|Grand Duchy)\sof\s(?:the\s)?(.+)$")


_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def _with_compounds(words: dict[str, int]) -> dict[str, int]:
    """The number words and their compounds, as news writes them: "twenty seven", "twenty-seven" (27)."""
    tens = {w: v for w, v in words.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)}
    out = dict(words)
    for t, tv in tens.items():
        for u, uv in _UNITS.items():
            out[f"{t}-{u}"] = out[f"{t} {u}"] = tv + uv
    return out


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and index the word lists (cached: extraction of many articles reads them once)."""
    countries = _load("countries")
    name_heads = frozenset(str(w) for w in countries.pop("_name_heads", []) or [])
    personal = frozenset(str(w) for w in countries.pop("_also_personal_names", []) or [])
    place: dict[str, str] = {}
    for name, others in countries.items():
        place[name] = name
        for other in others or []:
            place[str(other)] = name
    orgs_raw = _load("organisations")
    suffixes = tuple(orgs_raw.pop("_suffixes", []) or [])
    group_heads = tuple(orgs_raw.pop("_group_heads", []) or [])
    orgs: dict[str, str] = {}
    for name, others in orgs_raw.items():
        orgs[name] = name
        for other in others or []:
            orgs[str(other)] = name
    # Real text writes "People’s Republic of China" with a typographic apostrophe: both spellings are one name.
    for table in (place, orgs):
        table.update({k.replace("'", "’"): v for k, v in list(table.items()) if "'" in k})
    offices = _load("offices")
    numbers = _load("numbers")
    money = _load("currencies")
    names = sorted(place, key=len, reverse=True)
    country_re = re.compile(r"(?<![\w.])(" + trie_pattern(names) + r")(?![\w])")
    return Lexicon(
        place_to_country=place,
        name_heads=name_heads,
        also_personal_names=personal,
        organisations=orgs,
        org_suffixes=suffixes,
        group_heads=group_heads,
        # (a list, not a set: equal-length titles keep the file's order, so every run reads them alike)
        titles=tuple(sorted([*offices["titles"], *(s for s in offices["spellings"] if s not in offices["titles"])],
                            key=len, reverse=True)),
        bodies=tuple(sorted(offices["bodies"], key=len, reverse=True)),
        monarchs=frozenset(offices["monarchs"]),
        title_abbreviations={str(k): str(v) for k, v in offices["abbreviations"].items()},
        head_roles=tuple(str(r) for r in offices["head_roles"]),
        counterparts={str(k): str(v) for k, v in offices["counterparts"].items()},
        title_spellings={str(k).lower(): str(v) for k, v in offices["spellings"].items()},
        number_words=_with_compounds({str(k): int(v) for k, v in numbers["words"].items()}),
        ordinals={str(k): int(v) for k, v in numbers["ordinals"].items()},
        scales={str(k): int(v) for k, v in numbers["scales"].items()},
        qualifiers=tuple(sorted(numbers["qualifiers"], key=len, reverse=True)),
        irregular_plurals=frozenset(numbers["irregular_plurals"]),
        not_units=frozenset(numbers["not_units"]),
        currency_symbols={str(k): str(v) for k, v in money["symbols"].items()},
        currency_codes=frozenset(money["codes"]),
        currency_words={str(k): str(v) for k, v in money["words"].items()} | {str(k): "" for k in money["shared"]},
        shared_currency={str(k): {str(c): str(code) for c, code in v.items()} for k, v in money["shared"].items()},
        country_re=country_re,
    )


@lru_cache(maxsize=1)
def release_framing() -> re.Pattern[str]:
    """Words that make an event the release's own framing ("issued the following statement"): no event."""
    words = sorted((str(w) for w in _load("events")["release_framing"]), key=len, reverse=True)
    return re.compile(r"\b(?:" + trie_pattern(words, fold_case=True) + r")(?![\w])", re.I)


@lru_cache(maxsize=1)
def event_nouns() -> frozenset[str]:
    """Nouns that name an event (data/events.yaml): what a possessive date can date."""
    return frozenset(str(w).lower() for w in _load("events")["event_nouns"])


def national_events() -> frozenset[str]:
    """Events a country holds as a whole (data/events.yaml): an election is named with whose it is."""
    return frozenset(str(w).lower() for w in _load("events")["national_events"])
