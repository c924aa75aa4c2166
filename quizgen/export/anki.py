"""Anki export: one .apkg with one Anki deck per quizgen deck, built with genanki.

Published interface (never change; a change would make Anki duplicate notes or note types):

* Note type ids (:data:`BASIC_MODEL_ID` ...) and their field names (:data:`FIELDS`). Anki matches
  a note type on its id and on its field and template names; a different list makes it create a
  second note type and report the notes as conflicting.
* Note GUIDs: :func:`quizgen.ids.note_guid` of the deck id and the question id, never of the text,
  so re-importing a corrected deck updates the notes in place and keeps their review history.
* Anki deck ids: :func:`quizgen.ids.anki_deck_id` of the deck id (and fact kind, for subdecks).

Modification time. Anki's importer (default "update if newer") replaces a note only when the
incoming note's modification time is newer than the one in the collection. Every note of a deck is
stamped with the deck's own time: ``options["modified"]`` (seconds since the epoch) when given,
else the deck file's mtime, and never earlier than :data:`QUIZGEN_REVISED`. Editing the deck file
moves its mtime forward, so the next export updates the notes; exporting an unchanged file twice
gives identical bytes (note, card and zip times all derive from that stamp, never from the clock).
A deck with no file (built in code) gets :data:`QUIZGEN_REVISED` unless ``modified`` is passed.
"""

from __future__ import annotations

import functools
import html
import io
import itertools
import json
import os
import re
import sqlite3
import time
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import genanki
from genanki.apkg_col import APKG_COL
from genanki.apkg_schema import APKG_SCHEMA

from ..dates import IsoDate
from ..ids import anki_deck_id, note_guid
from ..model import Deck
from ..questions.model import CLOZE_GAP, Question, QuestionType, SourceRef
from . import ExportRequest, ExportResult, Skipped, forms_text
from . import anki_templates as tpl

NAME = "anki"
SUFFIXES = (".apkg",)
DESCRIPTION = "Anki package (.apkg): one deck per quizgen deck; re-importing updates notes in place"

# Fixed note type ids: chosen once at random in genanki's range, never to change (README: Anki).
BASIC_MODEL_ID = 1218889887  # "quizgen basic": true/false statements (Front/Back)
MC_MODEL_ID = 1996880526  # "quizgen multiple choice"
TYPED_MODEL_ID = 1646554122  # "quizgen type-in answer"
CLOZE_MODEL_ID = 1626347364  # "quizgen cloze"

# When quizgen last changed what it writes into notes (templates, CSS, field HTML): the note types'
# modification time, and the earliest note time. Bump it (to the release time) on any such change
# so Anki's "update if newer" picks the change up.
QUIZGEN_REVISED = 1795392000  # 2026-11-23T00:00:00Z

_COMMON_FIELDS = ("Extra", "Source", "FactId", "QuestionId")
FIELDS: dict[int, tuple[str, ...]] = {
    BASIC_MODEL_ID: ("Front", "Back", *_COMMON_FIELDS),
    MC_MODEL_ID: ("Question", "Options", "Answer", *_COMMON_FIELDS),
    TYPED_MODEL_ID: ("Question", "Answer", *_COMMON_FIELDS),
    CLOZE_MODEL_ID: ("Text", *_COMMON_FIELDS),
}
MODEL_NAMES = {
    BASIC_MODEL_ID: "quizgen basic",
    MC_MODEL_ID: "quizgen multiple choice",
    TYPED_MODEL_ID: "quizgen type-in answer",
    CLOZE_MODEL_ID: "quizgen cloze",
}
KIND_LABELS = {"leader": "Leaders", "date": "Dates", "figure": "Figures", "agreement": "Agreements",
               "quote": "Quotes"}


class _Model(genanki.Model):
    """A genanki model whose modification time is QUIZGEN_REVISED, not the notes' time.

    So re-importing a newer deck does not overwrite a user's own template or CSS tweaks unless
    quizgen itself changed the note types since.
    """

    def to_json(self, timestamp: float, deck_id: int) -> dict[str, Any]:
        out = super().to_json(timestamp, deck_id)
        out["mod"] = QUIZGEN_REVISED
        out["did"] = None
        return out


def _model(model_id: int, front: str, back: str, model_type: int = genanki.Model.FRONT_BACK) -> _Model:
    return _Model(
        model_id,
        MODEL_NAMES[model_id],
        fields=[{"name": name} for name in FIELDS[model_id]],
        templates=[{"name": "Cloze" if model_type == genanki.Model.CLOZE else "Card 1",
                    "qfmt": front, "afmt": back}],
        css=tpl.CSS,
        model_type=model_type,
    )


BASIC_MODEL = _model(BASIC_MODEL_ID, tpl.BASIC_FRONT, tpl.BASIC_BACK)
MC_MODEL = _model(MC_MODEL_ID, tpl.MC_FRONT, tpl.MC_BACK)
TYPED_MODEL = _model(TYPED_MODEL_ID, tpl.TYPED_FRONT, tpl.TYPED_BACK)
CLOZE_MODEL = _model(CLOZE_MODEL_ID, tpl.CLOZE_FRONT, tpl.CLOZE_BACK, genanki.Model.CLOZE)
MODELS = {m.model_id: m for m in (BASIC_MODEL, MC_MODEL, TYPED_MODEL, CLOZE_MODEL)}

# Characters Anki would read as its own syntax inside a field once rendered: cloze and template
# braces, [sound:...] and [$]...[/$] brackets. As character references they show literally.
_ANKI_SYNTAX = str.maketrans({"{": "&#123;", "}": "&#125;", "[": "&#91;", "]": "&#93;"})
_NEEDS_WORK = re.compile(r"[{}\[\]\n\r]")
_SPECIAL = re.compile(r"[&<>\"'{}\[\]\n\r]")  # anything esc changes: most text has none of it
_SAFE_URL = re.compile(r"^https?://[^\s]+$", re.IGNORECASE)


def esc(text: str) -> str:
    """Plain text -> field HTML that Anki shows literally (HTML and Anki syntax both neutralised)."""
    if not _SPECIAL.search(text):
        return text
    out = html.escape(text, quote=True)
    if _NEEDS_WORK.search(out):
        out = out.translate(_ANKI_SYNTAX).replace("\r\n", "\n").replace("\n", "<br>")
    return out


# -- fields -------------------------------------------------------------------------------------

def source_html(question: Question) -> str:
    """The Source field: each source's quoted sentence, then its title, outlet and date; URL as a link."""
    return _sources_html(question.source, question.sources)


@functools.lru_cache(maxsize=4096)  # the questions of one fact share their sources
def _sources_html(source: SourceRef, sources: tuple[SourceRef, ...]) -> str:
    refs: list[SourceRef] = [source]
    refs += [s for s in sources if s.source_id != source.source_id]
    blocks = []
    for ref in refs:
        title = esc(ref.title)
        if ref.url and _SAFE_URL.match(ref.url.strip()):
            title = f'<a href="{esc(ref.url.strip())}">{title}</a>'
        parts = [title]
        if ref.outlet:
            parts.append(esc(ref.outlet))
        if ref.published:
            parts.append(esc(_human_date(ref.published)))
        if ref.url and not _SAFE_URL.match(ref.url.strip()):
            parts.append(esc(ref.url))  # not http(s): shown, never a link
        blocks.append(
            f'<blockquote class="qg-quote">{esc(ref.quote)}</blockquote>'
            f'<div class="qg-cite">{" · ".join(parts)}</div>'
        )
    return "".join(blocks)


@functools.lru_cache(maxsize=1024)
def _human_date(value: str) -> str:
    try:
        return IsoDate.parse(value).human()
    except ValueError:
        return value


def extra_html(question: Question, *, with_aliases: bool) -> str:
    parts = []
    if question.truth:
        parts.append("True is: " + esc(question.truth))
    if with_aliases and question.aliases:
        parts.append("Also accepted: " + ", ".join(esc(a) for a in question.aliases))
    if question.disputed:
        parts.append("Sources disagree on this: the question attributes it to its source.")
    if question.notes:
        parts.append("Note: " + esc(question.notes))
    return "".join(f"<p>{p}</p>" for p in parts)


def options_html(question: Question) -> str:
    items = []
    for option in question.options:
        mark = ' class="qg-right"' if option == question.answer else ""
        items.append(f"<li{mark}>{esc(option)}</li>")
    return '<ol class="qg-choices">' + "".join(items) + "</ol>"


def cloze_text(question: Question) -> str | None:
    """The source sentence with the answer as the one deletion ``{{c1::...}}``; None if no gap."""
    if question.prompt.count(CLOZE_GAP) != 1:
        return None
    before, after = question.prompt.split(CLOZE_GAP)
    middle = question.answer
    full = question.statement
    if full and full.startswith(before) and full.endswith(after) and len(full) > len(before) + len(after):
        middle = full[len(before): len(full) - len(after)]  # the answer as the sentence writes it
    # ":" too inside the deletion: "::" would start a cloze hint.
    hidden = esc(middle).replace(":", "&#58;")
    return f"{esc(before)}{{{{c1::{hidden}}}}}{esc(after)}"


def note_fields(question: Question) -> tuple[int, list[str]] | str:
    """(model id, field values) for one question, or the reason it cannot be exported."""
    if not question.prompt.strip() or not question.answer.strip():
        return "empty prompt or answer (Anki would make an empty card)"
    tail = [source_html(question), esc(question.fact_id), esc(question.id)]
    qtype = question.type
    if qtype == QuestionType.MC:
        if question.answer not in question.options or len(question.options) < 2:
            return "multiple choice without its answer among at least two options"
        return MC_MODEL_ID, [esc(question.prompt), options_html(question), esc(question.answer),
                             extra_html(question, with_aliases=False), *tail]
    if qtype == QuestionType.TF:
        front = esc(question.prompt)
        if question.statement and question.statement not in question.prompt:
            front += f'<div class="qg-statement">{esc(question.statement)}</div>'
        if not question.prompt.lower().startswith("true or false"):
            front = f'<div class="qg-kicker">True or false?</div>{front}'
        return BASIC_MODEL_ID, [front, esc(question.answer), extra_html(question, with_aliases=False), *tail]
    if qtype == QuestionType.TYPED:
        return TYPED_MODEL_ID, [esc(question.prompt), esc(question.answer),
                                extra_html(question, with_aliases=True), *tail]
    if qtype == QuestionType.CLOZE:
        text = cloze_text(question)
        if text is None:
            return f"cloze prompt without exactly one gap {CLOZE_GAP!r}"
        return CLOZE_MODEL_ID, [text, extra_html(question, with_aliases=True), *tail]
    if qtype in (QuestionType.ORDER, QuestionType.MATCH):  # front and back of a basic card
        return BASIC_MODEL_ID, [esc(question.prompt) + forms_text.listing_html(question, esc),
                                forms_text.key_html(question, esc), extra_html(question, with_aliases=False), *tail]
    if qtype == QuestionType.NUMERIC:  # typed, as the number in the scale asked
        number, _ = forms_text.numeric_answer(question)
        extra = f"<p>Accepted: {esc(forms_text.numeric_range(question))} ({esc(question.answer)})</p>"
        return TYPED_MODEL_ID, [esc(question.prompt), esc(number), extra + extra_html(question, with_aliases=True),
                                *tail]
    return f"question type '{question.type}' has no Anki note type"


def _tag(text: str) -> str:
    return re.sub(r"\s+", "_", text.strip()) or "_"


def note_tags(question: Question) -> list[str]:
    return list(_tags(question.fact_kind, str(question.type), question.deck_id, question.disputed))


@functools.lru_cache(maxsize=256)  # a deck's notes share a handful of tag sets
def _tags(kind: str, qtype: str, deck_id: str, disputed: bool) -> tuple[str, ...]:
    tags = ("quizgen", f"quizgen::kind::{_tag(kind)}", f"quizgen::type::{_tag(qtype)}", _tag(deck_id))
    return (*tags, "quizgen::disputed") if disputed else tags


# -- decks and time -----------------------------------------------------------------------------

def deck_name(title: str) -> str:
    """An Anki deck name for a title ("::" separates Anki subdecks, so a title may not use it)."""
    return re.sub(r"\s*::\s*", ": ", " ".join(title.split())) or "quizgen"


def deck_mtime(deck: Deck | None, options: Mapping[str, Any]) -> int:
    """The modification time stamped on a deck's notes and cards (see the module docstring)."""
    if options.get("modified") is not None:
        return max(int(options["modified"]), 0)
    stamp = QUIZGEN_REVISED
    if deck is not None and deck.path:
        try:
            stamp = max(stamp, int(os.stat(deck.path).st_mtime))
        except OSError:
            pass
    return stamp


@dataclass(slots=True)
class NoteRow:
    """One note as it goes into the package: what genanki.Note holds, without its per-note checks."""

    model_id: int
    fields: list[str]
    tags: list[str]
    guid: str
    due: int

    def to_genanki(self) -> genanki.Note:
        return genanki.Note(model=MODELS[self.model_id], fields=self.fields, tags=self.tags, guid=self.guid,
                            due=self.due)


@dataclass
class DeckOut:
    """An Anki deck (name, id, description as genanki writes them), its notes and its time stamp."""

    deck: genanki.Deck
    stamp: int
    notes: list[NoteRow] = field(default_factory=list)


def build_decks(request: ExportRequest) -> tuple[list[DeckOut], list[Skipped], int]:
    """The Anki decks with their notes and times, the skipped questions, the note count."""
    by_id = {d.id: d for d in request.decks}
    subdecks = bool(request.options.get("subdecks"))
    order = [d.id for d in request.decks]
    order += sorted({q.deck_id for q in request.questions} - set(order))
    decks: dict[tuple[str, str], DeckOut] = {}
    for deck_id in order:
        deck = by_id.get(deck_id)
        anki_deck = genanki.Deck(anki_deck_id(deck_id), deck_name(deck.title if deck else deck_id),
                                 description=esc(deck.description) if deck and deck.description else "")
        decks[(deck_id, "")] = DeckOut(anki_deck, deck_mtime(deck, request.options))
    skipped: list[Skipped] = []
    count = 0
    due: dict[str, int] = {}
    for question in request.questions:
        made = note_fields(question)
        if isinstance(made, str):
            skipped.append(Skipped.because(question.id, made))
            continue
        model_id, fields = made
        key = (question.deck_id, question.fact_kind if subdecks else "")
        if key not in decks:
            parent = decks[(question.deck_id, "")]
            label = KIND_LABELS.get(question.fact_kind, question.fact_kind.capitalize())
            decks[key] = DeckOut(genanki.Deck(anki_deck_id(question.deck_id, question.fact_kind),
                                              f"{parent.deck.name}::{deck_name(label)}"), parent.stamp)
        position = due.get(question.deck_id, 0)
        due[question.deck_id] = position + 1
        decks[key].notes.append(NoteRow(model_id, fields, note_tags(question),
                                        note_guid(question.deck_id, question.id), position))
        count += 1
    # With subdecks the parent decks stay in (empty), so they keep their stable id and description.
    return list(decks.values()), skipped, count


# -- package ------------------------------------------------------------------------------------

_NOTE_SQL = "INSERT INTO notes VALUES(?,?,?,?,?,?,?,?,?,?,?)"
_CARD_SQL = "INSERT INTO cards VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"


def write_collection(decks: Iterable[DeckOut]) -> bytes:
    """The package's collection.anki2: genanki's schema, collection row, deck and note type JSON,
    and note and card rows exactly as genanki's ``Deck.write_to_db`` writes them (a test compares
    the two row for row), inserted in bulk, each deck with its own time, in memory."""
    decks = list(decks)
    conn = sqlite3.connect(":memory:")
    try:
        cursor = conn.cursor()
        cursor.executescript(APKG_SCHEMA)
        cursor.executescript(APKG_COL)
        start = max((d.stamp for d in decks), default=QUIZGEN_REVISED)
        id_gen = itertools.count(start * 1000)
        (decks_json,) = cursor.execute("SELECT decks FROM col").fetchone()
        all_decks = json.loads(decks_json)
        models: dict[str, Any] = {}
        for out in decks:
            all_decks[str(out.deck.deck_id)] = out.deck.to_json()
            for row in out.notes:
                if str(row.model_id) not in models:
                    models[str(row.model_id)] = MODELS[row.model_id].to_json(out.stamp, out.deck.deck_id)
            _insert_notes(cursor, out, id_gen)
        cursor.execute("UPDATE col SET decks = ?, models = ?", (json.dumps(all_decks), json.dumps(models)))
        conn.commit()
        return conn.serialize()
    finally:
        conn.close()


def _insert_notes(cursor: sqlite3.Cursor, out: DeckOut, id_gen: Iterator[int]) -> None:
    notes, cards = [], []
    stamp, did = out.stamp, out.deck.deck_id
    for row in out.notes:
        nid = next(id_gen)
        notes.append((nid, row.guid, row.model_id, stamp, -1, " " + " ".join(row.tags) + " ",
                      "\x1f".join(row.fields), row.fields[0], 0, 0, ""))
        # One card per note: ord 0 (the one template; the one cloze deletion c1).
        cards.append((next(id_gen), nid, did, 0, stamp, -1, 0, 0, row.due, 0, 0, 0, 0, 0, 0, 0, 0, ""))
    cursor.executemany(_NOTE_SQL, notes)
    cursor.executemany(_CARD_SQL, cards)


def zip_package(collection: bytes, stamp: int) -> bytes:
    """The .apkg zip: every entry dated ``stamp`` (UTC) with fixed attributes, so equal input gives
    equal bytes on any machine."""
    date_time = time.gmtime(max(stamp, 315532800))[:6]  # zip dates start in 1980
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for name, data in (("collection.anki2", collection), ("media", b"{}")):
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            out.writestr(info, data, compresslevel=1)  # 9 MB -> 1.0 MB in 20 ms (level 6: 0.87 MB, 54 ms)
    return buf.getvalue()


def render(request: ExportRequest) -> ExportResult:
    try:
        decks, skipped, count = build_decks(request)
    finally:
        _sources_html.cache_clear()
    collection = write_collection(decks)
    stamp = max((d.stamp for d in decks), default=QUIZGEN_REVISED)
    return ExportResult(data=zip_package(collection, stamp), skipped=tuple(skipped), count=count)


__all__ = ["NAME", "SUFFIXES", "DESCRIPTION", "render", "FIELDS", "MODEL_NAMES", "BASIC_MODEL_ID",
           "MC_MODEL_ID", "TYPED_MODEL_ID", "CLOZE_MODEL_ID", "QUIZGEN_REVISED", "deck_mtime", "esc"]
