"""The terminal quiz: a Textual app over quizgen's headless session, progress store and scheduler.

Names load on first use: `quizgen check` imports tui.cli (the installed command) and must not pay
for Textual.
"""

from __future__ import annotations

from importlib import import_module

TYPE_CHECKING = False  # as typing's, which mypy reads the same way; importing typing costs ~3 ms of start-up
if TYPE_CHECKING:
    from typing import Any

    from .app import QuizApp, make_app

__all__ = ["QuizApp", "make_app"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(import_module(".app", __name__), name)
    raise AttributeError(name)
