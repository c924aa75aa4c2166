"""The first frame of the quiz needs Textual and the deck screen, not the deck loader, the progress store
or the question engine: those load after it (a worker, then the quiz screen)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
LATER = ("yaml", "fsrs", "sqlite3", "quizgen.deck", "quizgen.progress", "quizgen.session", "quizgen.matching",
         "quizgen.questions", "tui.screens.quiz", "tui.widgets.feedback", "tui.widgets.question_view")


def test_the_deck_screen_imports_nothing_it_does_not_show() -> None:
    probe = ("import sys\n"
             "from tui.app import make_app\n"
             "from tui.screens.deck_picker import DeckPickerScreen\n"
             f"print(','.join(m for m in {LATER!r} if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True,
                         timeout=60)
    assert out.stdout.strip() == ""
