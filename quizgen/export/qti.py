"""QTI 1.2 package for Canvas: Settings → Import course content → QTI .zip file.

The zip holds what Canvas's own QTI export holds:

- ``imsmanifest.xml``: a resource of type ``imsqti_xmlv1p2`` pointing at ``<id>/<id>.xml``, which
  depends on a learning-application resource for ``<id>/assessment_meta.xml``;
- ``<id>/<id>.xml``: one ``assessment`` with one section; an ``item`` per question whose ``ident``
  is the question id made XML-safe (:func:`~quizgen.export.textsafe.xml_ident`, stable and
  injective) and whose ``title`` is the id itself. ``qtimetadata`` names the Canvas question type
  (``multiple_choice_question``, ``true_false_question``, ``short_answer_question``) and
  ``points_possible``; choices are ``response_lid`` + ``render_choice``, scored by ``varequal`` →
  ``setvar SCORE 100``; typed and cloze answers are ``response_str`` with one ``varequal`` per
  accepted text. A match is Canvas's ``matching_question`` (a ``response_lid`` per person, right when every
  pair is: the profile's ``setvar`` only sets), an exact numeric question ``numerical_question``
  (``varequal``); the profile has no number ranges (``vargte``) and Canvas no ordering question, so a
  figure with a tolerance ("$20.7bn": 20.65-20.75) and an order are left out with that reason.
  The source sentence is the item's general feedback (``general_fb``);
- ``<id>/assessment_meta.xml``: Canvas's quiz settings (title, points, time limit).

``<id>`` is derived from the decks (or the title), so re-exporting a deck gives the same package.
With ``time_limit`` (seconds per question) the quiz gets ``ceil(seconds × questions / 60)`` minutes.
"""

from __future__ import annotations

import hashlib
import math
import xml.etree.ElementTree as ET

from ..errors import UsageError
from ..questions.forms import numeric_target
from ..questions.model import Question, QuestionType
from . import ExportRequest, ExportResult, Refusal, Skipped
from .forms_text import plain_number
from .textsafe import clean_text, deck_title, fixed_zip, html_text, question_problem, source_line, xml_ident

NAME = "qti"
SUFFIXES = (".zip",)
DESCRIPTION = "QTI 1.2 zip for Canvas (Settings → Import course content → QTI .zip file)"

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0"
CP_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
IMSMD_NS = "http://www.imsglobal.org/xsd/imsmd_v1p2"

CANVAS_TYPES = {
    QuestionType.MC: "multiple_choice_question",
    QuestionType.TF: "true_false_question",
    QuestionType.TYPED: "short_answer_question",
    QuestionType.CLOZE: "short_answer_question",
    QuestionType.MATCH: "matching_question",
    QuestionType.NUMERIC: "numerical_question",
}
RESPONSE = "response1"
GENERAL_FB = "general_fb"


def package_ident(request: ExportRequest, title: str) -> str:
    """``g`` + 32 hex digits (Canvas's own shape), from the deck ids, else from the title."""
    key = "+".join(d.id for d in request.decks) or title
    return "g" + hashlib.sha256(("quizgen:" + key).encode("utf-8")).hexdigest()[:32]


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, attrs)
    if text is not None:
        el.text = text
    return el


def _field(meta: ET.Element, label: str, entry: str) -> None:
    field = _sub(meta, "qtimetadatafield")
    _sub(field, "fieldlabel", label)
    _sub(field, "fieldentry", entry)


def _material(parent: ET.Element, text: str, texttype: str) -> None:
    _sub(_sub(parent, "material"), "mattext", text, texttype=texttype)


def _html(text: str) -> str:
    return f"<div>{html_text(clean_text(text))}</div>"


def answer_idents(question: Question) -> list[str]:
    """The ``response_label`` idents of a choice question's options, in order."""
    return [str(i + 1) for i in range(len(question.options))]


def render_item(section: ET.Element, question: Question) -> None:
    item = _sub(section, "item", ident=xml_ident(question.id), title=clean_text(question.id))
    meta = _sub(_sub(item, "itemmetadata"), "qtimetadata")
    _field(meta, "question_type", CANVAS_TYPES[question.type])
    _field(meta, "points_possible", "1.0")
    idents = answer_idents(question)
    _field(meta, "original_answer_ids", ",".join(idents))

    presentation = _sub(item, "presentation")
    _material(presentation, _html(question.prompt), "text/html")
    if question.type is QuestionType.MATCH:  # Canvas: one response_lid per person, the countries its choices
        for i, text in enumerate(question.items):
            lid = _sub(presentation, "response_lid", ident=f"response_{i + 1}")
            _material(lid, clean_text(text), "text/plain")
            choices = _sub(lid, "render_choice")
            for ident, option in zip(idents, question.options, strict=True):
                _material(_sub(choices, "response_label", ident=ident), clean_text(option), "text/plain")
    elif question.type is QuestionType.NUMERIC:
        response = _sub(presentation, "response_str", ident=RESPONSE, rcardinality="Single")
        _sub(_sub(response, "render_fib", fibtype="Decimal"), "response_label", ident="answer1")
    elif question.options:
        lid = _sub(presentation, "response_lid", ident=RESPONSE, rcardinality="Single")
        choices = _sub(lid, "render_choice")
        for ident, option in zip(idents, question.options, strict=True):
            label = _sub(choices, "response_label", ident=ident)
            _material(label, clean_text(option), "text/plain")
    else:
        response = _sub(presentation, "response_str", ident=RESPONSE, rcardinality="Single")
        _sub(_sub(response, "render_fib"), "response_label", ident="answer1", rshuffle="No")

    processing = _sub(item, "resprocessing")
    _sub(_sub(processing, "outcomes"), "decvar", maxvalue="100", minvalue="0", varname="SCORE",
         vartype="Decimal")
    general = _sub(processing, "respcondition", **{"continue": "Yes"})
    _sub(_sub(general, "conditionvar"), "other")
    _sub(general, "displayfeedback", feedbacktype="Response", linkrefid=GENERAL_FB)
    correct = _sub(processing, "respcondition", **{"continue": "No"})
    condition = _sub(correct, "conditionvar")
    if question.type is QuestionType.MATCH:  # every pair right (the profile scores with Set only)
        every = _sub(condition, "and")
        for i, k in enumerate(question.key):
            _sub(every, "varequal", idents[k], respident=f"response_{i + 1}")
    elif question.type is QuestionType.NUMERIC:  # exact figures only: the profile has no vargte/varlte
        _sub(condition, "varequal", plain_number(numeric_target(question)[0]), respident=RESPONSE)
    elif question.options:
        _sub(condition, "varequal", idents[question.options.index(question.answer)], respident=RESPONSE)
    else:
        for answer in dict.fromkeys(clean_text(a) for a in question.accepted_spellings):
            if answer:
                _sub(condition, "varequal", answer, respident=RESPONSE)
    _sub(correct, "setvar", "100", action="Set", varname="SCORE")

    feedback = _sub(item, "itemfeedback", ident=GENERAL_FB)
    _material(_sub(feedback, "flow_mat"), _html(source_line(question)), "text/html")


def _xml(root: ET.Element) -> bytes:
    ET.indent(root, space="  ")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def assessment_xml(ident: str, title: str, questions: list[Question]) -> bytes:
    root = ET.Element("questestinterop", {
        "xmlns": QTI_NS,
        "xmlns:xsi": XSI_NS,
        "xsi:schemaLocation": f"{QTI_NS} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd",
    })
    assessment = _sub(root, "assessment", ident=ident, title=title)
    _field(_sub(assessment, "qtimetadata"), "cc_maxattempts", "1")
    section = _sub(assessment, "section", ident="root_section")
    for question in questions:
        render_item(section, question)
    return _xml(root)


def meta_xml(ident: str, title: str, count: int, time_limit: int | None) -> bytes:
    root = ET.Element("quiz", {
        "identifier": ident,
        "xmlns": CANVAS_NS,
        "xmlns:xsi": XSI_NS,
        "xsi:schemaLocation": f"{CANVAS_NS} https://canvas.instructure.com/xsd/cccv1p0.xsd",
    })
    _sub(root, "title", title)
    _sub(root, "description", f"<p>{html_text('Made by quizgen from: ' + title)}</p>")
    _sub(root, "shuffle_answers", "false")
    _sub(root, "scoring_policy", "keep_highest")
    _sub(root, "hide_results", "")
    _sub(root, "quiz_type", "assignment")
    _sub(root, "points_possible", f"{count}.0")
    _sub(root, "show_correct_answers", "true")
    _sub(root, "anonymous_submissions", "false")
    _sub(root, "could_be_locked", "false")
    if time_limit:
        _sub(root, "time_limit", str(math.ceil(time_limit * count / 60)))
    _sub(root, "allowed_attempts", "1")
    _sub(root, "one_question_at_a_time", "false")
    _sub(root, "cant_go_back", "false")
    _sub(root, "available", "false")
    _sub(root, "one_time_results", "false")
    _sub(root, "show_correct_answers_last_attempt", "false")
    _sub(root, "only_visible_to_overrides", "false")
    _sub(root, "module_locked", "false")
    return _xml(root)


def manifest_xml(ident: str, title: str) -> bytes:
    meta_ident = ident + "_meta"
    root = ET.Element("manifest", {
        "identifier": ident + "_manifest",
        "xmlns": CP_NS,
        "xmlns:imsmd": IMSMD_NS,
        "xmlns:xsi": XSI_NS,
        "xsi:schemaLocation": f"{CP_NS} http://www.imsglobal.org/xsd/imscp_v1p1.xsd "
        f"{IMSMD_NS} http://www.imsglobal.org/xsd/imsmd_v1p2p2.xsd",
    })
    metadata = _sub(root, "metadata")
    _sub(metadata, "schema", "IMS Content")
    _sub(metadata, "schemaversion", "1.1.3")
    lom = _sub(metadata, "imsmd:lom")
    _sub(_sub(_sub(lom, "imsmd:general"), "imsmd:title"), "imsmd:string", title)
    _sub(root, "organizations")
    resources = _sub(root, "resources")
    quiz = _sub(resources, "resource", identifier=ident, type="imsqti_xmlv1p2")
    _sub(quiz, "file", href=f"{ident}/{ident}.xml")
    _sub(quiz, "dependency", identifierref=meta_ident)
    meta = _sub(resources, "resource", identifier=meta_ident,
                type="associatedcontent/imscc_xmlv1p1/learning-application-resource",
                href=f"{ident}/assessment_meta.xml")
    _sub(meta, "file", href=f"{ident}/assessment_meta.xml")
    return _xml(root)


def render(request: ExportRequest) -> ExportResult:
    title = deck_title(dict(request.options), request.decks)
    ident = package_ident(request, title)
    written: list[Question] = []
    skipped: list[Skipped] = []
    seen: set[str] = set()
    for question in request.questions:
        problem: Refusal | str | None = question_problem(question)
        if problem is None and question.type is QuestionType.ORDER:
            problem = Refusal("Canvas quizzes (QTI 1.2) have no ordering questions",
                              "Canvas quizzes (QTI 1.2) have no ordering questions")
        if problem is None and question.type is QuestionType.NUMERIC and numeric_target(question)[1]:
            problem = Refusal(f"a numeric answer within {numeric_target(question)[1]}: the QTI 1.2 profile "
                              "has no number ranges (vargte, varlte)",
                              "a numeric answer with a tolerance (the QTI 1.2 profile has no number ranges)")
        if problem is None and xml_ident(question.id) in seen:
            problem = "another question has the same id"
        if problem is not None:
            skipped.append(Skipped.because(question.id, problem))
            continue
        seen.add(xml_ident(question.id))
        written.append(question)
    if not written:  # the QTI schema requires at least one item in the section
        reasons = "; ".join(f"{s.question_id}: {s.reason}" for s in skipped[:3])
        if not skipped:
            raise UsageError(f"{request.output}: no questions to write (check the deck and --types)")
        raise UsageError(f"{request.output}: none of the {len(skipped)} questions can be written ({reasons})")
    time_limit = request.options.get("time_limit")
    data = fixed_zip([
        ("imsmanifest.xml", manifest_xml(ident, title)),
        (f"{ident}/{ident}.xml", assessment_xml(ident, title, written)),
        (f"{ident}/assessment_meta.xml", meta_xml(ident, title, len(written), time_limit)),
    ])
    return ExportResult(data=data, skipped=tuple(skipped), count=len(written))
