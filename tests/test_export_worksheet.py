"""Worksheet export: the PDF read back by poppler-utils, the HTML by the stdlib html.parser.

What is checked is what a teacher relies on: every question and option printed, the key on its own
page and right for the form it belongs to, the version label on every page, nothing escaping the page.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from checkers import BASIC_TYPES, hostile_questions, make_question, plain_questions, request_for
from deckpaths import BUNDLED_DECKS, DATA

from quizgen.cli import main as cli_main
from quizgen.deck import load_deck
from quizgen.errors import UsageError
from quizgen.export import ExportRequest, get_exporter, worksheet
from quizgen.questions import generate_many
from quizgen.questions.model import CLOZE_GAP, Question, QuestionType

POPPLER = ("pdfinfo", "pdffonts", "pdftotext", "pdftoppm")
needs_poppler = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in POPPLER), reason="poppler-utils missing (make system-deps)"
)
RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
BIDI_CONTROLS = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


# --- readers ---------------------------------------------------------------------------------------


def run(*cmd: str | Path) -> str:
    proc = subprocess.run([str(c) for c in cmd], capture_output=True, check=True, timeout=120)
    return proc.stdout.decode("utf-8")


def pdf_pages(path: Path) -> list[str]:
    """``pdftotext -layout`` text, one string per page (pages end with a form feed)."""
    text = run("pdftotext", "-layout", "-enc", "UTF-8", path, "-")
    pages = text.split("\f")
    assert pages[-1].strip() == ""
    return pages[:-1]


def pdf_info(path: Path) -> dict[str, str]:
    out = {}
    for line in run("pdfinfo", path).splitlines():
        key, _, value = line.partition(":")
        out[key.strip()] = value.strip()
    return out


def pdf_fonts(path: Path) -> list[dict[str, str]]:
    """``pdffonts`` rows, cut by the widths of its dashed rule line."""
    lines = run("pdffonts", path).splitlines()
    header, rule, rows = lines[0], lines[1], lines[2:]
    spans = [m.span() for m in re.finditer(r"-+", rule)]
    names = [header[a:b].strip() for a, b in spans]
    return [{n: row[a:b].strip() for n, (a, b) in zip(names, spans, strict=True)} for row in rows]


def squash(text: str) -> str:
    """Text without whitespace or bidi controls: pdftotext breaks lines and columns where it likes."""
    return re.sub(r"\s+", "", BIDI_CONTROLS.sub("", text))


def printed(expected: str, haystack: str) -> bool:
    """Is ``expected`` in the squashed PDF text ``haystack``?

    pdftotext reorders right-to-left runs (and the neutral characters next to them) into visual order,
    so for text with an RTL script only each left-to-right word is looked for.
    """
    if RTL.search(expected):
        words = [w for w in re.findall(r"\w+", BIDI_CONTROLS.sub("", expected)) if not RTL.search(w)]
        return all(w in haystack for w in words)
    return squash(expected) in haystack


def prompt_pieces(q: Question) -> list[str]:
    """The printed parts of a prompt (a cloze gap is a drawn line, not text)."""
    return [p for p in q.prompt.split(CLOZE_GAP) if p.strip()]


class Tree(HTMLParser):
    """Start tags with their attributes, and all text (entities decoded), in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.in_style = False
        self.style = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self.in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self.in_style = False

    def handle_data(self, data: str) -> None:
        if self.in_style:
            self.style += data
        else:
            self.text.append(data)

    def classes(self, name: str) -> list[dict[str, str | None]]:
        return [a for _, a in self.tags if name in (a.get("class") or "").split()]


def parse_html(data: bytes) -> Tree:
    tree = Tree()
    tree.feed(data.decode("utf-8"))
    tree.close()
    return tree


# --- inputs ----------------------------------------------------------------------------------------


def deck_questions() -> tuple[tuple, list[Question]]:
    decks = tuple(load_deck(p) for p in [*BUNDLED_DECKS, DATA / "hostile.yaml"])
    return decks, generate_many(decks, seed=7, types=BASIC_TYPES)  # the forms: tests/test_export_forms.py


def all_questions() -> tuple[tuple, list[Question]]:
    """The generated questions of the bundled and hostile decks, plus hand-made hostile ones."""
    decks, questions = deck_questions()
    return decks, [*questions, *hostile_questions(), *plain_questions()]


def make_request(tmp: Path, name: str, questions: list[Question], decks: tuple = (), **options) -> ExportRequest:
    request = request_for(questions, tmp, **options)
    return replace(request, decks=decks, output=tmp / name, seed=3)


def write(request: ExportRequest) -> Path:
    result = worksheet.render(request)
    request.output.write_bytes(result.data)
    return request.output


@pytest.fixture(scope="module")
def tmp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("worksheet")


@pytest.fixture(scope="module")
def everything() -> tuple[tuple, list[Question]]:
    return all_questions()


@pytest.fixture(scope="module")
def ab_pdf(tmp: Path, everything) -> tuple[Path, list[worksheet.Form]]:
    decks, questions = everything
    request = make_request(tmp, "ab.pdf", questions, decks, versions=["A", "B"])
    forms = worksheet.make_forms(questions, seed=request.seed, versions=["A", "B"])
    return write(request), forms


@pytest.fixture(scope="module")
def single_pdf(tmp: Path, everything) -> Path:
    decks, questions = everything
    return write(make_request(tmp, "single.pdf", questions, decks))


def split_forms(pages: list[str], labels: list[str]) -> dict[str, tuple[str, str]]:
    """Per version label: (squashed question pages, squashed key pages), split at page breaks."""
    out: dict[str, tuple[list[str], list[str]]] = {label: ([], []) for label in labels}
    label, in_key = None, False
    for page in pages:
        first = next(line for line in page.splitlines() if line.strip())
        found = [lab for lab in labels if first.rstrip().endswith(f"Version {lab}")]
        assert found, f"page without its version label in the header: {first!r}"
        if found[0] != label:
            label, in_key = found[0], False
        if squash(body(page)).startswith(squash(f"Answer key — Version {label}")):
            in_key = True
        out[label][1 if in_key else 0].append(page)
    return {lab: ("".join(map(squash, qs)), "".join(map(squash, ks))) for lab, (qs, ks) in out.items()}


# --- PDF -------------------------------------------------------------------------------------------


@needs_poppler
def test_pdf_pages_paper_and_embedded_fonts(ab_pdf):
    path, _ = ab_pdf
    info = pdf_info(path)
    assert int(info["Pages"]) == len(pdf_pages(path)) >= 4
    assert "(A4)" in info["Page size"]
    fonts = pdf_fonts(path)
    assert fonts, "no fonts in the PDF"
    assert all(f["emb"] == "yes" for f in fonts), fonts
    assert any("DejaVu" in f["name"] for f in fonts)


@needs_poppler
def test_every_question_and_option_is_printed(single_pdf, everything):
    _, questions = everything
    pages = pdf_pages(single_pdf)
    (questions_text, key_text), = split_forms_unlabelled(pages).values()
    for q in questions:
        for piece in prompt_pieces(q):
            assert printed(piece, questions_text), (q.id, piece)
        for option in q.options:
            assert printed(option, questions_text), (q.id, option)


def body(page: str) -> str:
    """A page without its running header (the first non-blank line)."""
    lines = page.splitlines()
    first = next(i for i, line in enumerate(lines) if line.strip())
    return "\n".join(lines[first + 1:])


def split_forms_unlabelled(pages: list[str]) -> dict[str, tuple[str, str]]:
    key_at = next(i for i, p in enumerate(pages) if squash(body(p)).startswith("Answerkey"))
    return {"": ("".join(map(squash, pages[:key_at])), "".join(map(squash, pages[key_at:])))}


@needs_poppler
def test_answer_key_starts_a_new_page_after_the_questions(single_pdf):
    text = run("pdftotext", "-layout", "-enc", "UTF-8", single_pdf, "-")
    before, sep, after = text.partition("Answer key")
    assert sep, "no answer key"
    last_page_start = before.rfind("\f")
    assert last_page_start != -1, "the key is on the first page"
    # Only the running header (title line) between the form feed and the key heading.
    between = [line for line in before[last_page_start + 1:].splitlines() if line.strip()]
    assert len(between) <= 1, between
    assert "Sources" in before  # sources section is on the question pages
    assert "Name" in before and "Class" in before and "Date" in before


def lead(text: str) -> str:
    """The squashed part of ``text`` pdftotext keeps in order: all of it, or what comes before the
    first right-to-left character (minus the neutral characters next to it, which may move)."""
    m = RTL.search(text)
    if not m:
        return squash(text)
    return squash(re.sub(r"\W+$", "", BIDI_CONTROLS.sub("", text[: m.start()])))


def check_form(form: worksheet.Form, questions_text: str, key_text: str) -> None:
    """Each question is printed under its number, in the form's order, with its options lettered as
    the form says; the key entry with the same number names the letter printed beside the deck's
    correct option (and that option's text)."""
    starts, pos = [], 0
    for item in form.items:
        pieces = prompt_pieces(item.question)
        needle = squash(f"{item.number}.") + lead(pieces[0] if pieces else "")
        found = questions_text.find(needle, pos)
        assert found != -1, f"question {item.number} ({item.question.id}) not printed in order: {needle!r}"
        starts.append(found)
        pos = found + len(needle)
    for item, start, end in zip(form.items, starts, [*starts[1:], len(questions_text)], strict=True):
        block, q = questions_text[start:end], item.question
        if q.type is QuestionType.MC:
            for letter, option in zip("ABCDEFGH", item.options, strict=False):
                assert letter + lead(option) in block, (item.number, letter, option)
            letter = item.correct_letter
            assert letter is not None and q.answer == q.options[q.correct_index]
            assert item.options["ABCDEFGH".index(letter)] == q.answer
            assert letter + lead(q.answer) in block
        elif q.type is QuestionType.TF:
            assert "☐True☐False" in block, item.number
    pos = 0
    for item in form.items:
        needle = squash(f"{item.number}.") + (item.correct_letter or "") + lead(item.question.answer)
        found = key_text.find(needle, pos)
        assert found != -1, f"key entry {item.number} should read {needle!r}: {key_text[pos:pos + 120]!r}"
        pos = found + len(needle)


@needs_poppler
def test_versions_have_their_label_on_every_page_and_their_own_key(ab_pdf):
    path, forms = ab_pdf
    pages = pdf_pages(path)
    by_label = split_forms(pages, ["A", "B"])
    # Footers number each version's pages from 1, so a pupil's copy is complete on its own.
    footers = [[line.strip() for line in p.splitlines() if line.strip()][-1] for p in pages]
    count = {"A": 0, "B": 0}
    for footer in footers:
        label = footer.split(" ")[1]
        count[label] += 1
        assert footer == f"Version {label} · page {count[label]}"
    assert footers[0].startswith("Version A") and footers[-1].startswith("Version B")
    for form in forms:
        questions_text, key_text = by_label[form.label]
        assert key_text, f"version {form.label} has no key pages"
        check_form(form, questions_text, key_text)
    # Same questions, different order: neither the questions nor the keys are the same text.
    assert by_label["A"][0].replace("VersionA", "") != by_label["B"][0].replace("VersionB", "")
    assert by_label["A"][1].replace("VersionA", "") != by_label["B"][1].replace("VersionB", "")
    a, b = forms
    assert [i.question.id for i in a.items] != [i.question.id for i in b.items]
    assert sorted(i.question.id for i in a.items) == sorted(i.question.id for i in b.items)
    mc_orders = {form.label: {i.question.id: i.options for i in form.items} for form in forms}
    assert mc_orders["A"] != mc_orders["B"]


@needs_poppler
def test_key_answers_match_the_deck_in_the_single_form(single_pdf, everything):
    _, questions = everything
    (form,) = worksheet.make_forms(questions, seed=3, versions=None)
    assert [i.question for i in form.items] == questions  # no versions: the order given
    (questions_text, key_text), = split_forms_unlabelled(pdf_pages(single_pdf)).values()
    check_form(form, questions_text, key_text)


@needs_poppler
def test_key_quotes_each_answers_source_sentence(single_pdf):
    decks, questions = deck_questions()
    (_, key_text), = split_forms_unlabelled(pdf_pages(single_pdf)).values()
    for q in questions:
        assert printed(q.source.quote, key_text), q.id


@needs_poppler
def test_letter_paper_and_cli(tmp: Path, bundled_deck_path: Path):
    out = tmp / "week12.pdf"
    code = cli_main(["export", "worksheet", str(bundled_deck_path), "-o", str(out),
                     "--versions", "A,B", "--paper", "letter"])
    assert code == 0
    info = pdf_info(out)
    assert "612 x 792" in info["Page size"]
    pages = pdf_pages(out)
    assert all(("Version A" in p.splitlines()[0]) or ("Version B" in p.splitlines()[0]) for p in pages)
    assert run("pdftoppm", "-r", "20", "-f", "1", "-l", "1", "-png", out, tmp / "thumb") == ""
    assert list(tmp.glob("thumb*.png"))


@needs_poppler
def test_tiny_deck_three_versions(tmp: Path):
    """A deck with a handful of questions still gives three distinct forms, each checked against its key."""
    decks = (load_deck(DATA / "tiny.yaml"),)
    questions = generate_many(decks, seed=0, types=BASIC_TYPES)
    request = make_request(tmp, "tiny.pdf", questions, decks, versions=["A", "B", "C"])
    path = write(request)
    forms = worksheet.make_forms(questions, seed=request.seed, versions=["A", "B", "C"])
    by_label = split_forms(pdf_pages(path), ["A", "B", "C"])
    for form in forms:
        check_form(form, *by_label[form.label])
    assert len({tuple((i.question.id, i.options) for i in f.items) for f in forms}) == 3


def test_pdf_is_byte_identical_across_runs(tmp: Path):
    request = make_request(tmp, "same.pdf", plain_questions(), versions=["A", "B"])
    first = worksheet.render(request).data
    time.sleep(1.1)  # font subset timestamps have one-second resolution
    assert worksheet.render(request).data == first
    assert b"/CreationDate" not in first and b"/ModDate" not in first


def test_nothing_overflows_the_page_width(everything):
    """Every laid-out text box ends inside the page's content area (long quotes and URLs wrap)."""
    from weasyprint import HTML
    from weasyprint.formatting_structure import boxes

    decks, questions = everything
    long_word = "https://example.org/" + "x" * 300
    questions = [*questions, make_question("long:url:typed", QuestionType.TYPED, f"Open {long_word} now?", "no")]
    document = worksheet.render_html(make_request(Path("/tmp"), "x.html", questions, decks, versions=["A"]))
    rendered = HTML(string=document).render()
    for number, page in enumerate(rendered.pages, 1):
        page_box = page._page_box
        right = page_box.content_box_x() + page_box.width
        html_box = next(c for c in page_box.children if not isinstance(c, boxes.MarginBox))
        for box in html_box.descendants():
            if isinstance(box, boxes.TextBox):
                assert box.position_x + box.width <= right + 0.5, (number, box.text[:60])


# --- HTML ------------------------------------------------------------------------------------------


def test_html_escapes_everything_and_has_no_script(tmp: Path, everything):
    decks, questions = everything
    request = make_request(tmp, "sheet.html", questions, decks)
    data = worksheet.render(request).data
    tree = parse_html(data)
    assert "script" not in [tag for tag, _ in tree.tags]
    text = "".join(tree.text)
    assert "<script>alert(1)</script>" in text  # shown literally
    assert "treaty <script>alert(1)</script>" in text  # the hostile deck's agreement, in its quote
    assert 'Putin in Hanoi: "test" deck' in text  # the title, quotes and all
    items = tree.classes("question")
    assert len(items) == len(questions)
    for q in questions:
        if RTL.search(q.prompt) or "\u202e" in q.prompt:
            continue
        for piece in prompt_pieces(q):
            assert " ".join(piece.split()) in " ".join(text.split()), piece


def test_html_is_deterministic_and_offline(tmp: Path, everything):
    decks, questions = everything
    request = make_request(tmp, "sheet.html", questions, decks, versions=["A", "B"], paper="letter")
    data = worksheet.render(request).data
    assert worksheet.render(request).data == data
    tree = parse_html(data)
    assert "@page { size: letter;" in tree.style
    assert '@page form-1 { @top-right { content: "Version A"; }' in tree.style
    assert '@page form-2 { @top-right { content: "Version B"; }' in tree.style
    assert "url(" not in tree.style and "@import" not in tree.style
    assert not [a for tag, a in tree.tags if tag in ("link", "img", "script", "iframe")]
    assert not [a for _, a in tree.tags if a.get("src") or a.get("href")]
    assert [a.get("data-version") for a in tree.classes("form")] == ["A", "B"]
    assert [t.strip() for t in tree.text if t.strip().startswith("Version ")] == ["Version A", "Version B"]


def test_hostile_version_labels_and_title_stay_text(tmp: Path):
    label = '</style><script>alert(1)</script>"}'
    request = make_request(tmp, "v.html", plain_questions(), versions=[label, "B"], title="T </style>{x}")
    tree = parse_html(worksheet.render(request).data)
    assert [tag for tag, _ in tree.tags if tag in ("script", "style")] == ["style"]
    assert "</style>" not in tree.style and "<script>" not in tree.style
    assert f"Version {label}" in [t.strip() for t in tree.text]
    assert "T </style>{x}" in tree.text


def test_options_are_lettered_and_tf_shows_both_choices(tmp: Path):
    tree = parse_html(worksheet.render(make_request(tmp, "p.html", plain_questions())).data)
    text = " ".join(" ".join(tree.text).split())
    assert "A Dmitry Medvedev B Vladimir Putin C To Lam D Sergei Lavrov" in text
    assert text.count("☐ True ☐ False") == 2
    assert len(tree.classes("write-line")) == 1  # the typed question
    assert len(tree.classes("gap")) == 1  # the cloze gap, drawn as a line
    assert len(tree.classes("key")) == 1


def test_date_option_and_title_fallback(tmp: Path):
    decks = (load_deck(BUNDLED_DECKS[0]),)
    request = replace(make_request(tmp, "d.html", plain_questions(), decks), options={"date": "2026-11-23"})
    text = " ".join(parse_html(worksheet.render(request).data).text)
    assert "23 November 2026" in text
    assert decks[0].title in text


def test_versions_are_deterministic_per_seed_and_label():
    questions = plain_questions() + hostile_questions()
    a1 = worksheet.make_forms(questions, seed=1, versions=["A", "B"])
    assert a1 == worksheet.make_forms(questions, seed=1, versions=["A", "B"])
    assert a1[0] == worksheet.make_forms(questions, seed=1, versions=["A"])[0]
    assert a1 != worksheet.make_forms(questions, seed=2, versions=["A", "B"])
    # Even one question with four options gets two different forms.
    one = worksheet.make_forms(questions[:1], seed=0, versions=["A", "B", "C"])
    assert len({f.items[0].options for f in one}) == 3


def test_bad_requests_are_usage_errors(tmp: Path):
    qs = plain_questions()
    with pytest.raises(UsageError, match="paper"):
        worksheet.render(make_request(tmp, "x.pdf", qs, paper="a5"))
    with pytest.raises(UsageError, match="repeated"):
        worksheet.render(make_request(tmp, "x.pdf", qs, versions=["A", "A"]))
    with pytest.raises(UsageError, match=".pdf or .html"):
        worksheet.render(make_request(tmp, "x.docx", qs))
    with pytest.raises(UsageError, match="no questions"):
        worksheet.render(make_request(tmp, "x.pdf", []))


def test_unprintable_question_is_skipped_with_a_reason(tmp: Path):
    broken = make_question("x:y:mc", QuestionType.MC, "Which?", "missing", options=("a", "b"))
    result = worksheet.render(make_request(tmp, "x.html", [*plain_questions(), broken]))
    assert result.count == len(plain_questions())
    assert [s.question_id for s in result.skipped] == ["x:y:mc"]


def test_registered_exporter():
    exporter = get_exporter("worksheet")
    assert exporter.NAME == "worksheet"
    assert exporter.SUFFIXES[0] == ".pdf" and ".html" in exporter.SUFFIXES
