"""Print study progress per deck: questions, new, learning, due now, learned, reviews and retention.

Retention is the share of reviews of learned cards (cards already in review) that were recalled.
DECK may be files or directories; with none, the bundled decks. Example: quizgen stats decks/
"""

from __future__ import annotations

import argparse

HELP = "print study progress per deck (new, learning, due, retention)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("decks", nargs="*", metavar="DECK", help="deck files or directories (default: decks/)")
    parser.add_argument("--data-dir", metavar="DIR", help="where progress.sqlite3 lives (overrides $QUIZGEN_HOME)")


def run(args: argparse.Namespace) -> int:
    import sys

    from ..deck import load_deck
    from ..errors import QuizgenError
    from ..library import find_decks
    from ..progress import DB_NAME, ProgressStore, data_dir
    from ..session import load_questions, utc_now

    paths = find_decks(args.decks)
    now = utc_now()
    header = ("deck", "questions", "new", "learning", "due", "learned", "reviews", "retention")
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
            rows.append((deck.id, str(c.cards), str(c.new), str(c.learning), str(c.due), str(c.learned),
                         str(c.reviews), retention))
    if rows:
        widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
        for row in [header, *rows]:
            print("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in
                            enumerate(zip(row, widths, strict=True))).rstrip())
    print(f"progress: {store_path}")
    return status
