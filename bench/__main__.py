"""`make bench`: every benchmark's rows in one report; a missing or failing one is reported, not fatal."""

from __future__ import annotations

import importlib
import sys
import traceback

MODULES = ("deck_bench", "extract_bench", "anki_bench", "tui_bench")


def main() -> int:
    print("quizgen benchmarks (baselines measured in the same run)\n")
    for name in MODULES:
        try:
            module = importlib.import_module(f"bench.{name}")
        except ModuleNotFoundError:
            print(f"[{name}] not present\n")
            continue
        try:
            rows = module.run()
        except Exception:  # a broken benchmark should not hide the others
            print(f"[{name}] failed:\n{traceback.format_exc()}")
            continue
        width = max(len(k) for k, _ in rows)
        print(f"[{name}]")
        for key, value in rows:
            print(f"  {key:<{width}}  {value}")
        print()
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
