"""Paths of the bundled and test decks, shared by the test modules."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
BUNDLED_DECKS = sorted((ROOT / "decks").glob("*.yaml"))
TEST_DECKS = [DATA / "hostile.yaml", DATA / "tiny.yaml"]
ALL_DECKS = BUNDLED_DECKS + TEST_DECKS
# Hand-made gold decks of the extraction dev set: real news phrasing the engine must also handle.
GOLD_DECKS = sorted((ROOT / "dev" / "extraction" / "gold").glob("*.yaml"))
