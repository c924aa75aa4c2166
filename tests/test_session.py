"""QuizSession: order, judging, rating and storage, without Textual."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizgen.progress import ProgressStore
from quizgen.questions.model import FALSE, TRUE, AnswerKind, Question, QuestionType, SourceRef
from quizgen.scheduling import Rating, SpacedRepetition
from quizgen.session import QuizSession, SessionError

T0 = datetime(2024, 6, 20, 9, 0, tzinfo=UTC)
SRC = SourceRef("a", "Putin in Hanoi", "President To Lam spoke of the great trust.", "2024-06-20")


def make(fact: str, qtype: QuestionType, answer: str, *, options: tuple[str, ...] = (),
         kind: AnswerKind = AnswerKind.PERSON, value: str | None = None) -> Question:
    return Question(id=f"{fact}:t:{qtype}", deck_id="d", fact_id=fact, fact_kind="leader", type=qtype,
                    template="t", prompt=f"{fact}?", answer=answer, answer_kind=kind, source=SRC,
                    options=options, value=value)


MC = make("lam", QuestionType.MC, "To Lam", options=("Xi Jinping", "To Lam", "Joe Biden", "Kim Jong Un"))
TF = make("xi", QuestionType.TF, TRUE, options=(TRUE, FALSE), kind=AnswerKind.BOOLEAN)
TYPED = make("trong", QuestionType.TYPED, "Nguyen Phu Trong")
CLOZE = make("date", QuestionType.CLOZE, "19 June 2024", kind=AnswerKind.DATE, value="2024-06-19")
QUESTIONS = [MC, TF, TYPED, CLOZE]


class Clock:
    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def tick(self, **kw: float) -> None:
        self.now += timedelta(**kw)


@pytest.fixture
def store(tmp_path: Path):
    with ProgressStore(tmp_path / "p.sqlite3") as s:
        yield s


def session(store: ProgressStore, clock: Clock, questions=QUESTIONS, **kw) -> QuizSession:
    return QuizSession("d", questions, store, clock=clock, srs=SpacedRepetition(fuzz=False), **kw)


def test_all_four_types_right_and_wrong(store: ProgressStore) -> None:
    clock = Clock()
    s = session(store, clock)
    assert [q.id for q in s.items] == [MC.id, TF.id, TYPED.id, CLOZE.id]  # deck order
    fb = s.answer(1)  # 0-based index: "To Lam"
    assert fb.correct and fb.rating == Rating.Good and fb.due > T0
    s.advance()
    assert not s.answer("f").correct
    s.advance()
    fb = s.answer("Nguyen Phu Trnog")
    assert fb.result.typo and fb.rating == Rating.Hard
    s.advance()
    fb = s.answer("June 19, 2024")
    assert fb.correct and fb.result.canonical == "19 June 2024"
    s.advance()
    assert s.finished
    assert (s.score.right, s.score.wrong, s.score.lenient) == (3, 1, 1)
    assert s.score.by_type["tf"] == [0, 1] and s.score.by_type["mc"] == [1, 1]
    assert s.missed == [TF]
    rows = store.reviews("d")
    assert [r["rating"] for r in rows] == [Rating.Good, Rating.Again, Rating.Hard, Rating.Good]
    assert [r["given"] for r in rows] == ["To Lam", FALSE, "Nguyen Phu Trnog", "June 19, 2024"]


def test_mc_accepts_key_strings_and_refuses_bad_choices(store: ProgressStore) -> None:
    s = session(store, Clock(), [MC])
    with pytest.raises(SessionError):
        s.answer("7")
    assert s.answer("2").correct
    with pytest.raises(SessionError, match="already answered"):
        s.answer("2")


def test_answered_cards_are_not_due_in_the_next_session(store: ProgressStore) -> None:
    clock = Clock()
    s = session(store, clock)
    while not s.finished:
        s.answer(1 if s.current is MC else "t" if s.current is TF else s.current.answer)
        s.advance()
    clock.tick(minutes=1)
    assert session(store, clock).items == []
    clock.tick(days=30)
    assert len(session(store, clock).items) == 4  # all due again, due ones come back


def test_wrong_answers_come_back_first_once_due(store: ProgressStore) -> None:
    clock = Clock()
    s = session(store, clock, [MC, TYPED])
    s.answer(0)
    s.advance()
    s.answer("Nguyen Phu Trong")
    clock.tick(minutes=2)
    assert [q.id for q in session(store, clock, [MC, TYPED]).items] == [MC.id]


def test_daily_new_limit_counts_across_sessions(store: ProgressStore) -> None:
    clock = Clock()
    s = session(store, clock, new_limit=2)
    assert len(s.items) == 2
    s.answer(1)
    s.advance()
    s.answer("t")
    clock.tick(minutes=1)
    assert session(store, clock, new_limit=2).items == []
    assert len(session(store, clock, new_limit=3).items) == 1


def test_one_new_question_per_fact_and_types_rotate(store: ProgressStore) -> None:
    sibling = make("lam", QuestionType.TYPED, "To Lam")
    s = session(store, Clock(), [MC, sibling])
    assert s.items == [MC]
    facts = [make(f"f{i}", t, "To Lam", options=("To Lam", "Xi") if t is QuestionType.MC else ())
             for i in range(4) for t in (QuestionType.MC, QuestionType.TYPED)]
    types = [q.type for q in session(store, Clock(), facts).items]
    assert len(types) == 4 and set(types) == {QuestionType.MC, QuestionType.TYPED}


def test_easy_upgrade_for_a_quick_exact_typed_answer(store: ProgressStore) -> None:
    clock = Clock()
    s = session(store, clock, [TYPED, CLOZE])
    s.items = [TYPED, CLOZE]
    clock.tick(seconds=3)
    fb = s.answer("nguyen phu trong")
    assert fb.easy_allowed
    easy = s.mark_easy()
    assert easy.rating == Rating.Easy and easy.due > fb.due
    assert store.reviews("d")[-1]["rating"] == Rating.Easy
    s.advance()
    clock.tick(seconds=30)
    fb = s.answer("19 June 2024")
    assert not fb.easy_allowed
    with pytest.raises(SessionError):
        s.mark_easy()


def test_review_only_the_missed(store: ProgressStore) -> None:
    s = session(store, Clock(), only=[TF])
    assert s.items == [TF]
    assert s.answer(True).correct


def test_advance_requires_an_answer(store: ProgressStore) -> None:
    s = session(store, Clock())
    with pytest.raises(SessionError):
        s.advance()


def test_find_decks_defaults_to_the_bundled_decks_and_expands_directories(tmp_path: Path) -> None:
    from quizgen.library import find_decks

    bundled = find_decks()
    assert bundled and all(p.suffix == ".yaml" and p.parent.name == "decks" for p in bundled)
    (tmp_path / "b.yaml").write_text("x", encoding="utf-8")
    (tmp_path / "a.yml").write_text("x", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    missing = tmp_path / "missing.yaml"
    assert find_decks([tmp_path, missing]) == [tmp_path / "a.yml", tmp_path / "b.yaml", missing]


def test_quiz_on_a_missing_deck_file_says_so_before_opening_the_app(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from tui import command as quiz
    from tui.cli import main

    def no_app(args: object) -> None:
        raise AssertionError("the app must not start")

    monkeypatch.setattr(quiz, "build_app", no_app)
    missing, also = tmp_path / "typo.yaml", tmp_path / "nope" / "deck.yaml"
    code = main(["quiz", str(missing), str(also), "--data-dir", str(tmp_path / "data")])
    assert code == 2
    assert capsys.readouterr().err == f"{missing}: no such file\n{also}: no such file\n"
    assert not (tmp_path / "data").exists()  # nothing was created either


def test_a_sibling_answered_today_waits_for_another_day(store: ProgressStore) -> None:
    """Anki's 'bury siblings': another question of a fact answered today does not come the same day."""
    sibling = make("lam", QuestionType.TYPED, "To Lam")
    clock = Clock()
    s = session(store, clock, [MC, sibling])
    assert s.items == [MC]
    s.answer(1)
    clock.tick(minutes=1)
    assert session(store, clock, [MC, sibling]).items == []  # the sibling is not introduced today
    clock.tick(days=1)
    assert [q.fact_id for q in session(store, clock, [MC, sibling]).items] == ["lam"]  # one per fact


def test_a_returning_multiple_choice_question_shuffles_its_options(store: ProgressStore) -> None:
    clock = Clock()
    orders = []
    for _ in range(5):
        s = session(store, clock, [MC])
        assert [q.id for q in s.items] == [MC.id]
        shown = s.items[0]
        orders.append(shown.options)
        assert sorted(shown.options) == sorted(MC.options)
        wrong = next(i for i, o in enumerate(shown.options) if o != shown.answer)
        s.answer(wrong)  # wrong: it comes back within minutes
        clock.tick(minutes=15)
    assert len(set(orders)) > 1  # the position of the answer cannot be learnt
    assert session(store, clock, [MC]).items[0].options == session(store, clock, [MC]).items[0].options
