"""Helpers of the held-out extraction tests: extract an article (or a made-up text) into a deck dict."""

from __future__ import annotations

from pathlib import Path

import yaml

from quizgen.extract import extract_deck


def deck_of(path: Path, tmp_path: Path) -> dict:
    """The draft deck of one article, as the YAML it is written as reads back."""
    return yaml.safe_load(extract_deck([path], tmp_path).yaml_text)


def text_deck(body: str, tmp_path: Path, published: str = "13.11.2023") -> dict:
    """The draft deck of a text written for a test, dated by a Status line."""
    art = tmp_path / "article.txt"
    art.write_text(f"Headline for a test\n\nStatus: {published} 10:00\n\n{body}\n", encoding="utf-8")
    return deck_of(art, tmp_path)


def facts(deck: dict, kind: str) -> list[dict]:
    return [f for f in deck["facts"] if f["kind"] == kind]
