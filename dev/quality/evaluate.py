"""Key facts of real articles: does extraction find them, and does the default question set ask them?

Each round (dev/quality/roundN/) holds real, openly licensed articles and, written and committed
before quizgen first ran on them, the key facts a quiz about each story must ask (gold/*.yaml:
``key_facts``) and what it should not ask (``passing``). For every article this extracts a draft
deck, makes the default question set (``quizgen questions``: the best 12), and reports

- key-fact recall of extraction: key facts (leader, date, figure, agreement) that some extracted
  fact matches, by the matching rules of dev/extraction/score_extraction.py;
- key-fact coverage of the set: key facts that some question of the set is about;
- passing questions: questions of the set asked from a sentence the gold lists as passing.

usage: python -m dev.quality.evaluate [ROUND...] [--save NAME] [--verbose]
       (each round prints its current figures and, from ROUND/blind/SUMMARY, its first blind run;
        --save blind writes that summary the first time only)
       (--save writes each draft deck and its question set as text and JSON into ROUND/NAME/)
"""

from __future__ import annotations

import json
import sys
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path

import yaml

from dev.extraction import score_extraction as scorer
from quizgen.atomic import write_text
from quizgen.cli import main as quizgen
from quizgen.extract import extract_deck
from quizgen.text import fold, normalize_quote

HERE = Path(__file__).resolve().parent
KINDS = ("leader", "date", "figure", "agreement")


@dataclass
class Result:
    article: str
    key: int = 0
    found: int = 0
    asked: int = 0
    questions: int = 0
    passing: int = 0
    missed: list[str] = field(default_factory=list)


def key_facts(gold: dict) -> list[dict]:
    return [k for k in gold.get("key_facts") or [] if k.get("kind") in KINDS]


def describe(k: dict) -> str:
    return ", ".join(f"{f}={k[f]}" for f in ("name", "role", "event", "date", "what", "value", "parties") if k.get(f))


def evaluate_article(gold_path: Path, out_dir: Path, verbose: bool) -> Result:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    article = gold_path.parent.parent / "articles" / gold["article"]
    deck_path = out_dir / f"{gold_path.stem}.yaml"
    write_text(deck_path, extract_deck([article], out_dir).yaml_text, force=True)
    buf = StringIO()
    with redirect_stdout(buf), redirect_stderr(StringIO()):
        code = quizgen(["questions", str(deck_path), "--format", "json"])
    asked = json.loads(buf.getvalue())["questions"] if code == 0 else []
    return score_article(gold_path, gold, deck_path, asked, verbose)


def score_article(gold_path: Path, gold: dict, deck_path: Path, asked: list[dict], verbose: bool) -> Result:
    """Key facts of one article found in its deck and asked in its question set."""
    extracted = scorer.facts(str(deck_path))
    by_id = {f.get("id"): f for f in extracted}
    asked_facts = [by_id[q["fact"]] for q in asked if q["fact"] in by_id]
    res = Result(gold_path.stem, questions=len(asked))
    for k in key_facts(gold):
        res.key += 1
        if any(e.get("kind") == k["kind"] and scorer.match(k["kind"], k, e) for e in extracted):
            res.found += 1
        else:
            res.missed.append(f"{k['kind']}: {describe(k)}")
        if any(e.get("kind") == k["kind"] and scorer.match(k["kind"], k, e) for e in asked_facts):
            res.asked += 1
    passing = {fold(normalize_quote(p.get("sentence", ""))) for p in gold.get("passing") or []}
    res.passing = sum(1 for q in asked if fold(normalize_quote(q["source"]["quote"])) in passing)
    if verbose:
        print(f"{res.article}: {res.found}/{res.key} key facts extracted, {res.asked} asked in {res.questions}")
        for m in res.missed:
            print(f"  missed {m}")
    return res


def rescore_blind(round_dir: Path) -> list[Result] | None:
    """The first blind run's saved decks and question sets scored by today's matcher, so a change to the
    matcher moves the blind figure and the current one alike (None when the run's files are not all kept)."""
    results = []
    for g in sorted((round_dir / "gold").glob("*.yaml")):
        deck, asked = round_dir / "blind" / f"{g.stem}.yaml", round_dir / "blind" / f"{g.stem}.questions.json"
        if not deck.exists() or not asked.exists():
            return None
        gold = yaml.safe_load(g.read_text(encoding="utf-8"))
        questions = json.loads(asked.read_text(encoding="utf-8"))["questions"]
        results.append(score_article(g, gold, deck, questions, verbose=False))
    return results or None


def run_round(round_dir: Path, save: str | None, verbose: bool) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="quizgen-quality-") as tmp:
        out = round_dir / save if save else Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        results = [evaluate_article(g, out, verbose) for g in sorted((round_dir / "gold").glob("*.yaml"))]
        if save:
            for r in results:
                deck = out / f"{r.article}.yaml"
                for fmt, suffix in (("text", "questions.txt"), ("json", "questions.json")):
                    buf = StringIO()
                    with redirect_stdout(buf), redirect_stderr(StringIO()):
                        quizgen(["questions", str(deck), "--format", fmt])
                    write_text(out / f"{r.article}.{suffix}", buf.getvalue(), force=True)
    return results


def summary(name: str, results: list[Result]) -> str:
    key = sum(r.key for r in results)
    found = sum(r.found for r in results)
    asked = sum(r.asked for r in results)
    questions = sum(r.questions for r in results)
    passing = sum(r.passing for r in results)
    return (f"{name}: {len(results)} articles; key facts extracted {found}/{key} ({found / max(1, key):.0%}); "
            f"asked in the default set {asked}/{key} ({asked / max(1, key):.0%}); {questions} questions, "
            f"{passing} from passing sentences")


def _round_number(path: Path) -> int:
    """round10 after round9, not after round1."""
    return int("".join(c for c in path.name if c.isdigit()) or 0)


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    save = argv[argv.index("--save") + 1] if "--save" in argv else None
    names = [a for a in argv if not a.startswith("--") and a != save]
    rounds = [HERE / n for n in names] if names else sorted((p for p in HERE.glob("round*") if p.is_dir()),
                                                            key=_round_number)
    for r in rounds:
        line = summary(r.name, run_round(r, save, verbose))
        first = r / "blind" / "SUMMARY"
        if save == "blind" and not first.exists():  # the first blind run is kept, never overwritten
            write_text(first, line + "\n")
        print(line.replace(f"{r.name}:", f"{r.name} now:", 1))
        if first.exists():
            print("  first blind run: " + first.read_text(encoding="utf-8").strip().split(": ", 1)[1])
            again = None if save == "blind" else rescore_blind(r)
            if again is not None:
                print("  first blind run, scored by today's matcher: " + summary(r.name, again).split(": ", 1)[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
