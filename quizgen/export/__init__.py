"""Exporters: one module per format, each a pure ``render(ExportRequest) -> ExportResult``.

The `quizgen export` command does the I/O (loading, atomic writing, --force); an exporter only
turns questions into bytes, which keeps every format testable and deterministic.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from ..errors import UsageError
from ..model import Deck
from ..questions.model import Question

# format name -> module; a module that does not exist yet is simply not offered.
EXPORTERS: dict[str, str] = {
    "anki": "quizgen.export.anki",
    "worksheet": "quizgen.export.worksheet",
    "gift": "quizgen.export.gift",
    "moodle-xml": "quizgen.export.moodle_xml",
    "qti": "quizgen.export.qti",
    "kahoot": "quizgen.export.kahoot",
    "blooket": "quizgen.export.blooket",
    "quizlet": "quizgen.export.quizlet",
}


@dataclass(frozen=True)
class ExportRequest:
    """Everything an exporter may use. ``options`` holds the format's own CLI flags."""

    decks: tuple[Deck, ...]
    questions: tuple[Question, ...]
    output: Path
    seed: int = 0
    options: Mapping[str, Any] = field(default_factory=dict)


class Refusal(NamedTuple):
    """Why a format cannot hold a question, told twice: for this question, and for every one refused alike.

    ``reason`` carries this question's particulars ("question is 155 characters, Kahoot allows 120");
    ``summary`` leaves them out ("question over Kahoot's 120 characters") so that forty questions
    refused for one cause make one line of the export's report, not forty.
    """

    reason: str
    summary: str


@dataclass(frozen=True)
class Skipped:
    """A question left out of an export, and why (a format limit, an unsupported type).

    ``summary`` groups it with the questions left out alike (see :class:`Refusal`); empty when the
    reason names nothing particular to this question and so is its own summary.
    """

    question_id: str
    reason: str
    summary: str = ""

    @classmethod
    def because(cls, question_id: str, why: Refusal | str) -> Skipped:
        """A skipped question from a :class:`Refusal` or from a reason that is its own summary."""
        return cls(question_id, *why) if isinstance(why, Refusal) else cls(question_id, why)

    @property
    def group(self) -> str:
        return self.summary or self.reason


@dataclass(frozen=True)
class ExportResult:
    data: bytes
    skipped: tuple[Skipped, ...] = ()
    count: int = 0  # questions written


class Exporter(Protocol):
    NAME: str
    SUFFIXES: tuple[str, ...]  # accepted output suffixes, default first (".apkg")
    DESCRIPTION: str

    def render(self, request: ExportRequest) -> ExportResult: ...


def skip_report(skipped: Sequence[Skipped], *, verbose: bool = False) -> list[str]:
    """The lines that tell a user which questions an export left out: one per reason, most common first.

    Sixty "skipped ...: Kahoot has no typed-answer questions" lines hide the one that matters (a
    question too long for the tool), so by default each reason is counted once; ``verbose`` lists
    every question first as ``skipped <id>: <reason>``.
    """
    lines = [f"skipped {s.question_id}: {s.reason}" for s in skipped] if verbose else []
    hint = "" if verbose else " (--verbose lists each)"
    for group, n in Counter(s.group for s in skipped).most_common():
        lines.append(f"skipped {n} question{'' if n == 1 else 's'}: {group}{hint}")
    return lines


def available() -> list[str]:
    """Format names whose module is present, in the order `quizgen export --help` shows."""
    out = []
    for name, module in EXPORTERS.items():
        try:
            if importlib.util.find_spec(module) is not None:
                out.append(name)
        except ModuleNotFoundError:
            continue
    return out


def get_exporter(name: str) -> Exporter:
    if name not in EXPORTERS:
        raise UsageError(f"unknown export format '{name}' (choose from: {', '.join(available())})")
    try:
        module = importlib.import_module(EXPORTERS[name])
    except ModuleNotFoundError as exc:
        if exc.name == EXPORTERS[name]:
            raise UsageError(f"export format '{name}' is not available in this version") from None
        raise
    return module  # type: ignore[return-value]
