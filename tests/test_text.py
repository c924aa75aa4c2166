"""Whole-word search without a pattern per word: the same answers as the regular expressions it replaces."""

from __future__ import annotations

import re

import pytest

from quizgen.text import word_edge, word_starts

CASES = [
    ("Lee met Lee Myung-bak and Lee-Kim", "Lee", "-"),
    ("Lee met Lee Myung-bak and Lee-Kim", "Lee", ""),
    ("Xi, Xi's and Xiamen; _Xi Xi_ Xi", "Xi", ""),
    ("Trong, Trọng and Trongs", "Trong", "-"),
    ("the UK-Kenya deal; UK, UK.", "UK", "-"),
    ("Ardern Ardern", "Ardern Ardern", ""),
    ("", "Lee", ""),
    ("Élysée Élysée-Palace", "Élysée", "-"),
]


@pytest.mark.parametrize(("text", "word", "joiners"), CASES)
def test_word_starts_finds_what_the_lookaround_pattern_finds(text: str, word: str, joiners: str) -> None:
    edge = rf"[\w{re.escape(joiners)}]" if joiners else r"\w"
    pattern = re.compile(rf"(?<!{edge}){re.escape(word)}(?!{edge})")
    assert word_starts(text, word, joiners) == [m.start() for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", ["Kim Jong Un.", "a-b c_d", " x", "Trọng", "", "9 June"])
def test_word_edge_is_regex_word_boundary(text: str) -> None:
    expected = {m.start() for m in re.finditer(r"\b", text)}
    assert {i for i in range(len(text) + 1) if word_edge(text, i)} == expected
