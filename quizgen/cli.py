"""The `quizgen` command: a thin dispatcher; each command lives in quizgen/commands/<name>.py.

Command modules import only argparse at module level so that `quizgen quiz` starts fast; the
work (and its heavy imports) happens inside their ``run``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from .errors import QuizgenError, printable

# Order is the order `quizgen --help` lists them in.
COMMANDS = ("check", "questions", "extract", "export", "quiz", "stats")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``only``, just that command's (its module is the only one imported)."""
    parser = argparse.ArgumentParser(
        prog="quizgen",
        description="Turn news articles into study material (decks, quizzes, Anki, classroom files).",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in (only,) if only in COMMANDS else COMMANDS:
        try:
            module = importlib.import_module(f"quizgen.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"quizgen.commands.{name}":
                raise
            continue  # a command not in this build is simply not offered
        cmd = sub.add_parser(name, help=module.HELP, description=module.__doc__)
        module.add_arguments(cmd)
        cmd.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # `quizgen quiz` starts faster when only the quiz command's module is imported.
    parser = build_parser(argv[0] if argv and argv[0] in COMMANDS else None)
    args = parser.parse_args(argv)
    try:
        return int(args._run(args) or 0)
    except QuizgenError as exc:
        for line in exc.lines():
            print(printable(line), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
