"""Printable worksheet: HTML with print CSS, or a PDF rendered from it by WeasyPrint, with an answer key.

``quizgen export worksheet DECK -o week12.pdf`` (or ``.html``). Options (``request.options``):

- ``paper``: ``"a4"`` (default) or ``"letter"``: the CSS ``@page`` size.
- ``versions``: e.g. ``["A", "B"]``: parallel forms of the same questions, each with its own question
  and option order (derived from the seed and the label) and its own answer key; the label is printed
  on every page. ``None``: one form in the order the questions came in.
- ``title``: the heading (default: the deck titles).
- ``date``: printed in the date field (an ISO date is written out, "23 November 2026"); ``None`` leaves
  the field blank for the class to fill in.

Deterministic: the same request gives byte-identical HTML, and byte-identical PDF (no clock is read;
WeasyPrint writes no creation date unless the HTML asks for one, and font subset timestamps are
pinned through ``SOURCE_DATE_EPOCH``). Rendering is offline: the stylesheet
is inlined, fonts are local ones named by family, and the URL fetcher refuses every URL.
"""

from __future__ import annotations

import contextlib
import html
import os
import random
import re
import string
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..dates import IsoDate
from ..errors import UsageError
from ..questions.forms import key_lines, shown_sequence
from ..questions.model import CLOZE_GAP, FALSE, TRUE, Question, QuestionType, SourceRef
from . import ExportRequest, ExportResult, Skipped
from .forms_text import numeric_range

NAME = "worksheet"
SUFFIXES = (".pdf", ".html")
DESCRIPTION = "printable worksheet with answer key (PDF or HTML; --paper a4|letter, --versions A,B)"

# quizgen/data/worksheet.css (shipped as package data; quizgen is a namespace package, so by path).
STYLESHEET = Path(__file__).resolve().parent.parent / "data" / "worksheet.css"
PINNED_EPOCH = "315532800"  # 1980-01-01: font subset timestamps, so the same input gives the same PDF
HEADER_TITLE_MAX = 90  # characters of the title repeated at the top of every page
PAPERS = {"a4": "A4", "letter": "letter"}
LETTERS = string.ascii_uppercase
SUPPORTED = (QuestionType.MC, QuestionType.TF, QuestionType.TYPED, QuestionType.CLOZE, QuestionType.ORDER,
             QuestionType.MATCH, QuestionType.NUMERIC)
# Tries at finding a question/option order no earlier version already has (tiny decks may have none).
_ORDER_TRIES = 50
# Control characters HTML cannot carry, and the bidi overrides (LRO, RLO) that would print a question
# back to front ("Trojan Source" text); bidi marks and embeddings are kept.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_OVERRIDES = re.compile("[\u202d\u202e]")

INSTRUCTIONS = {
    QuestionType.MC: "Circle the letter of the best answer.",
    QuestionType.TF: "Tick True or False.",
    QuestionType.TYPED: "Write a short answer on the line.",
    QuestionType.CLOZE: "Write the missing words in the gap.",
    QuestionType.ORDER: "Write the numbers of the events in order, earliest first.",
    QuestionType.MATCH: "Write beside each letter the number of its match.",
    QuestionType.NUMERIC: "Write the number.",
}


@dataclass(frozen=True, slots=True)
class Item:
    """A question as placed on one form: its number there and its options in printed order."""

    number: int
    question: Question
    options: tuple[str, ...]

    @property
    def correct_letter(self) -> str | None:
        """The letter printed beside the right option (multiple choice only)."""
        if self.question.type is not QuestionType.MC:
            return None
        return LETTERS[self.options.index(self.question.answer)]


@dataclass(frozen=True, slots=True)
class Form:
    """One printed version of the worksheet. ``label`` is None for a single, unlabelled form."""

    label: str | None
    items: tuple[Item, ...]


def render(request: ExportRequest) -> ExportResult:
    """Render the worksheet as PDF or HTML, chosen by the output file's suffix."""
    suffix = request.output.suffix.lower()
    if suffix not in (".pdf", ".html", ".htm"):
        raise UsageError(f"{request.output}: a worksheet is written as .pdf or .html, not '{suffix or '(none)'}'")
    questions, skipped = _usable(request.questions)
    document = render_html(request)
    data = document.encode("utf-8") if suffix != ".pdf" else html_to_pdf(document)
    return ExportResult(data=data, skipped=skipped, count=len(questions))


def render_html(request: ExportRequest) -> str:
    """The worksheet as one self-contained HTML document (stylesheet inlined, no external resources)."""
    options = request.options or {}
    paper = _paper(options)
    labels = _versions(options)
    questions, _ = _usable(request.questions)
    if not questions:
        raise UsageError(f"{request.output}: no questions to put on a worksheet (check the deck and --types)")
    forms = make_forms(questions, seed=request.seed, versions=labels)
    sources = _number_sources(questions)
    title = _title(request)
    language = request.decks[0].language if request.decks else "en"
    date = _date_text(options.get("date"))

    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_esc(language)}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{_esc(title)}</title>",
        '<meta name="generator" content="quizgen worksheet">',
        "<style>",
        _stylesheet().rstrip(),
        *_page_rules(forms, paper=paper, title=title),
        "</style>",
        "</head>",
        "<body>",
    ]
    for number, form in enumerate(forms, 1):
        out.extend(_form_html(form, number, title=title, date=date, sources=sources))
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def html_to_pdf(document: str) -> bytes:
    """Render with WeasyPrint, offline: every URL fetch is refused."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    fetcher = URLFetcher(allowed_protocols=())
    with _pinned_font_timestamps():
        return HTML(string=document, url_fetcher=fetcher).write_pdf()


@contextlib.contextmanager
def _pinned_font_timestamps() -> Iterator[None]:
    """Make the embedded font subsets byte-stable.

    When WeasyPrint subsets fonts with fontTools (no HarfBuzz-Subset library), fontTools stamps each
    subset's ``head.modified`` with the current time unless ``SOURCE_DATE_EPOCH`` is set
    (reproducible-builds.org). Set it for the render if the caller has not.
    """
    if "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    os.environ["SOURCE_DATE_EPOCH"] = PINNED_EPOCH
    try:
        yield
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)


def make_forms(questions: Sequence[Question], *, seed: int, versions: Sequence[str] | None) -> list[Form]:
    """The printed forms. Without versions: one form, questions and options as given.

    With versions, each label gets its own question order and multiple-choice option order from
    ``random.Random`` seeded by the seed and the label, so a version is reproducible on its own; an
    order an earlier version already has is re-drawn (as far as the number of questions allows).
    """
    if not versions:
        return [Form(None, tuple(Item(n, q, _printed_options(q)) for n, q in enumerate(questions, 1)))]
    forms: list[Form] = []
    seen: set[tuple[tuple[str, tuple[str, ...]], ...]] = set()
    for label in versions:
        for attempt in range(_ORDER_TRIES):
            rng = random.Random(f"quizgen-worksheet:{seed}:{label}:{attempt}")
            order = list(questions)
            rng.shuffle(order)
            items = []
            for number, question in enumerate(order, 1):
                opts = list(_printed_options(question))
                if question.type is QuestionType.MC:
                    rng.shuffle(opts)
                items.append(Item(number, question, tuple(opts)))
            signature = tuple((item.question.id, item.options) for item in items)
            if signature not in seen:
                break
        seen.add(signature)
        forms.append(Form(label, tuple(items)))
    return forms


# ---------------------------------------------------------------------------------------- options


def _paper(options: Mapping[str, Any]) -> str:
    paper = str(options.get("paper") or "a4").lower()
    if paper not in PAPERS:
        raise UsageError(f"unknown paper size '{paper}' (choose a4 or letter)")
    return paper


def _versions(options: Mapping[str, Any]) -> list[str] | None:
    raw = options.get("versions")
    if not raw:
        return None
    labels = [v.strip() for v in (raw.split(",") if isinstance(raw, str) else raw)]
    if any(not v for v in labels):
        raise UsageError("--versions: empty version label (write e.g. --versions A,B)")
    if len(set(labels)) != len(labels):
        raise UsageError(f"--versions: a label is repeated ({', '.join(labels)})")
    return labels


def _date_text(value: object) -> str:
    if value is None or value == "":
        return ""
    text = str(value).strip()
    try:
        return IsoDate.parse(text).human()
    except ValueError:
        return text


def _title(request: ExportRequest) -> str:
    given = (request.options or {}).get("title")
    if given and str(given).strip():
        return str(given).strip()
    titles = list(dict.fromkeys(d.title for d in request.decks if d.title))
    return " / ".join(titles) if titles else "Worksheet"


def _usable(questions: Iterable[Question]) -> tuple[list[Question], tuple[Skipped, ...]]:
    kept, skipped = [], []
    for q in questions:
        if q.type not in SUPPORTED:
            skipped.append(Skipped(q.id, f"question type '{q.type}' has no worksheet layout"))
        elif q.type is QuestionType.MC and (not q.options or q.answer not in q.options):
            skipped.append(Skipped(q.id, "multiple choice without its answer among the options"))
        elif q.type is QuestionType.MC and len(q.options) > len(LETTERS):
            skipped.append(Skipped(q.id, f"more than {len(LETTERS)} options"))
        else:
            kept.append(q)
    return kept, tuple(skipped)


def _printed_options(q: Question) -> tuple[str, ...]:
    if q.type is QuestionType.MC:
        return q.options
    if q.type is QuestionType.TF:
        return (TRUE, FALSE)  # always in this order: a habit pupils rely on
    return ()


# ---------------------------------------------------------------------------------------- sources


def _refs(q: Question) -> tuple[SourceRef, ...]:
    return q.sources or (q.source,)


def _source_key(q: Question, ref: SourceRef) -> tuple[str, str, str]:
    return (q.deck_id, ref.source_id, ref.title)


def _number_sources(questions: Sequence[Question]) -> dict[tuple[str, str, str], tuple[int, SourceRef]]:
    """Every source a question rests on, numbered by first use in the deck's question order."""
    numbered: dict[tuple[str, str, str], tuple[int, SourceRef]] = {}
    for q in questions:
        for ref in (q.source, *_refs(q)):
            key = _source_key(q, ref)
            if key not in numbered:
                numbered[key] = (len(numbered) + 1, ref)
    return numbered


def _source_line(ref: SourceRef) -> str:
    parts = [f'<span class="source-title">{_esc(ref.title)}</span>']
    meta = [x for x in (ref.outlet, _published(ref.published)) if x]
    if meta:
        parts.append(f'<span class="source-meta"> — {_esc(", ".join(meta))}</span>')
    if ref.url:
        parts.append(f'<br><span class="url">{_esc(ref.url)}</span>')
    return "".join(parts)


def _published(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return IsoDate.parse(value).human()
    except ValueError:
        return value


# ---------------------------------------------------------------------------------------- HTML


def _page_rules(forms: Sequence[Form], *, paper: str, title: str) -> list[str]:
    """Page size, running title and, per version, a named page whose header names the version."""
    header = title if len(title) <= HEADER_TITLE_MAX else title[: HEADER_TITLE_MAX - 1].rstrip() + "…"
    rules = [f"@page {{ size: {PAPERS[paper]}; @top-left {{ content: {_css_string(header)}; }} }}"]
    for number, form in enumerate(forms, 1):
        if form.label is None:
            continue
        label = f"Version {form.label}"
        # Pages count from 1 again in each version, so a pupil's copy reads "page 1, 2, ..."; the
        # total is left out (counter(pages) counts the whole file).
        rules += [
            f"@page form-{number} {{ @top-right {{ content: {_css_string(label)}; }}"
            f" @bottom-center {{ content: {_css_string(f'{label} · page ')} counter(page); }} }}",
            f"@page :nth(1 of form-{number}) {{ counter-reset: page 1; }}",
            f".form-{number} {{ page: form-{number}; }}",
        ]
    return rules


def _css_string(text: str) -> str:
    """A CSS string literal; everything but letters, digits and spaces as a hex escape, so no text
    can end the string, the rule or the <style> element."""
    clean = _OVERRIDES.sub("", _CONTROL.sub(" ", text))
    return '"' + "".join(c if c.isalnum() or c == " " else f"\\{ord(c):x} " for c in clean) + '"'


def _form_html(form: Form, number: int, *, title: str, date: str,
               sources: Mapping[tuple[str, str, str], tuple[int, SourceRef]]) -> list[str]:
    label = form.label
    version = f"Version {label}" if label is not None else None
    count = len(form.items)
    types = [t for t in SUPPORTED if any(i.question.type is t for i in form.items)]
    out = [
        f'<section class="form form-{number}"{_attr("data-version", label)}>',
        '<header class="sheet-head">',
        '<div class="top">',
        f"<h1>{_esc(title)}</h1>",
    ]
    if version:
        out.append(f'<p class="version-tag">{_esc(version)}</p>')
    out += [
        "</div>",
        f'<p class="subtitle">Worksheet · {count} question{"s" if count != 1 else ""}</p>',
        '<div class="student">',
        '<div class="field name"><span class="label">Name</span><span class="fill"></span></div>',
        '<div class="field class"><span class="label">Class</span><span class="fill"></span></div>',
        f'<div class="field date"><span class="label">Date</span><span class="fill">{_esc(date)}</span></div>',
        "</div>",
        "</header>",
        f'<p class="instructions">{_esc(" ".join(INSTRUCTIONS[t] for t in types))}</p>',
        '<ol class="questions">',
    ]
    for item in form.items:
        out.extend(_question_html(item, label))
    out.append("</ol>")

    used = {_source_key(i.question, r) for i in form.items for r in (i.question.source, *_refs(i.question))}
    out += ['<section class="sources">', "<h2>Sources</h2>", '<ol class="source-list">']
    for key, (n, ref) in sources.items():
        if key in used:
            out.append(f'<li><span class="ref">[{n}]</span> {_source_line(ref)}</li>')
    out += ["</ol>", "</section>"]

    heading = f"Answer key — {version}" if version else "Answer key"
    out += [
        '<section class="key">',
        f"<h2>{_esc(heading)}</h2>",
        '<p class="key-note">Each answer with the sentence it comes from; [n] is the source listed '
        "on the worksheet.</p>",
        '<ol class="key-list">',
    ]
    for item in form.items:
        out.extend(_key_html(item, sources))
    out += ["</ol>", "</section>", "</section>"]
    return out


def _question_html(item: Item, label: str | None) -> list[str]:
    q = item.question
    qid = f"{label}-q{item.number}" if label is not None else f"q{item.number}"
    out = [
        f'<li class="question q-{q.type.value}" id="{_esc(qid)}">',
        f'<span class="num">{item.number}.</span>',
        '<div class="body">',
    ]
    if q.type is QuestionType.CLOZE:
        pieces = q.prompt.split(CLOZE_GAP)
        prompt = '<span class="gap"></span>'.join(_esc(p) for p in pieces)
        out.append(f'<p class="prompt">{prompt}</p>')
        if len(pieces) == 1:  # no gap marked in the prompt: give a line to write on
            out.append('<div class="write-line"></div>')
    else:
        out.append(f'<p class="prompt">{_esc(q.prompt)}</p>')
    if q.type is QuestionType.MC:
        short = all(len(o) <= 28 for o in item.options)
        out.append(f'<ol class="options{" two-col" if short else ""}">')
        for letter, option in zip(LETTERS, item.options, strict=False):
            out.append(f'<li><span class="letter">{letter}</span> {_esc(option)}</li>')
        out.append("</ol>")
    elif q.type is QuestionType.TF:
        out.append('<p class="tf-choices">')
        for option in item.options:
            out.append(f'<span class="choice"><span class="box">☐</span>{_esc(option)}</span>')
        out.append("</p>")
    elif q.type in (QuestionType.TYPED, QuestionType.NUMERIC):
        out.append('<div class="write-line"></div>')
    elif q.type is QuestionType.ORDER:
        out.append('<ol class="order-items">')
        out += [f'<li><span class="letter">{n}</span> {_esc(o)}</li>' for n, o in enumerate(q.options, 1)]
        out += ["</ol>", '<p class="order-answer">Order: <span class="fill">'
                + " ".join(["____"] * len(q.options)) + "</span></p>"]
    elif q.type is QuestionType.MATCH:
        out.append('<ol class="match-items">')
        out += [f'<li><span class="letter">{LETTERS[i]}</span> {_esc(t)} <span class="fill">____</span></li>'
                for i, t in enumerate(q.items)]
        out.append('</ol><ol class="options">')
        out += [f'<li><span class="letter">{n}</span> {_esc(o)}</li>' for n, o in enumerate(q.options, 1)]
        out.append("</ol>")
    out += ["</div>", "</li>"]
    return out


def _key_html(item: Item, sources: Mapping[tuple[str, str, str], tuple[int, SourceRef]]) -> list[str]:
    q = item.question
    out = ['<li>', f'<span class="num">{item.number}.</span>', '<div class="body">']
    letter = item.correct_letter
    if letter:
        out.append(f'<p class="answer"><span class="letter">{letter}</span> {_esc(q.answer)}</p>')
    elif q.type in (QuestionType.ORDER, QuestionType.MATCH):
        out.append(f'<p class="answer">{_esc(shown_sequence(q, q.key))}</p>')
        out += [f'<p class="also">{_esc(line)}</p>' for line, _ in key_lines(q)]
    elif q.type is QuestionType.NUMERIC:
        out.append(f'<p class="answer">{_esc(q.answer)}</p>')
        out.append(f'<p class="also">Accept {_esc(numeric_range(q))}</p>')
    else:
        out.append(f'<p class="answer">{_esc(q.answer)}</p>')
    if q.type in (QuestionType.TYPED, QuestionType.CLOZE) and q.aliases:
        out.append(f'<p class="also">Also accept: {_esc("; ".join(q.aliases))}</p>')
    if q.disputed:
        out.append('<p class="disputed">Sources disagree on this; the answer is what this source says.</p>')
    n, ref = sources[_source_key(q, q.source)]
    out.append(
        f'<p class="quote">“{_esc(q.source.quote)}” <span class="cite">[{n}] {_esc(ref.title)}</span></p>'
    )
    out += ["</div>", "</li>"]
    return out


def _esc(text: object) -> str:
    """HTML-escape (quotes too) after replacing control characters and dropping bidi overrides."""
    return html.escape(_OVERRIDES.sub("", _CONTROL.sub(" ", str(text))), quote=True)


def _attr(name: str, value: str | None) -> str:
    return f' {name}="{_esc(value)}"' if value is not None else ""


def _stylesheet() -> str:
    return STYLESHEET.read_text(encoding="utf-8")
