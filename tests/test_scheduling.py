"""Rating rules and the FSRS wrapper, at fixed times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from quizgen.matching import Verdict
from quizgen.questions.model import QuestionType
from quizgen.scheduling import EASY_WINDOW, Rating, SpacedRepetition, card_id_for, easy_allowed, rating_for

T0 = datetime(2024, 6, 20, 9, 0, tzinfo=UTC)


def test_rating_rules() -> None:
    assert rating_for(Verdict.CORRECT) == Rating.Good
    assert rating_for(Verdict.LENIENT) == Rating.Hard
    assert rating_for(Verdict.WRONG) == Rating.Again


def test_easy_only_for_quick_exact_typed_answers() -> None:
    assert easy_allowed(QuestionType.TYPED, Verdict.CORRECT, timedelta(seconds=3))
    assert easy_allowed(QuestionType.CLOZE, Verdict.CORRECT, EASY_WINDOW)
    assert not easy_allowed(QuestionType.TYPED, Verdict.CORRECT, EASY_WINDOW + timedelta(seconds=1))
    assert not easy_allowed(QuestionType.TYPED, Verdict.LENIENT, timedelta(seconds=1))
    assert not easy_allowed(QuestionType.MC, Verdict.CORRECT, timedelta(seconds=1))
    assert not easy_allowed(QuestionType.TF, Verdict.CORRECT, timedelta(seconds=1))


def test_card_ids_are_stable_and_distinct() -> None:
    assert card_id_for("d", "q1") == card_id_for("d", "q1")
    assert card_id_for("d", "q1") != card_id_for("d", "q2")
    assert card_id_for("d", "q1") != card_id_for("e", "q1")
    assert 0 < card_id_for("d", "q1") < 2**53


def test_review_moves_due_into_the_future_by_rating() -> None:
    srs = SpacedRepetition(fuzz=False)
    card = srs.new_card("d", "q", T0)
    assert card.due == T0
    again = srs.review(card, Rating.Again, T0)
    good = srs.review(card, Rating.Good, T0)
    easy = srs.review(card, Rating.Easy, T0)
    assert T0 < again.due < good.due < easy.due
    assert easy.due - T0 >= timedelta(days=1)
    assert card.due == T0  # the input card is not changed


def test_round_trip_and_naive_times_refused() -> None:
    srs = SpacedRepetition(fuzz=False)
    card = srs.review(srs.new_card("d", "q", T0), Rating.Good, T0)
    assert SpacedRepetition.from_json(SpacedRepetition.to_json(card)).due == card.due
    with pytest.raises(ValueError, match="timezone"):
        srs.new_card("d", "q", datetime(2024, 6, 20))
