"""Order, match and numeric questions in every export, read back by each format's own reader: the real
`anki` package renders each card, gift-pegjs and Moodle's GIFT reading, lxml and the QTI profile schema;
a format that cannot hold a form leaves it out with its reason. Same seed, same bytes."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from checkers import VALIDATORS, gift_pegjs, moodle_gift
from formsdeck import write_deck
from lxml import etree

from quizgen.deck import load_deck
from quizgen.export import ExportRequest, get_exporter
from quizgen.questions import generate
from quizgen.questions.model import Question, QuestionType

FORMS = (QuestionType.ORDER, QuestionType.MATCH, QuestionType.NUMERIC)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple:
    deck = load_deck(write_deck(tmp_path_factory.mktemp("forms")))
    questions = [q for q in generate(deck, seed=2) if q.type in FORMS or q.template == "not-party"]
    assert {q.type for q in questions} == {*FORMS, QuestionType.MC}
    return deck, questions


def render(fmt: str, made: tuple, out: Path, **options):
    deck, questions = made
    return get_exporter(fmt).render(ExportRequest((deck,), tuple(questions), out, seed=2, options=options))


def by_type(questions: list[Question]) -> dict[QuestionType, Question]:
    """One of each form; the numeric one is the trade figure ($20.7bn)."""
    return {q.type: q for q in questions if q.type in FORMS and q.fact_id != "sailors"}


def test_anki_renders_each_form_on_a_card(made: tuple, tmp_path: Path) -> None:
    collection = pytest.importorskip("anki.collection")
    out = tmp_path / "f.apkg"
    result = render("anki", made, out)
    assert not result.skipped
    out.write_bytes(result.data)
    col = collection.Collection(str(tmp_path / "c.anki2"))
    try:
        col.import_anki_package(collection.ImportAnkiPackageRequest(
            package_path=str(out), options=collection.ImportAnkiPackageOptions()))
        cards = {col.get_card(c).note()["QuestionId"]: col.get_card(c) for c in col.find_cards("")}
        forms = by_type(made[1])
        order = cards[forms[QuestionType.ORDER].id]
        front, back = order.question(), order.answer()
        for event in forms[QuestionType.ORDER].options:
            assert event in front
        assert "3 March 2023" in back and "3 March 2023" not in front  # dates only on the back, with quotes
        assert "launched a maritime dialogue.</blockquote>" in back
        match = cards[forms[QuestionType.MATCH].id]
        assert "Anthony Albanese" in match.question() and "Australia" in match.question()
        assert "A Anthony Albanese: Australia" in match.answer()
        number = cards[forms[QuestionType.NUMERIC].id]
        assert "Answer in billions of US dollars." in number.question()
        assert "20.65 to 20.75 billion" in number.answer()
        for card in cards.values():
            for side in (card.question(), card.answer()):
                assert "template has a problem" not in side.lower()
        assert not col.get_empty_cards().report
    finally:
        col.close()


def test_gift_holds_match_and_numeric_and_leaves_order_out(made: tuple, tmp_path: Path) -> None:
    result = render("gift", made, tmp_path / "f.txt")
    forms = by_type(made[1])
    assert [s.question_id for s in result.skipped] == [forms[QuestionType.ORDER].id]
    assert result.skipped[0].reason == "GIFT has no ordering questions"
    text = result.data.decode()
    parsed = {q["title"]: q for q in gift_pegjs(text)}
    match = parsed[forms[QuestionType.MATCH].id]
    m = forms[QuestionType.MATCH]
    assert match["type"] == "Matching"
    assert {(p["subquestion"]["text"], p["subanswer"]) for p in match["matchPairs"]} == {
        (item, m.options[k]) for item, k in zip(m.items, m.key, strict=True)}
    numeric = parsed[forms[QuestionType.NUMERIC].id]
    assert numeric["type"] == "Numerical" and numeric["choices"] == {"type": "range", "number": 20.7, "range": 0.05}
    moodle = {q["name"]: q for q in moodle_gift(text)}
    assert moodle[forms[QuestionType.NUMERIC].id]["answers"] == [(20.7, 0.05)]
    assert moodle[m.id]["qtype"] == "match" and len(moodle[m.id]["pairs"]) == len(m.items)


def test_moodle_xml_ordering_matching_numerical(made: tuple, tmp_path: Path) -> None:
    result = render("moodle-xml", made, tmp_path / "f.xml")
    assert not result.skipped
    root = etree.fromstring(result.data)
    questions = {q.findtext("name/text"): q for q in root.iter("question")}
    forms = by_type(made[1])
    order = questions[forms[QuestionType.ORDER].id]
    o = forms[QuestionType.ORDER]
    assert order.get("type") == "ordering"
    answers = order.findall("answer")
    assert [a.findtext("text") for a in answers] == [o.options[k] for k in o.key]
    assert [a.get("fraction") for a in answers] == ["1", "2", "3"]
    match = questions[forms[QuestionType.MATCH].id]
    m = forms[QuestionType.MATCH]
    assert match.get("type") == "matching"
    assert [(s.findtext("text"), s.findtext("answer/text")) for s in match.findall("subquestion")] == [
        (item, m.options[k]) for item, k in zip(m.items, m.key, strict=True)]
    numeric = questions[forms[QuestionType.NUMERIC].id]
    assert numeric.get("type") == "numerical"
    assert (numeric.findtext("answer/text"), numeric.findtext("answer/tolerance")) == ("20.7", "0.05")
    assert numeric.find("answer").get("fraction") == "100"


def test_qti_matching_and_exact_numeric_valid_and_the_rest_left_out(made: tuple, tmp_path: Path) -> None:
    deck, questions = made
    exact = [q for q in questions if q.type is QuestionType.NUMERIC][0]
    from dataclasses import replace

    exact = replace(exact, id="exact:value:numeric", tolerance="0")
    result = render("qti", (deck, [*questions, exact]), tmp_path / "f.zip")
    forms = by_type(questions)
    reasons = {s.question_id: s.reason for s in result.skipped}
    assert reasons[forms[QuestionType.ORDER].id] == "Canvas quizzes (QTI 1.2) have no ordering questions"
    assert "no number ranges" in reasons[forms[QuestionType.NUMERIC].id]
    schema = etree.XMLSchema(etree.parse(str(VALIDATORS / "qti" / "ccv1p1_qtiasiv1p2p1_v1p0.xsd")))
    with zipfile.ZipFile(io.BytesIO(result.data)) as z:
        name = next(n for n in z.namelist() if n.count("/") == 1 and "meta" not in n)
        doc = etree.fromstring(z.read(name))
    assert schema.validate(doc), schema.error_log
    ns = {"q": "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"}
    items = {i.get("title"): i for i in doc.iterfind(".//q:item", ns)}
    m = forms[QuestionType.MATCH]
    match = items[m.id]
    lids = match.findall(".//q:response_lid", ns)
    assert [lid.findtext("q:material/q:mattext", namespaces=ns) for lid in lids] == list(m.items)
    labels = {lab.get("ident"): lab.findtext(".//q:mattext", namespaces=ns)
              for lab in lids[0].iterfind(".//q:response_label", ns)}
    pairs = {v.get("respident"): labels[v.text] for v in match.iterfind(".//q:varequal", ns)}
    assert pairs == {f"response_{i + 1}": m.options[k] for i, k in enumerate(m.key)}
    number = items["exact:value:numeric"]
    assert number.findtext(".//q:varequal", namespaces=ns) == "20.7"


@pytest.mark.parametrize(("fmt", "suffix", "reason"), [
    ("kahoot", ".xlsx", "Kahoot's spreadsheet import has no ordering questions"),
    ("blooket", ".csv", "Blooket's spreadsheet import has no ordering questions"),
    ("quizlet", ".txt", "a Quizlet card has one term and one definition: no ordering questions"),
])
def test_formats_that_cannot_hold_a_form_say_why(made: tuple, tmp_path: Path, fmt: str, suffix: str,
                                                  reason: str) -> None:
    result = render(fmt, made, tmp_path / f"f{suffix}")
    order = by_type(made[1])[QuestionType.ORDER].id
    assert {s.question_id: s.reason for s in result.skipped}[order] == reason
    assert result.count >= 1  # the NOT question is a multiple choice: every one of them holds it


def test_worksheet_lists_items_and_keys_them(made: tuple, tmp_path: Path) -> None:
    result = render("worksheet", made, tmp_path / "f.html")
    assert not result.skipped
    html = result.data.decode()
    forms = by_type(made[1])
    o = forms[QuestionType.ORDER]
    sheet, key = html.split('<section class="key">')
    for event in o.options:
        assert event in sheet
    assert "3 March 2023" not in sheet and "3 March 2023" in key
    assert "".join(str(k + 1) for k in o.key) in key
    assert "Accept 20.65 to 20.75 billion" in key and "Anthony Albanese" in sheet


@pytest.mark.parametrize(("fmt", "suffix"), [("anki", ".apkg"), ("gift", ".txt"), ("moodle-xml", ".xml"),
                                             ("qti", ".zip"), ("worksheet", ".html")])
def test_same_seed_same_bytes(made: tuple, tmp_path: Path, fmt: str, suffix: str) -> None:
    deck = load_deck(deck_path := Path(made[0].path))
    assert deck_path.exists()
    again = [q for q in generate(deck, seed=2) if q.type in FORMS or q.template == "not-party"]
    assert render(fmt, made, tmp_path / f"a{suffix}", modified=1).data == \
        render(fmt, (deck, again), tmp_path / f"b{suffix}", modified=1).data if fmt == "anki" else \
        render(fmt, made, tmp_path / f"a{suffix}").data == render(fmt, (deck, again), tmp_path / f"b{suffix}").data
