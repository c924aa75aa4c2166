"""Deck loading and question generation on a 10,000-fact deck, against PyYAML's C loader and json.load."""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from quizgen import deck as deck_module
from quizgen.questions import generate

from .make_big_deck import write

N_FACTS = 10_000


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """The fastest of ``repeat`` runs: the least disturbed by the rest of the machine."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def run() -> list[tuple[str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        path = write(Path(tmp), N_FACTS)
        text = path.read_text(encoding="utf-8")
        json_path = Path(tmp) / "big.json"
        json_path.write_text(json.dumps(yaml.load(text, Loader=yaml.CSafeLoader), default=str), encoding="utf-8")

        def c_loader() -> object:
            return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)

        def json_load() -> object:
            with json_path.open(encoding="utf-8") as fh:
                return json.load(fh)

        def cold() -> object:
            deck_module._CACHE.clear()
            return deck_module.load_deck(path)

        t_c = best_of(c_loader, 3)
        t_json = best_of(json_load)
        t_cold = best_of(cold, 3)
        deck = deck_module.load_deck(path)
        t_warm = best_of(lambda: deck_module.load_deck(path))
        t_gen = best_of(lambda: generate(deck), 1)
        n_questions = len(generate(deck))
    return [
        ("deck: facts", f"{N_FACTS:,}"),
        ("deck: PyYAML CSafeLoader alone", f"{t_c * 1000:.0f} ms"),
        ("deck: json.load of the same data", f"{t_json * 1000:.1f} ms"),
        ("deck: quizgen cold load + full check",
         f"{t_cold * 1000:.0f} ms ({t_cold / t_c:.2f}x C loader; target <= 1.3x)"),
        ("deck: quizgen repeat load (content cache)",
         f"{t_warm * 1000:.1f} ms ({t_warm / t_json:.2f}x json.load; target <= 2x)"),
        ("questions: generate whole deck", f"{t_gen * 1000:.0f} ms for {n_questions:,} questions"),
    ]
