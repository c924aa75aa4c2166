"""Shared fixtures: paths of the bundled and test decks; every test's deck cache in its own folder."""

from __future__ import annotations

import shutil
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
def bundled(tmp_path: Path) -> Path:
    """A copy of the bundled deck, with the seed articles it quotes beside it as in the repository (sources
    are ../seeds/...): for tests that edit it or keep progress beside it."""
    (tmp_path / "decks").mkdir()
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    path = tmp_path / "decks" / "putin-hanoi-2024.yaml"
    shutil.copy(ROOT / "decks" / "putin-hanoi-2024.yaml", path)
    return path


@pytest.fixture
def hostile_deck_path() -> Path:
    return DATA / "hostile.yaml"
