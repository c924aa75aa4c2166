"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item's title, link, date and (full) content.

Parsed with the standard library's ``xml.etree`` after refusing any DOCTYPE or entity declaration, so
entity expansion ("billion laughs") and external entities cannot happen: without a DTD, expat knows
only the five predefined entities and numeric character references.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import urllib.parse
import xml.etree.ElementTree as ET
from dataclasses import dataclass

CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
_DECL = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.I)


class FeedError(ValueError):
    """A feed that cannot be read: not XML, not RSS or Atom, or with a DOCTYPE/entity declaration."""


@dataclass(frozen=True)
class FeedItem:
    """One item: ``content`` is its full HTML when the feed carries it (content:encoded, Atom content)."""

    index: int                 # 1-based position in the feed
    title: str
    link: str | None
    published: dt.date | None
    content: str | None


@dataclass(frozen=True)
class Feed:
    title: str | None
    items: tuple[FeedItem, ...]


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child(el: ET.Element, *names: str) -> ET.Element | None:
    for name in names:
        for c in el:
            if _local(c.tag) == name:
                return c
    return None


def _text(el: ET.Element | None) -> str:
    return re.sub(r"\s+", " ", "".join(el.itertext())).strip() if el is not None else ""


def parse_date(value: str) -> dt.date | None:
    """RFC 822 (RSS pubDate) or ISO 8601 (Atom, dc:date): the calendar date it names."""
    value = value.strip()
    if not value:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date() if parsed else None


def parse_feed(data: bytes, base_url: str | None = None) -> Feed:
    """The feed's items in feed order; links made absolute against ``base_url`` (the feed's address)."""
    if _DECL.search(data):
        raise FeedError("the feed declares a DOCTYPE or entities, which quizgen does not accept")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise FeedError(f"not a well-formed XML feed ({exc})") from None
    kind = _local(root.tag)
    if kind not in ("rss", "feed", "rdf"):
        raise FeedError(f"not an RSS or Atom feed (its root element is <{kind}>)")
    channel = _child(root, "channel") if kind in ("rss", "rdf") else root
    feed_title = _text(_child(channel, "title")) if channel is not None else ""
    raw_items = [el for el in root.iter() if _local(el.tag) in ("item", "entry")]
    items = []
    for n, el in enumerate(raw_items, 1):
        title = _text(_child(el, "title"))
        link = _link(el, base_url)
        date_el = _child(el, "pubdate", "published", "date", "issued", "updated", "created")
        published = parse_date(_text(date_el)) if date_el is not None else None
        content = None
        for c in el:
            if c.tag == f"{{{CONTENT_NS}}}encoded" or _local(c.tag) == "content":
                content = _content(c)
                if content:
                    break
        items.append(FeedItem(n, title, link, published, content))
    return Feed(feed_title or None, tuple(items))


def _link(el: ET.Element, base_url: str | None) -> str | None:
    href = None
    for c in el:
        if _local(c.tag) != "link":
            continue
        if c.get("href"):  # Atom: the alternate link (no rel means alternate)
            if c.get("rel", "alternate") == "alternate":
                href = c.get("href")
                break
        elif (c.text or "").strip():
            href = (c.text or "").strip()
            break
    if href is None:
        guid = _child(el, "guid")
        if guid is not None and guid.get("isPermaLink", "true") == "true" and (guid.text or "").startswith("http"):
            href = (guid.text or "").strip()
    if href and base_url:
        href = urllib.parse.urljoin(base_url, href)
    return href or None


def _content(el: ET.Element) -> str | None:
    """The HTML of a content element: escaped HTML text, or inline XHTML serialised back."""
    if el.get("type") == "xhtml" or len(el):
        for d in el.iter():
            d.tag = _local(d.tag) or d.tag  # <xhtml:p> back to <p>
        html = (el.text or "") + "".join(ET.tostring(c, encoding="unicode") for c in el)
    else:
        html = el.text or ""
    return html.strip() or None
