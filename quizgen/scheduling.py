"""Spaced repetition: FSRS (the ``fsrs`` package) behind a small wrapper, and the rating rules.

Rating rules (documented in the README):
- right at the first try = Good; accepted with a typo = Hard; wrong = Again;
- Easy is offered only for typed and cloze answers that were exactly right and given within
  ``EASY_WINDOW`` of the question appearing (an answer that came instantly): the student presses
  ``e`` on the feedback to mark it easy. Multiple choice and true/false never offer Easy: recognising
  an answer is not recalling it.

The time is always passed in; nothing here reads the clock.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from fsrs import Card, Rating, Scheduler, State

from .matching import Verdict
from .questions.model import QuestionType

EASY_WINDOW = timedelta(seconds=10)
TYPED_TYPES = (QuestionType.TYPED, QuestionType.CLOZE, QuestionType.NUMERIC)

__all__ = ["EASY_WINDOW", "Card", "Rating", "SpacedRepetition", "State", "card_id_for", "easy_allowed",
           "rating_for"]


def rating_for(verdict: Verdict) -> Rating:
    """Good for right, Hard for a forgiven typo, Again for wrong."""
    return {Verdict.CORRECT: Rating.Good, Verdict.LENIENT: Rating.Hard, Verdict.WRONG: Rating.Again}[verdict]


def easy_allowed(question_type: QuestionType, verdict: Verdict, elapsed: timedelta) -> bool:
    """May the student upgrade this answer to Easy? Exact typed answers given within EASY_WINDOW."""
    return question_type in TYPED_TYPES and verdict is Verdict.CORRECT and elapsed <= EASY_WINDOW


def card_id_for(deck_id: str, question_id: str) -> int:
    """A stable 53-bit FSRS card id from the card identity (deck id + question id)."""
    digest = hashlib.blake2b(f"{deck_id}\x1f{question_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 11


@dataclass(frozen=True)
class SpacedRepetition:
    """FSRS with quizgen's settings. ``fuzz`` spreads long intervals (off in tests that compare dates)."""

    desired_retention: float = 0.9
    fuzz: bool = True

    @property
    def scheduler(self) -> Scheduler:
        return _scheduler(self.desired_retention, self.fuzz)

    def new_card(self, deck_id: str, question_id: str, now: datetime) -> Card:
        _aware(now)
        return Card(card_id=card_id_for(deck_id, question_id), due=now)

    def review(self, card: Card, rating: Rating, now: datetime) -> Card:
        """The card after a review at ``now`` (a new object; ``card`` is unchanged)."""
        _aware(now)
        updated, _log = self.scheduler.review_card(card, rating, review_datetime=now)
        return updated

    @staticmethod
    def to_json(card: Card) -> dict[str, Any]:
        return dict(card.to_dict())

    @staticmethod
    def from_json(data: dict[str, Any]) -> Card:
        return Card.from_dict(data)  # type: ignore[arg-type]


_SCHEDULERS: dict[tuple[float, bool], Scheduler] = {}


def _scheduler(retention: float, fuzz: bool) -> Scheduler:
    key = (retention, fuzz)
    if key not in _SCHEDULERS:
        _SCHEDULERS[key] = Scheduler(desired_retention=retention, enable_fuzzing=fuzz)
    return _SCHEDULERS[key]


def _aware(now: datetime) -> None:
    if now.tzinfo is None:
        raise ValueError("review times must be timezone-aware (FSRS works in UTC)")
