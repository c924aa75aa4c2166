"""The review screen's two panes: the article(s), one sentence per line, those a fact quotes marked; and
the facts, each with its kind, fields, confidence, review mark and the questions it would give.

Both are option lists (↑ ↓ Home End PgUp PgDn, a click) that measure only what they show
(:class:`LazyOptionList`): a 500-fact deck paints its first frame without wrapping every fact and
sentence first, and the fact list makes each fact's text only when it is shown. Every piece of deck or
article text is shown as plain text (rich ``Text``), never read as markup, its control characters as
symbols (``tui.plain``).
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from typing import Self

from rich.text import Text
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.strip import Strip
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


class LazyOption(Option):
    """An option whose prompt is made the first time it is needed (shown, measured or read)."""

    def __init__(self, make: Callable[[], Text]) -> None:
        super().__init__("")
        self._make: Callable[[], Text] | None = make

    @property
    def prompt(self) -> Text:  # type: ignore[override]
        if self._make is not None:
            make, self._make = self._make, None
            self._set_prompt(make())
        return self._prompt  # type: ignore[return-value]


class LazyOptionList(OptionList):
    """An option list that wraps (measures) its options only as far down as it shows them.

    Textual's option list measures every option before its first frame, and again after every
    change; on a 500-fact deck that is most of the time to the first paint. Here the options are
    measured in order, from the first, only as far as the lines on screen (or the option scrolled to)
    need; the height of the rest is estimated (the mean so far) until the list measures them, a few at
    a time, between other events once it has been painted. What is on screen is always measured: the
    lines, the highlight, clicks and scrolling are those of an option list (same heights, same styles),
    only the scroll bar's length settles a moment after a new set of options is shown.
    """

    BUDGET = 0.008  # seconds of measuring at a time, between other events

    def __init__(self, *, id: str | None = None) -> None:
        self._measured: list[int] = []  # height of option i, for the first len(self._measured) options
        self._starts: list[int] = [0]  # first line of option i (one more entry: the measured lines' end)
        self._width: int | None = None  # the width they were measured at
        self._estimate = 1  # the height of an option not measured yet: the mean so far (kept across changes)
        self._more_planned = False
        super().__init__(id=id, markup=False)

    # -- measuring ----------------------------------------------------------------------------------
    def _forget(self) -> None:
        self._measured, self._starts = [], [0]

    def _measure_to(self, index: int) -> None:
        """Measure every option up to and including ``index``."""
        index = min(index, self.option_count - 1)
        if index < len(self._measured) or not self._width:
            return
        padding = self.get_component_styles("option-list--option").padding.width
        width = (self._width or 0) - padding
        styles, options, get_visual = self.styles, self.options, self._get_visual
        measured, starts = self._measured, self._starts
        for i in range(len(measured), index + 1):
            option = options[i]
            height = get_visual(option).get_height(styles, width) + option._divider  # type: ignore[arg-type]
            measured.append(height)
            starts.append(starts[-1] + height)
        self._estimate = max(1, round(starts[-1] / len(measured)))

    def _measure_line(self, line: int) -> None:
        """Measure options until one covers ``line`` (or none are left)."""
        while self._width and self._starts[-1] <= line and len(self._measured) < self.option_count:
            self._measure_to(len(self._measured) + 15)

    def _total(self) -> int:
        left = self.option_count - len(self._measured)
        total = self._starts[-1] + left * self._estimate
        if self.options and self.options[-1]._divider and not left:
            total -= 1
        return total

    def _update_lines(self) -> None:
        region = self.scrollable_content_region
        if not region:
            return
        width = region.width - self._get_left_gutter_width()
        if width != self._width:
            self._width = width
            self._forget()
        virtual_size = Size(width, self._total())
        if virtual_size != self.virtual_size:
            self.virtual_size = virtual_size
            self._scroll_update(virtual_size)

    def _settle(self, index: int = -1, line: int = -1) -> bool:
        """Measure up to option ``index`` and line ``line`` at the list's width, the virtual size set from
        them (which may show or hide the scroll bar, and so change the width: measured again then)."""
        for _ in range(3):
            self._update_lines()
            if not self._width:
                return False
            width = self._width
            self._measure_to(index)
            self._measure_line(line)
            self._update_lines()
            if self._width == width:
                break
        return bool(self._width)

    def _plan_more(self) -> None:
        if not self._more_planned and len(self._measured) < self.option_count:
            self._more_planned = True
            self.call_later(self._measure_more)

    def _measure_more(self) -> None:
        """Measure the next options for a few milliseconds (then let keys through, and go on)."""
        self._more_planned = False
        if not self._width:
            return
        end = time.perf_counter() + self.BUDGET
        while len(self._measured) < self.option_count and time.perf_counter() < end:
            self._measure_to(len(self._measured) + 7)
        before = self.virtual_size
        self._settle()
        if self.virtual_size != before:
            self.refresh()  # the scroll bar
        self._plan_more()

    def measure_all(self) -> dict[int, int]:
        """Every option's height (measured now if it was not yet)."""
        self._settle(self.option_count - 1)
        return dict(enumerate(self._measured))

    # -- what the option list asks ------------------------------------------------------------------
    def set_options(self, options: Iterable[Option | Text | None]) -> Self:  # type: ignore[override]
        self._forget()
        return super().set_options(options)

    def clear_options(self) -> Self:
        self._forget()
        return super().clear_options()

    def _clear_caches(self) -> None:  # a resize, a prompt replaced, an option removed
        self._forget()
        super()._clear_caches()

    @property
    def _heights(self) -> dict[int, int]:  # type: ignore[override]
        return self.measure_all()

    @property
    def _lines(self) -> Sequence[tuple[int, int]]:  # type: ignore[override]
        self.measure_all()
        return [(i, n) for i, h in enumerate(self._measured) for n in range(h)]

    @property
    def _index_to_line(self) -> dict[int, int]:  # type: ignore[override]
        self.measure_all()
        return dict(enumerate(self._starts[:-1]))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return self._total()

    def render_lines(self, crop: Region) -> list[Strip]:
        self._settle(line=self.scroll_offset.y + crop.bottom)
        self._plan_more()
        return super(OptionList, self).render_lines(crop)

    def render_line(self, y: int) -> Strip:
        line = self.scroll_offset.y + y
        starts = self._starts
        if line >= starts[-1]:
            return Strip.blank(self.scrollable_content_region.width,
                               self.get_visual_style("option-list--option").rich_style)
        index = bisect_right(starts, line) - 1
        option = self.options[index]
        if option.disabled:
            style = self.get_visual_style("option-list--option", "option-list--option-disabled")
        elif self.highlighted == index:
            style = self.get_visual_style("option-list--option", "option-list--option-highlighted")
        elif self._mouse_hovering_over == index:
            style = self.get_visual_style("option-list--option", "option-list--option-hover")
        else:
            style = self.get_visual_style("option-list--option")
        strips = self._get_option_render(option, style)
        offset = line - starts[index]
        if offset >= len(strips):
            return Strip.blank(self.scrollable_content_region.width,
                               self.get_visual_style("option-list--option").rich_style)
        return strips[offset]

    def scroll_to_highlight(self, top: bool = False) -> None:
        highlighted = self.highlighted
        if highlighted is None or not self.is_mounted:
            return
        if not self._settle(highlighted) or highlighted >= len(self._measured):
            return
        y, height = self._starts[highlighted], self._measured[highlighted]
        self.scroll_to_region(Region(0, y, self.scrollable_content_region.width, height),
                              force=True, animate=False, top=top, immediate=True)

    def _move_page(self, direction: int) -> None:  # type: ignore[override]
        """A page up or down, as the option list moves it (to the option a screen's height away)."""
        if not self.options:
            return
        from textual import _widget_navigation

        current = self.highlighted or 0
        if not self._settle(current) or current >= len(self._measured):
            return
        height = self.scrollable_content_region.height
        y = max(0, self._starts[current] + direction * height)
        self._settle(current, y)
        y = min(y, self._starts[-1] - 1)
        index = bisect_right(self._starts, y) - 1
        self.highlighted = _widget_navigation.find_next_enabled_no_wrap(
            candidates=self.options, anchor=index, direction=direction, with_anchor=True)  # type: ignore[arg-type]


class ArticlePane(LazyOptionList):
    """Every source's sentences in order (a blank line between paragraphs); a sentence a fact quotes
    has a bar in the margin, and those of the highlighted fact are bold."""

    BINDINGS = [*_nav("sentence", "sentence"),
                Binding("enter", "select", "Its fact", show=False, id="sentence-select",
                        tooltip="Go to the fact that quotes this sentence")]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
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
        options = set()
        for i in changed:
            place = self.places[i]
            assert place is not None
            # the same text in another style wraps the same: keep every option's measured height (replacing
            # the prompt the usual way measures all of them again, on every move in a long article)
            option = self.get_option_at_index(i)
            option._set_prompt(self._prompt(*place, i in now))
            options.add(option)
        if changed:
            cache = self._option_render_cache  # only these options are drawn again
            for key in [key for key in cache.keys() if key[0] in options]:
                cache.discard(key)
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


class FactList(LazyOptionList):
    """The deck's facts in its order; Enter (or a click) edits the highlighted one. Each fact's text is
    made when it is first shown (or measured)."""

    BINDINGS = [*_nav("fact", "fact"),
                Binding("enter", "select", "Edit", show=False, id="fact-select", tooltip="Edit a field of this fact")]

    def show_facts(self, count: int, prompt: Callable[[int], Text], highlight: int | None) -> None:
        """``count`` facts, fact ``i`` shown as ``prompt(i)`` (asked when it is needed)."""
        self.set_options([LazyOption(lambda i=i: prompt(i)) for i in range(count)])  # type: ignore[misc]
        if self.option_count:
            self.highlighted = min(highlight or 0, self.option_count - 1)
