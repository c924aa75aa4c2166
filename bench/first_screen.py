"""Time from a fresh clone to the first quiz screen, as a new user sees it.

Clones a revision of this repository into an empty folder, runs exactly the README's
``make quiz`` in an 80x24 tmux window with empty pip and uv caches (nothing cached), and
reports the seconds until the deck list shows the bundled deck with its counts. Needs the
network (the package index) and tmux, so it is not part of ``make bench``:

    python3 -m bench.first_screen            # HEAD
    python3 -m bench.first_screen 5ff2439    # an older revision, for a before/after figure
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SESSION = "quizgen-first-screen"
# The deck list row of the bundled deck, once its counts are in (they show "…" while loading).
READY = ("Putin in Hanoi", "23")
TIMEOUT = 600.0


def main(argv: list[str]) -> int:
    rev = argv[0] if argv else "HEAD"
    with tempfile.TemporaryDirectory(prefix="quizgen-fresh-") as tmp:
        clone = Path(tmp) / "quizgen"
        subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
        subprocess.run(["git", "-C", str(clone), "checkout", "--quiet", rev], check=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "UV_"))}
        env.update(PIP_CACHE_DIR=f"{tmp}/pip-cache", UV_CACHE_DIR=f"{tmp}/uv-cache",
                   QUIZGEN_HOME=f"{tmp}/home", TERM="xterm-256color")
        subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)
        start = time.monotonic()
        subprocess.run(["tmux", "new-session", "-d", "-s", SESSION, "-x", "80", "-y", "24", "-c", str(clone),
                        *[f"-e{k}={v}" for k, v in env.items() if k in ("PIP_CACHE_DIR", "UV_CACHE_DIR",
                                                                       "QUIZGEN_HOME")],
                        "make quiz; sleep 30"], check=True, env=env)
        try:
            while time.monotonic() - start < TIMEOUT:
                screen = subprocess.run(["tmux", "capture-pane", "-p", "-t", SESSION], capture_output=True,
                                        text=True).stdout
                if any(all(part in line for part in READY) for line in screen.splitlines()):
                    print(f"{rev}: first quiz screen {time.monotonic() - start:.1f} s after 'make quiz' "
                          f"on a fresh clone (no pip or uv cache)")
                    return 0
                time.sleep(0.1)
            print(f"{rev}: no quiz screen within {TIMEOUT:.0f} s; last screen:\n{screen}", file=sys.stderr)
            return 1
        finally:
            subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)
            shutil.rmtree(clone / ".venv", ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
