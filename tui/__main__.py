"""`python -m tui [DECK...]`: open the quiz on decks (files or directories; default: the bundled decks)."""

from __future__ import annotations

import argparse
import sys

from .app import make_app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tui", description=__doc__)
    parser.add_argument("decks", nargs="*", metavar="DECK")
    parser.add_argument("--new-limit", type=int, default=20)
    parser.add_argument("--data-dir")
    args = parser.parse_args(argv)
    app = make_app(args.decks, data_dir=args.data_dir, new_limit=args.new_limit)
    app.run()
    return app.return_code or 0


if __name__ == "__main__":
    sys.exit(main())
