"""A user's decks: the bundled ones, or the files and folders named; and how many new cards a day.

Light on purpose (pathlib only): the quiz command reads it while building its parser, before the
first frame, and the session, stats and the app share these answers instead of each keeping its own.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

DEFAULT_NEW_LIMIT = 20  # new questions per deck per day


def bundled_decks_dir() -> Path:
    """``decks/`` of this checkout (or of the current directory)."""
    here = Path(__file__).resolve().parent.parent / "decks"
    return here if here.is_dir() else Path("decks")


def find_decks(paths: Iterable[str | os.PathLike[str]] = ()) -> list[Path]:
    """Deck files named on the command line (directories: their *.yaml), or the bundled ones.

    A path that does not exist is kept, so loading it reports the problem.
    """
    given = [Path(p) for p in paths] or [bundled_decks_dir()]
    out: list[Path] = []
    for p in given:
        if p.is_dir():
            out.extend(sorted(f for f in p.iterdir() if f.suffix in (".yaml", ".yml") and f.is_file()))
        else:
            out.append(p)
    return list(dict.fromkeys(out))


__all__ = ["DEFAULT_NEW_LIMIT", "bundled_decks_dir", "find_decks"]
