"""The SQLite progress store: real files, fixed times."""

from __future__ import annotations

import hashlib
import json
import random
import re
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizgen import progress
from quizgen.progress import DB_NAME, SCHEMA_VERSION, Migration, ProgressError, ProgressStore, data_dir
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


# -- crash safety, migrations, damaged files ----------------------------------------------------
def snapshot(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` with a hash of its bytes."""
    return {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in sorted(folder.iterdir())}


def filled(path: Path, n: int = 30) -> None:
    """A real progress file with ``n`` answers over a few cards, closed (checkpointed)."""
    with ProgressStore(path) as store:
        for i in range(n):
            answer(store, f"f{i % 7}:t:mc", Rating.Good if i % 3 else Rating.Again, T0 + timedelta(days=i),
                   deck="deck")


def test_wal_synchronous_full_and_no_open_transaction(tmp_path: Path) -> None:
    with ProgressStore(tmp_path / DB_NAME) as store:
        assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        answer(store, "f:t:mc", Rating.Good, T0)
        assert not store._db.in_transaction  # committed, nothing pending


def test_a_session_answer_is_committed_before_the_next_question(tmp_path: Path) -> None:
    from test_session import QUESTIONS, Clock

    from quizgen.session import QuizSession

    path = tmp_path / DB_NAME
    with ProgressStore(path) as store:
        session = QuizSession("d", QUESTIONS, store, clock=Clock(), srs=SRS)
        responses = iter([1, "t", "Nguyen Phu Trong", "19 June 2024"])
        for n in range(1, len(QUESTIONS) + 1):
            session.answer(next(responses))
            other = sqlite3.connect(path)  # another process would see it now, before advance()
            assert other.execute("SELECT count(*) FROM reviews").fetchone()[0] == n
            other.close()
            assert not store._db.in_transaction
            session.advance()


def test_newer_schema_is_refused_and_never_touched(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE future (x)")
    db.execute("INSERT INTO future VALUES (42)")
    db.commit()
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = snapshot(tmp_path)
    with pytest.raises(ProgressError, match=rf"newer quizgen \(schema {SCHEMA_VERSION + 1}, this one knows "
                                            rf"{SCHEMA_VERSION}\).*not changed"):
        ProgressStore(path)
    assert snapshot(tmp_path) == before  # same bytes, no -wal/-shm/backup next to it


def test_newer_schema_in_wal_mode_is_refused(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    filled(path, 3)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.close()
    with pytest.raises(ProgressError, match="newer quizgen"):
        ProgressStore(path)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 5
    db.close()


def assert_set_aside(store: ProgressStore, folder: Path, original: bytes) -> Path:
    aside = store.set_aside
    assert aside is not None and aside.parent == folder
    assert re.fullmatch(rf"{re.escape(DB_NAME)}\.corrupt-\d{{8}}T\d{{6}}Z", aside.name)
    assert aside.read_bytes() == original  # kept as it was, never deleted or repaired
    assert store.notice and aside.name in store.notice and "set aside" in store.notice
    assert store.schema_version == SCHEMA_VERSION and store.cards("deck") == {}  # a fresh file
    return aside


def test_random_bytes_are_set_aside_and_a_fresh_file_started(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    junk = random.Random(8).randbytes(50_000)
    path.write_bytes(junk)
    with ProgressStore(path) as store:
        assert_set_aside(store, tmp_path, junk)
        answer(store, "f:t:mc", Rating.Good, T0, deck="deck")  # the fresh file works
    with ProgressStore(path) as store:
        assert store.notice is None and len(store.reviews("deck")) == 1
    # A second damaged file a moment later gets its own name.
    path.write_bytes(junk[:10])
    with ProgressStore(path) as store:
        assert store.set_aside is not None and store.set_aside.read_bytes() == junk[:10]
    assert len(list(tmp_path.glob(f"{DB_NAME}.corrupt-*"))) == 2


@pytest.mark.parametrize("keep", [0.5, 0.9, 60 / 4096])
def test_a_truncated_real_file_is_set_aside(tmp_path: Path, keep: float) -> None:
    path = tmp_path / DB_NAME
    filled(path, 250)
    data = path.read_bytes()
    assert len(data) > 8 * 4096
    cut = data[:int(len(data) * keep)] if keep > 0.1 else data[:60]
    path.write_bytes(cut)
    with ProgressStore(path) as store:
        assert_set_aside(store, tmp_path, cut)


def test_a_damaged_page_is_set_aside_with_its_wal(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    filled(path, 250)
    data = bytearray(path.read_bytes())
    data[3 * 4096:4 * 4096] = b"\xff" * 4096  # one b-tree page overwritten
    path.write_bytes(bytes(data))
    wal = tmp_path / (DB_NAME + "-wal")
    wal.write_bytes(b"stale log")
    with ProgressStore(path) as store:
        aside = assert_set_aside(store, tmp_path, bytes(data))
        assert (tmp_path / (aside.name + "-wal")).read_bytes() == b"stale log"  # moved along, not replayed


def version0(path: Path, cards: list[tuple[str, str, dict[str, object]]]) -> None:
    """A file from before schema versions: only ``cards(deck_id, question_id, card, due)``, no version."""
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE cards (deck_id TEXT, question_id TEXT, card TEXT, due TEXT,"
               " PRIMARY KEY (deck_id, question_id))")
    db.executemany("INSERT INTO cards VALUES (?, ?, ?, ?)",
                   [(d, q, json.dumps(c), c["due"]) for d, q, c in cards])
    db.commit()
    db.close()


def v0_card(qid: str, rating: Rating, when: datetime) -> dict[str, object]:
    return SRS.review(SRS.new_card("deck", qid, when), rating, when).to_dict()


def test_a_version_0_file_is_migrated_and_keeps_its_cards(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    old = [("deck", "putin:who:typed", v0_card("putin:who:typed", Rating.Easy, T0)),
           ("deck", "pact:when:cloze", v0_card("pact:when:cloze", Rating.Again, T0)),
           ("other", "x:y:mc", v0_card("x:y:mc", Rating.Good, T0))]
    version0(path, old)
    db = sqlite3.connect(path)
    original = db.execute("SELECT deck_id, question_id, card, due FROM cards").fetchall()
    db.close()
    with ProgressStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION and store.notice is None
        cards = store.cards("deck")
        assert set(cards) == {"putin:who:typed", "pact:when:cloze"}
        putin = cards["putin:who:typed"]
        assert putin.card.to_dict() == old[0][2] and putin.fact_id == "putin" and putin.reps == 1
        assert putin.first_review == T0
        assert set(store.cards("other")) == {"x:y:mc"}
        assert store.backup is not None  # the old file, kept as it was
        kept = sqlite3.connect(store.backup)
        assert kept.execute("SELECT deck_id, question_id, card, due FROM cards").fetchall() == original
        assert kept.execute("PRAGMA user_version").fetchone()[0] == 0
        kept.close()
        # Studying goes on from the migrated card.
        later = putin.due + timedelta(days=1)
        answer(store, "putin:who:typed", Rating.Good, later, deck="deck")
        assert store.cards("deck")["putin:who:typed"].reps == 2
    with ProgressStore(path) as store:  # opening again migrates nothing
        assert store.backup is None and len(store.reviews("deck")) == 1


def test_an_empty_version_0_file_gets_the_schema_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    path.touch()
    with ProgressStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION and store.backup is None and store.notice is None
    assert sorted(f.name for f in tmp_path.iterdir() if "backup" in f.name) == []


def test_an_unknown_version_0_layout_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE cards (name TEXT)")
    db.execute("INSERT INTO cards VALUES ('mine')")
    db.commit()
    db.close()
    with pytest.raises(ProgressError, match="not a quizgen progress file.*not changed"):
        ProgressStore(path)
    db = sqlite3.connect(path)
    assert db.execute("SELECT name FROM cards").fetchall() == [("mine",)]
    assert db.execute("PRAGMA user_version").fetchone()[0] == 0
    db.close()


def add_notes(db: sqlite3.Connection) -> None:
    db.execute("ALTER TABLE cards ADD COLUMN note TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE cards SET note = 'from v1'")


def test_a_later_migration_step_runs_in_order_and_keeps_the_data(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / DB_NAME
    filled(path, 10)
    monkeypatch.setattr(progress, "MIGRATIONS", (*progress.MIGRATIONS, Migration(2, "card notes", add_notes)))
    with ProgressStore(path) as store:
        assert store.schema_version == 2 and store.backup == tmp_path / f"{DB_NAME}.v1-backup"
        assert len(store.reviews("deck")) == 10 and len(store.cards("deck")) == 7
        assert {n for (n,) in store._db.execute("SELECT note FROM cards")} == {"from v1"}
    with ProgressStore(tmp_path / "fresh.sqlite3") as store:  # a new file runs every step
        assert store.schema_version == 2
        assert "note" in {r[1] for r in store._db.execute("PRAGMA table_info(cards)")}
    monkeypatch.undo()
    with pytest.raises(ProgressError, match="newer quizgen"):  # the older quizgen refuses it now
        ProgressStore(path)


def test_a_failing_migration_step_leaves_the_file_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / DB_NAME
    filled(path, 10)

    def half_done(db: sqlite3.Connection) -> None:
        add_notes(db)
        raise ProgressError("card notes cannot be made")

    monkeypatch.setattr(progress, "MIGRATIONS", (*progress.MIGRATIONS, Migration(2, "card notes", half_done)))
    with pytest.raises(ProgressError, match="cannot migrate to schema 2: card notes cannot be made"):
        ProgressStore(path)
    monkeypatch.undo()
    with ProgressStore(path) as store:  # still version 1, every answer there, no half-made column
        assert store.schema_version == 1 and len(store.reviews("deck")) == 10
        assert "note" not in {r[1] for r in store._db.execute("PRAGMA table_info(cards)")}


def test_stats_prints_the_set_aside_notice_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from quizgen.cli import main

    deck_path = Path(__file__).resolve().parent.parent / "decks" / "putin-hanoi-2024.yaml"
    (tmp_path / DB_NAME).write_bytes(b"\x00garbage" * 100)
    assert main(["stats", str(deck_path), "--data-dir", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert "was damaged" in captured.err and ".corrupt-" in captured.err
    assert "progress.sqlite3.corrupt-" not in captured.out
    assert len(list(tmp_path.glob(f"{DB_NAME}.corrupt-*"))) == 1


def test_stats_refuses_a_newer_file_with_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from quizgen.cli import main

    db = sqlite3.connect(tmp_path / DB_NAME)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    assert main(["stats", "--data-dir", str(tmp_path)]) == 2
    assert "newer quizgen" in capsys.readouterr().err


def _headless_quiz(monkeypatch: pytest.MonkeyPatch, drive) -> None:
    """``quizgen quiz`` runs its app headless, driven by ``drive(pilot)``."""
    from tui.app import QuizApp

    real_run = QuizApp.run
    monkeypatch.setattr(QuizApp, "run", lambda self, **kw: real_run(self, headless=True, auto_pilot=drive))


async def _until(pilot, condition) -> None:
    for _ in range(200):
        if condition():
            return
        await pilot.pause(0.01)
    raise AssertionError("the app never got there")


def test_the_quiz_app_shows_the_set_aside_notice(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Opened after the first frame: a notification in the app, and on stderr once it closes."""
    from textual.widgets._toast import Toast

    from tui.cli import main

    (tmp_path / DB_NAME).write_bytes(b"\x00garbage" * 100)
    deck_path = Path(__file__).resolve().parent.parent / "decks" / "putin-hanoi-2024.yaml"
    texts: list[str] = []

    async def drive(pilot) -> None:
        app = pilot.app
        await _until(pilot, lambda: app.store is not None and app.screen.query(Toast))
        texts.extend(str(t.render()) for t in app.screen.query(Toast))
        await app.workers.wait_for_complete()
        app.exit()

    _headless_quiz(monkeypatch, drive)
    assert main(["quiz", str(deck_path), "--data-dir", str(tmp_path), "--new-limit", "5"]) == 0
    assert any("was damaged" in t and ".corrupt-" in t for t in texts), texts
    err = capsys.readouterr().err
    assert "was damaged" in err and ".corrupt-" in err
    assert len(list(tmp_path.glob(f"{DB_NAME}.corrupt-*"))) == 1  # set aside, not deleted


def test_an_answer_that_cannot_be_saved_is_an_error_and_can_be_given_again(tmp_path: Path) -> None:
    from test_session import MC, Clock

    from quizgen.session import QuizSession

    path = tmp_path / DB_NAME
    with ProgressStore(path) as store:
        session = QuizSession("d", [MC], store, clock=Clock(), srs=SRS)
        store._db.execute("PRAGMA busy_timeout = 0")
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another writer holds the file
        with pytest.raises(ProgressError, match="could not be saved.*nothing was saved"):
            session.answer(1)
        assert not session.answered_current and store.reviews("d") == []
        other.execute("ROLLBACK")
        other.close()
        assert session.answer(1).correct and len(store.reviews("d")) == 1


def test_quiz_refuses_a_newer_file_with_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Opened after the first frame: an error dialog; closing it quits with exit 2, the message on stderr."""
    from textual.widgets import Static

    from tui.cli import main
    from tui.dialogs import ErrorDialog

    db = sqlite3.connect(tmp_path / DB_NAME)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = snapshot(tmp_path)
    shown: list[str] = []

    async def drive(pilot) -> None:
        app = pilot.app
        await _until(pilot, lambda: isinstance(app.screen, ErrorDialog))
        shown.append(str(app.screen.query_one("#error-text", Static).render()))
        await app.workers.wait_for_complete()
        await pilot.press("enter")  # OK: the app closes

    _headless_quiz(monkeypatch, drive)
    assert main(["quiz", "--data-dir", str(tmp_path)]) == 2
    assert shown and "made by a newer quizgen" in shown[0]
    assert "made by a newer quizgen" in capsys.readouterr().err
    assert snapshot(tmp_path) == before


def test_a_newer_version_only_in_the_wal_is_refused_too(tmp_path: Path) -> None:
    """A newer quizgen killed before its log was copied into the file: the header still says 1."""
    live = tmp_path / "live"
    live.mkdir()
    filled(live / DB_NAME, 3)
    writer = sqlite3.connect(live / DB_NAME, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    copy = tmp_path / "copy"
    copy.mkdir()
    for f in live.iterdir():  # the files as a killed process leaves them
        (copy / f.name).write_bytes(f.read_bytes())
    writer.close()
    assert (copy / (DB_NAME + "-wal")).stat().st_size > 0
    before = snapshot(copy)
    with pytest.raises(ProgressError, match="newer quizgen"):
        ProgressStore(copy / DB_NAME)
    after = snapshot(copy)
    assert after[DB_NAME] == before[DB_NAME] and after[DB_NAME + "-wal"] == before[DB_NAME + "-wal"]
