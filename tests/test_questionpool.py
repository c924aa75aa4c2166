"""QuestionPool: a large deck's quiz made as needed gives exactly the questions, order and names of the whole pool."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bench.make_big_deck import write
from quizgen.deck import load_deck
from quizgen.matching import DeckNames
from quizgen.model import Deck
from quizgen.progress import ProgressStore
from quizgen.questionpool import QuestionPool
from quizgen.questions.model import QuestionType
from quizgen.session import QuizSession, load_questions, plan

T0 = datetime(2024, 7, 1, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Deck:
    return load_deck(write(tmp_path_factory.mktemp("deck"), 700))  # over 500 questions: the stream is used


def _same(deck: Deck, store: ProgressStore, now: datetime, limits: tuple[int, ...] = (20, 0, 3, 5000)) -> None:
    whole = load_questions(deck)
    for limit in limits:
        pool = QuestionPool(deck, eager_facts=0)
        lazy = pool.plan(store, now, limit)
        assert [q.to_dict() for q in lazy] == [q.to_dict() for q in plan(whole, store, deck.id, now, limit)]


def test_order_and_names_match_the_whole_pool(big: Deck) -> None:
    pool = QuestionPool(big, eager_facts=0)
    first = next(pool.ordered())
    assert not pool.complete and len(pool._made) < len(big.facts) // 2  # the first question needs few facts
    whole = load_questions(big)
    assert first == whole[0]
    assert pool.all() == whole
    fresh = QuestionPool(big, eager_facts=0)
    assert sorted(fresh.ids()) == sorted(q.id for q in whole)
    assert fresh.names() == DeckNames.from_questions(whole)


def test_sessions_match_plan(big: Deck, tmp_path: Path) -> None:
    """A new student, then one with answers (due, learning, reviewed today) at several later times."""
    with ProgressStore(tmp_path / "p.sqlite3") as store:
        _same(big, store, T0)
        clock = [T0]
        session = QuizSession(big.id, QuestionPool(big, eager_facts=0), store, clock=lambda: clock[0], new_limit=15)
        while not session.finished:
            q = session.current
            assert q is not None
            answer = {QuestionType.MC: "1", QuestionType.TF: "t"}.get(q.type, "x")
            session.answer(answer)
            clock[0] += timedelta(seconds=7)
            session.advance()
        for later in (timedelta(minutes=3), timedelta(hours=20), timedelta(days=3)):
            _same(big, store, T0 + later)


def test_small_decks_are_made_whole(bundled_deck_path: Path, tmp_path: Path) -> None:
    deck = load_deck(bundled_deck_path)
    assert QuestionPool(deck).complete
    with ProgressStore(tmp_path / "p.sqlite3") as store:
        _same(deck, store, T0)  # a stream over fewer than 500 questions falls back to the whole pool
