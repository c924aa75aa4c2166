"""The question engine: pure functions from a deck to honest questions."""

from .model import CLOZE_GAP, FALSE, TRUE, AnswerKind, Question, QuestionType, SourceRef

__all__ = ["CLOZE_GAP", "FALSE", "TRUE", "AnswerKind", "Question", "QuestionType", "SourceRef"]
