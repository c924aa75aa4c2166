"""Print the question set of one or more decks, as text or as the stable JSON (docs/questions-json.md).

Example: quizgen questions decks/putin-hanoi-2024.yaml --types mc,tf --seed 3
"""

from __future__ import annotations

import argparse
import json
import sys

HELP = "print the questions made from decks (text or JSON)"
JSON_FORMAT = "quizgen-questions"
JSON_VERSION = 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("decks", nargs="+", metavar="DECK", help="deck YAML files")
    add_selection_arguments(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default text)")


def add_selection_arguments(parser: argparse.ArgumentParser) -> None:
    """--seed and --types, shared by every command that makes questions."""
    parser.add_argument("--seed", type=int, default=0, help="changes question order and option positions (default 0)")
    parser.add_argument("--types", default=None, metavar="LIST",
                        help="comma-separated question types: mc, tf, typed, cloze (default all)")


def load_questions(args: argparse.Namespace) -> tuple[list, list]:
    """Decks and their questions from the command line's DECK, --seed and --types; errors are QuizgenErrors."""
    from ..deck import check_deck
    from ..errors import DeckError, UsageError
    from ..questions import generate_many, parse_types

    try:
        types = parse_types(args.types)
    except ValueError as exc:
        raise UsageError(f"--types: {exc}") from None
    decks, problems = [], []
    for path in args.decks:
        result = check_deck(path)
        problems += result.errors
        for w in result.warnings:
            print(w, file=sys.stderr)
        if result.deck is not None:
            decks.append(result.deck)
    if problems:
        raise DeckError(problems)
    return decks, generate_many(decks, seed=args.seed, types=types)


def run(args: argparse.Namespace) -> int:
    decks, questions = load_questions(args)
    if args.format == "json":
        doc = {
            "format": JSON_FORMAT,
            "version": JSON_VERSION,
            "seed": args.seed,
            "decks": [{"id": d.id, "title": d.title, "path": d.path} for d in decks],
            "questions": [q.to_dict() for q in questions],
        }
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        return 0
    from ..errors import printable

    def show(line: str = "") -> None:  # deck text never moves the cursor or recolours the terminal
        print(printable(line))

    for n, q in enumerate(questions, 1):
        show(f"{n}. [{q.type.value}] {q.prompt}")
        for i, option in enumerate(q.options):
            if q.type.value == "mc":
                show(f"   {'ABCD'[i]}) {option}")
        show(f"   answer: {q.answer}" + (f"  (also: {', '.join(q.aliases)})" if q.aliases else ""))
        show(f"   source: {q.source.title}" + (f", {q.source.published}" if q.source.published else ""))
        show(f"   \u201c{q.source.quote}\u201d")
        show(f"   id: {q.id}")
        show()
    print(f"{len(questions)} questions from {len(decks)} deck(s), seed {args.seed}", file=sys.stderr)
    return 0
