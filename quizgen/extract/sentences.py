"""Sentence splitting that keeps every sentence a verbatim slice of the article.

News text is full of periods that do not end sentences ("U.S.", "2:22 a.m.", "St Andrew", "$3.5"),
and of sentences that end inside quotes; a wrong split makes a quote that no longer states the fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .article import Article

# Never a sentence end: titles and initials before a name, and Latin abbreviations.
NEVER_END = {"mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "capt", "sgt", "sen", "rep", "gov", "prof",
             "rev", "hon", "no", "nos", "vs", "etc", "e.g", "i.e", "cf", "jan", "feb", "mar", "apr", "jun",
             "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "fig", "art", "para", "ca",
             # places before a name: "Mt. Everest", "Ft. Worth", "Pt. Moresby"
             "mt", "ft", "pt", "mts"}
# May end a sentence, but usually do not: end only if a typical sentence opener follows.
MAYBE_END = {"u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "inc", "ltd", "co", "corp", "jr", "sr", "bros"}
OPENERS = {"The", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those", "In", "On", "At",
           "A", "An", "But", "And", "His", "Her", "Their", "Its", "After", "Before", "When", "While", "Meanwhile",
           "However", "There", "According"}
END_RE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+)")
HEADING_END = re.compile(r"[.!?:\"”’)]\s*$")


@dataclass(frozen=True)
class Sentence:
    """A sentence: its exact text, where it starts in the article, and which paragraph it is in."""

    text: str
    start: int
    paragraph: int
    index: int
    is_heading: bool = False


_LIST_MARKER = re.compile(r"[–—•·▪*-]\s+")
_REST_IS_BLANK = re.compile(r"\s*$")
_NEXT_WORD = re.compile(r"\s*[\"'“‘(\[]*(\w+)")
_WORD_SPAN = 64  # an abbreviation or initial is short: look no further back (keeps long words linear)


def _word_before(text: str, end: int) -> str:
    """The run of word characters and dots just before ``end`` (at most _WORD_SPAN of them)."""
    i = end
    while i > 0 and end - i < _WORD_SPAN and (text[i - 1].isalnum() or text[i - 1] in "._"):
        i -= 1
    return text[i:end]


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]")


def _ends_here(text: str, m: re.Match[str]) -> bool:
    # Positions, not slices: copying the text before and after every stop made long paragraphs quadratic.
    raw = _word_before(text, m.start())
    token = raw.lower()
    if _REST_IS_BLANK.match(text, m.end()):
        return True
    nxt = _NEXT_WORD.match(text, m.end())
    next_word = nxt.group(1) if nxt else ""
    if m.group(0).startswith("."):
        if token in NEVER_END:
            return False
        if re.fullmatch(r"[a-z]", token) or re.fullmatch(r"[A-Z]", raw):
            return False  # an initial: "J. Smith"
        if token in MAYBE_END:
            return next_word in OPENERS
        if _INITIALS.fullmatch(raw) and next_word[:1].isupper() and next_word not in OPENERS:
            return False  # initials run together: "Retno L.P. Marsudi"
    if next_word and next_word[0].islower():
        return False
    return True


def split_sentences(article: Article) -> list[Sentence]:
    """Every sentence of the body (not the title or date line), in order, each an exact substring."""
    out: list[Sentence] = []
    offset = 0
    paragraph = 0
    for i, line in enumerate(article.lines):
        line_start = offset
        offset += len(line) + 1
        if i in (article.title_line, article.date_line) or not line.strip():
            if not line.strip():
                paragraph += 1
            continue
        paragraph += 1
        stripped = line.strip()
        heading = not HEADING_END.search(stripped) or len(stripped.split()) < 4
        lead = len(line) - len(line.lstrip())
        if line_start <= article.skip_to < line_start + len(line):
            lead = article.skip_to - line_start
        if marker := _LIST_MARKER.match(line, lead):
            lead = marker.end()  # " – The SNP have won 35 seats": a list item's mark is no part of its sentence
        pos = lead
        body = line.rstrip()
        for m in END_RE.finditer(body):
            if m.end() <= pos or not _ends_here(body, m):
                continue
            piece = body[pos: m.end()]
            if piece.strip():
                out.append(Sentence(piece.strip(), line_start + pos + (len(piece) - len(piece.lstrip())),
                                    paragraph, len(out), heading))
            pos = m.end()
            while pos < len(body) and body[pos].isspace():
                pos += 1
        if pos < len(body):
            piece = body[pos:]
            out.append(Sentence(piece.strip(), line_start + pos, paragraph, len(out), heading))
    return out
