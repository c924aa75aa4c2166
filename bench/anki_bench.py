"""Anki export speed: quizgen's exporter against raw genanki writing the same notes, in the same run.

``run()`` returns report rows; ``python -m bench.anki_bench`` prints them. The exporter's time is
the whole ``render``: questions -> note fields (escaping, source HTML), GUIDs, package bytes. The
baseline is genanki alone given those notes ready-made (fields, tags, GUIDs built before its clock
starts) and writing them with ``genanki.Package.write_to_file``. Then the real Anki backend imports
the exported file, when the ``anki`` package is installed.

Whole command (issue 17's target): `quizgen export anki` of a 10,000-fact deck, from the deck file, in a
fresh process, against a fresh process that reads the same notes (fields, tags, GUIDs) from ready JSON
and writes them with genanki; target <= 1.5x, peak memory (max RSS) of both reported. The deck cache is
warm for the command, as for a teacher exporting a deck checked before (the bench checks it first). An
export keeps its question set beside the deck cache (quizgen/deckcache.py), so both are reported: the
first export of the deck (no set kept: every question made, gated and ranked) and an export again.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import genanki

from quizgen.export import ExportRequest
from quizgen.export import anki as anki_export
from quizgen.model import Deck
from quizgen.questions.model import CLOZE_GAP, AnswerKind, Question, QuestionType, SourceRef

from . import quizgen_command, verdict
from .make_big_deck import write

N_QUESTIONS = 10_000
REPEATS = 5
TARGET = 1.1
N_FACTS = 10_000
COMMAND_RUNS = 3  # exports again (question set kept); the first export (nothing kept) runs once, as it is
# once per deck and takes over ten seconds. No warm-up: the notes are made in this process first, which
# fills the deck cache and writes the bytecode (not the export's question set)
COMMAND_TARGET = 1.5
_GENANKI_FROM_JSON = """
import json, sys
import genanki
from quizgen.export import anki
data = json.load(open(sys.argv[1], encoding="utf-8"))
decks = []
for d in data["decks"]:
    deck = genanki.Deck(d["id"], d["name"], description=d["description"])
    for model_id, fields, tags, guid, due in d["notes"]:
        deck.add_note(genanki.Note(model=anki.MODELS[model_id], fields=fields, tags=tags, guid=guid, due=due))
    decks.append(deck)
genanki.Package(decks).write_to_file(sys.argv[2], timestamp=data["stamp"])
"""


def make_questions(n: int = N_QUESTIONS, deck_id: str = "bench-deck") -> list[Question]:
    """``n`` questions cycling through the four types, with realistic lengths and some markup."""
    kinds = ("leader", "date", "figure", "agreement")
    out = []
    for i in range(n):
        f = i // 4  # one fact gives a question of each type, from the same source sentence
        kind = kinds[f % 4]
        qtype = (QuestionType.MC, QuestionType.TF, QuestionType.TYPED, QuestionType.CLOZE)[i % 4]
        answer = f"Person {f} & <Co>"
        quote = (f"During the visit on day {f}, the delegation met {answer} and signed more than ten "
                 f"agreements on energy, education and science, officials said.")
        ref = SourceRef("a", f"Article {f % 50}: a headline of ordinary length", quote, "2024-06-20",
                        f"https://example.org/news/{f % 50}", "Example News")
        common = dict(id=f"fact-{f}:t:{qtype.value}", deck_id=deck_id, fact_id=f"fact-{f}", fact_kind=kind,
                      template="t", answer_kind=AnswerKind.PERSON, source=ref, sources=(ref,),
                      aliases=(f"P{f}",), notes="A human note." if f % 10 == 0 else None)
        if qtype == QuestionType.MC:
            q = Question(type=qtype, prompt=f"Who met the delegation on day {f}?", answer=answer,
                         options=(f"Other {f}", answer, f"Third {f}", f"Fourth {f}"), **common)
        elif qtype == QuestionType.TF:
            q = Question(type=qtype, prompt=f"True or false: {answer} met the delegation on day {f}.",
                         answer="True", options=("True", "False"), **common)
        elif qtype == QuestionType.TYPED:
            q = Question(type=qtype, prompt=f"Who met the delegation on day {f}?", answer=answer, **common)
        else:
            q = Question(type=qtype, prompt=quote.replace(answer, CLOZE_GAP), answer=answer, statement=quote,
                         **common)
        out.append(q)
    return out


def _request(questions: list[Question], out: Path) -> ExportRequest:
    deck = Deck(id="bench-deck", title="Bench deck", language="en", sources=(), facts=())
    return ExportRequest(decks=(deck,), questions=tuple(questions), output=out, options={"modified": 1_800_000_000})


def _prepared_notes(questions: list[Question]) -> list[anki_export.NoteRow]:
    """The notes' fields, tags and GUIDs, made before the baseline's clock starts."""
    request = _request(questions, Path("unused.apkg"))
    decks, _, _ = anki_export.build_decks(request)
    return [row for out in decks for row in out.notes]


def _raw_genanki(rows: list[anki_export.NoteRow], out: Path) -> None:
    """The baseline: genanki writing the same, ready-made notes (no question handling at all)."""
    deck = genanki.Deck(anki_export.anki_deck_id("bench-deck"), "Bench deck")
    for row in rows:
        deck.add_note(genanki.Note(model=anki_export.MODELS[row.model_id], fields=row.fields, tags=row.tags,
                                   guid=row.guid, due=row.due))
    genanki.Package(deck).write_to_file(str(out), timestamp=1_800_000_000)


def _time(fn, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run() -> list[tuple[str, str]]:
    questions = make_questions()
    tmp = Path(tempfile.mkdtemp(prefix="quizgen-anki-bench-"))
    try:
        out = tmp / "quizgen.apkg"
        request = _request(questions, out)

        def ours() -> None:
            out.write_bytes(anki_export.render(request).data)

        rows = _prepared_notes(questions)

        def raw() -> None:
            _raw_genanki(rows, tmp / "genanki.apkg")

        ours()
        raw()  # warm-up: imports, genanki's cached template requirements
        t_ours, t_raw = _time(ours), _time(raw)
        ratio = t_ours / t_raw
        rows = [
            (f"anki export, {len(questions):,} questions", f"{t_ours * 1000:.0f} ms (median of {REPEATS})"),
            ("raw genanki, same notes ready-made, same run", f"{t_raw * 1000:.0f} ms (median of {REPEATS})"),
            ("anki export / raw genanki (in-process)", verdict(ratio, TARGET)),
            ("anki package size", f"{out.stat().st_size / 1e6:.2f} MB (genanki: "
                                  f"{(tmp / 'genanki.apkg').stat().st_size / 1e6:.2f} MB)"),
        ]
        rows.append(("real Anki import of that file", _anki_import_time(out, tmp)))
        rows += _whole_command(tmp)
        return rows
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# A small process runs and times the command: a child forked from this (large) bench process would
# report this process's peak memory as its own (Linux keeps the high-water mark across exec).
_MEASURE = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
proc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
elapsed = time.perf_counter() - start
print(json.dumps([proc.returncode, elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
                  proc.stderr.decode(errors="replace")[-2000:]]))
"""


def _run_measured(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak memory (max RSS, KiB) of one fresh process, measured by a small launcher."""
    out = subprocess.run([sys.executable, "-c", _MEASURE, *command], env=env, capture_output=True, text=True,
                         check=True)
    code, elapsed, maxrss, err = json.loads(out.stdout)
    if code != 0:
        raise RuntimeError(f"{command}: exit {code}: {err}")
    return elapsed, maxrss


def _whole_command(tmp: Path) -> list[tuple[str, str]]:
    """`quizgen export anki` of a 10,000-fact deck vs genanki writing the same notes from ready JSON."""
    from quizgen.cli import build_parser
    from quizgen.commands.questions import load_questions, select
    from quizgen.export import ExportRequest

    deck_path = write(tmp / "big", N_FACTS)
    out = tmp / "command.apkg"
    env = {**os.environ, "QUIZGEN_CACHE_DIR": str(tmp / "cache"), "SOURCE_DATE_EPOCH": "1800000000"}
    os.environ.update(env)
    # The notes the command writes, made here once (the baseline's input), from the same deck and options.
    args = build_parser("export").parse_args(["export", "anki", str(deck_path), "-o", str(out)])
    decks, pool = load_questions(args)
    chosen, _ = select(decks, pool, args.count)
    request = ExportRequest(decks=tuple(decks), questions=tuple(r.question for r in chosen), output=out,
                            seed=0, options={"modified": 1_800_000_000})
    built, _, count = anki_export.build_decks(request)
    ready = tmp / "notes.json"
    ready.write_text(json.dumps({"stamp": max(d.stamp for d in built), "decks": [
        {"id": d.deck.deck_id, "name": d.deck.name, "description": d.deck.description,
         "notes": [[n.model_id, n.fields, n.tags, n.guid, n.due] for n in d.notes]} for d in built]}),
        encoding="utf-8")
    ours_cmd = [*quizgen_command(), "export", "anki", str(deck_path), "-o", str(out), "--force"]
    theirs_cmd = [sys.executable, "-c", _GENANKI_FROM_JSON, str(ready), str(tmp / "from-json.apkg")]
    derived = tmp / "cache" / "derived"
    shutil.rmtree(derived, ignore_errors=True)  # the first export: no question set kept (the deck cache is)
    first = _run_measured(ours_cmd, env)
    first_bytes = out.read_bytes()
    ours, theirs = [], []
    for _ in range(COMMAND_RUNS):
        ours.append(_run_measured(ours_cmd, env))
        theirs.append(_run_measured(theirs_cmd, env))
    if out.read_bytes() != first_bytes:
        raise RuntimeError("the export again wrote other bytes than the first export")
    t_ours, t_theirs = statistics.median(t for t, _ in ours), statistics.median(t for t, _ in theirs)
    return [
        (f"command: quizgen export anki, {N_FACTS:,}-fact deck ({count:,} notes), first export",
         f"{first[0] * 1000:.0f} ms (1 run), peak {first[1] / 1024:.0f} MiB"),
        ("command: quizgen export anki, same deck again (question set kept)",
         f"{t_ours * 1000:.0f} ms (median of {COMMAND_RUNS}), peak {max(m for _, m in ours) / 1024:.0f} MiB"),
        ("command: genanki, same notes from ready JSON",
         f"{t_theirs * 1000:.0f} ms (median of {COMMAND_RUNS}), peak {max(m for _, m in theirs) / 1024:.0f} MiB"),
        ("command: export anki, first export / genanki from JSON", verdict(first[0] / t_theirs, COMMAND_TARGET)),
        ("command: export anki again / genanki from JSON", verdict(t_ours / t_theirs, COMMAND_TARGET)),
    ]


def _anki_import_time(package: Path, tmp: Path) -> str:
    try:
        from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
    except ImportError:
        return "skipped (the anki package is not installed)"
    (tmp / "col").mkdir()
    col = Collection(os.fspath(tmp / "col" / "collection.anki2"))
    try:
        start = time.perf_counter()
        log = col.import_anki_package(ImportAnkiPackageRequest(
            package_path=os.fspath(package), options=ImportAnkiPackageOptions())).log
        elapsed = time.perf_counter() - start
        return f"{elapsed * 1000:.0f} ms ({len(log.new):,} new notes, {col.card_count():,} cards)"
    finally:
        col.close()


if __name__ == "__main__":
    for name, value in run():
        print(f"{name:45} {value}")
