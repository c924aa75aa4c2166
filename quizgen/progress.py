"""Study progress in SQLite: one FSRS card per (deck id, question id), and every review.

The file lives in the user's data directory (platformdirs), or in ``$QUIZGEN_HOME``, or where
``--data-dir`` says.

Never losing progress:

- Each answer is written in its own transaction, committed before ``record`` returns (so before the
  next question shows). WAL mode with ``synchronous=FULL``: a commit fsyncs the write-ahead log, so a
  committed answer survives the process being killed *and* a power cut. (``NORMAL`` would be enough
  against a killed process, but may lose the last commits on power loss; an fsync per answer costs
  nothing at human answering speed.) ``tests/test_crash.py`` SIGKILLs a process answering questions
  many times and checks every acknowledged answer is there.
- ``PRAGMA user_version`` holds the schema version. An older file is migrated in place by the ordered
  steps in ``MIGRATIONS`` (each step and its version bump in one transaction; a copy of the file is
  kept first as ``<name>.v<old>-backup``). A file from a newer quizgen is refused, never touched.
- A file that is not a readable SQLite database (garbage, truncated, failing ``quick_check``) is set
  aside as ``<name>.corrupt-<UTC time>`` (with its ``-wal``), never deleted, and a fresh file is
  started; ``ProgressStore.notice`` then says so, for the CLI and the app to show.

Cards are keyed by question id, which is stable across wording edits; cards of questions that are
no longer in a deck are kept (and not shown), so restoring a removed fact restores its history.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from fsrs import Card, Rating, State

from .errors import QuizgenError

SCHEMA_VERSION = 1
DB_NAME = "progress.sqlite3"
ENV_HOME = "QUIZGEN_HOME"
SQLITE_MAGIC = b"SQLite format 3\x00"
_SIDE_FILES = ("-wal", "-shm", "-journal")  # SQLite's companions of a database file

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


class _Corrupt(Exception):
    """The file is not a readable database (internal: the store sets it aside)."""


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    """SQLITE_CORRUPT or SQLITE_NOTADB: the bytes are wrong (not busy, locked, read-only, full...)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and (code & 0xFF) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


# -- migrations ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Migration:
    """One step: brings a file at schema ``version - 1`` to ``version``, inside one transaction."""

    version: int
    summary: str
    apply: Callable[[sqlite3.Connection], None]


def _tables(db: sqlite3.Connection) -> set[str]:
    return {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


def _create_v1(db: sqlite3.Connection) -> None:
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)


def _to_v1(db: sqlite3.Connection) -> None:
    """Version 0 -> 1: an empty file gets the schema; a file from before schema versions is converted.

    Version 0 (quizgen's first development builds, before ``user_version`` was set) kept only
    ``cards(deck_id, question_id, card, due)`` with the FSRS card as JSON, and no review log. Each
    card is kept: its fact id comes from the question id (``<fact>:<template>:<type>``), its dates
    and state from the card; ``reps`` is 1 (it was reviewed at least once), ``lapses`` 0.
    """
    tables = _tables(db)
    if "cards" not in tables:
        _create_v1(db)
        return
    missing = {"deck_id", "question_id", "card"} - _columns(db, "cards")
    if missing or "reviews" in tables:
        what = f"columns {', '.join(sorted(missing))} missing" if missing else "a reviews table"
        raise ProgressError(f"not a quizgen progress file of a known version (schema 0 with {what})")
    db.execute("ALTER TABLE cards RENAME TO cards_v0")
    _create_v1(db)
    rows = db.execute("SELECT deck_id, question_id, card FROM cards_v0").fetchall()
    for deck_id, question_id, card_json in rows:
        try:
            card = Card.from_dict(json.loads(card_json))
        except (ValueError, TypeError, KeyError) as exc:
            raise ProgressError(f"card {deck_id}/{question_id} cannot be read ({exc})") from exc
        last = card.last_review or card.due
        db.execute(
            "INSERT INTO cards (deck_id, question_id, fact_id, card, state, due, first_review,"
            " last_review, reps, lapses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 0)",
            (deck_id, question_id, question_id.rsplit(":", 2)[0], json.dumps(card.to_dict()),
             int(card.state), stamp(card.due), stamp(last), stamp(last)))
    db.execute("DROP TABLE cards_v0")


# In order; ``MIGRATIONS[i].version == i + 1`` and the last one is ``SCHEMA_VERSION``.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "schema versions; cards with fact id, state, dates and counts; the review log", _to_v1),
)


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
    """The SQLite file. Use as a context manager, or call ``close()``.

    Opening migrates an older file, refuses a newer one (``ProgressError``), and sets a damaged one
    aside and starts afresh: then ``set_aside`` is where it went and ``notice`` the message to show.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.migrations = MIGRATIONS
        self.set_aside: Path | None = None
        self.notice: str | None = None
        self.backup: Path | None = None  # the copy kept before a migration
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ProgressError(f"{self.path.parent}: cannot create the data directory ({exc}); "
                                f"pass --data-dir to use another") from exc
        try:
            self._db = self._open()
        except _Corrupt as damage:
            self._set_aside(str(damage))
            try:
                self._db = self._open()
            except _Corrupt as again:
                raise ProgressError(f"{self.path}: a fresh progress file cannot be created ({again})") from again

    @property
    def target_version(self) -> int:
        return self.migrations[-1].version if self.migrations else 0

    def _open(self) -> sqlite3.Connection:
        """Check, connect, migrate. Raises _Corrupt for a damaged file, ProgressError otherwise."""
        checked = self._check_file()
        try:
            db = sqlite3.connect(self.path, isolation_level=None, timeout=5.0)
        except sqlite3.Error as exc:
            raise self._cannot_open(exc) from exc
        try:
            if not checked:
                self._check(db)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            self._db = db
            self._migrate()
        except sqlite3.DatabaseError as exc:
            db.close()
            if _is_damage(exc):
                raise _Corrupt(str(exc)) from exc
            raise self._cannot_open(exc) from exc
        except BaseException:
            db.close()
            raise
        return db

    def _check_file(self) -> bool:
        """Header, version and ``quick_check`` on a read-only connection, so nothing is written yet.

        (A read-only connection never checkpoints or deletes a ``-wal`` left by a killed process, so a
        damaged file is set aside with its log intact.) False if the checks are left to the writable
        connection: no file yet, or one SQLite will not open read-only (a hot rollback journal).
        """
        self._check_header()
        if not self.path.exists() or self.path.stat().st_size == 0:
            return False
        try:
            db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
        except sqlite3.Error:
            return False
        try:
            self._check(db)
        except sqlite3.DatabaseError as exc:
            if _is_damage(exc):
                raise _Corrupt(str(exc)) from exc
            return False
        finally:
            db.close()
        return True

    def _check(self, db: sqlite3.Connection) -> None:
        # The version first (through the WAL, if one is left over), before anything is written.
        self._refuse_newer(int(db.execute("PRAGMA user_version").fetchone()[0]))
        problems = [row[0] for row in db.execute("PRAGMA quick_check(3)")]
        if problems != ["ok"]:
            raise _Corrupt("; ".join(problems))

    def _cannot_open(self, exc: sqlite3.Error) -> ProgressError:
        return ProgressError(f"{self.path}: cannot open the progress file ({exc}); "
                             f"pass --data-dir to use another")

    def _check_header(self) -> None:
        """Garbage and newer files are recognised from the first 100 bytes, without opening them."""
        try:
            with open(self.path, "rb") as f:
                header = f.read(100)
        except FileNotFoundError:
            return
        except OSError as exc:
            raise ProgressError(f"{self.path}: cannot read the progress file ({exc})") from exc
        if not header:
            return  # an empty file is an empty database
        if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
            raise _Corrupt("not an SQLite database")
        self._refuse_newer(int.from_bytes(header[60:64], "big"))

    def _refuse_newer(self, version: int) -> None:
        if version > self.target_version:
            raise ProgressError(f"{self.path}: made by a newer quizgen (schema {version}, this one knows "
                                f"{self.target_version}); upgrade quizgen or pass --data-dir. "
                                f"The file was not changed.")

    def _set_aside(self, reason: str) -> None:
        """Rename the damaged file (and its -wal, -shm) to ``<name>.corrupt-<UTC time>``; never delete it."""
        moment = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{moment}")
        n = 1
        while aside.exists():
            aside = self.path.with_name(f"{self.path.name}.corrupt-{moment}-{n}")
            n += 1
        try:
            # Companions first: a stale -wal left next to a fresh file could be replayed into it.
            for suffix in _SIDE_FILES:
                side = self.path.with_name(self.path.name + suffix)
                if side.exists():
                    os.replace(side, aside.with_name(aside.name + suffix))
            os.replace(self.path, aside)
        except OSError as exc:
            raise ProgressError(f"{self.path}: the progress file is damaged ({reason}) and cannot be "
                                f"moved aside ({exc}); move it yourself or pass --data-dir") from exc
        self.set_aside = aside
        self.notice = (f"The progress file {self.path} was damaged ({reason}). It was set aside as "
                       f"{aside.name} (nothing was deleted) and a fresh progress file was started.")

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
        """One write transaction, committed on leaving (so durable: WAL + synchronous=FULL)."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
            self._db.execute("COMMIT")
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise

    @contextmanager
    def _saving(self) -> Iterator[None]:
        """SQLite errors while saving as ProgressError (the app shows it; the answer can be given again)."""
        try:
            yield
        except sqlite3.Error as exc:
            hint = ("the file is damaged: quit, and the next start sets it aside and starts a fresh one"
                    if isinstance(exc, sqlite3.DatabaseError) and _is_damage(exc) else "nothing was saved")
            raise ProgressError(f"{self.path}: the answer could not be saved ({exc}); {hint}") from exc

    def _migrate(self) -> None:
        """Run each step after the file's version, in order, each in its own transaction."""
        version = self.schema_version
        steps = [m for m in self.migrations if m.version > version]
        if steps and _tables(self._db):
            self._keep_backup(version)
        for step in steps:
            with self._transaction() as db:
                if int(db.execute("PRAGMA user_version").fetchone()[0]) >= step.version:
                    continue  # another process migrated it meanwhile
                try:
                    step.apply(db)
                except ProgressError as exc:
                    raise ProgressError(f"{self.path}: cannot migrate to schema {step.version}: {exc.message}; "
                                        f"the file was not changed") from exc
                db.execute(f"PRAGMA user_version = {int(step.version)}")

    def _keep_backup(self, version: int) -> None:
        """A consistent copy of the file before migrating it: ``<name>.v<version>-backup``."""
        backup = self.path.with_name(f"{self.path.name}.v{version}-backup")
        partial = backup.with_name(backup.name + ".partial")
        partial.unlink(missing_ok=True)
        copy = sqlite3.connect(partial)
        try:
            self._db.backup(copy)
        finally:
            copy.close()
        os.replace(partial, backup)
        self.backup = backup

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
        """Store one answer and the card it leaves, in one committed transaction. Returns the review id.

        When this returns the answer is on disk; when it raises (ProgressError) nothing of it is.
        """
        with self._saving(), self._transaction() as db:
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
        with self._saving(), self._transaction() as db:
            row = db.execute("SELECT deck_id, question_id FROM reviews WHERE id = ?", (review_id,)).fetchone()
            if row is None:
                raise ProgressError(f"{self.path}: no review {review_id}")
            db.execute("UPDATE reviews SET rating = ?, due_after = ? WHERE id = ?",
                       (int(rating), stamp(after.due), review_id))
            db.execute("UPDATE cards SET card = ?, state = ?, due = ? WHERE deck_id = ? AND question_id = ?",
                       (json.dumps(after.to_dict()), int(after.state), stamp(after.due), row[0], row[1]))


__all__ = ["MIGRATIONS", "CardRecord", "DeckCounts", "Migration", "ProgressError", "ProgressStore",
           "SCHEMA_VERSION", "data_dir", "stamp"]
