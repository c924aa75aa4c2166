"""Shared by the review screen's tests: where the bundled deck and a real article are, and waiting for the
review screen to be ready."""

from __future__ import annotations

from pathlib import Path

from tui.screens.review import ReviewScreen

ROOT = Path(__file__).resolve().parent.parent.parent
DECK = ROOT / "decks" / "putin-hanoi-2024.yaml"
ARTICLE = ROOT / "dev" / "quality" / "round1" / "articles" / "02_canada_trudeau_trump_nafta.txt"


async def ready(pilot) -> ReviewScreen:  # noqa: ANN001
    """The review screen once its deck is loaded and its workers are done."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ReviewScreen)
    return screen
