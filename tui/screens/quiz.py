"""QuizScreen: one question at a time; keys 1-4, t/f or typing, then Enter for the next."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Static

from quizgen.errors import QuizgenError
from quizgen.progress import ProgressError
from quizgen.questions.model import QuestionType
from quizgen.session import Feedback, QuizSession

from ..keys import binding_keys, join_keys
from ..plain import plain
from ..widgets.feedback import FeedbackView, NextHint
from ..widgets.keybar import KeyBar
from ..widgets.question_view import AnswerInput, QuestionView

# Answered in the answer box: typed, cloze, and the forms typed as numbers (order "3142", match "2413").
TYPED = (QuestionType.TYPED, QuestionType.CLOZE, QuestionType.ORDER, QuestionType.MATCH, QuestionType.NUMERIC)

if TYPE_CHECKING:
    from ..app import DeckEntry

GC_YOUNG = 10_000  # the collector's first threshold while a quiz shows (see QuizScreen.on_mount)
_gc_saved: list[tuple[int, ...]] = []  # the thresholds before the first quiz screen that is still mounted
_gc_quizzes = [0]  # quiz screens mounted (one replaces another: "review missed")


def _young_collections(*, more: bool) -> None:
    """Raise the collector's first threshold while any quiz screen is mounted; restore it after the last."""
    if more:
        if _gc_quizzes[0] == 0:
            _gc_saved[:] = [gc.get_threshold()]
            first, *rest = _gc_saved[0]
            gc.set_threshold(max(first, GC_YOUNG), *rest)
        _gc_quizzes[0] += 1
    elif _gc_quizzes[0] > 0:
        _gc_quizzes[0] -= 1
        if _gc_quizzes[0] == 0 and _gc_saved:
            gc.set_threshold(*_gc_saved.pop())


class QuizScreen(Screen[None]):
    """Asks the session's questions; every answer is saved by the session before feedback shows.

    It tells the app what happened with messages: ``Finished`` when the last question is answered and
    Next pressed (the app shows the results); Esc dismisses it (back to the decks).
    """

    CSS_PATH = "../quiz.tcss"  # read when the first question opens (Screen CSS applies app-wide)

    BINDINGS = [
        Binding("1", "choose(0)", "Choose", key_display="1-4", id="choose-1", tooltip="Answer with option 1-4"),
        Binding("2", "choose(1)", "Option 2", show=False, id="choose-2", tooltip="Answer with option 2"),
        Binding("3", "choose(2)", "Option 3", show=False, id="choose-3", tooltip="Answer with option 3"),
        Binding("4", "choose(3)", "Option 4", show=False, id="choose-4", tooltip="Answer with option 4"),
        Binding("t", "true_false(True)", "True", id="answer-true", tooltip="The statement is true"),
        Binding("f", "true_false(False)", "False", id="answer-false", tooltip="The statement is false"),
        Binding("enter", "next", "Next", id="next-question", tooltip="Go to the next question"),
        Binding("e", "easy", "Easy", id="mark-easy", tooltip="That was easy: see it again later than usual"),
        Binding("escape", "leave", "Decks", id="leave-quiz",
                tooltip="Back to the deck list (answers given are saved)"),
        # Shown while typing, when q and ? are letters of the answer:
        Binding("enter", "submit_typed", "Submit", id="submit-typed", tooltip="Check the typed answer"),
        Binding("f1", "typing_help", "Help", id="help-typing", tooltip="Show every key"),
        Binding("ctrl+c", "typing_quit", "Quit", key_display="^c", priority=True, id="quit-typing",
                tooltip="Quit; answers given are saved"),
    ]
    PALETTE = (
        ("Next question", "Go on to the next question", "next"),
        ("Mark easy", "Rate the last answer Easy", "easy"),
        ("Back to decks", "Stop this session (answers given are saved)", "leave"),
    )

    class Finished(Message):
        """The session is over (every question answered): the app shows the results."""

        def __init__(self, session: QuizSession, entry: DeckEntry) -> None:
            super().__init__()
            self.session = session
            self.entry = entry

    def __init__(self, session: QuizSession, entry: DeckEntry) -> None:
        super().__init__()
        self.session = session
        self.entry = entry
        self.last: Feedback | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="progress")
        with VerticalScroll(id="quiz-body"):
            yield QuestionView(id="question")
            yield AnswerInput(placeholder="Your answer, then Enter", id="answer-input", select_on_focus=False)
            yield FeedbackView(id="feedback")
        yield NextHint(id="next-hint")
        yield KeyBar()

    def on_mount(self) -> None:
        # A question's frame makes a few thousand short-lived objects (Textual's lines and their caches):
        # with the default threshold (700) that is 2-3 collections in Enter's frame, about half a
        # millisecond. The quiz collects the young generations while the feedback shows instead.
        _young_collections(more=True)
        self.progress = self.query_one("#progress", Static)
        self.body = self.query_one("#quiz-body", VerticalScroll)
        self.question_view = self.query_one(QuestionView)
        self.answer = self.query_one(AnswerInput)
        self.feedback = self.query_one(FeedbackView)
        self.hint = self.query_one(NextHint)
        self.show_question()

    def on_unmount(self) -> None:
        _young_collections(more=False)

    # -- state ----------------------------------------------------------------------------------
    def show_question(self) -> None:
        """The next question, in the widgets already there: one layout, one frame."""
        question = self.session.current
        assert question is not None
        self.last = None
        with self.app.batch_update():
            self.feedback.clear()
            self.hint.clear()
            if self.body.scroll_y:
                self.body.scroll_home(animate=False, immediate=True)
            self.question_view.show(question)
            typed = question.type in TYPED
            if self.answer.display != typed:
                self.answer.display = typed
            was_focused = self.focused
            if typed:
                self.answer.freeze(False)
                self.answer.value = ""
                self.set_focus(self.answer, scroll_visible=False)  # now, not after the next idle
            else:
                self.set_focus(self.question_view, scroll_visible=False)  # kept from the last choice question
            self.session.mark_shown()
            self.update_progress()
            if self.focused is was_focused:  # (a new focus has just refreshed them: Screen._watch_focused)
                self.refresh_bindings()

    def update_progress(self) -> None:
        s = self.session
        score = s.score
        text = Content.assemble((f"Question {s.number} of {s.total}", "bold"), "  ·  ",
                                f"Score {score.right}/{score.answered}", "  ·  ", plain(self.entry.title))
        self.progress.update(text, layout=False)  # always one line (#progress has height 1, no wrap)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        question = self.session.current
        answered = self.last is not None
        if action == "choose":
            return question is not None and question.type is QuestionType.MC and not answered
        if action == "true_false":
            return question is not None and question.type is QuestionType.TF and not answered
        if action == "next":
            return answered
        if action in ("submit_typed", "typing_help", "typing_quit"):
            return question is not None and question.type in TYPED and not answered
        if action == "easy":
            return answered and self.last is not None and self.last.easy_allowed and \
                self.last.rating.name != "Easy"
        return True

    # -- answering ------------------------------------------------------------------------------
    def submit(self, response: str | int | bool) -> None:
        if self.last is not None:
            return
        try:
            fb = self.session.answer(response)
        except ProgressError as exc:  # not saved: it can be given again (the session did not move on)
            self.notify(plain(exc.message), title=exc.title, severity="error", markup=False)
            return
        except QuizgenError as exc:
            self.notify(plain(exc.message), title="Not an answer", severity="warning", markup=False)
            return
        self.last = fb
        if self.answer.display:
            self.answer.freeze(True)  # keeps the focus, takes no keys: Enter, e and q reach the screen
            self.question_view.answered = True
        else:
            self.question_view.freeze(self._option_index(response))
        self.show_feedback(fb)
        self.set_timer(0.03, self._reveal_feedback)  # after the layout has the feedback's height
        self.update_progress()
        self.refresh_bindings()
        self.call_after_refresh(self._prepare_next)  # once the feedback's frame is out

    def _prepare_next(self) -> None:
        """While the learner reads the feedback: the next question's text, made ready for Enter."""
        s = self.session
        if self.last is not None and s.index + 1 < len(s.items):
            self.question_view.prepare(s.items[s.index + 1])
        gc.collect(1)  # the young objects of the last frames: none is left for Enter's frame to collect

    def show_feedback(self, fb: Feedback) -> None:
        """The feedback in the body; under it, when the question comes back and the keys that go on."""
        self.feedback.show(fb)
        keys = [(join_keys(binding_keys(self.BINDINGS, "next-question")), "next question")]
        if fb.easy_allowed and fb.rating.name != "Easy":
            keys.append((join_keys(binding_keys(self.BINDINGS, "mark-easy")), "that was easy (see it later)"))
        self.hint.show(fb, self.session.clock(), keys)

    def _option_index(self, response: str | int | bool) -> int | None:
        """The option a multiple-choice or true/false answer picked, if it was one."""
        question = self.session.current if self.last is None else self.last.question
        if question is None or question.type not in (QuestionType.MC, QuestionType.TF):
            return None
        if isinstance(response, bool):
            label = "True" if response else "False"
            return question.options.index(label) if label in question.options else None
        if isinstance(response, int) and 0 <= response < len(question.options):
            return response
        return None

    def _reveal_feedback(self) -> None:
        # Where it fits nothing moves; in a short terminal the feedback scrolls up to the top.
        self.body.scroll_to_widget(self.feedback, top=True, animate=False)

    def action_choose(self, index: int) -> None:
        question = self.session.current
        if question is not None and index < len(question.options):
            self.submit(index)

    def action_true_false(self, value: bool) -> None:
        self.submit(value)

    def on_question_view_selected(self, event: QuestionView.Selected) -> None:
        event.stop()
        question = self.session.current
        if question is None or self.last is not None:
            return
        if question.type is QuestionType.TF:
            self.submit(question.options[event.index] == "True")
        else:
            self.submit(event.index)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.last is not None:
            return
        if not event.value.strip():
            self.notify("Type an answer first (or a guess).", severity="warning")
            return
        self.submit(event.value)

    def action_easy(self) -> None:
        try:
            self.last = self.session.mark_easy()
        except QuizgenError as exc:
            self.notify(plain(exc.message), severity="warning", markup=False)
            return
        self.show_feedback(self.last)
        self.notify("Marked easy: you will see it later than usual.")
        self.refresh_bindings()

    def action_next(self) -> None:
        if self.last is None or self.session.finished:  # finished: the results are on their way
            return
        self.session.advance()
        if self.session.finished:
            self.post_message(self.Finished(self.session, self.entry))
        else:
            self.show_question()

    async def action_submit_typed(self) -> None:
        await self.answer.action_submit()

    async def action_typing_help(self) -> None:
        await self.app.run_action("help")

    async def action_typing_quit(self) -> None:
        await self.app.run_action("quit")

    def action_leave(self) -> None:
        self.dismiss()  # back to the decks
