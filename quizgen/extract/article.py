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
MDY_RE = re.compile(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2}),? (\d{4})\b")
DMY_RE = re.compile(r"\b(\d{1,2}) ([A-Z][a-z]{2,8})\.? (\d{4})\b")
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
    lines = text.split("\n")
    title_line = -1
    for i, line in enumerate(lines):
        s = line.strip()
        if s and not BOILERPLATE.match(s) and not STATUS_RE.match(s):
            title_line = i
            break
    date_line = -1
    found: dt.date | None = None
    for i, line in enumerate(lines[:12]):
        if i == title_line:
            continue
        s = line.strip()
        if STATUS_RE.match(s) or (len(s) < 60 and parse_date_text(s)):
            found = parse_date_text(s)
            if found:
                date_line = i
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
