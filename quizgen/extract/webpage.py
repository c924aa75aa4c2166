"""Reading a saved news page (HTML): the article's own text, headline, date, address and outlet.

The text is what trafilatura finds to be the article: navigation, cookie banners, related links,
newsletter boxes and comments are left out. The headline is trafilatura's (JSON-LD ``headline``,
``og:title``, the ``<h1>``...). The date is only ever one the page states about *this* article, in
this order:

1. JSON-LD of an article type (``NewsArticle``, ``Article``, ``BlogPosting``...): ``datePublished``;
2. a publication meta tag (``article:published_time``, ``itemprop="datePublished"``, ``pubdate``,
   ``DC.date.issued``, ``parsely-pub-date``...);
3. a ``<time datetime>`` marked as the publication time, or the first one in the ``<article>`` that
   holds the headline (outside comments);
4. a "Published 10 July 2023" line at the top of the article's text;
5. htmldate on the page's ``<head>`` and address alone (other meta tags, a date in the URL).

Dates in the body, in sidebars, comments, related stories or tickers are never used: htmldate on the
whole page picks those up when a page has no date of its own, so it is only given the head.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

ARTICLE_TYPES = {"newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                 "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle",
                 "socialmediaposting", "liveblogposting", "techarticle", "report", "webpage"}
PUBLISHED_META = ("article:published_time", "og:article:published_time", "og:published_time", "datepublished",
                  "pubdate", "publishdate", "publish-date", "publish_date", "published_time", "date",
                  "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created",
                  "dcterms.created", "citation_publication_date", "parsely-pub-date", "sailthru.date",
                  "article.published", "original-publish-date", "og:pubdate", "rnews:datepublished")
_ISO_START = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html)[\s>]",
                         re.I | re.S)


@dataclass(frozen=True)
class Page:
    """What a news page says about its article. ``text`` is the body, paragraphs separated by blank lines."""

    title: str
    text: str
    published: dt.date | None
    url: str | None
    outlet: str | None

    def article_text(self) -> str:
        """The page as a plain-text article quizgen reads: headline, date line, blank line, body.

        This is the file a deck's source ``path`` names; quotes are checked against it.
        """
        head = [self.title, ""]
        if self.published:
            head += [f"Published: {self.published.isoformat()}", ""]
        return "\n".join([*head, self.text]) + "\n"


class NotAnArticle(ValueError):
    """The page has no article text trafilatura can find (a front page, a login wall, an empty page)."""


def looks_like_html(data: bytes, name: str = "") -> bool:
    """HTML by content (``<!DOCTYPE html`` or ``<html`` first, after a BOM and white space) or by suffix."""
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    return bool(_HTML_START.match(data[:4096]))


def read_page(data: bytes | str, url: str | None = None, title: str | None = None,
              outlet: str | None = None) -> Page:
    """The article of a news page. ``url`` is where it was fetched from (the fallback for ``url``);
    ``title`` and ``outlet`` (a feed item's and its channel's) are used when the page names none itself
    (the outlet before trafilatura's guess from the host name).

    Raises NotAnArticle when the page holds no article text.
    """
    import trafilatura
    from lxml import html as lxml_html

    if isinstance(data, bytes):
        data = _decode(data)
    tree = _parse(data, lxml_html)
    doc = trafilatura.bare_extraction(data, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, include_images=False, deduplicate=False)
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not body:
        raise NotAnArticle("no article text found on the page")
    ld = _json_ld_article(tree) if tree is not None else {}
    title = _clean(str(ld.get("headline") or "")) or _clean(getattr(doc, "title", None) or "") or _clean(title or "")
    paragraphs = [_clean(p) for p in body.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the headline is the title line, not a paragraph of the body
    if not paragraphs or sum(len(p) for p in paragraphs) < 80:
        raise NotAnArticle("no article text found on the page")
    if not title:
        title = paragraphs[0][:120]
    published = _published(tree, ld, paragraphs, url)
    if published is None and tree is not None:
        published = _htmldate_head(tree, lxml_html, url)
    page_url = _page_url(tree, ld, doc, url)
    outlet = _outlet(tree, ld, doc, outlet)
    return Page(title, "\n\n".join(paragraphs), published, page_url, outlet)


def _decode(data: bytes) -> str:
    from trafilatura.utils import decode_file

    return str(decode_file(data))


def _parse(text: str, lxml_html):  # noqa: ANN001, ANN202 - lxml types
    try:
        return lxml_html.document_fromstring(text.encode("utf-8"))
    except Exception:  # lxml raises several kinds for garbage; the article text decides what is usable
        return None


def _clean(text: str) -> str:
    return re.sub(r"[ \t\u00a0]+", " ", text).strip()


def _date_of(value: object) -> dt.date | None:
    """2024-07-09, 2024-07-09T21:10:00+02:00, 20240709: the calendar date the page gives."""
    if not isinstance(value, str):
        return None
    m = _ISO_START.match(value) or re.match(r"^\s*(\d{4})(\d{2})(\d{2})\b", value)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    from .article import parse_date_text

    return parse_date_text(value) if len(value) < 60 else None


def _json_ld_article(tree) -> dict:  # noqa: ANN001
    """The first JSON-LD object of an article type (also inside ``@graph`` or a list)."""
    import json  # here, not at the top: a plain-text article needs only looks_like_html from this module

    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content() or "null")
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                types = item.get("@type")
                types = types if isinstance(types, list) else [types]
                if any(isinstance(t, str) and t.lower() in ARTICLE_TYPES for t in types) and (
                        item.get("headline") or item.get("datePublished")):
                    return item
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
    return {}


def _meta(tree, *names: str) -> str | None:  # noqa: ANN001
    wanted = set(names)
    for el in tree.xpath("//meta[@content]"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key in wanted and el.get("content", "").strip():
            return el.get("content").strip()
    return None


def _published(tree, ld: dict, paragraphs: list[str], url: str | None) -> dt.date | None:  # noqa: ANN001
    if d := _date_of(ld.get("datePublished") or ld.get("dateCreated")):
        return d
    if tree is None:
        return _lead_date(paragraphs)
    for el in tree.xpath("//meta[@content]"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key in PUBLISHED_META and (d := _date_of(el.get("content"))):
            return d
    marked = tree.xpath('//time[@datetime][@itemprop="datePublished" or @pubdate or contains(@class, "published")'
                        ' or contains(@class, "pubdate")]')
    for el in marked:
        if not _in_comments(el) and (d := _date_of(el.get("datetime"))):
            return d
    for h1 in tree.xpath("//h1"):
        holder = next((a for a in h1.iterancestors() if a.tag in ("article", "main")), None)
        if holder is None:
            continue
        for el in holder.iter("time"):
            if el.get("datetime") and not _in_comments(el) and _owner_article(el) is _owner_article(h1):
                if d := _date_of(el.get("datetime")):
                    return d
    return _lead_date(paragraphs)


def _owner_article(el):  # noqa: ANN001, ANN202
    return next((a for a in el.iterancestors() if a.tag == "article"), None)


def _in_comments(el) -> bool:  # noqa: ANN001
    for a in el.iterancestors():
        marks = f"{a.get('id') or ''} {a.get('class') or ''}".lower()
        if re.search(r"comment|related|sidebar|widget|teaser|recommend|most-read|aside", marks) or a.tag == "aside":
            return True
    return False


def _lead_date(paragraphs: list[str]) -> dt.date | None:
    """A "Published 10 July 2023" / "Updated ..." line among the first lines of the article's text."""
    from .article import date_line_date

    for p in paragraphs[:3]:
        if d := date_line_date(p):
            return d
    return None


def _htmldate_head(tree, lxml_html, url: str | None) -> dt.date | None:  # noqa: ANN001
    """htmldate on the ``<head>`` (and the address) only: never a date from the body's furniture."""
    import htmldate

    head = tree.find("head")
    if head is None:
        return None
    doc = "<html>" + lxml_html.tostring(head, encoding="unicode") + "<body></body></html>"
    try:
        found = htmldate.find_date(doc, url=url, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # htmldate is a heuristic: its failure only means no date
        return None
    return _date_of(found) if found else None


def _absolute(value: object) -> str | None:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    if isinstance(value, str) and re.match(r"^https?://[^\s/]+", value.strip()):
        return value.strip()
    return None


def _page_url(tree, ld: dict, doc, fetched: str | None) -> str | None:  # noqa: ANN001
    """The page's own address (canonical link, og:url, JSON-LD url), else where it was fetched from."""
    candidates: list[object] = []
    if tree is not None:
        candidates += [el.get("href") for el in tree.xpath('//link[@rel="canonical"][@href]')]
        candidates.append(_meta(tree, "og:url"))
    candidates += [ld.get("url"), ld.get("mainEntityOfPage"), getattr(doc, "url", None), fetched]
    return next((u for u in map(_absolute, candidates) if u), None)


def _outlet(tree, ld: dict, doc, given: str | None) -> str | None:  # noqa: ANN001
    """Who published it: JSON-LD publisher, og:site_name, else trafilatura's site name (or the host)."""
    publisher = ld.get("publisher")
    if isinstance(publisher, list) and publisher:
        publisher = publisher[0]
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str) and publisher["name"].strip():
        return _clean(publisher["name"])
    if tree is not None and (site := _meta(tree, "og:site_name", "application-name")):
        return _clean(site)
    if given and given.strip():
        return _clean(given)
    name = getattr(doc, "sitename", None)
    return _clean(name) if isinstance(name, str) and name.strip() else None
