"""The ways an article comes in (a plain-text file, a saved page, a URL, a feed item's HTML) and the
deck made from them, with each web page's text saved beside the deck.

A deck's source must be a plain-text file its quotes can be checked against, so a page's article
(headline, date line, body: :meth:`webpage.Page.article_text`) is written next to the deck, as
``NAME.txt`` for a deck ``NAME.yaml`` (``NAME-b.txt``... when one deck merges several pages), and the
deck's source records the page's ``url`` and ``outlet``.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DeckError, OutputExistsError, Problem, QuizgenError
from .article import MAX_BYTES
from .webpage import NotAnArticle, Page, looks_like_html, read_page


@dataclass(frozen=True)
class Loaded:
    """One article ready for extraction: a text file to quote as it is, or a page's text to save first."""

    where: str                   # what the user gave: a path, a URL, "FEED item 3"
    path: str | None = None      # a plain-text article file, quoted where it is
    text: str | None = None      # a page's article text, to be saved beside the deck
    url: str | None = None
    outlet: str | None = None


@dataclass(frozen=True)
class Built:
    """A deck ready to write: its YAML, the page texts it needs beside it, and its extraction summary."""

    deck_path: Path | None
    yaml_text: str
    texts: dict[Path, str] = field(default_factory=dict)
    summary: str = ""
    undated: tuple[str, ...] = ()   # inputs with no publication date (and no --published)


def error(where: str, message: str) -> DeckError:
    return DeckError([Problem(where, None, message)])


def load_input(spec: str, *, timeout: float | None = None) -> Loaded:
    """A path (plain text or a saved page, told apart by content or suffix) or an http(s) URL."""
    if spec.lower().startswith(("http://", "https://")):  # fetch.is_url; fetch imports urllib, http and ssl
        from .fetch import TIMEOUT, fetch

        got = fetch(spec, MAX_BYTES, timeout=timeout or TIMEOUT)
        if got.content_type == "text/plain" and not looks_like_html(got.body):
            return Loaded(spec, text=_decode_text(spec, got.body, got.charset), url=got.url)
        return from_html(spec, got.body, got.url)
    from ..files import UnreadableFile, read_regular_file

    try:
        raw = read_regular_file(spec, MAX_BYTES, "article")
    except UnreadableFile as exc:
        if exc.size is not None:
            raise error(spec, f"article is over the {MAX_BYTES // 2**20} MB limit") from None
        message = "no such article file" if str(exc) == "no such file" else str(exc)
        raise error(spec, message) from None
    if looks_like_html(raw, spec):
        return from_html(spec, raw, None)
    return Loaded(spec, path=spec)  # read (and checked) again by extract_deck, as before


def from_html(where: str, data: bytes | str, url: str | None, *, title: str | None = None,
              published: dt.date | None = None, outlet: str | None = None) -> Loaded:
    """A page's article; ``title``/``published``/``outlet`` (a feed item's) fill what the page lacks."""
    if isinstance(data, bytes) and b"\x00" in data[:8192]:
        raise error(where, "looks like a binary file, not a web page")
    try:
        page = read_page(data, url, title, outlet)
    except NotAnArticle as exc:
        raise error(where, f"{exc} (not an article page?)") from None
    page = Page(page.title or (title or ""), page.text, page.published or published, page.url or url,
                page.outlet or outlet)
    return Loaded(where, text=page.article_text(), url=page.url, outlet=page.outlet)


def _decode_text(where: str, body: bytes, charset: str | None) -> str:
    if b"\x00" in body[:8192]:
        raise error(where, "looks like a binary file, not an article")
    try:
        text = body.decode(charset or "utf-8")
    except (UnicodeDecodeError, LookupError):
        raise error(where, "is not UTF-8 text") from None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise error(where, "article is empty")
    return text


def text_paths(deck_path: Path, loaded: list[Loaded]) -> dict[int, Path]:
    """Where each page's text goes: NAME.txt beside NAME.yaml, or NAME-<source id>.txt for several."""
    from .pipeline import _source_ids

    pages = [i for i, item in enumerate(loaded) if item.text is not None]
    ids = _source_ids(len(loaded))
    stem = deck_path.with_suffix("") if deck_path.suffix in (".yaml", ".yml") else deck_path
    if len(pages) == 1:
        return {pages[0]: stem.with_name(stem.name + ".txt")}
    return {i: stem.with_name(f"{stem.name}-{ids[i]}.txt") for i in pages}


def build_deck(loaded: list[Loaded], deck_path: Path | None, *, deck_id: str | None = None,
               title: str | None = None, published: dt.date | None = None) -> Built:
    """One deck from the articles (merged as ``extract_deck`` merges them), to be written at ``deck_path``."""
    from .article import parse_article, read_article
    from .pipeline import SourceInfo, deck_from_articles

    if deck_path is None and any(item.text is not None for item in loaded):
        where = next(item.where for item in loaded if item.text is not None)
        raise error(where, "a web page's text is saved beside its deck: give -o DECK.yaml, not -o -")
    out_dir = deck_path.parent if deck_path is not None else Path.cwd()
    targets = text_paths(deck_path, loaded) if deck_path is not None else {}
    articles, infos = [], []
    for i, item in enumerate(loaded):
        if item.text is None:  # a text file, quoted where it is
            article = read_article(str(item.path), published)
            path = article.path
        else:  # a page's text, parsed as it will be saved beside the deck
            path = str(targets[i])
            article = parse_article(item.text, path, published)
        articles.append(article)
        rel = Path(os.path.relpath(os.path.abspath(path), os.path.abspath(out_dir))).as_posix()
        infos.append(SourceInfo(rel, item.url, item.outlet))
    result = deck_from_articles(articles, infos, deck_id=deck_id, title=title)
    undated = tuple(item.where for item, a in zip(loaded, result.articles, strict=True) if a.published is None)
    texts = {targets[i]: loaded[i].text or "" for i in targets}
    return Built(deck_path, result.yaml_text, texts, result.summary(), undated)


def check_targets(built: Built, *, force: bool) -> None:
    """Refuse before writing anything: an existing deck, or a page text that differs from the one to write."""
    from ..atomic import occupied

    if built.deck_path is None:
        return
    for path, text in built.texts.items():
        if path.exists() and not force and not _same(path, text):
            raise OutputExistsError(str(path))
    if occupied(built.deck_path) and not force:
        raise OutputExistsError(str(built.deck_path))


def write_built(built: Built, *, force: bool) -> None:
    """The page texts first, the deck last (a deck never names a text that is not there), each atomically."""
    from ..atomic import write_text

    check_targets(built, force=force)
    assert built.deck_path is not None
    written: list[Path] = []
    try:
        for path, text in built.texts.items():
            if path.exists():
                if _same(path, text):
                    continue
                write_text(path, text, force=True)  # --force (check_targets refused it otherwise)
                continue
            write_text(path, text)
            written.append(path)
        write_text(built.deck_path, built.yaml_text, force=force)
    except QuizgenError:
        for path in written:  # no new text left behind without its deck
            try:
                path.unlink()
            except OSError:
                pass
        raise


def _same(path: Path, text: str) -> bool:
    try:
        return path.is_file() and path.read_bytes() == text.encode("utf-8")
    except OSError:
        return False


__all__ = ["Built", "Loaded", "build_deck", "check_targets", "from_html", "load_input", "write_built"]
