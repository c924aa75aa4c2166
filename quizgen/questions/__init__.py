"""The question engine: pure functions from a deck to honest questions."""

from .model import CLOZE_GAP, FALSE, TRUE, AnswerKind, Question, QuestionType, SourceRef

__all__ = ["CLOZE_GAP", "FALSE", "TRUE", "AnswerKind", "Question", "QuestionType", "SourceRef"]

from .engine import ALL_TYPES, fact_questions, generate, generate_many, parse_types  # noqa: E402

__all__ += ["ALL_TYPES", "fact_questions", "generate", "generate_many", "parse_types"]
