"""Moodle XML: Moodle's own question format, for Question bank → Import → Moodle XML format.

A ``category`` question comes first (so the import lands in a category named after the deck), then
one ``<question>`` per question: ``multichoice`` (single answer, shuffled, exactly one answer at
100), ``truefalse`` (exactly one of true/false at 100) and ``shortanswer`` (typed and cloze; every
accepted text at 100, ``*`` escaped because Moodle reads it as a wildcard); and the forms of
quizgen/questions/forms*.py: ``ordering`` (Moodle 4.4's core ordering question: the events in the right
order), ``matching`` (each person a subquestion) and ``numerical`` (the number in the scale asked,
with the article's precision as its tolerance). ``<name>`` is the stable
question id; the general feedback is the source sentence and where it was published.

HTML fields hold escaped text inside ``<![CDATA[...]]>``, a ``]]>`` in the text split across two
sections; plain fields (names, short answers) are XML-escaped.
"""

from __future__ import annotations

from xml.sax.saxutils import escape as xml_escape

from ..questions.model import Question, QuestionType
from . import ExportRequest, ExportResult, Skipped
from .forms_text import numeric_answer
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
        QuestionType.ORDER: "ordering",
        QuestionType.MATCH: "matching",
        QuestionType.NUMERIC: "numerical",
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
    elif question.type is QuestionType.ORDER:  # qtype_ordering: the items in the right order, numbered
        lines += ["    <layouttype>VERTICAL</layouttype>", "    <selecttype>ALL</selecttype>",
                  "    <selectcount>0</selectcount>", "    <gradingtype>ABSOLUTE_POSITION</gradingtype>",
                  "    <showgrading>SHOW</showgrading>", "    <numberingstyle>none</numberingstyle>"]
        for n, k in enumerate(question.key, 1):
            lines += [f'    <answer fraction="{n}" format="html">',
                      f"      <text>{cdata(html_text(clean_text(question.options[k])))}</text>", "    </answer>"]
    elif question.type is QuestionType.MATCH:  # each person a subquestion, their country its answer
        lines.append("    <shuffleanswers>true</shuffleanswers>")
        for item, k in zip(question.items, question.key, strict=True):
            lines += ['    <subquestion format="html">', f"      <text>{cdata(html_text(clean_text(item)))}</text>",
                      f"      <answer><text>{xml_escape(clean_text(question.options[k]))}</text></answer>",
                      "    </subquestion>"]
    elif question.type is QuestionType.NUMERIC:  # the number in the scale asked, right within the tolerance
        number, tolerance = numeric_answer(question)
        lines += ['    <answer fraction="100" format="moodle_auto_format">', f"      <text>{number}</text>",
                  '      <feedback format="html">', "        <text></text>", "      </feedback>",
                  f"      <tolerance>{tolerance}</tolerance>", "    </answer>",
                  "    <unitgradingtype>0</unitgradingtype>", "    <unitpenalty>0.1000000</unitpenalty>",
                  "    <showunits>3</showunits>", "    <unitsleft>0</unitsleft>"]
    elif question.type is QuestionType.TF:
        for value in ("true", "false"):
            fraction = 100 if question.answer.lower() == value else 0
            lines += _answer(fraction, value, "moodle_auto_format")
    else:
        lines.append("    <usecase>0</usecase>")
        seen: set[str] = set()
        for answer in question.accepted_spellings:
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
