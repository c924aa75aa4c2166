"""`python -m tui [DECK...]`: open the quiz on decks (files or directories; default: the bundled decks)."""

from __future__ import annotations

import argparse
import sys

from quizgen.errors import printable

from .app import make_app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tui", description=__doc__)
    parser.add_argument("decks", nargs="*", metavar="DECK")
    parser.add_argument("--new-limit", type=int, default=20)
    parser.add_argument("--data-dir")
    args = parser.parse_args(argv)
    app = make_app(args.decks, data_dir=args.data_dir, new_limit=args.new_limit)
    try:
        app.run()
    finally:
        for line in app.exit_lines():  # a progress file set aside or refused: said again on the terminal
            print(printable(line), file=sys.stderr)
    return app.exit_status()


if __name__ == "__main__":
    sys.exit(main())
