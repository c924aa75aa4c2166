"""Print study progress per deck: questions, new, learning, due now, learned, reviews and retention.

The four states (new, learning, due, learned) are defined once, in ``STATES``: the terminal quiz's deck
list shows the same words and the same counts. Retention is the share of reviews of learned cards
(cards already in review) that were recalled.
DECK may be files or directories; with none, the bundled decks. Example: quizgen stats decks/
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from ..progress import DeckCounts

HELP = "print study progress per deck (new, learning, due, learned, retention)"


class ProgressState(NamedTuple):
    """One state a deck's questions are counted in: its word, the ``DeckCounts`` field, plain meaning."""

    word: str
    field: str
    meaning: str


# The one vocabulary of progress, for `quizgen stats` and the quiz's deck list (which imports it). Every
# question is in exactly one state at a given moment, so the four counts add up to the deck's questions.
STATES = (
    ProgressState("New", "new", "not studied yet"),
    ProgressState("Learning", "learning", "just studied, back within minutes"),
    ProgressState("Due", "due", "ready to review now"),
    ProgressState("Learned", "learned", "remembered, next review a day or more away"),
)


def state_counts(counts: DeckCounts) -> tuple[int, ...]:
    """The deck's count in each of ``STATES``, in that order."""
    return tuple(getattr(counts, state.field) for state in STATES)


def legend(separator: str = " · ") -> str:
    """What each state means, in one line: "New: not studied yet · Learning: ..."."""
    return separator.join(f"{state.word}: {state.meaning}" for state in STATES)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("decks", nargs="*", metavar="DECK", help="deck files or directories (default: decks/)")
    parser.add_argument("--data-dir", metavar="DIR", help="where progress.sqlite3 lives (overrides $QUIZGEN_HOME)")


def run(args: argparse.Namespace) -> int:
    import sys
    import textwrap

    from ..deck import load_deck
    from ..errors import QuizgenError
    from ..library import find_decks
    from ..progress import DB_NAME, ProgressStore, data_dir
    from ..session import load_questions, utc_now

    paths = find_decks(args.decks)
    now = utc_now()
    header = ("deck", "questions", *(state.word.lower() for state in STATES), "reviews", "retention")
    rows: list[tuple[str, ...]] = []
    status = 0
    store_path = data_dir(args.data_dir) / DB_NAME
    with ProgressStore(store_path) as store:
        if store.notice:  # a damaged file was set aside and a fresh one started
            print(store.notice, file=sys.stderr)
        for path in paths:
            try:
                deck = load_deck(path)
                questions = load_questions(deck)
            except QuizgenError as exc:
                for line in exc.lines():
                    print(line, file=sys.stderr)
                status = 2
                continue
            c = store.counts(deck.id, (q.id for q in questions), now)
            retention = f"{c.retention:.0%}" if c.retention is not None else "-"
            rows.append((deck.id, str(c.cards), *map(str, state_counts(c)), str(c.reviews), retention))
    if rows:
        widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
        for row in [header, *rows]:
            print("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in
                            enumerate(zip(row, widths, strict=True))).rstrip())
        print(textwrap.fill(legend("; ").lower(), width=100, break_on_hyphens=False))
    print(f"progress: {store_path}")
    return status
