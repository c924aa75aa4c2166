"""One vocabulary of progress: the deck list and `quizgen stats` name the same states and count the same."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from quizdata import Clock

from quizgen.commands.stats import STATES
from quizgen.questions.model import QuestionType
from quizgen.scheduling import SpacedRepetition
from tui import make_app
from tui.cli import main
from tui.screens import DeckPickerScreen, QuizScreen, ResultsScreen
from tui.widgets import DeckList


async def answer_wrong(pilot) -> None:
    """Answer the current question wrongly, whatever its type."""
    question = pilot.app.session.current
    if question.type is QuestionType.MC:
        await pilot.press(str(1 + next(i for i, o in enumerate(question.options) if o != question.answer)))
    elif question.type is QuestionType.TF:
        await pilot.press("f" if question.answer == "True" else "t")
    else:
        await pilot.press(*"zzz", "enter")
    await pilot.pause()


def stats_counts(deck: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    """`quizgen stats DECK`: its header words (lower case) and the deck's row."""
    capsys.readouterr()
    assert main(["stats", str(deck), "--data-dir", str(data_dir)]) == 0
    header, row = capsys.readouterr().out.splitlines()[:2]
    return dict(zip(header.split(), row.split(), strict=True))


async def test_deck_list_and_stats_say_the_same_thing_after_a_session(
        deck_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The real question engine (stats uses it) and the real time (stats reads the clock).
    app = make_app([deck_path], data_dir=data_dir, clock=Clock(datetime.now(UTC)),
                   srs=SpacedRepetition(fuzz=False))
    async with app.run_test() as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        while isinstance(app.screen, QuizScreen):
            await answer_wrong(pilot)
            await pilot.press("enter")
            await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DeckPickerScreen)
        decks = app.screen.query_one(DeckList)
        header = str(decks.render()).splitlines()[0].split()  # as the student sees it
        shown = dict(zip(map(str.lower, header), decks.row_text(0), strict=True))
        legend = str(app.screen.query_one("#deck-hint").render())
    printed = stats_counts(deck_path, data_dir, capsys)
    words = [state.word.lower() for state in STATES]
    assert words == ["new", "learning", "due", "learned"]
    assert [w for w in shown if w in words] == words  # the same states, in the same order
    assert [w for w in printed if w in words] == words
    assert {w: shown[w] for w in words} == {w: printed[w] for w in words}
    assert shown["learning"] == "1" and shown["learned"] == "0"  # missed a minute ago: not "learned"
    assert int(printed["questions"]) == sum(int(printed[w]) for w in words)
    for state in STATES:  # the deck list says what each word means
        assert f"{state.word}: {state.meaning}" in legend

