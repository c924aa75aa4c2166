"""DeckPickerScreen: every deck with its fact count and how many questions are new, learning, due and learned."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static

from quizgen.commands.stats import STATES, legend, state_counts

from ..plain import plain
from ..widgets.deck_list import DeckList, Row
from ..widgets.keybar import KeyBar

if TYPE_CHECKING:
    from ..app import DeckEntry

WAITING = "…"  # not known yet: the deck is loading or its questions are being made
HINTS = ("No decks found: pass deck files or directories, e.g. quizgen quiz decks/", legend())


class DeckPickerScreen(Screen[None]):
    """The first screen: shows at once with the deck files; titles and counts fill in as they are known.

    The app owns the entries and fills them in (``refresh_counts`` shows them again); picking a deck
    posts ``Study``.
    """

    PALETTE = (("Study deck", "Study the highlighted deck", "study"),)

    class Study(Message):
        """The student picked ``entry``: the app opens a session on it (or says why not)."""

        def __init__(self, entry: DeckEntry) -> None:
            super().__init__()
            self.entry = entry

    def __init__(self, entries: list[DeckEntry]) -> None:
        super().__init__()
        self.entries = entries

    def compose(self) -> ComposeResult:
        yield Static(Content.assemble(("quizgen", "bold"), "  choose a deck to study"), id="deck-heading")
        yield Static(Content(HINTS[bool(self.entries)]), id="deck-hint")
        yield DeckList(id="decks")  # the rest of the screen: rows past its height scroll
        yield KeyBar()

    def on_mount(self) -> None:
        self.refresh_counts()
        self.query_one(DeckList).focus()

    def _row(self, entry: DeckEntry) -> Row:
        """Title (as written: no markup, no escape sequences), facts, then the counts of `quizgen stats`."""
        title = plain(entry.title)
        if entry.error is not None:
            return title, "error", *("" for _ in STATES)
        facts = str(entry.facts) if entry.loaded else WAITING
        counts = entry.counts
        if counts is None:
            return title, facts, *(WAITING for _ in STATES)
        return title, facts, *map(str, state_counts(counts))

    def refresh_counts(self) -> None:
        """Every deck's title and counts; the list repaints only what changed."""
        self.query_one(DeckList).set_rows([self._row(entry) for entry in self.entries])

    def on_deck_list_selected(self, event: DeckList.Selected) -> None:
        event.stop()
        if 0 <= event.index < len(self.entries):
            self.post_message(self.Study(self.entries[event.index]))

    def action_study(self) -> None:
        """The command palette's "Study deck"."""
        self.query_one(DeckList).action_select()
