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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizgen",
        description="Turn news articles into study material (decks, quizzes, Anki, classroom files).",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"quizgen.commands.{name}")
        except ModuleNotFoundError:
            continue  # a command still being built is simply not offered
        cmd = sub.add_parser(name, help=module.HELP, description=module.__doc__)
        module.add_arguments(cmd)
        cmd.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
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
