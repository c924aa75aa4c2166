"""Study progress survives the quiz process being killed (SIGKILL) at any moment.

A child process answers questions through the real path (bundled deck -> question engine ->
``QuizSession`` -> ``ProgressStore``) and prints ``committed <n>`` after each ``answer()`` (and
``mark_easy()``) returns. The parent kills it at random moments (seeded): between answers, in the
middle of one, during a megabyte-long answer, and during the migration of a large old file. After
every kill the file must pass ``PRAGMA integrity_check``, hold every acknowledged answer, and tell a
consistent story (each card is exactly what replaying its reviews gives). ``QUIZGEN_CRASH_KILLS`` sets how many
times the answering child is killed (default 40); ``QUIZGEN_CRASH_SEED`` the seed.

Run alone: ``QUIZGEN_CRASH_KILLS=500 .venv/bin/python -m pytest tests/test_crash.py -q -s``.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DECK = ROOT / "decks" / "putin-hanoi-2024.yaml"
KILLS = int(os.environ.get("QUIZGEN_CRASH_KILLS", "40"))
SEED = int(os.environ.get("QUIZGEN_CRASH_SEED", "8"))
T0 = datetime(2024, 6, 20, 9, 0, tzinfo=UTC)
BIG = "big"  # the child announces a long answer before writing it

pytestmark = pytest.mark.slow


# -- the child: answers questions until killed --------------------------------------------------
def child_answer(db_path: str, seed: int) -> None:
    from quizgen.deck import load_deck
    from quizgen.progress import ProgressStore
    from quizgen.questions.model import FALSE, TRUE, QuestionType
    from quizgen.scheduling import SpacedRepetition
    from quizgen.session import QuizSession, load_questions

    rng = random.Random(seed)
    deck = load_deck(DECK)
    questions = load_questions(deck)
    store = ProgressStore(db_path)
    history = store.reviews(deck.id)
    done = len(history)
    # Time moves on a day per answer, and never backwards across restarts.
    now = max([T0, *(datetime.fromisoformat(str(r["reviewed_at"])) for r in history)])

    def clock() -> datetime:
        return now

    print(f"ready {done}", flush=True)
    while True:
        now += timedelta(days=1)
        session = QuizSession(deck.id, questions, store, clock=clock, new_limit=10_000,
                              srs=SpacedRepetition(fuzz=False))
        if not session.items:
            now += timedelta(days=30)
            continue
        while not session.finished:
            q = session.current
            assert q is not None
            right = rng.random() < 0.7
            if q.type is QuestionType.MC:
                response: str | int = q.correct_index if right else (q.correct_index + 1) % len(q.options)
            elif q.type is QuestionType.TF:
                response = q.answer if right else (FALSE if q.answer == TRUE else TRUE)
            elif q.type in (QuestionType.ORDER, QuestionType.MATCH):  # typed as numbers: "231", never prose
                key = [k + 1 for k in q.key]
                response = "".join(map(str, key if right else key[1:] + key[:1]))
            elif rng.random() < 0.15:  # a long answer: hundreds of pages in one transaction
                print(f"{BIG} {done + 1}", flush=True)
                response = "".join(rng.choices("abcdefghij ", k=rng.randrange(200_000, 1_500_000)))
            else:
                response = q.answer if right else "no idea"
            print(f"answering {done + 1}", flush=True)
            feedback = session.answer(response)
            done += 1
            print(f"committed {done}", flush=True)
            if feedback.easy_allowed and rng.random() < 0.5:
                session.mark_easy()
                print(f"committed {done} easy", flush=True)
            now += timedelta(hours=rng.randrange(1, 30))
            session.advance()


async def child_app(data_dir: str, seed: int) -> None:
    """The real app (Textual, headless): keys pressed as a student would, ``committed <n>`` once the
    feedback of an answer is on screen."""
    from quizgen.progress import DB_NAME, ProgressStore
    from quizgen.questions.model import QuestionType
    from quizgen.scheduling import SpacedRepetition
    from tui.app import make_app

    rng = random.Random(seed)
    with ProgressStore(Path(data_dir) / DB_NAME) as store:
        history = store.reviews("putin-hanoi-2024")
    done = len(history)
    moment = [max([T0, *(datetime.fromisoformat(str(r["reviewed_at"])) for r in history)])]
    app = make_app([DECK], data_dir=data_dir, clock=lambda: moment[0], new_limit=10_000,
                   srs=SpacedRepetition(fuzz=False))
    async with app.run_test() as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        print(f"ready {done}", flush=True)
        while True:
            moment[0] += timedelta(days=1)
            await pilot.press("enter")  # study the deck
            await pilot.pause()
            session = app.session
            if session is None or session.finished or session.answered_current:
                moment[0] += timedelta(days=30)  # nothing due: come back later
                continue
            while not session.finished:
                q = session.current
                assert q is not None
                right = rng.random() < 0.7
                if q.type is QuestionType.MC:
                    keys = [str((q.correct_index if right else q.correct_index + 1) % len(q.options) + 1)]
                elif q.type is QuestionType.TF:
                    keys = ["t" if (q.answer == "True") == right else "f"]
                else:
                    keys = [*(q.answer if right else "no idea"), "enter"]
                await pilot.press(*keys)
                await pilot.pause()
                assert session.answered_current, f"no feedback after {keys}"
                done += 1
                print(f"committed {done}", flush=True)
                moment[0] += timedelta(hours=rng.randrange(1, 30))
                await pilot.press("enter")  # next question (or the results)
                await pilot.pause()
            await pilot.press("d")  # results -> decks
            await pilot.pause()


def child_write_long(db_path: str, size: int) -> None:
    """One answer of ``size`` characters straight through ``ProgressStore.record``: a long write."""
    from quizgen.progress import ProgressStore
    from quizgen.scheduling import Rating, SpacedRepetition

    srs = SpacedRepetition(fuzz=False)
    with ProgressStore(db_path) as store:
        n = len(store.reviews("deck"))
        now = T0 + timedelta(days=n)
        before = store.cards("deck").get("long")
        after = srs.review(before.card if before else srs.new_card("deck", "long", now), Rating.Again, now)
        given = "x" * size
        print("writing", flush=True)
        started = time.monotonic()
        store.record(deck_id="deck", question_id="long", fact_id="long", before=before.card if before else None,
                     after=after, rating=Rating.Again, verdict="wrong", given=given, now=now)
        print(f"committed {n + 1} in {time.monotonic() - started:.3f}", flush=True)


def child_migrate(db_path: str) -> None:
    from quizgen.progress import ProgressStore

    print("opening", flush=True)
    started = time.monotonic()
    with ProgressStore(db_path) as store:
        print(f"migrated {store.schema_version} in {time.monotonic() - started:.3f}", flush=True)


# -- checks ---------------------------------------------------------------------------------------
def read_only(path: Path) -> sqlite3.Connection:
    """A connection that leaves any -wal in place, so the next child recovers it itself."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def check_consistent(path: Path, acknowledged: int) -> int:
    """Integrity, no acknowledged answer lost, every card equal to what its last review left."""
    db = read_only(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        reviews = db.execute("SELECT id, deck_id, question_id, reviewed_at, rating, state_before, due_after"
                             " FROM reviews ORDER BY id").fetchall()
        assert len(reviews) >= acknowledged, f"{acknowledged} answers acknowledged, {len(reviews)} stored"
        times = [r[3] for r in reviews]
        assert times == sorted(times)
        by_card: dict[tuple[str, str], list[tuple]] = {}
        for r in reviews:
            by_card.setdefault((r[1], r[2]), []).append(r)
        cards = db.execute("SELECT deck_id, question_id, card, state, due, first_review, last_review, reps,"
                           " lapses FROM cards").fetchall()
        assert {(c[0], c[1]) for c in cards} == set(by_card)  # a review without its card, or the reverse
        for deck_id, qid, card_json, state, due, first, last, reps, lapses in cards:
            log = by_card[(deck_id, qid)]
            card = json.loads(card_json)
            assert reps == len(log) and first == log[0][3] and last == log[-1][3], (qid, reps, len(log))
            assert due == log[-1][6] and state == card["state"]
            assert datetime.fromisoformat(card["due"]) == datetime.fromisoformat(due)
            assert lapses == sum(1 for r in log if r[4] == 1 and r[5] == 2)
            assert log[0][5] is None and all(r[5] is not None for r in log[1:])
            assert card == replay(deck_id, qid, log), f"{qid}: the card is not what its reviews make"
        return len(reviews)
    finally:
        db.close()


def replay(deck_id: str, question_id: str, log: list[tuple]) -> dict[str, object]:
    """The card its reviews make, from scratch (every child schedules with fuzz off)."""
    from quizgen.scheduling import Rating, SpacedRepetition

    srs = SpacedRepetition(fuzz=False)
    card = srs.new_card(deck_id, question_id, datetime.fromisoformat(log[0][3]))
    for _id, _deck, _qid, reviewed_at, rating, _before, _due in log:
        card = srs.review(card, Rating(rating), datetime.fromisoformat(reviewed_at))
    return card.to_dict()


def read_rest(proc: subprocess.Popen[str]) -> list[str]:
    out, _err = proc.communicate(timeout=30)
    return out.splitlines()


def acknowledged_in(lines: list[str]) -> int:
    counts = [int(line.split()[1]) for line in lines if line.startswith("committed ")]
    return max(counts, default=0)


# -- the tests ------------------------------------------------------------------------------------
def test_killing_the_quiz_at_random_moments_loses_no_committed_answer(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    rng = random.Random(SEED)
    acknowledged = stored = 0
    moments: Counter[str] = Counter()
    started = time.monotonic()
    for kill in range(KILLS):
        proc = subprocess.Popen([sys.executable, __file__, "answer", str(path), str(rng.randrange(1 << 30))],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        assert proc.stdout is not None
        plan = rng.random()
        lines: list[str] = []
        if plan < 0.1:  # while opening the file (and recovering the previous child's log)
            time.sleep(rng.uniform(0, 0.3))
            moment = "while starting"
        else:
            target = rng.randrange(1, 20)
            answered = 0
            for line in proc.stdout:
                lines.append(line.rstrip("\n"))
                if plan < 0.45 and line.startswith("committed"):
                    answered += 1
                    if answered >= target:
                        moment = "between answers"  # just after an acknowledgement
                        break
                elif 0.45 <= plan < 0.85 and line.startswith("answering"):
                    answered += 1
                    if answered >= target:
                        time.sleep(rng.uniform(0, 0.0015))  # judging, scheduling, writing (~0.5 ms)
                        moment = "during an answer"
                        break
                elif plan >= 0.85 and line.startswith(BIG):
                    time.sleep(rng.uniform(0, 0.1))  # judging or writing an answer of 0.2-1.5 MB
                    moment = "during a long answer"
                    break
            else:
                pytest.fail(f"the child stopped by itself: {proc.communicate()[1]}")
        proc.send_signal(signal.SIGKILL)
        lines += read_rest(proc)
        assert proc.returncode == -signal.SIGKILL, (proc.returncode, proc.stderr)
        acknowledged = max(acknowledged, acknowledged_in(lines))
        if path.exists():
            before = stored
            stored = check_consistent(path, acknowledged)
            assert stored >= before
            if stored > max(acknowledged, before):
                moment += ", written but not acknowledged"
        moments[moment] += 1
        assert not list(tmp_path.glob("*.corrupt-*")), f"kill {kill}: a killed file was taken for damaged"
    # The store opens normally afterwards, and still nothing is missing.
    from quizgen.progress import ProgressStore

    with ProgressStore(path) as store:
        assert store.notice is None and store.backup is None
    final = check_consistent(path, acknowledged)
    print(f"\n{KILLS} kills in {time.monotonic() - started:.1f}s ({dict(moments)}); {acknowledged} answers "
          f"acknowledged, {final} stored (the rest were written but killed before they were acknowledged)")
    assert final >= acknowledged > KILLS and stored <= final


def test_killing_the_real_app_at_random_moments(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    rng = random.Random(SEED + 1)
    acknowledged = 0
    kills = max(3, KILLS // 10)
    for _kill in range(kills):
        proc = subprocess.Popen([sys.executable, __file__, "app", str(tmp_path), str(rng.randrange(1 << 30))],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        assert proc.stdout is not None
        target = rng.randrange(1, 5)
        lines: list[str] = []
        for line in proc.stdout:
            lines.append(line)
            if line.startswith("committed") and len(lines) > target:
                break
        else:
            pytest.fail(f"the app stopped by itself: {proc.communicate()[1]}")
        time.sleep(rng.uniform(0, 0.03))  # pressing keys, drawing, answering, writing
        proc.send_signal(signal.SIGKILL)
        lines += read_rest(proc)
        assert proc.returncode == -signal.SIGKILL
        acknowledged = max(acknowledged, acknowledged_in(lines))
        check_consistent(path, acknowledged)
    print(f"\n{kills} kills of the app; {acknowledged} answers acknowledged, all stored")
    assert acknowledged >= kills and not list(tmp_path.glob("*.corrupt-*"))


def test_killing_a_long_write_keeps_all_or_nothing_of_it(tmp_path: Path) -> None:
    from quizgen.progress import ProgressStore
    from quizgen.scheduling import Rating, SpacedRepetition

    base = tmp_path / "base.sqlite3"  # a few ordinary answers first
    srs = SpacedRepetition(fuzz=False)
    with ProgressStore(base) as store:
        for i in range(5):
            after = srs.review(srs.new_card("deck", f"q{i}", T0), Rating.Good, T0)
            store.record(deck_id="deck", question_id=f"q{i}", fact_id=f"q{i}", before=None, after=after,
                         rating=Rating.Good, verdict="correct", given="right", now=T0)
    path = tmp_path / "data" / "progress.sqlite3"
    size = 12_000_000
    child = [sys.executable, __file__, "write-long", str(path), str(size)]

    def fresh() -> None:
        shutil.rmtree(path.parent, ignore_errors=True)
        path.parent.mkdir()
        shutil.copy(base, path)

    fresh()
    took = float(subprocess.run(child, check=True, capture_output=True, text=True, cwd=ROOT).stdout.split()[-1])
    rng = random.Random(SEED)
    outcomes: Counter[str] = Counter()
    attempts = 0
    while attempts < 8 or (outcomes["rolled back: killed mid-write"] < 2 and attempts < 30):
        attempts += 1
        fresh()
        proc = subprocess.Popen(child, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        assert proc.stdout is not None and proc.stdout.readline() == "writing\n"
        time.sleep(rng.uniform(0.05, 0.9) * took)
        proc.send_signal(signal.SIGKILL)
        acknowledged = max(5, acknowledged_in(read_rest(proc)))
        stored = check_consistent(path, acknowledged)
        assert stored in (5, 6)
        db = read_only(path)
        assert db.execute("SELECT count(*) FROM reviews WHERE length(given) NOT IN (5, ?)", (size,)).fetchone()[0] == 0
        db.close()  # the long answer whole, or not there at all: never a torn one
        outcomes["rolled back: killed mid-write" if stored == 5 else "committed"] += 1
    print(f"\na {size // 1_000_000} MB answer takes {took:.2f}s to write; {attempts} kills: {dict(outcomes)}")
    assert outcomes["rolled back: killed mid-write"] >= 2


def old_file(path: Path, n: int) -> None:
    """A large version-0 file (cards only, no schema version), written in one go."""
    from quizgen.scheduling import Rating, SpacedRepetition

    srs = SpacedRepetition(fuzz=False)
    card = srs.review(srs.new_card("deck", "q", T0), Rating.Good, T0).to_dict()
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE cards (deck_id TEXT, question_id TEXT, card TEXT, due TEXT,"
               " PRIMARY KEY (deck_id, question_id))")
    db.executemany("INSERT INTO cards VALUES (?, ?, ?, ?)",
                   ((f"deck{i % 50}", f"fact{i}:t:typed", json.dumps(card), card["due"]) for i in range(n)))
    db.commit()
    db.close()


def test_killing_a_migration_of_a_large_old_file(tmp_path: Path) -> None:
    n = 12_000
    pristine = tmp_path / "pristine.sqlite3"
    old_file(pristine, n)
    path = tmp_path / "data" / "progress.sqlite3"
    path.parent.mkdir()
    shutil.copy(pristine, path)
    run = subprocess.run([sys.executable, __file__, "migrate", str(path)], check=True, capture_output=True,
                         text=True)
    took = float(run.stdout.split()[-1])
    rng = random.Random(SEED)
    outcomes: Counter[str] = Counter()
    for _attempt in range(6):
        shutil.rmtree(path.parent)
        path.parent.mkdir()
        shutil.copy(pristine, path)
        proc = subprocess.Popen([sys.executable, __file__, "migrate", str(path)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, cwd=ROOT)
        assert proc.stdout is not None and proc.stdout.readline() == "opening\n"
        time.sleep(rng.uniform(0, took * 1.2))
        proc.send_signal(signal.SIGKILL)
        finished = "migrated" in "".join(read_rest(proc))
        db = read_only(path)
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        assert version in (0, 1) and db.execute("SELECT count(*) FROM cards").fetchone()[0] == n
        db.close()
        backed_up = (path.parent / f"{path.name}.v0-backup").exists()
        outcomes["migrated" if version == 1 else "after the backup, in the migration step" if backed_up
                 else "before or during the backup"] += 1
        assert finished <= (version == 1)
        from quizgen.progress import ProgressStore

        with ProgressStore(path) as store:  # the next start finishes the job
            assert store.schema_version == 1 and store.notice is None
            assert sum(len(store.cards(f"deck{d}")) for d in range(50)) == n
        backups = list(path.parent.glob("*.v0-backup"))
        for backup in backups:  # the copy kept before migrating is complete, or was redone
            kept = sqlite3.connect(backup)
            assert kept.execute("SELECT count(*) FROM cards").fetchone()[0] == n
            kept.close()
    print(f"\nmigration of {n} cards takes {took:.2f}s; kills: {dict(outcomes)}")
    assert outcomes["after the backup, in the migration step"] + outcomes["before or during the backup"] >= 1


if __name__ == "__main__":
    if sys.argv[1] == "answer":
        child_answer(sys.argv[2], int(sys.argv[3]))
    elif sys.argv[1] == "app":
        import asyncio

        asyncio.run(child_app(sys.argv[2], int(sys.argv[3])))
    elif sys.argv[1] == "write-long":
        child_write_long(sys.argv[2], int(sys.argv[3]))
    elif sys.argv[1] == "migrate":
        child_migrate(sys.argv[2])
