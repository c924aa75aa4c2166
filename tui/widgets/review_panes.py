"""The review screen's two panes: the article(s), one sentence per line, those a fact quotes marked; and
the facts, each with its kind, fields, confidence, review mark and the questions it would give.

Both are option lists (↑ ↓ Home End PgUp PgDn, a click). Every piece of deck or article text is shown
as plain text (rich ``Text``), never read as markup, its control characters as symbols (``tui.plain``).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from quizgen.deckedit import ArticleView, FactQuestions, kind_fields, show_value
from quizgen.model import Fact

from ..plain import plain_text

QUOTED = "▌ "
PLAIN = "  "
KIND_STYLE = {"leader": "bold cyan", "date": "bold magenta", "figure": "bold green", "agreement": "bold yellow",
              "quote": "bold blue"}


def _nav(prefix: str, what: str) -> list[Binding]:
    return [
        Binding("up", "cursor_up", "Up", show=False, id=f"{prefix}-up", tooltip=f"Previous {what}"),
        Binding("down", "cursor_down", "Down", show=False, id=f"{prefix}-down", tooltip=f"Next {what}"),
        Binding("home", "first", "First", show=False, id=f"{prefix}-first", tooltip=f"First {what}"),
        Binding("end", "last", "Last", show=False, id=f"{prefix}-last", tooltip=f"Last {what}"),
        Binding("pageup", "page_up", "Page up", show=False, id=f"{prefix}-page-up", tooltip=f"A page of {what}s up"),
        Binding("pagedown", "page_down", "Page down", show=False, id=f"{prefix}-page-down",
                tooltip=f"A page of {what}s down"),
    ]


class ArticlePane(OptionList):
    """Every source's sentences in order (a blank line between paragraphs); a sentence a fact quotes
    has a bar in the margin, and those of the highlighted fact are bold."""

    BINDINGS = [*_nav("sentence", "sentence"),
                Binding("enter", "select", "Its fact", show=False, id="sentence-select",
                        tooltip="Go to the fact that quotes this sentence")]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.views: list[ArticleView] = []
        self.places: list[tuple[int, int] | None] = []  # option index -> (view, sentence), None for others
        self.current: frozenset[int] = frozenset()  # the highlighted fact's sentences' option indexes
        self.of_fact: dict[int, list[int]] = {}  # fact index -> the option indexes of its sentences

    def show_articles(self, views: Sequence[ArticleView]) -> None:
        """All sources, keeping the highlighted sentence where it was."""
        keep = self.highlighted
        self.views = list(views)
        options: list[Option | None] = []
        places: list[tuple[int, int] | None] = []
        for v, view in enumerate(self.views):
            header = Text(view.source.title, style="bold")
            header.append(f"  ({view.source.id}" + (f", {view.source.published.iso()})" if view.source.published
                                                     else ", undated)"), style="dim")
            if v:
                options.append(None)
                places.append(None)
            options.append(Option(plain_text(header), disabled=True))
            places.append(None)
            if view.error:
                options.append(Option(plain_text(Text(view.error, style="red")), disabled=True))
                places.append(None)
            paragraph = None
            for s, sentence in enumerate(view.sentences):
                if paragraph is not None and sentence.paragraph != paragraph:
                    options.append(Option(Text(""), disabled=True))
                    places.append(None)
                paragraph = sentence.paragraph
                options.append(Option(self._prompt(v, s, False)))
                places.append((v, s))
        self.places = places
        self.of_fact = {}
        for i, place in enumerate(places):
            if place is not None:
                for fact in self.views[place[0]].sentences[place[1]].facts:
                    self.of_fact.setdefault(fact, []).append(i)
        self.current = frozenset()
        self.set_options(options)
        if keep is not None and self.option_count:
            self.highlighted = min(keep, self.option_count - 1)
        elif self.option_count:
            self.highlighted = next((i for i, p in enumerate(places) if p), None)

    def _prompt(self, v: int, s: int, current: bool) -> Text:
        sentence = self.views[v].sentences[s]
        if not sentence.facts:
            return plain_text(Text(PLAIN + sentence.text))
        text = Text(QUOTED, style="bold cyan")
        text.append(sentence.text, style="bold underline cyan" if current else "cyan")
        text.append(f"  [{', '.join(str(i + 1) for i in sentence.facts)}]", style="dim")
        return plain_text(text)

    def mark_fact(self, fact: int | None) -> None:
        """Make the sentences of fact ``fact`` stand out (and no others)."""
        now = frozenset(self.of_fact.get(fact, ()) if fact is not None else ())
        changed = now ^ self.current
        for i in changed:
            place = self.places[i]
            assert place is not None
            # the same text in another style wraps the same: keep every option's measured height (replacing
            # the prompt the usual way measures all of them again, on every move in a long article)
            self.get_option_at_index(i)._set_prompt(self._prompt(*place, i in now))
        if changed:
            self._option_render_cache.clear()
            self.refresh()
        self.current = now

    def sentence_at(self, index: int | None) -> tuple[str, str, tuple[int, ...]] | None:
        """(source id, sentence text, facts quoting it) of option ``index``."""
        if index is None or not 0 <= index < len(self.places) or self.places[index] is None:
            return None
        v, s = self.places[index]  # type: ignore[misc]
        sentence = self.views[v].sentences[s]
        return sentence.source, sentence.text, sentence.facts

    def option_of_fact(self, fact: int, after: int | None = None) -> int | None:
        """The first sentence quoted by ``fact`` (after option ``after``, wrapping round)."""
        hits = self.of_fact.get(fact, [])
        if not hits:
            return None
        if after is not None:
            later = [i for i in hits if i > after]
            return later[0] if later else hits[0]
        return hits[0]


def fact_prompt(number: int, total: int, fact: Fact, raw: dict[str, object], questions: FactQuestions | None,
                warnings: Sequence[str]) -> Text:
    """One fact as shown: its number, kind, id, confidence and mark, its fields, its quotes, its questions."""
    text = Text()
    text.append(f"{number}/{total} ", style="dim")
    text.append(fact.kind, style=KIND_STYLE.get(fact.kind, "bold"))
    text.append(f"  {fact.id}")
    if fact.confidence is not None:
        text.append(f"  confidence {fact.confidence:.2f}", style="dim")
    if fact.disputed:
        text.append("  disputed", style="bold")
    if fact.review:
        text.append("\n⚑ review: ", style="bold red")
        text.append(fact.review, style="red")
    else:
        text.append("  ✓", style="green")
    for key in kind_fields(fact.kind):
        if key == "review" or key not in raw:
            continue
        text.append(f"\n  {key}: ", style="bold")
        text.append(show_value(raw[key]))
    for citation in fact.sources:
        text.append(f"\n  “{citation.quote}” ({citation.source})", style="italic dim")
    if questions is None:
        text.append("\n  questions: …", style="dim")
    elif questions.questions:
        for q in questions.questions:
            text.append(f"\n  Q [{q.type.value}] ", style="bold")
            text.append(q.prompt)
            text.append(f"  → {q.answer}", style="dim")
    else:
        text.append(f"\n  no question: {questions.reason}", style="yellow")
    if fact.review and questions is not None and questions.questions:
        text.append("\n  (not asked until accepted)", style="dim")
    for warning in warnings:
        if fact.review and "marked for review" in warning:
            continue  # the mark is shown above
        text.append(f"\n  ! {warning.removeprefix('warning: ')}", style="yellow")
    return plain_text(text)


class FactList(OptionList):
    """The deck's facts in its order; Enter (or a click) edits the highlighted one."""

    BINDINGS = [*_nav("fact", "fact"),
                Binding("enter", "select", "Edit", show=False, id="fact-select", tooltip="Edit a field of this fact")]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)

    def show_facts(self, prompts: Sequence[Text], highlight: int | None) -> None:
        self.set_options([Option(p) for p in prompts])
        if self.option_count:
            self.highlighted = min(highlight or 0, self.option_count - 1)
