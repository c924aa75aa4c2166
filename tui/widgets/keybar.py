"""KeyBar: the key bar at the bottom of every screen, one line of text instead of Textual's Footer.

Textual's ``Footer`` is a container of one widget per key and rebuilds (recomposes) itself every time
the screen's bindings are refreshed, which in the quiz is on every answer and every question. The
key bar shows the same thing (the shown bindings of the focused chain, one per action, disabled ones
dimmed, the command palette key on the right, a tooltip per key, click to press) as one line that
is repainted, never laid out again, and only when what it shows has changed. When the keys do not fit
the width (the review screen at 80 columns), they go on over a second line rather than being cut off:
the bar is laid out again only when its number of lines changes.
"""

from __future__ import annotations

from typing import NamedTuple

from rich.cells import cell_len
from textual import events
from textual.content import Content
from textual.screen import Screen
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget, _RenderCache

DIM = Style(dim=True)
MAX_LINES = 2  # as KeyBar's max-height in app.tcss
DRAWN_KEPT = 16  # sets of keys whose drawn lines are kept (a screen has a few: question, answered, typing)


class Key(NamedTuple):
    """One key as shown: what to press, its label, and whether it does anything now."""

    key: str
    display: str
    description: str
    action: str
    enabled: bool
    tooltip: str


class KeyBar(Widget):
    """The shown bindings of the screen, as text; updates itself when the screen's bindings change."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"keybar--key", "keybar--description", "keybar--hover"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.keys: tuple[Key, ...] = ()
        self.palette: Key | None = None
        self._spans: list[tuple[int, int, int, Key]] = []  # (line, first cell, end cell, key)
        self._hover: Key | None = None
        # lines drawn before, by what they show: the quiz goes back and forth between a few sets of keys
        self._drawn: dict[tuple[object, ...], tuple[list[Strip], list[tuple[int, int, int, Key]]]] = {}

    @property
    def shown_actions(self) -> set[str]:
        """The actions of the keys shown now (tests and the benchmark read it)."""
        return {k.action for k in self.keys}

    def on_mount(self) -> None:
        # immediate: the bar is right in the same frame as the change that made it (not one frame later)
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed, immediate=True)
        self.update_keys()

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        self.update_keys()

    def update_keys(self) -> None:
        """Read the screen's active bindings; repaint (no layout) only if what is shown changed."""
        app = self.app
        active = self.screen.active_bindings
        seen: set[str] = set()
        keys: list[Key] = []
        for _node, binding, enabled, tooltip in active.values():
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            keys.append(Key(binding.key, app.get_key_display(binding), binding.description, binding.action,
                            enabled, tooltip or binding.description))
        palette = None
        if app.ENABLE_COMMAND_PALETTE and (found := active.get(app.COMMAND_PALETTE_BINDING)) is not None:
            _node, binding, enabled, tooltip = found
            palette = Key(binding.key, app.get_key_display(binding), binding.description, binding.action, enabled,
                          binding.tooltip or binding.description)
        if tuple(keys) != self.keys or palette != self.palette:
            lines = self._line_count(self.size.width)
            self.keys, self.palette = tuple(keys), palette
            self.refresh(layout=self._line_count(self.size.width) != lines)  # laid out only for a new height

    def _widths(self) -> tuple[list[int], int]:
        """Cells of each key as drawn (" k Label "), and of the palette key on the right ("▏^p palette ")."""
        widths = [cell_len(key.display) + cell_len(key.description) + 3 for key in self.keys]
        right = cell_len(self.palette.display) + cell_len(self.palette.description) + 3 if self.palette else 0
        return widths, right

    def _rows(self, width: int) -> list[list[int]]:
        """Which keys go on which line: as many as fit beside the palette key on the first, the rest after."""
        widths, right = self._widths()
        rows: list[list[int]] = [[]]
        room = max(0, width - right) if right <= width else width
        used = 0
        for i, cells in enumerate(widths):
            if used + cells > room and rows[-1] and len(rows) < MAX_LINES:
                rows.append([])
                room, used = width, 0
            rows[-1].append(i)
            used += cells
        return rows

    def _line_count(self, width: int) -> int:
        return len(self._rows(width)) if width > 0 else 1

    def get_content_height(self, container, viewport, width: int) -> int:  # type: ignore[no-untyped-def]
        return self._line_count(width)

    def _styled(self, key: Key, styles: tuple[Style, Style, Style], pad: str = " ") -> Content:
        key_style, text_style, hover = styles
        if key is self._hover:
            key_style, text_style = key_style + hover, text_style + hover
        if not key.enabled:
            key_style, text_style = key_style + DIM, text_style + DIM
        return Content.assemble((f"{pad}{key.display} ", key_style), (f"{key.description} ", text_style))

    def render(self) -> Content:
        """Textual content (not Rich text, which Textual would convert on every repaint)."""
        width = self.size.width
        styles = (self.get_visual_style("keybar--key"), self.get_visual_style("keybar--description"),
                  self.get_visual_style("keybar--hover"))  # once per repaint, not per key: not cheap
        right = Content("")
        if self.palette is not None:
            right = Content("▏") + self._styled(self.palette, styles, pad="")  # as Textual's Footer draws it
        spans: list[tuple[int, int, int, Key]] = []
        lines: list[Content] = []
        for y, row in enumerate(self._rows(width)):
            parts: list[Content] = []
            x = 0
            for i in row:
                part = self._styled(self.keys[i], styles)
                parts.append(part)
                spans.append((y, x, x + part.cell_length, self.keys[i]))
                x += part.cell_length
            line = Content("").join(parts)
            if y == 0:
                room = max(0, width - right.cell_length)
                line = line.truncate(room, pad=True)
                if self.palette is not None and right.cell_length <= width:
                    spans.append((0, room + 1, width, self.palette))
                    line = line + right
            else:
                line = line.truncate(width, pad=True)
            lines.append(line)
        self._spans = [s for s in spans if s[1] < width]
        return Content("\n").join(lines)

    def _render_content(self) -> None:
        """Textual's (``render``, then its lines), unless these keys were drawn at this size before."""
        key = (self.keys, self.palette, self._hover, self.size, self.visual_style, self.app.theme)
        drawn = self._drawn.get(key)
        if drawn is None:
            super()._render_content()
            if len(self._drawn) >= DRAWN_KEPT:
                self._drawn.clear()
            self._drawn[key] = (self._render_cache.lines, self._spans)
            return
        lines, self._spans = drawn
        self._render_cache = _RenderCache(self.size, lines)
        self._dirty_regions.clear()

    def notify_style_update(self) -> None:
        self._drawn.clear()  # new styles: new colours
        super().notify_style_update()

    def key_at(self, x: int, y: int = 0) -> Key | None:
        return next((key for line, start, end, key in self._spans if line == y and start <= x < end), None)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        key = self.key_at(event.x, event.y)
        if key is not self._hover:
            self._hover = key
            self.tooltip = key.tooltip if key else None
            self.refresh()

    def on_leave(self, event: events.Leave) -> None:
        if self._hover is not None:
            self._hover = None
            self.tooltip = None
            self.refresh()

    def on_click(self, event: events.Click) -> None:
        key = self.key_at(event.x, event.y)
        if key is None:
            return
        event.stop()
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()
