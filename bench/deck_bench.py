"""Deck loading on a 10,000-fact deck, in-process and as whole `quizgen check` commands, against PyYAML's C
loader and json.load of the same data with the same garbage-collector setting (quizgen turns the collector
off while it parses a deck or reads one from the deck cache, so each baseline runs with it off too).

Targets (issue 17): cold check <= 1.3x the C loader; a second `quizgen check` (deck cache warm) <= 2x
`json.load` of the same data in a fresh process.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from quizgen import deck as deck_module
from quizgen.questions import generate

from . import quizgen_command, time_processes, verdict
from .make_big_deck import write

N_FACTS = 10_000
COLD_RUNS = 5  # whole commands of about 2 s each
WARM_RUNS = 15
COLD_TARGET = 1.3
WARM_TARGET = 2.0
_C_LOADER = ("import gc, sys, yaml; gc.disable(); "
             "yaml.load(open(sys.argv[1], encoding='utf-8').read(), Loader=yaml.CSafeLoader)")
_JSON_LOAD = "import gc, json, sys; gc.disable(); json.load(open(sys.argv[1], encoding='utf-8'))"


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """The fastest of ``repeat`` runs: the least disturbed by the rest of the machine."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def without_gc(fn: Callable[[], object]) -> Callable[[], object]:
    """``fn`` with the collector off while it runs, as quizgen runs its own load."""
    def run() -> object:
        was = gc.isenabled()
        gc.disable()
        try:
            return fn()
        finally:
            if was:
                gc.enable()
    return run


def run() -> list[tuple[str, str]]:
    tmp = Path(tempfile.mkdtemp(prefix="quizgen-deck-bench-"))
    try:
        return _run(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _run(tmp: Path) -> list[tuple[str, str]]:
    path = write(tmp / "deck", N_FACTS)
    text = path.read_text(encoding="utf-8")
    json_path = tmp / "big.json"
    json_path.write_text(json.dumps(yaml.load(text, Loader=yaml.CSafeLoader), default=str), encoding="utf-8")
    cache = tmp / "cache"

    # -- in-process ------------------------------------------------------------------------
    c_loader = without_gc(lambda: yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader))

    def json_load() -> object:
        with json_path.open(encoding="utf-8") as fh:
            return json.load(fh)

    def cold() -> object:
        deck_module._CACHE.clear()
        return deck_module.load_deck(path, cache=False)

    def from_disk() -> object:
        deck_module._CACHE.clear()  # what a new process finds: the disk cache only
        return deck_module.load_deck(path)

    os.environ["QUIZGEN_CACHE_DIR"] = str(cache)
    t_c = best_of(c_loader, 3)
    t_json = best_of(without_gc(json_load))
    t_cold = best_of(cold, 3)
    deck_module.load_deck(path)  # fills the disk cache
    t_disk = best_of(from_disk)
    t_memory = best_of(lambda: deck_module.load_deck(path))
    deck = deck_module.load_deck(path)
    t_gen = best_of(lambda: generate(deck), 1)
    n_questions = len(generate(deck))

    # -- whole commands, fresh processes --------------------------------------------------------
    check = [*quizgen_command(), "check", str(path)]
    env = {"QUIZGEN_CACHE_DIR": str(cache)}
    cold_cmd = time_processes({"check": [*check, "--no-cache"],
                               "c_loader": [sys.executable, "-c", _C_LOADER, str(path)]}, COLD_RUNS, env)
    shutil.rmtree(cache, ignore_errors=True)
    warm_cmd = time_processes({"check": check,  # the warm-up run fills the cache; every timed run reads it
                               "json": [sys.executable, "-c", _JSON_LOAD, str(json_path)],
                               "python": [sys.executable, "-c", "pass"]}, WARM_RUNS, env)
    entry_mb = sum(p.stat().st_size for p in cache.rglob("*") if p.is_file()) / 2**20
    return [
        ("deck: facts", f"{N_FACTS:,} ({path.stat().st_size / 2**20:.1f} MB of YAML)"),
        ("in-process: PyYAML CSafeLoader alone, GC off", f"{t_c * 1000:.0f} ms"),
        ("in-process: quizgen cold load + full check (no cache)",
         f"{t_cold * 1000:.0f} ms = {verdict(t_cold / t_c, COLD_TARGET)}"),
        ("in-process: json.load of the same data, GC off", f"{t_json * 1000:.1f} ms"),
        ("in-process: quizgen load from the deck cache (disk)",
         f"{t_disk * 1000:.1f} ms = {t_disk / t_json:.2f}x json.load"),
        ("in-process: quizgen repeat load (in-memory cache)", f"{t_memory * 1000:.2f} ms"),
        ("command: python -c 'pass' (start-up alone)", f"{warm_cmd['python'] * 1000:.0f} ms"),
        ("command: PyYAML C loader, fresh process, GC off", f"{cold_cmd['c_loader'] * 1000:.0f} ms"),
        ("command: quizgen check, cold (--no-cache)",
         f"{cold_cmd['check'] * 1000:.0f} ms = {verdict(cold_cmd['check'] / cold_cmd['c_loader'], COLD_TARGET)}"),
        ("command: json.load, fresh process, GC off", f"{warm_cmd['json'] * 1000:.0f} ms"),
        ("command: quizgen check, second run (cache warm)",
         f"{warm_cmd['check'] * 1000:.0f} ms = {verdict(warm_cmd['check'] / warm_cmd['json'], WARM_TARGET)}"),
        ("deck cache entry", f"{entry_mb:.1f} MB"),
        ("questions: generate whole deck (in-process)", f"{t_gen * 1000:.0f} ms for {n_questions:,} questions"),
    ]


if __name__ == "__main__":
    for name, value in run():
        print(f"{name:55} {value}")
