"""Independent readers for the classroom exports, and the questions the export tests feed them.

The node readers (gift-pegjs, papaparse) run from the repository root so ``require`` finds
``node_modules``; a test that needs them is skipped, not failed, when node or the package is missing.
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.export import ExportRequest, ExportResult
from quizgen.questions.model import CLOZE_GAP, AnswerKind, Question, QuestionType, SourceRef

REPO = Path(__file__).resolve().parent.parent
NODE_DIR = Path(__file__).resolve().parent / "node"
VALIDATORS = Path(__file__).resolve().parent / "validators"


def _node(script: str, stdin: str, package: str) -> dict | list:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed (make node-deps)")
    if not (REPO / "node_modules" / package).is_dir():
        pytest.skip(f"node_modules/{package} is missing (make node-deps)")
    proc = subprocess.run(
        [node, str(NODE_DIR / script)],
        input=stdin.encode("utf-8"),
        capture_output=True,
        cwd=REPO,
        timeout=60,
        check=False,
    )
    out = json.loads(proc.stdout.decode("utf-8") or "null")
    if proc.returncode != 0:
        raise AssertionError(f"{script} failed: {out!r} {proc.stderr.decode('utf-8', 'replace')}")
    return out


def gift_pegjs(text: str) -> list[dict]:
    """gift-pegjs's parse of ``text``: ``[{type, title, stem: {format, text}, choices, ...}]``."""
    return _node("gift_parse.js", text, "gift-pegjs")  # type: ignore[return-value]


def papaparse(text: str) -> dict:
    """papaparse's reading of CSV ``text``: ``{"data": rows, "errors": [...]}``."""
    return _node("papaparse_csv.js", text, "papaparse")  # type: ignore[return-value]


# --- questions -------------------------------------------------------------------------------------

SOURCE = SourceRef(
    source_id="vnexpress",
    title="Putin arrives in Hanoi",
    quote="Russian President Vladimir Putin arrived in Hanoi on June 19, 2024.",
    published="2024-06-19",
    url="https://example.org/putin-hanoi",
    outlet="VnExpress",
)


def make_question(
    qid: str,
    qtype: QuestionType,
    prompt: str,
    answer: str,
    *,
    options: tuple[str, ...] = (),
    aliases: tuple[str, ...] = (),
    source: SourceRef = SOURCE,
) -> Question:
    fact_id, template, _ = qid.split(":")
    return Question(
        id=qid,
        deck_id="test-deck",
        fact_id=fact_id,
        fact_kind="leader",
        type=qtype,
        template=template,
        prompt=prompt,
        answer=answer,
        answer_kind=AnswerKind.BOOLEAN if qtype is QuestionType.TF else AnswerKind.TEXT,
        source=source,
        aliases=aliases,
        options=options,
    )


def plain_questions() -> list[Question]:
    """One of each type, ordinary text."""
    return [
        make_question(
            "putin-president:who:mc",
            QuestionType.MC,
            "Who is the President of Russia?",
            "Vladimir Putin",
            options=("Dmitry Medvedev", "Vladimir Putin", "To Lam", "Sergei Lavrov"),
        ),
        make_question(
            "putin-visit-date:when:tf",
            QuestionType.TF,
            "True or false: Putin arrived in Hanoi on June 19, 2024.",
            "True",
            options=("True", "False"),
        ),
        make_question(
            "putin-visit-date:when-false:tf",
            QuestionType.TF,
            "True or false: Putin arrived in Hanoi on June 20, 2024.",
            "False",
            options=("True", "False"),
        ),
        make_question(
            "to-lam-president:who:typed",
            QuestionType.TYPED,
            "Who is the President of Vietnam?",
            "To Lam",
            aliases=("Tô Lâm", "Lam"),
        ),
        make_question(
            "putin-visit-date:sentence:cloze",
            QuestionType.CLOZE,
            f"Russian President Vladimir Putin arrived in {CLOZE_GAP} on June 19, 2024.",
            "Hanoi",
            aliases=("Ha Noi",),
        ),
    ]


HOSTILE_SOURCE = SourceRef(
    source_id="hostile",
    title='The "Hostile" Times: ~ = # { } : <b>bold</b> ]]> \\n [tag:evil]',
    quote="He said \u201cno\u201d: =SUM(1) & <script>alert(1)</script> ]]> {x} "
    "\u200fשלום\u200e 🎉 // [id:evil]",
    published="2024-01-02",
    url="https://example.org/a?b=1&c=2#frag",
    outlet="Tin tức Việt Nam",
)

HOSTILE_TEXT = (
    'Which "quoted" ~tilde =equals #hash {brace} :colon\\backslash \\n <script>alert(1)</script> '
    "]]> emoji 🎉🇻🇳 Tiếng Việt có dấu \u200fמימין\u200e & &&058; 50% *star* ->arrow?"
)


def hostile_questions() -> list[Question]:
    """Every type, with text that breaks naive escaping in each format."""
    return [
        make_question(
            "hostile-mc:who:mc",
            QuestionType.MC,
            HOSTILE_TEXT,
            "=SUM(1)",
            options=("-1 {=x}", "=SUM(1)", "@home ~ # <i>", "+Nguyễn Phú Trọng 🎉 ]]>"),
            source=HOSTILE_SOURCE,
        ),
        make_question(
            "hostile-mc2:lead:mc",
            QuestionType.MC,
            "[html] %50% starts: with a marker?",
            "%25% growth",
            options=("[plain] not this", "%25% growth", "\ttab\tstart", "line\nbreak"),
            source=HOSTILE_SOURCE,
        ),
        make_question(
            "hostile-tf:when:tf",
            QuestionType.TF,
            "True or false: \u202eRTL override\u202c text {T} ~ = # : \\ ]]> <b>x</b>",
            "False",
            options=("True", "False"),
            source=HOSTILE_SOURCE,
        ),
        make_question(
            "hostile-typed:who:typed",
            QuestionType.TYPED,
            "Type the name: {=not} ~this #one \\ <script>",
            "Tô Lâm *the* {one} = #1: \\",
            aliases=("=To Lam", "@lam"),
            source=HOSTILE_SOURCE,
        ),
        make_question(
            "hostile-cloze:sentence:cloze",
            QuestionType.CLOZE,
            f"He said {CLOZE_GAP}: =SUM(1) & <script>x</script> ]]> 🎉",
            "Xin chào ~ bạn",
            source=HOSTILE_SOURCE,
        ),
    ]


def request_for(questions: list[Question], tmp_path: Path | None = None, **options) -> ExportRequest:
    return ExportRequest(
        decks=(),
        questions=tuple(questions),
        output=(tmp_path or Path("/nonexistent")) / "out",
        options={"title": "Putin in Hanoi: \"test\" deck", **options},
    )


# The four types every format was first written for; order, match and numeric (quizgen/questions/forms*.py)
# are read back per format in tests/test_export_forms.py.
BASIC_TYPES = (QuestionType.MC, QuestionType.TF, QuestionType.TYPED, QuestionType.CLOZE)


@functools.cache
def deck_question_sets(seeds: tuple[int, ...] = (0, 1, 2)) -> list[list[Question]]:
    """The real generator's questions, one list per bundled deck (all together) and seed, plus the
    hostile test deck per seed. Ids are stable across seeds; option order and wording are not.
    """
    from quizgen.deck import load_deck
    from quizgen.questions import generate

    groups = [sorted((REPO / "decks").glob("*.yaml")), [REPO / "tests" / "data" / "hostile.yaml"]]
    out: list[list[Question]] = []
    for paths in groups:
        decks = [load_deck(p) for p in paths]
        for seed in seeds:
            out.append([q for d in decks for q in generate(d, seed=seed, types=BASIC_TYPES)])
    assert all(out), "every group of decks yields questions"
    return out


# --- Moodle's own GIFT reading, ported line by line from question/format/gift/format.php -----------
# Not independent of us in the way gift-pegjs is, but it is the reader teachers actually use, and it
# differs from gift-pegjs where bugs hide (placeholders, '[format]' prefixes, weights, type detection).

_MOODLE_ESCAPES = {"\\:": "&&058;", "\\#": "&&035;", "\\=": "&&061;", "\\{": "&&123;", "\\}": "&&125;",
                   "\\~": "&&126;", "\\n": "&&010"}
_MOODLE_POST = {"&&058;": ":", "&&035;": "#", "&&061;": "=", "&&123;": "{", "&&125;": "}", "&&126;": "~",
                "&&010": "\n"}


def _moodle_pre(text: str) -> str:
    text = text.replace("\\\\", "&&092;")
    for k, v in _MOODLE_ESCAPES.items():
        text = text.replace(k, v)
    return text.replace("&&092;", "\\")


def _moodle_post(text: str) -> str:
    for k, v in _MOODLE_POST.items():
        text = text.replace(k, v)
    return text


def _moodle_format(text: str, default: str = "moodle") -> tuple[str, str]:
    fmt = default
    if text.startswith("["):
        end = text.find("]")
        name = text[1:end]
        if name in ("moodle", "html", "plain", "markdown"):
            fmt, text = name, text[end + 1:]
    return fmt, _moodle_post(text).strip()


def moodle_gift(text: str) -> list[dict]:
    """Questions as Moodle's GIFT importer reads them: name, qtype, text, answers with fractions."""
    out = []
    for block in re.split(r"\n[ \t]*\n(?:[ \t]*\n)*", text.replace("\r\n", "\n")):
        lines = [" " if line.strip().startswith("//") else line for line in block.split("\n")]
        body = "\n".join(lines).strip()
        if not body:
            continue
        body = _moodle_pre(body)
        name = None
        if body.startswith("::"):
            body = body[2:]
            end = body.find("::")
            name, body = _moodle_post(body[:end]), body[end + 2:].strip()
        start, finish = body.find("{"), body.find("}")
        if start < 0 or finish < 0:
            raise AssertionError(f"Moodle: brace error in {body!r}")
        answertext = body[start + 1:finish].strip()
        if body.endswith("}"):
            questiontext = body[:start] + body[finish + 1:]
        else:
            questiontext = body[:start] + "_____" + body[finish + 1:]
        gf = answertext.rfind("####")
        feedback = ""
        if gf >= 0:
            feedback, answertext = answertext[gf + 4:], answertext[:gf].strip()
        fmt, qtext = _moodle_format(questiontext)
        q = {"name": name, "format": fmt, "text": qtext, "feedback": _moodle_format(feedback, fmt)[1]}
        if "~" in answertext:
            q["qtype"] = "multichoice"
            answers = [a for a in answertext.replace("=", "~=").split("~")]
            if not answers[0].strip():
                answers = answers[1:]
            if len(answers) < 2:
                raise AssertionError(f"Moodle rejects a multiple choice with {len(answers)} answer")
            q["answers"] = []
            for a in answers:
                a = a.strip()
                fraction = 0.0
                if a.startswith("="):
                    fraction, a = 1.0, a[1:]
                elif re.match(r"^%-*([0-9]{1,2})\.?([0-9]*)%", a):
                    raise AssertionError(f"Moodle reads a weight in {a!r}")
                q["answers"].append((_moodle_format(a.split("#", 1)[0].strip(), fmt)[1], fraction))
        elif "=" in answertext and "->" in answertext:
            q["qtype"] = "match"
            q["pairs"] = [tuple(_moodle_post(x).strip() for x in pair.split("->", 1))
                          for pair in re.split(r"(?<!\\)=", answertext) if "->" in pair]
        elif answertext.startswith("#"):  # format.php: numerical, "#number:tolerance"
            q["qtype"] = "numerical"
            number, _, tolerance = answertext[1:].split("#", 1)[0].strip().partition(":")
            q["answers"] = [(float(number), float(tolerance or 0))]
        elif answertext.split("#", 1)[0].strip() in ("T", "TRUE", "F", "FALSE"):
            q["qtype"] = "truefalse"
            q["correct"] = answertext.split("#", 1)[0].strip() in ("T", "TRUE")
        else:
            q["qtype"] = "shortanswer"
            answers = answertext.split("=")
            if not answers[0].strip():
                answers = answers[1:]
            q["answers"] = []
            for a in answers:
                a = a.strip()
                fraction = 1.0
                m = re.match(r"^%(-*[0-9]{1,2}\.?[0-9]*)%", a)
                if m:
                    fraction, a = float(m.group(1)) / 100, a[m.end():]
                q["answers"].append((_moodle_format(a.split("#", 1)[0].strip(), fmt)[1], fraction))
        out.append(q)
    return out


def moodle_unwildcard(answer: str) -> str:
    """What a Moodle short-answer pattern matches literally (``\\*`` is a literal asterisk)."""
    return answer.replace("\\*", "*")


# --- generated text for property tests --------------------------------------------------------------

# Every character some format treats specially, plus letters, marks, emoji and controls.
NASTY_ALPHABET = (
    "aZ09 ~=#{}:\\[]%<>&\"'*-+@/\t\n\r_|,;.!?"
    "\u00e9\u1ebf\u0301\u200e\u200f\u202e\u05e9\u4e2d\U0001f389\x00\x0b\x85\u2028"
)


def nasty_questions(texts: list[str]) -> list[Question]:
    """One question per type and text: the text as prompt, answer and options, in turn."""
    out: list[Question] = []
    for i, text in enumerate(texts):
        other = text + " (not)"
        out.append(make_question(f"p{i}:mc:mc", QuestionType.MC, text, text, options=(other, text, "x")))
        out.append(make_question(f"p{i}:tf:tf", QuestionType.TF, text, "False", options=("True", "False")))
        out.append(make_question(f"p{i}:typed:typed", QuestionType.TYPED, text, text, aliases=(other,)))
        gap = make_question(f"p{i}:cloze:cloze", QuestionType.CLOZE, f"{text} {CLOZE_GAP}", text)
        out.append(gap)
    return out


GENERATED_SETS = range(6)  # deck_question_sets(): 2 groups of decks x 3 seeds

# Random text from NASTY_ALPHABET, as lists of 1-8 strings: the property every exporter meets.
nasty_texts = given(st.lists(st.text(alphabet=NASTY_ALPHABET, min_size=1, max_size=40), min_size=1, max_size=8))
# (make test: the same examples every run, so CI never fails on a draw; make fuzz (QUIZGEN_FUZZ_EXAMPLES): new ones)
nasty_settings = settings(max_examples=30, deadline=None, derandomize=not os.environ.get("QUIZGEN_FUZZ_EXAMPLES"))


def render_written(render: Callable[[ExportRequest], ExportResult],
                   questions: list[Question]) -> tuple[ExportResult, list[Question]]:
    """Render ``questions``; the result and the questions it wrote (all but those it listed as skipped)."""
    result = render(request_for(questions))
    skipped = {s.question_id for s in result.skipped}
    return result, [q for q in questions if q.id not in skipped]
