"""The app's screens: pick a deck, answer questions, see results (imported on first use: fast start)."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .deck_picker import DeckPickerScreen
    from .quiz import QuizScreen
    from .results import ResultsScreen

_WHERE = {"DeckPickerScreen": "deck_picker", "QuizScreen": "quiz", "ResultsScreen": "results"}
__all__ = ["DeckPickerScreen", "QuizScreen", "ResultsScreen"]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(f".{_WHERE[name]}", __name__), name)
    raise AttributeError(name)
