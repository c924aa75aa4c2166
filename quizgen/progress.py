"""Study progress in SQLite: one FSRS card per (deck id, question id), and every review.

The file lives in the user's data directory (platformdirs), or in ``$QUIZGEN_HOME``, or where
``--data-dir`` says. WAL mode, ``synchronous=FULL``, and each answer is written in its own
transaction, so quitting (or a crash) never loses a committed answer. ``PRAGMA user_version``
holds the schema version so later versions can migrate.

Cards are keyed by question id, which is stable across wording edits; cards of questions that are
no longer in a deck are kept (and not shown), so restoring a removed fact restores its history.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from fsrs import Card, Rating, State

from .errors import QuizgenError

SCHEMA_VERSION = 1
DB_NAME = "progress.sqlite3"
ENV_HOME = "QUIZGEN_HOME"

_SCHEMA = """
CREATE TABLE cards (
    deck_id      TEXT NOT NULL,
    question_id  TEXT NOT NULL,
    fact_id      TEXT NOT NULL,
    card         TEXT NOT NULL,     -- fsrs Card.to_dict() as JSON
    state        INTEGER NOT NULL,  -- fsrs State: 1 learning, 2 review, 3 relearning
    due          TEXT NOT NULL,     -- UTC, ISO 8601, sortable
    first_review TEXT NOT NULL,
    last_review  TEXT NOT NULL,
    reps         INTEGER NOT NULL,
    lapses       INTEGER NOT NULL,
    PRIMARY KEY (deck_id, question_id)
) WITHOUT ROWID;
CREATE TABLE reviews (
    id           INTEGER PRIMARY KEY,
    deck_id      TEXT NOT NULL,
    question_id  TEXT NOT NULL,
    reviewed_at  TEXT NOT NULL,
    rating       INTEGER NOT NULL,  -- fsrs Rating: 1 again, 2 hard, 3 good, 4 easy
    verdict      TEXT NOT NULL,     -- correct / lenient / wrong
    given        TEXT NOT NULL,     -- what the student answered
    state_before INTEGER,           -- NULL for a card's first review
    due_after    TEXT NOT NULL,
    elapsed_ms   INTEGER
);
CREATE INDEX reviews_by_card ON reviews (deck_id, question_id);
"""


class ProgressError(QuizgenError):
    title = "Progress file error"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Where progress lives: ``override`` (``--data-dir``), else ``$QUIZGEN_HOME``, else the user data dir."""
    if override:
        return Path(override).expanduser()
    if os.environ.get(ENV_HOME):
        return Path(os.environ[ENV_HOME]).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("quizgen", appauthor=False))


def stamp(moment: datetime) -> str:
    """A datetime as stored: UTC, fixed-width ISO 8601 (so text order is time order)."""
    if moment.tzinfo is None:
        raise ValueError("times must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def unstamp(text: str) -> datetime:
    return datetime.fromisoformat(text)


@dataclass(frozen=True, slots=True)
class CardRecord:
    card: Card
    fact_id: str
    first_review: datetime
    reps: int
    lapses: int

    @property
    def due(self) -> datetime:
        return self.card.due


@dataclass(frozen=True, slots=True)
class DeckCounts:
    """What ``quizgen stats`` and the deck screen show for one deck at one moment."""

    cards: int  # questions in the deck now
    new: int
    learning: int  # learning or relearning, not yet due
    due: int
    learned: int  # in review, not due
    reviews: int
    retention: float | None  # share of reviews of learned cards that were recalled

    @property
    def seen(self) -> int:
        return self.cards - self.new


class ProgressStore:
    """The SQLite file. Use as a context manager, or call ``close()``."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=5.0)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._migrate()
        except (sqlite3.DatabaseError, OSError) as exc:
            raise ProgressError(f"{self.path}: cannot open the progress file ({exc}); "
                                f"move it aside or pass --data-dir to use another") from exc

    @classmethod
    def in_dir(cls, directory: str | os.PathLike[str] | None = None) -> ProgressStore:
        return cls(data_dir(directory) / DB_NAME)

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        else:
            self._db.execute("COMMIT")

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise ProgressError(f"{self.path}: made by a newer quizgen (schema {version}, this one knows "
                                f"{SCHEMA_VERSION}); upgrade quizgen or pass --data-dir")
        if version == 0:
            with self._transaction() as db:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        # Later versions: `if version == 1: ...migrate to 2...` here, each in its own transaction.

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    # -- reading --------------------------------------------------------------------------------
    def cards(self, deck_id: str) -> dict[str, CardRecord]:
        """Every card of a deck, including those whose question is no longer in it."""
        rows = self._db.execute(
            "SELECT question_id, fact_id, card, first_review, reps, lapses FROM cards WHERE deck_id = ?",
            (deck_id,))
        return {qid: CardRecord(Card.from_dict(json.loads(card)), fact, unstamp(first), reps, lapses)
                for qid, fact, card, first, reps, lapses in rows}

    def new_since(self, deck_id: str, since: datetime) -> int:
        """Cards of the deck first reviewed at or after ``since`` (new cards introduced today)."""
        row = self._db.execute("SELECT count(*) FROM cards WHERE deck_id = ? AND first_review >= ?",
                               (deck_id, stamp(since))).fetchone()
        return int(row[0])

    def reviews(self, deck_id: str, question_id: str | None = None) -> list[dict[str, object]]:
        sql = "SELECT * FROM reviews WHERE deck_id = ?" + (" AND question_id = ?" if question_id else "")
        params: tuple[str, ...] = (deck_id, question_id) if question_id else (deck_id,)
        cur = self._db.execute(sql + " ORDER BY id", params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur]

    def counts(self, deck_id: str, question_ids: Iterable[str], now: datetime) -> DeckCounts:
        """Counts over the deck's current questions (cards of removed questions are not counted)."""
        ids = list(dict.fromkeys(question_ids))
        cards = self.cards(deck_id)
        present = [cards[i] for i in ids if i in cards]
        due = sum(1 for c in present if c.due <= now)
        learning_states = (State.Learning, State.Relearning)
        learning = sum(1 for c in present if c.due > now and c.card.state in learning_states)
        learned = sum(1 for c in present if c.due > now and c.card.state is State.Review)
        wanted = set(ids)
        reviews = [r for r in self._review_outcomes(deck_id) if r[0] in wanted]
        mature = [rating for _qid, rating, before in reviews if before == State.Review.value]
        retention = (sum(1 for r in mature if r != Rating.Again.value) / len(mature)) if mature else None
        return DeckCounts(len(ids), len(ids) - len(present), learning, due, learned, len(reviews), retention)

    def _review_outcomes(self, deck_id: str) -> list[tuple[str, int, int | None]]:
        return list(self._db.execute(
            "SELECT question_id, rating, state_before FROM reviews WHERE deck_id = ?", (deck_id,)))

    # -- writing --------------------------------------------------------------------------------
    def record(self, *, deck_id: str, question_id: str, fact_id: str, before: Card | None, after: Card,
               rating: Rating, verdict: str, given: str, now: datetime, elapsed_ms: int | None = None) -> int:
        """Store one answer and the card it leaves, in one committed transaction. Returns the review id."""
        with self._transaction() as db:
            cur = db.execute(
                "INSERT INTO reviews (deck_id, question_id, reviewed_at, rating, verdict, given,"
                " state_before, due_after, elapsed_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (deck_id, question_id, stamp(now), int(rating), verdict, given,
                 int(before.state) if before is not None else None, stamp(after.due), elapsed_ms))
            review_id = int(cur.lastrowid or 0)
            lapse = 1 if rating == Rating.Again and before is not None and before.state is State.Review else 0
            db.execute(
                "INSERT INTO cards (deck_id, question_id, fact_id, card, state, due, first_review,"
                " last_review, reps, lapses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"
                " ON CONFLICT (deck_id, question_id) DO UPDATE SET fact_id = excluded.fact_id,"
                " card = excluded.card, state = excluded.state, due = excluded.due,"
                " last_review = excluded.last_review, reps = reps + 1, lapses = lapses + excluded.lapses",
                (deck_id, question_id, fact_id, json.dumps(after.to_dict()), int(after.state),
                 stamp(after.due), stamp(now), stamp(now), lapse))
        return review_id

    def rerate(self, review_id: int, *, after: Card, rating: Rating) -> None:
        """Change the rating of the latest review of a card (the student marked it easy)."""
        with self._transaction() as db:
            row = db.execute("SELECT deck_id, question_id FROM reviews WHERE id = ?", (review_id,)).fetchone()
            if row is None:
                raise ProgressError(f"{self.path}: no review {review_id}")
            db.execute("UPDATE reviews SET rating = ?, due_after = ? WHERE id = ?",
                       (int(rating), stamp(after.due), review_id))
            db.execute("UPDATE cards SET card = ?, state = ?, due = ? WHERE deck_id = ? AND question_id = ?",
                       (json.dumps(after.to_dict()), int(after.state), stamp(after.due), row[0], row[1]))


__all__ = ["CardRecord", "DeckCounts", "ProgressError", "ProgressStore", "SCHEMA_VERSION", "data_dir",
           "stamp"]
