"""QuestionView: the prompt, then choices (multiple choice, true/false) or an input box (typed, cloze)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from quizgen.questions.model import CLOZE_GAP, Question, QuestionType

TYPE_NAMES = {QuestionType.MC: "Multiple choice", QuestionType.TF: "True or false",
              QuestionType.TYPED: "Type the answer", QuestionType.CLOZE: "Fill the gap"}
HINTS = {QuestionType.MC: "press 1-4, or ↑ ↓ and Enter", QuestionType.TF: "press t or f",
         QuestionType.TYPED: "type, then Enter", QuestionType.CLOZE: "type the missing words, then Enter"}


def prompt_text(question: Question) -> Text:
    """The prompt as plain Rich text (deck text is never read as markup); the cloze gap stands out."""
    text = Text()
    if question.type is QuestionType.CLOZE and CLOZE_GAP in question.prompt:
        before, _, after = question.prompt.partition(CLOZE_GAP)
        text.append(before)
        text.append(CLOZE_GAP, style="bold reverse")
        text.append(after)
    else:
        text.append(question.prompt)
    if question.type is QuestionType.TF and question.statement and question.statement not in question.prompt:
        text.append("\n\n")
        text.append(question.statement, style="bold")
    return text


class QuestionView(Vertical):
    """Shows one question; the screen handles OptionList.OptionSelected and Input.Submitted."""

    def compose(self) -> ComposeResult:
        yield Static(id="question-kind")
        yield Static(id="prompt")
        yield OptionList(id="choices", markup=False)
        yield Input(placeholder="Your answer, then Enter", id="answer-input", select_on_focus=False)

    def show(self, question: Question) -> None:
        self.question = question
        with self.app.batch_update():
            self.query_one("#question-kind", Static).update(
                Text.assemble((TYPE_NAMES[question.type], "bold"), "  ", (HINTS[question.type], "dim")))
            self.query_one("#prompt", Static).update(prompt_text(question))
            with_choices = question.type in (QuestionType.MC, QuestionType.TF)
            if self.has_class("-choices") != with_choices or self.has_class("-typed") == with_choices:
                self.set_class(with_choices, "-choices")
                self.set_class(not with_choices, "-typed")
            self.answered = False
            if with_choices:
                choices = self.query_one("#choices", OptionList)
                keys = ("t", "f") if question.type is QuestionType.TF else ("1", "2", "3", "4")
                choices.set_options(
                    Option(Text.assemble((f" {keys[i] if i < len(keys) else ' '} ", "bold reverse"), "  ",
                                         option), id=f"choice-{i}")
                    for i, option in enumerate(question.options))
                choices.highlighted = 0
                choices.focus()
            else:
                answer = self.query_one("#answer-input", Input)
                answer.value = ""
                answer.focus()

    def freeze(self) -> None:
        """After answering: focus leaves the choices and the input (the screen ignores them now)."""
        self.answered = True
        self.screen.set_focus(None)
