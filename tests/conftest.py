"""Shared fixtures: paths of the bundled and test decks."""

from __future__ import annotations

from pathlib import Path

import pytest
from deckpaths import DATA, ROOT


@pytest.fixture
def bundled_deck_path() -> Path:
    return ROOT / "decks" / "putin-hanoi-2024.yaml"


@pytest.fixture
def hostile_deck_path() -> Path:
    return DATA / "hostile.yaml"
