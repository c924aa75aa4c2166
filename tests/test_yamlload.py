"""The line-keeping YAML loader gives PyYAML's data, each mapping's key lines and each list's item lines, and
every duplicate key in order, whatever the document holds (plain decks, aliases, merge keys, tags)."""

from __future__ import annotations

import pytest
import yaml
from deckpaths import ALL_DECKS, GOLD_DECKS

from quizgen.yamlload import LineDict, LineList, YamlSyntaxError, load_with_lines

SAMPLES = [
    "a: 1\nb: [x, 2024-06-01, 1.5, yes, ~, 0x1F, 1_000]\n",
    "- &x {a: 1}\n- *x\n",
    "base: &b {a: 1, b: 2}\nmine:\n  <<: *b\n  b: 3\n",
    "a: !!str 1\nb: !!int '5'\nc: !!float 1\nd: !!binary aGVsbG8=\n",
    "R&D: 1\nb: [1, {x: y}]\n",
    "s: &s text\nt: *s\n",
    "=: 1\n",
    "",
    "# only a comment\n",
]


@pytest.mark.parametrize("text", SAMPLES + [p.read_text(encoding="utf-8") for p in ALL_DECKS[:3] + GOLD_DECKS[:3]])
def test_data_is_pyyamls(text: str) -> None:
    data, problems = load_with_lines(text)
    assert data == yaml.load(text, Loader=yaml.CSafeLoader)
    assert problems == []


def test_an_impossible_date_stays_text() -> None:
    assert load_with_lines("a: 2024-13-01\nb: 2024-06-01\n")[0] == {"a": "2024-13-01",
                                                                 "b": yaml.safe_load("d: 2024-06-01")["d"]}


def test_lines_of_keys_and_items() -> None:
    data, _ = load_with_lines("id: x\nfacts:\n  - id: a\n    kind: leader\n\n  - id: b\n    sources: [s, t]\n")
    assert isinstance(data, LineDict) and data.line == 1 and data.line_of("facts") == 2
    facts = data["facts"]
    assert isinstance(facts, LineList) and [facts.line_of(i) for i in range(2)] == [3, 6]
    assert facts[0].line_of("kind") == 4 and facts[1]["sources"].line == 7


def test_every_duplicate_key_in_order_nested_and_in_flow_style() -> None:
    text = "a: 1\nb:\n  c: 1\n  c: 2\n  c: 3\na: 2\nd: [{e: 1, e: 2}]\n"
    data, problems = load_with_lines(text)
    assert data == {"a": 2, "b": {"c": 3}, "d": [{"e": 2}]}
    assert data.line_of("a") == 6
    assert sorted(problems) == sorted([(6, "duplicate key 'a' (the later value would silently win)"),
                                       (4, "duplicate key 'c' (the later value would silently win)"),
                                       (5, "duplicate key 'c' (the later value would silently win)"),
                                       (7, "duplicate key 'e' (the later value would silently win)")])
    merged, problems = load_with_lines("base: &b {a: 1}\nm:\n  <<: *b\n  a: 2\n  x: 1\n  x: 2\n")
    assert merged["m"] == {"a": 2, "x": 2} and [line for line, _ in problems] == [6]


def test_keys_that_are_no_plain_value_and_bad_values_are_reported() -> None:
    _, problems = load_with_lines("? [1, 2]\n: x\nb: 1\n")
    assert problems == [(1, "a mapping key must be a plain value, not a list or mapping")]
    for text in ("a: !!int x\n", "a: !!map [1]\n", "a: *nowhere\n", "[1, 2\n"):
        with pytest.raises(YamlSyntaxError):
            load_with_lines(text)
