"""What the fast paths of the quiz must keep: a deck screen before the decks load, one set of question
widgets for the whole session, focus kept between questions without keys leaking, and a key bar that
follows the question."""

from __future__ import annotations

from pathlib import Path

from quizdata import CLOZE, MC, TF
from textual.widgets import Input

from tui import make_app
from tui.screens import DeckPickerScreen, QuizScreen
from tui.widgets import DeckList, FeedbackView, KeyBar, QuestionView


async def ready(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def start(pilot) -> None:
    await ready(pilot)
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, QuizScreen)


def bar_text(app) -> str:
    return str(app.screen.query_one(KeyBar).render())


async def test_deck_screen_shows_the_files_before_the_decks_load(build, monkeypatch) -> None:
    from tui.app import QuizApp

    monkeypatch.setattr(QuizApp, "_after_first_paint", lambda self: None)  # nothing loads
    app = build()
    async with app.run_test() as pilot:
        await pilot.pause()
        assert isinstance(app.screen, DeckPickerScreen)
        row = app.screen.query_one(DeckList).row_text(0)
        assert row == ["tiny.yaml", "…", "…", "…", "…", "…"]
        assert "Study" in bar_text(app)


async def test_the_question_widgets_stay_mounted_for_the_whole_session(build) -> None:
    app = build()
    async with app.run_test() as pilot:
        await start(pilot)
        screen = app.screen
        widgets = [screen.query_one(QuestionView), screen.query_one(Input),
                   screen.query_one(FeedbackView), screen.query_one(KeyBar)]
        for keys in (("2",), ("enter", "t"), ("enter", *"3.5 billion", "enter"), ("enter",)):
            await pilot.press(*keys)
            await pilot.pause()
            assert [screen.query_one(QuestionView), screen.query_one(Input),
                    screen.query_one(FeedbackView), screen.query_one(KeyBar)] == widgets
        assert app.session.index == 3  # the typed question shows, in the same widgets


async def test_choices_keep_the_focus_but_ignore_their_keys_once_answered(build) -> None:
    app = build()
    async with app.run_test() as pilot:
        await start(pilot)
        choices = app.screen.query_one(QuestionView)  # the options are drawn by the question view
        await pilot.press("2")
        await pilot.pause()
        assert app.screen.focused is choices
        assert choices.highlighted == 1  # the option answered with its number key
        await pilot.press("down")
        await pilot.pause()
        assert choices.highlighted == 1  # arrows do nothing once answered
        await pilot.press("enter")  # Next, not the list's Select
        await pilot.pause()
        assert app.session.current is TF and not app.screen.query_one(FeedbackView).display
        assert app.screen.focused is choices and choices.highlighted == 0


async def test_typed_answer_box_ignores_keys_once_answered(build) -> None:
    app = build()
    async with app.run_test() as pilot:
        await start(pilot)
        await pilot.press("2", "enter", "t", "enter", *"3.5 billion", "enter")
        await pilot.pause()
        box = app.screen.query_one(Input)
        assert app.screen.focused is box and box.value == "3.5 billion"
        await pilot.press("x", "backspace")
        await pilot.pause()
        assert box.value == "3.5 billion"  # no typing into an answered question
        await pilot.press("enter")  # next: the typed question, same box, empty and live again
        await pilot.pause()
        assert app.session.index == 3 and box.value == ""
        await pilot.press(*"Putin")
        assert box.value == "Putin"


async def test_key_bar_follows_the_question(build) -> None:
    app = build()
    async with app.run_test() as pilot:
        await start(pilot)
        bar = app.screen.query_one(KeyBar)
        assert app.session.current is MC
        assert "choose(0)" in bar.shown_actions and "next" not in bar.shown_actions
        assert "1-4 Choose" in bar_text(app) and "palette" in bar_text(app)
        await pilot.press("2")
        await pilot.pause()
        assert "next" in bar.shown_actions and "choose(0)" not in bar.shown_actions
        assert "Next" in bar_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert "true_false(True)" in bar.shown_actions and "t True" in bar_text(app)
        await pilot.press("t", "enter")  # answered; next: the cloze, typed into the answer box
        await pilot.pause()
        assert app.session.current is CLOZE
        assert "submit" in bar.shown_actions and "⏎ Submit" in bar_text(app)
        await pilot.press(*"3.5 billion", "enter")
        await pilot.pause()
        assert "next" in bar.shown_actions and "submit" not in bar.shown_actions and "⏎ Next" in bar_text(app)


async def test_clicking_an_option_answers_with_it(build) -> None:
    app = build()
    async with app.run_test() as pilot:
        await start(pilot)
        view = app.screen.query_one(QuestionView)
        _, rows = view._lines(view.content_size.width)
        top = view.styles.padding.top
        await pilot.click(QuestionView, offset=(8, top + rows[1][0]))  # "To Lam"
        await pilot.pause()
        assert app.screen.query_one(FeedbackView).display and "✓ Right" in str(
            app.screen.query_one(FeedbackView).render())
        assert view.highlighted == 1
        await pilot.click(QuestionView, offset=(8, top + rows[0][0]))  # answered: clicks do nothing
        await pilot.pause()
        assert view.highlighted == 1 and app.session.index == 0


async def test_clicking_a_key_in_the_bar_presses_it(build) -> None:
    from tui.dialogs import HelpDialog

    app = build()
    async with app.run_test() as pilot:
        await ready(pilot)
        text = bar_text(app)
        await pilot.click(KeyBar, offset=(text.index("Help"), 0))
        await pilot.pause()
        assert isinstance(app.screen, HelpDialog)


async def test_enter_on_a_broken_deck_before_it_loads_shows_its_error(tmp_path: Path, data_dir: Path,
                                                                       clock) -> None:
    from tui.dialogs import ErrorDialog

    bad = tmp_path / "bad.yaml"
    bad.write_text("id: Not A Slug\ntitle: [x\n", encoding="utf-8")
    app = make_app([bad], data_dir=data_dir, clock=clock)
    async with app.run_test() as pilot:
        await pilot.press("enter")  # maybe before the deck is read: the error shows once it is
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ErrorDialog)


async def test_a_long_deck_list_scrolls_to_the_highlighted_deck_and_a_click_picks_one(
        tmp_path: Path, deck_path: Path, data_dir: Path, clock) -> None:
    from quizdata import DECK_YAML

    for i in range(30):  # more decks than an 80x24 terminal has lines
        (deck_path.parent / f"d{i:02}.yaml").write_text(
            DECK_YAML.replace("id: tiny", f"id: deck-{i:02}").replace('title: "Tiny', f'title: "{i:02} Tiny'),
            encoding="utf-8")
    app = make_app([deck_path.parent], data_dir=data_dir, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        decks = app.screen.query_one(DeckList)
        assert len(decks.rows) == 31 and decks.region.bottom <= 23  # above the key bar
        shown = lambda: str(decks.render())  # noqa: E731
        assert "29 Tiny" not in shown()
        await pilot.press("end")
        assert decks.cursor == 30 and "Tiny [bold]deck" in shown().splitlines()[-1]  # tiny.yaml sorts last
        await pilot.press("home")
        assert decks.cursor == 0 and "00 Tiny" in shown().splitlines()[1]
        await pilot.click(DeckList, offset=(5, 1 + 3))  # the header, then the fourth row
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen) and app.screen.entry.path.name == "d03.yaml"


async def test_question_view_styles_do_not_depend_on_its_focus(build) -> None:
    """QuestionView skips Textual's restyle on a focus change (tui/widgets/question_view.py): that is only
    right while no CSS rule depends on its focus, which this checks by restyling it both ways."""
    app = build()
    async with app.run_test() as pilot:
        await start(pilot)
        view = app.screen.query_one(QuestionView)
        assert view.has_focus
        app.update_styles(view)
        focused = (view.styles.css, view.get_visual_style("question-view--highlight"))
        app.screen.set_focus(None)
        await pilot.pause()
        assert not view.has_focus
        app.update_styles(view)
        assert (view.styles.css, view.get_visual_style("question-view--highlight")) == focused


async def test_the_next_question_is_made_while_the_feedback_shows(build) -> None:
    """Its text is made ahead after an answer, and is the same as made on the spot."""
    from tui.widgets.question_view import question_content

    app = build()
    async with app.run_test() as pilot:
        await start(pilot)
        view = app.screen.query_one(QuestionView)
        await pilot.press("2")
        await pilot.pause()
        nxt = app.session.items[app.session.index + 1]
        assert view._prepared is not None and view._prepared[0] is nxt
        await pilot.press("enter")
        await pilot.pause()
        assert view._prepared is None and view.question is nxt
        assert view._head == question_content(nxt)


async def test_the_collector_threshold_is_raised_only_while_a_quiz_shows(build) -> None:
    import gc

    from tui.screens.quiz import GC_YOUNG

    before = gc.get_threshold()
    app = build()
    async with app.run_test() as pilot:
        await start(pilot)
        assert gc.get_threshold()[0] >= GC_YOUNG
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DeckPickerScreen)
        assert gc.get_threshold() == before


async def test_key_bar_lines_drawn_before_are_the_lines_it_would_draw_now(build) -> None:
    """The key bar keeps the lines of the sets of keys it showed; they must be what it draws afresh."""
    from textual.visual import Visual

    app = build()
    async with app.run_test() as pilot:
        await start(pilot)
        bar = app.screen.query_one(KeyBar)
        for keys in (("2",), ("enter",), ("t",), ("enter",), ("1",)):
            await pilot.press(*keys)
            await pilot.pause()
            bar._render_content()
            width, height = bar.size
            fresh = Visual.to_strips(bar, bar.render(), width, height, bar.visual_style)
            assert [s.text for s in bar._render_cache.lines] == [s.text for s in fresh]
            assert list(bar._render_cache.lines) == fresh
