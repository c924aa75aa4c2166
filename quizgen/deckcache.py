"""Checked decks kept across runs: a second `quizgen check` (or `questions`, `export`, the quiz) of an
unchanged deck reads its checked result back instead of parsing and checking the YAML again.

Where: ``platformdirs.user_cache_dir("quizgen")/decks`` (``~/.cache/quizgen/decks`` on Linux), or
``$QUIZGEN_CACHE_DIR/decks``. One entry per deck path (the path as given, and where it resolves), so
editing a deck replaces its entry instead of adding one; the oldest entries beyond ``MAX_ENTRIES``
are removed when one is written.

An entry is used only when everything the result came from is unchanged: the deck file's bytes, the
bytes of every source article the check read (re-read and hashed each time: a content key, never a
modification time), whether quotes were checked, and the code that checks (quizgen's version, the
bytes of the modules that load and check a deck, PyYAML's files, the Python version). Anything else
(a different key, a truncated or damaged file, a format from another quizgen) is a miss: the deck is
checked from its YAML and the entry written again.

Only results without errors are kept (errors often come from files that are missing or unreadable,
which a content key cannot describe). Entries hold plain data (``marshal``, never pickle) behind a
header and a SHA-256 of the payload; they are written to a temp file and renamed into place, so a
concurrent reader sees the old entry or the whole new one; a failed write (full disk, read-only or
missing directory) is skipped without a word: the cache only ever saves time.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import marshal
import os
import sys
import time
from pathlib import Path

TYPE_CHECKING = False  # as typing's, which mypy reads the same way; importing typing costs ~3 ms of start-up
if TYPE_CHECKING:
    from typing import Any

    from .deck import CheckResult

FORMAT = 1
MAGIC = b"quizgen deck cache\n" + bytes([FORMAT])
_DIGEST = 32  # SHA-256 of the payload, right after MAGIC
MAX_ENTRIES = 256
ENV_DIR = "QUIZGEN_CACHE_DIR"
SUFFIX = ".deck"
# The modules whose code decides what a check says; a change to any of them is a miss (import closure
# of quizgen.deck, checked by tests/test_deckcache.py).
CODE_MODULES = ("__init__", "deck", "deckcache", "yamlload", "model", "dates", "text", "errors", "files")
_replace = os.replace  # bound here: a test that patches os.replace for an export must not see cache writes


class Uncacheable(Exception):
    """A result holding something this format does not store exactly: it is simply not cached."""


def cache_dir() -> Path:
    """The directory entries live in: ``$QUIZGEN_CACHE_DIR/decks``, else the user's cache directory."""
    root = os.environ.get(ENV_DIR)
    if not root:
        from platformdirs import user_cache_dir

        root = user_cache_dir("quizgen")
    return Path(root) / "decks"


def entry_path(shown: str, path: Path, check_quotes: bool) -> Path:
    """The one entry for this deck path (as given and as resolved) and quote setting."""
    name = f"{shown}\0{os.path.abspath(path)}\0{int(check_quotes)}"
    return cache_dir() / (hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:40] + SUFFIX)


def load(shown: str, path: Path, deck_digest: str, check_quotes: bool) -> CheckResult | None:
    """The cached result for this deck's bytes, or None (no entry, stale, damaged or unreadable)."""
    try:
        with open(entry_path(shown, path, check_quotes), "rb") as fh:
            blob = fh.read()
    except (OSError, ValueError):  # ValueError: a NUL in QUIZGEN_CACHE_DIR
        return None
    try:
        return _load(blob, shown, path, deck_digest, check_quotes)
    except Exception:  # any damage at all is a miss, never an error
        return None


def save(shown: str, path: Path, deck_digest: str, check_quotes: bool,
         reads: list[tuple[str, bytes | None]], result: CheckResult) -> None:
    """Keep ``result`` (a check without errors of these deck bytes, which read ``reads``); never raises
    for a cache that cannot be written, and writes nothing for a result it could not give back exactly."""
    if result.errors or result.deck is None or any(raw is None for _, raw in reads):
        return
    try:
        sources = [(spath, _digest(raw)) for spath, raw in reads if raw is not None]
        payload = marshal.dumps((_key(shown, path, deck_digest, check_quotes), sources, _encode(result)), 4)
        back = _decode(marshal.loads(payload)[2])  # what a later run would get must be exactly this
        if back != result or repr(back) != repr(result):
            return
        _write(entry_path(shown, path, check_quotes), MAGIC + hashlib.sha256(payload).digest() + payload)
    except (OSError, ValueError, TypeError, RecursionError, Uncacheable):
        return


# -- the key ------------------------------------------------------------------------------------

_code_fingerprint: str | None = None


def _key(shown: str, path: Path, deck_digest: str, check_quotes: bool) -> tuple[Any, ...]:
    return (FORMAT, _fingerprint(), shown, os.path.abspath(path), bool(check_quotes), deck_digest)


def _fingerprint() -> str:
    """quizgen's version and checking code, PyYAML's files and the Python that runs them, as one hash."""
    global _code_fingerprint
    if _code_fingerprint is None:
        from . import __version__

        h = hashlib.sha256(f"{__version__}\0{sys.version}\0{sys.implementation.cache_tag}\0".encode())
        here = Path(__file__).parent
        for name in CODE_MODULES:
            h.update(name.encode() + b"\0")
            try:
                h.update(_digest((here / f"{name}.py").read_bytes()).encode())
            except OSError:
                h.update(b"missing")
        for name, size, mtime in _yaml_files():
            h.update(f"{name}\0{size}\0{mtime}\0".encode())
        _code_fingerprint = h.hexdigest()
    return _code_fingerprint


def _yaml_files() -> list[tuple[str, int, int]]:
    """PyYAML's files (its version and whether the C loader is built), found without importing it."""
    from importlib.util import find_spec

    spec = find_spec("yaml")
    out: list[tuple[str, int, int]] = []
    for location in (spec.submodule_search_locations or []) if spec else []:
        with os.scandir(location) as entries:
            for entry in entries:
                if entry.is_file():
                    st = entry.stat()
                    out.append((entry.name, st.st_size, st.st_mtime_ns))
    return sorted(out)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- reading ------------------------------------------------------------------------------------

def _verified(blob: bytes) -> bytes | None:
    """An entry's payload when its header and checksum are intact, else None (a torn or foreign file)."""
    if not blob.startswith(MAGIC):
        return None
    digest, payload = blob[len(MAGIC): len(MAGIC) + _DIGEST], blob[len(MAGIC) + _DIGEST:]
    return payload if hashlib.sha256(payload).digest() == digest else None


def _load(blob: bytes, shown: str, path: Path, deck_digest: str, check_quotes: bool) -> CheckResult | None:
    payload = _verified(blob)
    if payload is None:
        return None
    gc_was_enabled = gc.isenabled()
    gc.disable()  # marshal builds tens of thousands of containers: collections would only slow it
    try:
        key, sources, encoded = marshal.loads(payload)
    finally:
        if gc_was_enabled:
            gc.enable()
    if key != _key(shown, path, deck_digest, check_quotes):
        return None
    from .deck import MAX_SOURCE_BYTES, _read_limited

    for spath, digest_hex in sources:  # every article the check read, still the same bytes
        raw, problem = _read_limited(path.parent / spath, MAX_SOURCE_BYTES, "source")
        if problem is not None or raw is None or _digest(raw) != digest_hex:
            return None
    return _decode(encoded)


def _decode(encoded: tuple[Any, ...]) -> CheckResult:
    from .dates import IsoDate
    from .deck import CheckResult
    from .errors import Problem
    from .model import Citation, Deck, Fact, Source

    shapes, path, deck_fields, source_rows, layouts, rows, warnings = encoded
    if shapes != _shapes():
        raise Uncacheable("the model changed")
    gc_was_enabled = gc.isenabled()
    gc.disable()  # tens of thousands of small objects: no collection can free any of them
    try:
        classes = _fact_classes()
        layouts = [(classes[name], dates) for name, dates in layouts]
        new, set_attribute = object.__new__, object.__setattr__
        # slot descriptors, looked up once: mypy sees the dataclass fields, not the slots behind them
        set_source, set_quote, set_line = (getattr(Citation, f).__set__ for f in ("source", "quote", "line"))
        facts: list[Fact] = []
        append = facts.append
        for layout, d in rows:  # d: the fact's __dict__ as it was, with citations and dates as tuples
            cls, dates = layouts[layout]
            citations = []
            for source, quote, line in d["sources"]:
                c = new(Citation)
                set_source(c, source)
                set_quote(c, quote)
                set_line(c, line)
                citations.append(c)
            d["sources"] = tuple(citations)
            for name in dates:
                d[name] = IsoDate(*d[name])
            fact = new(cls)
            set_attribute(fact, "__dict__", d)  # frozen: its own __setattr__ refuses
            append(fact)
        sources = []
        for values, dates in source_rows:
            fields = dict(values)
            for name in dates:
                fields[name] = IsoDate(*fields[name])
            sources.append(Source(**fields))
        deck = Deck(**dict(deck_fields), sources=tuple(sources), facts=tuple(facts))
        return CheckResult(path, deck, [], [Problem(*p) for p in warnings])
    finally:
        if gc_was_enabled:
            gc.enable()


# -- writing ------------------------------------------------------------------------------------

def _encode(result: CheckResult) -> tuple[Any, ...]:
    """Plain data (str, numbers, None, tuples) from which :func:`_decode` rebuilds ``result``."""
    from .dates import IsoDate
    from .errors import Problem
    from .model import Citation, Source

    deck = result.deck
    assert deck is not None
    if [f.name for f in dataclasses.fields(result)] != ["path", "deck", "errors", "warnings"]:
        raise Uncacheable("CheckResult changed")
    classes = {cls: name for name, cls in _fact_classes().items()}
    deck_fields = []
    for f in dataclasses.fields(deck):
        if f.name not in ("sources", "facts", "_by_source"):
            deck_fields.append((f.name, _plain(getattr(deck, f.name))))
    source_rows = []
    for s in deck.sources:
        if type(s) is not Source:
            raise Uncacheable(type(s).__name__)
        values, dates = [], []
        for f in dataclasses.fields(s):
            value = getattr(s, f.name)
            if type(value) is IsoDate:
                value = (value.year, value.month, value.day)
                dates.append(f.name)
            values.append((f.name, _plain(value)))
        source_rows.append((tuple(values), tuple(dates)))
    layouts: dict[tuple[str, tuple[str, ...]], int] = {}
    rows = []
    for fact in deck.facts:
        name = classes.get(type(fact))
        if name is None or not hasattr(fact, "__dict__"):
            raise Uncacheable(type(fact).__name__)
        d = dict(fact.__dict__)
        citations = d.get("sources")
        if type(citations) is not tuple or any(type(c) is not Citation for c in citations):
            raise Uncacheable("sources")
        d["sources"] = tuple((_plain(c.source), _plain(c.quote), _plain(c.line)) for c in citations)
        dates = []
        for key, value in d.items():
            if type(value) is IsoDate:
                d[key] = (value.year, value.month, value.day)
                dates.append(key)
            elif key != "sources":
                _plain(value)
        rows.append((layouts.setdefault((name, tuple(dates)), len(layouts)), d))
    warnings = []
    for p in result.warnings:
        if type(p) is not Problem:
            raise Uncacheable(type(p).__name__)
        warnings.append((_plain(p.path), _plain(p.line), _plain(p.message)))
    return (_shapes(), result.path, tuple(deck_fields), source_rows, list(layouts), rows, warnings)


def _plain(value: Any) -> Any:
    """``value`` when marshal gives it back as the same thing (exact types only), else Uncacheable."""
    kind = type(value)
    if kind in (str, int, float, bool) or value is None:
        return value
    if kind is tuple or kind is list:
        for v in value:
            _plain(v)
        return value
    if kind is dict:
        for k, v in value.items():
            _plain(k)
            _plain(v)
        return value
    raise Uncacheable(kind.__name__)


def _fact_classes() -> dict[str, type]:
    from .model import KIND_TYPES, OtherFact

    return {cls.__name__: cls for cls in (*KIND_TYPES.values(), OtherFact)}


def _shapes() -> tuple[Any, ...]:
    """The fields the decoder relies on; an entry from other shapes is a miss."""
    from .dates import IsoDate
    from .errors import Problem
    from .model import Citation

    return tuple(tuple(f.name for f in dataclasses.fields(cls)) for cls in (Citation, IsoDate, Problem))


def _write(target: Path, data: bytes, suffix: str = SUFFIX, keep: int = MAX_ENTRIES) -> None:
    """Temp file in the same directory, then one rename: readers see the old entry or the new one."""
    import tempfile

    directory = target.parent
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=suffix, dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        _replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _prune(directory, keep=target, suffix=suffix, limit=keep)


def _prune(directory: Path, keep: Path, suffix: str = SUFFIX, limit: int = MAX_ENTRIES) -> None:
    """Drop the oldest entries beyond ``limit``, and temp files a killed run left over an hour ago."""
    try:
        entries = []
        now = time.time()
        with os.scandir(directory) as it:
            for e in it:
                if not e.name.endswith(suffix):
                    continue
                mtime = e.stat().st_mtime
                if e.name.startswith(".tmp-"):
                    if now - mtime > 3600:
                        os.unlink(e.path)
                elif e.path != str(keep):
                    entries.append((mtime, e.path))
        entries.sort()
        for _, old in entries[: max(0, len(entries) - (limit - 1))]:
            os.unlink(old)
    except OSError:
        pass


# -- what is worked out from a deck (its facts' importance, its question sets) -----------------------
#
# Kept beside the checked decks, in ``<cache>/derived``, one entry per deck path(s), kind and parameters.
# An entry is used only when it was made from the very same inputs: the deck file's bytes (as checked,
# through the cache or not), the bytes of every source file the deck names (read and hashed again on
# each use), and every file of the quizgen package (its code and data: a change anywhere is a miss), the
# Python, PyYAML and the parameters. Decks not loaded from a file (``check_text``, built in memory) or
# loaded with ``cache=False`` are never looked up. Same file format and safety as the deck entries.

DERIVED_SUFFIX = ".derived"
MAX_DERIVED = 64
MAX_DERIVED_BYTES = 256 * 1024 * 1024  # an entry larger than this is not written
_decks: dict[int, tuple[Any, tuple[Any, ...]]] = {}  # id(deck) -> (deck, (digest, path, abspath, quotes))
_package_fingerprint: str | None = None


def remember(deck: Any, shown: str, path: Path, deck_digest: str, check_quotes: bool) -> None:
    """Note that ``deck`` is the checked content of ``path`` whose bytes hash to ``deck_digest``: what is
    worked out from it may be kept across runs (:func:`load_derived`)."""
    if len(_decks) > 64:
        _decks.clear()
    _decks[id(deck)] = (deck, (deck_digest, shown, os.path.abspath(path), bool(check_quotes)))


def forget(deck: Any) -> None:
    hit = _decks.get(id(deck))
    if hit is not None and hit[0] is deck:
        del _decks[id(deck)]


def load_derived(kind: str, decks: Any, params: Any) -> Any | None:
    """The plain data kept for ``kind`` of these decks with ``params``, or None (none kept, stale, damaged)."""
    try:
        key = _derived_key(kind, decks, params)
        if key is None:
            return None
        with open(_derived_path(kind, key), "rb") as fh:
            blob = fh.read()
    except (OSError, ValueError):
        return None
    try:
        payload = _verified(blob)
        if payload is None:
            return None
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            stored_key, data = marshal.loads(payload)
        finally:
            if gc_was_enabled:
                gc.enable()
        return data if stored_key == key else None
    except Exception:  # any damage at all is a miss, never an error
        return None


def save_derived(kind: str, decks: Any, params: Any, data: Any) -> None:
    """Keep ``data`` (plain values only: str, numbers, None, tuples, lists, dicts) for ``kind`` of these
    decks with ``params``; never raises for a cache that cannot be written."""
    try:
        key = _derived_key(kind, decks, params)
        if key is None:
            return
        payload = marshal.dumps((key, data), 4)
        if len(payload) > MAX_DERIVED_BYTES or marshal.loads(payload)[1] != data:
            return
        _write(_derived_path(kind, key), MAGIC + hashlib.sha256(payload).digest() + payload,
               suffix=DERIVED_SUFFIX, keep=MAX_DERIVED)
    except (OSError, ValueError, TypeError, RecursionError):
        return


def _derived_key(kind: str, decks: Any, params: Any) -> tuple[Any, ...] | None:
    parts = []
    for deck in decks:
        hit = _decks.get(id(deck))
        if hit is None or hit[0] is not deck:
            return None
        digest, shown, abspath, quotes = hit[1]
        base = Path(shown).parent
        sources = []
        for s in deck.sources:  # every article the deck names, as it is now
            from .deck import MAX_SOURCE_BYTES, _read_limited

            raw, _ = _read_limited(base / s.path, MAX_SOURCE_BYTES, "source")
            sources.append((s.path, None if raw is None else _digest(raw)))
        parts.append((digest, shown, abspath, quotes, deck.path, tuple(sources)))
    return (FORMAT, kind, _fingerprint(), _package(), params, tuple(parts))


def _derived_path(kind: str, key: tuple[Any, ...]) -> Path:
    """One entry per kind, deck paths and parameters: a changed deck replaces its entry."""
    where = repr((kind, key[4], [(p[1], p[2], p[3]) for p in key[5]]))
    name = hashlib.sha256(where.encode("utf-8", "surrogatepass")).hexdigest()[:40]
    return cache_dir().parent / "derived" / (name + DERIVED_SUFFIX)


def _package() -> str:
    """Every file of the quizgen package (code and data), hashed: what any derived result may depend on."""
    global _package_fingerprint
    if _package_fingerprint is None:
        root = Path(__file__).parent
        h = hashlib.sha256()
        for directory, dirs, files in sorted(os.walk(root)):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if name.endswith((".pyc", ".pyo")):
                    continue
                path = os.path.join(directory, name)
                h.update(os.path.relpath(path, root).encode("utf-8", "surrogatepass") + b"\0")
                try:
                    with open(path, "rb") as fh:
                        h.update(_digest(fh.read()).encode())
                except OSError:
                    h.update(b"unreadable")
        _package_fingerprint = h.hexdigest()
    return _package_fingerprint
