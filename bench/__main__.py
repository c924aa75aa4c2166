"""`make bench`: every benchmark's rows in one report; a missing or failing one is reported, not fatal.

Each benchmark runs in its own Python process, so one's memory peak, imports and garbage do not
colour the next one's figures.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

MODULES = ("deck_bench", "extract_bench", "anki_bench", "tui_bench", "batch_bench", "review_bench")
ROOT = Path(__file__).resolve().parent.parent
_CHILD = "import json, importlib, sys; print(json.dumps(importlib.import_module(sys.argv[1]).run()))"


def main() -> int:
    print("quizgen benchmarks (baselines measured in the same run)\n", flush=True)
    for name in MODULES:
        proc = subprocess.run([sys.executable, "-c", _CHILD, f"bench.{name}"], cwd=ROOT,
                              capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"[{name}] failed:\n{proc.stderr[-3000:]}\n", flush=True)
            continue
        rows = json.loads(proc.stdout.strip().splitlines()[-1])
        width = max(len(k) for k, _ in rows)
        print(f"[{name}]")
        for key, value in rows:
            print(f"  {key:<{width}}  {value}")
        print(flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
