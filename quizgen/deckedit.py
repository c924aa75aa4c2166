"""Edit a deck file in place for `quizgen review`: accept, reject, edit, add, undo, save.

The file stays the user's: every change replaces the lines of one fact only, re-written by
ruamel.yaml's round-trip dumper (which keeps that fact's own comments, key order and quoting), so
everything else in the file (the header, other facts, comments between them, blank lines) is kept
byte for byte. Each candidate text is validated with the same checker as `quizgen check` before it
is taken: an edit that would make the deck invalid is refused with the checker's messages and
nothing changes. Saving writes atomically (quizgen/atomic.py) and refuses to overwrite a file that
changed on disk since it was opened.

No Textual here: the terminal app (tui/) drives this model; tests drive it directly too.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from .atomic import write_text
from .deck import KIND_FIELDS, MAX_DECK_BYTES, CheckResult, check_deck, decode_text
from .errors import Problem, QuizgenError
from .files import UnreadableFile, read_regular_file
from .model import Deck, Fact, FactKind, Source
from .text import normalize_quote

LIST_FIELDS = frozenset({"parties", "aliases"})
YAML_VALUE_FIELDS = frozenset({"value", "date", "as_of", "confidence", "disputed"})  # numbers, dates, booleans
KINDS = tuple(k.value for k in FactKind)
# The order a new key is put in (docs/deck-format.md): the fact's identity, its kind's fields, the
# optional fields, the review mark, then its sources.
_ORDER = ("id", "kind", "name", "role", "of", "event", "what", "parties", "value", "unit", "text", "when",
          "date", "aliases", "notes", "as_of", "disputed", "confidence", "review", "sources")


class EditRefused(QuizgenError):
    """The change would make the deck invalid (or cannot be made): ``problems`` says why; nothing changed."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems) or "refused", "Not changed")


def kind_fields(kind: str) -> tuple[str, ...]:
    """The fields a person edits on a fact of ``kind``, required first (without id, kind and sources)."""
    required, optional = KIND_FIELDS.get(kind, ((), ()))
    return (*required, *optional, "aliases", "notes", "as_of", "disputed", "review")


def required_fields(kind: str) -> tuple[str, ...]:
    return KIND_FIELDS.get(kind, ((), ()))[0]


def show_value(value: Any) -> str:
    """A field's value as it is edited: text as is, lists as "a, b", dates in ISO, ``None`` as ""."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(show_value(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "iso"):  # IsoDate
        return str(value.iso())
    return str(value)


# -- ruamel ---------------------------------------------------------------------------------------
def _yaml(sequence: int = 4, offset: int = 2) -> Any:
    from ruamel.yaml import YAML

    y = YAML(typ="rt")
    y.preserve_quotes = True
    y.width = 1_000_000  # never fold a long quote onto several lines
    y.allow_unicode = True
    y.indent(mapping=2, sequence=sequence, offset=offset)
    return y


def _parse_scalar(text: str) -> Any:
    """``text`` as YAML reads one value ("3.5" -> 3.5, "2024-06-19" -> a date, "true" -> True)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        value = YAML(typ="safe").load(text)
    except YAMLError:
        return text
    return value if isinstance(value, int | float | bool | dt.date | list | str) else text


# -- the file's layout ----------------------------------------------------------------------------
_FACTS_KEY = re.compile(r"^facts\s*:\s*(\[\s*\])?\s*(#.*)?$")


def _blank_or_comment(line: str) -> bool:
    s = line.strip()
    return not s or s.startswith("#")


@dataclass(frozen=True)
class Layout:
    """Where the facts are: the ``facts:`` line, each fact's own lines ``[start, end)`` (its trailing
    blank and comment lines excluded: they belong to what follows), the end of the list, and the
    columns of a fact's dash and first key."""

    key_line: int
    spans: tuple[tuple[int, int], ...]
    block_end: int  # first line after the list's last fact (its trailing comments included)
    dash: int
    key: int
    empty_flow: bool  # "facts: []"


def layout(lines: Sequence[str]) -> Layout:
    """The facts' line spans, read from the text (a line that starts a list item at the items' column)."""
    key_line = next((i for i, line in enumerate(lines) if _FACTS_KEY.match(line)), None)
    if key_line is None:
        raise EditRefused(["the deck has no top-level 'facts:' line this editor can find"])
    empty_flow = bool(_FACTS_KEY.match(lines[key_line]).group(1))  # type: ignore[union-attr]
    dash = key = -1
    starts: list[int] = []
    end = len(lines)
    for i in range(key_line + 1, len(lines)):
        line = lines[i]
        if _blank_or_comment(line):
            continue
        indent = len(line) - len(line.lstrip(" "))
        if dash < 0:
            if not line.lstrip(" ").startswith("-"):
                end = i
                break
            dash = indent
        is_item = indent == dash and line[dash:dash + 1] == "-" and line[dash + 1:dash + 2] in ("", " ")
        if is_item:
            starts.append(i)
            if key < 0:
                rest = line[dash + 1:]
                key = dash + 1 + (len(rest) - len(rest.lstrip(" "))) if rest.strip() else dash + 2
        elif indent <= dash:
            end = i
            break
    spans = []
    for n, start in enumerate(starts):
        stop = starts[n + 1] if n + 1 < len(starts) else end
        while stop > start + 1 and _blank_or_comment(lines[stop - 1]):
            stop -= 1
        spans.append((start, stop))
    if starts:
        block_end = end
        while block_end > spans[-1][1] and _blank_or_comment(lines[block_end - 1]) and not lines[block_end - 1].strip():
            block_end -= 1
    else:
        block_end = key_line + 1
    return Layout(key_line, tuple(spans), block_end, max(dash, 2) if dash < 0 else dash,
                  key if key >= 0 else 4, empty_flow)


# -- the editor -----------------------------------------------------------------------------------
@dataclass
class Step:
    """One change, for undo: the text before it and what it was ("accepted 'to-lam-president'")."""

    before: str
    what: str


@dataclass
class DeckEditor:
    """A deck file being reviewed: its current text, the checked deck, and the undo history."""

    path: Path
    text: str
    result: CheckResult
    saved_text: str
    history: list[Step] = field(default_factory=list)
    _disk: bytes = b""
    _newline: str = "\n"
    # read from ``text`` and kept while it is the same string (every change replaces it): a 500-fact
    # review asks for each fact's lines and mapping, which re-read the whole file every time
    _cached_for: str | None = field(default=None, repr=False, compare=False)
    _cached_layout: Layout | None = field(default=None, repr=False, compare=False)
    _cached_raw: dict[int, Any] = field(default_factory=dict, repr=False, compare=False)
    _cached_lines: list[str] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> DeckEditor:
        """The deck at ``path``; QuizgenError (every problem, as `quizgen check` says them) if it is invalid."""
        from .errors import DeckError

        p = Path(path)
        raw = _read(p)
        text, line, problem = decode_text(raw, "deck")
        if problem or text is None:
            raise DeckError([Problem(str(p), line, problem or "cannot read")])
        newline = "\r\n" if "\r\n" in text else "\n"
        result = check_deck(p)  # kept across runs in the deck cache: a deck reviewed again opens at once
        if _read(p) != raw:  # changed meanwhile: check the bytes read here
            result = _check(p, text)
        if result.errors or result.deck is None:
            raise DeckError(result.errors)
        editor = cls(p, text, result, text, _disk=raw, _newline=newline)
        editor._layout()  # fails now, not at the first change, when the layout cannot be read
        return editor

    # -- state ------------------------------------------------------------------------------------
    @property
    def deck(self) -> Deck:
        assert self.result.deck is not None
        return self.result.deck

    @property
    def facts(self) -> tuple[Fact, ...]:
        return self.deck.facts

    @property
    def dirty(self) -> bool:
        return self.text != self.saved_text

    def marked(self) -> list[Fact]:
        """Facts still marked for review (not asked until the mark is removed)."""
        return [f for f in self.facts if f.review]

    def warnings(self) -> list[Problem]:
        """What `quizgen check --strict` would fail on (the marks among them)."""
        return list(self.result.warnings)

    def fact_warnings(self, index: int) -> list[str]:
        """The checker's warnings on the lines of fact ``index`` (1-based lines in the current text)."""
        start, end = self._layout().spans[index]
        return [w.message for w in self.result.warnings if w.line and start < w.line <= end]

    def index_of(self, fact_id: str) -> int | None:
        return next((i for i, f in enumerate(self.facts) if f.id == fact_id), None)

    def fact_source(self, index: int) -> str:
        """The lines of fact ``index`` as written (a one-item YAML list)."""
        start, end = self._layout().spans[index]
        if self._cached_lines is None:  # (cleared with the rest by _fresh)
            self._cached_lines = self._lines()
        return "\n".join(self._cached_lines[start:end]) + "\n"

    def raw_fact(self, index: int) -> dict[str, Any]:
        """The fact's mapping as written (round-trip types), for showing and editing values."""
        self._fresh()
        if (data := self._cached_raw.get(index)) is None:
            data = self._cached_raw[index] = self._load_fact(index)[0]
        return dict(data)

    # -- changes ----------------------------------------------------------------------------------
    def accept(self, index: int) -> bool:
        """Clear the fact's review mark (its confidence stays: informational). False if it had none."""
        fact = self.facts[index]
        data, start, end = self._load_fact(index)
        if "review" not in data:
            return False
        self._commit(self._without_key(data, start, end, "review"), f"accepted '{fact.id}'")
        return True

    def _without_key(self, data: Any, start: int, end: int, key: str) -> str:
        """The text without the lines of ``key`` (its value's lines too; comments before the next key stay)."""
        keys = list(data)
        first = start + data.lc.key(key)[0]
        later = keys[keys.index(key) + 1:]
        stop = start + data.lc.key(later[0])[0] if later else end
        lines = self._lines()
        while stop > first + 1 and _blank_or_comment(lines[stop - 1]):
            stop -= 1
        return self._join([*lines[:first], *lines[stop:]])

    def reject(self, index: int) -> None:
        """Remove the fact (its lines; comments around it stay)."""
        fact = self.facts[index]
        lines = self._lines()
        lay = self._layout()
        start, end = lay.spans[index]
        if len(lay.spans) == 1:
            new = [*lines[:lay.key_line], _facts_empty(lines[lay.key_line]), *lines[lay.key_line + 1:start],
                   *lines[end:]]
        else:
            drop_blank = end < len(lines) and not lines[end].strip() and (
                start - 1 == lay.key_line or not lines[start - 1].strip() or index == len(lay.spans) - 1)
            new = [*lines[:start], *lines[end + (1 if drop_blank else 0):]]
        self._commit(self._join(new), f"rejected '{fact.id}'")

    def check_field(self, index: int, key: str, raw: str) -> None:
        """EditRefused with the checker's messages if setting the field would make the deck invalid."""
        self._candidate(index, key, raw)

    def _candidate(self, index: int, key: str, raw: str) -> tuple[str, CheckResult]:
        """The text with field ``key`` of fact ``index`` set to ``raw`` as typed (empty: the field is
        removed), and what the checker says of it; EditRefused with its messages if invalid."""
        data, start, end = self._load_fact(index)
        value = self._value(key, raw, data.get(key))
        if value is None:
            if key not in data:
                raise EditRefused([f"'{key}' is already empty"])
            text = self._without_key(data, start, end, key)
            return text, self._validate(text)
        if key in data:
            data[key] = value
        else:
            data.insert(_position(data, key), key, value)
        text = self._splice(start, end, self._dump(data))
        return text, self._validate(text)

    def set_field(self, index: int, key: str, raw: str) -> None:
        """Set (or, with ``raw`` empty, remove) one field of a fact; EditRefused, nothing changed, if invalid."""
        fact = self.facts[index]
        text, result = self._candidate(index, key, raw)
        self._commit(text, f"edited '{key}' of '{fact.id}'", result)

    def add_fact(self, kind: str, fields: dict[str, str], source: str, quote: str) -> int:
        """Append a fact of ``kind`` with ``fields`` (as typed) citing ``quote`` of ``source``; its index.

        The id is made from the fields (unique in the deck). EditRefused if the deck would be invalid.
        """
        from ruamel.yaml.comments import CommentedMap, CommentedSeq

        data = CommentedMap()
        data["id"] = self._new_id(kind, fields)
        data["kind"] = kind
        for key in kind_fields(kind):
            if key == "review":
                continue
            value = self._value(key, fields.get(key, ""), None)
            if value is not None:
                data[key] = value
        citation = CommentedMap()
        citation["source"] = source
        citation["quote"] = quote
        data["sources"] = CommentedSeq([citation])
        lines = self._lines()
        lay = self._layout()
        dumped = self._dump(data)
        if lay.empty_flow or not lay.spans:
            key_line = lines[lay.key_line]
            new = [*lines[:lay.key_line], re.sub(r"\s*\[\s*\]", "", key_line, count=1), *dumped,
                   *lines[lay.key_line + 1:]]
        else:
            at = lay.spans[-1][1]
            gap = [""] if len(lay.spans) > 1 and not lines[lay.spans[1][0] - 1].strip() else []
            new = [*lines[:at], *gap, *dumped, *lines[at:]]
        text = self._join(new)
        self._commit(text, f"added '{data['id']}'", self._validate(text))
        return len(self.facts) - 1

    def undo(self) -> str | None:
        """Take back the last change; what it was, or None when there is nothing to undo."""
        if not self.history:
            return None
        step = self.history.pop()
        self.text = step.before
        self.result = _check(self.path, self.text)
        return step.what

    def save(self) -> Path:
        """Write the deck atomically; QuizgenError if the file changed on disk since it was opened or saved."""
        try:
            now = _read(self.path)
        except QuizgenError:
            now = None
        if now != self._disk:
            raise QuizgenError(f"{self.path}: the file changed on disk since it was opened; not saved "
                               f"(your changes are still here: save them elsewhere or undo)", "Not saved")
        data = self.text.encode("utf-8")
        write_text(self.path, self.text, force=True)
        self._disk = data
        self.saved_text = self.text
        return self.path

    # -- helpers ----------------------------------------------------------------------------------
    def _lines(self) -> list[str]:
        return self.text.split(self._newline)

    def _join(self, lines: Iterable[str]) -> str:
        return self._newline.join(lines)

    def _fresh(self) -> None:
        """Forget what was read from an older text."""
        if self._cached_for is not self.text:
            self._cached_for, self._cached_layout, self._cached_lines = self.text, None, None
            self._cached_raw.clear()

    def _layout(self) -> Layout:
        self._fresh()
        if self._cached_layout is not None:
            return self._cached_layout
        lay = layout(self._lines())
        if len(lay.spans) != len(self.facts):
            raise EditRefused([f"found {len(lay.spans)} facts in the file's layout but the deck has "
                               f"{len(self.facts)}: edit this deck in a text editor"])
        self._cached_layout = lay
        return lay

    def _load_fact(self, index: int) -> tuple[Any, int, int]:
        start, end = self._layout().spans[index]
        seq = self._yaml().load(self.fact_source(index))
        return seq[0], start, end

    def _yaml(self) -> Any:
        lay = self._layout() if self.facts else layout(self._lines())
        return _yaml(sequence=lay.key, offset=lay.dash)

    def _dump(self, data: Any) -> list[str]:
        from ruamel.yaml.comments import CommentedSeq

        buffer = io.StringIO()
        self._yaml().dump(CommentedSeq([data]), buffer)
        lines = buffer.getvalue().rstrip("\n").split("\n")
        while len(lines) > 1 and _blank_or_comment(lines[-1]):  # comments after the fact stay where they are
            lines.pop()
        return lines

    def _splice(self, start: int, end: int, new: list[str]) -> str:
        lines = self._lines()
        return self._join([*lines[:start], *new, *lines[end:]])

    def _validate(self, text: str) -> CheckResult:
        result = _check(self.path, text)
        if result.errors or result.deck is None:
            raise EditRefused([_message(p) for p in result.errors] or ["the deck would not load"])
        return result

    def _commit(self, text: str, what: str, result: CheckResult | None = None) -> None:
        result = result or self._validate(text)
        self.history.append(Step(self.text, what))
        self.text, self.result = text, result

    def _value(self, key: str, raw: str, old: Any) -> Any:
        """What ``raw`` (as typed) becomes in YAML, in the style of the value it replaces."""
        from ruamel.yaml.comments import CommentedSeq
        from ruamel.yaml.scalarstring import DoubleQuotedScalarString, SingleQuotedScalarString

        raw = raw.strip()
        if not raw:
            return None
        if key in LIST_FIELDS:
            parsed = _parse_scalar(raw) if raw.startswith("[") else None
            items = parsed if isinstance(parsed, list) else [p.strip() for p in raw.split(",") if p.strip()]
            seq = CommentedSeq([str(i) for i in items])
            if old is None or (hasattr(old, "fa") and old.fa.flow_style()):
                seq.fa.set_flow_style()
            return seq
        if key in YAML_VALUE_FIELDS:
            return _parse_scalar(raw)
        if key == "id" or key == "kind" or key == "source":
            return raw
        if isinstance(old, DoubleQuotedScalarString | SingleQuotedScalarString):
            if isinstance(old, SingleQuotedScalarString) and "\\" in raw:
                return DoubleQuotedScalarString(raw)
            return type(old)(raw)
        from ruamel.yaml.scalarstring import ScalarString

        if isinstance(old, ScalarString):  # folded or literal block: keep the style
            return type(old)(raw)
        return raw

    def _new_id(self, kind: str, fields: dict[str, str]) -> str:
        from .extract.facts import slug

        if kind == FactKind.LEADER:
            base = slug(f"{fields.get('name', '')} {fields.get('role', '')}", 7)
        else:
            words = fields.get("event") or fields.get("what") or fields.get("text") or kind
            base = slug(words)
            base = base if base.startswith(kind) else f"{kind}-{base}"
        base = base[:60].strip("-") or kind
        taken = {f.id for f in self.facts}
        fid, n = base, 2
        while fid in taken:
            fid, n = f"{base}-{n}", n + 1
        return fid


def _facts_empty(line: str) -> str:
    """"facts:  # comment" -> "facts: []  # comment" (a deck whose last fact went)."""
    m = re.match(r"^(facts\s*:)(\s*#.*)?$", line)
    return f"{m.group(1)} []{m.group(2) or ''}" if m else "facts: []"


def _position(data: Any, key: str) -> int:
    """Where a new key goes: before the first present key that comes after it in the format's order."""
    rank = _ORDER.index(key) if key in _ORDER else len(_ORDER) - 1
    for i, present in enumerate(data):
        if present in _ORDER and _ORDER.index(present) > rank:
            return i
    return len(data)


def _read(path: Path) -> bytes:
    try:
        return read_regular_file(path, MAX_DECK_BYTES, "deck")
    except UnreadableFile as exc:
        raise QuizgenError(f"{path}: {exc}", "Cannot read the deck") from None


def _check(path: Path, text: str) -> CheckResult:
    """What `quizgen check` says about ``text`` as the file at ``path`` (sources relative to it).

    Uses the checker's text entry (quizgen.deck.check_text): the same rules, no temp file.
    """
    from .deck import check_text

    return check_text(path, text)


def _message(problem: Problem) -> str:
    return f"line {problem.line}: {problem.message}" if problem.line else problem.message


# -- what the article says ------------------------------------------------------------------------
@dataclass(frozen=True)
class ArticleSentence:
    """One sentence of a source, with the facts (by index) that quote it."""

    source: str
    index: int
    text: str
    paragraph: int
    facts: tuple[int, ...] = ()


@dataclass(frozen=True)
class ArticleView:
    """A source's title, date and sentences, for showing beside the facts."""

    source: Source
    sentences: tuple[ArticleSentence, ...]
    error: str | None = None


def source_path(deck_path: Path, source: Source) -> Path:
    return deck_path.parent / source.path


@cache
def _read_article(path: str, mtime: int) -> Any:
    from .extract.article import read_article

    return read_article(path)


def _article(deck_path: Path, source: Source) -> Any:
    p = source_path(deck_path, source)
    return _read_article(str(p), p.stat().st_mtime_ns)


def articles(deck_path: Path, deck: Deck) -> list[ArticleView]:
    """Every source's sentences, each with the facts that quote it (a quote matches the sentences it
    contains or is contained in, after the checker's folding of spaces and typographic quotes)."""
    from .extract.sentences import split_sentences

    quotes = [(i, normalize_quote(c.quote), c.source) for i, f in enumerate(deck.facts) for c in f.sources]
    out = []
    for source in deck.sources:
        try:
            sentences = split_sentences(_article(deck_path, source))
        except (OSError, QuizgenError) as exc:
            out.append(ArticleView(source, (), str(exc)))
            continue
        mine = [(i, q) for i, q, s in quotes if s == source.id]
        norms = [normalize_quote(s.text) for s in sentences]
        found = _quoting(norms, mine)
        shown = [ArticleSentence(source.id, s.index, s.text, s.paragraph, tuple(sorted(found[n])))
                 for n, s in enumerate(sentences)]
        out.append(ArticleView(source, tuple(shown)))
    return out


def _quoting(norms: Sequence[str], quotes: Sequence[tuple[int, str]]) -> list[set[int]]:
    """For each sentence, the facts whose quote is it, is in it (12 characters or more) or contains it
    (a sentence of 20 or more): each side searched in the other joined into one text, not pair by pair."""
    found: list[set[int]] = [set() for _ in norms]
    sep = "\0"  # in neither (normalized text has no control characters)

    def joined(texts: Sequence[str]) -> tuple[str, list[int]]:
        starts, at = [], 0
        for t in texts:
            starts.append(at)
            at += len(t) + 1
        return sep.join(texts), starts

    def hits(needle: str, hay: str, starts: list[int]) -> Iterable[int]:
        at = hay.find(needle)
        while at >= 0:
            yield bisect_right(starts, at) - 1
            at = hay.find(needle, at + 1)

    sentences, s_starts = joined(norms)
    for i, q in quotes:
        if sep in q:  # (pair by pair)
            for n, norm in enumerate(norms):
                if q == norm or (len(q) >= 12 and q in norm) or (len(norm) >= 20 and norm in q):
                    found[n].add(i)
        elif len(q) >= 12:
            for n in hits(q, sentences, s_starts):
                found[n].add(i)
        else:
            for n, norm in enumerate(norms):
                if norm == q:
                    found[n].add(i)
    if quotes:
        text, q_starts = joined([q.replace(sep, " ") for _i, q in quotes])
        for n, norm in enumerate(norms):
            if len(norm) >= 20 and sep not in norm:
                for k in hits(norm, text, q_starts):
                    found[n].add(quotes[k][0])
    return found


def proposals(deck_path: Path, deck: Deck, source_id: str, sentence: str) -> dict[str, dict[str, str]]:
    """What the extractor proposes for one sentence of a source, per kind: field -> value as typed.

    The whole article is extracted (its context resolves dates and countries) and the facts quoting
    this sentence are kept; a kind it proposes nothing for is absent.
    """
    from .extract import extract_article
    from .extract.writer import fact_dict

    source = deck.source(source_id)
    article = _article(deck_path, source)
    if source.published and article.published is None:
        article = replace(article, published=dt.date.fromisoformat(source.published.iso()[:10])) \
            if len(source.published.iso()) == 10 else article
    target = normalize_quote(sentence)
    out: dict[str, dict[str, str]] = {}
    for fact in extract_article(article, source_id):
        if fact.kind in out or not any(normalize_quote(q.text) == target for q in fact.quotes):
            continue
        data = fact_dict(fact, "x")
        out[fact.kind] = {k: show_value(v) for k, v in data.items()
                          if k not in ("id", "kind", "sources", "confidence", "review")}
    return out


# -- questions --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FactQuestions:
    """The best questions a fact would give (as if its review mark were removed), or why none."""

    questions: tuple[Any, ...]
    reason: str | None = None
    importance: float = 0.0


def best_questions(deck: Deck, per_fact: int = 2) -> dict[str, FactQuestions]:
    """Fact id -> its best ``per_fact`` questions, ranked as the question engine ranks a set (the gate,
    then importance times how good the way of asking is; two of one fact asked differently)."""
    from .questions import generate
    from .questions.selection import gate, rank

    unmarked = replace(deck, facts=tuple(replace(f, review=None) if f.review else f for f in deck.facts))
    questions = generate(unmarked)
    kept, rejected = gate(questions, [unmarked])
    chosen: dict[str, list[Any]] = {}
    templates: dict[str, set[str]] = {}
    importance: dict[str, float] = {}
    for r in rank([(unmarked, kept)]):
        q = r.question
        importance.setdefault(q.fact_id, r.importance.score)
        got = chosen.setdefault(q.fact_id, [])
        seen = templates.setdefault(q.fact_id, set())
        if len(got) >= per_fact or q.template in seen or (q.template == "cloze" and got):
            continue
        got.append(q)
        seen.add(q.template)
    reasons: dict[str, str] = {}
    for rej in rejected:
        reasons.setdefault(rej.question.fact_id, rej.reason)
    out = {}
    for f in deck.facts:
        qs = tuple(chosen.get(f.id, ()))
        reason = None if qs else reasons.get(f.id, "no question can be made from it")
        out[f.id] = FactQuestions(qs, reason, importance.get(f.id, 0.0))
    return out


__all__ = ["ArticleSentence", "ArticleView", "DeckEditor", "EditRefused", "FactQuestions", "KINDS",
           "articles", "best_questions", "kind_fields", "layout", "proposals", "required_fields", "show_value"]
