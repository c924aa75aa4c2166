"""A deck's questions in the quiz's order (``session.load_questions``), made only as far as they are needed.

The quiz on a 10,000-fact deck needs the first questions of the ranked pool (today's new facts) and the
questions of the facts that have cards due, not the 45,000 questions of the whole deck. The order is
exactly ``load_questions``': every fact's questions through the gate, ranked by fact importance times
the quality of the way of asking (ties by id), then spaced apart (``selection.space_apart``).

How it stays exact without making every question first:

- a fact's questions can score no more than its importance times the best quality any way of asking
  its kind can have (``_best_quality``; the weak-stem factors only lower it), and their ids all start
  with ``<fact id>:``; facts are made best bound first, and a question is handed on only when no fact
  not yet made could give one that sorts before it;
- ``space_apart`` looks at most ``_LOOKAHEAD`` questions ahead, so its output is made as the ranked
  stream arrives; its repair pass runs only on pools of at most ``_REPAIR_LIMIT`` questions, so a
  stream is used only once more than that many questions are known (otherwise: the whole pool, eagerly).

The counts of the deck screen and the names typed answers are judged against (``DeckNames``) need
every question; ``scan`` makes them in one pass, keeping only ids and names (not the questions).
Decks of up to ``EAGER_FACTS`` facts are simply made whole.
"""

from __future__ import annotations

import heapq
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from .matching import DeckNames
from .model import Deck, Fact
from .questions.model import Question

if TYPE_CHECKING:
    from .progress import ProgressStore

EAGER_FACTS = 300  # decks this small are made whole at once (a few tens of milliseconds)
_LOOKAHEAD = 64  # selection.space_apart's window


class QuestionPool:
    """The questions of one deck (seed 0, as the quiz uses), best first, made lazily; thread-safe."""

    def __init__(self, deck: Deck, *, seed: int = 0, eager_facts: int = EAGER_FACTS) -> None:
        self.deck = deck
        self.seed = seed
        self._lock = threading.RLock()
        self._scan_lock = threading.Lock()
        self._facts = {f.id: f for f in deck.askable_facts()}
        self._made: dict[str, list[Question]] = {}  # fact id -> its questions (gated, options shuffled)
        self._emitted: list[Question] = []  # the spaced, ranked order so far
        self._all: list[Question] | None = None
        self._deck_questions: list[Question] | None = None
        self._stream: Iterator[Question] | None = None
        self._ids: list[str] | None = None
        self._names: DeckNames | None = None
        self._scanned = threading.Event()
        if len(self._facts) <= eager_facts:
            self._make_all()
        else:
            self._read_scan()

    # -- the order ------------------------------------------------------------------------------
    def _make_all(self) -> None:
        from .session import load_questions

        self._all = load_questions(self.deck, seed=self.seed)
        self._emitted = self._all
        self._ids = [q.id for q in self._all]
        self._names = DeckNames.from_questions(self._all)
        self._scanned.set()

    @property
    def complete(self) -> bool:
        """Every question is made (and ``ordered`` is the whole order)."""
        return self._all is not None

    def ordered(self) -> Iterator[Question]:
        """The questions in order, made as the caller goes on (thread-safe; already made ones are kept)."""
        i = 0
        while True:
            with self._lock:
                if i >= len(self._emitted) and not self._extend():
                    return
                q = self._emitted[i]
            yield q
            i += 1

    def _extend(self) -> bool:
        """One more question in ``_emitted``; False when there are no more."""
        if self._all is not None:
            return False
        if self._stream is None:
            self._stream = self._spaced()
        before = len(self._emitted)
        try:
            q = next(self._stream)
        except StopIteration:
            if self._all is None:
                self._all = self._emitted
            return len(self._emitted) > before  # (a small pool: _spaced made it whole instead)
        self._emitted.append(q)
        return True

    def all(self) -> list[Question]:
        """Every question, in order (makes the rest of the pool)."""
        for _ in self.ordered():
            pass
        assert self._all is not None
        return self._all

    def _spaced(self) -> Iterator[Question]:
        """``space_apart`` over the ranked stream, as it arrives (or the whole pool when it is small)."""
        from .questions.selection import _REPAIR_LIMIT, _siblings

        ranked = self._ranked()
        window: list[Question] = []
        known = self._ids is not None and len(self._ids) > _REPAIR_LIMIT  # (the pass has counted them)
        for q in () if known else ranked:  # the repair pass applies to small pools: know that this is not
            window.append(q)
            if len(window) + self._pending > _REPAIR_LIMIT:
                break
        else:
            if not known:
                self._make_all()
                return
        prev: Question | None = None
        while True:
            while len(window) < _LOOKAHEAD:
                nxt = next(ranked, None)
                if nxt is None:
                    break
                window.append(nxt)
            if not window:
                return
            at = 0
            if prev is not None:
                at = next((i for i in range(min(len(window), _LOOKAHEAD)) if not _siblings(prev, window[i])), 0)
            prev = window.pop(at)
            yield prev

    _pending = 0  # questions made but not yet handed on by _ranked (for the small-pool test)
    _deck_level_filed = False  # the deck-level questions are in ``_made`` under their fact ids

    def _ranked(self) -> Iterator[Question]:
        """Every question in ``selection.rank``'s order: (-score, the fact's place in the deck, id), made
        best-bound fact first."""
        from .questions.importance import Importance, rank_facts
        from .questions.selection import fact_order

        importance = rank_facts(self.deck)
        zero = Importance(0.0, ())
        best = _best_quality()
        place = fact_order(self.deck)

        def bound(fact: Fact) -> tuple[float, int, str]:
            score = round(importance.get(fact.id, zero).score * best(fact.kind), 4)
            return (-score, place[fact.id], "")  # no question of the fact sorts before this

        def key(q: Question) -> tuple[float, int, str]:
            return (-self.score(q), place.get(q.fact_id, -1), q.id)

        order = sorted(((bound(f), f) for f in self._facts.values()), key=lambda pair: pair[0])
        heap: list[tuple[float, int, str, Question]] = []
        for q in self._deck_level():  # questions about several facts at once are all made first
            heapq.heappush(heap, (*key(q), q))
        at = 0
        while True:
            while at < len(order) and (not heap or heap[0][:3] >= order[at][0]):
                fact = order[at][1]
                at += 1
                for q in self.of_fact(fact.id):
                    heapq.heappush(heap, (*key(q), q))
            self._pending = len(heap)
            if not heap:
                return
            yield heapq.heappop(heap)[3]

    def score(self, q: Question) -> float:
        """``q``'s score as ``selection.rank`` gives it."""
        from .questions.selection import rank

        return rank([(self.deck, [q])])[0].score

    def _deck_level(self) -> list[Question]:
        """Questions about several facts at once (made for the whole deck, not fact by fact), if the
        engine makes any; kept under their own fact ids."""
        from .questions import engine
        from .questions.selection import gate

        with self._lock:
            if self._deck_questions is None:
                self._deck_questions = _stored_deck_level(self.deck, self.seed)
            if self._deck_questions is None:
                make = getattr(getattr(engine, "forms", None), "deck_questions", None)
                made = [engine._shuffle_options(q, self.seed) for q in make(self.deck, engine.ALL_TYPES)] \
                    if make is not None else []
                self._deck_questions = gate(made, [self.deck])[0]
                _store_deck_level(self.deck, self.seed, self._deck_questions)
            if not self._deck_level_filed:
                self._deck_level_filed = True
                for q in self._deck_questions:
                    self._made.setdefault(q.fact_id, []).append(q)
            return self._deck_questions

    def of_fact(self, fact_id: str) -> list[Question]:
        """The questions of one fact that pass the gate (in generation order, options in the seed's order)."""
        with self._lock:
            made = self._made.get(fact_id)
            if made is None:
                fact = self._facts.get(fact_id)
                if fact is None:  # not a fact of the deck: perhaps a question about several facts
                    self._deck_level()
                    return self._made.get(fact_id, [])
                made = _fact_questions(self.deck, fact, self.seed)
                self._made[fact_id] = made
            return made

    # -- the whole deck, kept small -------------------------------------------------------------
    def scan(self, pause: Callable[[], object] = lambda: None) -> None:
        """Every question's id and the deck's names, in one pass that keeps no questions (``pause()`` is
        called between facts: a caller may hold the pass there while it needs the processor)."""
        with self._scan_lock:  # a second caller waits for the pass under way instead of making its own
            if not self._scanned.is_set():
                self._scan(pause)

    def _scan(self, pause: Callable[[], object]) -> None:
        ids: list[str] = []
        people: set[str] = set()
        names: set[str] = set()
        parts: list[tuple[str, Fact | None]] = [("", None), *self._facts.items()]
        for fact_id, fact in parts:
            pause()
            if fact is None:
                questions = self._deck_level()
            else:
                with self._lock:
                    made = self._made.get(fact_id)
                questions = made if made is not None else _fact_questions(self.deck, fact, self.seed)
            ids += (q.id for q in questions)
            part = DeckNames.from_questions(questions)
            people.update(part.people)
            names.update(part.names)
        with self._lock:
            self._ids = ids
            self._names = DeckNames(tuple(sorted(people)), frozenset(names))
            self._scanned.set()
        from . import deckcache

        deckcache.save_derived(_SCAN, (self.deck,), self.seed, (tuple(ids), self._names.people, tuple(sorted(names))))

    def _read_scan(self) -> None:
        """The pass's ids and names from a run before (kept beside the deck cache, keyed like the rest of
        what is worked out from the deck: quizgen/deckcache.py), when there is one."""
        from . import deckcache

        data = deckcache.load_derived(_SCAN, (self.deck,), self.seed)
        try:
            ids, people, names = data  # type: ignore[misc]
            if not all(type(x) is tuple and all(type(v) is str for v in x) for x in (ids, people, names)):
                return
        except (TypeError, ValueError):  # none kept (None), or a shape this code does not write
            return
        with self._lock:
            self._ids = list(ids)
            self._names = DeckNames(people, frozenset(names))
            self._scanned.set()

    @property
    def scanned(self) -> bool:
        return self._scanned.is_set()

    def ids(self) -> list[str]:
        """Every question's id (the whole pool's; in no particular order). Scans when not scanned yet."""
        self.scan()
        assert self._ids is not None
        return self._ids

    def names(self) -> DeckNames:
        """The deck's names, as ``DeckNames.from_questions`` of every question gives them."""
        self.scan()
        assert self._names is not None
        return self._names

    # -- a session's questions ------------------------------------------------------------------
    def plan(self, store: ProgressStore, now: datetime, new_limit: int) -> list[Question]:
        """``session.plan`` of this deck's questions (the same questions in the same order), making only
        the questions of the facts with cards due and of the first never-studied facts."""
        return _plan(self, store, self.deck.id, now, new_limit)

    def first_seen(self, fact_id: str, candidates: Sequence[Question]) -> Question:
        """Which of one fact's ``candidates`` (same type) comes first in the order."""
        from .text import fold

        if len(candidates) == 1 or len({fold(q.source.quote) for q in candidates}) == 1:
            # siblings of one sentence keep their ranked order through space_apart
            return min(candidates, key=lambda q: (-self.score(q), q.id))
        wanted = {q.id for q in candidates}
        for q in self.ordered():
            if q.id in wanted:
                return q
        return candidates[0]


def _plan(pool: QuestionPool, store: ProgressStore, deck_id: str, now: datetime,
          new_limit: int) -> list[Question]:
    """``session.plan`` over a pool made as needed: the same questions in the same order, from the
    questions of the facts with cards due and the first never-studied facts of the order."""
    from .session import NEW_TYPE_ORDER, due_questions, plan, reviewed_since_midnight

    next(pool.ordered(), None)  # a pool of at most _REPAIR_LIMIT questions is made whole here
    if pool.complete:
        return plan(pool.all(), store, deck_id, now, new_limit)
    cards = store.cards(deck_id)
    midnight, reviewed_today = reviewed_since_midnight(cards, now)
    due_facts = sorted({rec.fact_id for rec in cards.values() if rec.due <= now})
    # only the due facts' questions are made (cards due at the very same microsecond would keep the order
    # of the whole pool in ``plan``)
    due = due_questions((q for fact in due_facts for q in pool.of_fact(fact)), cards, now, reviewed_today)
    room = max(0, new_limit - store.new_since(deck_id, midnight))
    if room == 0:
        return due
    seen_facts = {rec.fact_id for rec in cards.values()}  # (facts due or reviewed today are among them)
    fresh: dict[str, None] = {}  # never-studied facts by first appearance: they come first in ``plan``
    for q in pool.ordered():
        if q.fact_id not in seen_facts:
            fresh.setdefault(q.fact_id)
            if len(fresh) >= room:
                break
    else:  # fewer never-studied facts than room: studied ones follow, in the whole pool's order
        return plan(pool.all(), store, deck_id, now, new_limit)
    rank = {t: i for i, t in enumerate(NEW_TYPE_ORDER)}
    new: list[Question] = []
    for k, fact in enumerate(fresh):
        def turn(q: Question, k: int = k) -> int:
            return (rank.get(q.type, len(rank)) - k) % (len(rank) + 1)
        options = pool.of_fact(fact)
        first = min(turn(q) for q in options)
        new.append(pool.first_seen(fact, [q for q in options if turn(q) == first]))
    return due + new


# The deck-level questions (several facts at once: orders, matches) are made from the whole deck before
# the first question can be ranked; on a 10,000-fact deck that is a fifth of a second the quiz would pay
# on every start. They are kept across runs beside the deck cache (quizgen/deckcache.py: keyed by the
# deck's and its articles' bytes and quizgen's files), as plain data (quizgen/questions/stored.py).
_DECK_LEVEL = "deck-level questions"
_SCAN = "question ids and names"  # what scan() finds: the counts of the deck screen appear at once


def _stored_deck_level(deck: Deck, seed: int) -> list[Question] | None:
    from . import deckcache

    data = deckcache.load_derived(_DECK_LEVEL, (deck,), seed)
    if data is None:
        return None
    from .questions import stored

    try:
        return stored.decode_questions(data)
    except Exception:  # written by other code, or damaged beyond the checksum: make them again
        return None


def _store_deck_level(deck: Deck, seed: int, questions: list[Question]) -> None:
    from . import deckcache
    from .questions import stored

    try:
        data = stored.encode_questions(questions)
    except stored.Unstorable:
        return
    deckcache.save_derived(_DECK_LEVEL, (deck,), seed, data)


def _fact_questions(deck: Deck, fact: Fact, seed: int) -> list[Question]:
    """``generate`` then ``gate`` for one fact (both work fact by fact)."""
    from .questions.engine import _shuffle_options, fact_questions
    from .questions.selection import gate

    made = [_shuffle_options(q, seed) for q in fact_questions(deck, fact)]
    return gate(made, [deck])[0]


def _best_quality() -> Callable[[str], float]:
    """The highest ``selection.quality`` any question of a fact kind can have."""
    from .questions.selection import CLOZE_QUALITY, QUALITY

    default = 0.5  # quality() of a way of asking not in its tables

    def best(kind: str) -> float:
        values = [default, CLOZE_QUALITY.get(kind, default)]
        values += [v for (k, _t), table in QUALITY.items() if k == kind for v in table.values()]
        return max(values)
    cache: dict[str, float] = {}
    return lambda kind: cache[kind] if kind in cache else cache.setdefault(kind, best(kind))
