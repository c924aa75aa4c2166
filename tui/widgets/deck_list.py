"""DeckList: the deck screen's table (title, facts, then the progress states) drawn as one piece of text.

Not Textual's ``DataTable``: that is a large widget (its import and first layout were about a tenth
of the quiz's cold start) for what is here a header and a handful of rows. This one keeps a
highlighted row (↑ ↓ Home End, a click), scrolls its rows itself when there are more than fit, and
says which deck was picked with ``Selected``.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widget import Widget

from quizgen.commands.stats import STATES

# The progress columns are `quizgen stats`'s states, in its words and order (one vocabulary for both).
COLUMNS = ("Deck", "Facts", *(state.word for state in STATES))
NUMBER_WIDTH = 9  # a count column: up to eight characters ("Learning", or digits) and a space
TITLE_MIN, TITLE_MAX = 16, 70

Row = tuple[str, ...]  # as shown: title, facts, then one count per progress state


class DeckList(Widget, can_focus=True):
    """A header line and one line per deck; Enter (or a click) picks the highlighted deck."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"deck-list--header", "deck-list--cursor", "deck-list--stripe"}
    BINDINGS = [
        Binding("enter", "select", "Study", id="study",
                tooltip="Study this deck: due cards first, then today's new ones"),
        Binding("up", "move(-1)", "Up", show=False, id="deck-up", tooltip="Previous deck"),
        Binding("down", "move(1)", "Down", show=False, id="deck-down", tooltip="Next deck"),
        Binding("home", "move(-9999)", "First", show=False, id="deck-first", tooltip="First deck"),
        Binding("end", "move(9999)", "Last", show=False, id="deck-last", tooltip="Last deck"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="deck-page-up", tooltip="A page of decks up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="deck-page-down",
                tooltip="A page of decks down"),
    ]

    class Selected(Message):
        """The deck at ``index`` was picked."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[Row] = []
        self.cursor = 0
        self._top = 0  # first row shown, when there are more rows than lines

    def set_rows(self, rows: Sequence[Row]) -> None:
        """New rows; repainted only if something shown changed, laid out only if their number did."""
        rows = [tuple(r) for r in rows]  # type: ignore[misc]
        if rows == self.rows:
            return
        layout = len(rows) != len(self.rows)
        self.rows = rows  # type: ignore[assignment]
        self.cursor = min(self.cursor, max(0, len(self.rows) - 1))
        self.refresh(layout=layout)

    def row_text(self, index: int) -> list[str]:
        """The cells of row ``index`` as shown (tests read it)."""
        return list(self.rows[index])

    def get_content_height(self, container, viewport, width: int) -> int:  # type: ignore[no-untyped-def]
        return 1 + len(self.rows)

    def _title_width(self) -> int:
        return max(TITLE_MIN, min(TITLE_MAX, self.content_size.width - (len(COLUMNS) - 1) * NUMBER_WIDTH))

    def _line(self, cells: Sequence[str], title_width: int) -> Content:
        title = Content(" " + cells[0]).truncate(title_width, ellipsis=True, pad=True)
        numbers = "".join(f"{cell:>{NUMBER_WIDTH - 1}} " for cell in cells[1:])
        return title + Content(numbers)

    def _visible_rows(self) -> int:
        return max(1, self.content_size.height - 1)

    def _keep_cursor_visible(self) -> None:
        shown = self._visible_rows()
        if self.cursor < self._top:
            self._top = self.cursor
        elif self.cursor >= self._top + shown:
            self._top = self.cursor - shown + 1
        self._top = max(0, min(self._top, max(0, len(self.rows) - shown)))

    def render(self) -> Content:
        width = self._title_width()
        full = width + (len(COLUMNS) - 1) * NUMBER_WIDTH
        header = self._line(COLUMNS, width).stylize(self.get_visual_style("deck-list--header"))
        lines = [header]
        self._keep_cursor_visible()
        stripe = self.get_visual_style("deck-list--stripe")
        cursor = self.get_visual_style("deck-list--cursor")
        for i in range(self._top, min(len(self.rows), self._top + self._visible_rows())):
            line = self._line(self.rows[i], width)
            line = line + " " * max(0, full - line.cell_length)
            if i == self.cursor and self.has_focus:
                line = line.stylize(cursor)
            elif i % 2:
                line = line.stylize(stripe)
            lines.append(line)
        return Content("\n").join(lines)

    def _on_focus(self, event: events.Focus) -> None:
        self.refresh()  # the highlight shows only with the focus

    def _on_blur(self, event: events.Blur) -> None:
        self.refresh()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("select", "move", "page"):
            return bool(self.rows)
        return True

    def action_move(self, step: int) -> None:
        new = max(0, min(len(self.rows) - 1, self.cursor + step))
        if new != self.cursor:
            self.cursor = new
            self.refresh()

    def action_page(self, direction: int) -> None:
        self.action_move(direction * self._visible_rows())

    def action_select(self) -> None:
        if self.rows:
            self.post_message(self.Selected(self.cursor))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y < 1:
            return
        index = self._top + offset.y - 1
        if 0 <= index < len(self.rows):
            event.stop()
            self.cursor = index
            self.refresh()
            self.post_message(self.Selected(index))
