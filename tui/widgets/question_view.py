"""QuestionView: the prompt, then choices (multiple choice, true/false) or an input box (typed, cloze)."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from quizgen.questions.model import CLOZE_GAP, Question, QuestionType

TYPE_NAMES = {QuestionType.MC: "Multiple choice", QuestionType.TF: "True or false",
              QuestionType.TYPED: "Type the answer", QuestionType.CLOZE: "Fill the gap"}
HINTS = {QuestionType.MC: "press 1-4, or ↑ ↓ and Enter", QuestionType.TF: "press t or f",
         QuestionType.TYPED: "type, then Enter", QuestionType.CLOZE: "type the missing words, then Enter"}


def question_content(question: Question) -> Content:
    """The kind line, a blank line, then the prompt, as Textual content (deck text is never markup).

    Content, not Rich Text: Textual would convert Rich Text on every update (a new question each time).
    """
    kind = Content.assemble((TYPE_NAMES[question.type], "bold $text-muted"), "  ",
                            (HINTS[question.type], "dim $text-muted"), "\n\n")
    prompt = question.prompt
    if question.type is QuestionType.CLOZE and CLOZE_GAP in prompt:
        before, _, after = prompt.partition(CLOZE_GAP)
        body = Content.assemble(before, (CLOZE_GAP, "bold reverse"), after)
    else:
        body = Content(prompt)
    if question.type is QuestionType.TF and question.statement and question.statement not in prompt:
        body = Content.assemble(body, "\n\n", (question.statement, "bold"))
    return kind + body


def option_content(key: str, option: str) -> Content:
    return Content.assemble((f" {key} ", "bold reverse"), "  ", option)


class Choices(OptionList):
    """The options; once answered (``frozen``) its keys do nothing, so Enter reaches the screen (Next).

    It keeps the focus from one multiple-choice or true/false question to the next: moving the focus
    restyles the list and refreshes every binding, which would cost a frame's worth of work.
    """

    INERT = frozenset({"select", "cursor_up", "cursor_down", "first", "last", "page_up", "page_down"})
    frozen = False

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.frozen and action in self.INERT:
            return False
        return super().check_action(action, parameters)


class AnswerInput(Input):
    """The answer box; once answered (``frozen``) it keeps the focus but takes no keys, no paste.

    Keys then reach the screen (Enter: next, e: easy, q: quit) as they would with no focus, without
    the restyle and bindings refresh of moving the focus away and back for the next typed question.
    """

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


class QuestionView(Vertical):
    """Shows one question; the screen handles OptionList.OptionSelected and Input.Submitted.

    Its widgets stay mounted for the whole session: a new question updates their content in place
    and shows either the choices or the input (inline ``display``, no class change, so nothing is
    restyled), and the one-line kind is repainted without a layout.
    """

    def compose(self) -> ComposeResult:
        yield Static(id="prompt")  # the kind line ("Multiple choice  press 1-4 ..."), then the prompt
        yield Choices(id="choices", markup=False)
        yield AnswerInput(placeholder="Your answer, then Enter", id="answer-input", select_on_focus=False)

    def on_mount(self) -> None:
        self.prompt = self.query_one("#prompt", Static)
        self.choices = self.query_one("#choices", Choices)
        self.answer = self.query_one("#answer-input", AnswerInput)
        self.choices.display = self.answer.display = False

    def show(self, question: Question) -> None:
        self.question = question
        self.answered = False
        self.prompt.update(question_content(question))
        with_choices = question.type in (QuestionType.MC, QuestionType.TF)
        if self.choices.display != with_choices:
            self.choices.display = with_choices
        if self.answer.display == with_choices:
            self.answer.display = not with_choices
        if with_choices:
            keys = ("t", "f") if question.type is QuestionType.TF else ("1", "2", "3", "4")
            self.choices.set_options(Option(option_content(keys[i] if i < len(keys) else " ", option), id=f"choice-{i}")
                                     for i, option in enumerate(question.options))
            self.choices.highlighted = 0
            self.choices.frozen = False
            self.screen.set_focus(self.choices, scroll_visible=False)  # now, not after the next idle
        else:
            self.answer.freeze(False)
            self.answer.value = ""
            self.screen.set_focus(self.answer, scroll_visible=False)  # kept from a typed question before

    def freeze(self, chosen: int | None = None) -> None:
        """After answering: the choices and the input keep the focus but ignore their keys.

        ``chosen``: the option answered, highlighted (it may have been picked with its number key).
        """
        self.answered = True
        if self.choices.display:
            self.choices.frozen = True
            if chosen is not None and chosen != self.choices.highlighted:
                self.choices.highlighted = chosen
        else:
            self.answer.freeze(True)
