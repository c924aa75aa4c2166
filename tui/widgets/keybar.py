"""KeyBar: the key bar at the bottom of every screen, one line of text instead of Textual's Footer.

Textual's ``Footer`` is a container of one widget per key and rebuilds (recomposes) itself every time
the screen's bindings are refreshed, which in the quiz is on every answer and every question. The
key bar shows the same thing (the shown bindings of the focused chain, one per action, disabled ones
dimmed, the command palette key on the right, a tooltip per key, click to press) as one line that
is repainted, never laid out again, and only when what it shows has changed.
"""

from __future__ import annotations

from typing import NamedTuple

from textual import events
from textual.content import Content
from textual.screen import Screen
from textual.style import Style
from textual.widget import Widget

DIM = Style(dim=True)


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
        self._spans: list[tuple[int, int, Key]] = []
        self._hover: Key | None = None

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
            self.keys, self.palette = tuple(keys), palette
            self.refresh()

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
        parts: list[Content] = []
        spans: list[tuple[int, int, Key]] = []
        x = 0
        for key in self.keys:
            part = self._styled(key, styles)
            parts.append(part)
            spans.append((x, x + part.cell_length, key))
            x += part.cell_length
        left = Content("").join(parts)
        room = max(0, width - right.cell_length)
        left = left.truncate(room, pad=True)
        if self.palette is not None and right.cell_length <= width:
            spans.append((room + 1, width, self.palette))
            left = left + right
        self._spans = [s for s in spans if s[0] < width]
        return left

    def key_at(self, x: int) -> Key | None:
        return next((key for start, end, key in self._spans if start <= x < end), None)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        key = self.key_at(event.x)
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
        key = self.key_at(event.x)
        if key is None:
            return
        event.stop()
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()
