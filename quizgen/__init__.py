"""quizgen: news articles → fact decks → honest questions, quizzes, Anki decks and classroom files.

The core library never imports Textual (the terminal app lives in ``tui``). Names are loaded on
first use, so `import quizgen` (and the quiz's cold start) does not pay for YAML and the loader.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # as typing's, which mypy reads the same way; importing typing costs ~3 ms of start-up
if TYPE_CHECKING:
    from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "CheckResult": "deck", "check_deck": "deck", "dump_deck": "deck", "load_deck": "deck",
    "DeckError": "errors", "Problem": "errors", "QuizgenError": "errors",
    "Agreement": "model", "Citation": "model", "DateFact": "model", "Deck": "model", "Fact": "model",
    "FactKind": "model", "Figure": "model", "Leader": "model", "Source": "model",
}

__all__ = [*_EXPORTS, "__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'quizgen' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"quizgen.{module}"), name)
    globals()[name] = value
    return value
