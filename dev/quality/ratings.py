"""Summarise the teacher ratings of each round (dev/quality/round*/ratings-*.tsv): GOOD, FIXABLE, BAD and
false keys, per file; a blind file rates the first run on articles the rules had not seen.

usage: python -m dev.quality.ratings
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def summary(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    verdicts = Counter(r["verdict"].strip() for r in rows)
    false_keys = sum(1 for r in rows if r["reason"].startswith("FALSE KEY"))
    n = len(rows) or 1
    parts = ", ".join(f"{v} {verdicts[v]} ({verdicts[v] / n:.0%})" for v in ("GOOD", "FIXABLE", "BAD"))
    which = path.stem.removeprefix("ratings-")
    return f"{path.parent.name} {which:8} {len(rows):3} questions: {parts}; {false_keys} false keys"


def main() -> int:
    for path in sorted(HERE.glob("round*/ratings-*.tsv"),
                       key=lambda p: (int("".join(c for c in p.parent.name if c.isdigit()) or 0), p.name)):
        print(summary(path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
