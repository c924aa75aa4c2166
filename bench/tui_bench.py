"""Terminal quiz speed and memory against a bare Textual app, measured in the same run.

- cold start: process spawn to the first frame of the first screen written to a terminal, for
  `quizgen quiz decks` (the real command path: CLI parser, the deck screen; the progress file is
  opened and checked just after the first frame)
  vs a bare Textual app showing one Static; fresh subprocesses on a pseudo-terminal (80x24),
  interleaved, median of ``COLD_RUNS``. Target ≤ 1.15×. Also: the median of each quiz/bare pair's
  ratio (a pair runs back to back, so a machine getting busier or quieter moves both), and the
  process CPU time to the first frame (steadier than wall time on a busy machine). The first frame
  lists the deck files; the decks are read, and their questions and progress counts made, just
  after it (a worker), so they are not part of it.
- key to repaint: Enter on a question's feedback until the frame showing the next question (and
  its keys in the key bar, not "Next") is written, vs the bare app updating a label on a key;
  median of ``KEY_RUNS`` × ``KEY_PRESSES``. Target ≤ 1.3×. The main thread's CPU time over the
  same span is reported too: on a busy machine it varies much less than the wall time.
- peak memory (max RSS) of each process.

Both apps run under the same conditions: the same pseudo-terminal size and path, the same
environment, and compiled bytecode from one cache directory made for the run
(``PYTHONPYCACHEPREFIX``; ``PYTHONDONTWRITEBYTECODE`` is dropped for the children), filled by a
warm-up run of each, so neither pays for compiling its modules (which an installed app never does
after its first start) and the working tree gets no ``__pycache__``.

Frames are timed by wrapping ``App._display`` (where Textual writes a frame to the terminal) in
the child processes; the processes write their figures to a JSON file. ``run()`` returns report
rows; ``python bench/tui_bench.py`` prints them.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

if not __package__:  # run as a script (python bench/tui_bench.py): the repository root holds `bench`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import run_on_pty, verdict  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
COLD_RUNS = 11
KEY_RUNS = 3  # processes per app for key to repaint, interleaved; every press of every run pooled
KEY_PRESSES = 20  # one new question per fact per session: the bundled deck gives 23
QUESTION_RUNS = 5  # processes per deck for the first question, interleaved
QUESTION_TARGET = 1.5  # first question of the 10,000-fact deck / of the bundled deck
MEMORY_TARGET_MIB = 100  # peak of the 10,000-fact quiz, its counts made
BIG_FACTS = 10_000

_COMMON = r"""
import asyncio, json, resource, sys, time
from textual.app import App
MODE, WHAT, OUT, DATA, KEYS = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
DECKS = sys.argv[6] if len(sys.argv) > 6 else "decks"
state = {"first": None, "first_cpu": None, "armed": None, "hit": None, "hit_cpu": None, "deck": None}
_display = App._display

def _timed_display(self, screen, renderable):
    batched = self._batch_count
    _display(self, screen, renderable)
    if renderable is None or batched:
        return
    now = time.monotonic()
    if state["deck"] is None and DECK_SHOWN(screen):
        state["deck"] = now
        EVENTS["deck"].set()
    if state["first"] is None and FIRST(screen):
        state["first"], state["first_cpu"] = now, time.process_time()
        EVENTS["first"].set()
    if state["armed"] is not None and state["hit"] is None and state["armed"]():
        state["hit"], state["hit_cpu"] = now, time.thread_time()
        EVENTS["hit"].set()

App._display = _timed_display

# set by the frame: no polling in the app's loop
EVENTS = {"first": asyncio.Event(), "hit": asyncio.Event(), "deck": asyncio.Event()}

async def until(key, limit=30.0):
    await asyncio.wait_for(EVENTS[key].wait(), limit)

CPU = []  # main-thread CPU time per timed press: less sensitive than wall time to a busy machine

async def timed_press(pilot, key, condition):
    state["hit"], state["armed"] = None, condition
    EVENTS["hit"].clear()
    t, cpu = time.monotonic(), time.thread_time()
    await pilot.press(key)
    await until("hit")
    state["armed"] = None
    CPU.append(state["hit_cpu"] - cpu)
    return state["hit"] - t

async def auto(pilot):
    if MODE == "question":  # Enter on the deck screen's first frame, as a student picking the first deck
        await until("deck")
        await pilot.press("enter")
        await until("first", 600.0)
        await pilot.app.workers.wait_for_complete()  # the peak includes the rest of the deck's questions
    await until("first")
    times = []
    if MODE == "keys":
        times = await KEYS_FN(pilot)
    with open(OUT, "w") as f:
        json.dump({"first": state["first"], "first_cpu": state["first_cpu"], "key_times": times, "key_cpu": CPU,
                   "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}, f)
    pilot.app.exit()
"""

_BARE = _COMMON + r"""
from textual.binding import Binding
from textual.widgets import Static

class Bare(App):
    BINDINGS = [Binding("enter", "bump", "Bump")]
    count = 0
    def compose(self):
        yield Static("count 0", id="label")
    def action_bump(self):
        self.count += 1
        self.query_one("#label", Static).update(f"count {self.count}")

FIRST = lambda screen: True
DECK_SHOWN = lambda screen: False

async def KEYS_FN(pilot):
    app = pilot.app
    times = []
    for i in range(KEYS):
        times.append(await timed_press(pilot, "enter", lambda n=i + 1: app.count == n))
    return times

Bare().run(auto_pilot=auto)
"""

_QUIZ = _COMMON + r"""
DECK_SHOWN = lambda screen: type(screen).__name__ == "DeckPickerScreen"
# cold start: the deck screen's first frame; first question: the quiz screen's first frame
FIRST = (lambda screen: type(screen).__name__ == "QuizScreen") if MODE == "question" else DECK_SHOWN

def keys_shown(screen):  # what the key bar (or Textual's Footer) shows: the frame has all of the next question
    for bar in screen.query("KeyBar"):
        return bar.shown_actions
    return {key.action for key in screen.query("FooterKey")}

async def KEYS_FN(pilot):
    from quizgen.questions.model import QuestionType
    app = pilot.app
    await app.workers.wait_for_complete()
    await pilot.press("enter")  # deck screen -> first question
    await pilot.pause()
    times = []
    for _ in range(KEYS):
        screen = app.screen
        if screen.session.index >= len(screen.session.items) - 1:
            break  # Enter on the last question's feedback shows the results, not a next question
        q = screen.session.current
        if q.type is QuestionType.MC:
            await pilot.press("1")
        elif q.type is QuestionType.TF:
            await pilot.press("t")
        elif q.type in (QuestionType.ORDER, QuestionType.MATCH):  # a sequence, right or wrong (anything else
            # is asked again, so the feedback and the next question never came: the bench hung on a match)
            digits = ([str(i + 1) for i in range(len(q.options))] if q.type is QuestionType.ORDER
                      else ["1"] * len(q.items))
            await pilot.press(*digits, "enter")
        else:
            await pilot.press("x", "enter")
        await pilot.pause()
        before = screen.session.index
        shown = lambda: (screen.session.index == before + 1 and screen.query_one("#feedback").display is False
                         and "next" not in keys_shown(screen))
        times.append(await timed_press(pilot, "enter", shown))
        await pilot.pause()
    return times

import tui.app
_run = tui.app.QuizApp.run
tui.app.QuizApp.run = lambda self, *a, **kw: _run(self, auto_pilot=auto)
from tui.cli import main
sys.exit(main(["quiz", DECKS, "--data-dir", DATA, "--new-limit", "20" if MODE == "question" else "1000"]))
"""


def _child(script: str, mode: str, data: str, keys: int = 0, pycache: str | None = None,
           decks: str = "decks", env_extra: dict[str, str] | None = None) -> dict[str, object]:
    """Run one child on a fresh 80x24 pseudo-terminal; its figures, with ``cold_s`` from spawn."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as tmp:
        out = tmp.name
    what = "quiz" if script is _QUIZ else "bare"
    result, start = run_on_pty([script, mode, what, out, data, str(keys), decks], out, f"{what}, {mode}", env_extra,
                               pycache)
    result["cold_s"] = result["first"] - start  # CLOCK_MONOTONIC is system-wide
    return result


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def run() -> list[tuple[str, str]]:
    with tempfile.TemporaryDirectory(prefix="quizgen-bench-") as data, \
            tempfile.TemporaryDirectory(prefix="quizgen-bench-pyc-") as pyc:
        _child(_QUIZ, "cold", data, pycache=pyc)  # warm the OS file cache and the bytecode of both
        _child(_BARE, "cold", data, pycache=pyc)
        _child(_QUIZ, "keys", data, 1, pycache=pyc)  # and of the quiz's other screens
        quiz_cold, bare_cold, quiz_rss, bare_rss, quiz_ccpu, bare_ccpu = [], [], [], [], [], []
        for _ in range(COLD_RUNS):
            q = _child(_QUIZ, "cold", data, pycache=pyc)
            b = _child(_BARE, "cold", data, pycache=pyc)
            quiz_cold.append(float(q["cold_s"]))  # type: ignore[arg-type]
            bare_cold.append(float(b["cold_s"]))  # type: ignore[arg-type]
            quiz_ccpu.append(float(q["first_cpu"]))  # type: ignore[arg-type]
            bare_ccpu.append(float(b["first_cpu"]))  # type: ignore[arg-type]
            quiz_rss.append(int(q["maxrss_kb"]))  # type: ignore[call-overload]
            bare_rss.append(int(b["maxrss_kb"]))  # type: ignore[call-overload]
        quiz_keys: list[float] = []
        bare_keys: list[float] = []
        quiz_cpu: list[float] = []
        bare_cpu: list[float] = []
        quiz_keys_rss = 0
        for _ in range(KEY_RUNS):
            qk = _child(_QUIZ, "keys", data, KEY_PRESSES, pycache=pyc)
            bk = _child(_BARE, "keys", data, KEY_PRESSES, pycache=pyc)
            quiz_keys += qk["key_times"]  # type: ignore[arg-type]
            bare_keys += bk["key_times"]  # type: ignore[arg-type]
            quiz_cpu += qk["key_cpu"]  # type: ignore[arg-type]
            bare_cpu += bk["key_cpu"]  # type: ignore[arg-type]
            quiz_keys_rss = max(quiz_keys_rss, int(qk["maxrss_kb"]))  # type: ignore[call-overload]
        first_q = _first_question(pyc)
    qc, bc = statistics.median(quiz_cold), statistics.median(bare_cold)
    paired = statistics.median(q / b for q, b in zip(quiz_cold, bare_cold, strict=True))
    qcc, bcc = statistics.median(quiz_ccpu), statistics.median(bare_ccpu)
    qkey, bkey = statistics.median(quiz_keys), statistics.median(bare_keys)
    qcpu, bcpu = statistics.median(quiz_cpu), statistics.median(bare_cpu)
    return [
        (f"tui cold start to first frame, quizgen quiz (median of {COLD_RUNS})", _ms(qc)),
        ("tui cold start to first frame, bare Textual app", _ms(bc)),
        ("tui cold start ratio", verdict(qc / bc, 1.15)),
        ("tui cold start ratio, median of the run-by-run ratios", f"{paired:.2f}x"),
        ("tui cold start, process CPU to first frame: quiz / bare", f"{_ms(qcc)} / {_ms(bcc)} = {qcc / bcc:.2f}x"),
        (f"tui Enter to next question's frame (median of {len(quiz_keys)} presses, {KEY_RUNS} runs)", _ms(qkey)),
        ("tui key to label update frame, bare Textual app", _ms(bkey)),
        ("tui key to repaint ratio", verdict(qkey / bkey, 1.3)),
        ("tui key to repaint, main-thread CPU: quiz / bare", f"{_ms(qcpu)} / {_ms(bcpu)} = {qcpu / bcpu:.2f}x"),
        ("tui peak memory, quizgen quiz (cold start)", f"{statistics.median(quiz_rss) / 1024:.1f} MiB"),
        ("tui peak memory, bare Textual app", f"{statistics.median(bare_rss) / 1024:.1f} MiB"),
        (f"tui peak memory, quizgen quiz after {KEY_PRESSES} questions",
         f"{quiz_keys_rss / 1024:.1f} MiB"),
        *first_q,
    ]


def _first_question(pyc: str) -> list[tuple[str, str]]:
    """Spawn to the first question's frame, Enter pressed on the deck screen's first frame (the first
    deck), for the bundled deck and a 10,000-fact deck (deck cache warm, as on any day after the first:
    the warm-up run fills it); a fresh progress file each run. Peak memory once the deck's counts are made."""
    from bench.make_big_deck import write

    with tempfile.TemporaryDirectory(prefix="quizgen-bench-big-") as tmp:
        big = str(write(Path(tmp) / "deck", BIG_FACTS))
        env = {"QUIZGEN_CACHE_DIR": str(Path(tmp) / "cache")}
        decks = {"bundled": "decks", "big": big}
        times: dict[str, list[float]] = {k: [] for k in decks}
        rss: dict[str, list[int]] = {k: [] for k in decks}
        for i in range(QUESTION_RUNS + 1):  # the first run of each warms the deck cache and the bytecode
            for name, deck in decks.items():
                data = Path(tmp) / f"data-{name}-{i}"
                r = _child(_QUIZ, "question", str(data), pycache=pyc, decks=deck, env_extra=env)
                if i:
                    times[name].append(float(r["cold_s"]))  # type: ignore[arg-type]
                    rss[name].append(int(r["maxrss_kb"]))  # type: ignore[call-overload]
    small, large = statistics.median(times["bundled"]), statistics.median(times["big"])
    peak = max(rss["big"]) / 1024
    return [
        (f"tui first question on screen, bundled deck (median of {QUESTION_RUNS})", _ms(small)),
        (f"tui first question on screen, {BIG_FACTS:,}-fact deck (deck cache warm)", _ms(large)),
        ("tui first question ratio, big / bundled", verdict(large / small, QUESTION_TARGET)),
        (f"tui peak memory, {BIG_FACTS:,}-fact quiz (first question, then every count)",
         f"{peak:.1f} MiB (target < {MEMORY_TARGET_MIB} MiB: {'met' if peak < MEMORY_TARGET_MIB else 'MISSED'})"),
        ("tui peak memory, bundled deck (same)", f"{max(rss['bundled']) / 1024:.1f} MiB"),
    ]


if __name__ == "__main__":
    for name, value in run():
        print(f"{name:62} {value}")
