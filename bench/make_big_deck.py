"""Write a synthetic deck of N facts (and its source article) for benchmarks: python -m bench.make_big_deck DIR N."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import yaml

FIRST = "Anna Boris Chen Dara Emil Farah Goran Hana Ivan Jun Kofi Lena Milo Nadia Omar Priya Rui Sara Tomas Uma".split()
LAST = "Abe Baker Costa Diallo Eriksen Fischer Garcia Haddad Ito Jensen Kim Lopez Moreau Novak Okafor Petrov".split()
ROLES = ["President", "Prime Minister", "Foreign Minister", "Finance Minister", "General Secretary", "Chancellor"]
PLACES = ["Elbonia", "Ruritania", "Freedonia", "Sylvania", "Latveria", "Genovia", "Wakanda", "Zubrowka",
          "Grand Fenwick", "Markovia", "Qumar", "Borduria", "Syldavia", "Carpania", "Vespugia", "Krakozhia"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def build(n: int, seed: int = 1) -> tuple[dict, str]:
    rng = random.Random(seed)
    sentences: list[str] = []
    facts: list[dict] = []
    for i in range(n):
        kind = ("leader", "date", "figure", "agreement")[i % 4]
        a, b = rng.sample(PLACES, 2)
        if kind == "leader":
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}-{i}"
            role = rng.choice(ROLES)
            s = f"{role} {name} of {a} spoke on item {i}."
            fact = {"kind": kind, "name": name, "role": role, "of": a}
        elif kind == "date":
            y, m, d = rng.randint(1990, 2024), rng.randint(1, 12), rng.randint(1, 28)
            s = f"{a} and {b} held round {i} of talks on {d} {MONTHS[m - 1]} {y}."
            fact = {"kind": kind, "event": f"{a} and {b} held round {i} of talks", "date": f"{y}-{m:02d}-{d:02d}"}
        elif kind == "figure":
            v = rng.randint(2, 900)
            s = f"Trade item {i} between {a} and {b} reached ${v} million."
            fact = {"kind": kind, "what": f"trade item {i} between {a} and {b}", "value": v * 1_000_000,
                    "unit": "USD", "text": f"${v} million"}
        else:
            s = f"{a} and {b} signed accord number {i} on fisheries."
            fact = {"kind": kind, "parties": [a, b], "what": f"accord number {i} on fisheries"}
        sentences.append(s)
        facts.append({"id": f"fact-{i}", **fact, "sources": [{"source": "big", "quote": s}]})
    deck = {"id": "big-bench", "title": f"Benchmark deck of {n} facts", "language": "en",
            "sources": [{"id": "big", "path": "big.txt", "title": "Benchmark article", "published": "2024-06-20"}],
            "facts": facts}
    return deck, "Benchmark article\n\n" + "\n".join(sentences) + "\n"


def write(directory: Path, n: int) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    deck, article = build(n)
    (directory / "big.txt").write_text(article, encoding="utf-8")
    path = directory / "big.yaml"
    path.write_text(yaml.safe_dump(deck, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 10_000))
