"""FeedbackView: right or wrong, the correct answer, and the source sentence with the answer highlighted."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual.widgets import Static

from quizgen.dates import IsoDate
from quizgen.matching import Verdict, find_answer
from quizgen.questions.model import Question, QuestionType
from quizgen.scheduling import Rating
from quizgen.session import Feedback

VERDICTS = {Verdict.CORRECT: ("✓ Right", "right"), Verdict.LENIENT: ("✓ Right, with a typo", "lenient"),
            Verdict.WRONG: ("✗ Wrong", "wrong")}
RATING_NAMES = {Rating.Again: "again", Rating.Hard: "hard", Rating.Good: "good", Rating.Easy: "easy"}


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


def when(due: datetime, now: datetime) -> str:
    seconds = (due - now).total_seconds()
    if seconds < 90:
        return "in a minute"
    if seconds < 3600:
        return f"in {round(seconds / 60)} minutes"
    if seconds < 36 * 3600:
        return f"in {round(seconds / 3600)} hours"
    return f"in {round(seconds / 86400)} days"


def feedback_text(fb: Feedback, now: datetime) -> Text:
    label, _ = VERDICTS[fb.result.verdict]
    text = Text()
    text.append(label, style="bold")
    if fb.result.note and not fb.result.typo:  # the typo is already in the label
        text.append(f"  ({fb.result.note})", style="dim")
    text.append("\nAnswer: ")
    text.append(fb.result.canonical, style="bold")
    if fb.result.verdict is not Verdict.CORRECT or fb.given.strip() != fb.result.canonical:
        text.append("   you said: ")
        text.append(fb.given or "(nothing)")
    text.append("\n\n")
    text.append_text(source_text(fb.question))
    if fb.question.disputed:
        text.append("\nSources disagree on this. ", style="bold")
        if fb.question.notes:
            text.append(fb.question.notes, style="dim")
    text.append(f"\n\nRated {RATING_NAMES[fb.rating]}; next review {when(fb.due, now)}.", style="dim")
    if fb.easy_allowed and fb.rating != Rating.Easy:
        text.append("  Press e if that was easy.", style="dim")
    return text


class FeedbackView(Static):
    """Empty until an answer is given; its class (-right, -lenient, -wrong) colours its edge."""

    def show(self, fb: Feedback, now: datetime) -> None:
        _, cls = VERDICTS[fb.result.verdict]
        for other in ("-right", "-lenient", "-wrong"):
            self.remove_class(other)
        self.add_class(f"-{cls}")
        self.update(feedback_text(fb, now))
        self.display = True

    def on_resize(self) -> None:
        """Once laid out, scroll the quiz up so the feedback shows (short terminals)."""
        if self.display and self.parent is not None:
            self.parent.scroll_to_widget(self, top=True, animate=False)  # type: ignore[attr-defined]

    def clear(self) -> None:
        """Hidden (its text is replaced when it shows again)."""
        if self.display:
            self.display = False
