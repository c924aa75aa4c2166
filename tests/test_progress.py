"""The SQLite progress store: real files, fixed times."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizgen.progress import SCHEMA_VERSION, ProgressError, ProgressStore, data_dir
from quizgen.scheduling import Rating, SpacedRepetition

T0 = datetime(2024, 6, 20, 9, 0, tzinfo=UTC)
SRS = SpacedRepetition(fuzz=False)


def answer(store: ProgressStore, qid: str, rating: Rating, now: datetime, deck: str = "d") -> int:
    before = store.cards(deck).get(qid)
    card = before.card if before else SRS.new_card(deck, qid, now)
    after = SRS.review(card, rating, now)
    return store.record(deck_id=deck, question_id=qid, fact_id=qid.split(":")[0],
                        before=before.card if before else None, after=after, rating=rating,
                        verdict="correct" if rating > Rating.Again else "wrong", given="x", now=now)


def test_schema_version_wal_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    with ProgressStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        answer(store, "f:t:mc", Rating.Good, T0)
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    raw.close()
    with ProgressStore(path) as store:
        cards = store.cards("d")
        assert cards["f:t:mc"].due > T0
        assert cards["f:t:mc"].reps == 1


def test_each_answer_is_committed_at_once(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    store = ProgressStore(path)
    answer(store, "f:t:mc", Rating.Again, T0)
    other = sqlite3.connect(path)  # a second connection sees it before the store is closed
    assert other.execute("SELECT count(*) FROM reviews").fetchone()[0] == 1
    assert other.execute("SELECT rating FROM reviews").fetchone()[0] == Rating.Again
    other.close()
    store.close()


def test_counts_new_due_learning_learned_and_retention(tmp_path: Path) -> None:
    with ProgressStore(tmp_path / "p.sqlite3") as store:
        ids = ["a:t:mc", "b:t:mc", "c:t:mc", "d:t:mc"]
        answer(store, "a:t:mc", Rating.Easy, T0)  # review state, due in days
        answer(store, "b:t:mc", Rating.Good, T0)  # learning, due in minutes
        answer(store, "c:t:mc", Rating.Again, T0)
        counts = store.counts("d", ids, T0 + timedelta(minutes=5))
        assert (counts.cards, counts.new, counts.due, counts.learning, counts.learned) == (4, 1, 1, 1, 1)
        assert counts.retention is None
        later = T0 + timedelta(days=60)
        answer(store, "a:t:mc", Rating.Good, later)  # recalled a learned card
        counts = store.counts("d", ids, later)
        assert counts.retention == 1.0 and counts.reviews == 4


def test_removed_questions_keep_their_cards(tmp_path: Path) -> None:
    with ProgressStore(tmp_path / "p.sqlite3") as store:
        answer(store, "gone:t:mc", Rating.Good, T0)
        counts = store.counts("d", ["kept:t:mc"], T0)
        assert counts.cards == 1 and counts.new == 1
        assert "gone:t:mc" in store.cards("d")  # restoring the fact restores its history


def test_rerate_changes_the_last_review(tmp_path: Path) -> None:
    with ProgressStore(tmp_path / "p.sqlite3") as store:
        review = answer(store, "f:t:typed", Rating.Good, T0)
        easy = SRS.review(SRS.new_card("d", "f:t:typed", T0), Rating.Easy, T0)
        store.rerate(review, after=easy, rating=Rating.Easy)
        assert store.reviews("d")[0]["rating"] == Rating.Easy
        assert store.cards("d")["f:t:typed"].due == easy.due


def test_newer_schema_and_garbage_files_are_reported(tmp_path: Path) -> None:
    newer = tmp_path / "newer.sqlite3"
    db = sqlite3.connect(newer)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(ProgressError, match="newer quizgen"):
        ProgressStore(newer)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(ProgressError, match="cannot open"):
        ProgressStore(junk)


def test_data_dir_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUIZGEN_HOME", str(tmp_path / "env"))
    assert data_dir() == tmp_path / "env"
    assert data_dir(tmp_path / "flag") == tmp_path / "flag"
    monkeypatch.delenv("QUIZGEN_HOME")
    assert "quizgen" in str(data_dir())


def test_stats_command_prints_counts_per_deck(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from quizgen.cli import main
    from quizgen.deck import load_deck
    from quizgen.session import QuizSession, load_questions

    deck_path = Path(__file__).resolve().parent.parent / "decks" / "putin-hanoi-2024.yaml"
    deck = load_deck(deck_path)
    questions = load_questions(deck)
    with ProgressStore(tmp_path / "progress.sqlite3") as store:
        session = QuizSession(deck.id, questions, store, clock=lambda: T0, srs=SRS, new_limit=2)
        q = session.current
        session.answer({"mc": 0, "tf": "t"}.get(q.type, q.answer))
    assert main(["stats", str(deck_path), "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    header, row = out.splitlines()[:2]
    assert header.split() == ["deck", "questions", "new", "learning", "due", "learned", "reviews", "retention"]
    cells = row.split()
    assert cells[0] == deck.id and int(cells[1]) == len(questions) and int(cells[2]) == len(questions) - 1
    assert cells[6] == "1"
    assert str(tmp_path / "progress.sqlite3") in out


def test_stats_reports_a_broken_deck_and_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from quizgen.cli import main

    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\n", encoding="utf-8")
    assert main(["stats", str(bad), "--data-dir", str(tmp_path)]) == 2
    assert "bad.yaml" in capsys.readouterr().err
