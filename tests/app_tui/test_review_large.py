"""The review screen on a long deck stays correct while it reads less: the fields shown are the ones the
editor would edit, the editor's cached reads follow every change, and marking a fact's sentences in the
article keeps the article's measured heights (no timings here: speed is `make bench`'s)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reviewing import ARTICLE, ready

from bench.make_big_deck import write as write_big_deck
from quizgen.cli import main as quizgen
from quizgen.deckedit import DeckEditor, show_value
from tui.review_app import ReviewApp
from tui.screens.review import ReviewScreen


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    out = tmp_path / "draft.yaml"
    assert quizgen(["extract", str(ARTICLE), "-o", str(out)]) == 0
    return out


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


def screen_text(app: ReviewApp) -> str:
    """The characters on screen (from a screenshot)."""
    return "".join(re.findall(r"<text[^>]*>([^<]*)</text>", app.export_screenshot())).replace("&#160;", " ")


async def test_a_500_fact_deck_draws_only_the_facts_on_screen_and_its_last_fact_is_reached_and_accepted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import yaml

    import tui.screens.review as review_screen
    from bench.make_big_deck import build

    deck, article = build(500)
    for i, fact in enumerate(deck["facts"]):
        if i % 10 == 3 or i == 499:
            fact["review"] = "a draft's doubt"
    (tmp_path / "big.txt").write_text(article, encoding="utf-8")
    path = tmp_path / "big.yaml"
    path.write_text(yaml.safe_dump(deck, sort_keys=False, allow_unicode=True), encoding="utf-8")

    made: list[int] = []  # the facts whose text was made (their number, 1-based)
    real = review_screen.fact_prompt
    monkeypatch.setattr(review_screen, "fact_prompt", lambda number, *rest: made.append(number) or real(number, *rest))
    app = ReviewApp(DeckEditor.open(path))
    first: dict[str, object] = {}
    display = app._display

    def watched(screen, renderable) -> None:  # noqa: ANN001
        display(screen, renderable)
        if renderable is not None and isinstance(screen, ReviewScreen) and not first:
            first["made"] = set(made)
            first["screen"] = screen_text(app)

    app._display = watched  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        facts = screen.fact_list
        # the first frame shows facts and sentences, and only the facts near the top and the first marked
        # one (4/500, then scrolled to) were made; the rest follow while the review waits for keys
        assert "1/500 leader" in first["screen"] and "President Chen Ito-0" in first["screen"]  # type: ignore[operator]
        assert {1, 2, 3, 4} <= first["made"] and len(first["made"]) <= 30  # type: ignore[arg-type, operator]
        assert "4/500 agreement" in screen_text(app) and screen.current == 3
        assert "51 left to review" in str(screen.query_one("#review-status").render())
        await pilot.press("end")
        await pilot.pause()
        assert screen.current == 499 and facts.scroll_offset.y == facts.max_scroll_y > 0
        assert "500/500 agreement" in screen_text(app)
        await pilot.press("a")
        await pilot.pause()
        assert screen.editor.facts[499].review is None and screen.current == 499
        assert "50 left to review" in str(screen.query_one("#review-status").render())
        assert "✓" in str(facts.get_option_at_index(499).prompt)
        await pilot.press("home", "down", "down")  # and back up: one fact per key, the article following
        await pilot.pause()
        assert screen.current == 2 and "3/500 figure" in screen_text(app)
        assert screen.article.current == frozenset(screen.article.of_fact.get(2, ()))
