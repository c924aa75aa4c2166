"""Validate decks: required fields per kind, ids, source references, ISO dates, numbers, verbatim quotes.

Prints every problem as `path:line: message` and exits 2 if any deck has an error; otherwise one
summary line per deck and exit 0.
"""

from __future__ import annotations

import argparse
import sys

from . import add_cache_argument

HELP = "validate decks against the deck format (every error at once)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("decks", nargs="+", metavar="DECK", help="deck YAML files")
    parser.add_argument("--no-quotes", action="store_true", help="skip checking quotes against the sources")
    parser.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    parser.add_argument("--strict", action="store_true",
                        help="treat warnings as errors: a draft passes only once nothing is left to review")
    add_cache_argument(parser)


def run(args: argparse.Namespace) -> int:
    from ..deck import check_deck

    status = 0
    for path in args.decks:
        result = check_deck(path, check_quotes=not args.no_quotes, cache=args.cache)
        for problem in result.errors + ([] if args.quiet and not args.strict else result.warnings):
            print(problem, file=sys.stderr)
        if result.errors or (args.strict and result.warnings):
            status = 2
        elif not args.quiet:
            print(result.summary())
    return status
