"""The headless `quizgen` commands and their dispatcher; each command lives in quizgen/commands/<name>.py.

The installed `quizgen` command, which the terminal app's package provides, is these commands plus
`quiz` (the core never imports the app). A command module imports only argparse (and light
core modules) at module level so that a command starts fast; its work and heavy imports happen in
its ``run``. ``python -m quizgen`` runs the headless commands alone.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Mapping, Sequence

from .errors import QuizgenError, printable

# Command name -> its module; the order is the order `quizgen --help` lists them in.
COMMANDS: Mapping[str, str] = {name: f"quizgen.commands.{name}"
                               for name in ("check", "questions", "extract", "export", "stats")}


def build_parser(only: str | None = None, commands: Mapping[str, str] = COMMANDS) -> argparse.ArgumentParser:
    """The parser; with ``only``, just that command's (its module is the only one imported)."""
    parser = argparse.ArgumentParser(
        prog="quizgen",
        description="Turn news articles into study material (decks, quizzes, Anki, classroom files).",
        formatter_class=HelpFormatter,
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in (only,) if only is not None and only in commands else commands:
        try:
            module = importlib.import_module(commands[name])
        except ModuleNotFoundError as exc:
            if exc.name != commands[name]:
                raise
            continue  # a command not in this build is simply not offered
        cmd = sub.add_parser(name, help=module.HELP, description=module.__doc__, formatter_class=HelpFormatter)
        module.add_arguments(cmd)
        cmd.set_defaults(_run=module.run)
    return parser


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``, as argparse asks it, without importing shutil (which imports
    zlib, bz2 and lzma: about 6 ms, 2% of a short `quizgen extract`)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, the same width, without shutil: argparse makes a formatter for every argument
    it adds (to check the metavar), not only when help is printed."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position,
                         _terminal_columns() - 2 if width is None else width)


class RawDescriptionHelpFormatter(HelpFormatter, argparse.RawDescriptionHelpFormatter):
    """argparse.RawDescriptionHelpFormatter without shutil (see HelpFormatter)."""


class _VersionAction(argparse._VersionAction):
    """argparse's --version, with the version looked up only when --version is given: the look-up
    (importlib.metadata) costs about a third of a warm `quizgen check`."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: str | Sequence[object] | None, option_string: str | None = None) -> None:
        self.version = f"quizgen {_version()}"
        super().__call__(parser, namespace, values, option_string)


def _version() -> str:
    """The installed distribution's version (pyproject.toml is its one source)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("quizgen")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown (not installed)"


def main(argv: Sequence[str] | None = None, commands: Mapping[str, str] = COMMANDS) -> int:
    as_program = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    # A command starts faster when only its own module is imported.
    parser = build_parser(argv[0] if argv and argv[0] in commands else None, commands)
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
    finally:
        if as_program:
            # The process ends next: the collection at interpreter shutdown would traverse every object
            # the command made (a 10,000-fact deck: about 30 ms of a 150 ms warm `quizgen check`).
            # Frozen objects are still freed at exit; only that last traversal is spared.
            gc.freeze()


if __name__ == "__main__":
    sys.exit(main())
