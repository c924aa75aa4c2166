"""Print the question set of one or more decks, as text or as the stable JSON (docs/questions-json.md).

The set is the best questions first (their fact's importance in the story times how good the way
of asking is), one per fact (two for an agreement); --count all prints the whole pool, --rejected what the quality
gate dropped and why.

Example: quizgen questions decks/putin-hanoi-2024.yaml --count 12 --types mc,tf --seed 3
"""

from __future__ import annotations

import argparse
import json
import sys

from . import add_cache_argument

HELP = "print the questions made from decks (text or JSON)"
JSON_FORMAT = "quizgen-questions"
JSON_VERSION = 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("decks", nargs="+", metavar="DECK", help="deck YAML files")
    add_selection_arguments(parser)
    add_count_argument(parser, "12")
    parser.add_argument("--rejected", action="store_true",
                        help="list the questions the quality gate dropped, each with its reason, instead")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default text)")


def add_count_argument(parser: argparse.ArgumentParser, default: str) -> None:
    """--count N|all: how many questions, best first, one per fact, two for an agreement (all: the whole pool)."""
    parser.add_argument("--count", default=default, metavar="N",
                        help=f"how many questions, best first, one per fact (two for an agreement); "
                             f"'all' for the whole pool (default {default})")


def select(decks: list, questions: list, count_text: str) -> tuple[list, list]:
    """The ranked set (``Ranked`` items) and the gate's rejections, for --count N|all."""
    from ..errors import UsageError
    from ..questions.selection import gate, parse_count, pick, rank

    try:
        count = parse_count(count_text)
    except ValueError as exc:
        raise UsageError(f"--count: {exc}") from None
    kept, rejected = gate(questions, decks)
    by_deck: dict[str, list] = {d.id: [] for d in decks}
    for q in kept:
        by_deck[q.deck_id].append(q)
    ranked = rank((d, by_deck[d.id]) for d in decks)
    return pick(ranked, count), rejected


def add_selection_arguments(parser: argparse.ArgumentParser) -> None:
    """--seed, --types and --no-cache, shared by every command that makes questions."""
    parser.add_argument("--seed", type=int, default=0, help="changes question order and option positions (default 0)")
    parser.add_argument("--types", default=None, metavar="LIST",
                        help="comma-separated question types: mc, tf, typed, cloze (default all)")
    add_cache_argument(parser)


def load_decks(args: argparse.Namespace) -> tuple[list, tuple]:
    """The decks of the command line's DECK (their warnings on stderr) and the --types wanted, without making
    their questions yet; errors are QuizgenErrors."""
    from ..deck import check_deck
    from ..errors import DeckError, UsageError
    from ..questions import parse_types

    try:
        types = parse_types(args.types)
    except ValueError as exc:
        raise UsageError(f"--types: {exc}") from None
    decks, problems = [], []
    for path in args.decks:
        result = check_deck(path, cache=getattr(args, "cache", True))
        problems += result.errors
        for w in result.warnings:
            print(w, file=sys.stderr)
        if result.deck is not None:
            decks.append(result.deck)
    if problems:
        raise DeckError(problems)
    return decks, types


def load_questions(args: argparse.Namespace) -> tuple[list, list]:
    """Decks and their questions from the command line's DECK, --seed and --types; errors are QuizgenErrors."""
    from ..questions import generate_many

    decks, types = load_decks(args)
    return decks, generate_many(decks, seed=args.seed, types=types)


def run(args: argparse.Namespace) -> int:
    decks, pool = load_questions(args)
    chosen, rejected = select(decks, pool, args.count)
    if args.format == "json":
        doc = {
            "format": JSON_FORMAT,
            "version": JSON_VERSION,
            "seed": args.seed,
            "count": len(chosen),
            "decks": [{"id": d.id, "title": d.title, "path": d.path} for d in decks],
            "questions": [{**r.question.to_dict(), "rank": n, "score": r.score,
                           "importance": r.importance.to_dict()} for n, r in enumerate(chosen, 1)],
            "rejected": [{"id": x.question.id, "prompt": x.question.prompt, "reason": x.reason} for x in rejected],
        }
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        return 0
    from ..errors import printable

    def show(line: str = "") -> None:  # deck text never moves the cursor or recolours the terminal
        print(printable(line))

    if args.rejected:
        for x in rejected:
            show(f"{x.question.id}: {x.reason}")
            show(f"   {x.question.prompt}")
        print(f"{len(rejected)} of {len(pool)} questions rejected by the quality gate", file=sys.stderr)
        return 0
    questions = [r.question for r in chosen]
    for n, q in enumerate(questions, 1):
        show(f"{n}. [{q.type.value}] {q.prompt}")
        for i, option in enumerate(q.options):
            if q.type.value == "mc":
                show(f"   {'ABCD'[i]}) {option}")
        if q.type.value in ("order", "match"):  # quizgen/questions/forms.py: people lettered, options numbered
            from ..questions.forms import LETTERS, shown_sequence

            for i, item in enumerate(q.items):
                show(f"   {LETTERS[i]}) {item}")
            for i, option in enumerate(q.options, 1):
                show(f"   {i}) {option}")
            show(f"   answer: {shown_sequence(q, q.key)}: {q.answer}")
        else:
            show(f"   answer: {q.answer}" + (f"  (also: {', '.join(q.aliases)})" if q.aliases else ""))
        show(f"   source: {q.source.title}" + (f", {q.source.published}" if q.source.published else ""))
        show(f"   \u201c{q.source.quote}\u201d")
        show(f"   id: {q.id}")
        show()
    print(f"{len(questions)} of {len(pool) - len(rejected)} questions (best first; --count all for every one, "
          f"--rejected for the {len(rejected)} dropped) from {len(decks)} deck(s), seed {args.seed}",
          file=sys.stderr)
    return 0
