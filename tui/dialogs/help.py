"""HelpDialog: every key of the quiz, where it works, and where progress is kept.

The keys are read from the bindings themselves (``help_lines``), never copied by hand: a key that is
rebound shows as rebound, and a line about a binding that is gone fails when the help opens (the tests
open it). The README's key table is checked against these lines (tests/app_tui/test_help.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..keys import binding_keys, join_keys


class Line(NamedTuple):
    """One line of help: where the keys work, the keys as written ("↑ ↓ Enter"), what they do."""

    where: str
    keys: str
    what: str


class HelpDialog(ModalScreen[None]):
    """Keys by where they work; any of its own keys (Esc, ?, q, Enter, F1) closes it."""

    BINDINGS = [
        Binding("escape,question_mark,q,enter,f1", "dismiss", "Close", id="close-help", tooltip="Close help"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.lines = help_lines()  # what it shows (tests compare it with the README)

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold")
        table.add_column(style="bold")
        table.add_column()
        shown = ""
        for where, keys, what in self.lines:
            table.add_row(Text(where if where != shown else ""), Text(keys), Text(what))
            shown = where
        closing = binding_keys(self.BINDINGS, "close-help")
        with Vertical(id="help-box", classes="dialog"):
            yield Static(Text(f"Keys  ({', '.join(closing[:-1])} or {closing[-1]} closes this)"),
                         classes="dialog-title", id="help-title")
            with VerticalScroll(classes="dialog-body"):
                yield Static(table, id="help-keys")
            yield Static(Text("A right answer comes back after a longer and longer gap, one with a typo forgiven "
                              "a little sooner, a wrong one within minutes. Every answer is saved as you give "
                              "it, in progress.sqlite3 in your data dir ($QUIZGEN_HOME or --data-dir)."),
                         classes="dialog-hint")


def help_lines() -> list[Line]:
    """Every line of help, in order, the keys read from the bindings of the screens and widgets."""
    from ..app import QuizApp
    from ..screens.quiz import QuizScreen
    from ..screens.results import ResultsScreen
    from ..widgets.deck_list import DeckList
    from ..widgets.question_view import QuestionView
    from .error import ErrorDialog

    palette = [Binding(QuizApp.COMMAND_PALETTE_BINDING, "command_palette", id="command-palette")]
    spec: list[tuple[str, Sequence[BindingType], tuple[str, ...], str]] = [
        ("Deck list", DeckList.BINDINGS, ("deck-up", "deck-down", "deck-first", "deck-last", "deck-page-up",
                                          "deck-page-down"), "move through the decks"),
        ("Deck list", DeckList.BINDINGS, ("study",), "study the deck (or click it): due cards, then new ones"),
        ("Multiple choice", QuizScreen.BINDINGS, ("choose-1", "choose-2", "choose-3", "choose-4"),
         "answer with that option"),
        ("Multiple choice", QuestionView.BINDINGS, ("option-up", "option-down", "option-first", "option-last",
                                                    "option-pick"), "pick an option and answer with it"),
        ("True / false", QuizScreen.BINDINGS, ("answer-true", "answer-false"), "answer true or false"),
        ("Typed, cloze", QuizScreen.BINDINGS, ("submit-typed",),
         "type, then this: case, accents and spacing don't matter"),
        ("After answering", QuizScreen.BINDINGS, ("next-question",), "next question"),
        ("After answering", QuizScreen.BINDINGS, ("mark-easy",), "that was easy: see it later (quick, exact "
                                                                 "typed answers)"),
        ("Question", QuizScreen.BINDINGS, ("leave-quiz",), "back to the decks (answers given are saved)"),
        ("Results", ResultsScreen.BINDINGS, ("review-missed",), "review the questions you missed"),
        ("Results", ResultsScreen.BINDINGS, ("back-to-decks",), "back to the decks"),
        ("Help", HelpDialog.BINDINGS, ("close-help",), "close this help"),
        ("Error message", ErrorDialog.BINDINGS, ("close-error",), "close it"),
        # While an answer is being typed, q and ? are letters of it: F1 and Ctrl+C work there too.
        ("Except while typing", QuizApp.BINDINGS, ("help",), "this help"),
        ("Except while typing", QuizApp.BINDINGS, ("quit",), "quit (every answer given is saved)"),
        ("Anywhere", QuizApp.BINDINGS, ("help-f1",), "this help, even while typing"),
        ("Anywhere", palette, ("command-palette",), "command palette"),
        ("Anywhere", QuizApp.BINDINGS, ("quit-now",), "quit, even while typing (every answer given is saved)"),
    ]
    return [Line(where, join_keys(binding_keys(bindings, *ids)), what) for where, bindings, ids, what in spec]
