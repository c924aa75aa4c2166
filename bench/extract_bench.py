"""Extraction throughput: `quizgen extract`'s rules on a few MB of news text, against a plain regex
sentence split of the same text in the same run (the cheapest thing that still reads every byte), and one
whole `quizgen extract` of a short article against Python's start-up (`python -c "import quizgen"`) plus
that article's in-process extraction time.

Targets (issue 17): extraction in-process <= 100x the regex split; the whole command <= 1.5x start-up plus
in-process time.

run() returns report rows (name, figure); `make bench` prints them.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

from . import quizgen_command, time_processes, verdict

ROOT = Path(__file__).resolve().parents[1]
TARGET_BYTES = 2 * 2**20
RATIO_TARGET = 100
COMMAND_TARGET = 1.5
COMMAND_RUNS = 9
SHORT_ARTICLE = ROOT / "dev" / "extraction" / "articles" / "05_modi_moscow.txt"


def _corpus() -> list[Path]:
    return sorted((ROOT / "dev" / "extraction" / "articles").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))


def run() -> list[tuple[str, str]]:
    """Rows: extraction KB/s, regex-split KB/s, and how many times slower extraction is."""
    from quizgen.extract import extract_article
    from quizgen.extract.article import read_article

    texts = [p.read_text(encoding="utf-8") for p in _corpus()]
    with tempfile.TemporaryDirectory(prefix="quizgen-bench-") as tmp:
        paths: list[Path] = []
        size = 0
        i = 0
        while size < TARGET_BYTES:
            text = texts[i % len(texts)]
            p = Path(tmp) / f"{i:05d}.txt"
            p.write_text(text, encoding="utf-8")
            paths.append(p)
            size += len(text.encode("utf-8"))
            i += 1
        articles = [read_article(p) for p in paths]
        start = time.perf_counter()
        n_facts = 0
        for a in articles:
            n_facts += len(extract_article(a, "a"))
        extract_s = time.perf_counter() - start
        split = re.compile(r"(?<=[.!?])\s+")
        start = time.perf_counter()
        n_sent = 0
        for a in articles:
            n_sent += len(split.split(a.text))
        split_s = max(time.perf_counter() - start, 1e-9)
    kb = size / 1024
    short = read_article(SHORT_ARTICLE)
    in_process = min(_timed(lambda: extract_article(short, "a")) for _ in range(5))
    whole = time_processes({"extract": [*quizgen_command(), "extract", str(SHORT_ARTICLE), "-o", "-"],
                            "start": [sys.executable, "-c", "import quizgen"]}, COMMAND_RUNS)
    return [
        ("extract: corpus", f"{kb / 1024:.1f} MB in {len(articles)} articles, {n_facts} facts"),
        ("extract: throughput", f"{kb / extract_s:,.0f} KB/s ({extract_s:.2f} s)"),
        ("extract: baseline regex sentence split", f"{kb / split_s:,.0f} KB/s ({n_sent} pieces)"),
        ("extract: ratio (extract time / split time)", verdict(extract_s / split_s, RATIO_TARGET)),
        (f"extract: one short article in-process ({SHORT_ARTICLE.name})", f"{in_process * 1000:.0f} ms"),
        ("command: python -c 'import quizgen' (start-up)", f"{whole['start'] * 1000:.0f} ms"),
        ("command: quizgen extract ARTICLE -o -",
         f"{whole['extract'] * 1000:.0f} ms = "
         f"{verdict(whole['extract'] / (whole['start'] + in_process), COMMAND_TARGET)} start-up + in-process"),
    ]


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


if __name__ == "__main__":
    for name, figure in run():
        print(f"{name:<42} {figure}")
