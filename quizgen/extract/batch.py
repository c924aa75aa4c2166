"""Many articles at once: one deck per article (or feed item) into a directory, in parallel processes.

:func:`run_job` is the per-article step: a picklable :class:`Job` in (where the article is, where its
deck goes), an :class:`Outcome` out, no global state; it never raises, so a failure never stops a
batch. :func:`run_jobs` maps it over a ``concurrent.futures.ProcessPoolExecutor`` (or in this process
for ``jobs=1``); any other pool (Dask, Ray, multiprocessing) can map it the same way::

    from concurrent.futures import ProcessPoolExecutor
    from quizgen.extract.batch import Job, run_job

    jobs = [Job(where=str(p), source=str(p), deck_path=f"decks/{p.stem}.yaml") for p in articles]
    with ProcessPoolExecutor() as pool:
        for outcome in pool.map(run_job, jobs, chunksize=8):
            print(outcome.line())

Each deck (and a page's text beside it) is written atomically, so an interrupted batch leaves whole
decks or none; running it again skips the decks already there (``force`` redoes them).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..atomic import occupied

SUFFIXES = (".txt", ".html", ".htm")


@dataclass(frozen=True)
class Job:
    """One article to turn into one deck. ``source`` is a path or URL; ``html`` a feed item's own content."""

    where: str
    deck_path: str
    source: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None      # the feed's date for the item, or --published
    outlet: str | None = None
    deck_id: str | None = None
    force: bool = False
    timeout: float | None = None


@dataclass(frozen=True)
class Outcome:
    where: str
    deck_path: str
    status: str            # "written", "skipped" or "failed"
    message: str = ""      # the summary, or the one-line reason it failed

    def line(self) -> str:
        if self.status == "failed":
            return self.message
        return f"{self.deck_path}: {self.message}" if self.message else self.deck_path


def run_job(job: Job) -> Outcome:
    """Extract one article into its deck; every failure is an Outcome, never an exception."""
    from ..errors import QuizgenError, printable
    from .sources import build_deck, from_html, load_input, write_built

    deck = Path(job.deck_path)
    if occupied(deck) and not job.force:
        return Outcome(job.where, job.deck_path, "skipped", "already there")
    try:
        loaded = None
        if job.html is not None:
            try:
                loaded = from_html(job.where, job.html, job.url, title=job.title, published=job.published,
                                   outlet=job.outlet)
            except QuizgenError:
                if not job.url:
                    raise
        if loaded is None:
            if not job.source:
                raise QuizgenError(f"{job.where}: no link and no content to read")
            loaded = load_input(job.source, timeout=job.timeout)
            if job.html is None and (job.title or job.published or job.outlet) and loaded.text is not None:
                loaded = _fill(loaded, job)
        built = build_deck([loaded], deck, deck_id=job.deck_id, published=job.published)
        write_built(built, force=job.force)
        return Outcome(job.where, job.deck_path, "written", built.summary)
    except QuizgenError as exc:
        lines = [ln for ln in exc.lines() if ln]
        text = "; ".join(lines) or str(exc)
        if not text.startswith(job.where):
            text = f"{job.where}: {text}"
        return Outcome(job.where, job.deck_path, "failed", printable(text))
    except Exception as exc:  # a bug must not stop the batch; it is reported like any other failure
        return Outcome(job.where, job.deck_path, "failed",
                       printable(f"{job.where}: internal error ({type(exc).__name__}: {exc})"))


def _fill(loaded, job: Job):  # noqa: ANN001, ANN202
    """A fetched page keeps what it says; the feed's outlet fills a missing one."""
    from dataclasses import replace

    return replace(loaded, outlet=loaded.outlet or job.outlet)


def find_articles(inputs: Iterable[str], exclude: Path | None = None) -> list[str]:
    """The inputs, each directory replaced by its .txt/.html/.htm files (recursively, sorted, no hidden
    ones, nothing under ``exclude``, the output directory, whose page texts are outputs, not inputs)."""
    out: list[str] = []
    ex = exclude.resolve() if exclude is not None else None
    for spec in inputs:
        p = Path(spec)
        if not p.is_dir():
            out.append(spec)
            continue
        for f in sorted(p.rglob("*")):
            rel = f.relative_to(p)
            if any(part.startswith(".") for part in rel.parts) or f.suffix.lower() not in SUFFIXES:
                continue
            if ex is not None and (f.resolve() == ex or ex in f.resolve().parents):
                continue
            if f.is_file():
                out.append(str(f))
    return out


def slug_name(text: str, taken: set[str], fallback: str = "article") -> str:
    """A file-name slug for ``text``, unique among ``taken`` (-2, -3... added), recorded in it."""
    from .facts import slug

    base = slug(text, 8)[:60].strip("-") or fallback
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", base):
        base = fallback
    name, n = base, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    taken.add(name)
    return name


def run_jobs(jobs: list[Job], workers: int, report: Callable[[Outcome], None]) -> list[Outcome]:
    """Every job's outcome (in completion order), ``report`` called on each as it comes."""
    outcomes: list[Outcome] = []
    todo = []
    for job in jobs:  # skipping needs no worker
        if occupied(job.deck_path) and not job.force:
            outcome = Outcome(job.where, job.deck_path, "skipped", "already there")
            outcomes.append(outcome)
            report(outcome)
        else:
            todo.append(job)
    if workers <= 1 or len(todo) <= 1:
        for job in todo:
            outcome = run_job(job)
            outcomes.append(outcome)
            report(outcome)
        return outcomes
    from concurrent.futures import ProcessPoolExecutor, as_completed

    with ProcessPoolExecutor(max_workers=min(workers, len(todo))) as pool:
        futures = {pool.submit(run_job, job): job for job in todo}
        for future in as_completed(futures):
            job = futures[future]
            try:
                outcome = future.result()
            except Exception as exc:  # a worker that died (killed, out of memory): that job failed
                outcome = Outcome(job.where, job.deck_path, "failed", f"{job.where}: worker failed ({exc})")
            outcomes.append(outcome)
            report(outcome)
    return outcomes


class Progress:
    """Failures as lines; on a terminal also a bar (articles done, rate, time left) redrawn in place."""

    def __init__(self, total: int, stream=None) -> None:  # noqa: ANN001
        self.total = total
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty() and os.environ.get("TERM") != "dumb"
        self.done = 0
        self.start = time.monotonic()
        self.counts = {"written": 0, "skipped": 0, "failed": 0}

    def __call__(self, outcome: Outcome) -> None:
        from ..errors import printable

        self.done += 1
        self.counts[outcome.status] += 1
        if outcome.status == "failed":
            self._clear()
            print(printable(outcome.message), file=self.stream, flush=True)
        if self.tty:
            self._draw()

    def _clear(self) -> None:
        if self.tty:
            self.stream.write("\r\x1b[K")

    def _draw(self) -> None:
        elapsed = max(time.monotonic() - self.start, 1e-6)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate else 0
        width = 24
        fill = int(width * self.done / max(self.total, 1))
        bar = "#" * fill + "-" * (width - fill)
        self.stream.write(f"\r[{bar}] {self.done}/{self.total} articles, {rate:.1f}/s, "
                          f"{int(left) // 60}:{int(left) % 60:02d} left\x1b[K")
        self.stream.flush()

    def finish(self, out_dir: str) -> str:
        self._clear()
        c = self.counts
        parts = [f"{c['written']} {'deck' if c['written'] == 1 else 'decks'} written"]
        if c["skipped"]:
            parts.append(f"{c['skipped']} already there (skipped; --force redoes them)")
        if c["failed"]:
            parts.append(f"{c['failed']} failed")
        return f"{out_dir}: " + ", ".join(parts) + f" in {time.monotonic() - self.start:.1f} s"
