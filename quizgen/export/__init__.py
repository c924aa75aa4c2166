"""Exporters: one module per format, each a pure ``render(ExportRequest) -> ExportResult``.

The `quizgen export` command does the I/O (loading, atomic writing, --force); an exporter only
turns questions into bytes, which keeps every format testable and deterministic.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

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


@dataclass(frozen=True)
class Skipped:
    """A question left out of an export, and why (a format limit, an unsupported type)."""

    question_id: str
    reason: str


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
