"""The app's house rules (issue 15): screens talk to the app one way (a message, or dismissing with a
result), never by calling into it; the app never walks the screen stack to refresh a screen; every style
is in a .tcss file (no DEFAULT_CSS in a widget or screen of ours)."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

from quizdata import QUESTIONS
from textual.app import App

import tui
from tui.app import QuizApp
from tui.review_app import ReviewApp
from tui.screens import DeckPickerScreen, QuizScreen, ResultsScreen

TUI = Path(tui.__file__).parent


def tui_modules() -> list[object]:
    names = [m.name for m in pkgutil.walk_packages(tui.__path__, "tui.") if m.name != "tui.__main__"]
    return [importlib.import_module(name) for name in names]


def test_no_widget_or_screen_of_ours_carries_default_css() -> None:
    carriers = [f"{module.__name__}.{name}" for module in tui_modules()
                for name, cls in vars(module).items()
                if inspect.isclass(cls) and cls.__module__ == module.__name__ and "DEFAULT_CSS" in vars(cls)]
    assert carriers == []


def test_every_css_path_is_a_tcss_file_in_the_package() -> None:
    paths = [TUI / p for p in (QuizApp.CSS_PATH, *ReviewApp.CSS_PATH)]  # type: ignore[operator]
    for screen in (QuizScreen, ResultsScreen):
        assert isinstance(screen.CSS_PATH, str)
        paths.append(Path(inspect.getfile(screen)).parent / screen.CSS_PATH)
    for path in paths:
        # in tui/ itself: the package data is tui/*.tcss
        assert path.suffix == ".tcss" and path.resolve().parent == TUI and path.is_file(), path


def app_names() -> set[str]:
    """What our apps add to Textual's App: their methods and attributes (start_quiz, counts, store, ...)."""
    ours = set(vars(QuizApp)) | set(vars(ReviewApp)) | set(vars(QuizApp([])))
    return {n for n in ours if not hasattr(App, n) and not n.startswith("__")} - set(vars(App()))


def test_screens_and_dialogs_never_call_into_the_app() -> None:
    names = app_names()
    assert {"start_quiz", "counts", "store", "entries"} <= names
    found = []
    for folder in ("screens", "dialogs", "widgets"):
        for path in sorted((TUI / folder).glob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                # self.app.start_quiz, app.counts, self.quiz_app.store (a cast app under any name)
                if isinstance(node, ast.Attribute) and node.attr in names and ast.unparse(node.value).endswith("app"):
                    found.append(f"{path.name}:{node.lineno}: app.{node.attr}")
                if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "cast":
                    found.append(f"{path.name}:{node.lineno}: cast")
            if "self.app  # type: ignore" in path.read_text(encoding="utf-8"):
                found.append(f"{path.name}: the app through a cast")
    assert found == []


def test_the_app_does_not_walk_the_screen_stack() -> None:
    assert "screen_stack" not in (TUI / "app.py").read_text(encoding="utf-8")


async def test_a_session_goes_from_deck_to_results_and_back_by_messages(build) -> None:
    app = build()
    async with app.run_test() as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, DeckPickerScreen) and app.entries[0].counts is not None
        assert app.entries[0].counts.new == len(QUESTIONS)
        await pilot.press("enter")  # DeckPickerScreen.Study
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        await pilot.press("1", "enter", "f", "enter", *"x", "enter", "enter", *"x", "enter")
        await pilot.press("enter", "enter")  # QuizScreen.Finished; a second Enter meanwhile does nothing
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        assert app.session is not None and app.session.index == len(QUESTIONS)
        await pilot.press("r")  # ResultsScreen.ReviewMissed: a session of the questions missed
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen) and len(app.screen.session.items) == 4
        await pilot.press("escape")  # dismissed: back to the decks, counted afresh
        await pilot.pause()
        assert isinstance(app.screen, DeckPickerScreen)
        assert app.entries[0].counts is not None and app.entries[0].counts.new == 0
