"""ReviewApp: the quiz app with one deck under review as its first screen (``quizgen review DECK``).

Same app, same look: it is a :class:`tui.app.QuizApp` (styles, key bar, help and error dialogs, command
palette) that opens no progress file and loads no decks for study; its first screen is the
:class:`tui.screens.review.ReviewScreen`, which says when it is done with a message.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.screen import Screen

from quizgen.deckedit import DeckEditor

from .app import QuizApp
from .screens.review import ReviewScreen


class ReviewApp(QuizApp):
    """Review one deck; quitting with unsaved changes asks first."""

    CSS_PATH = ["app.tcss", "review.tcss"]
    # Every screen of the review is "-short" below 27 lines (80x24): its dialogs then fit (review.tcss).
    VERTICAL_BREAKPOINTS = [(0, "-short"), (27, "-tall")]
    SUB_TITLE = "review a deck"
    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit", tooltip="Quit (asks first when there are unsaved changes)"),
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True, id="quit-now",
                tooltip="Quit from anywhere (asks first when there are unsaved changes)"),
        Binding("question_mark", "help", "Help", key_display="?", id="help", tooltip="Show every key"),
        Binding("f1", "help", "Help", show=False, id="help-f1", tooltip="Show every key (works while typing)"),
    ]

    def __init__(self, editor: DeckEditor) -> None:
        super().__init__([])
        self.editor = editor
        self.review: ReviewScreen | None = None

    def get_default_screen(self) -> Screen[object]:
        self.review = ReviewScreen(self.editor)
        return self.review

    def _after_first_paint(self) -> None:
        """Nothing to load: the deck was read and checked before the app started."""

    def on_review_screen_closed(self, event: ReviewScreen.Closed) -> None:
        self.exit()

    async def action_quit(self) -> None:
        """Quit, asking first about unsaved changes; a dialog open over the review is closed first."""
        from .dialogs.review import ConfirmQuitDialog

        if isinstance(self.screen, ConfirmQuitDialog):
            self.bell()  # it is asking already
            return
        while self.screen is not self.review and len(self.screen_stack) > 1:
            self.pop_screen()
        if self.review is None:
            self.exit()
            return
        self.review.request_quit()

    def action_help(self) -> None:
        from .dialogs.help import HelpDialog, review_help_lines

        if not isinstance(self.screen, HelpDialog):
            self.push_screen(HelpDialog(review_help_lines(), hint=REVIEW_HINT))


REVIEW_HINT = ("A fact marked for review is not asked until you accept it. Every change is checked as "
               "`quizgen check` checks a deck; s saves (atomically), keeping the rest of the file as it was.")

__all__ = ["ReviewApp"]
