"""Shared fixtures: paths of the bundled and test decks; every test's deck cache in its own folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from deckpaths import DATA, ROOT


@pytest.fixture(autouse=True, scope="session")
def _private_deck_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The suite never writes to the user's cache directory (quizgen/deckcache.py honours the variable;
    child processes inherit it). tests/test_deckcache.py sets its own per test."""
    import os

    os.environ["QUIZGEN_CACHE_DIR"] = str(tmp_path_factory.mktemp("quizgen-cache"))


@pytest.fixture
def bundled_deck_path() -> Path:
    return ROOT / "decks" / "putin-hanoi-2024.yaml"


@pytest.fixture
def hostile_deck_path() -> Path:
    return DATA / "hostile.yaml"
