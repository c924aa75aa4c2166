"""The review screen on a long deck stays correct while it reads less: the fields shown are the ones the
editor would edit, the editor's cached reads follow every change, and marking a fact's sentences in the
article keeps the article's measured heights (no timings here: speed is `make bench`'s)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench.make_big_deck import write as write_big_deck
from quizgen.cli import main as quizgen
from quizgen.deckedit import DeckEditor, show_value
from tui.review_app import ReviewApp
from tui.screens.review import ReviewScreen

ROOT = Path(__file__).resolve().parent.parent.parent
DECK = ROOT / "decks" / "putin-hanoi-2024.yaml"
ARTICLE = ROOT / "dev" / "quality" / "round1" / "articles" / "02_canada_trudeau_trump_nafta.txt"


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    (tmp_path / "decks").mkdir()
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    path = tmp_path / "decks" / DECK.name
    shutil.copy(DECK, path)
    return path


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    out = tmp_path / "draft.yaml"
    assert quizgen(["extract", str(ARTICLE), "-o", str(out)]) == 0
    return out


async def ready(pilot) -> ReviewScreen:  # noqa: ANN001
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ReviewScreen)
    return screen


@pytest.mark.parametrize("which", ["bundled", "draft"])
async def test_the_fields_shown_are_the_fields_the_editor_edits(which: str, request: pytest.FixtureRequest) -> None:
    path = request.getfixturevalue(which)
    app = ReviewApp(DeckEditor.open(path))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(pilot)
        shown = screen.shown_fields()
        editor = screen.editor
        assert len(shown) == len(editor.facts)
        for i in range(len(editor.facts)):
            raw = editor.raw_fact(i)
            assert {k: show_value(v) for k, v in shown[i].items() if k != "sources"} == \
                   {k: show_value(v) for k, v in raw.items() if k != "sources"}


def test_the_editors_cached_reads_follow_each_change_and_undo(draft: Path) -> None:
    editor = DeckEditor.open(draft)
    marked = next(i for i, f in enumerate(editor.facts) if f.review)
    before = editor.raw_fact(marked)
    assert "review" in before
    before["review"] = "changed by a caller"  # a copy: the editor's own read is not touched
    assert editor.raw_fact(marked)["review"] != "changed by a caller"
    assert editor.accept(marked)
    assert "review" not in editor.raw_fact(marked)
    n = len(editor.facts)
    editor.reject(0)
    assert len(editor.facts) == n - 1 and editor.raw_fact(0)["id"] == editor.facts[0].id
    assert editor.fact_warnings(len(editor.facts) - 1) is not None  # the layout was read again: n - 1 spans
    editor.undo()
    editor.undo()
    assert "review" in editor.raw_fact(marked) and len(editor.facts) == n


async def test_moving_through_a_long_deck_marks_each_facts_sentences_and_keeps_the_heights(tmp_path: Path) -> None:
    path = write_big_deck(tmp_path, 60)
    app = ReviewApp(DeckEditor.open(path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        article = screen.article
        heights = dict(article._heights)
        for n in range(1, 8):
            await pilot.press("down")
            await pilot.pause()
            assert screen.fact_list.highlighted == n
            want = {i for i, p in enumerate(article.places)
                    if p and n in article.views[p[0]].sentences[p[1]].facts}
            assert article.current == frozenset(want)  # (a quote the splitter cut differently has none)
            for i in range(article.option_count):  # only the marked sentences are bold
                prompt = article.get_option_at_index(i).prompt
                assert ("bold underline" in str(getattr(prompt, "spans", ""))) == (i in want)
            assert article.option_of_fact(n) == (min(want) if want else None)
        assert dict(article._heights) == heights
        assert sum(1 for n in range(8) if article.of_fact.get(n)) >= 6
        await pilot.press("a")  # a change re-reads the article: still right afterwards
        await pilot.pause()
        assert article.current == frozenset(i for i, p in enumerate(article.places)
                                            if p and screen.fact_list.highlighted
                                            in article.views[p[0]].sentences[p[1]].facts)
