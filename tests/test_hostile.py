"""Hostile text through every export, end to end: each consumer shows it as literal text, none runs it.

The hostile decks (tests/data/hostile.yaml, tests/data/hostile2.yaml) go through `quizgen export`
for all eight formats; each file is read back by its real consumer (Anki's own backend, gift-pegjs,
lxml, openpyxl, papaparse; see tests/checkers.py) and every marker below that the exported questions
carry must appear as the literal text, while no consumer turns it into markup, a script, a cloze
deletion, a formula or GIFT syntax. The per-format tests (tests/test_export_*.py) check the exact
round trip of hand-made questions; this is the cross-format matrix on the real generator's output.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import pytest
from checkers import gift_pegjs, moodle_gift, papaparse
from deckpaths import DATA
from lxml import etree
from lxml import html as lxml_html

from quizgen.cli import main
from quizgen.export.textsafe import FORMULA_TRIGGERS

MARKERS = [
    "<script>alert(1)</script>", "{{c1::x}}", "{{c1::secret}}", '=HYPERLINK("http://x")', "+cmd|' /C calc'!A0",
    "@SUM(1)", "=SUM(1)", "-2+3", "~ = # { } :", "A~B=C#D{E}F:G", "]]>", "&amp;", "Hostile & ", "<b>bold</b>",
    "\u202eAli Ahmed\u202c", "\u200fhere", "🎉", "Zoë \"Ziggy\" O'Brien-Nguyễn",
]
DECKS = ["hostile.yaml", "hostile2.yaml"]
SUFFIXES = {"anki": ".apkg", "worksheet": ".html", "gift": ".txt", "moodle-xml": ".xml", "qti": ".zip",
            "kahoot": ".xlsx", "blooket": ".csv", "quizlet": ".txt"}
# What of each question a format shows: quiz tools take choice questions only; Quizlet cards are
# question -> answer.
FIELDS = {"quizlet": ("prompt", "answer"), "kahoot": ("prompt", "options"), "blooket": ("prompt", "options")}
CHOICE_ONLY = {"kahoot", "blooket"}
# Characters a format drops on purpose: the printed worksheet leaves out the bidi overrides that would
# print text back to front ("Trojan Source"), keeping the marks and the text itself.
DROPPED = {"worksheet": "\u202d\u202e"}


@dataclass
class Reading:
    """What a consumer shows of an export (decoded text) and anything it would interpret."""

    text: list[str] = field(default_factory=list)
    interpreted: list[str] = field(default_factory=list)


def html_text(fragment: str, reading: Reading, where: str) -> None:
    """Text of an HTML fragment as a browser shows it; elements other than harmless layout are flagged."""
    if not fragment.strip():
        return
    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    for el in root.iter():
        if el is not root and el.tag not in ("br", "p", "span", "div", "em", "strong", "hr"):
            reading.interpreted.append(f"{where}: <{el.tag}> element in {fragment[:80]!r}")
    reading.text.append(root.text_content())


# -- one reader per format ----------------------------------------------------------------------------

def read_anki(path: Path, tmp: Path) -> Reading:
    collection = pytest.importorskip("anki.collection")
    (tmp / "anki").mkdir()
    col = collection.Collection(str(tmp / "anki" / "collection.anki2"))
    try:
        col.import_anki_package(collection.ImportAnkiPackageRequest(
            package_path=str(path), options=collection.ImportAnkiPackageOptions()))
        reading = Reading()
        for cid in col.find_cards(""):
            card = col.get_card(cid)
            model = card.note_type()["name"]
            clozes = 0
            for side, rendered in (("front", card.question()), ("back", card.answer())):
                # the note type's own option-shuffling script is expected; deck text never runs as one
                body = re.sub(r"<style\b.*?</style>", "", rendered, flags=re.S)
                scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", body, flags=re.S)
                if any("alert(" in s for s in scripts):
                    reading.interpreted.append(f"anki {model} {side}: deck text ran as a script")
                body = re.sub(r"<script\b.*?</script>", "", body, flags=re.S)
                if "template has a problem" in body.lower() or "anki:play" in body:
                    reading.interpreted.append(f"anki {model} {side}: {body[:120]!r}")
                for el in lxml_html.fragment_fromstring(body, create_parent="div").iter("b", "i", "iframe", "img"):
                    if el.text_content() in ("bold", "article") or el.tag in ("iframe", "img"):
                        reading.interpreted.append(f"anki {model} {side}: deck markup <{el.tag}> rendered")
                clozes += body.count('class="cloze"')
                reading.text.append(html.unescape(re.sub(r"<[^>]+>", " ", body)))
            if len(card.note().cards()) != 1:
                reading.interpreted.append(f"anki {model}: a note made {len(card.note().cards())} cards")
            if (model == "quizgen cloze") != (clozes > 0):
                reading.interpreted.append(f"anki {model}: {clozes} cloze deletions shown")
        return reading
    finally:
        col.close()


def read_gift(path: Path, tmp: Path) -> Reading:
    text = path.read_text(encoding="utf-8")
    reading = Reading()
    for q in gift_pegjs(text):
        stem = q["stem"]
        choices = q.get("choices") if isinstance(q.get("choices"), list) else []  # numeric: {number, range}
        fragments = [stem["text"]] + [c["text"]["text"] for c in choices if c.get("text")]
        fragments += [p["subquestion"]["text"] for p in q.get("matchPairs") or []]  # matching
        for fragment in fragments:
            if stem.get("format") == "html":
                html_text(fragment, reading, f"gift {q.get('title')}")
            else:
                reading.text.append(fragment)
    for q in moodle_gift(text):  # Moodle's own reading must agree on the question text
        if q["format"] == "html":
            html_text(q["text"], Reading(), "moodle gift")
        reading.text.append(html.unescape(q["text"]))
    return reading


def read_moodle_xml(path: Path, tmp: Path) -> Reading:
    root = etree.fromstring(path.read_bytes(), etree.XMLParser(resolve_entities=False, no_network=True))
    reading = Reading()
    for el in root.iter("questiontext", "answer", "generalfeedback", "feedback"):
        text = el.findtext("text") or ""
        if el.get("format", "html") == "html":
            html_text(text, reading, f"moodle-xml {el.tag}")
        else:
            reading.text.append(text)
    return reading


def read_qti(path: Path, tmp: Path) -> Reading:
    reading = Reading()
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if not name.endswith(".xml") or name == "imsmanifest.xml" or name.endswith("assessment_meta.xml"):
                continue
            root = etree.fromstring(z.read(name), etree.XMLParser(resolve_entities=False, no_network=True))
            for mat in root.iter("{*}mattext"):
                if mat.get("texttype") == "text/html":
                    html_text(mat.text or "", reading, f"qti {name}")
                else:
                    reading.text.append(mat.text or "")
    return reading


def spreadsheet_cell(value: object, reading: Reading, where: str) -> None:
    if not isinstance(value, str) or not value:
        return
    if value.startswith(FORMULA_TRIGGERS):
        reading.interpreted.append(f"{where}: {value[:40]!r} would run as a formula")
    reading.text.append(value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_TRIGGERS) else value)


def read_kahoot(path: Path, tmp: Path) -> Reading:
    book = openpyxl.load_workbook(path)
    sheet = book["Sheet1"]
    reading = Reading()
    for row in sheet.iter_rows(min_row=9, min_col=2, max_col=6):
        for cell in row:
            if cell.data_type == "f":
                reading.interpreted.append(f"kahoot {cell.coordinate}: a formula cell")
            spreadsheet_cell(cell.value, reading, f"kahoot {cell.coordinate}")
    return reading


def read_blooket(path: Path, tmp: Path) -> Reading:
    text = path.read_text(encoding="utf-8")
    reading = Reading()
    rows = list(csv.reader(io.StringIO(text)))
    assert papaparse(text)["data"] == rows  # a second, independent CSV reader agrees cell for cell
    for n, row in enumerate(rows[2:], 3):
        for cell in row[1:6]:
            spreadsheet_cell(cell, reading, f"blooket row {n}")
    return reading


def read_quizlet(path: Path, tmp: Path) -> Reading:
    reading = Reading()
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line:
            term, definition = line.split("\t")
            reading.text += [term, definition]
    return reading


def read_worksheet(path: Path, tmp: Path) -> Reading:
    doc = lxml_html.fromstring(path.read_bytes())
    reading = Reading()
    for el in doc.iter("script", "iframe", "object", "embed", "img"):
        reading.interpreted.append(f"worksheet: <{el.tag}> element")
    for el in doc.iter("b"):
        if el.text_content() == "bold":
            reading.interpreted.append("worksheet: deck markup <b> rendered")
    for attr in ("onload", "onclick", "onerror"):
        if doc.xpath(f"//*[@{attr}]"):
            reading.interpreted.append(f"worksheet: an {attr} handler")
    reading.text.append(doc.text_content())
    return reading


READERS = {"anki": read_anki, "worksheet": read_worksheet, "gift": read_gift, "moodle-xml": read_moodle_xml,
           "qti": read_qti, "kahoot": read_kahoot, "blooket": read_blooket, "quizlet": read_quizlet}


# -- the matrix -------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def decks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("hostile")
    for name in ["hostile.yaml", "hostile.txt", "hostile2.yaml", "hostile2.txt"]:
        shutil.copyfile(DATA / name, root / name)
    return {name: root / name for name in DECKS}


def expected_markers(capsys: pytest.CaptureFixture[str], deck: Path, fmt: str, skipped: set[str]) -> set[str]:
    """The markers in the text of the questions the export holds (per the questions' JSON)."""
    assert main(["questions", "--format", "json", "--count", "all", str(deck)]) == 0
    questions = json.loads(capsys.readouterr().out)["questions"]
    texts = []
    for q in questions:
        if q["id"] in skipped or (fmt in CHOICE_ONLY and q["type"] not in ("mc", "tf")):
            continue
        for name in FIELDS.get(fmt, ("prompt", "answer", "options")):
            value = q[name]
            texts += value if isinstance(value, list) else [value or ""]
    return {m for m in MARKERS if any(m in t for t in texts)}


@pytest.mark.parametrize("deck_name", DECKS)
@pytest.mark.parametrize("fmt", sorted(READERS))
def test_every_format_shows_hostile_text_literally(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   decks: dict[str, Path], deck_name: str, fmt: str) -> None:
    deck = decks[deck_name]
    out = tmp_path / f"export{SUFFIXES[fmt]}"
    capsys.readouterr()
    assert main(["export", fmt, str(deck), "-o", str(out), "--count", "all", "--verbose"]) == 0
    err = capsys.readouterr().err
    skipped = set(re.findall(r"^skipped (\S+): ", err, flags=re.M))
    expected = expected_markers(capsys, deck, fmt, skipped)
    assert expected, "the deck's questions carry no hostile marker: the test would prove nothing"

    reading = READERS[fmt](out, tmp_path)
    shown = "\n".join(reading.text)
    assert reading.interpreted == []
    drop = re.compile(f"[{DROPPED[fmt]}]") if fmt in DROPPED else None
    missing = sorted(m for m in expected if (drop.sub("", m) if drop else m) not in shown)
    assert missing == [], f"{fmt} does not show these literally: {missing}"


def test_the_decks_carry_every_marker(decks: dict[str, Path]) -> None:
    """Every marker is in some deck's fact text (not only in a quote), so some format must show it."""
    text = "".join(decks[name].read_text(encoding="utf-8") for name in DECKS)
    text = text.replace("\\u202e", "\u202e").replace("\\u202c", "\u202c").replace("\\u200f", "\u200f")
    assert [m for m in MARKERS if m not in text] == []
