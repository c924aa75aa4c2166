"""DeckPickerScreen: every deck with its fact count and how many cards are new, due and learned."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Static

from ..widgets.keybar import KeyBar

if TYPE_CHECKING:
    from ..app import DeckEntry, QuizApp

COUNT_KEYS = ("facts", "new", "due", "learned")
WAITING = "…"  # not known yet: the deck is loading or its questions are being made
HINTS = ("No decks found: pass deck files or directories, e.g. quizgen quiz decks/",
         "New: never studied · Due: to review now · Learned: studied, not due yet")


class DeckTable(DataTable[Text]):
    """The deck list; Enter studies the highlighted deck."""

    BINDINGS = [
        Binding("enter", "select_cursor", "Study", id="study",
                tooltip="Study this deck: due cards first, then today's new ones"),
    ]


class DeckPickerScreen(Screen[None]):
    """The first screen: shows at once with the deck files; titles and counts fill in as they are known."""

    PALETTE = (("Study deck", "Study the highlighted deck", "study"),)

    def __init__(self, entries: list[DeckEntry]) -> None:
        super().__init__()
        self.entries = entries
        self._title_width = 0  # of the columns built (0: none yet)
        self._rows: list[tuple[Text, ...]] = []  # as shown, to update only the cells that change

    @property
    def quiz_app(self) -> QuizApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Static(Text.assemble(("quizgen", "bold"), "  choose a deck to study"), id="deck-heading")
        yield DeckTable(id="decks", cursor_type="row", zebra_stripes=True)
        yield Static(Text(HINTS[bool(self.entries)]), id="deck-hint")
        yield KeyBar()

    def on_mount(self) -> None:
        self.refresh_counts()
        self.query_one(DeckTable).focus()

    def on_resize(self) -> None:
        self.refresh_counts()

    def _fit_title(self) -> int:
        numbers = 4 * (7 + 2)  # four count columns and their padding
        width = self.size.width or self.app.size.width  # not laid out yet (on mount): the terminal's
        return max(16, min(70, width - 6 - numbers - 2))

    def on_screen_resume(self) -> None:
        self.refresh_counts()

    def _row(self, entry: DeckEntry, width: int) -> tuple[Text, ...]:
        title = Text(entry.title, no_wrap=True, overflow="ellipsis")
        title.truncate(width, overflow="ellipsis")
        if entry.error is not None:
            return title, Text("error", style="bold"), Text(""), Text(""), Text("")
        facts = Text(str(entry.facts) if entry.loaded else WAITING, justify="right")
        counts = self.quiz_app.counts(entry)
        if counts is None:
            return title, facts, *(Text(WAITING, justify="right") for _ in range(3))
        return (title, facts, Text(str(counts.new), justify="right"), Text(str(counts.due), justify="right"),
                Text(str(counts.learned + counts.learning), justify="right"))

    def refresh_counts(self) -> None:
        """Show every deck's title and counts; rebuilds the table only when the title column's width changes."""
        table = self.query_one(DeckTable)
        width = self._fit_title()
        rows = [self._row(entry, width) for entry in self.entries]
        if width != self._title_width or len(rows) != len(self._rows):
            row = table.cursor_row
            table.clear(columns=True)
            # Text, not str: a str label is parsed as markup, which loads rich's emoji table (~5 ms at start)
            table.add_column(Text("Deck"), key="title", width=width)
            for key in COUNT_KEYS:
                table.add_column(Text(key.capitalize(), justify="right"), key=key, width=7)
            for i, cells in enumerate(rows):
                table.add_row(*cells, key=str(i))
            if rows:
                table.move_cursor(row=min(max(row, 0), len(rows) - 1))
            self._title_width = width
        else:
            for i, (old, new) in enumerate(zip(self._rows, rows, strict=True)):
                for key, before, after in zip(("title", *COUNT_KEYS), old, new, strict=True):
                    if before != after:
                        table.update_cell(str(i), key, after)
        self._rows = rows

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_study()

    def action_study(self) -> None:
        table = self.query_one(DeckTable)
        if self.entries:
            self.quiz_app.start_quiz(self.entries[table.cursor_row])
