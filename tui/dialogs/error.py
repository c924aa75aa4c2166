"""ErrorDialog: a QuizgenError shown as a modal, saying what went wrong and where."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from ..plain import plain


class ErrorDialog(ModalScreen[None]):
    """A title, the problem lines (plain text, never markup), and OK."""

    BINDINGS = [
        Binding("escape,enter", "dismiss", "Close", id="close-error", tooltip="Close this message"),
    ]

    HINT = "Fix the file and start again, or pick another deck."

    def __init__(self, title: str, text: str, *, hint: str | None = None) -> None:
        super().__init__()
        self.error_title = title
        self.error_text = text
        self.hint = hint or self.HINT

    def compose(self) -> ComposeResult:
        with Vertical(id="error-box", classes="dialog"):
            yield Static(Text(plain(self.error_title)), classes="dialog-title")
            with VerticalScroll(classes="dialog-body"):
                yield Static(Text(plain(self.error_text)), id="error-text")
            yield Static(Text(self.hint), classes="dialog-hint")
            yield Button("OK", variant="error", id="error-ok")

    def on_mount(self) -> None:
        self.query_one("#error-ok", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss()
