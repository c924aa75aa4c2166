"""Drive the quiz with Textual's Pilot: every question type, right and wrong; what shows, what is stored."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from quizdata import CLOZE, MC, T0, TF, TYPED
from textual.widgets import Input, Static

from quizgen.progress import DB_NAME, ProgressStore
from quizgen.scheduling import Rating
from tui.screens import DeckPickerScreen, QuizScreen, ResultsScreen
from tui.widgets import DeckList, FeedbackView, QuestionView


def shown(app, selector: str | type) -> str:
    """The plain text a Static (or the question view) shows."""
    return str(app.screen.query_one(selector).render())


def feedback(app) -> str:
    return str(app.screen.query_one(FeedbackView).render())


def hint(app) -> str:
    """The line under the feedback: when the question comes back, and the keys that go on."""
    return str(app.screen.query_one("#next-hint", Static).render())


def reviews(data_dir: Path) -> list[tuple[str, int, str, str]]:
    db = sqlite3.connect(data_dir / DB_NAME)
    rows = db.execute("SELECT question_id, rating, verdict, due_after FROM reviews ORDER BY id").fetchall()
    db.close()
    return rows


async def ready(pilot) -> None:
    """The deck screen is up and the questions (made in a worker thread) are ready."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def start(pilot) -> None:
    await ready(pilot)
    assert isinstance(pilot.app.screen, DeckPickerScreen)
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, QuizScreen)


async def test_deck_screen_shows_title_facts_and_counts(build) -> None:
    app = build()
    async with app.run_test() as pilot:
        await ready(pilot)
        row = app.screen.query_one(DeckList).row_text(0)
        assert row == ["Tiny [bold]deck[/bold]", "1", "4", "0", "0", "0"]  # markup shown as written


async def test_all_four_types_right_then_results(build, data_dir: Path, clock) -> None:
    app = build()
    async with app.run_test() as pilot:
        await start(pilot)
        session = app.session
        assert [q.id for q in session.items] == [MC.id, TF.id, CLOZE.id, TYPED.id]
        assert "Question 1 of 4" in shown(app, "#progress")
        await pilot.press("2")  # To Lam
        await pilot.pause()
        text = feedback(app)
        assert "✓ Right" in text and "Answer: To Lam" in text
        assert "President To Lam." in text and "Putin in [Hanoi], 20 June 2024" in text
        assert "Score 1/1" in shown(app, "#progress")
        await pilot.press("enter")
        await pilot.press("t")
        await pilot.pause()
        assert "✓ Right" in feedback(app) and "[pact]" in feedback(app)
        await pilot.press("enter")
        await pilot.pause()
        assert "_____" in shown(app, QuestionView)
        await pilot.press(*"$3.5bn", "enter")
        await pilot.pause()
        assert "✓ Right" in feedback(app) and "Answer: $3.5 billion" in feedback(app)
        await pilot.press("enter")
        await pilot.press(*"putin", "enter")
        await pilot.pause()
        assert "surname accepted" in feedback(app) or "✓ Right" in feedback(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        assert "4 of 4 right (100%)" in shown(app, "#results-summary")
        assert "Nothing missed" in shown(app, "#results-missed")
    rows = reviews(data_dir)
    assert [r[0] for r in rows] == [MC.id, TF.id, CLOZE.id, TYPED.id]
    assert all(r[1] == Rating.Good for r in rows)
    assert all(r[3] > "2024-06-20T09:00:00" for r in rows)  # due in the future


async def test_wrong_answers_show_the_answer_and_can_be_reviewed(build, data_dir: Path) -> None:
    app = build()
    async with app.run_test() as pilot:
        await start(pilot)
        await pilot.press("1")  # Xi Jinping: wrong
        await pilot.pause()
        text = feedback(app)
        assert "✗ Wrong" in text and "Answer: To Lam" in text and "you said: Xi Jinping" in text
        assert app.screen.query_one(FeedbackView).has_class("-wrong")
        await pilot.press("enter", "f")  # wrong
        await pilot.pause()
        assert "✗ Wrong" in feedback(app)
        await pilot.press("enter", *"4 billion", "enter")
        await pilot.pause()
        assert "✗ Wrong" in feedback(app) and "Answer: $3.5 billion" in feedback(app)
        await pilot.press("enter", *"Vladimir Ptuin", "enter")  # one typo in a long name
        await pilot.pause()
        assert "typo" in feedback(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        assert "1 of 4 right (25%)" in shown(app, "#results-summary")
        missed = shown(app, "#results-missed")
        assert "Who is President of Vietnam?" in missed and "To Lam" in missed
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        assert [q.id for q in app.session.items] == [MC.id, TF.id, CLOZE.id]
        await pilot.press("2")
        await pilot.pause()
        assert "✓ Right" in feedback(app)
    ratings = [(r[0], r[1], r[2]) for r in reviews(data_dir)]
    assert ratings[:4] == [(MC.id, Rating.Again, "wrong"), (TF.id, Rating.Again, "wrong"),
                           (CLOZE.id, Rating.Again, "wrong"), (TYPED.id, Rating.Hard, "lenient")]
    assert ratings[4] == (MC.id, Rating.Good, "correct")


async def test_mc_arrows_and_enter(build, data_dir: Path) -> None:
    app = build()
    async with app.run_test() as pilot:
        await start(pilot)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert "✓ Right" in feedback(app)
    assert reviews(data_dir)[0][1] == Rating.Good


async def test_second_run_shows_the_card_as_not_due(build, data_dir: Path, clock) -> None:
    app = build()
    async with app.run_test() as pilot:
        await start(pilot)
        await pilot.press("2")
        await pilot.pause()
    clock.tick(minutes=1)
    again = build()
    async with again.run_test() as pilot:
        await ready(pilot)
        row = again.screen.query_one(DeckList).row_text(0)
        assert row[2:] == ["3", "1", "0", "0"]  # new, learning (seen a minute ago), due, learned
        await pilot.press("enter")
        await pilot.pause()
        assert MC.id not in [q.id for q in again.session.items]
    with ProgressStore(data_dir / DB_NAME) as store:
        assert store.cards("tiny")[MC.id].due > clock()


async def test_quitting_mid_quiz_keeps_every_committed_answer(build, data_dir: Path) -> None:
    app = build()
    async with app.run_test() as pilot:
        await start(pilot)
        await pilot.press("2")
        await pilot.pause()
        await pilot.press("enter", "t")
        await pilot.pause()
        assert len(reviews(data_dir)) == 2  # committed before the feedback shows
        await pilot.press("enter", *"3.5", "ctrl+c")  # quit while typing: the unsent answer is not an answer
        await pilot.pause()
    assert [r[0] for r in reviews(data_dir)] == [MC.id, TF.id]


async def test_q_quits_and_progress_survives(build, data_dir: Path) -> None:
    app = build()
    async with app.run_test() as pilot:
        await start(pilot)
        await pilot.press("3", "q")
        await pilot.pause()
    assert app.return_code == 0
    assert [r[0] for r in reviews(data_dir)] == [MC.id]


async def test_easy_key_for_a_quick_exact_typed_answer(build, data_dir: Path) -> None:
    app = build()
    async with app.run_test() as pilot:
        await start(pilot)
        await pilot.press("2", "enter", "t", "enter", *"3.5 billion", "enter")
        await pilot.pause()
        assert "Enter: next question" in hint(app) and "e: that was easy" in hint(app)
        await pilot.press("e")
        await pilot.pause()
        assert hint(app).startswith("Marked easy. Next review: in ") and "e: that was easy" not in hint(app)
    assert reviews(data_dir)[2][1] == Rating.Easy


async def test_empty_typed_answer_is_not_submitted(build, data_dir: Path) -> None:
    app = build()
    async with app.run_test() as pilot:
        await start(pilot)
        await pilot.press("2", "enter", "t", "enter", "enter")
        await pilot.pause()
        assert app.screen.query_one(Input).value == ""
        assert not app.screen.query_one(FeedbackView).display
    assert len(reviews(data_dir)) == 2


async def test_footer_keys_follow_the_question(build) -> None:
    app = build()
    async with app.run_test() as pilot:
        await start(pilot)
        keys = {b.binding.action for b in app.screen.active_bindings.values() if b.enabled}
        assert "choose(0)" in keys and "true_false(True)" not in keys and "next" not in keys
        await pilot.press("2")
        await pilot.pause()
        keys = {b.binding.action for b in app.screen.active_bindings.values() if b.enabled}
        assert "next" in keys and "choose(0)" not in keys
        ids = {b.binding.id for b in app.screen.active_bindings.values()}
        assert {"quit", "help", "next-question"} <= ids


async def test_help_dialog_and_nothing_due_message(build, clock) -> None:
    from tui.dialogs import HelpDialog

    app = build()
    async with app.run_test(notifications=True) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DeckPickerScreen)
    clock.now = T0
    one = build(new_limit=0)
    async with one.run_test(notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(one.screen, DeckPickerScreen)
        assert any("Nothing to study" in (n.title or "") for n in one._notifications)


async def test_broken_deck_shows_an_error_dialog(tmp_path: Path, data_dir: Path, clock) -> None:
    from tui import make_app
    from tui.dialogs import ErrorDialog

    bad = tmp_path / "bad.yaml"
    bad.write_text("id: Not A Slug\ntitle: [x\n", encoding="utf-8")
    app = make_app([bad], data_dir=data_dir, clock=clock)
    async with app.run_test() as pilot:
        await ready(pilot)
        assert app.screen.query_one(DeckList).row_text(0)[:2] == ["bad.yaml", "error"]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ErrorDialog)
        assert "bad.yaml" in str(app.screen.query_one("#error-text", Static).render())
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DeckPickerScreen)


async def test_small_and_wide_terminals(build) -> None:
    for size in ((80, 24), (160, 50)):
        app = build()
        async with app.run_test(size=size) as pilot:
            await start(pilot)
            await pilot.press("1" if app.session.current is MC else "t")  # the 2nd run starts at TF
            await pilot.pause()
            assert "Putin in [Hanoi]" in feedback(app)
            assert app.screen.query_one(FeedbackView).region.height > 0


async def test_enter_before_questions_are_ready_starts_when_they_are(build) -> None:
    app = build()
    async with app.run_test() as pilot:
        await pilot.press("enter")  # maybe before the worker is done: the quiz opens when it is
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)


async def test_engine_failure_is_an_error_dialog_not_a_crash(build) -> None:
    from tui.dialogs import ErrorDialog

    def broken(deck):
        raise RuntimeError("boom")

    app = build(questions_for=broken)
    async with app.run_test() as pilot:
        await ready(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ErrorDialog)
        assert "boom" in str(app.screen.query_one("#error-text", Static).render())


def test_source_sentence_highlights_just_the_answer() -> None:
    from quizdata import SRC_TRADE

    from tui.widgets.feedback import source_text

    text = source_text(CLOZE)
    assert text.style == ""  # no style leaks over the whole text
    marked = [text.plain[s.start:s.end] for s in text.spans if "reverse" in str(s.style)]
    assert marked == ["$3.5 billion"]
    assert SRC_TRADE.title in text.plain and "20 June 2024" in text.plain


async def test_feedback_says_when_the_question_comes_back_in_plain_words(build) -> None:
    app = build()
    async with app.run_test() as pilot:
        await start(pilot)
        await pilot.press("1")  # wrong
        await pilot.pause()
        said = feedback(app) + "\n" + hint(app)
        assert "Next review: in about a minute." in hint(app)
        for jargon in ("Rated", "again", "Again", "FSRS"):
            assert jargon not in said
        await pilot.press("enter", "t")  # right
        await pilot.pause()
        assert hint(app).startswith("Next review: in 10 minutes.") and "Enter: next question" in hint(app)


def test_review_times_read_as_a_student_would_say_them() -> None:
    from datetime import timedelta

    from tui.widgets.feedback import when

    cases = {timedelta(seconds=59): "in about a minute", timedelta(minutes=10): "in 10 minutes",
             timedelta(hours=1): "in 1 hour", timedelta(hours=5): "in 5 hours", timedelta(days=1.6): "in 2 days",
             timedelta(days=1.5): "in 2 days", timedelta(days=90): "in about 3 months",
             timedelta(days=800): "in about 2 years"}
    assert {d: when(T0 + d, T0) for d in cases} == cases


async def test_the_key_hint_stays_on_screen_after_a_long_source_sentence_at_80x24(build) -> None:
    from dataclasses import replace

    from tui.widgets import KeyBar

    long_quote = " ".join(["Trade reached $3.5 billion in 2022, officials said, after years of talks on energy, "
                           "arms, tourism and the rail link between the two capitals."] * 8)
    cloze = replace(CLOZE, source=replace(CLOZE.source, quote=long_quote))
    app = build(questions_for=lambda deck: [cloze])
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot)
        await pilot.press(*"$3.5 billion", "enter")  # right, exact and quick: Easy is offered too
        await pilot.pause(0.1)
        assert app.screen.query_one(FeedbackView).virtual_region.height > 20  # more than fits
        shown = app.screen.query_one("#next-hint", Static)
        bar = app.screen.query_one(KeyBar)
        screen = app.screen.region
        assert shown.region.height > 0 and screen.contains_region(shown.region)
        assert screen.contains_region(bar.region) and not shown.region.overlaps(bar.region)
        assert "Enter: next question" in hint(app) and "e: that was easy" in hint(app)
