"""Which countries a sentence names, as the extractors read it: a place inside a name is no country.

A table of `text → countries`; the extractors build parties and leaders' countries from this.
"""

from __future__ import annotations

import pytest

from quizgen.extract.entities import countries_in

PLACES = [
    ("the U.S.-Korea Free Trade Agreement", ["United States", "South Korea"]),
    ("a successful conclusion to the Doha round of WTO negotiations", []),
    ("the goals of the Paris Agreement", []),
    ("the Minsk agreements and the Oslo Accords", []),
    ("the US-Mexico-Canada Agreement", ["United States", "Mexico", "Canada"]),
    ("Doha and Paris agreed a new air route", ["Qatar", "France"]),
    ("Korea’s Minister of Knowledge Economy", ["South Korea"]),
    ("signed in the Spanish Hall of Prague Castle", []),
]


@pytest.mark.parametrize(("text", "expected"), PLACES, ids=[p[0][:40] for p in PLACES])
def test_countries_named_in_text(text: str, expected: list[str]) -> None:
    assert [c for _, c in countries_in(text)] == expected
