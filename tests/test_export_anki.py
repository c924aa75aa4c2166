"""Anki export, checked by importing into a real Anki collection (the `anki` package, Anki's own backend)."""

from __future__ import annotations

import html
import io
import itertools
import os
import re
import sqlite3
import time
import zipfile
from pathlib import Path

import genanki
import pytest
from checkers import BASIC_TYPES

from quizgen.cli import main
from quizgen.deck import load_deck
from quizgen.export import ExportRequest, get_exporter
from quizgen.export import anki as anki_export
from quizgen.ids import anki_deck_id, note_guid
from quizgen.model import Deck, Leader
from quizgen.questions.model import CLOZE_GAP, AnswerKind, Question, QuestionType, SourceRef

anki_collection = pytest.importorskip("anki.collection")
Collection = anki_collection.Collection
ImportAnkiPackageOptions = anki_collection.ImportAnkiPackageOptions
ImportAnkiPackageRequest = anki_collection.ImportAnkiPackageRequest

HARD = "<b>bold</b> <script>alert(1)</script> {{c1::x}} [sound:x.mp3] & \"q\""
SOURCE_TEXT = (
    "Hanoi, 20 June 2024. During his visit, the Kremlin chief met with President To Lam in Hanoi. "
    "The chair of the club, Anna Smith, said the motto was " + HARD + " on Monday. "
    "Trade between Russia and Vietnam reached $3.5 billion in 2022.\n"
)


def write_deck(tmp: Path, *, role: str = "President", mtime: int = 1_800_000_000) -> Path:
    """A small deck with its source text in ``tmp``; its file mtime set to ``mtime``."""
    (tmp / "src.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    deck = tmp / "tiny.yaml"
    deck.write_text(f"""\
id: tiny-deck
title: "Tiny deck: test"
language: en
sources:
  - id: a
    path: src.txt
    title: "Putin in Hanoi <2024>"
    published: 2024-06-20
    url: https://example.org/putin?a=1&b=2
    outlet: Example News
facts:
  - id: to-lam-president
    kind: leader
    name: To Lam
    role: {role}
    of: Vietnam
    aliases: [Tô Lâm]
    sources:
      - source: a
        quote: "During his visit, the Kremlin chief met with President To Lam in Hanoi."
  - id: club-chair
    kind: leader
    name: Anna Smith
    role: 'chair of the club {{{{c1::x}}}} <b>'
    sources:
      - source: a
        quote: 'The chair of the club, Anna Smith, said the motto was {HARD.replace("'", "''")} on Monday.'
""", encoding="utf-8")
    os.utime(deck, (mtime, mtime))
    return deck


def leader_questions(deck: Deck) -> list[Question]:
    """One question of every type per leader fact, made by hand (independent of the generator)."""
    out = []
    src = deck.sources[0]
    for fact in deck.facts:
        assert isinstance(fact, Leader)
        ref = SourceRef(src.id, src.title, fact.sources[0].quote, src.published.iso() if src.published else None,
                        src.url, src.outlet)
        common = dict(deck_id=deck.id, fact_id=fact.id, fact_kind=fact.kind, template="who",
                      answer_kind=AnswerKind.PERSON, source=ref, sources=(ref,), aliases=fact.aliases)
        who = f"Who is {fact.role}{' of ' + fact.of if fact.of else ''}?"
        out.append(Question(id=f"{fact.id}:who:mc", type=QuestionType.MC, prompt=who, answer=fact.name,
                            options=("Kim Jong Un", fact.name, "Xi Jinping", "Narendra Modi"), **common))
        out.append(Question(id=f"{fact.id}:who:typed", type=QuestionType.TYPED, prompt=who, answer=fact.name,
                            **common))
        out.append(Question(id=f"{fact.id}:who:tf", type=QuestionType.TF,
                            prompt=f"True or false: {fact.name} is {fact.role}.", answer="True",
                            options=("True", "False"), statement=f"{fact.name} is {fact.role}.", **common))
        quote = fact.sources[0].quote
        out.append(Question(id=f"{fact.id}:who:cloze", type=QuestionType.CLOZE,
                            prompt=quote.replace(fact.name, CLOZE_GAP, 1), answer=fact.name, statement=quote,
                            **common))
    return out


def export(deck: Deck, questions: list[Question], out: Path, **options) -> bytes:
    result = anki_export.render(ExportRequest(decks=(deck,), questions=tuple(questions), output=out,
                                              options=options))
    out.write_bytes(result.data)
    return result.data


def import_into(col, path: Path):
    request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    return col.import_anki_package(request).log


@pytest.fixture
def col(tmp_path):
    (tmp_path / "anki").mkdir()
    collection = Collection(str(tmp_path / "anki" / "collection.anki2"))
    yield collection
    collection.close()


@pytest.fixture
def deck(tmp_path):
    return load_deck(write_deck(tmp_path))


def text_of(rendered: str) -> str:
    """What a reader sees: tags and the style/script blocks dropped, entities decoded."""
    rendered = re.sub(r"<(style|script)\b.*?</\1>", "", rendered, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", rendered))


def squash(text: str) -> str:
    """Text without any whitespace: compares what is shown regardless of how tags split it."""
    return "".join(text.split())


def cards_by_model(col) -> dict[str, list]:
    out: dict[str, list] = {}
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        out.setdefault(card.note_type()["name"], []).append(card)
    return out


# -- the published interface -------------------------------------------------------------------

def test_ids_are_stable_and_from_ids_only():
    # Golden values: changing them would duplicate every note users already have.
    assert note_guid("tiny-deck", "a:b:mc") != note_guid("tiny-deck", "a:b:typed")
    assert note_guid("deck-a", "x:y:mc") != note_guid("deck-b", "x:y:mc")
    assert note_guid("putin-hanoi-2024", "to-lam-president:who:mc") == GOLDEN_GUID
    assert anki_deck_id("putin-hanoi-2024") == GOLDEN_DECK_ID
    assert 1 << 32 <= anki_deck_id("x", "leader") < 1 << 52


GOLDEN_GUID = "r!r@~^YkgG"
GOLDEN_DECK_ID = 1252162499651993


def test_note_types_are_a_published_interface():
    assert (anki_export.BASIC_MODEL_ID, anki_export.MC_MODEL_ID, anki_export.TYPED_MODEL_ID,
            anki_export.CLOZE_MODEL_ID) == (1218889887, 1996880526, 1646554122, 1626347364)
    assert anki_export.FIELDS == {
        1218889887: ("Front", "Back", "Extra", "Source", "FactId", "QuestionId"),
        1996880526: ("Question", "Options", "Answer", "Extra", "Source", "FactId", "QuestionId"),
        1646554122: ("Question", "Answer", "Extra", "Source", "FactId", "QuestionId"),
        1626347364: ("Text", "Extra", "Source", "FactId", "QuestionId"),
    }
    for model in anki_export.MODELS.values():
        for template in model.templates:
            for side in (template["qfmt"], template["afmt"]):
                used = set(re.findall(r"\{\{[#/^]?(?:type:|cloze:)?([^}]+)\}\}", side)) - {"FrontSide"}
                assert used <= set(anki_export.FIELDS[model.model_id]), used
                # outside field references, no double braces (Anki would parse them)
                assert "{{" not in re.sub(r"\{\{[^{}]+\}\}", "", side)


def test_registered_as_exporter():
    exporter = get_exporter("anki")
    assert exporter.NAME == "anki" and exporter.SUFFIXES[0] == ".apkg"


# -- real Anki import ---------------------------------------------------------------------------

def test_import_counts_per_note_type(tmp_path, deck, col):
    questions = leader_questions(deck)
    export(deck, questions, tmp_path / "out.apkg")
    log = import_into(col, tmp_path / "out.apkg")
    assert len(log.new) == len(questions) == 8
    assert not log.updated and not log.duplicate and not log.conflicting
    by_model = cards_by_model(col)
    assert {name: len(cards) for name, cards in by_model.items()} == {
        "quizgen multiple choice": 2, "quizgen type-in answer": 2, "quizgen basic": 2, "quizgen cloze": 2}
    assert col.note_count() == 8 and col.card_count() == 8
    assert not col.get_empty_cards().notes
    assert [d.name for d in col.decks.all_names_and_ids() if d.name != "Default"] == ["Tiny deck: test"]
    note = col.get_note(col.find_notes("")[0])
    assert set(note.tags) >= {"quizgen", "quizgen::kind::leader", "tiny-deck"}
    assert note["FactId"] in {"to-lam-president", "club-chair"}
    assert {col.get_note(n).guid for n in col.find_notes("")} == {note_guid("tiny-deck", q.id) for q in questions}


def _card(col, model: str, fact: str):
    nid = col.find_notes(f'"note:{model}" FactId:{fact}')
    assert len(nid) == 1, (model, fact)
    return col.get_note(nid[0]).cards()[0]


def _common_checks(card) -> tuple[str, str]:
    question, answer = card.question(), card.answer()
    for side in (question, answer):
        assert "template has a problem" not in side.lower()
        assert "anki:play" not in side  # no [sound:...] made from field text
    quote = "During his visit, the Kremlin chief met with President To Lam in Hanoi."
    assert quote not in text_of(question)
    assert quote in text_of(answer)
    assert "Putin in Hanoi <2024>" in text_of(answer)
    assert "20 June 2024" in text_of(answer) and "Example News" in text_of(answer)
    assert '<a href="https://example.org/putin?a=1&amp;b=2">' in answer
    return question, answer


def test_render_multiple_choice(tmp_path, deck, col):
    export(deck, leader_questions(deck), tmp_path / "out.apkg")
    import_into(col, tmp_path / "out.apkg")
    question, answer = _common_checks(_card(col, "quizgen multiple choice", "to-lam-president"))
    assert "Who is President of Vietnam?" in text_of(question)
    for option in ("Kim Jong Un", "To Lam", "Xi Jinping", "Narendra Modi"):
        assert option in text_of(question)
    assert 'class="qg-answer"' not in question and 'class="qg-answer">To Lam<' in answer
    assert '<li class="qg-right">To Lam</li>' in answer  # marked (styled on the back only)
    assert "<script>" in question and "sessionStorage" in question  # shuffled at review time


def test_render_type_in(tmp_path, deck, col):
    export(deck, leader_questions(deck), tmp_path / "out.apkg")
    import_into(col, tmp_path / "out.apkg")
    card = _card(col, "quizgen type-in answer", "to-lam-president")
    question, answer = _common_checks(card)
    assert "Who is President of Vietnam?" in text_of(question)
    # Anki leaves {{type:Answer}} as [[type:Answer]] for the reviewer to replace with the input box.
    assert question.count("[[type:Answer]]") == 1 and "To Lam" not in text_of(question)
    assert answer.count("[[type:Answer]]") == 1
    assert card.note()["Answer"] == "To Lam"
    # Anki's own type-in comparison: typing the answer as plain text counts as right, escaping and all.
    for fact, typed in (("to-lam-president", "To Lam"), ("club-chair", "Anna Smith")):
        expected = _card(col, "quizgen type-in answer", fact).note()["Answer"]
        verdict = col.compare_answer(expected, typed)
        assert "typeGood" in verdict and "typeBad" not in verdict and "typeMissed" not in verdict
    verdict = col.compare_answer(anki_export.esc("Smith & {x} <b>"), "Smith & {x} <b>")
    assert "typeBad" not in verdict and "typeMissed" not in verdict
    assert "Also accepted: Tô Lâm" in text_of(answer)


def test_render_basic_true_false(tmp_path, deck, col):
    export(deck, leader_questions(deck), tmp_path / "out.apkg")
    import_into(col, tmp_path / "out.apkg")
    question, answer = _common_checks(_card(col, "quizgen basic", "to-lam-president"))
    assert "True or false: To Lam is President." in text_of(question)
    assert 'class="qg-answer"' not in question and 'class="qg-answer">True<' in answer


def test_render_cloze(tmp_path, deck, col):
    export(deck, leader_questions(deck), tmp_path / "out.apkg")
    import_into(col, tmp_path / "out.apkg")
    card = _card(col, "quizgen cloze", "to-lam-president")
    assert card.note()["Text"].count("{{c1::") == 1
    question = card.question()
    assert "template has a problem" not in question.lower()
    assert "To Lam" not in text_of(question) and "[...]" in text_of(question)
    assert "met with President" in text_of(question)
    answer = card.answer()
    assert '<span class="cloze"' in answer and "To Lam" in text_of(answer)
    assert "Example News" in text_of(answer)


def test_markup_and_anki_syntax_in_facts_show_literally(tmp_path, deck, col):
    export(deck, leader_questions(deck), tmp_path / "out.apkg")
    import_into(col, tmp_path / "out.apkg")
    for model in ("quizgen multiple choice", "quizgen type-in answer", "quizgen basic", "quizgen cloze"):
        card = _card(col, model, "club-chair")
        question, answer = card.question(), card.answer()
        assert len(card.note().cards()) == 1  # {{c1::x}} in a fact makes no extra cloze card
        for side in (question, answer):
            assert "template has a problem" not in side.lower()
            assert "<b>" not in side and "alert(1)</script>" not in side
            assert "anki:play" not in side
        # the hard text is in the quote, shown on the back, character for character
        assert HARD in text_of(answer), model
        if model != "quizgen cloze":
            assert "chair of the club {{c1::x}} <b>" in text_of(question), model
        else:
            assert "[...]" in text_of(question) and "Anna Smith" not in text_of(question)


def test_subdecks_per_kind(tmp_path, deck, col):
    export(deck, leader_questions(deck), tmp_path / "out.apkg", subdecks=True)
    import_into(col, tmp_path / "out.apkg")
    names = sorted(d.name for d in col.decks.all_names_and_ids())
    assert "Tiny deck: test::Leaders" in names and "Tiny deck: test" in names
    assert len(col.find_cards('"deck:Tiny deck: test::Leaders"')) == 8


# -- updates and determinism --------------------------------------------------------------------

def test_corrected_deck_updates_notes_in_place(tmp_path, col):
    path = write_deck(tmp_path, role="President", mtime=1_800_000_000)
    first = load_deck(path)
    export(first, leader_questions(first), tmp_path / "v1.apkg")
    assert len(import_into(col, tmp_path / "v1.apkg").new) == 8
    nid = col.find_notes('"note:quizgen type-in answer" FactId:to-lam-president')[0]
    card = col.get_note(nid).cards()[0]
    card.start_timer()
    col.sched.answerCard(card, 3)  # one review: its history must survive the update
    reviews_before = col.db.scalar("select count() from revlog where cid = ?", card.id)
    assert reviews_before == 1

    # Same file again: nothing newer, nothing changes.
    export(first, leader_questions(first), tmp_path / "v1-again.apkg")
    log = import_into(col, tmp_path / "v1-again.apkg")
    assert len(log.duplicate) == 8 and not log.new and not log.updated

    # Correct the wording (the file is written later, so its mtime moves on).
    path = write_deck(tmp_path, role="State President", mtime=1_800_000_060)
    corrected = load_deck(path)
    export(corrected, leader_questions(corrected), tmp_path / "v2.apkg")
    log = import_into(col, tmp_path / "v2.apkg")
    assert not log.new and not log.conflicting and len(log.updated) == 8
    assert col.note_count() == 8 and col.card_count() == 8
    note = col.get_note(nid)
    assert note["Question"] == "Who is State President of Vietnam?"
    assert note.cards()[0].id == card.id  # same card, so its review history stays
    assert col.db.scalar("select count() from revlog where cid = ?", card.id) == reviews_before


def test_source_date_epoch_makes_checkouts_of_one_deck_byte_identical(tmp_path, monkeypatch, capsys):
    """Two checkouts of a deck differ only in file mtime: with SOURCE_DATE_EPOCH they export the same bytes."""
    def export_cli(where: Path, mtime: int) -> bytes:
        where.mkdir()
        path = write_deck(where, mtime=mtime)
        assert main(["export", "anki", str(path), "-o", str(where / "out.apkg")]) == 0
        return (where / "out.apkg").read_bytes()

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert export_cli(tmp_path / "a", 1_800_000_000) != export_cli(tmp_path / "b", 1_800_000_500)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1900000000")
    assert export_cli(tmp_path / "c", 1_800_000_000) == export_cli(tmp_path / "d", 1_800_000_500)
    with zipfile.ZipFile(tmp_path / "c" / "out.apkg") as z:
        assert {i.date_time for i in z.infolist()} == {time.gmtime(1_900_000_000)[:6]}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    capsys.readouterr()
    assert main(["export", "anki", str(tmp_path / "c" / "tiny.yaml"), "-o", str(tmp_path / "e.apkg")]) == 2
    assert "SOURCE_DATE_EPOCH='yesterday': expected seconds since 1970" in capsys.readouterr().err
    assert not (tmp_path / "e.apkg").exists()


def test_export_twice_is_byte_identical(tmp_path, deck):
    questions = leader_questions(deck)
    first = export(deck, questions, tmp_path / "a.apkg")
    time.sleep(1.1)
    second = export(deck, questions, tmp_path / "b.apkg")
    assert first == second
    stamp = anki_export.deck_mtime(deck, {})
    assert stamp == max(1_800_000_000, anki_export.QUIZGEN_REVISED)
    with zipfile.ZipFile(io.BytesIO(first)) as z:
        assert [i.filename for i in z.infolist()] == ["collection.anki2", "media"]
        for info in z.infolist():
            assert info.date_time == time.gmtime(stamp)[:6]
        db = tmp_path / "c.anki2"
        db.write_bytes(z.read("collection.anki2"))
    conn = sqlite3.connect(db)
    try:
        assert {m for (m,) in conn.execute("select distinct mod from notes")} == {stamp}
        assert {m for (m,) in conn.execute("select distinct mod from cards")} == {stamp}
    finally:
        conn.close()


def test_modified_option_and_fallback(tmp_path, deck):
    assert anki_export.deck_mtime(deck, {"modified": 1_900_000_000}) == 1_900_000_000
    bare = Deck(id="x", title="X", language="en", sources=(), facts=())
    assert anki_export.deck_mtime(bare, {}) == anki_export.QUIZGEN_REVISED


def test_unexportable_questions_are_skipped_with_a_reason(tmp_path, deck):
    questions = leader_questions(deck)
    broken = Question(**{**{f: getattr(questions[3], f) for f in questions[3].__slots__}, "prompt": "no gap"})
    result = anki_export.render(ExportRequest(decks=(deck,), questions=(broken, questions[0]),
                                              output=tmp_path / "o.apkg"))
    assert result.count == 1
    assert [s.question_id for s in result.skipped] == [broken.id]
    assert "gap" in result.skipped[0].reason


def test_bulk_writer_writes_what_genanki_writes(deck):
    """The exporter inserts notes and cards in bulk; the rows must be genanki's own, byte for byte."""
    request = ExportRequest(decks=(deck,), questions=tuple(leader_questions(deck)), output=Path("x.apkg"))
    decks, _, _ = anki_export.build_decks(request)
    (out,) = decks
    ours = sqlite3.connect(":memory:")
    ours.deserialize(anki_export.write_collection(decks))
    theirs = sqlite3.connect(":memory:")
    cursor = theirs.cursor()
    cursor.executescript(genanki.apkg_schema.APKG_SCHEMA)
    cursor.executescript(genanki.apkg_col.APKG_COL)
    for row in out.notes:
        out.deck.add_note(row.to_genanki())
    out.deck.write_to_db(cursor, out.stamp, itertools.count(out.stamp * 1000))
    for query in ("select * from notes order by id", "select * from cards order by id", "select * from col"):
        assert ours.execute(query).fetchall() == theirs.execute(query).fetchall(), query


def test_bundled_deck_with_generated_questions(tmp_path, col):
    """The real pipeline: the bundled deck, the question generator, then Anki's importer."""
    from collections import Counter

    from quizgen.questions import generate

    bundled = load_deck(Path(__file__).resolve().parent.parent / "decks" / "putin-hanoi-2024.yaml")
    questions = generate(bundled, seed=0, types=BASIC_TYPES)  # the forms: tests/test_export_forms.py
    result = anki_export.render(ExportRequest(decks=(bundled,), questions=tuple(questions),
                                              output=tmp_path / "p.apkg"))
    assert not result.skipped and result.count == len(questions)
    (tmp_path / "p.apkg").write_bytes(result.data)
    log = import_into(col, tmp_path / "p.apkg")
    assert len(log.new) == len(questions) == col.card_count()
    assert not col.get_empty_cards().notes
    model_of = {QuestionType.MC: "quizgen multiple choice", QuestionType.TF: "quizgen basic",
                QuestionType.TYPED: "quizgen type-in answer", QuestionType.CLOZE: "quizgen cloze"}
    expected = Counter(model_of[q.type] for q in questions)
    assert Counter({name: len(cards) for name, cards in cards_by_model(col).items()}) == expected
    by_id = {q.id: q for q in questions}
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        question, answer = card.question(), card.answer()
        q = by_id[card.note()["QuestionId"]]
        assert card.note().guid == note_guid(bundled.id, q.id)
        assert "template has a problem" not in (question + answer).lower()
        assert "[[type:" not in question or q.type == QuestionType.TYPED
        if q.type == QuestionType.CLOZE:
            assert squash(q.prompt.replace(CLOZE_GAP, "[...]")) in squash(text_of(question))
        else:
            assert squash(q.prompt) in squash(text_of(question))
            assert 'class="qg-source"' not in question
        assert squash(q.source.quote) in squash(text_of(answer))
        if q.type == QuestionType.TF:
            assert "True or false?" in text_of(question) and f">{q.answer}<" in answer
            assert f">{q.answer}<" not in question


_SHUFFLE_HARNESS = r"""
const script = require("fs").readFileSync(0, "utf8");
function run(back, storage) {
  const items = ["A", "B", "C", "D"].map((t) => ({ t }));
  const list = {
    children: items.slice(),
    appendChild(el) { this.children = this.children.filter((c) => c !== el).concat([el]); },
  };
  const box = { querySelector: () => list, getAttribute: () => "fact:t:mc" };
  global.document = {
    querySelectorAll: () => [box],
    querySelector: (sel) => (sel === ".qg-back" && back ? {} : null),
  };
  global.window = { sessionStorage: storage };
  new Function(script)();
  return list.children.map((c) => c.t).join("");
}
const store = {};
const storage = { getItem: (k) => (k in store ? store[k] : null), setItem: (k, v) => { store[k] = String(v); } };
const fronts = new Set();
let front = "", back = "";
for (let i = 0; i < 40; i++) { front = run(false, storage); fronts.add(front); back = run(true, storage); }
const broken = { getItem: () => { throw new Error("no storage"); }, setItem: () => { throw new Error("no"); } };
console.log(JSON.stringify({ fronts: fronts.size, same: front === back, back,
  fallback: run(true, broken), fallbackFront: run(false, broken) }));
"""


def test_option_shuffle_script_keeps_the_fronts_order_on_the_back():
    import json
    import shutil
    import subprocess

    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    script = re.search(r"<script>(.*?)</script>", anki_export.MC_MODEL.templates[0]["qfmt"], re.S).group(1)
    done = subprocess.run([node, "-e", _SHUFFLE_HARNESS], input=script, capture_output=True, text=True,
                          timeout=60, check=True)
    result = json.loads(done.stdout)
    assert result["fronts"] > 1  # shuffled at review time
    assert result["same"] and sorted(result["back"]) == list("ABCD")  # back = the front's order
    assert result["fallback"] == result["fallbackFront"] == "ABCD"  # no storage: the written order


def test_two_decks_in_one_package(tmp_path, deck, col):
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other = load_deck(write_deck(other_dir, mtime=1_800_000_500))
    other = Deck(id="other-deck", title="Other deck", language="en", sources=other.sources, facts=other.facts,
                 path=other.path)
    questions = leader_questions(deck) + leader_questions(other)
    result = anki_export.render(ExportRequest(decks=(deck, other), questions=tuple(questions),
                                              output=tmp_path / "two.apkg"))
    (tmp_path / "two.apkg").write_bytes(result.data)
    assert len(import_into(col, tmp_path / "two.apkg").new) == 16
    assert len(col.find_cards('"deck:Tiny deck: test"')) == 8
    assert len(col.find_cards('"deck:Other deck"')) == 8
    assert len(col.find_notes("tag:other-deck")) == 8
    # each deck's notes carry that deck's own time
    mods = {col.get_note(n).mod for n in col.find_notes("tag:other-deck")}
    assert mods == {max(1_800_000_500, anki_export.QUIZGEN_REVISED)}


def test_deck_names_and_unsafe_urls():
    assert anki_export.deck_name("Putin :: Hanoi") == "Putin: Hanoi"  # "::" would make a subdeck
    assert anki_export.deck_name("  A   title ") == "A title"
    ref = SourceRef("a", "T", "Q.", None, "javascript:alert(1)", None)
    q = Question(id="f:t:typed", deck_id="d", fact_id="f", fact_kind="leader", type=QuestionType.TYPED,
                 template="t", prompt="P?", answer="A", answer_kind=AnswerKind.PERSON, source=ref)
    source = anki_export.source_html(q)
    assert "<a " not in source and "javascript:alert(1)" in source  # shown as text, never a link
    assert anki_export.note_fields(Question(**{**{f: getattr(q, f) for f in q.__slots__}, "prompt": " "})) == (
        "empty prompt or answer (Anki would make an empty card)")
