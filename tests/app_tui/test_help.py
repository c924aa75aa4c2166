"""The help screen is truthful: it is made from the key bindings, says how to close it and where q and ? work,
and the README's key table says the same."""

from __future__ import annotations

import re
from pathlib import Path

from quizdata import CLOZE
from textual.binding import Binding
from textual.widgets import Input, Static

from tui.screens import DeckPickerScreen, QuizScreen

README = Path(__file__).resolve().parent.parent.parent / "README.md"


async def ready(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def key_tokens(keys: str) -> set[str]:
    """ "1-4 Enter" -> {"1", "2", "3", "4", "Enter"}."""
    out: set[str] = set()
    for key in keys.split():
        if re.fullmatch(r"\d-\d", key):
            out |= {str(d) for d in range(int(key[0]), int(key[2]) + 1)}
        else:
            out.add(key)
    return out


async def test_help_says_how_to_close_it_and_where_q_and_question_mark_work(build) -> None:
    from tui.dialogs import HelpDialog

    app = build()
    async with app.run_test() as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpDialog)
        title = str(app.screen.query_one("#help-title", Static).render())
        assert all(key in title for key in ("Esc", "?", "q", "Enter", "F1")) and "closes" in title
        where = {key: line.where for line in app.screen.lines for key in line.keys.split()}
        assert where["q"] == where["?"] == "Except while typing"
        assert where["F1"] == where["Ctrl+C"] == "Anywhere"
        await pilot.press("q")  # closes the help, does not quit
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, DeckPickerScreen)


async def test_while_typing_q_and_question_mark_are_letters_and_f1_opens_help(build) -> None:
    from tui.dialogs import HelpDialog

    app = build(questions_for=lambda deck: [CLOZE])
    async with app.run_test() as pilot:
        await ready(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        await pilot.press("q", "question_mark")
        await pilot.pause()
        assert app.screen.query_one(Input).value == "q?" and app.is_running  # as the help says
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)


def test_help_covers_every_bound_key() -> None:
    from tui.app import QuizApp
    from tui.dialogs import ErrorDialog, HelpDialog
    from tui.dialogs.help import help_lines
    from tui.keys import key_name
    from tui.screens import QuizScreen, ResultsScreen
    from tui.widgets.deck_list import DeckList
    from tui.widgets.question_view import QuestionView

    shown = set().union(*(key_tokens(line.keys) for line in help_lines()))
    for owner in (QuizApp, DeckList, QuestionView, QuizScreen, ResultsScreen, HelpDialog, ErrorDialog):
        for binding in owner.BINDINGS:
            assert isinstance(binding, Binding) and binding.id, f"{owner.__name__}: {binding} has no id"
            for key in binding.key.split(","):
                assert key_name(key) in shown, f"{owner.__name__}'s {key!r} ({binding.id}) is not in the help"


def readme_keys() -> dict[str, str]:
    """The README quiz section's key table: where (lower case) -> the keys cell."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("<!-- section:quiz -->"):text.index("<!-- /section:quiz -->")]
    table = section[section.index("| Where | Keys |"):]
    rows = [line.strip("|").split("|") for line in table.splitlines()[2:] if line.startswith("|")]
    return {where.strip().lower(): keys.strip() for where, keys in rows}


def test_readme_key_table_matches_the_help() -> None:
    from tui.dialogs.help import help_lines

    readme = readme_keys()
    lines = help_lines()
    assert list(readme) == list(dict.fromkeys(line.where.lower() for line in lines))  # same places, same order
    for line in lines:
        cell = readme[line.where.lower()]
        for key in line.keys.split():
            assert re.search(rf"(?<![\w+]){re.escape(key)}(?![\w+])", cell), f"{key} ({line.where}) not in {cell!r}"
