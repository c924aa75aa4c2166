"""A study session: which questions, in what order, how each answer is judged, rated and stored.

Order: cards due now (most overdue first), then new questions up to the daily new-card limit
(one new question per fact per session, so a question never gives away its sibling's answer; the
question type rotates from fact to fact).
Every answer is committed to the progress store before ``answer`` returns. No Textual here.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from fsrs import Card, Rating

from .errors import QuizgenError
from .library import DEFAULT_NEW_LIMIT
from .matching import DeckNames, MatchResult, Verdict, match_answer
from .model import Deck
from .progress import CardRecord, ProgressStore
from .questionpool import QuestionPool
from .questions.model import FALSE, TRUE, Question, QuestionType
from .scheduling import SpacedRepetition, easy_allowed, rating_for

Clock = Callable[[], datetime]
NEW_TYPE_ORDER = (QuestionType.MC, QuestionType.TF, QuestionType.CLOZE, QuestionType.TYPED)
FORM_TYPES = (QuestionType.ORDER, QuestionType.MATCH, QuestionType.NUMERIC)


def utc_now() -> datetime:
    """The real clock, for the CLI and the app; tests pass a fixed one."""
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Feedback:
    """What the student is told after answering, and what was stored."""

    question: Question
    given: str
    result: MatchResult
    rating: Rating
    due: datetime
    easy_allowed: bool
    review_id: int

    @property
    def correct(self) -> bool:
        return self.result.correct


@dataclass
class Score:
    right: int = 0
    lenient: int = 0  # counted in ``right`` too
    wrong: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)  # type -> [right, asked]
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # fact kind -> [right, asked]

    @property
    def answered(self) -> int:
        return self.right + self.wrong

    def add(self, question: Question, result: MatchResult) -> None:
        right = result.correct
        self.right += right
        self.wrong += not right
        self.lenient += result.typo
        for table, key in ((self.by_type, str(question.type)), (self.by_kind, question.fact_kind)):
            cell = table.setdefault(key, [0, 0])
            cell[0] += right
            cell[1] += 1


class SessionError(QuizgenError):
    title = "Quiz error"


class QuizSession:
    """One pass over a deck's due and new questions (or over ``only``, to review misses)."""

    def __init__(self, deck_id: str, questions: Sequence[Question] | QuestionPool, store: ProgressStore, *,
                 clock: Clock, new_limit: int = DEFAULT_NEW_LIMIT, srs: SpacedRepetition | None = None,
                 only: Iterable[Question] | None = None, names: DeckNames | None = None) -> None:
        """``questions``: the deck's, in ``load_questions``' order, or a pool that makes them as needed
        (then the deck's names come from the pool when a typed answer is first judged)."""
        self.deck_id = deck_id
        self.store = store
        self.clock = clock
        self.srs = srs or SpacedRepetition()
        pool = questions if isinstance(questions, QuestionPool) else None
        if names is None and not isinstance(questions, QuestionPool):
            names = DeckNames.from_questions(questions)
        self._names = names
        self._pool = pool
        self._cards = {qid: rec.card for qid, rec in store.cards(deck_id).items()}
        now = clock()
        if only is not None:
            self.items = list(only)
        elif pool is not None:
            self.items = pool.plan(store, now, new_limit)
        else:
            self.items = plan(questions, store, deck_id, now, new_limit)  # type: ignore[arg-type]
        self.index = 0
        self.score = Score()
        self.feedback: list[Feedback] = []
        self.missed: list[Question] = []
        self._shown_at = now
        self._answered = False

    @property
    def names(self) -> DeckNames:
        """The deck's names (for surnames and typos), from every question of the deck."""
        if self._names is None:
            assert self._pool is not None
            self._names = self._pool.names()
        return self._names

    # -- where we are ---------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def finished(self) -> bool:
        return self.index >= len(self.items)

    @property
    def current(self) -> Question | None:
        return None if self.finished else self.items[self.index]

    @property
    def answered_current(self) -> bool:
        return self._answered

    @property
    def number(self) -> int:
        """1-based number of the current question (k of n)."""
        return min(self.index + 1, self.total)

    def advance(self) -> Question | None:
        """Move to the next question (after the current one was answered)."""
        if not self._answered and not self.finished:
            raise SessionError("answer the question before moving on")
        self.index += 1
        self._answered = False
        self._shown_at = self.clock()
        return self.current

    def mark_shown(self) -> None:
        """The current question has just appeared on screen (starts the clock for Easy)."""
        self._shown_at = self.clock()

    # -- answering ------------------------------------------------------------------------------
    def judge(self, question: Question, response: str | int | bool) -> tuple[str, MatchResult]:
        """The answer as text, and its verdict, without storing anything."""
        if question.type is QuestionType.MC:
            index = _choice_index(response, len(question.options))
            given = question.options[index]
            ok = index == question.correct_index
            return given, MatchResult(Verdict.CORRECT if ok else Verdict.WRONG, question.answer)
        if question.type is QuestionType.TF:
            given = _true_false(response)
            ok = given == question.answer
            return given, MatchResult(Verdict.CORRECT if ok else Verdict.WRONG, question.answer)
        given = str(response)
        if question.type in FORM_TYPES:  # order, match, numeric: quizgen/questions/forms.py
            from .questions.forms import judge

            try:
                return given, judge(question, given)
            except ValueError as exc:
                raise SessionError(str(exc)) from None
        return given, match_answer(question, given, self.names)

    def answer(self, response: str | int | bool) -> Feedback:
        """Judge, rate and store an answer to the current question; committed before returning.

        ``response``: an option index (0-based int, or "1".."4") for multiple choice; "t"/"f" (or a bool)
        for true/false; the typed text for typed and cloze questions.
        """
        question = self.current
        if question is None:
            raise SessionError("the session is over")
        if self._answered:
            raise SessionError("this question was already answered")
        given, result = self.judge(question, response)
        now = self.clock()
        rating = rating_for(result.verdict)
        before = self._cards.get(question.id)
        start = before or self.srs.new_card(self.deck_id, question.id, now)
        after = self.srs.review(start, rating, now)
        elapsed = max(now - self._shown_at, timedelta(0))
        review_id = self.store.record(
            deck_id=self.deck_id, question_id=question.id, fact_id=question.fact_id, before=before,
            after=after, rating=rating, verdict=result.verdict.value, given=given, now=now,
            elapsed_ms=int(elapsed.total_seconds() * 1000))
        self._cards[question.id] = after
        self._before: Card = start
        self._answered_at = now
        self._answered = True
        self.score.add(question, result)
        if not result.correct:
            self.missed.append(question)
        fb = Feedback(question, given, result, rating, after.due,
                      easy_allowed(question.type, result.verdict, elapsed), review_id)
        self.feedback.append(fb)
        return fb

    def mark_easy(self) -> Feedback:
        """Re-rate the last answer Easy (only when its feedback allowed it); committed before returning."""
        if not self.feedback or not self._answered or not self.feedback[-1].easy_allowed:
            raise SessionError("only a quick, exact typed answer can be marked easy")
        last = self.feedback[-1]
        if last.rating == Rating.Easy:
            return last
        # As if it had been rated Easy when it was answered.
        after = self.srs.review(self._before, Rating.Easy, self._answered_at)
        self.store.rerate(last.review_id, after=after, rating=Rating.Easy)
        self._cards[last.question.id] = after
        fb = Feedback(last.question, last.given, last.result, Rating.Easy, after.due, True, last.review_id)
        self.feedback[-1] = fb
        return fb


def reviewed_since_midnight(cards: Mapping[str, CardRecord], now: datetime) -> tuple[datetime, dict[str, set[str]]]:
    """Local midnight, and per fact the ids of its questions answered since then (siblings wait a day)."""
    midnight = now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    reviewed_today: dict[str, set[str]] = {}
    for qid, rec in cards.items():
        last = rec.card.last_review
        if last is not None and last >= midnight:
            reviewed_today.setdefault(rec.fact_id, set()).add(qid)
    return midnight, reviewed_today


def due_questions(questions: Iterable[Question], cards: Mapping[str, CardRecord], now: datetime,
                  reviewed_today: dict[str, set[str]]) -> list[Question]:
    """The due questions, most overdue first, one per fact and none whose sibling was answered today,
    each with its options in this review's order."""
    due = sorted((q for q in questions if q.id in cards and cards[q.id].due <= now
                  and not reviewed_today.get(q.fact_id, set()) - {q.id}),
                 key=lambda q: cards[q.id].due)
    first_of_fact: dict[str, Question] = {}
    for q in due:
        first_of_fact.setdefault(q.fact_id, q)
    return [_reshuffled(q, cards[q.id].reps) for q in first_of_fact.values()]


def plan(questions: Sequence[Question], store: ProgressStore, deck_id: str, now: datetime,
         new_limit: int) -> list[Question]:
    """Due questions (most overdue first), then new ones up to what is left of today's limit.

    ``questions`` come best first (``load_questions``), so new facts are introduced in that order. As
    Anki's "bury siblings": one question per fact per session, and a question whose sibling (another
    question of its fact) was answered today waits for another day. A returning multiple-choice
    question has its options in a new order each review (from its id and review count), so the
    position of the answer cannot be learnt.
    """
    cards = store.cards(deck_id)
    midnight, reviewed_today = reviewed_since_midnight(cards, now)
    due = due_questions(questions, cards, now, reviewed_today)
    room = max(0, new_limit - store.new_since(deck_id, midnight))
    busy_facts = {q.fact_id for q in due} | set(reviewed_today)
    seen_facts = {rec.fact_id for qid, rec in cards.items()}
    rank = {t: i for i, t in enumerate(NEW_TYPE_ORDER)}
    by_fact: dict[str, list[Question]] = {}
    for q in questions:
        if q.id not in cards:
            by_fact.setdefault(q.fact_id, []).append(q)
    # Facts never studied first (best first); the type rotates from fact to fact so a session mixes
    # multiple choice, true/false, cloze and typed questions.
    facts = sorted(by_fact, key=lambda f: f in seen_facts)
    new: list[Question] = []
    for k, fact in enumerate(facts):
        if len(new) >= room:
            break
        if fact in busy_facts:
            continue
        options = sorted(by_fact[fact], key=lambda q: (rank.get(q.type, len(rank)) - k) % (len(rank) + 1))
        busy_facts.add(fact)
        new.append(options[0])
    return due + new


def _reshuffled(q: Question, reviews: int) -> Question:
    """The options of a returning multiple-choice question in an order of this review's own."""
    if q.type in (QuestionType.ORDER, QuestionType.MATCH) and reviews > 0:
        from .questions.forms import shuffled

        return shuffled(q, f"review|{reviews}")
    if q.type is not QuestionType.MC or reviews <= 0:
        return q
    options = list(q.options)
    random.Random(f"review|{q.id}|{reviews}").shuffle(options)
    return replace(q, options=tuple(options))


def _choice_index(response: str | int | bool, n: int) -> int:
    if isinstance(response, bool):
        raise SessionError("choose an option by number")
    if isinstance(response, str):
        if not response.strip().isdigit():
            raise SessionError(f"choose an option 1-{n}")
        response = int(response.strip()) - 1
    if not 0 <= response < n:
        raise SessionError(f"choose an option 1-{n}")
    return response


def _true_false(response: str | int | bool) -> str:
    if isinstance(response, bool):
        return TRUE if response else FALSE
    text = str(response).strip().lower()
    if text in ("t", "true", "y", "yes"):
        return TRUE
    if text in ("f", "false", "n", "no"):
        return FALSE
    raise SessionError("answer t (true) or f (false)")


def load_questions(deck: Deck, *, seed: int = 0) -> list[Question]:
    """The deck's questions, best first, as the quiz introduces them: the question engine's pool through
    its quality gate (imported here so ``quizgen`` stays light)."""
    from .questions import generate
    from .questions.selection import gate, pick, rank

    kept, _ = gate(generate(deck, seed=seed), [deck])
    return [r.question for r in pick(rank([(deck, kept)]), None)]


__all__ = ["DEFAULT_NEW_LIMIT", "Clock", "Feedback", "QuizSession", "Score", "SessionError",
           "load_questions", "plan", "utc_now"]
