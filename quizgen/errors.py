"""Errors a user can act on: each says where (path:line) and what, never a traceback."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

DECK_FORMAT_DOC = "docs/deck-format.md"

# Line breaks, control characters (ESC starts a terminal escape sequence) and lone surrogates.
_UNPRINTABLE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` as one safe terminal line: a newline, ESC or NUL from a deck shows as ``\\n``, ``\\x1b``..."""
    return _UNPRINTABLE.sub(lambda m: repr(m[0])[1:-1], text)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one input, located so an editor can jump to it."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        if self.line:
            return printable(f"{self.path}:{self.line}: {self.message}")
        return printable(f"{self.path}: {self.message}")


class QuizgenError(Exception):
    """Base of every error quizgen reports to a user (CLI: exit 2; TUI: an error dialog)."""

    title = "quizgen error"

    def __init__(self, message: str, title: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if title is not None:
            self.title = title

    def lines(self) -> list[str]:
        """The lines to show the user, one problem each."""
        return [self.message]


class DeckError(QuizgenError):
    """A deck (or an article) that cannot be used, with every problem found in it at once."""

    title = "Deck error"

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def lines(self) -> list[str]:
        return [str(p) for p in self.problems]


class UsageError(QuizgenError):
    """A command-line request that cannot be carried out as asked (bad flag value, file exists)."""

    title = "Usage error"


class OutputExistsError(UsageError):
    """Refusing to replace a file the user made without an explicit --force."""

    def __init__(self, path: str) -> None:
        super().__init__(f"{path}: already exists; pass --force to replace it", "File exists")
        self.path = path
