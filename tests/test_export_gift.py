"""GIFT export, read back by gift-pegjs (node) and by a port of Moodle's own importer."""

from __future__ import annotations

import html

import pytest
from checkers import (
    GENERATED_SETS,
    deck_question_sets,
    gift_pegjs,
    hostile_questions,
    make_question,
    moodle_gift,
    moodle_unwildcard,
    nasty_questions,
    nasty_settings,
    nasty_texts,
    plain_questions,
    request_for,
)
from hypothesis import example

from quizgen.export import gift
from quizgen.export.textsafe import clean_text, source_line
from quizgen.questions.model import QuestionType

ALL_SETS = {"plain": plain_questions, "hostile": hostile_questions}


def _render(questions):
    result = gift.render(request_for(questions))
    return result, result.data.decode("utf-8")


def _check_pegjs(questions, parsed):
    assert len(parsed) == len(questions)
    for q, p in zip(questions, parsed, strict=True):
        assert p["title"] == q.id
        assert p["id"] is None and p["tags"] is None  # a "[id:" or "[tag:" in a source stays a comment
        assert html.unescape(p["stem"]["text"]) == clean_text(q.prompt)
        assert html.unescape(p["globalFeedback"]["text"]) == source_line(q)
        if q.type is QuestionType.MC:
            assert p["type"] == "MC"
            choices = p["choices"]
            assert [html.unescape(c["text"]["text"]) for c in choices] == [clean_text(o) for o in q.options]
            assert [c["isCorrect"] for c in choices] == [o == q.answer for o in q.options]
        elif q.type is QuestionType.TF:
            assert p["type"] == "TF"
            assert p["isTrue"] is (q.answer == "True")
        else:
            assert p["type"] == "Short"
            assert all(c["isCorrect"] for c in p["choices"])
            got = [moodle_unwildcard(c["text"]["text"]) for c in p["choices"]]
            assert got == list(dict.fromkeys(clean_text(a) for a in q.accepted_spellings))


def _check_moodle(questions, parsed):
    assert len(parsed) == len(questions)
    for q, m in zip(questions, parsed, strict=True):
        assert m["name"] == q.id
        assert m["format"] == "html"
        assert html.unescape(m["text"]) == clean_text(q.prompt)
        assert html.unescape(m["feedback"]) == source_line(q)
        if q.type is QuestionType.MC:
            assert m["qtype"] == "multichoice"
            assert [html.unescape(a) for a, _ in m["answers"]] == [clean_text(o) for o in q.options]
            assert [f for _, f in m["answers"]] == [1.0 if o == q.answer else 0.0 for o in q.options]
        elif q.type is QuestionType.TF:
            assert m["qtype"] == "truefalse"
            assert m["correct"] is (q.answer == "True")
        else:
            assert m["qtype"] == "shortanswer"
            assert [moodle_unwildcard(a) for a, _ in m["answers"]] == list(
                dict.fromkeys(clean_text(a) for a in q.accepted_spellings)
            )
            assert all(f == 1.0 for _, f in m["answers"])


@pytest.mark.parametrize("which", sorted(ALL_SETS))
def test_gift_pegjs_reads_back_every_question(which):
    questions = ALL_SETS[which]()
    result, text = _render(questions)
    assert result.skipped == ()
    assert result.count == len(questions)
    _check_pegjs(questions, gift_pegjs(text))


@pytest.mark.parametrize("which", sorted(ALL_SETS))
def test_moodle_importer_reads_back_every_question(which):
    questions = ALL_SETS[which]()
    _, text = _render(questions)
    _check_moodle(questions, moodle_gift(text))


def test_layout_titles_comments_blank_lines():
    _, text = _render(plain_questions())
    blocks = text.rstrip("\n").split("\n\n")
    assert len(blocks) == len(plain_questions())
    for block, q in zip(blocks, plain_questions(), strict=True):
        lines = block.split("\n")
        assert lines[0] == "// quizgen question " + gift.escape(q.id)
        assert lines[1].startswith("// source: ")
        assert lines[2].startswith("::" + gift.escape(q.id) + "::")
        assert all(line.strip() for line in lines)
    assert "{T\n" in text and "{F\n" in text


def test_escape_backslash_first():
    assert gift.escape("a\\:b") == "a\\\\\\:b"
    assert gift.escape("~=#{}:") == "\\~\\=\\#\\{\\}\\:"


def test_deterministic():
    first = gift.render(request_for(hostile_questions())).data
    assert first == gift.render(request_for(hostile_questions())).data


def test_unfit_questions_are_listed_not_written():
    bad = [
        make_question("one-option:x:mc", QuestionType.MC, "Pick", "a", options=("a",)),
        make_question("dup:x:mc", QuestionType.MC, "Pick", "a", options=("a", "a ", "b")),
        make_question("arrow:x:typed", QuestionType.TYPED, "Type", "a -> b"),
        make_question("marker:x:typed", QuestionType.TYPED, "Type", "[html]x"),
        make_question("empty:x:typed", QuestionType.TYPED, "  ", "x"),
    ]
    result, text = _render([*bad, *plain_questions()])
    assert [s.question_id for s in result.skipped] == [q.id for q in bad]
    assert all(s.reason for s in result.skipped)
    assert result.count == len(plain_questions())
    _check_pegjs(plain_questions(), gift_pegjs(text))


def test_a_refused_alias_is_named_as_an_alias():
    """An alias GIFT cannot carry is not "the answer": the reason names what the deck has to change."""
    alias = make_question("alias:x:typed", QuestionType.TYPED, "Type", "Hanoi", aliases=("Ha -> Noi",))
    answer = make_question("answer:x:typed", QuestionType.TYPED, "Type", "Ha -> Noi")
    reasons = {s.question_id: (s.reason, s.summary) for s in gift.render(request_for([alias, answer])).skipped}
    assert reasons["alias:x:typed"][0] == ("the accepted alias 'Ha -> Noi' contains '->', "
                                           "which makes Moodle read a matching question")
    assert reasons["answer:x:typed"][0].startswith("the answer 'Ha -> Noi' contains '->'")
    assert reasons["alias:x:typed"][1] == reasons["answer:x:typed"][1]  # one line in the export's report


@pytest.mark.parametrize("index", GENERATED_SETS)
def test_generated_decks_round_trip(index):
    questions = deck_question_sets()[index]
    result, text = _render(questions)
    written = [q for q in questions if q.id not in {s.question_id for s in result.skipped}]
    _check_pegjs(written, gift_pegjs(text))
    _check_moodle(written, moodle_gift(text))


@nasty_settings
@nasty_texts
@example(texts=["-\u0301>"])  # its spelling without the accent is "->", which Moodle reads as a matching question
def test_any_text_round_trips_or_is_listed(texts):
    questions = nasty_questions(texts)
    result, text = _render(questions)
    skipped = {s.question_id for s in result.skipped}
    written = [q for q in questions if q.id not in skipped]
    assert result.count == len(written)
    for s in result.skipped:  # only for a reason the format really has
        assert s.reason
    if written:
        _check_pegjs(written, gift_pegjs(text))
        _check_moodle(written, moodle_gift(text))
