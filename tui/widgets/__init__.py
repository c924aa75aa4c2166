"""Widgets of the quiz (imported on first use: the deck screen needs only the key bar)."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .deck_list import DeckList
    from .feedback import FeedbackView
    from .keybar import KeyBar
    from .question_view import QuestionView

_WHERE = {"DeckList": "deck_list", "FeedbackView": "feedback", "KeyBar": "keybar", "QuestionView": "question_view"}
__all__ = ["DeckList", "FeedbackView", "KeyBar", "QuestionView"]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(f".{_WHERE[name]}", __name__), name)
    raise AttributeError(name)
