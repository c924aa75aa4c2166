"""`quizgen review` driven with Textual's Pilot on real decks: accept, reject, edit (valid and invalid),
add a fact from a sentence, undo, save, quitting with unsaved changes; the saved file is checked by
`quizgen check` and compared byte for byte outside the facts that changed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reviewing import ARTICLE, DECK, ROOT, ready
from textual.widgets import Input, OptionList, Static

from quizgen.cli import main as quizgen
from quizgen.deck import check_deck
from quizgen.deckedit import DeckEditor, layout
from tui.cli import main as installed
from tui.dialogs.help import HelpDialog, review_help_lines
from tui.dialogs.review import AddFactDialog, ConfirmQuitDialog, EditFieldDialog
from tui.review_app import ReviewApp
from tui.screens.review import ReviewScreen
from tui.widgets.review_panes import ArticlePane, FactList

README = ROOT / "README.md"
SIZE = (100, 30)


@pytest.fixture
def draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    out = tmp_path / "draft.yaml"
    assert quizgen(["extract", str(ARTICLE), "-o", str(out)]) == 0
    assert f"quizgen review {out}" in capsys.readouterr().err  # extract says how to review it
    return out


def app_for(path: Path) -> ReviewApp:
    return ReviewApp(DeckEditor.open(path))


def status(screen: ReviewScreen) -> str:
    return str(screen.query_one("#review-status", Static).render())


def fact_text(screen: ReviewScreen, index: int) -> str:
    return str(screen.query_one(FactList).get_option_at_index(index).prompt)


async def highlight(pilot, screen: ReviewScreen, fact_id: str) -> int:
    index = screen.editor.index_of(fact_id)
    assert index is not None
    await pilot.press("home", *["down"] * index)
    assert screen.current == index
    return index


async def test_accept_clears_the_mark_and_save_keeps_the_rest_byte_for_byte(bundled: Path) -> None:
    original = DECK.read_text(encoding="utf-8")
    text = bundled.read_text(encoding="utf-8")
    # a mark on one fact, with a comment of the user's just above it
    text = text.replace('    aliases: ["Tô Lâm"]\n', '    aliases: ["Tô Lâm"]\n    # my note\n'
                        "    review: 'check the office'\n", 1)
    bundled.write_text(text, encoding="utf-8")
    app = app_for(bundled)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        index = screen.editor.index_of("to-lam-president")
        assert screen.current == index  # the review opens on the first marked fact
        assert "1 left to review" in status(screen)
        assert "review: check the office" in fact_text(screen, index)
        assert "Q [" in fact_text(screen, index)  # the questions it would give, though not asked yet
        await pilot.press("a")
        await pilot.pause()
        assert "nothing left to review" in status(screen) and "unsaved" in status(screen)
        assert screen.current == index + 1  # on to the next fact: one key per fact
        await pilot.press("s")
        await pilot.pause()
        assert "unsaved" not in status(screen)
    saved = bundled.read_text(encoding="utf-8")
    assert saved == original.replace('    aliases: ["Tô Lâm"]\n', '    aliases: ["Tô Lâm"]\n    # my note\n', 1)
    assert not check_deck(bundled).errors


async def test_reject_removes_the_fact_and_undo_restores_it(bundled: Path) -> None:
    lines = DECK.read_text(encoding="utf-8").split("\n")
    app = app_for(bundled)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        index = await highlight(pilot, screen, "kim-jong-un-leader")
        await pilot.press("r")
        await pilot.pause()
        assert "kim-jong-un-leader" not in {f.id for f in screen.editor.facts}
        assert screen.query_one(FactList).option_count == 22
        await pilot.press("u")
        await pilot.pause()
        assert screen.editor.text == "\n".join(lines) and not screen.editor.dirty
        assert screen.editor.facts[index].id == "kim-jong-un-leader"
        await pilot.press("r", "s")
        await pilot.pause()
    start, end = layout(lines).spans[index]
    assert bundled.read_text(encoding="utf-8").split("\n") == [*lines[:start], *lines[end + 1:]]
    deck = check_deck(bundled).deck
    assert deck is not None and "kim-jong-un-leader" not in {f.id for f in deck.facts}


async def edit(pilot, field: str, value: str) -> EditFieldDialog:
    """e on the highlighted fact, pick ``field``, replace its value with ``value`` (typed)."""
    await pilot.press("e")
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, EditFieldDialog)
    fields = dialog.query_one("#edit-fields", OptionList)
    await pilot.press("home", *["down"] * dialog.fields.index(field), "enter")
    assert fields.highlighted == dialog.fields.index(field)
    await pilot.press("end", "ctrl+u", *value)
    await pilot.pause(0.3)  # checked as you type, after a short pause
    return dialog


async def test_an_invalid_edit_is_refused_with_the_error_shown_and_nothing_saved(bundled: Path) -> None:
    before = bundled.read_bytes()
    app = app_for(bundled)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await highlight(pilot, screen, "russia-vietnam-trade-2022")
        dialog = await edit(pilot, "value", "3.5 billion")
        errors = str(dialog.query_one("#edit-errors", Static).render())
        assert "'value'" in errors and "number" in errors  # shown while typing
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog  # refused: the dialog stays, the error with it
        assert "number" in str(dialog.query_one("#edit-errors", Static).render())
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and not screen.editor.dirty
        await pilot.press("s")
        await pilot.pause()
    assert bundled.read_bytes() == before


async def test_a_valid_edit_is_saved_and_passes_check(bundled: Path) -> None:
    before = DECK.read_text(encoding="utf-8").split("\n")
    app = app_for(bundled)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        index = await highlight(pilot, screen, "russia-vietnam-trade-2022")
        await edit(pilot, "value", "3600000000")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert "value: 3600000000" in fact_text(screen, index)
        await pilot.press("s")
        await pilot.pause()
    after = bundled.read_text(encoding="utf-8").split("\n")
    assert [(a, b) for a, b in zip(before, after, strict=True) if a != b] == [
        ("    value: 3500000000", "    value: 3600000000")]
    deck = check_deck(bundled).deck
    assert deck is not None and deck.facts[index].value == 3600000000  # type: ignore[attr-defined]


async def test_quitting_with_unsaved_changes_asks_first(bundled: Path) -> None:
    before = bundled.read_bytes()
    app = app_for(bundled)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("r", "q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmQuitDialog) and app.is_running
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen) and app.is_running
        await pilot.press("ctrl+c")  # asks too
        await pilot.pause()
        assert isinstance(app.screen, ConfirmQuitDialog)
        await pilot.press("d")
        await pilot.pause()
        assert not app.is_running
    assert bundled.read_bytes() == before  # discarded


async def test_save_and_quit_from_the_question(bundled: Path) -> None:
    app = app_for(bundled)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("r", "q", "s")
        await pilot.pause()
        assert not app.is_running
    deck = check_deck(bundled).deck
    assert deck is not None and len(deck.facts) == 22


async def test_quitting_with_nothing_changed_does_not_ask(bundled: Path) -> None:
    app = app_for(bundled)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_add_a_missed_fact_from_the_sentence_under_the_cursor(draft: Path) -> None:
    app = app_for(draft)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        article = screen.query_one(ArticlePane)
        await pilot.press("tab")
        assert article.has_focus
        target = next(i for i in range(article.option_count)
                      if (s := article.sentence_at(i)) and "Free Trade Agreement" in s[1])
        await pilot.press("home")
        while article.highlighted != target:
            await pilot.press("down")
        sentence = article.sentence_at(target)[1]  # type: ignore[index]
        count = len(screen.editor.facts)
        await pilot.press("n")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AddFactDialog)
        await pilot.press("enter")  # the proposed kind (agreement) is highlighted
        await pilot.pause()
        assert dialog.kind == "agreement"
        assert dialog.query_one("#add-what", Input).value == "North American Free Trade Agreement"  # pre-filled
        assert dialog.query_one("#add-parties", Input).value == "Canada, United States, Mexico"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen and len(screen.editor.facts) == count + 1
        added = screen.editor.facts[-1]
        assert added.kind == "agreement" and added.sources[0].quote == sentence  # the quote, verbatim
        assert added.parties == ("Canada", "United States", "Mexico")  # type: ignore[attr-defined]
        assert screen.current == count
        await pilot.press("s")
        await pilot.pause()
    assert not check_deck(draft).errors


async def test_jump_between_a_fact_and_its_sentence(bundled: Path) -> None:
    app = app_for(bundled)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        index = await highlight(pilot, screen, "russia-vietnam-trade-2022")
        await pilot.press("j")
        article = screen.query_one(ArticlePane)
        assert article.has_focus
        found = article.sentence_at(article.highlighted)
        assert found is not None and index in found[2]
        assert found[1] == screen.editor.facts[index].sources[0].quote
        await pilot.press("j")
        assert screen.query_one(FactList).has_focus and screen.current == index


async def test_a_draft_is_reviewed_with_one_key_per_fact_and_then_passes_strict(
        draft: Path, capsys: pytest.CaptureFixture[str]) -> None:
    app = app_for(draft)
    presses = 0
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("home")
        keep = {"justin-trudeau-prime-minister", "donald-trump-president",
                "agreement-north-american-free-trade-agreement"}
        for fact in list(screen.editor.facts):
            assert screen.editor.facts[screen.current].id == fact.id  # type: ignore[index]
            await pilot.press("a" if fact.id in keep else "r")
            presses += 1
            await pilot.pause()
        assert presses == 5 and "nothing left to review" in status(screen)
        await pilot.press("s")
        await pilot.pause()
    capsys.readouterr()
    assert quizgen(["check", "--strict", str(draft)]) == 0, capsys.readouterr().err
    deck = check_deck(draft).deck
    assert deck is not None and {f.id for f in deck.facts} == keep


async def test_help_lists_the_review_keys_from_the_bindings(bundled: Path) -> None:
    app = app_for(bundled)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpDialog)
        assert app.screen.lines == review_help_lines()
        what = {line.what for line in app.screen.lines}
        assert any("accept" in w for w in what) and any("reject" in w for w in what)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)


def test_readme_review_key_table_matches_the_help() -> None:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("<!-- section:review -->"):text.index("<!-- /section:review -->")]
    table = section[section.index("| Where | Keys |"):]
    rows = [line.strip("|").split("|") for line in table.splitlines()[2:] if line.startswith("|")]
    readme = {where.strip().lower(): keys.strip() for where, keys, *_ in rows}
    lines = review_help_lines()
    assert list(readme) == list(dict.fromkeys(line.where.lower() for line in lines))
    for line in lines:
        cell = readme[line.where.lower()]
        for key in line.keys.split():
            assert re.search(rf"(?<![\w+]){re.escape(key)}(?![\w+])", cell), f"{key} ({line.where}) not in {cell!r}"


def test_review_of_a_missing_or_invalid_deck_says_why(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert installed(["review", str(tmp_path / "nope.yaml")]) == 2
    assert "nope.yaml" in capsys.readouterr().err
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: Bad\ntitle: t\nsources: []\nfacts: []\n", encoding="utf-8")
    assert installed(["review", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.yaml" in err and "Traceback" not in err
