"""Kahoot .xlsx: read back with openpyxl and compared with Kahoot's own template's layout.

Nothing runs Kahoot offline, so this checks what its importer keys on: the sheet name, the header row
and columns, where data starts, the limits, and that the cells hold the questions' text.
"""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest
from checkers import (
    GENERATED_SETS,
    VALIDATORS,
    deck_question_sets,
    hostile_questions,
    make_question,
    nasty_questions,
    nasty_settings,
    nasty_texts,
    plain_questions,
    render_written,
    request_for,
)

from quizgen.errors import UsageError
from quizgen.export import kahoot
from quizgen.export.textsafe import FORMULA_TRIGGERS, clean_text, utf16_len
from quizgen.questions.model import QuestionType

TEMPLATE = VALIDATORS / "kahoot" / "Kahoot-Quiz-Spreadsheet-Template.xlsx"
FITS = (QuestionType.MC, QuestionType.TF)


def _load(data: bytes):
    return openpyxl.load_workbook(io.BytesIO(data))


def _template():
    return openpyxl.load_workbook(TEMPLATE)


def _rows(ws):
    rows = []
    for r in range(kahoot.FIRST_ROW, ws.max_row + 1):
        values = [ws.cell(row=r, column=c).value for c in range(1, 9)]
        if values[1] is None:
            break
        rows.append(values)
    return rows


def shown(text: str) -> str:
    """What a guarded spreadsheet cell must hold for ``text``: the text, after a ``'`` if it could run."""
    text = clean_text(text)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _check(questions, data: bytes, seconds: int = kahoot.DEFAULT_TIME_LIMIT):
    wb = _load(data)
    template = _template()
    assert wb.sheetnames[0] == template.sheetnames[0] == "Sheet1"
    ws, tws = wb["Sheet1"], template["Sheet1"]
    assert {str(r) for r in ws.merged_cells.ranges} == {str(r) for r in tws.merged_cells.ranges}
    assert all(ws.cell(row=r, column=c).value is None for r in (1, 7) for c in range(1, 9))
    header = [ws.cell(row=8, column=c).value for c in range(2, 9)]
    assert header == [tws.cell(row=8, column=c).value for c in range(2, 9)]
    assert tws.cell(row=9, column=1).value == 1 and tws.cell(row=9, column=2).value  # data from row 9
    allowed = {int(v) for v in tws.data_validations.dataValidation[0].formula1.strip('"').split(",")}
    assert allowed == set(kahoot.TIME_LIMITS)
    rows = _rows(ws)
    assert len(rows) == len(questions)
    for n, (q, row) in enumerate(zip(questions, rows, strict=True), start=1):
        number, prompt, *answers, time, correct = row
        assert number == n
        assert utf16_len(prompt) <= 120
        assert prompt == shown(q.prompt)
        given = [a for a in answers if a is not None]
        assert 2 <= len(given) <= 4
        assert all(utf16_len(a) <= 75 for a in given)
        assert given == [shown(o) for o in q.options]
        assert time == seconds and time in allowed
        assert isinstance(correct, str) and correct == str(q.correct_index + 1)
        for cell in ws[n + 8][1:8]:
            assert cell.data_type != "f"
            if isinstance(cell.value, str):
                assert not cell.value.startswith(FORMULA_TRIGGERS)
        comment = ws.cell(row=n + 8, column=2).comment
        assert comment is not None and q.id in comment.text
    # the drop-down Kahoot's template has on the time column
    validations = ws.data_validations.dataValidation
    assert any(v.type == "list" and "G9" in str(v.sqref) for v in validations) or not questions


@pytest.mark.parametrize("maker", [plain_questions, hostile_questions])
def test_choice_questions_read_back_against_template(maker):
    questions = maker()
    result = kahoot.render(request_for(questions))
    too_long = {q.id for q in questions if _units(q.prompt) > 120}
    fits = [q for q in questions if q.type in FITS and q.id not in too_long]
    assert result.count == len(fits)
    reasons = {s.question_id: s.reason for s in result.skipped}
    assert set(reasons) == {q.id for q in questions if q.type not in FITS} | too_long
    for qid, reason in reasons.items():
        assert ("Kahoot allows 120" if qid in too_long else "Kahoot's spreadsheet import has no") in reason
    _check(fits, result.data)


def _units(text: str) -> int:
    """Kahoot's count of a cell (UTF-16 units), the formula guard included."""
    text = clean_text(text)
    return len(text.encode("utf-16-le")) // 2 + (text[:1] in ("=", "+", "-", "@"))


def test_hostile_cells_are_guarded():
    q = make_question("inject:x:mc", QuestionType.MC, "=HYPERLINK(\"http://x\") 🎉 <b>?</b>", "=SUM(1)",
                      options=("-1 {=x}", "=SUM(1)", "@home", "+Nguyễn ]]>"))
    result = kahoot.render(request_for([q]))
    ws = _load(result.data)["Sheet1"]
    assert ws["B9"].value == "'=HYPERLINK(\"http://x\") 🎉 <b>?</b>"
    assert [ws.cell(row=9, column=c).value for c in range(3, 7)] == ["'-1 {=x}", "'=SUM(1)", "'@home", "'+Nguyễn ]]>"]
    assert ws["H9"].value == "2"
    _check([q], result.data)


def test_over_long_text_is_left_out_with_reason():
    long_q = make_question("long:x:mc", QuestionType.MC, "Q" * 121, "a", options=("a", "b"))
    emoji_q = make_question("emoji:x:mc", QuestionType.MC, "🎉" * 61, "a", options=("a", "b"))  # 122 units
    long_a = make_question("longa:x:tf", QuestionType.MC, "Pick", "a", options=("a", "b" * 76))
    five = make_question("five:x:mc", QuestionType.MC, "Pick", "a", options=("a", "b", "c", "d", "e"))
    exact = make_question("exact:x:mc", QuestionType.MC, "Q" * 120, "a", options=("a", "b" * 75))
    result = kahoot.render(request_for([long_q, emoji_q, long_a, five, exact]))
    reasons = {s.question_id: s.reason for s in result.skipped}
    assert set(reasons) == {"long:x:mc", "emoji:x:mc", "longa:x:tf", "five:x:mc"}
    assert "121 characters" in reasons["long:x:mc"] and "122 characters" in reasons["emoji:x:mc"]
    _check([exact], result.data)


def test_time_limit_option():
    result = kahoot.render(request_for(plain_questions(), time_limit=60))
    _check([q for q in plain_questions() if q.type in FITS], result.data, seconds=60)
    with pytest.raises(UsageError, match="240"):
        kahoot.render(request_for(plain_questions(), time_limit=45))


def test_deterministic_bytes():
    first = kahoot.render(request_for(hostile_questions())).data
    assert first == kahoot.render(request_for(hostile_questions())).data
    with zipfile.ZipFile(io.BytesIO(first)) as zf:
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_at_most_the_templates_hundred_rows():
    many = [make_question(f"q{i}:x:tf", QuestionType.TF, f"Statement {i}", "True", options=("True", "False"))
            for i in range(105)]
    result = kahoot.render(request_for(many))
    assert result.count == 100
    assert [s.question_id for s in result.skipped] == [f"q{i}:x:tf" for i in range(100, 105)]


@pytest.mark.parametrize("index", GENERATED_SETS)
def test_generated_decks_round_trip(index):
    questions = deck_question_sets()[index]
    questions = questions[:100]
    result, written = render_written(kahoot.render, questions)
    _check(written, result.data)


@nasty_settings
@nasty_texts
def test_any_text_round_trips_or_is_listed(texts):
    questions = nasty_questions(texts)
    result, written = render_written(kahoot.render, questions)
    _check(written, result.data)


def test_an_over_long_wrong_option_is_named_as_one():
    """A distractor over 75 characters is a wrong option, not "the answer"; the right one is named as such."""
    wrong = make_question("longa:x:mc", QuestionType.MC, "Pick", "a", options=("a", "b" * 76))
    right = make_question("longr:x:mc", QuestionType.MC, "Pick", "a" * 76, options=("a" * 76, "b"))
    reasons = {s.question_id: s.reason for s in kahoot.render(request_for([wrong, right])).skipped}
    assert reasons["longa:x:mc"] == (f"the wrong option '{'b' * 76}' is 76 characters, Kahoot allows 75, "
                                     "and no other distractor fits")
    assert reasons["longr:x:mc"] == f"the right answer '{'a' * 76}' is 76 characters, Kahoot allows 75"


# Six dated events, one too long for a Kahoot answer: "What happened on ...?" offers the others as
# wrong options, so some questions draw the long one as a distractor.
LONG_EVENT = ("The parliament of the small mountain republic voted after a long night to dissolve itself "
              "and call early elections")
EVENTS = [("bridge-opened", "The bridge opened", "2024-03-03", "3 March 2024"),
          ("parliament-dissolved", LONG_EVENT, "2024-04-09", "9 April 2024"),
          ("harbour-closed", "The harbour closed", "2024-05-12", "12 May 2024"),
          ("museum-reopened", "The museum reopened", "2024-06-20", "20 June 2024"),
          ("strike-ended", "The airport strike ended", "2024-08-08", "8 August 2024"),
          ("election-held", "The election was held", "2024-10-14", "14 October 2024")]


@pytest.fixture
def events_deck(tmp_path):
    sentences = [f"{event}{' for the autumn' if event == LONG_EVENT else ''} on {human}."
                 for _, event, _, human in EVENTS]
    (tmp_path / "events.txt").write_text("Events of the year\n\nStatus: 05.01.2025 10:00\n\n"
                                         + "\n".join(sentences) + "\n", encoding="utf-8")
    facts = "".join(
        f"  - id: {fid}\n    kind: date\n    event: {event}\n    date: {iso}\n"
        f"    sources:\n      - source: e\n        quote: {sentence}\n"
        for (fid, event, iso, _), sentence in zip(EVENTS, sentences, strict=True))
    deck = tmp_path / "events.yaml"
    deck.write_text("id: events\ntitle: Events of the year\nlanguage: en\nsources:\n  - id: e\n"
                    "    path: events.txt\n    title: Events of the year\n    published: 2025-01-05\n"
                    f"facts:\n{facts}", encoding="utf-8")
    return deck


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_an_over_long_distractor_is_replaced_by_another_that_fits(events_deck, tmp_path, capsys, seed):
    from quizgen.cli import main
    from quizgen.deck import load_deck
    from quizgen.questions import generate

    asked = [q.to_dict() for q in generate(load_deck(events_deck), seed=seed)]  # every question, as exported
    refit = [q for q in asked if q["type"] == "mc" and LONG_EVENT in q["options"] and q["answer"] != LONG_EVENT]
    assert refit, "no question draws the long event as a wrong option: the test would prove nothing"
    out = tmp_path / f"events-{seed}.xlsx"
    # (the whole pool: a set of 15 asks "What happened on ...?" once at most)
    assert main(["export", "kahoot", str(events_deck), "-o", str(out), "--seed", str(seed), "--verbose",
                 "--count", "all"]) == 0
    err = capsys.readouterr().err
    rows = {ws_row[1].comment.text.split("\n")[0].removeprefix("quizgen id: "): ws_row
            for ws_row in _load(out.read_bytes())["Sheet1"].iter_rows(min_row=kahoot.FIRST_ROW) if ws_row[1].value}
    other_events = {event for _, event, _, _ in EVENTS}
    for q in refit:
        assert q["id"] in rows, f"{q['id']} was left out: {err}"
        answers = [c.value for c in rows[q["id"]][2:6] if c.value is not None]
        assert len(answers) == 4 and len(set(answers)) == 4 and all(utf16_len(a) <= 75 for a in answers)
        assert answers[q["correct"]] == q["answer"] and rows[q["id"]][7].value == str(q["correct"] + 1)
        assert [a for a, o in zip(answers, q["options"], strict=True) if a != o] != []
        assert set(answers) <= other_events  # every wrong option is another of the deck's events, never made up
        kept = [a for a, o in zip(answers, q["options"], strict=True) if o != LONG_EVENT]
        assert kept == [o for o in q["options"] if o != LONG_EVENT]  # only the long one changed, in its place
    # The question whose right answer is the long event cannot be asked: it alone is left out for it.
    assert "skipped parliament-dissolved:what-happened:mc: the right answer 'The parliament" in err
    assert "wrong option" not in err
