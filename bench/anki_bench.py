"""Anki export speed: quizgen's exporter against raw genanki writing the same notes, in the same run.

``run()`` returns report rows; ``python -m bench.anki_bench`` prints them. The exporter's time is
the whole ``render``: questions -> note fields (escaping, source HTML), GUIDs, package bytes. The
baseline is genanki alone given those notes ready-made (fields, tags, GUIDs built before its clock
starts) and writing them with ``genanki.Package.write_to_file``. Then the real Anki backend imports
the exported file, when the ``anki`` package is installed.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import genanki

from quizgen.export import ExportRequest
from quizgen.export import anki as anki_export
from quizgen.model import Deck
from quizgen.questions.model import CLOZE_GAP, AnswerKind, Question, QuestionType, SourceRef

N_QUESTIONS = 10_000
REPEATS = 5
TARGET = 1.1


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
            ("anki export / raw genanki", f"{ratio:.2f}x (target <= {TARGET}x) {'ok' if ratio <= TARGET else 'OVER'}"),
            ("anki package size", f"{out.stat().st_size / 1e6:.2f} MB (genanki: "
                                  f"{(tmp / 'genanki.apkg').stat().st_size / 1e6:.2f} MB)"),
        ]
        rows.append(("real Anki import of that file", _anki_import_time(out, tmp)))
        return rows
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


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
