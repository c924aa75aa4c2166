"""quizgen: news articles → fact decks → honest questions, quizzes, Anki decks and classroom files.

The core library never imports Textual (the terminal app lives in ``tui``).
"""

from .deck import CheckResult, check_deck, dump_deck, load_deck
from .errors import DeckError, Problem, QuizgenError
from .model import Agreement, Citation, DateFact, Deck, Fact, FactKind, Figure, Leader, Source

__version__ = "0.1.0"

__all__ = [
    "Agreement", "CheckResult", "Citation", "DateFact", "Deck", "DeckError", "Fact", "FactKind", "Figure",
    "Leader", "Problem", "QuizgenError", "Source", "check_deck", "dump_deck", "load_deck", "__version__",
]
