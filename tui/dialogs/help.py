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

    HINT = ("A right answer comes back after a longer and longer gap, one with a typo forgiven a little sooner, "
            "a wrong one within minutes. Every answer is saved as you give it, in progress.sqlite3 in your data "
            "dir ($QUIZGEN_HOME or --data-dir).")

    def __init__(self, lines: Sequence[Line] | None = None, *, hint: str | None = None) -> None:
        """The quiz's keys (``help_lines``), or ``lines`` (the review's: ``review_help_lines``)."""
        super().__init__()
        self.lines = list(help_lines() if lines is None else lines)  # what it shows (tests compare it with the README)
        self.hint = hint or self.HINT

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
            yield Static(Text(self.hint), classes="dialog-hint")


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


def review_help_lines() -> list[Line]:
    """The keys of `quizgen review`, read from the review screen's bindings (the README's review table
    is checked against these lines too)."""
    from ..review_app import ReviewApp
    from ..screens.review import ReviewScreen
    from ..widgets.review_panes import ArticlePane, FactList
    from .review import AddFactDialog, ConfirmQuitDialog, EditFieldDialog

    palette = [Binding(ReviewApp.COMMAND_PALETTE_BINDING, "command_palette", id="command-palette")]
    spec: list[tuple[str, Sequence[BindingType], tuple[str, ...], str]] = [
        ("Facts", FactList.BINDINGS, ("fact-up", "fact-down", "fact-first", "fact-last", "fact-page-up",
                                      "fact-page-down"), "move through the facts"),
        ("Facts", ReviewScreen.BINDINGS, ("review-accept",), "accept: clear the review mark, go to the next fact"),
        ("Facts", ReviewScreen.BINDINGS, ("review-reject",), "reject: remove the fact from the deck"),
        ("Facts", ReviewScreen.BINDINGS, ("review-edit",), "edit a field (checked as you type)"),
        ("Facts", FactList.BINDINGS, ("fact-select",), "edit a field (or click the fact)"),
        ("Facts", ReviewScreen.BINDINGS, ("review-next-marked",), "the next fact still marked for review"),
        ("Facts", ReviewScreen.BINDINGS, ("review-jump",), "to the fact's sentence in the article"),
        ("Article", ArticlePane.BINDINGS, ("sentence-up", "sentence-down", "sentence-first", "sentence-last",
                                           "sentence-page-up", "sentence-page-down"), "move through the sentences"),
        ("Article", ReviewScreen.BINDINGS, ("review-new",), "add a fact from this sentence (pre-filled)"),
        ("Article", ArticlePane.BINDINGS, ("sentence-select",), "to the fact that quotes this sentence"),
        ("Article", ReviewScreen.BINDINGS, ("review-jump",), "to the fact that quotes this sentence"),
        ("Both panes", ReviewScreen.BINDINGS, ("review-pane",), "the other pane"),
        ("Both panes", ReviewScreen.BINDINGS, ("review-undo",), "undo the last change"),
        ("Both panes", ReviewScreen.BINDINGS, ("review-save",), "save the deck (atomically)"),
        ("Editing a field", EditFieldDialog.BINDINGS, ("edit-cancel",), "cancel (Enter keeps a valid value)"),
        ("Adding a fact", AddFactDialog.BINDINGS, ("add-fact",), "add it (or Enter in a field)"),
        ("Adding a fact", AddFactDialog.BINDINGS, ("add-cancel",), "cancel"),
        ("Unsaved changes", ConfirmQuitDialog.BINDINGS, ("quit-save",), "save, then quit"),
        ("Unsaved changes", ConfirmQuitDialog.BINDINGS, ("quit-discard",), "quit without saving"),
        ("Unsaved changes", ConfirmQuitDialog.BINDINGS, ("quit-cancel",), "back to the review"),
        ("Help", HelpDialog.BINDINGS, ("close-help",), "close this help"),
        ("Except while typing", ReviewApp.BINDINGS, ("help",), "this help"),
        ("Except while typing", ReviewApp.BINDINGS, ("quit",), "quit (asks first if changes are unsaved)"),
        ("Anywhere", ReviewApp.BINDINGS, ("help-f1",), "this help, even while typing"),
        ("Anywhere", palette, ("command-palette",), "command palette"),
        ("Anywhere", ReviewApp.BINDINGS, ("quit-now",), "quit (asks first if changes are unsaved)"),
    ]
    return [Line(where, join_keys(binding_keys(bindings, *ids)), what) for where, bindings, ids, what in spec]
