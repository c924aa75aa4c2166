"""Fixtures: a tiny real deck on disk, a fixed clock, a data dir in tmp_path, and an app builder."""

from __future__ import annotations

from pathlib import Path

import pytest
from quizdata import ARTICLE, DECK_YAML, QUESTIONS, Clock

from quizgen.model import Deck
from quizgen.questions.model import Question
from quizgen.scheduling import SpacedRepetition
from tui import QuizApp, make_app


@pytest.fixture
def deck_path(tmp_path: Path) -> Path:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    path = folder / "tiny.yaml"
    path.write_text(DECK_YAML, encoding="utf-8")
    return path


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def clock() -> Clock:
    return Clock()


def questions_for(deck: Deck) -> list[Question]:
    return list(QUESTIONS)


@pytest.fixture
def build(deck_path: Path, data_dir: Path, clock: Clock):
    def _build(**kw: object) -> QuizApp:
        kw.setdefault("questions_for", questions_for)
        return make_app([deck_path], data_dir=data_dir, clock=clock, srs=SpacedRepetition(fuzz=False),
                        **kw)  # type: ignore[arg-type]
    return _build
