"""The terminal quiz: a Textual app over quizgen's headless session, progress store and scheduler."""

from .app import QuizApp, make_app

__all__ = ["QuizApp", "make_app"]
