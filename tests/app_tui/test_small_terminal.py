"""`quizgen review` at 80x24: both panes, the status line and every key of the key bar on screen; the edit and
add dialogs keep their value, their error and their hint on screen."""

from __future__ import annotations

from pathlib import Path

from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Input, Static

from quizgen.deckedit import DeckEditor
from tui.dialogs.help import HelpDialog
from tui.dialogs.review import AddFactDialog, EditFieldDialog
from tui.review_app import ReviewApp
from tui.screens.review import ReviewScreen
from tui.widgets import KeyBar
from tui.widgets.review_panes import ArticlePane, FactList

SIZE = (80, 24)


def on_screen(widget: Widget, within: Region | None = None) -> None:
    """``widget`` is laid out, not empty, and wholly inside the terminal (and inside ``within``, its box)."""
    screen = Region(0, 0, *SIZE)
    region = widget.region
    assert widget.display and region.width > 0 and region.height > 0, (widget, region)
    assert screen.contains_region(region), (widget, region)
    if within is not None:
        assert within.contains_region(region), (widget, region, within)


def bar_lines(app) -> list[str]:
    return str(app.screen.query_one(KeyBar).render()).splitlines()


async def test_the_review_at_80x24_shows_both_panes_the_status_and_every_key(bundled: Path) -> None:
    app = ReviewApp(DeckEditor.open(bundled))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        status, article, facts = screen.query_one("#review-status", Static), screen.query_one(ArticlePane), \
            screen.query_one(FactList)
        bar = screen.query_one(KeyBar)
        for widget in (status, article, facts, bar):
            on_screen(widget)
        assert article.region.width >= 30 and facts.region.width >= 30  # side by side, both readable
        assert article.region.height >= 15 and facts.region.height >= 15
        assert not article.region.overlaps(facts.region) and not bar.region.overlaps(facts.region)
        assert status.region.y == 0 and bar.region.bottom == SIZE[1]
        assert "left to review" in str(status.render()) or "nothing left" in str(status.render())
        await pilot.press("r", "tab")  # a change (u Undo shows) and the article's keys (n New fact)
        await pilot.pause()
        assert article.has_focus and screen.editor.dirty
        lines = bar_lines(app)
        assert len(lines) == 2 and bar.region.height == 2  # every key, over two lines, none cut off
        text = " ".join(lines)
        for label in ("Accept", "Reject", "Edit", "Jump", "New fact", "Next marked", "Undo", "Save", "Quit",
                      "Help", "palette"):
            assert label in text, (label, lines)
        on_screen(bar)
        on_screen(screen.query_one("#review-message", Static))
        await pilot.click(KeyBar, offset=(lines[1].index("Help"), 1))  # a key on the second line works
        await pilot.pause()
        assert isinstance(app.screen, HelpDialog)


async def test_the_review_dialogs_at_80x24_keep_the_value_the_error_and_the_hint_on_screen(bundled: Path) -> None:
    app = ReviewApp(DeckEditor.open(bundled))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, EditFieldDialog)
        await pilot.press("home", "enter", "end", "ctrl+u", *"Not A Slug")  # the id: not a slug
        await pilot.pause(0.3)
        box = dialog.query_one("#edit-box").region
        on_screen(dialog.query_one("#edit-box"))
        for widget in (dialog.query_one("#edit-fields"), dialog.query_one("#edit-input", Input),
                       dialog.query_one("#edit-errors-box"), dialog.query_one(".dialog-hint", Static)):
            on_screen(widget, box)
        assert "not a slug" in str(dialog.query_one("#edit-errors", Static).render())
        await pilot.press("escape", "tab")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        article = screen.query_one(ArticlePane)
        while (found := article.sentence_at(article.highlighted)) is None or "Vladimir Putin" not in found[1]:
            await pilot.press("down")
        await pilot.press("n")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AddFactDialog)
        await pilot.press("enter")  # the proposed kind: its fields, pre-filled
        await pilot.pause()
        await pilot.press("ctrl+a", "ctrl+k", "ctrl+s")  # the first (required) field emptied: refused
        await pilot.pause()
        assert app.screen is dialog
        box = dialog.query_one("#add-box").region
        on_screen(dialog.query_one("#add-box"))
        for widget in (dialog.query_one("#add-quote"), dialog.query_one("#add-kinds"),
                       dialog.query_one("#add-fields"), dialog.query_one("#add-errors-box"),
                       dialog.query_one(".dialog-hint", Static)):
            on_screen(widget, box)
        assert "missing" in str(dialog.query_one("#add-errors", Static).render())
        inputs = list(dialog.query(".add-input").results(Input))
        assert inputs and all(box.contains_region(i.region) for i in inputs)  # every field of the kind
