"""Widgets of the quiz screen."""

from .feedback import FeedbackView
from .question_view import QuestionView

__all__ = ["FeedbackView", "QuestionView"]
