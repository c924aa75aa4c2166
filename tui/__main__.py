"""`python -m tui [DECK...] [--new-limit N] [--data-dir DIR]`: the same as `quizgen quiz`."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main(["quiz", *sys.argv[1:]]))
