"""The review screen's dialogs: edit a field (checked as you type), add a fact from a sentence, and
quitting with unsaved changes. Deck and article text is shown as plain text, never markup, its control
characters as symbols (``tui.plain``)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, OptionList, Static
from textual.widgets.option_list import Option

from quizgen.deckedit import KINDS, DeckEditor, EditRefused, kind_fields, required_fields, show_value

from ..plain import plain, plain_text

CHECK_DELAY = 0.15  # seconds after the last key press before a value is checked


class ConfirmQuitDialog(ModalScreen[str]):
    """Unsaved changes: save and quit ("save"), quit without saving ("discard"), or stay ("cancel")."""

    BINDINGS = [
        Binding("s", "choose('save')", "Save and quit", id="quit-save", tooltip="Save the deck, then quit"),
        Binding("d", "choose('discard')", "Discard", id="quit-discard", tooltip="Quit without saving"),
        Binding("escape", "choose('cancel')", "Cancel", id="quit-cancel", tooltip="Go back to the review"),
    ]

    def __init__(self, changes: int) -> None:
        super().__init__()
        self.changes = changes

    def compose(self) -> ComposeResult:
        with Vertical(id="quit-box", classes="dialog"):
            yield Static(Text("Unsaved changes"), classes="dialog-title")
            yield Static(Text(f"{self.changes} change{'s' if self.changes != 1 else ''} to the deck "
                              f"{'are' if self.changes != 1 else 'is'} not saved yet."), id="quit-text")
            with Horizontal(id="quit-buttons"):
                yield Button("Save and quit (s)", variant="primary", id="quit-save")
                yield Button("Discard (d)", variant="error", id="quit-discard")
                yield Button("Cancel (Esc)", id="quit-cancel")

    def on_mount(self) -> None:
        self.query_one("#quit-cancel", Button).focus()

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss((event.button.id or "quit-cancel").removeprefix("quit-"))


class EditFieldDialog(ModalScreen[bool]):
    """Pick a field of one fact, type its new value: it is checked as you type (the same checks as
    `quizgen check`), and Enter takes it only when the deck stays valid. An empty value removes an
    optional field. Dismissed with True when the fact changed."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="edit-cancel", tooltip="Close without changing the fact"),
    ]

    def __init__(self, editor: DeckEditor, index: int, field: str | None = None) -> None:
        super().__init__()
        self.editor = editor
        self.index = index
        self.fact = editor.facts[index]
        self.raw = editor.raw_fact(index)
        self.fields = ["id", *kind_fields(self.fact.kind)]
        self.field = field
        self.problems: list[str] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="edit-box", classes="dialog"):
            yield Static(Text(plain(f"Edit {self.fact.kind} '{self.fact.id}'")), classes="dialog-title")
            yield OptionList(*[Option(self._label(k), id=k) for k in self.fields], id="edit-fields", markup=False)
            yield Static(Text("Pick a field (Enter), then type its value."), id="edit-label")
            yield Input(id="edit-input", select_on_focus=False, disabled=True)
            with VerticalScroll(id="edit-errors-box"):
                yield Static(id="edit-errors")
            yield Static(Text("Enter: keep it (only if the deck stays valid) · empty: remove the field · "
                              "lists: a, b, c · Esc: cancel"), classes="dialog-hint")

    def _label(self, key: str) -> Text:
        value = self.raw.get(key)
        text = Text(f"{key}: ", style="bold")
        text.append(show_value(value) if value is not None else "(empty)",
                    style="" if value is not None else "dim")
        if key in required_fields(self.fact.kind) or key == "id":
            text.append("  required", style="dim")
        return plain_text(text)

    def on_mount(self) -> None:
        fields = self.query_one("#edit-fields", OptionList)
        if self.field in self.fields:
            self.pick(self.field)  # type: ignore[arg-type]
        else:
            fields.highlighted = self.fields.index("review") if self.fact.review else 1
            fields.focus()

    @on(OptionList.OptionSelected, "#edit-fields")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.pick(event.option.id)

    def pick(self, key: str) -> None:
        self.field = key
        self.query_one("#edit-fields", OptionList).highlighted = self.fields.index(key)
        self.query_one("#edit-label", Static).update(Text(f"New value of '{key}':"))
        box = self.query_one("#edit-input", Input)
        box.disabled = False
        box.value = plain(show_value(self.raw.get(key)))  # an ESC in the deck shows (and is saved) as ␛
        box.cursor_position = len(box.value)
        box.focus()
        self.show_problems([])

    @on(Input.Changed, "#edit-input")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.set_timer(CHECK_DELAY, lambda value=event.value: self.check(value), name="check")

    def check(self, value: str) -> None:
        """Show at once what `quizgen check` would say of the deck with this value (nothing if it is fine)."""
        if self.field is None or not self.is_mounted or self.query_one("#edit-input", Input).value != value:
            return
        try:
            self.editor.check_field(self.index, self.field, value)
        except EditRefused as exc:
            self.show_problems(exc.problems)
        else:
            self.show_problems([])

    def show_problems(self, problems: list[str]) -> None:
        self.problems = problems
        errors = self.query_one("#edit-errors", Static)
        errors.update(Text(plain("\n".join(problems)), style="bold red") if problems else Text(""))
        self.query_one("#edit-errors-box").display = bool(problems)

    @on(Input.Submitted, "#edit-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.field is None:
            return
        try:
            self.editor.set_field(self.index, self.field, event.value)
        except EditRefused as exc:
            self.show_problems(exc.problems)  # nothing changed: fix the value or press Esc
            return
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)


class AddFactDialog(ModalScreen[int | None]):
    """A missed fact from one sentence: pick its kind (the extractor's proposals are marked), check the
    fields it pre-fills, Enter adds it (quoting the sentence verbatim) if the deck stays valid."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="add-cancel", tooltip="Close without adding a fact"),
        Binding("ctrl+s", "add", "Add", id="add-fact", tooltip="Add the fact (also Enter in a field)"),
    ]

    def __init__(self, editor: DeckEditor, source: str, sentence: str, proposals: dict[str, dict[str, str]]) -> None:
        super().__init__()
        self.editor = editor
        self.source = source
        self.sentence = sentence
        self.proposals = proposals
        self.kind: str | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="add-box", classes="dialog"):
            yield Static(Text("Add a fact from this sentence"), classes="dialog-title")
            yield Static(Text(plain(f"“{self.sentence}” ({self.source})"), style="italic"), id="add-quote")
            yield OptionList(*[Option(self._kind_label(k), id=k) for k in KINDS], id="add-kinds", markup=False)
            yield VerticalScroll(id="add-fields")
            with VerticalScroll(id="add-errors-box"):
                yield Static(id="add-errors")
            yield Static(Text("Enter on a kind: its fields · Enter in a field or Ctrl+S: add · Esc: cancel"),
                         classes="dialog-hint")

    def _kind_label(self, kind: str) -> Text:
        text = Text(kind, style="bold")
        if kind in self.proposals:
            text.append("  proposed: ", style="dim")
            text.append(", ".join(f"{k}={v}" for k, v in self.proposals[kind].items()), style="dim")
        return plain_text(text)

    def on_mount(self) -> None:
        kinds = self.query_one("#add-kinds", OptionList)
        kinds.highlighted = next((KINDS.index(k) for k in KINDS if k in self.proposals), 0)
        kinds.focus()
        self.query_one("#add-errors-box").display = False

    @on(OptionList.OptionSelected, "#add-kinds")
    async def _kind_picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            await self.pick(event.option.id)

    async def pick(self, kind: str) -> None:
        """Show the fields of ``kind``, pre-filled from the extractor's proposal."""
        self.kind = kind
        box = self.query_one("#add-fields", VerticalScroll)
        await box.remove_children()
        proposed = self.proposals.get(kind, {})
        rows = []
        for key in kind_fields(kind):
            if key in ("review", "disputed"):
                continue
            label = f"{key}{' *' if key in required_fields(kind) else ''}"
            rows.append(Horizontal(Static(Text(label), classes="add-label"),
                                   Input(plain(proposed.get(key, "")), id=f"add-{key}", classes="add-input",
                                         select_on_focus=False),
                                   classes="add-row"))
        await box.mount_all(rows)
        self.query(".add-input").first(Input).focus()
        self.show_problems([])

    def values(self) -> dict[str, str]:
        return {str(box.id).removeprefix("add-"): box.value for box in self.query(".add-input").results(Input)}

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_add()

    def action_add(self) -> None:
        if self.kind is None:
            self.show_problems(["pick a kind first (Enter on it)"])
            return
        try:
            index = self.editor.add_fact(self.kind, self.values(), self.source, self.sentence)
        except EditRefused as exc:
            self.show_problems(exc.problems)
            return
        self.dismiss(index)

    def show_problems(self, problems: list[str]) -> None:
        self.query_one("#add-errors", Static).update(Text(plain("\n".join(problems)), style="bold red"))
        self.query_one("#add-errors-box").display = bool(problems)

    def action_cancel(self) -> None:
        self.dismiss(None)
