"""Moodle XML: Moodle's own question format, for Question bank → Import → Moodle XML format.

A ``category`` question comes first (so the import lands in a category named after the deck), then
one ``<question>`` per question: ``multichoice`` (single answer, shuffled, exactly one answer at
100), ``truefalse`` (exactly one of true/false at 100) and ``shortanswer`` (typed and cloze; every
accepted text at 100, ``*`` escaped because Moodle reads it as a wildcard). ``<name>`` is the stable
question id; the general feedback is the source sentence and where it was published.

HTML fields hold escaped text inside ``<![CDATA[...]]>``, a ``]]>`` in the text split across two
sections; plain fields (names, short answers) are XML-escaped.
"""

from __future__ import annotations

from xml.sax.saxutils import escape as xml_escape

from ..questions.model import Question, QuestionType
from . import ExportRequest, ExportResult, Skipped
from .textsafe import clean_text, deck_title, html_text, question_problem, source_line

NAME = "moodle-xml"
SUFFIXES = (".xml",)
DESCRIPTION = "Moodle XML (Question bank → Import → Moodle XML format)"


def cdata(text: str) -> str:
    """``text`` as CDATA; each ``]]>`` inside is split so no section ends early."""
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def category_path(title: str) -> str:
    """A Moodle category path under the course's default category (``/`` in a name is ``//``)."""
    return "$course$/top/" + clean_text(title).replace("/", "//")


def _html_field(tag: str, text: str, indent: str = "    ") -> list[str]:
    return [
        f'{indent}<{tag} format="html">',
        f"{indent}  <text>{cdata(html_text(clean_text(text)))}</text>",
        f"{indent}</{tag}>",
    ]


def _answer(fraction: int, text_xml: str, fmt: str) -> list[str]:
    return [
        f'    <answer fraction="{fraction}" format="{fmt}">',
        f"      <text>{text_xml}</text>",
        '      <feedback format="html">',
        "        <text></text>",
        "      </feedback>",
        "    </answer>",
    ]


def render_question(question: Question) -> list[str]:
    qtype = {
        QuestionType.MC: "multichoice",
        QuestionType.TF: "truefalse",
    }.get(question.type, "shortanswer")
    lines = [
        f'  <question type="{qtype}">',
        "    <name>",
        f"      <text>{xml_escape(clean_text(question.id))}</text>",
        "    </name>",
        *_html_field("questiontext", question.prompt),
        *_html_field("generalfeedback", source_line(question)),
        "    <defaultgrade>1</defaultgrade>",
        f"    <penalty>{'1' if qtype == 'truefalse' else '0.3333333'}</penalty>",
        "    <hidden>0</hidden>",
    ]
    if question.type is QuestionType.MC:
        lines += [
            "    <single>true</single>",
            "    <shuffleanswers>1</shuffleanswers>",
            "    <answernumbering>abc</answernumbering>",
        ]
        for option in question.options:
            fraction = 100 if option == question.answer else 0
            lines += _answer(fraction, cdata(html_text(clean_text(option))), "html")
    elif question.type is QuestionType.TF:
        for value in ("true", "false"):
            fraction = 100 if question.answer.lower() == value else 0
            lines += _answer(fraction, value, "moodle_auto_format")
    else:
        lines.append("    <usecase>0</usecase>")
        seen: set[str] = set()
        for answer in question.accepted:
            text = clean_text(answer).replace("*", "\\*")
            if text and text not in seen:
                seen.add(text)
                lines += _answer(100, xml_escape(text), "moodle_auto_format")
    lines.append("  </question>")
    return lines


def render(request: ExportRequest) -> ExportResult:
    title = deck_title(dict(request.options), request.decks)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<quiz>",
        '  <question type="category">',
        "    <category>",
        f"      <text>{xml_escape(category_path(title))}</text>",
        "    </category>",
        '    <info format="html">',
        f"      <text>{cdata(html_text('Made by quizgen from: ' + title))}</text>",
        "    </info>",
        "  </question>",
    ]
    skipped: list[Skipped] = []
    count = 0
    for question in request.questions:
        problem = question_problem(question)
        if problem is not None:
            skipped.append(Skipped.because(question.id, problem))
            continue
        lines += render_question(question)
        count += 1
    lines.append("</quiz>")
    return ExportResult(data=("\n".join(lines) + "\n").encode("utf-8"), skipped=tuple(skipped), count=count)
