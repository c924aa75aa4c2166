"""Load and check a deck: YAML → validated, frozen :class:`Deck`, or every problem at once.

The loader is the one gate every tool goes through, so it reports all problems in one pass
(``path:line: message``, each pointing to docs/deck-format.md) instead of stopping at the first.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import math
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import deckcache
from .dates import IsoDate
from .errors import DECK_FORMAT_DOC, DeckError, Problem, printable
from .files import UnreadableFile, read_regular_file
from .model import (
    KIND_TYPES,
    Agreement,
    Citation,
    DateFact,
    Deck,
    Fact,
    FactKind,
    Figure,
    Leader,
    OtherFact,
    Source,
)

TYPE_CHECKING = False  # as typing's, which mypy reads the same way; importing typing costs ~3 ms of start-up
if TYPE_CHECKING:
    from typing import Any

    from .text import normalize_quote, opens_with_reference, reference_opening
    from .yamlload import LineDict, LineList, YamlSyntaxError, load_with_lines

MAX_DECK_BYTES = 20 * 1024 * 1024  # documented in docs/deck-format.md
MAX_SOURCE_BYTES = 20 * 1024 * 1024
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COMMON_FACT_FIELDS = {"id", "kind", "sources", "aliases", "notes", "as_of", "disputed", "confidence", "review",
                      "learner_note"}
KIND_FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # (required, optional)
    FactKind.LEADER: (("name", "role"), ("of",)),
    FactKind.DATE: (("event", "date"), ()),
    FactKind.FIGURE: (("what", "value", "unit", "text"), ("when",)),
    FactKind.AGREEMENT: (("parties", "what"), ("date",)),
    FactKind.QUOTE: (("speaker", "words"), ("role", "date")),
}
TOP_FIELDS = {"id", "title", "language", "sources", "facts", "description"}
SOURCE_FIELDS = {"id", "path", "title", "published", "url", "outlet", "notes"}


def doc(anchor: str) -> str:
    return f"(see {DECK_FORMAT_DOC}#{anchor})"


@dataclass
class CheckResult:
    """A loaded deck (None when it has errors) and everything said about it."""

    path: str
    deck: Deck | None
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        deck = self.deck
        if deck is None:
            return f"{self.path}: {len(self.errors)} error(s)"
        counts = deck.kind_counts()
        order = [k.value for k in FactKind] + sorted(set(counts) - {k.value for k in FactKind})
        parts = ", ".join(f"{counts[k]} {k}" for k in order if counts[k])
        facts = f"{len(deck.facts)} fact{'s' if len(deck.facts) != 1 else ''}"
        sources = f"{len(deck.sources)} source{'s' if len(deck.sources) != 1 else ''}"
        skipped = ""
        if unknown := deck.unknown_kinds():
            skipped = f" ({sum(unknown.values())} of unknown kind skipped: {', '.join(sorted(unknown))})"
        return printable(f"{self.path}: {facts}{f' ({parts})' if parts else ''}, {sources}, ok{skipped}")


_CACHE: dict[tuple[str, str, bool], tuple[tuple[tuple[str, int, int], ...], CheckResult]] = {}


def check_deck(path: str | os.PathLike[str], *, check_quotes: bool = True, cache: bool = True) -> CheckResult:
    """Load and validate ``path``; never raises for bad input, every problem is in the result.

    A repeat load of an unchanged file (same bytes, same source files) is served from memory, and
    across runs from the deck cache (quizgen/deckcache.py) unless ``cache`` is False.
    """
    shown = str(path)
    raw, problem = _read_limited(Path(path), MAX_DECK_BYTES, "deck")
    if problem:
        return CheckResult(shown, None, [Problem(shown, None, problem)])
    assert raw is not None
    # (SHA-256: with the CPU's SHA instructions, twice blake2b's speed on a 2 MB deck)
    key = (os.path.abspath(path), hashlib.sha256(raw).hexdigest()[:40], check_quotes)
    cached = _CACHE.get(key)
    if cached and cached[0] == _source_stamps(cached[1].deck, Path(path)):
        return _noted(cached[1], shown, Path(path), key[1], check_quotes, cache)
    result = deckcache.load(shown, Path(path), key[1], check_quotes) if cache else None
    if result is None:
        reads: list[tuple[str, bytes | None]] | None = [] if cache else None
        result = _check_bytes(shown, Path(path), raw, check_quotes, reads)
        if reads is not None:
            deckcache.save(shown, Path(path), key[1], check_quotes, reads, result)
    if not result.errors:
        _CACHE[key] = (_source_stamps(result.deck, Path(path)), result)
    return _noted(result, shown, Path(path), key[1], check_quotes, cache)


def _noted(result: CheckResult, shown: str, path: Path, digest: str, check_quotes: bool, cache: bool) -> CheckResult:
    """``result``, its deck noted as these bytes' (so what is worked out from it may be kept across runs,
    quizgen/deckcache.py), or never looked up there when ``cache`` is False."""
    if result.deck is not None and not result.errors:
        if cache:
            deckcache.remember(result.deck, shown, path, digest, check_quotes)
        else:
            deckcache.forget(result.deck)
    return result


def load_deck(path: str | os.PathLike[str], *, check_quotes: bool = True, cache: bool = True) -> Deck:
    """The deck at ``path``, or DeckError listing every problem."""
    result = check_deck(path, check_quotes=check_quotes, cache=cache)
    if result.errors or result.deck is None:
        raise DeckError(result.errors)
    return result.deck


def _source_stamps(deck: Deck | None, deck_path: Path) -> tuple[tuple[str, int, int], ...]:
    if deck is None:
        return ()
    stamps = []
    for s in deck.sources:
        p = deck_path.parent / s.path
        try:
            st = p.stat()
            stamps.append((str(p), st.st_mtime_ns, st.st_size))
        except (OSError, ValueError):  # ValueError: a NUL in the name
            stamps.append((str(p), -1, -1))
    return tuple(stamps)


def _read_limited(path: Path, limit: int, what: str) -> tuple[bytes | None, str | None]:
    try:
        return read_regular_file(path, limit, what), None
    except UnreadableFile as exc:
        return None, str(exc)


def decode_text(raw: bytes, what: str) -> tuple[str | None, int | None, str | None]:
    """UTF-8 text, or (None, line, message) for binary or mis-encoded input."""
    if b"\x00" in raw[:8192]:
        return None, None, f"looks like a binary file, not a {what} (YAML or text expected)"
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, line, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8"
    return text.removeprefix("\ufeff"), None, None


def _import_yaml_loader() -> None:
    """PyYAML, the line-keeping loader and the quote helpers, imported on the first parse: a deck served
    from the deck cache never needs them, and they are most of the start-up time of `quizgen check`."""
    global LineDict, LineList, YamlSyntaxError, load_with_lines, normalize_quote, opens_with_reference
    global reference_opening
    from .text import normalize_quote, opens_with_reference, reference_opening
    from .yamlload import LineDict, LineList, YamlSyntaxError, load_with_lines


def check_text(path: str | os.PathLike[str], text: str, *, check_quotes: bool = True) -> CheckResult:
    """Check a deck's text as if it were the file at ``path`` (sources resolved beside it), without
    reading or caching that file: what an editor validates before it saves."""
    return _check_bytes(str(path), Path(path), text.encode("utf-8"), check_quotes)


def _check_bytes(shown: str, path: Path, raw: bytes, check_quotes: bool,
                 reads: list[tuple[str, bytes | None]] | None = None) -> CheckResult:
    """Check a deck's bytes; ``reads``, when given, receives each source file read (path as written, bytes)."""
    _import_yaml_loader()
    text, line, problem = decode_text(raw, "deck")
    if problem:
        return CheckResult(shown, None, [Problem(shown, line, problem)])
    assert text is not None
    if not text.strip():
        message = f"empty file: a deck needs id, title, sources and facts {doc('top-level-fields')}"
        return CheckResult(shown, None, [Problem(shown, None, message)])
    gc_was_enabled = gc.isenabled()
    gc.disable()  # building 100,000s of small containers (the YAML's, then the facts) triggers needless
    try:  # full collections: nothing built here is garbage until the check is done
        try:
            data, key_problems = load_with_lines(text)
        except YamlSyntaxError as exc:
            return CheckResult(shown, None, [Problem(shown, exc.line, exc.message)])
        builder = _Builder(shown, path, check_quotes, reads)
        for line, message in key_problems:
            builder.error(line, message)
        deck = builder.build(data)
    finally:
        if gc_was_enabled:
            gc.enable()
    errors = sorted(builder.errors, key=lambda p: (p.line or 0))
    return CheckResult(shown, None if errors else deck, errors, builder.warnings)


# Where a sentence may start: the text's start, a line's, or after a sentence's end (its closing marks
# and spaces included), each position possibly an opening quotation mark.
_SENTENCE_START = re.compile(r"\A\s*|\n\s*|[.!?\u2026][\"'\u201d\u2019)\]]*\s+")


class _SourceText:
    """A source article, normalized, that finds a quote without scanning the whole text each time.

    Quotes are mostly whole sentences: an index from each sentence start's first characters to its
    positions turns 10,000 substring scans of a long article into look-ups. It only ever finds a quote
    sooner; a quote it does not find (part of a sentence, or not in the text) is looked for in the whole
    text, so the answer is always ``quote in text``.
    """

    KEY = 32  # (sentences of one story often open alike, "Russia and Vietnam signed ...": a short key
    # gathers hundreds of places to compare for each quote)

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: dict[str, list[int]] | None = None

    def contains(self, quote: str) -> bool:
        if len(quote) < self.KEY:
            return quote in self.text
        if self._starts is None:
            self._starts = {}
            text, key = self.text, self.KEY
            for m in _SENTENCE_START.finditer(text):
                self._starts.setdefault(text[m.end(): m.end() + key], []).append(m.end())
        for pos in self._starts.get(quote[: self.KEY], ()):
            if self.text.startswith(quote, pos):
                return True
        return quote in self.text  # part of a sentence, or not there: the plain scan decides

    def first_difference(self, quote: str) -> str:
        """Where a quote that is not in the text parts from it, for a user to fix the one wrong spot.

        The longest opening of the quote that the text contains is found by bisection (any shorter
        opening is contained too); the message shows its end and what follows in each.
        """
        low, high = 0, len(quote)  # quote[:low] is in the text, quote[:high + 1] is not
        while low < high:
            mid = (low + high + 1) // 2
            if quote[:mid] in self.text:
                low = mid
            else:
                high = mid - 1
        if low < min(8, len(quote)):
            return "its opening is not in the source at all"
        pos = self.text.index(quote[:low])
        shared = _clip_left(quote[:low], 30)
        theirs = self.text[pos + low: pos + low + 20]
        return (f"it matches the source up to “{shared}”, then the quote has “{_clip(quote[low:], 20)}” "
                f"where the source has “{_clip(theirs, 20) if theirs else '(the end of the text)'}”")


# The optional fields every fact may have, as a fact without any of them gets them (read as the
# field helpers of _Builder.fact read a missing field: no message, the default).
_NO_COMMON: dict[str, Any] = {"aliases": (), "notes": None, "learner_note": None, "as_of": None, "disputed": False,
                              "confidence": None, "review": None}


class _Builder:
    """Walks the YAML once, collecting problems and building the model where it can."""

    def __init__(self, shown: str, path: Path, check_quotes: bool,
                 reads: list[tuple[str, bytes | None]] | None = None) -> None:
        self.shown = shown
        self.path = path
        self.check_quotes = check_quotes
        self.reads = reads
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []
        self._source_text: dict[str, _SourceText | None] = {}

    def error(self, line: int | None, message: str) -> None:
        self.errors.append(Problem(self.shown, line, message))

    def warn(self, line: int | None, message: str) -> None:
        self.warnings.append(Problem(self.shown, line, f"warning: {message}"))

    def unknown(self, line: int | None, word: Any, known: Iterable[str], subject: str, ignored: str) -> None:
        """An unknown key or kind: a warning (a newer tool's deck stays valid), but an error when it is
        a typo of a known one, since the value it holds would otherwise silently vanish."""
        from difflib import get_close_matches  # only for an unknown word: not at start-up

        close = get_close_matches(str(word), sorted(known), n=1, cutoff=0.8)
        if close:
            self.error(line, f"{subject}: did you mean '{close[0]}'?")
        else:
            self.warn(line, f"{subject} {ignored}")

    # -- top level ---------------------------------------------------------------------------
    def build(self, data: Any) -> Deck | None:
        if not isinstance(data, LineDict):
            self.error(getattr(data, "line", 1) or 1,
                       f"a deck is a mapping with id, title, sources and facts {doc('top-level-fields')}")
            return None
        deck_id = self.slug(data, "id", "deck")
        title = self.text(data, "title", "deck")
        language = self.text(data, "language", "deck", required=False) or "en"
        description = self.text(data, "description", "deck", required=False)
        for key in data:
            if key not in TOP_FIELDS:
                self.unknown(data.line_of(key), key, TOP_FIELDS, f"unknown top-level field '{key}'", "(ignored)")
        sources = self.sources(data)
        source_ids = {s.id for s in sources}
        facts = self.facts(data, source_ids)
        if deck_id is None or title is None:
            return None
        return Deck(deck_id, title, language, tuple(sources), tuple(facts), self.shown, description)

    def sources(self, data: LineDict) -> list[Source]:
        items = data.get("sources")
        if not isinstance(items, LineList) or not items:
            self.error(data.line_of("sources"), f"'sources' must be a non-empty list {doc('sources')}")
            return []
        out: list[Source] = []
        seen: dict[str, int] = {}
        for i, item in enumerate(items):
            line = items.line_of(i)
            if not isinstance(item, LineDict):
                self.error(line, f"each source is a mapping with id, path and title {doc('sources')}")
                continue
            sid = self.slug(item, "id", "source")
            spath = self.text(item, "path", "source")
            title = self.text(item, "title", "source")
            published = self.date(item, "published", required=False)
            for key in item:
                if key not in SOURCE_FIELDS:
                    self.unknown(item.line_of(key), key, SOURCE_FIELDS, f"unknown source field '{key}'", "(ignored)")
            if sid is not None:
                if sid in seen:
                    self.error(item.line_of("id"), f"duplicate source id '{sid}' (first at line {seen[sid]})")
                seen.setdefault(sid, item.line_of("id"))
            if spath is not None and sid is not None:
                self._load_source(sid, spath, item.line_of("path"))
            if sid is not None and spath is not None and title is not None:
                out.append(Source(sid, spath, title, published, self.text(item, "url", "source", required=False),
                                  self.text(item, "outlet", "source", required=False),
                                  self.text(item, "notes", "source", required=False), item.line))
        return out

    def _load_source(self, sid: str, spath: str, line: int) -> None:
        if not self.check_quotes:
            return
        target = self.path.parent / spath
        raw, problem = _read_limited(target, MAX_SOURCE_BYTES, "source")
        if self.reads is not None:
            self.reads.append((spath, raw))
        text = None
        if problem is None and raw is not None:
            text, _, problem = decode_text(raw, "source article")
        if problem:
            self.error(line, f"source '{sid}': {spath}: {problem} (paths are relative to the deck file)")
            self._source_text[sid] = None
        else:
            assert text is not None
            self._source_text[sid] = _SourceText(normalize_quote(text))

    # -- facts -------------------------------------------------------------------------------
    def facts(self, data: LineDict, source_ids: set[str]) -> list[Fact]:
        items = data.get("facts")
        if "facts" not in data or items is None:
            self.error(data.line, f"missing 'facts' (a list; may be empty) {doc('facts')}")
            return []
        if not isinstance(items, LineList):
            self.error(data.line_of("facts"), f"'facts' must be a list {doc('facts')}")
            return []
        out: list[Fact] = []
        seen: dict[str, int] = {}
        for i, item in enumerate(items):
            line = items.line_of(i)
            if not isinstance(item, LineDict):
                self.error(line, f"each fact is a mapping with id, kind and sources {doc('facts')}")
                continue
            fact = self.fact(item, source_ids)
            fid = item.get("id")
            if isinstance(fid, str):
                if fid in seen:
                    self.error(item.line_of("id"), f"duplicate fact id '{fid}' (first at line {seen[fid]})")
                seen.setdefault(fid, item.line_of("id"))
            if fact is not None:
                out.append(fact)
        return out

    def fact(self, item: LineDict, source_ids: set[str]) -> Fact | None:
        n_errors = len(self.errors)
        fid = self.slug(item, "id", "fact")
        what = f"fact '{fid}'" if fid else "fact"
        kind = self.text(item, "kind", what)
        citations = self.citations(item, what, source_ids)
        common: dict[str, Any] = _NO_COMMON if item.keys().isdisjoint(_NO_COMMON) else {
            "aliases": self.string_list(item, "aliases", what, required=False) or (),
            "notes": self.text(item, "notes", what, required=False),
            "learner_note": self.text(item, "learner_note", what, required=False),
            "as_of": self.date(item, "as_of", required=False),
            "disputed": self.boolean(item, "disputed", what),
            "confidence": self.confidence(item, what),
            "review": self.review(item, what),
        }
        if kind is None:
            return None
        if kind not in KIND_TYPES:
            self.unknown(item.line_of("kind"), kind, KIND_TYPES,
                         f"{what}: unknown kind '{kind}'", f"is kept but skipped by the tools {doc('facts')}")
            extra = tuple((k, v) for k, v in item.items() if k not in COMMON_FACT_FIELDS)
            if len(self.errors) > n_errors or fid is None:
                return None
            return OtherFact(id=fid, kind=kind, sources=tuple(citations), line=item.line, data=extra, **common)
        required, optional = KIND_FIELDS[kind]
        for key in item:
            if key not in COMMON_FACT_FIELDS and key not in required and key not in optional:
                self.unknown(item.line_of(key), key, {*COMMON_FACT_FIELDS, *required, *optional},
                             f"{what}: '{key}' is not a {kind} field", f"(ignored) {doc(kind)}")
        specific = getattr(self, f"_{kind}")(item, what)
        self.draft_warnings(item, what)
        if len(self.errors) > n_errors or fid is None or specific is None:
            return None
        cls = KIND_TYPES[kind]
        return cls(id=fid, kind=kind, sources=tuple(citations), line=item.line, **common, **specific)

    def _leader(self, item: LineDict, what: str) -> dict[str, Any] | None:
        return {"name": self.text(item, "name", what, kind="leader"),
                "role": self.text(item, "role", what, kind="leader"),
                "of": self.text(item, "of", what, required=False)}

    def _date(self, item: LineDict, what: str) -> dict[str, Any] | None:
        return {"event": self.text(item, "event", what, kind="date"),
                "date": self.date(item, "date", required=True, what=what, kind="date")}

    def _figure(self, item: LineDict, what: str) -> dict[str, Any] | None:
        value = item.get("value")
        if "value" not in item:
            self.error(item.line, f"{what}: figure needs 'value' (a plain number) {doc('figure')}")
        elif isinstance(value, bool) or not isinstance(value, int | float) or not _finite(value):
            self.error(item.line_of("value"),
                       f"{what}: 'value' must be a plain number like 3500000000, not {_show(value)} {doc('figure')}")
        when = item.get("when")
        if isinstance(when, int) and not isinstance(when, bool):
            when = str(when)  # `when: 2022` unquoted is a year, and means the same as "2022"
            item = _with(item, "when", when)
        return {"what": self.text(item, "what", what, kind="figure"), "value": value,
                "unit": self.text(item, "unit", what, kind="figure"),
                "text": self.text(item, "text", what, kind="figure"),
                "when": self.text(item, "when", what, required=False)}

    def _agreement(self, item: LineDict, what: str) -> dict[str, Any] | None:
        parties = self.string_list(item, "parties", what, required=True, kind="agreement")
        return {"parties": parties, "what": self.text(item, "what", what, kind="agreement"),
                "date": self.date(item, "date", required=False, what=what)}

    def _quote(self, item: LineDict, what: str) -> dict[str, Any] | None:
        words = self.text(item, "words", what, kind="quote")
        out = {"speaker": self.text(item, "speaker", what, kind="quote"), "words": words,
               "role": self.text(item, "role", what, required=False),
               "date": self.date(item, "date", required=False, what=what)}
        quotes = item.get("sources")
        if words and isinstance(quotes, LineList) and not any(
                isinstance(c, LineDict) and isinstance(c.get("quote"), str)
                and normalize_quote(words) in normalize_quote(c["quote"]) for c in quotes):
            self.error(item.line_of("words"), f"{what}: 'words' must be the speaker's words as in the cited sentence "
                                              f"{doc('quote')}")
        return out

    def citations(self, item: LineDict, what: str, source_ids: set[str]) -> list[Citation]:
        items = item.get("sources")
        if not isinstance(items, LineList) or not items:
            self.error(item.line_of("sources"),
                       f"{what}: 'sources' must list at least one {{source, quote}} {doc('facts')}")
            return []
        out = []
        for i, entry in enumerate(items):
            line = items.line_of(i)
            if not isinstance(entry, LineDict):
                self.error(line, f"{what}: each source entry is a mapping {{source: ID, quote: TEXT}} {doc('facts')}")
                continue
            sid = self.text(entry, "source", what)
            quote = self.text(entry, "quote", what)
            if sid is None or quote is None:
                continue
            if sid not in source_ids:
                known = ", ".join(sorted(source_ids)) or "none"
                self.error(entry.line_of("source"), f"{what}: unknown source '{sid}' (deck sources: {known})")
                continue
            if self.check_quotes:
                src = self._source_text.get(sid)
                if src is not None and not src.contains(normalize_quote(quote)):
                    self.error(entry.line_of("quote"),
                               f"{what}: quote not found verbatim in source '{sid}': {_clip(quote)}; "
                               f"{src.first_difference(normalize_quote(quote))} {doc('quotes')}")
            out.append(Citation(sid, quote, entry.line_of("quote")))
        return out

    # -- scalar helpers ----------------------------------------------------------------------
    def text(self, item: LineDict, key: str, what: str, *, required: bool = True,
             kind: str | None = None) -> str | None:
        value = item.get(key)
        if type(value) is str and (value := value.strip()):  # (the usual case: 80,000 times in a large deck)
            return value
        anchor = kind or ("sources" if what == "source" else "facts" if "fact" in what else "top-level-fields")
        if key not in item or item[key] is None:
            if required:
                self.error(item.line, f"{what}: missing '{key}' {doc(anchor)}")
            return None
        value = item[key]
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.error(item.line_of(key), f"{what}: '{key}' must be text, not {_type_name(value)} {doc(anchor)}")
            return None
        value = str(value).strip()
        if not value:
            if required:
                self.error(item.line_of(key), f"{what}: '{key}' is empty {doc(anchor)}")
            return None
        return value

    def slug(self, item: LineDict, key: str, what: str) -> str | None:
        value = self.text(item, key, what)
        if value is not None and not SLUG.match(value):
            self.error(item.line_of(key),
                       f"{what} {key} '{_clip(value)}' is not a slug (lowercase letters, digits and single hyphens, "
                       f"like 'to-lam-president') {doc('ids')}")
            return None
        return value

    def date(self, item: LineDict, key: str, *, required: bool, what: str = "", kind: str | None = None,
             ) -> IsoDate | None:
        if key not in item or item[key] is None:
            if required:
                self.error(item.line, f"{what}: missing '{key}' {doc(kind or 'dates')}")
            return None
        try:
            return IsoDate.parse(item[key])
        except ValueError as exc:
            self.error(item.line_of(key), f"{what + ': ' if what else ''}'{key}': {exc} {doc('dates')}")
            return None

    def draft_warnings(self, item: LineDict, what: str) -> None:
        """What a draft still needs a person for, said without failing the deck (`--strict` fails it)."""
        if item.get("review"):
            return  # the mark says what to look at
        for key in ("event", "what"):
            value = item.get(key)
            if not isinstance(value, str):
                continue
            if any(gap in value for gap in ("\u2026", "...", "___")):
                self.warn(item.line_of(key), f"{what}: '{key}' has a placeholder (…) where the extractor cut the "
                                             f"sentence; write the words {doc('review')}")
            elif opens_with_reference(value):
                self.warn(item.line_of(key), f"{what}: '{key}' opens with '{reference_opening(value)}', which says "
                                             f"nothing outside its article; name who or what it is {doc('review')}")

    def confidence(self, item: LineDict, what: str) -> float | None:
        value = item.get("confidence")
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            self.error(item.line_of("confidence"), f"{what}: 'confidence' must be a number from 0 to 1 "
                                                   f"{doc('review')}")
            return None
        return float(value)

    def review(self, item: LineDict, what: str) -> str | None:
        """The review mark: the reason the fact needs a person's look (``true`` when no reason is given);
        ``false`` or no mark at all: reviewed."""
        value = item.get("review")
        if value is None or value is False:
            return None
        if value is True:
            return "marked for review"
        if isinstance(value, str) and value.strip():
            self.warn(item.line_of("review"), f"{what}: marked for review ({_clip(value.strip())}); it is not "
                                              f"asked until the mark is removed {doc('review')}")
            return value.strip()
        self.error(item.line_of("review"), f"{what}: 'review' must be a reason (text) or true/false {doc('review')}")
        return None

    def boolean(self, item: LineDict, key: str, what: str) -> bool:
        value = item.get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.error(item.line_of(key), f"{what}: '{key}' must be true or false {doc('optional-fields')}")
            return False
        return value

    def string_list(self, item: LineDict, key: str, what: str, *, required: bool,
                    kind: str | None = None) -> tuple[str, ...] | None:
        anchor = kind or "optional-fields"
        value = item.get(key)
        if value is None:
            if required:
                self.error(item.line, f"{what}: missing '{key}' (a list) {doc(anchor)}")
            return None
        if isinstance(value, str):
            value_list: list[Any] = [value]
        elif isinstance(value, LineList):
            value_list = list(value)
        else:
            self.error(item.line_of(key), f"{what}: '{key}' must be a list of names {doc(anchor)}")
            return None
        out = []
        for v in value_list:
            if isinstance(v, bool) or not isinstance(v, str | int | float) or not str(v).strip():
                self.error(item.line_of(key), f"{what}: every entry of '{key}' must be non-empty text {doc(anchor)}")
                return None
            out.append(str(v).strip())
        if required and not out:
            self.error(item.line_of(key), f"{what}: '{key}' is empty {doc(anchor)}")
            return None
        return tuple(out)


def _finite(value: int | float) -> bool:
    """A number a float can hold: 10**400 written out in a deck is not a figure (and overflows later)."""
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


def _with(item: LineDict, key: str, value: Any) -> LineDict:
    copy = LineDict()
    copy.update(item)
    copy.line, copy.key_lines = item.line, item.key_lines
    copy[key] = value
    return copy


def _type_name(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true/false"
    return type(value).__name__


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f"the text {_clip(value)!r}"
    if isinstance(value, int | float) and not isinstance(value, bool):  # too large, or nan/inf
        return f"the number {_clip(str(value))}"
    return _type_name(value)


def _clip(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _clip_left(text: str, limit: int) -> str:
    """The end of ``text``, at most ``limit`` characters: what comes just before a difference."""
    text = " ".join(text.split())
    return text if len(text) <= limit else "…" + text[len(text) - limit + 1:]


def dump_deck(deck: Deck) -> str:
    """YAML text in FACTS.md field order, unicode kept, for decks quizgen writes."""
    import yaml

    return yaml.dump(deck.to_dict(), Dumper=_dumper(), sort_keys=False, allow_unicode=True, width=100)


@functools.cache
def _dumper() -> type:
    """A SafeDumper that writes every string as a plain scalar where it can (made on first use)."""
    import yaml

    class _Dumper(yaml.SafeDumper):
        pass

    def _str_presenter(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data)

    _Dumper.add_representer(str, _str_presenter)
    return _Dumper

CheckFn = Callable[[str], CheckResult]
__all__ = ["CheckResult", "check_deck", "load_deck", "dump_deck", "MAX_DECK_BYTES",
           "Leader", "DateFact", "Figure", "Agreement"]
