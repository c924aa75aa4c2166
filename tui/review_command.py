"""`quizgen review`: check a draft deck in the terminal, its article beside its facts.

Each fact shows its kind, fields, confidence, review mark and the questions it would give; accept
it (its mark goes, so it is asked), reject it, edit a field (checked as `quizgen check` checks a deck,
never saved invalid), add a fact the extractor missed from a sentence, undo, save. Saving writes the
file atomically and keeps the rest of it as you wrote it (key order, comments, quoting).
Example: quizgen extract article.txt -o decks/story.yaml && quizgen review decks/story.yaml
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .review_app import ReviewApp

HELP = "review a (draft) deck: accept, reject, edit and add facts beside the article"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("deck", metavar="DECK", help="the deck file to review (e.g. a draft from quizgen extract)")


def run(args: argparse.Namespace) -> int:
    """Open the deck (an invalid one is reported as `quizgen check` reports it, exit 2), then the screen."""
    app = build_app(args)
    app.run()
    return app.return_code or 0


def build_app(args: argparse.Namespace) -> ReviewApp:
    from quizgen.deckedit import DeckEditor  # raises QuizgenError: printed by the CLI, exit 2

    editor = DeckEditor.open(args.deck)
    from .review_app import ReviewApp  # Textual is imported only when the review actually runs

    return ReviewApp(editor)
