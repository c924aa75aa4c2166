"""The app's screens: pick a deck, answer questions, see results."""

from .deck_picker import DeckPickerScreen
from .quiz import QuizScreen
from .results import ResultsScreen

__all__ = ["DeckPickerScreen", "QuizScreen", "ResultsScreen"]
