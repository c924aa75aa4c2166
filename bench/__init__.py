"""Benchmarks: `make bench` prints figures and ratios against baselines measured in the same run.

Rules every benchmark keeps: a baseline gets the same advantages as quizgen (the same garbage-collector
setting, the same work, the same interpreter and a warm-up run), whole-command figures (a fresh process,
as a user runs it) stand beside in-process ones, and each ratio the issue sets a target for is marked
``met`` or ``MISSED`` in the row itself.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path


def verdict(ratio: float, target: float) -> str:
    """'1.23x (target <= 1.3x: met)' or '... MISSED'."""
    return f"{ratio:.2f}x (target <= {target:g}x: {'met' if ratio <= target else 'MISSED'})"


def quizgen_command() -> list[str]:
    """The installed `quizgen` command next to this interpreter (what users run), else `python -m quizgen`."""
    script = Path(sys.executable).with_name("quizgen")
    return [str(script)] if script.exists() else [sys.executable, "-m", "quizgen"]


def time_processes(commands: dict[str, Sequence[str]], runs: int, env: dict[str, str] | None = None,
                   before: dict[str, object] | None = None) -> dict[str, float]:
    """Median wall time of each command as a fresh process, the commands interleaved run by run (so a
    machine getting busier or quieter moves them all), after one untimed warm-up run of each (bytecode,
    page cache). ``before`` maps a name to a callable run before each of its runs (untimed)."""
    env = {**os.environ, **(env or {})}
    # as users run it: an installed package has its bytecode (this machine's PYTHONDONTWRITEBYTECODE=1 would make
    # every timed run compile the modules from source again, some 75-110 ms of a short extract)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for warm_up in (True, *([False] * runs)):
        for name, command in commands.items():
            if before and name in before:
                before[name]()  # type: ignore[operator]
            start = time.perf_counter()
            subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            if not warm_up:
                times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def run_on_pty(args: Sequence[str], out: str, what: str, env_extra: dict[str, str] | None = None,
               pycache: str | None = None, hang_after: float = 60) -> tuple[dict[str, object], float]:
    """Run a bench child (``python -c SCRIPT *args``) on a fresh 80x24 pseudo-terminal, read what it wrote to
    ``out`` (JSON), and return it with the monotonic time of the spawn (CLOCK_MONOTONIC is system-wide, so
    the child's frame times can be made relative to it)."""
    import fcntl
    import json
    import pty
    import select
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "80", "LINES": "24", **(env_extra or {})}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if pycache:
        env["PYTHONPYCACHEPREFIX"] = pycache
    start = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-c", *args], cwd=Path(__file__).resolve().parent.parent,
                            stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    tail = b""
    try:
        while True:
            ready, _, _ = select.select([master], [], [], hang_after)
            if not ready:
                proc.kill()
                raise RuntimeError(f"bench child ({what}) hung")
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            tail = (tail + chunk)[-4000:]
        proc.wait(timeout=60)
    finally:
        os.close(master)
    try:
        result = json.loads(Path(out).read_text() or "null")
    finally:
        os.unlink(out)
    if not result:
        raise RuntimeError(f"bench child ({what}) failed, exit {proc.returncode}:\n{tail.decode(errors='replace')}")
    return result, start
