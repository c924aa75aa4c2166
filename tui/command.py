"""`quizgen quiz`: study decks in the terminal with spaced repetition (FSRS): due cards first, then new ones.

DECK may be deck files or directories of decks; with none, the bundled decks in decks/ are offered.
Progress is saved after every answer in progress.sqlite3 in the user's data directory
($QUIZGEN_HOME or --data-dir override it). Example: quizgen quiz decks/ --new-limit 10
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.library import DEFAULT_NEW_LIMIT

if TYPE_CHECKING:
    from .app import QuizApp

HELP = "study decks in the terminal quiz (spaced repetition)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("decks", nargs="*", metavar="DECK", help="deck files or directories (default: decks/)")
    parser.add_argument("--new-limit", type=_non_negative, default=DEFAULT_NEW_LIMIT, metavar="N",
                        help=f"new questions per deck per day (default {DEFAULT_NEW_LIMIT})")
    parser.add_argument("--data-dir", metavar="DIR", help="where progress.sqlite3 lives (overrides $QUIZGEN_HOME)")


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def run(args: argparse.Namespace) -> int:
    """Run the quiz; then, on stderr, whatever the app said that must not be missed (exit 2 if the
    progress file could not be used)."""
    import sys

    from quizgen.errors import printable

    missing = [p for p in args.decks if not Path(p).exists()]
    if missing:  # a typo in a file name is said here, not as an "error" row in a full-screen app
        for p in missing:
            print(f"{printable(str(p))}: no such file", file=sys.stderr)
        return 2
    app = build_app(args)
    try:
        app.run()
    finally:
        for line in app.exit_lines():  # again on the terminal once the app is gone, so it is not missed
            print(printable(line), file=sys.stderr)
    return app.exit_status()


def build_app(args: argparse.Namespace) -> QuizApp:
    """The app for ``args``.

    The progress file is opened (checked, migrated, or set aside) by the app just after its first
    frame, not here: a damaged file set aside is a notification in the app and a line on stderr
    once it closes; a file from a newer quizgen (or one that cannot be opened) is an error dialog,
    then exit status 2 with the message on stderr. Nothing is written to a file it refuses.
    """
    from .app import make_app  # Textual is imported only when the quiz actually runs

    return make_app(args.decks, data_dir=args.data_dir, new_limit=args.new_limit)
