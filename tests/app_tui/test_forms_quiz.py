"""The quiz with order, match and numeric questions (quizgen/questions/forms*.py), driven by Textual's
Pilot: each answered right and wrong, the right answer shown with each item's source, what is stored."""

from __future__ import annotations

from pathlib import Path

from quizdata import SRC_LAM, SRC_PACT, SRC_TRADE
from test_quiz_flow import feedback, reviews, shown, start

from quizgen.questions.model import AnswerKind, Question, QuestionType
from tui.widgets import QuestionView

ORDER = Question(
    id="_timeline:events:order", deck_id="tiny", fact_id="_timeline", fact_kind="date", type=QuestionType.ORDER,
    template="events", prompt="Put these events in order, earliest first.",
    answer="Trade reached $3.5 billion \u2192 Russia and North Korea signed a pact \u2192 Putin met To Lam",
    answer_kind=AnswerKind.TEXT, source=SRC_TRADE,
    options=("Putin met To Lam", "Trade reached $3.5 billion", "Russia and North Korea signed a pact"),
    key=(1, 2, 0), item_sources=(SRC_LAM, SRC_TRADE, SRC_PACT), item_values=("2024-06-20", "2022", "2024-06-19"),
    facts=("trade", "pact", "to-lam"))
MATCH = Question(
    id="_leaders:countries:match", deck_id="tiny", fact_id="_leaders", fact_kind="leader", type=QuestionType.MATCH,
    template="countries", prompt="Match each person to the country whose office they held in June 2024.",
    answer="To Lam \u2192 Vietnam; Kim Jong Un \u2192 North Korea; Vladimir Putin \u2192 Russia",
    answer_kind=AnswerKind.TEXT, source=SRC_LAM, items=("To Lam", "Kim Jong Un", "Vladimir Putin"),
    options=("Russia", "Vietnam", "North Korea"), key=(1, 2, 0), item_sources=(SRC_LAM, SRC_PACT, SRC_PACT),
    facts=("to-lam", "kim", "putin"))
NUMERIC = Question(
    id="trade:value:numeric", deck_id="tiny", fact_id="trade", fact_kind="figure", type=QuestionType.NUMERIC,
    template="value", prompt="What was trade in 2022? Answer in billions of US dollars.", answer="$3.5 billion",
    answer_kind=AnswerKind.NUMBER, source=SRC_TRADE, value="3500000000", unit="USD", tolerance="50000000",
    scale="billion")


def forms_for(deck) -> list[Question]:
    return [ORDER, MATCH, NUMERIC]


async def answer(pilot, text: str) -> None:
    for key in text:
        await pilot.press("space" if key == " " else key)
    await pilot.press("enter")
    await pilot.pause()


async def test_each_form_answered_right_shows_its_key_with_sources(build, data_dir: Path) -> None:
    app = build(questions_for=forms_for)
    async with app.run_test(size=(110, 50)) as pilot:
        await start(pilot)
        view = shown(app, QuestionView)
        assert "Put in order" in view and " 1   Putin met To Lam" in view
        await answer(pilot, "231")
        text = feedback(app)
        assert "✓ Right" in text and "Answer: 231" in text
        assert "1. 2022: Trade reached $3.5 billion" in text and "“Trade reached $3.5 billion in 2022.”" in text
        await pilot.press("enter")
        await pilot.pause()
        view = shown(app, QuestionView)
        assert "Match" in view and " A   To Lam" in view and " 3   North Korea" in view
        await answer(pilot, "c1 a2 b3")
        assert "✓ Right" in feedback(app) and "A To Lam: Vietnam" in feedback(app)
        await pilot.press("enter")
        await pilot.pause()
        assert "Type a number" in shown(app, QuestionView)
        await answer(pilot, "3.5")
        assert "✓ Right" in feedback(app) and "Answer: $3.5 billion" in feedback(app)
    assert [(qid, verdict) for qid, _, verdict, _ in reviews(data_dir)] == [
        ("_timeline:events:order", "correct"), ("_leaders:countries:match", "correct"),
        ("trade:value:numeric", "correct")]


async def test_each_form_answered_wrong_says_how_far_off(build, data_dir: Path) -> None:
    app = build(questions_for=forms_for)
    async with app.run_test(size=(110, 50)) as pilot:
        await start(pilot)
        await answer(pilot, "12")  # not an order of three: asked again, nothing stored
        assert reviews(data_dir) == []
        await pilot.press(*["backspace"] * 2)
        await answer(pilot, "123")
        text = feedback(app)
        assert "✗ Wrong" in text and "0 of 3 in the right place" in text and "Answer: 231" in text
        await pilot.press("enter")
        await pilot.pause()
        await answer(pilot, "213")  # A2: To Lam -> Vietnam right, the rest wrong
        assert "✗ Wrong" in feedback(app) and "1 of 3 matched right" in feedback(app)
        await pilot.press("enter")
        await pilot.pause()
        await answer(pilot, "3.6")
        assert "✗ Wrong" in feedback(app)
    assert [verdict for _, _, verdict, _ in reviews(data_dir)] == ["wrong", "wrong", "wrong"]
