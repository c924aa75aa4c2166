"""Text helpers every classroom exporter shares: cleaning, formula guards, XML-safe idents, fixed zips.

Each exporter escapes by its own format's rules; what is common lives here so one fix reaches all:

- :func:`clean_text`: one line of text, control characters gone (XML and GIFT cannot carry them);
- :func:`guard_cell`: spreadsheet cells neutralised against formula injection;
- :func:`xml_ident`: an injective, stable mapping from a question id to an XML-safe identifier;
- :func:`fixed_zip`: a zip whose bytes depend only on its contents (fixed timestamps and order);
- :func:`question_problem`: the reasons any format refuses a question (no text, broken options).
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Iterable

from ..questions.model import Question, QuestionType
from . import Refusal

# Characters that make a spreadsheet treat a cell as a formula (OWASP's list: = + - @ tab CR).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_GUARD = "'"

# Zip entries are stamped with this instead of the clock: the same questions give the same bytes.
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)

# C0/C1 controls, DEL, and Unicode line/paragraph separators: none can stay inside one line of text.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_SPACES = re.compile(" {2,}")
# Code points XML 1.0 forbids even as character references (surrogates, U+FFFE, U+FFFF).
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str | None) -> str:
    """``text`` as one line: controls (newlines, tabs, NUL...) become spaces, runs of spaces collapse.

    Meaning is kept: letters, digits, punctuation, emoji, combining marks and bidi marks (U+200E,
    U+200F, U+202A-U+202E) pass through unchanged.
    """
    if not text:
        return ""
    text = _NOT_XML.sub("\ufffd", text)
    text = _CONTROLS.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def guard_cell(text: str) -> str:
    """A spreadsheet cell value that no spreadsheet evaluates: a leading ``'`` before a formula trigger."""
    if text.startswith(FORMULA_TRIGGERS):
        return FORMULA_GUARD + text
    return text


def utf16_len(text: str) -> int:
    """Length as JavaScript counts it (UTF-16 code units): web apps' character limits use this.

    An emoji outside the Basic Multilingual Plane counts 2, so a limit checked this way is never
    exceeded in the browser that enforces it.
    """
    return len(text.encode("utf-16-le")) // 2


_IDENT_KEEP = re.compile(r"[A-Za-z0-9-]")


def xml_ident(question_id: str) -> str:
    """An XML-safe identifier for ``question_id``: stable, and different ids never share one.

    Letters, digits and ``-`` stay; ``:`` (the id's separator) becomes ``.``; anything else is
    written ``_<hex>_``. The result starts with ``q-`` so it is a valid NCName whatever the id
    starts with.
    """
    out = ["q-"]
    for ch in question_id:
        if _IDENT_KEEP.fullmatch(ch):
            out.append(ch)
        elif ch == ":":
            out.append(".")
        else:
            out.append(f"_{ord(ch):x}_")
    return "".join(out)


def html_text(text: str) -> str:
    """Plain text as HTML element content (``& < >`` escaped; quotes need no escaping there)."""
    return html.escape(text, quote=False)


def source_line(question: Question) -> str:
    """The source as one plain line: the quoted sentence, then title, outlet, date and address."""
    src = question.source
    where = ", ".join(clean_text(p) for p in (src.title, src.outlet, src.published, src.url) if p)
    quote = clean_text(src.quote)
    if quote and where:
        return f"\u201c{quote}\u201d \u2014 {where}"
    return quote or where


def deck_title(request_options: dict | None, decks: Iterable) -> str:
    """The title an export shows: ``--title`` if given, else the decks' titles joined."""
    if request_options and request_options.get("title"):
        return clean_text(str(request_options["title"]))
    titles = [clean_text(d.title) for d in decks if getattr(d, "title", None)]
    return " + ".join(titles) or "quizgen"


TYPE_NAMES = {
    QuestionType.MC: "multiple-choice",
    QuestionType.TF: "true/false",
    QuestionType.TYPED: "typed-answer",
    QuestionType.CLOZE: "cloze (typed gap)",
    QuestionType.ORDER: "ordering",
    QuestionType.MATCH: "matching",
    QuestionType.NUMERIC: "numeric",
}


def question_problem(
    question: Question, *, types: Iterable[QuestionType] | None = None, tool: str = "this format"
) -> Refusal | None:
    """Why ``question`` cannot be written in any format (or in ``tool``, which takes only ``types``).

    A type the tool lacks is summarised with every type it lacks ("has no typed-answer or cloze
    questions"), so an export's report gives one line to what a user cannot change anyway.
    """
    if types is not None and question.type not in tuple(types):
        lacking = " or ".join(TYPE_NAMES[t] for t in QuestionType if t not in tuple(types))
        return Refusal(f"{tool} has no {TYPE_NAMES[question.type]} questions", f"{tool} has no {lacking} questions")
    return _broken(question)


def _broken(question: Question) -> Refusal | None:
    """What makes ``question`` unwritable anywhere; each reason is its own summary."""
    reason = None
    if not clean_text(question.prompt):
        reason = "the question text is empty"
    elif question.type in (QuestionType.MC, QuestionType.TF):
        options = [clean_text(o) for o in question.options]
        if len(options) < 2:
            return Refusal(f"a choice question needs at least 2 options, this one has {len(options)}",
                           "a choice question with fewer than 2 options")
        if any(not o for o in options):
            reason = "an option is empty"
        elif len(set(options)) != len(options):
            reason = "two options read the same, so the right one would be ambiguous"
        elif question.answer not in question.options:
            reason = "the right answer is not one of the options"
    elif not clean_text(question.answer):
        reason = "the answer is empty"
    return Refusal(reason, reason) if reason else None


def fixed_zip(entries: Iterable[tuple[str, bytes]]) -> bytes:
    """A deflated zip of ``entries`` in the order given, every entry stamped :data:`ZIP_EPOCH`."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3  # unix: the same bytes whichever OS runs the export
            zf.writestr(info, data)
    return buf.getvalue()


def refix_zip(data: bytes) -> bytes:
    """``data`` (a zip written by a library that stamps the clock) re-packed by :func:`fixed_zip`."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        entries = [(info.filename, zf.read(info)) for info in zf.infolist()]
    return fixed_zip(entries)
