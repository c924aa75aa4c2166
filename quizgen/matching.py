"""Lenient, honest matching of typed answers: what a careful teacher would accept, and nothing more.

Accepted as right: the canonical answer or an alias with case, diacritics, punctuation and spacing
folded ("ho chi minh" for "Hồ Chí Minh"); a person's surname when no other person in the deck has it;
numbers in any common form ("3.5 billion", "$3.5bn", "3,500,000,000") within the precision the
article gives; dates in common forms ("19 June 2024", "June 19, 2024", "2024-06-19").
Accepted as *lenient*: one typo (one letter added, dropped, changed or two swapped) in a name of
eight letters or more, unless the typo spells another name in the deck.
Everything else is wrong. The canonical answer is always returned so the quiz can show it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from .dates import MONTHS, IsoDate, Precision
from .english import SCALE_POWERS
from .gazetteer import canonical_place, gazetteer
from .questions.model import AnswerKind, Question
from .text import fold

TYPO_MIN_LENGTH = 8  # folded letters; shorter names are too easily confused to forgive a typo
SURNAME_MIN_LENGTH = 3


class Verdict(StrEnum):
    CORRECT = "correct"
    LENIENT = "lenient"  # right, with one typo forgiven
    WRONG = "wrong"


@dataclass(frozen=True, slots=True)
class MatchResult:
    """How a typed answer was judged, the canonical answer to show, and why it was accepted."""

    verdict: Verdict
    canonical: str
    note: str | None = None  # "accepted with a typo", "surname accepted", ...

    @property
    def correct(self) -> bool:
        return self.verdict is not Verdict.WRONG

    @property
    def typo(self) -> bool:
        return self.verdict is Verdict.LENIENT


@dataclass(frozen=True)
class DeckNames:
    """Names known in a deck: which surnames are unambiguous, and what a typo must not spell."""

    people: tuple[str, ...] = ()  # folded full names
    names: frozenset[str] = frozenset()  # every folded answer, alias and option

    @classmethod
    def from_questions(cls, questions: Iterable[Question]) -> DeckNames:
        people: set[str] = set()
        names: set[str] = set()
        for q in questions:
            texts = [q.answer, *q.aliases, *q.options]
            names.update(fold(t) for t in texts if fold(t))
            if q.answer_kind is AnswerKind.PERSON:
                people.update(fold(t) for t in (q.answer, *q.options) if len(fold(t).split()) > 1)
        return cls(tuple(sorted(people)), frozenset(names))


def match_answer(question: Question, given: str, names: DeckNames | None = None) -> MatchResult:
    """Judge a typed answer to ``question`` (typed or cloze).

    ``names`` are the deck's, for surnames and typos.
    """
    canonical = question.answer
    if not fold(given):
        return MatchResult(Verdict.WRONG, canonical, "no answer given")
    if question.answer_kind is AnswerKind.NUMBER and question.value is not None:
        return _match_number(question, given)
    if question.answer_kind is AnswerKind.DATE and question.value is not None:
        return _match_date(question, given)
    return _match_text(question, given, names or DeckNames())


# -- text ----------------------------------------------------------------------------------------
def _key(text: str) -> str:
    folded = fold(text)
    return folded[4:] if folded.startswith("the ") else folded


def _match_text(question: Question, given: str, names: DeckNames) -> MatchResult:
    canonical = question.answer
    g = _key(given)
    accepted = [_key(a) for a in question.accepted if _key(a)]
    if g in accepted:
        return MatchResult(Verdict.CORRECT, canonical)
    if g.replace(" ", "") in {a.replace(" ", "") for a in accepted}:
        return MatchResult(Verdict.CORRECT, canonical, "spacing differs")
    if question.answer_kind is AnswerKind.PLACE and canonical_place(given) in {canonical_place(a)
                                                                          for a in question.accepted}:
        return MatchResult(Verdict.CORRECT, canonical, "another name of the same place")
    if question.answer_kind is AnswerKind.PERSON and g in names.names:
        # another person of the deck, spelled right: "Lawrence Wong" for (Penny) Wong is a real mistake, not
        # "the full name" of a surname the article gave alone
        return MatchResult(Verdict.WRONG, canonical)
    if question.answer_kind is AnswerKind.PERSON and (why := _same_person(g, accepted)):
        return MatchResult(Verdict.CORRECT, canonical, why)
    if question.answer_kind is AnswerKind.OFFICE and _office_with_place(g, accepted):
        return MatchResult(Verdict.CORRECT, canonical, "the office with its country")
    if question.answer_kind is AnswerKind.PERSON and len(g) >= SURNAME_MIN_LENGTH and " " not in g:
        full = _key(canonical)
        core = _core_name(full)
        if len(core) > 1 and core[-1] == g and _surname_unique(names, g, full):
            return MatchResult(Verdict.CORRECT, canonical, "surname accepted")
    if g in names.names:  # another name from the deck, spelled right: a real mistake, never a typo
        return MatchResult(Verdict.WRONG, canonical)
    for a in accepted:
        if len(a.replace(" ", "")) >= TYPO_MIN_LENGTH and _one_edit(g, a):
            return MatchResult(Verdict.LENIENT, canonical, "accepted with a typo")
    return MatchResult(Verdict.WRONG, canonical)


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _core_name(folded: str) -> list[str]:
    """A name without middle initials and generational suffixes: "lloyd j austin iii" -> lloyd austin."""
    return [w for w in folded.split() if len(w) > 1 and w not in _SUFFIXES]


def _same_person(given: str, accepted: list[str]) -> str | None:
    """The same name in another order ("Pham Minh Chinh" / "Chinh Pham Minh"), without its initials and
    suffix ("Lloyd Austin" for "Lloyd J. Austin III"), or the full name when the article gave only the
    surname ("Joe Biden" for "Biden")."""
    words = given.split()
    for a in accepted:
        if len(words) > 1 and sorted(words) == sorted(a.split()):
            return "the name in another order"
        core = _core_name(a)
        if len(core) > 1 and _core_name(given) == core and core != a.split():
            return "the name without its initials"
    if accepted and " " not in accepted[0] and len(words) > 1 and words[-1] == accepted[0]:
        return "the full name"  # the article named only "Biden"; not for a one-word alias of a full name
    return None


def _office_with_place(given: str, accepted: list[str]) -> bool:
    """"President of Vietnam" for "President": the office, with the country it is held in (never another
    office: "Vice President" is not "President")."""
    for a in accepted:
        m = re.fullmatch(rf"{re.escape(a)} of (.+)", given)
        if m and gazetteer().is_country(m[1]):
            return True
    return False


def _surname_unique(names: DeckNames, surname: str, full: str) -> bool:
    others = {p for p in names.people if p.split()[-1] == surname and p != full}
    return not others


def _one_edit(a: str, b: str) -> bool:
    """Exactly one insertion, deletion, substitution or adjacent swap turns ``a`` into ``b``."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        i, j = diff if len(diff) == 2 else (0, 0)
        return len(diff) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1:]


# -- numbers -------------------------------------------------------------------------------------
_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12, "a dozen": 12, "half a dozen": 6,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
_CURRENCIES = {
    "$": "USD", "usd": "USD", "us$": "USD", "dollar": "USD", "dollars": "USD", "€": "EUR", "eur": "EUR",
    "euro": "EUR", "euros": "EUR", "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP",
    "¥": "JPY", "yen": "JPY", "yuan": "CNY", "cny": "CNY", "rmb": "CNY", "₽": "RUB", "rub": "RUB",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "vnd": "VND", "dong": "VND",
}
_QUALIFIERS = re.compile(
    r"^(?:more than|over|around|about|approximately|approx|roughly|nearly|almost|some|circa|ca|"
    r"up to|at least|just over|just under|under|less than|fewer than)\b\s*"
)
_A_SCALE = re.compile(r"^(an?|half\sa)\s([a-z]+)\b")
_NUMBER = re.compile(r"(\d[\d,\s]*(?:\.\d+)?|\.\d+)")


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    value: Decimal
    step: Decimal  # one unit in the last digit written: "3.5 billion" -> 0.1 billion
    currency: str | None = None
    percent: bool = False


def parse_number(text: str) -> ParsedNumber | None:
    """A number as people write it: "3.5 billion", "$3.5bn", "3,500,000,000", "12%", "a dozen"."""
    t = strip_diacritics_lower(text)
    currency = None
    for mark in ("us$", "$", "€", "£", "¥", "₽"):
        if mark in t:
            currency = _CURRENCIES[mark]
            t = t.replace(mark, " ")
    percent = "%" in t or re.search(r"\bper ?cent\b", t) is not None
    t = re.sub(r"%|\bper ?cent\b", " ", t)
    t = " ".join(t.split())
    t = _QUALIFIERS.sub("", t).strip()
    words = t.split()
    rest: list[str] = []
    for w in words:
        w2 = w.strip(".")
        if w2 in _CURRENCIES and not w2.isdigit():
            currency = _CURRENCIES[w2]
        else:
            rest.append(w)
    t = " ".join(rest)
    m = _NUMBER.search(t)
    if m:
        digits = re.sub(r"[,\s]", "", m.group(1))
        try:
            value = Decimal(digits)
        except InvalidOperation:
            return None
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        step = Decimal(1).scaleb(-decimals)
        tail = t[m.end():].strip()
        glued = re.match(r"^([a-z]+)\b", tail)
        scale_word = glued.group(1) if glued else ""
        if scale_word in SCALE_POWERS:
            value = value.scaleb(SCALE_POWERS[scale_word])
            step = step.scaleb(SCALE_POWERS[scale_word])
            tail = tail[len(scale_word):].strip()
        if re.search(r"\d", tail) or re.search(r"\d", t[: m.start()]):
            return None  # two numbers: not one answer
        return ParsedNumber(value, step, currency, percent)
    if (article := _A_SCALE.match(t)) and article.group(2) in SCALE_POWERS:
        # "a billion dollars", "half a million": one (or half) of the scale, as precise as the scale
        half = article.group(1).startswith("half")
        scale = SCALE_POWERS[article.group(2)]
        value = (Decimal("0.5") if half else Decimal(1)).scaleb(scale)
        return ParsedNumber(value, Decimal(1).scaleb(scale - (1 if half else 0)), currency, percent)
    for phrase in sorted(_WORDS, key=len, reverse=True):
        if t == phrase or t.startswith(phrase + " "):
            tail = t[len(phrase):].strip()
            value = Decimal(_WORDS[phrase])
            step = Decimal(1)
            if tail.split()[:1] and tail.split()[0] in SCALE_POWERS:
                value = value.scaleb(SCALE_POWERS[tail.split()[0]])
                step = step.scaleb(SCALE_POWERS[tail.split()[0]])
            return ParsedNumber(value, step, currency, percent)
    return None


def strip_diacritics_lower(text: str) -> str:
    from .text import strip_diacritics

    return strip_diacritics(text).casefold().replace("\u00a0", " ")


def _match_number(question: Question, given: str) -> MatchResult:
    canonical = question.answer
    assert question.value is not None
    try:
        truth = Decimal(question.value)
    except InvalidOperation:
        return _match_text(question, given, DeckNames())
    if _key(given) in {_key(a) for a in question.accepted}:
        return MatchResult(Verdict.CORRECT, canonical)
    parsed = parse_number(given)
    if parsed is None:
        return MatchResult(Verdict.WRONG, canonical)
    article = parse_number(canonical)
    step = article.step if article is not None and article.value == truth else _value_step(truth)
    unit = (question.unit or "").upper()
    if parsed.currency and unit and len(unit) == 3 and unit.isalpha() and parsed.currency != unit:
        return MatchResult(Verdict.WRONG, canonical, f"the figure is in {question.unit}")
    if parsed.percent and question.unit and question.unit != "%":
        return MatchResult(Verdict.WRONG, canonical)
    said, answered = _bound(canonical), _bound(given)
    if said and answered and said != answered:
        # "more than 15 percent" for "less than 15 percent": the right number, the opposite claim
        return MatchResult(Verdict.WRONG, canonical, f"the article says {canonical}")
    if abs(parsed.value - truth) <= step / 2:
        return MatchResult(Verdict.CORRECT, canonical)
    return MatchResult(Verdict.WRONG, canonical)


_ABOVE = re.compile(r"^(?:more than|over|above|at least|upwards of|in excess of|exceeding|just over)\b")
_BELOW = re.compile(r"^(?:less than|fewer than|under|below|at most|up to|nearly|almost|just under|not more than)\b")


def _bound(text: str) -> str | None:
    """Which side of its number a figure says the truth is ("more than 100,000": above), if it says."""
    folded = fold(text)
    return "above" if _ABOVE.match(folded) else "below" if _BELOW.match(folded) else None


def _value_step(value: Decimal) -> Decimal:
    """Precision implied by a plain value: 3500000000 -> 100000000; small counts are exact."""
    if value == value.to_integral_value() and abs(value) < 1000:
        return Decimal(1)
    exponent = value.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return Decimal(1).scaleb(exponent)


# -- dates ---------------------------------------------------------------------------------------
_MONTH_NAMES = {m.lower(): i + 1 for i, m in enumerate(MONTHS)}
_MONTH_NAMES.update({m.lower()[:3]: i + 1 for i, m in enumerate(MONTHS)})
_MONTH_NAMES["sept"] = 9
_WEEKDAYS = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:mon|tue|wed|thu|fri|sat|sun)\b")


def parse_date(text: str) -> IsoDate | None:
    """A date as people write it: "19 June 2024", "June 19, 2024", "2024-06-19", "19/06/2024", "June 2024"."""
    t = _WEEKDAYS.sub(" ", strip_diacritics_lower(text))
    t = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", t)
    t = re.sub(r"\bof\b|\bthe\b|\bin\b|\bon\b", " ", t)
    t = t.strip(" ,.")
    try:
        if re.fullmatch(r"\d{4}(-\d{1,2}(-\d{1,2})?)?", t):
            parts = [int(p) for p in t.split("-")]
            return IsoDate.parse("-".join([f"{parts[0]:04d}", *(f"{p:02d}" for p in parts[1:])]))
        m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", t)
        if m:
            a, b, y = int(m[1]), int(m[2]), int(m[3])
            if a > 12 >= b or a == b:
                return IsoDate.parse(f"{y:04d}-{b:02d}-{a:02d}")
            if b > 12 >= a:
                return IsoDate.parse(f"{y:04d}-{a:02d}-{b:02d}")
            return None  # 06/07/2024: day-month or month-day? refuse to guess
        tokens = re.sub(r"[,.]", " ", t).split()
        day: int | None = None
        month: int | None = None
        year: int | None = None
        for tok in tokens:
            if tok in _MONTH_NAMES and month is None:
                month = _MONTH_NAMES[tok]
            elif tok.isdigit() and len(tok) == 4 and year is None:
                year = int(tok)
            elif tok.isdigit() and len(tok) <= 2 and day is None:
                day = int(tok)
            else:
                return None
        if year is None or (day is not None and month is None):
            return None
        iso = f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day and month else "")
        return IsoDate.parse(iso)
    except ValueError:
        return None


def _match_date(question: Question, given: str) -> MatchResult:
    canonical = question.answer
    assert question.value is not None
    try:
        truth = IsoDate.parse(question.value)
    except ValueError:
        return _match_text(question, given, DeckNames())
    if _key(given) in {_key(a) for a in question.accepted}:
        return MatchResult(Verdict.CORRECT, canonical)
    parsed = parse_date(given)
    if parsed is None:
        return MatchResult(Verdict.WRONG, canonical)
    if parsed == truth:
        return MatchResult(Verdict.CORRECT, canonical)
    # More precise than the article: right as far as the article can tell.
    same_year = parsed.year == truth.year
    if truth.month is None and same_year:
        return MatchResult(Verdict.CORRECT, canonical, f"the article gives only {truth.human()}")
    if truth.day is None and same_year and parsed.month == truth.month:
        return MatchResult(Verdict.CORRECT, canonical, f"the article gives only {truth.human()}")
    if _RANK[parsed.precision] < _RANK[truth.precision] and _prefix(parsed, truth):
        return MatchResult(Verdict.WRONG, canonical, f"not precise enough: the article gives {truth.human()}")
    return MatchResult(Verdict.WRONG, canonical)


_RANK = {Precision.YEAR: 0, Precision.MONTH: 1, Precision.DAY: 2}


def _prefix(short: IsoDate, full: IsoDate) -> bool:
    return short.year == full.year and (short.month is None or short.month == full.month)


# -- highlighting ---------------------------------------------------------------------------------
def find_answer(sentence: str, needles: Iterable[str]) -> tuple[int, int] | None:
    """Where the first of ``needles`` occurs in ``sentence``, folded but on word boundaries.

    Returns (start, end) offsets into ``sentence`` itself, for highlighting the answer in its source.
    """
    folded: list[str] = []
    owner: list[int] = []
    for i, ch in enumerate(sentence):
        piece = fold(ch) if ch.strip() else " "
        piece = piece or " "
        folded.append(piece)
        owner.extend([i] * len(piece))
    flat = "".join(folded)
    for needle in needles:
        n = fold(needle)
        if not n:
            continue
        m = re.search(r"(?<![\w])" + r"\s+".join(re.escape(w) for w in n.split()) + r"(?![\w])", flat)
        if m:
            return owner[m.start()], owner[m.end() - 1] + 1
    return None


__all__ = ["DeckNames", "MatchResult", "Verdict", "find_answer", "match_answer", "parse_date", "parse_number"]
