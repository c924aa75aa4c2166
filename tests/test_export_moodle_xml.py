"""Moodle XML export, read back with lxml and checked the way Moodle's importer would use it.

There is no official schema: the structural checks here are the ones Moodle has been seen to get
wrong silently (half-imported XML, a multiple choice with no right answer, truefalse with both or
neither answer right).
"""

from __future__ import annotations

import html

import pytest
from checkers import (
    GENERATED_SETS,
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
from hypothesis import example
from lxml import etree

from quizgen.export import moodle_xml
from quizgen.export.textsafe import clean_text, source_line
from quizgen.questions.model import QuestionType

ALL_SETS = {"plain": plain_questions, "hostile": hostile_questions}
QTYPE = {QuestionType.MC: "multichoice", QuestionType.TF: "truefalse"}


def _parse(data: bytes) -> etree._Element:
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    # A strict parser: no recovery, so a half-broken file fails here instead of half-importing.
    return etree.fromstring(data, etree.XMLParser(recover=False, resolve_entities=False))


def _text(el, path: str) -> str:
    found = el.find(path)
    assert found is not None, path
    return found.text or ""


def _check(questions, root):
    assert root.tag == "quiz"
    items = root.findall("question")
    assert items[0].get("type") == "category"
    assert _text(items[0], "category/text").startswith("$course$/top/")
    items = items[1:]
    assert len(items) == len(questions)
    for q, el in zip(questions, items, strict=True):
        assert el.get("type") == QTYPE.get(q.type, "shortanswer")
        assert _text(el, "name/text") == q.id
        assert el.find("questiontext").get("format") == "html"
        assert html.unescape(_text(el, "questiontext/text")) == clean_text(q.prompt)
        assert html.unescape(_text(el, "generalfeedback/text")) == source_line(q)
        answers = el.findall("answer")
        fractions = [a.get("fraction") for a in answers]
        texts = [_text(a, "text") for a in answers]
        if q.type is QuestionType.MC:
            assert _text(el, "single") == "true"
            assert _text(el, "shuffleanswers") == "1"
            assert [html.unescape(t) for t in texts] == [clean_text(o) for o in q.options]
            assert fractions == ["100" if o == q.answer else "0" for o in q.options]
            assert fractions.count("100") == 1
        elif q.type is QuestionType.TF:
            assert texts == ["true", "false"]
            assert fractions.count("100") == 1
            assert fractions[texts.index(q.answer.lower())] == "100"
        else:
            expected = list(dict.fromkeys(clean_text(a) for a in q.accepted_spellings))
            assert [t.replace("\\*", "*") for t in texts] == expected
            assert set(fractions) == {"100"}


@pytest.mark.parametrize("which", sorted(ALL_SETS))
def test_lxml_reads_back_every_question(which):
    questions = ALL_SETS[which]()
    result = moodle_xml.render(request_for(questions))
    assert result.skipped == ()
    assert result.count == len(questions)
    _check(questions, _parse(result.data))


def test_cdata_split_keeps_terminator_text():
    assert moodle_xml.cdata("a]]>b") == "<![CDATA[a]]]]><![CDATA[>b]]>"
    root = etree.fromstring(("<t>" + moodle_xml.cdata("x]]>y]]>") + "</t>").encode())
    assert root.text == "x]]>y]]>"


def test_category_title_with_slash():
    result = moodle_xml.render(request_for(plain_questions(), title="News / week 3"))
    root = _parse(result.data)
    assert _text(root, "question/category/text") == "$course$/top/News // week 3"


def test_deterministic_and_skips_listed():
    bad = make_question("no-answer:x:mc", QuestionType.MC, "Pick", "z", options=("a", "b"))
    first = moodle_xml.render(request_for([bad, *hostile_questions()]))
    assert first.data == moodle_xml.render(request_for([bad, *hostile_questions()])).data
    assert [s.question_id for s in first.skipped] == [bad.id]
    _check(hostile_questions(), _parse(first.data))


@pytest.mark.parametrize("index", GENERATED_SETS)
def test_generated_decks_round_trip(index):
    questions = deck_question_sets()[index]
    result, written = render_written(moodle_xml.render, questions)
    _check(written, _parse(result.data))


@nasty_settings
@nasty_texts
@example(texts=["\x00\u0301"])  # a lone accent after a control character: its plain spelling is nothing to type
def test_any_text_round_trips_or_is_listed(texts):
    questions = nasty_questions(texts)
    result, written = render_written(moodle_xml.render, questions)
    _check(written, _parse(result.data))
