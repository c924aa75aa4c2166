"""Typed-answer matching: lenient where a teacher would be, strict where the article is."""

from __future__ import annotations

import pytest

from quizgen.matching import DeckNames, Verdict, match_answer, parse_date, parse_number
from quizgen.questions.model import AnswerKind, Question, QuestionType, SourceRef

SRC = SourceRef("a", "Putin in Hanoi", "A sentence.", "2024-06-20")


def q(answer: str, kind: AnswerKind, *, aliases: tuple[str, ...] = (), value: str | None = None,
      unit: str | None = None, qid: str = "f:t:typed") -> Question:
    return Question(id=qid, deck_id="d", fact_id="f", fact_kind="leader", type=QuestionType.TYPED,
                    template="t", prompt="?", answer=answer, answer_kind=kind, source=SRC,
                    aliases=aliases, value=value, unit=unit)


HO = q("Ho Chi Minh", AnswerKind.PERSON, aliases=("Hồ Chí Minh",))
PHAM = q("Pham Minh Chinh", AnswerKind.PERSON, aliases=("Chinh",), qid="p:t:typed")
TRONG = q("Nguyen Phu Trong", AnswerKind.PERSON, qid="n:t:typed")
PUTIN = q("Vladimir Putin", AnswerKind.PERSON, qid="v:t:typed")
NAMES = DeckNames.from_questions([HO, PHAM, TRONG, PUTIN, q("Lawrence Wong", AnswerKind.PERSON, qid="x:who:typed")])
TRADE = q("$3.5 billion", AnswerKind.NUMBER, value="3500000000", unit="USD")
SIGNED = q("19 June 2024", AnswerKind.DATE, value="2024-06-19")


@pytest.mark.parametrize("given", ["Ho Chi Minh", "ho chi minh", "Hồ Chí Minh", "  HO   CHI-MINH. ",
                                   "HoChiMinh"])
def test_case_diacritics_punctuation_and_spaces_fold(given: str) -> None:
    result = match_answer(HO, given, NAMES)
    assert result.verdict is Verdict.CORRECT
    assert result.canonical == "Ho Chi Minh"


def test_alias_accepted() -> None:
    assert match_answer(PHAM, "chinh", NAMES).verdict is Verdict.CORRECT


def test_surname_accepted_when_unambiguous() -> None:
    result = match_answer(PUTIN, "putin", NAMES)
    assert result.verdict is Verdict.CORRECT and result.note == "surname accepted"


def test_surname_refused_when_two_people_share_it() -> None:
    other = q("Sergei Putin", AnswerKind.PERSON, qid="s:t:typed")
    names = DeckNames.from_questions([PUTIN, other])
    assert match_answer(PUTIN, "Putin", names).verdict is Verdict.WRONG


def test_one_typo_in_a_long_name_is_lenient_and_says_so() -> None:
    result = match_answer(TRONG, "Nguyen Phu Trnog", NAMES)
    assert result.verdict is Verdict.LENIENT and result.typo and result.correct
    assert result.note == "accepted with a typo"
    assert match_answer(TRONG, "Nguyen Phu Tong", NAMES).verdict is Verdict.LENIENT


def test_two_typos_or_short_names_are_wrong() -> None:
    assert match_answer(TRONG, "Ngyen Phu Tong", NAMES).verdict is Verdict.WRONG
    short = q("To Lam", AnswerKind.PERSON)
    assert match_answer(short, "To Lan", NAMES).verdict is Verdict.WRONG


def test_a_typo_that_spells_another_deck_name_is_wrong() -> None:
    a = q("Kim Jong Un", AnswerKind.PERSON, qid="a:t:typed")
    b = q("Kim Jong Il", AnswerKind.PERSON, qid="b:t:typed")
    names = DeckNames.from_questions([a, b])
    assert match_answer(a, "Kim Jong Il", names).verdict is Verdict.WRONG


def test_other_person_is_wrong_and_canonical_is_returned() -> None:
    result = match_answer(HO, "Vladimir Putin", NAMES)
    assert result.verdict is Verdict.WRONG and not result.correct and result.canonical == "Ho Chi Minh"


def test_empty_is_wrong() -> None:
    assert match_answer(HO, "   ", NAMES).verdict is Verdict.WRONG


@pytest.mark.parametrize("given", ["3.5 billion", "$3.5bn", "3,500,000,000", "3500000000", "US$ 3.5 billion",
                                   "3.5 billion dollars", "USD 3.5 bn", "3500 million", "$3.5B",
                                   "about 3.5 billion"])
def test_numbers_in_any_common_form(given: str) -> None:
    assert match_answer(TRADE, given).verdict is Verdict.CORRECT, given


@pytest.mark.parametrize("given", ["4 billion", "3 billion", "35 billion", "3.5 million", "€3.5 billion",
                                   "3.5", "many"])
def test_numbers_outside_the_article_precision_or_wrong_currency(given: str) -> None:
    assert match_answer(TRADE, given).verdict is Verdict.WRONG, given


def test_number_within_precision_of_the_article() -> None:
    assert match_answer(TRADE, "3.52 billion").verdict is Verdict.CORRECT
    assert match_answer(TRADE, "3.6 billion").verdict is Verdict.WRONG


def test_small_counts_are_exact_and_words_count() -> None:
    count = q("more than ten", AnswerKind.NUMBER, value="10", unit="agreements")
    for given in ("10", "ten", "more than 10", "10 agreements", "more than ten"):
        assert match_answer(count, given).verdict is Verdict.CORRECT, given
    assert match_answer(count, "11").verdict is Verdict.WRONG
    dozen = q("over a dozen", AnswerKind.NUMBER, value="12", unit="agreements")
    assert match_answer(dozen, "12").verdict is Verdict.CORRECT
    assert match_answer(dozen, "a dozen").verdict is Verdict.CORRECT


def test_percent() -> None:
    share = q("60%", AnswerKind.NUMBER, value="60", unit="%")
    assert match_answer(share, "60 percent").verdict is Verdict.CORRECT
    assert match_answer(share, "60").verdict is Verdict.CORRECT
    assert match_answer(share, "61%").verdict is Verdict.WRONG


@pytest.mark.parametrize("given", ["19 June 2024", "June 19, 2024", "2024-06-19", "19/06/2024",
                                   "19th of June 2024",
                                   "Wednesday, 19 June 2024", "jun 19 2024", "19.06.2024"])
def test_dates_in_common_forms(given: str) -> None:
    assert match_answer(SIGNED, given).verdict is Verdict.CORRECT, given


@pytest.mark.parametrize("given", ["20 June 2024", "June 2024", "2024", "19 June 2023", "06/07/2024", "soon"])
def test_wrong_or_imprecise_dates(given: str) -> None:
    assert match_answer(SIGNED, given).verdict is Verdict.WRONG, given


def test_date_at_month_precision_accepts_a_day_in_that_month() -> None:
    month = q("July 2013", AnswerKind.DATE, value="2013-07")
    assert match_answer(month, "July 2013").verdict is Verdict.CORRECT
    assert match_answer(month, "2013-07").verdict is Verdict.CORRECT
    assert match_answer(month, "25 July 2013").verdict is Verdict.CORRECT
    assert match_answer(month, "August 2013").verdict is Verdict.WRONG


def test_parsers_refuse_garbage() -> None:
    assert parse_number("1 and 2") is None
    assert parse_date("31 February 2024") is None
    assert parse_date("") is None
    assert parse_number("") is None


def test_find_answer_in_the_source_sentence() -> None:
    from quizgen.matching import find_answer

    quote = "During his visit, the Kremlin chief met with President Tô Lâm, Prime Minister Pham Minh Chinh."
    start, end = find_answer(quote, ["To Lam"])
    assert quote[start:end] == "Tô Lâm"
    start, end = find_answer("Trade reached $3.5 billion in 2022.", ["$3.5 billion"])
    assert "3.5 billion" in "Trade reached $3.5 billion in 2022."[start:end]
    assert find_answer("Nothing here.", ["Lam"]) is None
    assert find_answer("Lamb is served.", ["Lam"]) is None


def test_ordinals() -> None:
    stop = q("second", AnswerKind.NUMBER, value="2", unit="stops")
    for given in ("second", "2nd", "2", "Second."):
        assert match_answer(stop, given).verdict is Verdict.CORRECT, given
    assert match_answer(stop, "third").verdict is Verdict.WRONG


# What a fair marker accepts beyond the key: (question, given, verdict)
US = q("United States", AnswerKind.PLACE, qid="u:of:typed")
BIDEN = q("Biden", AnswerKind.PERSON, qid="b:who:typed")
PRESIDENT = q("President", AnswerKind.OFFICE, qid="t:office:typed")
AUSTIN = q("Lloyd J. Austin III", AnswerKind.PERSON, qid="a:who:typed")
BILLION = q("over a billion dollars", AnswerKind.NUMBER, value="1000000000", unit="USD", qid="b:cloze:cloze")
BELOW = q("less than 15 percent", AnswerKind.NUMBER, value="15", unit="%", qid="l:cloze:cloze")
ABOVE = q("more than 100,000", AnswerKind.NUMBER, value="100000", unit="troops", qid="m:cloze:cloze")
WONG = q("Wong", AnswerKind.PERSON, qid="w:who:typed")
FAIR = [
    # the full name for a surname the article gave alone, unless it is another person of the deck
    (WONG, "Penny Wong", Verdict.CORRECT), (WONG, "Lawrence Wong", Verdict.WRONG),
    # a sum in words, "a" for one
    (BILLION, "a billion dollars", Verdict.CORRECT), (BILLION, "$1 billion", Verdict.CORRECT),
    (BILLION, "1bn", Verdict.CORRECT), (BILLION, "a million dollars", Verdict.WRONG),
    # the number with the article's bound, or none; never the opposite bound
    (BELOW, "less than 15 percent", Verdict.CORRECT), (BELOW, "15%", Verdict.CORRECT),
    (BELOW, "under 15 per cent", Verdict.CORRECT), (BELOW, "more than 15 percent", Verdict.WRONG),
    (ABOVE, "100,000", Verdict.CORRECT), (ABOVE, "over 100,000", Verdict.CORRECT),
    (ABOVE, "fewer than 100000", Verdict.WRONG),
    (US, "USA", Verdict.CORRECT), (US, "the U.S.", Verdict.CORRECT), (US, "United States of America", Verdict.CORRECT),
    (US, "United Kingdom", Verdict.WRONG),
    (BIDEN, "Joe Biden", Verdict.CORRECT), (BIDEN, "Joe Smith", Verdict.WRONG),
    (PHAM, "Chinh Pham Minh", Verdict.CORRECT), (PHAM, "Pham Chinh", Verdict.WRONG),
    (PRESIDENT, "President of Vietnam", Verdict.CORRECT), (PRESIDENT, "Vice President", Verdict.WRONG),
    (PRESIDENT, "President of the board", Verdict.WRONG),
    (AUSTIN, "Lloyd Austin", Verdict.CORRECT), (AUSTIN, "Austin", Verdict.CORRECT),
    (AUSTIN, "Lloyd J. Austin III", Verdict.CORRECT), (AUSTIN, "Lloyd Smith", Verdict.WRONG),
]


@pytest.mark.parametrize(("question", "given", "verdict"), FAIR, ids=[f"{c[0].answer}-{c[1]}" for c in FAIR])
def test_what_a_fair_marker_accepts(question: Question, given: str, verdict: Verdict) -> None:
    assert match_answer(question, given, NAMES).verdict is verdict
