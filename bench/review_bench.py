"""The review screen on a 500-fact deck (issue 15): time to first paint of `quizgen review DECK` against
`quizgen quiz DECK` on the same deck in the same run (target <= 1.3x), and how it scrolls.

The deck is bench/make_big_deck.py's, 500 facts with its source article (one sentence per fact), one fact
in ten marked for review as an extractor's draft would be.

- first paint: process spawn to the first frame written to the terminal that shows the screen with its
  content (the review: its facts and article; the quiz: its deck screen, as bench/tui_bench.py times it),
  fresh processes on an 80x24 pseudo-terminal, interleaved, median of ``COLD_RUNS``; also the process CPU
  time to that frame, steadier than wall time on a busy machine. The review, as the quiz, reads the
  checked deck from the deck cache (warmed by the first run); the review's first paint with the cache
  empty, as for a draft reviewed for the first time, is reported beside it. Beside it, for scale, the quiz's spawn to
  its first question's frame (the deck loaded, its questions made, Enter).
- the review's questions: spawn to the frame that shows the questions (made in a thread after the
  first paint).
- scrolling: ``MOVES`` presses of the down arrow in the fact list, each timed from the key to the frame
  showing the next fact highlighted (its article sentence marked), median and slowest; the total for all
  of them. Then End, the jump to the last fact (the whole list is laid out to get there).
- peak memory (max RSS) of both processes.

Both run under the same conditions (terminal, environment, one bytecode cache made for the run and warmed
by a run of each). Frames are timed by wrapping ``App._display`` in the child processes, which write their
figures to a JSON file. ``run()`` returns report rows; ``python -m bench.review_bench`` prints them.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

if not __package__:  # run as a script: the repository root holds `bench`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import run_on_pty, verdict  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
N_FACTS = 500
COLD_RUNS = int(os.environ.get("QUIZGEN_BENCH_REVIEW_RUNS", "7"))
MOVES = 50
TARGET = 1.3

_COMMON = r"""
import asyncio, json, resource, sys, time
from textual.app import App
MODE, OUT, DATA, DECK, KEYS = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
state = {"first": None, "first_cpu": None, "armed": None, "hit": None}
_display = App._display
EVENTS = {"first": asyncio.Event(), "hit": asyncio.Event()}

def _timed_display(self, screen, renderable):
    batched = self._batch_count
    _display(self, screen, renderable)
    if renderable is None or batched:
        return
    now = time.monotonic()
    if state["first"] is None and FIRST(screen):
        state["first"], state["first_cpu"] = now, time.process_time()
        EVENTS["first"].set()
    if state["armed"] is not None and state["hit"] is None and state["armed"]():
        state["hit"] = now
        EVENTS["hit"].set()

App._display = _timed_display

async def until(key, limit=60.0):
    await asyncio.wait_for(EVENTS[key].wait(), limit)

async def wait_frame(condition):
    state["hit"], state["armed"] = None, condition
    EVENTS["hit"].clear()
    await until("hit")
    state["armed"] = None
    return state["hit"]

async def timed_press(pilot, key, condition):
    state["hit"], state["armed"] = None, condition
    EVENTS["hit"].clear()
    t = time.monotonic()
    await pilot.press(key)
    await until("hit")
    state["armed"] = None
    return state["hit"] - t

async def auto(pilot):
    await until("first")
    extra = {}
    if MODE == "keys":
        extra = await KEYS_FN(pilot)
    with open(OUT, "w") as f:
        json.dump({"first": state["first"], "first_cpu": state["first_cpu"], **extra,
                   "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}, f)
    pilot.app.exit()
"""

_QUIZ = _COMMON + r"""
FIRST = lambda screen: type(screen).__name__ == "DeckPickerScreen"

async def KEYS_FN(pilot):  # the first question: the deck loaded, its questions made, Enter
    app = pilot.app
    await app.workers.wait_for_complete()
    while not all(e.ready for e in app.entries):
        await asyncio.sleep(0.005)
    await timed_press(pilot, "enter", lambda: type(app.screen).__name__ == "QuizScreen")
    return {"question": state["hit"]}

import quizgen.questions  # noqa: F401  (first: importing quizgen.session first is circular at fbce022)
import tui.app
_run = tui.app.QuizApp.run
tui.app.QuizApp.run = lambda self, *a, **kw: _run(self, auto_pilot=auto)
from tui.cli import main
sys.exit(main(["quiz", DECK, "--data-dir", DATA, "--new-limit", "1000"]))
"""

_REVIEW = _COMMON + r"""
def FIRST(screen):  # the review screen with its facts and its article
    return (type(screen).__name__ == "ReviewScreen" and screen.fact_list.option_count > 0
            and screen.article.option_count > 0)

async def KEYS_FN(pilot):
    app = pilot.app
    screen = app.screen
    shown = lambda: screen.questions is not None and getattr(screen, "questions_shown", True)
    questions = await wait_frame(shown) if not shown() else time.monotonic()
    await pilot.pause()
    facts = screen.fact_list
    times = []
    for _ in range(KEYS):
        n = facts.highlighted + 1
        if n >= facts.option_count:
            break
        sentence = screen.article.option_of_fact(n)
        times.append(await timed_press(pilot, "down", lambda n=n, s=sentence: facts.highlighted == n
                                       and (s is None or s in screen.article.current)))
    end = await timed_press(pilot, "end", lambda: facts.highlighted == facts.option_count - 1)
    return {"questions": questions, "moves": times, "end": end}

import tui.review_app
_run = tui.review_app.ReviewApp.run
tui.review_app.ReviewApp.run = lambda self, *a, **kw: _run(self, auto_pilot=auto)
from tui.cli import main
sys.exit(main(["review", DECK]))
"""


def make_deck(directory: Path, n: int = N_FACTS) -> Path:
    """bench/make_big_deck.py's deck of ``n`` facts and its article; every tenth fact marked for review."""
    import yaml

    from bench.make_big_deck import build

    deck, article = build(n)
    for i, fact in enumerate(deck["facts"]):
        if i % 10 == 3:
            fact["review"] = "a draft's doubt: check it against its sentence"
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "big.txt").write_text(article, encoding="utf-8")
    path = directory / "big.yaml"
    path.write_text(yaml.safe_dump(deck, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def _child(script: str, mode: str, data: str, deck: Path, keys: int = 0,
           pycache: str | None = None) -> dict[str, object]:
    """Run one child on a fresh 80x24 pseudo-terminal; its figures, each frame time made relative to spawn."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as tmp:
        out = tmp.name
    what = "review" if script is _REVIEW else "quiz"
    result, start = run_on_pty([script, mode, out, data, str(deck), str(keys)], out, f"{what}, {mode}",
                               {"QUIZGEN_CACHE_DIR": str(Path(data) / "cache")}, pycache, hang_after=120)
    for key in ("first", "question", "questions"):
        if key in result:
            result[key] = result[key] - start  # CLOCK_MONOTONIC is system-wide
    return result


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def run() -> list[tuple[str, str]]:
    with tempfile.TemporaryDirectory(prefix="quizgen-bench-review-") as tmp, \
            tempfile.TemporaryDirectory(prefix="quizgen-bench-pyc-") as pyc:
        deck = make_deck(Path(tmp) / "deck")
        data = str(Path(tmp) / "data")
        _child(_QUIZ, "keys", data, deck, pycache=pyc)  # warm the bytecode, the page and deck caches
        _child(_REVIEW, "keys", data, deck, 1, pycache=pyc)
        quiz, review, quiz_cpu, review_cpu, quiz_rss, review_rss = [], [], [], [], [], []
        for _ in range(COLD_RUNS):
            q = _child(_QUIZ, "cold", data, deck, pycache=pyc)
            r = _child(_REVIEW, "cold", data, deck, pycache=pyc)
            quiz.append(float(q["first"]))  # type: ignore[arg-type]
            review.append(float(r["first"]))  # type: ignore[arg-type]
            quiz_cpu.append(float(q["first_cpu"]))  # type: ignore[arg-type]
            review_cpu.append(float(r["first_cpu"]))  # type: ignore[arg-type]
            quiz_rss.append(int(q["maxrss_kb"]))  # type: ignore[call-overload]
            review_rss.append(int(r["maxrss_kb"]))  # type: ignore[call-overload]
        fresh = []  # the deck cache empty, as for the first review of a new draft
        for n in range(3):
            fresh.append(float(_child(_REVIEW, "cold", str(Path(tmp) / f"fresh-{n}"), deck,  # type: ignore[arg-type]
                                      pycache=pyc)["first"]))
        questions, first_question, moves, ends, keys_rss = [], [], [], [], []
        for _ in range(3):
            k = _child(_REVIEW, "keys", data, deck, MOVES, pycache=pyc)
            questions.append(float(k["questions"]))  # type: ignore[arg-type]
            moves += k["moves"]  # type: ignore[arg-type]
            ends.append(float(k["end"]))  # type: ignore[arg-type]
            keys_rss.append(int(k["maxrss_kb"]))  # type: ignore[call-overload]
            qk = _child(_QUIZ, "keys", data, deck, pycache=pyc)
            first_question.append(float(qk["question"]))  # type: ignore[arg-type]
    qc, rc = statistics.median(quiz), statistics.median(review)
    paired = statistics.median(r / q for q, r in zip(quiz, review, strict=True))
    qcpu, rcpu = statistics.median(quiz_cpu), statistics.median(review_cpu)
    per_run = len(moves) // 3
    return [
        ("review: deck", f"{N_FACTS} facts (one in ten marked for review), its article of {N_FACTS} sentences"),
        (f"review: spawn to first paint, quizgen review (median of {COLD_RUNS})", _ms(rc)),
        ("review: spawn to first paint, quizgen quiz (its deck screen)", _ms(qc)),
        ("review: first paint ratio review / quiz", verdict(rc / qc, TARGET)),
        ("review: ... median of the run-by-run ratios", f"{paired:.2f}x"),
        ("review: spawn to first paint, deck cache empty (a new draft's first review; median of 3)",
         _ms(statistics.median(fresh))),
        ("review: process CPU to first paint, review / quiz", f"{_ms(rcpu)} / {_ms(qcpu)} = {rcpu / qcpu:.2f}x"),
        ("review: spawn to the frame with every fact's questions", _ms(statistics.median(questions))),
        ("review: for scale, quiz spawn to its first question's frame", _ms(statistics.median(first_question))),
        (f"review: down arrow to next fact's frame (median of {len(moves)}, 3 runs)",
         f"{statistics.median(moves) * 1000:.1f} ms (slowest {max(moves) * 1000:.1f} ms)"),
        (f"review: {per_run} moves, total per run (median)",
         _ms(statistics.median(sum(moves[i * per_run:(i + 1) * per_run]) for i in range(3)))),
        ("review: End, to the last fact's frame (median)", _ms(statistics.median(ends))),
        ("review: peak memory, review (first paint) / quiz (deck screen)",
         f"{statistics.median(review_rss) / 1024:.0f} / {statistics.median(quiz_rss) / 1024:.0f} MiB"),
        (f"review: peak memory, review after {per_run} moves", f"{max(keys_rss) / 1024:.0f} MiB"),
    ]


if __name__ == "__main__":
    for name, value in run():
        print(f"{name:66} {value}")
