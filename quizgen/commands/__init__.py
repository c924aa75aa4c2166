"""The headless commands, one module each (see quizgen/cli.py); flags more than one of them take."""

from __future__ import annotations

import argparse


def add_cache_argument(parser: argparse.ArgumentParser) -> None:
    """--no-cache: check the decks from their YAML, neither reading nor writing the deck cache."""
    parser.add_argument("--no-cache", dest="cache", action="store_false",
                        help="check decks from their YAML; neither read nor write the deck cache "
                             "(quizgen/deckcache.py; in your cache directory, or $QUIZGEN_CACHE_DIR)")
