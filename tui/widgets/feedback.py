"""FeedbackView: right or wrong, the correct answer, and the source sentence with the answer highlighted;
NextHint: when the question comes back and the keys that go on, always on screen."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual.widgets import Static

from quizgen.dates import IsoDate
from quizgen.matching import Verdict, find_answer
from quizgen.questions.forms import key_lines
from quizgen.questions.model import Question, QuestionType
from quizgen.scheduling import Rating
from quizgen.session import Feedback

from ..plain import plain_text

VERDICTS = {Verdict.CORRECT: ("✓ Right", "right"), Verdict.LENIENT: ("✓ Right, with a typo", "lenient"),
            Verdict.WRONG: ("✗ Wrong", "wrong")}


def source_text(question: Question) -> Text:
    """The source sentence, the answer in it bold and underlined, then title and date (all plain text)."""
    quote = question.source.quote
    text = Text()
    text.append("“", style="italic")
    needles = [question.answer, *question.aliases]
    if question.type is QuestionType.TF and question.statement is None:
        needles = []
    span = find_answer(quote, needles) if needles else None
    if span:
        text.append(quote[: span[0]], style="italic")
        text.append(quote[span[0]: span[1]], style="bold underline reverse")
        text.append(quote[span[1]:], style="italic")
    else:
        text.append(quote, style="italic")
    text.append("”", style="italic")
    text.append("\n  — ")
    text.append(question.source.title, style="bold")
    if question.source.published:
        try:
            text.append(", " + IsoDate.parse(question.source.published).human())
        except ValueError:
            text.append(", " + question.source.published)
    else:
        text.append(" (undated)")
    return text


def key_text(question: Question) -> Text:
    """An order or a match answered: each line of the right answer, under it its source sentence."""
    text = Text()
    for n, (line, ref) in enumerate(key_lines(question)):
        if n:
            text.append("\n")
        text.append(line, style="bold")
        if ref is not None:
            text.append("\n  “" + ref.quote + "”", style="italic")
            text.append(" — " + ref.title + (f", {_human(ref.published)}" if ref.published else ""), style="dim")
    return text


def _human(iso: str) -> str:
    try:
        return IsoDate.parse(iso).human()
    except ValueError:
        return iso


def _count(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def when(due: datetime, now: datetime) -> str:
    """How long until ``due``, as a student would say it: "in about a minute", "in 3 days"."""
    seconds = (due - now).total_seconds()
    if seconds < 90:
        return "in about a minute"
    if seconds < 3600:
        return f"in {_count(round(seconds / 60), 'minute')}"
    if seconds < 36 * 3600:
        return f"in {_count(round(seconds / 3600), 'hour')}"
    days = round(seconds / 86400)
    if days < 60:
        return f"in {_count(days, 'day')}"
    if days < 730:
        return f"in about {_count(round(days / 30.4), 'month')}"
    return f"in about {_count(round(days / 365.25), 'year')}"


def schedule_text(fb: Feedback, now: datetime) -> str:
    """When the question comes back, in plain words (no scheduler terms: "Again", "Good", "FSRS")."""
    marked = "Marked easy. " if fb.rating == Rating.Easy else ""
    return f"{marked}Next review: {when(fb.due, now)}."


def feedback_text(fb: Feedback) -> Text:
    """Right or wrong, the answer, what was said, and the source. What next is the hint line's
    (``NextHint``), which stays on screen however long the source sentence is."""
    label, _ = VERDICTS[fb.result.verdict]
    text = Text()
    text.append(label, style="bold")
    if fb.result.note and not fb.result.typo:  # the typo is already in the label
        text.append(f"  ({fb.result.note})", style="dim")
    text.append("\nAnswer: ")
    text.append(fb.result.canonical, style="bold")
    if fb.question.truth:  # a false statement's reveal says what is true
        text.append(": ")
        text.append(fb.question.truth)
    if fb.result.verdict is not Verdict.CORRECT or fb.given.strip() != fb.result.canonical:
        text.append("   you said: ")
        text.append(fb.given or "(nothing)")
    text.append("\n\n")
    if fb.question.type in (QuestionType.ORDER, QuestionType.MATCH):
        text.append_text(key_text(fb.question))  # each item with its own sentence
    else:
        text.append_text(source_text(fb.question))
    if fb.question.disputed:
        text.append("\nSources disagree on this. ", style="bold")
    if fb.question.notes:  # the fact's note for learners (an editor's notes stay in the deck)
        text.append(("" if fb.question.disputed else "\n") + fb.question.notes, style="dim")
    return plain_text(text)  # deck text and the answer given: control characters shown, not sent


class FeedbackView(Static):
    """Empty until an answer is given; its class (-right, -lenient, -wrong) colours its edge."""

    def show(self, fb: Feedback) -> None:
        _, cls = VERDICTS[fb.result.verdict]
        for other in ("-right", "-lenient", "-wrong"):
            self.remove_class(other)
        self.add_class(f"-{cls}")
        self.update(feedback_text(fb))
        self.display = True

    def on_resize(self) -> None:
        """Once laid out, scroll the quiz up so the feedback shows (short terminals)."""
        if self.display and self.parent is not None:
            self.parent.scroll_to_widget(self, top=True, animate=False)  # type: ignore[attr-defined]

    def clear(self) -> None:
        """Hidden (its text is replaced when it shows again)."""
        if self.display:
            self.display = False


class NextHint(Static):
    """One or two lines under the scrolling quiz body, shown once a question is answered: when it comes
    back and which keys go on (``keys``: e.g. "Enter: next question"). Outside the body, so a long
    source sentence in the feedback never pushes it off a small terminal."""

    def show(self, fb: Feedback, now: datetime, keys: list[tuple[str, str]]) -> None:
        text = Text(schedule_text(fb, now))
        for key, what in keys:
            text.append("   ")
            text.append(key, style="bold")
            text.append(f": {what}")
        self.update(text)
        self.display = True

    def clear(self) -> None:
        if self.display:
            self.display = False
