"""ResultsScreen: the score overall and by kind, the questions missed, and a key to review just those."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Header, Static

from quizgen.questions.model import Question
from quizgen.session import QuizSession

from ..plain import plain_text
from ..widgets.keybar import KeyBar
from ..widgets.question_view import TYPE_NAMES

if TYPE_CHECKING:
    from ..app import DeckEntry


def score_table(session: QuizSession) -> Table:
    """Right/asked by question type and by fact kind, side by side."""
    table = Table.grid(padding=(0, 2))
    for justify in ("left", "right", "left", "left", "right"):
        table.add_column(justify=justify)  # type: ignore[arg-type]
    types = [(next((v for k, v in TYPE_NAMES.items() if str(k) == key), key), cell)
             for key, cell in sorted(session.score.by_type.items())]
    kinds = [(f"{key} facts", cell) for key, cell in sorted(session.score.by_kind.items())]
    table.add_row(Text("By question type", style="bold"), Text(""), Text("  "), Text("By fact kind", style="bold"),
                  Text(""))
    for i in range(max(len(types), len(kinds))):
        left = types[i] if i < len(types) else ("", None)
        right = kinds[i] if i < len(kinds) else ("", None)
        table.add_row(Text(left[0]), Text(f"{left[1][0]}/{left[1][1]}" if left[1] else ""), Text(""),
                      Text(right[0]), Text(f"{right[1][0]}/{right[1][1]}" if right[1] else ""))
    return table


def missed_text(session: QuizSession) -> Text:
    text = Text()
    if not session.missed:
        return Text("Nothing missed.", style="bold")
    for q in session.missed:
        text.append("✗ ", style="bold")
        text.append(q.prompt.replace("\n", " "))
        text.append("\n   ")
        text.append(q.answer, style="bold")
        text.append(f"  ({q.source.title})\n", style="dim")
    return plain_text(text)


class ResultsScreen(Screen[None]):
    """Shown when a session ends: ``ReviewMissed`` asks the app for a session of the questions missed;
    d or Esc dismisses it (back to the decks)."""

    CSS_PATH = "../results.tcss"  # read when a session first ends (Screen CSS applies app-wide)

    BINDINGS = [
        Binding("r", "review", "Review missed", id="review-missed", tooltip="Ask just the questions you missed"),
        Binding("d,escape", "decks", "Decks", id="back-to-decks", tooltip="Back to the deck list"),
    ]
    PALETTE = (
        ("Review missed", "Ask the questions missed in this session again", "review"),
        ("Back to decks", "Back to the deck list", "decks"),
    )

    class ReviewMissed(Message):
        """Ask ``questions`` (the ones missed) of ``entry`` again, in a new session replacing the results."""

        def __init__(self, entry: DeckEntry, questions: list[Question]) -> None:
            super().__init__()
            self.entry = entry
            self.questions = questions

    def __init__(self, session: QuizSession, entry: DeckEntry) -> None:
        super().__init__()
        self.session = session
        self.entry = entry

    def compose(self) -> ComposeResult:
        s = self.session.score
        pct = round(100 * s.right / s.answered) if s.answered else 0
        summary = Text.assemble(("Session done: ", "bold"), (self.entry.title, "bold"), "\n",
                                f"{s.right} of {s.answered} right ({pct}%)")
        if s.lenient:
            summary.append(f", {s.lenient} with a typo forgiven")
        yield Header()
        with VerticalScroll(id="results-body"):
            yield Static(plain_text(summary), id="results-summary")
            yield Static(score_table(self.session), id="results-by-kind")
            yield Static(Text("Missed", style="bold"), classes="section-title")
            yield Static(missed_text(self.session), id="results-missed")
        yield KeyBar()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "review":
            return bool(self.session.missed)
        return True

    def action_review(self) -> None:
        self.post_message(self.ReviewMissed(self.entry, list(self.session.missed)))

    def action_decks(self) -> None:
        self.dismiss()  # back to the decks
