"""Quizlet text: no spec exists, so the check is the split Quizlet's importer does (lines, then one tab)."""

from __future__ import annotations

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

from quizgen.export import quizlet
from quizgen.export.textsafe import clean_text
from quizgen.questions.model import QuestionType


def _cards(data: bytes) -> list[tuple[str, str]]:
    text = data.decode("utf-8")
    if not text:
        return []
    assert text.endswith("\n") and "\r" not in text
    cards = []
    for line in text.split("\n")[:-1]:
        parts = line.split("\t")
        assert len(parts) == 2, line
        term, definition = parts
        assert term.strip() and definition.strip()
        cards.append((term, definition))
    return cards


def _check(questions, data: bytes):
    cards = _cards(data)
    assert len(cards) == len(questions)
    for q, (term, definition) in zip(questions, cards, strict=True):
        assert term == clean_text(q.prompt)
        assert definition == clean_text(q.answer)


@pytest.mark.parametrize("maker", [plain_questions, hostile_questions])
def test_split_reads_back_every_card(maker):
    questions = maker()
    result = quizlet.render(request_for(questions))
    assert result.skipped == () and result.count == len(questions)
    _check(questions, result.data)


def test_tabs_and_newlines_replaced_and_empty_sides_skipped():
    tabby = make_question("tab:x:typed", QuestionType.TYPED, "a\tb\nc\r\nd", "e\tf\u2028g")
    empty = make_question("empty:x:typed", QuestionType.TYPED, "Question?", " \t\n")
    blank = make_question("blank:x:typed", QuestionType.TYPED, "\n\t", "answer")
    result = quizlet.render(request_for([tabby, empty, blank]))
    assert _cards(result.data) == [("a b c d", "e f g")]
    assert [s.question_id for s in result.skipped] == ["empty:x:typed", "blank:x:typed"]


def test_deterministic():
    assert quizlet.render(request_for(hostile_questions())).data == quizlet.render(
        request_for(hostile_questions())
    ).data


@pytest.mark.parametrize("index", GENERATED_SETS)
def test_generated_decks_round_trip(index):
    questions = deck_question_sets()[index]
    result, written = render_written(quizlet.render, questions)
    _check(written, result.data)


@nasty_settings
@nasty_texts
def test_any_text_round_trips_or_is_listed(texts):
    questions = nasty_questions(texts)
    result, written = render_written(quizlet.render, questions)
    _check(written, result.data)
