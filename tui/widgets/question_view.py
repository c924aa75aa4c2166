"""QuestionView: the prompt and its options (multiple choice, true/false) as one widget; AnswerInput: the
answer box of typed and cloze questions."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.strip import Strip
from textual.visual import Visual
from textual.widget import Widget, _RenderCache
from textual.widgets import Input

from quizgen.questions.forms import LETTERS
from quizgen.questions.model import CLOZE_GAP, Question, QuestionType

from ..plain import plain

TYPE_NAMES = {QuestionType.MC: "Multiple choice", QuestionType.TF: "True or false",
              QuestionType.TYPED: "Type the answer", QuestionType.CLOZE: "Fill the gap",
              QuestionType.ORDER: "Put in order", QuestionType.MATCH: "Match",
              QuestionType.NUMERIC: "Type a number"}
HINTS = {QuestionType.MC: "press 1-4, or ↑ ↓ and Enter", QuestionType.TF: "press t or f",
         QuestionType.TYPED: "type, then Enter", QuestionType.CLOZE: "type the missing words, then Enter",
         QuestionType.ORDER: "type the numbers earliest first (e.g. 3142), then Enter",
         QuestionType.MATCH: "type each letter's number in turn (e.g. 2413, or A2 B4 C1 D3), then Enter",
         QuestionType.NUMERIC: "type the number, then Enter"}


def question_content(question: Question) -> Content:
    """The kind line, a blank line, then the prompt, as Textual content (deck text is never markup, its
    control characters are shown as symbols: see tui.plain).

    Content, not Rich Text: Textual would convert Rich Text on every update (a new question each time).
    """
    kind = Content.assemble((TYPE_NAMES[question.type], "bold $text-muted"), "  ",
                            (HINTS[question.type], "dim $text-muted"), "\n\n")
    prompt = plain(question.prompt)
    if question.type is QuestionType.CLOZE and CLOZE_GAP in prompt:
        before, _, after = prompt.partition(CLOZE_GAP)
        body = Content.assemble(before, (CLOZE_GAP, "bold reverse"), after)
    else:
        body = Content(prompt)
    if question.type is QuestionType.TF and question.statement and question.statement not in prompt:
        body = Content.assemble(body, "\n\n", (plain(question.statement), "bold"))
    if question.type in (QuestionType.ORDER, QuestionType.MATCH):
        body = Content.assemble(body, "\n\n", form_lists(question))
    return kind + body


def form_lists(question: Question) -> Content:
    """An order's events, numbered; a match's people (A-D) beside their numbered options (1-4)."""
    rows: list[Content] = []
    if question.type is QuestionType.MATCH:
        for letter, item in zip(LETTERS, question.items, strict=False):
            rows.append(Content.assemble((f" {letter} ", "bold reverse"), "  ", plain(item)))
        rows.append(Content(""))
    for n, option in enumerate(question.options, 1):
        rows.append(Content.assemble((f" {n} ", "bold reverse"), "  ", plain(option)))
    return Content("\n").join(rows)


class AnswerInput(Input):
    """The answer box; once answered (``frozen``) it keeps the focus but takes no keys, no paste.

    Keys then reach the screen (Enter: next, e: easy, q: quit) as they would with no focus, without
    the restyle and bindings refresh of moving the focus away and back for the next typed question.
    """

    # Input's own Enter binding is hidden, and as the focused widget's it hides the screen's in the key bar.
    BINDINGS = [Binding("enter", "submit", "Submit", tooltip="Check the typed answer")]

    frozen = False

    def freeze(self, frozen: bool) -> None:
        self.frozen = frozen
        self.cursor_blink = not frozen
        self._cursor_visible = not frozen

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.frozen:
            return False
        return super().check_action(action, parameters)

    def check_consume_key(self, key: str, character: str | None) -> bool:
        return not self.frozen and super().check_consume_key(key, character)

    async def _on_key(self, event: events.Key) -> None:
        if self.frozen:
            event.prevent_default()  # not Input's handler: the key goes on to the screen's bindings

    def _on_paste(self, event: events.Paste) -> None:
        if self.frozen:
            event.prevent_default()
            event.stop()


class QuestionView(Widget, can_focus=True):
    """One question drawn as one piece of text: the kind line, the prompt, then its options (if any).

    One widget, not a prompt, a list and their borders: a new question is one content update, one
    widget to lay out and paint. It keeps the focus for multiple choice and true/false (so nothing is
    restyled from one such question to the next): ↑ ↓ move the highlight, Enter answers with it, a
    click answers with the option clicked; once answered (``frozen``) those keys do nothing, so Enter
    reaches the screen (Next). The screen's bindings answer by number and t/f; ``Selected`` tells it
    an option was picked here.
    """

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"question-view--highlight", "question-view--highlight-blurred"}
    BINDINGS = [
        Binding("up", "move(-1)", "Up", show=False, id="option-up", tooltip="Previous option"),
        Binding("down", "move(1)", "Down", show=False, id="option-down", tooltip="Next option"),
        Binding("home", "move(-99)", "First", show=False, id="option-first", tooltip="First option"),
        Binding("end", "move(99)", "Last", show=False, id="option-last", tooltip="Last option"),
        Binding("enter", "select", "Answer", show=False, id="option-pick", tooltip="Answer with this option"),
    ]

    class Selected(Message):
        """An option was picked with Enter or a click."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.question: Question | None = None
        self.options: tuple[str, ...] = ()
        self.keys: tuple[str, ...] = ()
        self.highlighted: int | None = None
        self.frozen = False
        self.answered = False
        self._head = Content("")
        self._option_rows: list[tuple[int, int]] = []  # (first line, index) of each option, for clicks
        self._prepared: tuple[Question, Content, tuple[str, ...], tuple[str, ...]] | None = None
        # the next question's lines, drawn while the feedback shows: (what they show, as _state gives it; lines)
        self._prepared_lines: tuple[tuple[object, ...], list[Strip]] | None = None
        self._lines_ahead: tuple[tuple[object, ...], list[Strip]] | None = None

    @staticmethod
    def _parts(question: Question) -> tuple[Content, tuple[str, ...], tuple[str, ...]]:
        """What ``show`` puts up for ``question``: the kind line and prompt, its options and their keys."""
        head = question_content(question)
        if question.type in (QuestionType.MC, QuestionType.TF):
            options = tuple(plain(option) for option in question.options)
            keys = ("t", "f") if question.type is QuestionType.TF else ("1", "2", "3", "4")
            return head, options, tuple(keys[i] if i < len(keys) else " " for i in range(len(options)))
        return head, (), ()

    def prepare(self, question: Question) -> None:
        """Make ``question``'s text and lines now (while the learner reads the feedback), so ``show`` has
        them ready: Enter then lays out and paints the question without wrapping its text again."""
        head, options, keys = parts = self._parts(question)
        self._prepared = (question, *parts)
        self._prepared_lines = None
        width = self.size.width
        if width <= 0:
            return
        highlighted = 0 if options else None
        body = self._content_for(head, options, keys, highlighted, True, width)
        state = self._state(head, options, highlighted, True, width)
        self._prepared_lines = (state, Visual.to_strips(self, body, width, None, self.visual_style))

    def _state(self, head: Content, options: tuple[str, ...], highlighted: int | None, focused: bool,
               width: int) -> tuple[object, ...]:
        """What the lines drawn depend on (a choice question is drawn focused: it has the focus)."""
        return (id(head), options, highlighted, focused if options else None, width, self.visual_style)

    def show(self, question: Question) -> None:
        """The next question: new content, one widget to lay out and paint."""
        prepared, self._prepared = self._prepared, None
        lines, self._prepared_lines = self._prepared_lines, None
        if prepared is not None and prepared[0] is question:
            _, head, options, keys = prepared
        else:
            head, options, keys, lines = *self._parts(question), None
        self._lines_ahead = lines
        self.question = question
        self.answered = self.frozen = False
        self._head, self.options, self.keys = head, options, keys
        self.highlighted = 0 if options else None
        self.refresh(layout=True)  # its height may change; the feedback going away lays out anyway

    def freeze(self, chosen: int | None = None) -> None:
        """After answering: the keys do nothing; ``chosen`` (the option answered) is highlighted."""
        self.answered = self.frozen = True
        if chosen is not None and chosen != self.highlighted:
            self.highlighted = chosen
            self.refresh()

    def _body(self) -> Content:
        """What shows, with the highlight where it is now."""
        return self._content_for(self._head, self.options, self.keys, self.highlighted, self.has_focus,
                             self.content_size.width)

    def _content_for(self, head: Content, options: tuple[str, ...], keys: tuple[str, ...], highlighted: int | None,
                 focused: bool, width: int) -> Content:
        if not options:
            return head
        light = self.get_visual_style(
            "question-view--highlight" if focused else "question-view--highlight-blurred")
        rows = [Content.assemble((f" {key} ", "bold reverse"), "  ", option)
                for key, option in zip(keys, options, strict=True)]
        if highlighted is not None:
            row = rows[highlighted]
            row = row + " " * max(0, width - row.cell_length)  # the whole line lit
            rows[highlighted] = row.stylize(light)
        return Content.assemble(head, "\n\n", Content("\n").join(rows))

    def _ready_lines(self, width: int) -> list[Strip] | None:
        """The lines drawn ahead for what shows now at ``width`` (None: they must be drawn)."""
        ahead = self._lines_ahead
        if ahead is None:
            return None
        if ahead[0] != self._state(self._head, self.options, self.highlighted, self.has_focus, width):
            self._lines_ahead = None  # the highlight moved, the focus went, the width changed
            return None
        return ahead[1]

    def get_content_height(self, container, viewport, width: int) -> int:  # type: ignore[no-untyped-def]
        lines = self._ready_lines(width)
        return len(lines) if lines is not None else super().get_content_height(container, viewport, width)

    def _render_content(self) -> None:
        """Textual's, unless the lines were drawn ahead (the same call, made while the feedback showed)."""
        lines = self._ready_lines(self.size.width)
        if lines is None or len(lines) != self.size.height:
            super()._render_content()
            return
        self._render_cache = _RenderCache(self.size, lines)
        self._dirty_regions.clear()
        self._lines_ahead = None  # once: later repaints draw afresh

    def _lines(self, width: int) -> tuple[int, list[tuple[int, int]]]:
        """Lines the question takes at ``width``, and where each option starts (for clicks only: wrapping
        costs, and Textual wraps the content itself to lay it out and paint it)."""
        line = len(self._head.wrap(width)) + 1
        rows: list[tuple[int, int]] = []
        for i, (key, option) in enumerate(zip(self.keys, self.options, strict=True)):
            rows.append((line, i))
            line += len(Content(f" {key}   {option}").wrap(width))
        return (line if self.options else line - 1), rows

    def render(self) -> Content:
        return self._body()

    def watch_has_focus(self, _has_focus: bool) -> None:
        """No restyle on focus: no CSS rule of the app or of Textual's defaults depends on this widget's
        focus (its highlight follows the focus in ``_body``), and restyling it on every change between a
        choice question and a typed one cost about a millisecond on the key path. A ``QuestionView:focus``
        rule would need Textual's ``update_node_styles()`` here again (tests/app_tui/test_fast_paths.py
        checks the styles are the same either way)."""

    def _on_focus(self, event: events.Focus) -> None:
        self.refresh()  # the highlight's colours follow the focus

    def _on_blur(self, event: events.Blur) -> None:
        self.refresh()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("move", "select"):
            return bool(self.options) and not self.frozen
        return True

    def action_move(self, step: int) -> None:
        if self.highlighted is None:
            return
        new = max(0, min(len(self.options) - 1, self.highlighted + step))
        if new != self.highlighted:
            self.highlighted = new
            self.refresh()

    def action_select(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.Selected(self.highlighted))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if self.frozen or not self.options or offset is None:
            return
        height, rows = self._lines(self.content_size.width)
        picked = [index for first, index in rows if first <= offset.y < height]
        if picked:
            event.stop()
            self.highlighted = picked[-1]
            self.refresh()
            self.post_message(self.Selected(picked[-1]))
