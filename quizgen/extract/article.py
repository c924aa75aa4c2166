"""Reading one article file: its title, publication date and body lines, each located in the text.

Quotes must be verbatim substrings of the file, so nothing here rewrites the text: we only find
where the title, the date line and the body are.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import DeckError, Problem
from ..files import UnreadableFile, read_regular_file

MAX_BYTES = 5 * 2**20
MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

STATUS_RE = re.compile(r"^\s*(?:Status|Stand|Updated|Published|Posted|Date)\s*:?\s*(\d{1,2})\.(\d{1,2})\.(\d{4})", re.I)
ISO_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
MDY_RE = re.compile(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b")
DMY_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?([A-Z][a-z]{2,8})\.?,? (\d{4})\b")
# A line that is only a date, perhaps with a label, a weekday, a time and a zone: "Published 10 July 2023",
# "Updated: July 10, 2023 at 3:04 p.m. EDT", "2023-07-10", "Mon 10 Jul 2023 14.20 BST", "Posted on ...".
LABEL_RE = re.compile(r"^\s*(?:(?:first |last )?(?:published|updated|posted|status|stand|date|dated|"
                      r"released|issued|created|modified)(?: on| at)?\s*:?\s*)", re.I)
UPDATED_LABEL = re.compile(r"^\s*(?:last )?(?:updated|modified)\b", re.I)
DATE_LINE_REST = re.compile(r"^[\s,.:;|/·•()\-–—]*(?:at\s+)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?"
                            r"\s*(?:[A-Z]{2,5}|UTC[+-]?\d*|GMT[+-]?\d*)?[\s,.()]*$", re.I)
WEEKDAY_RE = re.compile(r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+",
                        re.I)
INLINE_DATELINE = re.compile(r"^\s*[A-Z][A-Za-z .'’-]{1,40}(?:, [A-Z][A-Za-z .'’-]{1,30})?,\s+"
                             r"(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|"
                             r"\d{1,2} [A-Z][a-z]{2,8} \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})\b"
                             r"[^\n]{0,40}?(?:\s[-–—]\s|:\s)")
BYLINE = re.compile(r"^(?:By|BY|Von|Reporting by)\s+[A-Z][^\n]{0,120}$")
BOILERPLATE = re.compile(r"^(skip to (main )?content|advertisement|read also:?|read more:?|source site|share|"
                         r"image caption|photo:.*|listen|menu)$", re.I)


@dataclass(frozen=True)
class Article:
    """One news article: where it came from, its title and date, and its text (unchanged)."""

    path: str
    text: str
    title: str
    published: dt.date | None
    title_line: int          # 0-based index into lines, -1 if none
    date_line: int           # 0-based index of the status/dateline line, -1 if none
    skip_to: int = 0         # offset where the body starts after an inline dateline ("BEIJING, May 16 -",
    #                          British "LONDON, 5 March (Reuters) -": left in, its day read as an event date)

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


def parse_date_text(text: str) -> dt.date | None:
    """A calendar date written in a dateline: "20.06.2024", "June 20, 2024", "20 June 2024", ISO."""
    for rx, order in ((STATUS_RE, "dmy"), (ISO_RE, "ymd"), (MDY_RE, "mdy"), (DMY_RE, "dmy_name")):
        m = rx.search(text)
        if not m:
            continue
        try:
            if order == "dmy":
                return dt.date(int(m[3]), int(m[2]), int(m[1]))
            if order == "ymd":
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            if order == "mdy" and m[1].lower() in MONTHS:
                return dt.date(int(m[3]), MONTHS[m[1].lower()], int(m[2]))
            if order == "dmy_name" and m[2].lower() in MONTHS:
                return dt.date(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
        except ValueError:
            continue
    return None


def date_line_date(line: str) -> dt.date | None:
    """The date of a line that states only a publication or update date (with a label, a time, a zone).

    "Published 10 July 2023", "Updated: July 10, 2023 3:04 pm EDT", "2023-07-10", "Status: 20.06.2024
    18:39", "Mon 10 Jul 2023 14.20 BST". A sentence that merely contains a date is not a date line.
    """
    s = line.strip()
    if not s or len(s) > 90:
        return None
    m = STATUS_RE.match(s)
    if m:
        return parse_date_text(s)
    rest = LABEL_RE.sub("", s, count=1)
    rest = WEEKDAY_RE.sub("", rest, count=1)
    for rx in (ISO_RE, MDY_RE, DMY_RE):
        m = rx.match(rest)
        if not m or not DATE_LINE_REST.match(rest[m.end():]):
            continue
        found = parse_date_text(m.group(0))
        if found:
            return found
    return None


def read_article(path: str | Path, published: dt.date | None = None) -> Article:
    """Read and locate the parts of an article; unreadable or binary input is a DeckError, not a crash."""
    p = Path(path)
    where = str(path)
    try:
        raw = read_regular_file(p, MAX_BYTES, "article")
    except UnreadableFile as exc:
        message = str(exc)
        if exc.size is not None:
            message = f"article is over the {MAX_BYTES // 2**20} MB limit"
        elif message == "no such file":
            message = "no such article file"
        elif message.startswith("cannot read:"):
            message = "cannot read article:" + message.removeprefix("cannot read:")
        raise DeckError([Problem(where, None, message)]) from None
    if b"\x00" in raw[:8192]:
        raise DeckError([Problem(where, None, "looks like a binary file, not an article (plain text expected)")])
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DeckError([Problem(where, line, "is not UTF-8 text")]) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DeckError([Problem(where, None, "article is empty")])
    return parse_article(text, where, published)


def parse_article(text: str, where: str, published: dt.date | None = None) -> Article:
    """Locate the title, date line and body of an article's text (already read, UTF-8, ``\\n`` line ends).

    The date comes from a date line near the top: "Status: 20.06.2024", an ISO date, "10 July 2023",
    "July 10, 2023", "Published ..." / "Updated ..." (a "Published" line wins over an "Updated" one),
    or a dateline such as "Manila, July 8, 2024" or "BEIJING, May 16, 2024 (Reuters) -". ``published``
    is used only when the text states no date.
    """
    p = Path(where)
    lines = text.split("\n")
    title_line = -1
    for i, line in enumerate(lines):
        s = line.strip()
        if s and not BOILERPLATE.match(s) and not STATUS_RE.match(s) and not date_line_date(s):
            title_line = i
            break
    date_line = -1
    found: dt.date | None = None
    for i, line in enumerate(lines[:12]):
        if i == title_line:
            continue
        s = line.strip()
        when = date_line_date(s)
        if when is None and (STATUS_RE.match(s) or (len(s) < 60 and parse_date_text(s))):
            when = parse_date_text(s)
        if when is None:
            continue
        if UPDATED_LABEL.match(s):
            if date_line < 0:  # an "Updated ..." line dates the article only when no other date line does
                found, date_line = when, i
            continue
        found, date_line = when, i
        break
    skip_to = 0
    offset = 0
    for i, line in enumerate(lines[:12]):
        if BYLINE.match(line.strip()):
            offset += len(line) + 1
            continue  # "By Francesco Canepa and ..." stands between the title and the dateline
        if i not in (title_line, date_line) and line.strip():
            m = INLINE_DATELINE.match(line)
            if m:
                skip_to = offset + m.end()
                found = found or parse_date_text(m.group(0))
            break
        offset += len(line) + 1
    title = lines[title_line].strip() if title_line >= 0 else p.stem
    return Article(where, text, title, found or published, title_line, date_line, skip_to)
