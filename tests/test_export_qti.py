"""QTI zip for Canvas: every assessment file validated with lxml against IMS's QTI 1.2.1 profile schema,
every ``varequal`` checked against the response labels, and the text compared with the questions.
"""

from __future__ import annotations

import html
import io
import zipfile
from functools import cache

import pytest
from checkers import (
    GENERATED_SETS,
    VALIDATORS,
    deck_question_sets,
    hostile_questions,
    make_question,
    nasty_questions,
    nasty_settings,
    nasty_texts,
    plain_questions,
    render_written,
    request_for,
)
from lxml import etree

from quizgen.errors import UsageError
from quizgen.export import qti
from quizgen.export.textsafe import clean_text, question_problem, source_line, xml_ident
from quizgen.questions.model import QuestionType

ALL_SETS = {"plain": plain_questions, "hostile": hostile_questions}
NS = {"q": qti.QTI_NS}
CP = {"cp": qti.CP_NS}


@cache
def _schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(VALIDATORS / "qti" / "ccv1p1_qtiasiv1p2p1_v1p0.xsd")))


def _strict(data: bytes) -> etree._Element:
    return etree.fromstring(data, etree.XMLParser(recover=False, resolve_entities=False))


def _open(data: bytes) -> tuple[dict[str, bytes], etree._Element]:
    """The zip's files and its one assessment, after checking the manifest points at what is there."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.testzip() is None
        files = {name: zf.read(name) for name in zf.namelist()}
    manifest = _strict(files["imsmanifest.xml"])
    resources = manifest.findall("cp:resources/cp:resource", CP)
    quiz = [r for r in resources if r.get("type") == "imsqti_xmlv1p2"]
    assert len(quiz) == 1
    ident = quiz[0].get("identifier")
    href = quiz[0].find("cp:file", CP).get("href")
    assert href == f"{ident}/{ident}.xml"
    dep = quiz[0].find("cp:dependency", CP).get("identifierref")
    meta = [r for r in resources if r.get("identifier") == dep]
    assert len(meta) == 1 and meta[0].get("href") == f"{ident}/assessment_meta.xml"
    for resource in resources:
        for f in resource.findall("cp:file", CP):
            assert f.get("href") in files
    meta_root = _strict(files[f"{ident}/assessment_meta.xml"])
    assert meta_root.get("identifier") == ident
    root = _strict(files[href])
    _schema().assertValid(root)
    assessment = root.find("q:assessment", NS)
    assert assessment.get("ident") == ident
    return files, assessment


def _check_varequals(item) -> None:
    """The schema does not: each varequal must name a response, and for choices an existing label."""
    responses = {r.get("ident"): r for r in item.iterfind(".//q:response_lid", NS)}
    responses |= {r.get("ident"): r for r in item.iterfind(".//q:response_str", NS)}
    feedback = {f.get("ident") for f in item.iterfind("q:itemfeedback", NS)}
    for ve in item.iterfind(".//q:varequal", NS):
        response = responses.get(ve.get("respident"))
        assert response is not None, ve.get("respident")
        if response.tag == f"{{{qti.QTI_NS}}}response_lid":
            labels = {lab.get("ident") for lab in response.iterfind(".//q:response_label", NS)}
            assert ve.text in labels
    for df in item.iterfind(".//q:displayfeedback", NS):
        assert df.get("linkrefid") in feedback


def _meta(item) -> dict[str, str]:
    return {
        f.findtext("q:fieldlabel", namespaces=NS): f.findtext("q:fieldentry", namespaces=NS)
        for f in item.iterfind("q:itemmetadata/q:qtimetadata/q:qtimetadatafield", NS)
    }


def _div(text: str) -> str:
    assert text.startswith("<div>") and text.endswith("</div>")
    return html.unescape(text[5:-6])


def _check(questions, assessment) -> None:
    items = assessment.findall("q:section/q:item", NS)
    assert len(items) == len(questions)
    for q, item in zip(questions, items, strict=True):
        _check_varequals(item)
        assert item.get("ident") == xml_ident(q.id)
        assert item.get("title") == q.id
        meta = _meta(item)
        assert meta["question_type"] == qti.CANVAS_TYPES[q.type]
        assert meta["points_possible"] == "1.0"
        assert _div(item.findtext("q:presentation/q:material/q:mattext", namespaces=NS)) == clean_text(q.prompt)
        fb = item.findtext("q:itemfeedback[@ident='general_fb']/q:flow_mat/q:material/q:mattext", namespaces=NS)
        assert _div(fb) == source_line(q)
        scoring = [
            rc for rc in item.iterfind("q:resprocessing/q:respcondition", NS)
            if rc.find("q:setvar", NS) is not None
        ]
        assert len(scoring) == 1 and scoring[0].findtext("q:setvar", namespaces=NS) == "100"
        right = [ve.text for ve in scoring[0].iterfind(".//q:varequal", NS)]
        if q.type in (QuestionType.MC, QuestionType.TF):
            lid = item.find("q:presentation/q:response_lid", NS)
            assert lid.get("rcardinality") == "Single"
            labels = lid.findall("q:render_choice/q:response_label", NS)
            texts = [lab.findtext("q:material/q:mattext", namespaces=NS) for lab in labels]
            assert texts == [clean_text(o) for o in q.options]
            assert right == [labels[q.correct_index].get("ident")]
        else:
            assert item.find("q:presentation/q:response_str", NS) is not None
            assert right == list(dict.fromkeys(clean_text(a) for a in q.accepted_spellings))


@pytest.mark.parametrize("which", sorted(ALL_SETS))
def test_schema_valid_and_reads_back(which):
    questions = ALL_SETS[which]()
    result = qti.render(request_for(questions))
    assert result.skipped == ()
    assert result.count == len(questions)
    _, assessment = _open(result.data)
    _check(questions, assessment)


def test_deterministic_zip_with_fixed_timestamps():
    first = qti.render(request_for(hostile_questions())).data
    assert first == qti.render(request_for(hostile_questions())).data
    with zipfile.ZipFile(io.BytesIO(first)) as zf:
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert zf.namelist()[0] == "imsmanifest.xml"


def test_idents_are_xml_safe_stable_and_distinct():
    ids = ["a:b:mc", "a.b:mc", "a_b:mc", "a:b:mc ", "Tô Lâm:x:mc", "1:2:3"]
    idents = [xml_ident(i) for i in ids]
    assert len(set(idents)) == len(ids)
    for ident in idents:
        etree.fromstring(f'<x id="{ident}"/>')  # usable as an attribute
        assert ident[0].isalpha() and all(c.isalnum() or c in "-._" for c in ident)
    assert xml_ident("a:b:mc") == "q-a.b.mc"


def test_time_limit_and_skips():
    bad = make_question("bad:x:tf", QuestionType.TF, "Statement", "Maybe", options=("True", "False"))
    result = qti.render(request_for([bad, *plain_questions()], time_limit=30))
    assert [s.question_id for s in result.skipped] == [bad.id]
    files, assessment = _open(result.data)
    _check(plain_questions(), assessment)
    meta = next(v for k, v in files.items() if k.endswith("assessment_meta.xml"))
    root = _strict(meta)
    ns = {"c": qti.CANVAS_NS}
    assert root.findtext("c:time_limit", namespaces=ns) == "3"  # 5 questions × 30 s = 2.5 min → 3
    assert root.findtext("c:points_possible", namespaces=ns) == "5.0"


def test_nothing_to_write_is_an_error_not_an_invalid_package():
    bad = make_question("bad:x:mc", QuestionType.MC, "", "a", options=("a", "b"))
    with pytest.raises(UsageError, match="bad:x:mc: the question text is empty"):
        qti.render(request_for([bad]))


@pytest.mark.parametrize("index", GENERATED_SETS)
def test_generated_decks_round_trip(index):
    questions = deck_question_sets()[index]
    result, written = render_written(qti.render, questions)
    _, assessment = _open(result.data)
    _check(written, assessment)


@nasty_settings
@nasty_texts
def test_any_text_round_trips_or_is_listed(texts):
    questions = nasty_questions(texts)
    skipped = {q.id for q in questions if question_problem(q)}
    if len(skipped) == len(questions):
        return
    result = qti.render(request_for(questions))
    assert {s.question_id for s in result.skipped} == skipped
    _, assessment = _open(result.data)
    _check([q for q in questions if q.id not in skipped], assessment)
