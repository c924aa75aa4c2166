"""HelpDialog: every key of the quiz, and where progress is kept."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS = (
    ("Deck list", "↑ ↓", "choose a deck"),
    ("", "Enter", "study it: due cards first, then new ones"),
    ("Multiple choice", "1 2 3 4", "answer"),
    ("", "↑ ↓ Enter", "pick an option and answer"),
    ("True / false", "t  f", "answer true or false"),
    ("Typed, cloze", "type, Enter", "answer (case, accents and spacing don't matter)"),
    ("After answering", "Enter", "next question"),
    ("", "e", "that was easy (quick, exact typed answers)"),
    ("Results", "r", "review the questions you missed"),
    ("", "d  Esc", "back to the decks"),
    ("Anywhere", "?  F1", "this help"),
    ("", "Ctrl+P", "command palette"),
    ("", "q  Ctrl+C", "quit (every answer is already saved)"),
)


class HelpDialog(ModalScreen[None]):
    """Keys by screen; any of Esc, ?, q or Enter closes it."""

    BINDINGS = [
        Binding("escape,question_mark,q,enter,f1", "dismiss", "Close", id="close-help", tooltip="Close help"),
    ]

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold")
        table.add_column(style="bold")
        table.add_column()
        for where, key, what in KEYS:
            table.add_row(Text(where), Text(key), Text(what))
        with Vertical(id="help-box", classes="dialog"):
            yield Static(Text("Keys"), classes="dialog-title")
            with VerticalScroll(classes="dialog-body"):
                yield Static(table, id="help-keys")
            yield Static(Text("Grading: right = Good, typo forgiven = Hard, wrong = Again (FSRS). "
                              "Progress: progress.sqlite3 in your data dir, or $QUIZGEN_HOME."),
                         classes="dialog-hint")
