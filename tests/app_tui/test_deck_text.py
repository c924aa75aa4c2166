"""Nothing in deck or article text is interpreted on screen: Rich and Textual markup shows its brackets, and
no escape sequence reaches the terminal (ESC is shown as ␛), in the quiz and in the review."""

from __future__ import annotations

from pathlib import Path

import pytest
from quizdata import Clock
from textual.widgets import Input, Static

from quizgen.deckedit import DeckEditor
from quizgen.scheduling import SpacedRepetition
from tui import make_app
from tui.dialogs.review import AddFactDialog, EditFieldDialog
from tui.plain import plain
from tui.review_app import ReviewApp
from tui.screens import DeckPickerScreen, QuizScreen, ResultsScreen
from tui.screens.review import ReviewScreen
from tui.widgets import DeckList, FeedbackView, QuestionView
from tui.widgets.review_panes import ArticlePane, FactList

ESC = "\x1b"
RED = ESC + "[31m"
LINK = "[link=https://evil.example]Putin[/link]"
SENTENCE = f"President [bold red]To Lam[/] of {RED}Vietnam{ESC}[0m met {LINK} in [b]Hanoi[/b] on 19 June 2024."
ARTICLE = f"Putin in [i]Hanoi[/i]\n\nLeaders met. {SENTENCE} Trade reached $3.5 billion in 2022.\n"
TITLE = f"Deck [bold red]x[/] {RED}red{ESC}[0m [link=https://evil.example]click[/link] [@click=app.quit]q[/]"
NAME = f"To Lam [bold red]x[/] {RED}red"
NOTES = f"Note [bold]n[/bold] $text-muted {ESC}[2J"
WHAT = f"trade [bold]between[/bold] {RED}Russia"


def yaml(text: str) -> str:
    """A YAML double-quoted string ("\\e" is ESC in YAML)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace(ESC, "\\e") + '"'


DECK = f"""\
id: marks
title: {yaml(TITLE)}
sources:
  - id: a
    path: article.txt
    title: {yaml(f"Source [b]bold[/b] {RED}red")}
    published: 2024-06-20
facts:
  - id: to-lam
    kind: leader
    name: {yaml(NAME)}
    role: "President [i]of[/i]"
    of: "Vietnam [link=https://evil.example]v[/link]"
    notes: {yaml(NOTES)}
    review: {yaml(f"check [bold]this[/bold] {RED}")}
    sources:
      - source: a
        quote: {yaml(SENTENCE)}
  - id: trade
    kind: figure
    what: {yaml(WHAT)}
    value: 3500000000
    unit: USD
    text: "$3.5 billion"
    sources:
      - source: a
        quote: "Trade reached $3.5 billion in 2022."
"""


@pytest.fixture
def marked(tmp_path: Path) -> Path:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    path = folder / "deck [b]x.yaml"
    path.write_text(DECK, encoding="utf-8")
    return path


def as_text(renderable) -> str:
    """Any renderable an option holds (Text, a Panel around it...) as the plain text it shows; a Panel's
    border is drawn round it, so its lines are joined back without the frame."""
    from io import StringIO

    from rich.console import Console

    if not hasattr(renderable, "__rich_console__") and not hasattr(renderable, "__rich__"):
        return str(renderable)
    console = Console(file=StringIO(), width=400, color_system=None, legacy_windows=False)
    with console.capture() as capture:
        console.print(renderable)
    lines = [line.strip().strip("│╭╮╰╯─").strip() for line in capture.get().splitlines()]
    return " ".join(line for line in lines if line)


def shown(widget) -> str:
    """What a widget shows, as plain text (the Static's or the question view's content)."""
    return str(widget.render())


def clean(text: str, *expected: str) -> None:
    """No ESC (nor any other control character but newline and tab) in ``text``; ``expected`` in it, as written."""
    assert ESC not in text and plain(text) == text, repr(text)
    for literal in expected:
        assert literal in text, (literal, text)


def screen_clean(app) -> None:
    """Nothing the terminal would be sent has an ESC byte in it (the whole screen, as exported)."""
    assert ESC not in app.export_screenshot()


def test_the_deck_really_holds_markup_and_escapes(marked: Path) -> None:
    deck = DeckEditor.open(marked).deck
    assert deck.title == TITLE and ESC in deck.title
    assert ESC in deck.facts[0].sources[0].quote


async def test_the_quiz_shows_deck_text_as_written(marked: Path, tmp_path: Path) -> None:
    text = marked.read_text(encoding="utf-8")
    marked.write_text("\n".join(line for line in text.split("\n") if "review:" not in line), encoding="utf-8")
    app = make_app([marked], data_dir=tmp_path / "home", clock=Clock(), srs=SpacedRepetition(fuzz=False))
    seen = ""
    async with app.run_test(size=(100, 40), notifications=True) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, DeckPickerScreen)
        decks = app.screen.query_one(DeckList)
        clean(shown(decks), "Deck [bold red]x[/]")
        assert decks.row_text(0)[0] == TITLE.replace(ESC, "␛")  # ESC shown as its symbol, the rest as written
        screen_clean(app)
        await pilot.press("enter")
        await pilot.pause()
        while isinstance(app.screen, QuizScreen):
            screen = app.screen
            question = screen.query_one(QuestionView)
            clean(shown(question))
            clean(shown(screen.query_one("#progress", Static)), "[bold red]x[/]", "[link=https://evil.example]",
                  "[@click=app.quit]q[/]")
            seen += shown(question)
            screen_clean(app)
            if question.options:
                await pilot.press("enter")  # the highlighted option
            else:
                await pilot.press(*"[b]nope[/b]", "enter")
            await pilot.pause()
            feedback = shown(screen.query_one(FeedbackView))
            clean(feedback, "[bold red]To Lam[/]" if "Lam" in feedback else "Trade", "Source [b]bold[/b] ␛[31m")
            seen += feedback
            screen_clean(app)
            await pilot.press("enter")
            await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        clean(shown(app.screen.query_one("#results-summary", Static)), "Deck [bold red]x[/] ␛[31mred")
        clean(shown(app.screen.query_one("#results-missed", Static)), "Source [b]bold[/b] ␛[31m")
        screen_clean(app)
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("enter")  # nothing left today: a notification with the title as written
        await pilot.pause()
        note = [n for n in app._notifications if n.title == "Nothing to study now"][-1]
        assert not note.markup
        clean(note.message, "Deck [bold red]x[/] ␛[31mred")
        screen_clean(app)
    for literal in ("[bold red]x[/]", "[i]of[/i]", "[bold]between[/bold]", "[b]Hanoi[/b]", LINK, "␛[31m"):
        assert literal in seen, literal  # the fields and the quotes were on screen, as written


async def test_the_review_shows_deck_and_article_text_as_written(marked: Path) -> None:
    app = ReviewApp(DeckEditor.open(marked))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        clean(shown(screen.query_one("#review-status", Static)), "deck [b]x.yaml")
        article = screen.query_one(ArticlePane)
        prompts = "\n".join(str(article.get_option_at_index(i).prompt) for i in range(article.option_count))
        clean(prompts, "[bold red]To Lam[/]", LINK, "[b]Hanoi[/b]", "␛[31mVietnam␛[0m", "Source [b]bold[/b] ␛[31m")
        facts = screen.query_one(FactList)
        first = as_text(facts.get_option_at_index(0).prompt)
        clean(first, "[bold red]x[/] ␛[31mred", "[i]of[/i]", "[bold]n[/bold]", "$text-muted", "␛[2J",
              "review: check [bold]this[/bold] ␛[31m", "[b]Hanoi[/b]", LINK)
        clean(as_text(facts.get_option_at_index(1).prompt), "[bold]between[/bold] ␛[31mRussia")
        screen_clean(app)
        await pilot.press("home", "e")  # edit the first fact's name
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, EditFieldDialog)
        fields = dialog.query_one("#edit-fields")
        labels = "\n".join(str(fields.get_option_at_index(i).prompt) for i in range(fields.option_count))
        clean(labels, "name: To Lam [bold red]x[/] ␛[31mred", "[i]of[/i]")
        await pilot.press("home", "down", "enter")
        await pilot.pause()
        box = dialog.query_one("#edit-input", Input)
        assert box.value == NAME.replace(ESC, "␛")  # shown (and kept, if Enter) with ␛ for ESC
        screen_clean(app)
        await pilot.press("escape", "tab")
        await pilot.pause()
        while (found := article.sentence_at(article.highlighted)) is None or "Hanoi" not in found[1]:
            await pilot.press("down")
        await pilot.press("n")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AddFactDialog)
        clean(shown(dialog.query_one("#add-quote", Static)), "[bold red]To Lam[/]", LINK, "␛[31mVietnam")
        kinds = dialog.query_one("#add-kinds")
        clean("\n".join(str(kinds.get_option_at_index(i).prompt) for i in range(kinds.option_count)))
        await pilot.press("enter")
        await pilot.pause()
        for field in dialog.query(".add-input").results(Input):
            clean(field.value)
        screen_clean(app)
