"""Whole-word search without a pattern per word: the same answers as the regular expressions it replaces."""

from __future__ import annotations

import re

import pytest

from quizgen.text import trie_pattern, word_edge, word_starts

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


TRIE_TEXT = ("The Prime Minister and Deputy Prime Minister met President-elect Lee; seventy-three, seventy three, "
             "seven, seventeen and 'an' or 'a' said PRESIDENT Xi of the People's Republic of China and Chinese "
             "officials in Niger, Nigeria and Nigerien towns; Secretary of State, Secretary-General, Sec")


@pytest.mark.parametrize("fold_case", [False, True])
@pytest.mark.parametrize("words", [
    ["President", "President-elect", "Prime Minister", "Deputy Prime Minister", "Minister", "Secretary",
     "Secretary of State", "Secretary-General", "Sec"],
    ["seven", "seventy", "seventeen", "seventy-three", "seventy three", "a", "an", "one"],
    ["Niger", "Nigeria", "Nigerien", "China", "Chinese", "People's Republic of China", "Republic"],
])
def test_trie_pattern_matches_what_the_longest_first_alternation_matches(words: list[str], fold_case: bool) -> None:
    longest_first = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    flags = re.I if fold_case else 0
    for wrap in ("({})", r"\b({})\b", r"(?<![\w-])({})(?![\w-])", r"({})\s\w+"):
        plain = re.compile(wrap.format(longest_first), flags)
        trie = re.compile(wrap.format(trie_pattern(words, fold_case=fold_case)), flags)
        assert [m.span(1) for m in trie.finditer(TRIE_TEXT)] == [m.span(1) for m in plain.finditer(TRIE_TEXT)]
