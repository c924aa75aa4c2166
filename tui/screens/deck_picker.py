"""DeckPickerScreen: every deck with its fact count and how many cards are new, due and learned."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

if TYPE_CHECKING:
    from ..app import DeckEntry, QuizApp


class DeckTable(DataTable[Text]):
    """The deck list; Enter studies the highlighted deck."""

    BINDINGS = [
        Binding("enter", "select_cursor", "Study", id="study",
                tooltip="Study this deck: due cards first, then today's new ones"),
    ]


class DeckPickerScreen(Screen[None]):
    """The first screen."""

    PALETTE = (("Study deck", "Study the highlighted deck", "study"),)

    def __init__(self, entries: list[DeckEntry]) -> None:
        super().__init__()
        self.entries = entries

    @property
    def quiz_app(self) -> QuizApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Static(Text.assemble(("quizgen", "bold"), "  choose a deck to study"), id="deck-heading")
        yield DeckTable(id="decks", cursor_type="row", zebra_stripes=True)
        yield Static(id="deck-hint")
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_counts()
        self.query_one(DeckTable).focus()

    def on_resize(self) -> None:
        self.refresh_counts()

    def _title_width(self) -> int:
        numbers = 4 * (7 + 2)  # four count columns and their padding
        return max(16, min(70, self.size.width - 6 - numbers - 2))

    def on_screen_resume(self) -> None:
        self.refresh_counts()

    def refresh_counts(self) -> None:
        table = self.query_one(DeckTable)
        row = table.cursor_row
        table.clear(columns=True)
        width = self._title_width()
        table.add_column("Deck", key="title", width=width)
        for key in ("facts", "new", "due", "learned"):
            table.add_column(Text(key.capitalize(), justify="right"), key=key, width=7)
        for i, entry in enumerate(self.entries):
            counts = self.quiz_app.counts(entry)
            title = Text(entry.title, no_wrap=True, overflow="ellipsis")
            title.truncate(width, overflow="ellipsis")
            if entry.error is not None:
                cells = [title, Text("error", style="bold"), Text(""), Text(""), Text("")]
            elif counts is None:
                cells = [title, Text(str(entry.facts), justify="right"),
                         *(Text("…", justify="right") for _ in range(3))]
            else:
                cells = [title, Text(str(entry.facts), justify="right"),
                         Text(str(counts.new), justify="right"), Text(str(counts.due), justify="right"),
                         Text(str(counts.learned + counts.learning), justify="right")]
            table.add_row(*cells, key=str(i))
        if self.entries:
            table.move_cursor(row=min(max(row, 0), len(self.entries) - 1))
        hint = ("No decks found: pass deck files or directories, e.g. quizgen quiz decks/" if not self.entries
                else "New: never studied · Due: to review now · Learned: studied, not due yet")
        self.query_one("#deck-hint", Static).update(Text(hint))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_study()

    def action_study(self) -> None:
        table = self.query_one(DeckTable)
        if self.entries:
            self.quiz_app.start_quiz(self.entries[table.cursor_row])
