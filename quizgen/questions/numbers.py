"""Wrong figures written like the right one: "$3.5 billion" → "$2.8 billion", "fifth" → "fourth".

A distractor in another style ("2800000000 USD" beside "$3.5 billion") would give the answer
away, so variants replace only the number inside the answer's own text.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from ..english import SCALE_POWERS

NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                "fifteen sixteen seventeen eighteen nineteen twenty").split()
ORDINAL_WORDS = ("zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
                 "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_DIGITS = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(st|nd|rd|th)?(?![\d])", re.I)
_WORD = re.compile(r"\b(" + "|".join(NUMBER_WORDS[1:] + ORDINAL_WORDS[1:]) + r")\b", re.I)


_BOUND = re.compile(
    r"\b(more than|over|at least|upwards of|in excess of|above|exceeding|less than|fewer than|under|up to|"
    r"at most|below|no more than|about|around|approximately|nearly|almost|some|roughly|an estimated|close to|"
    r"circa|almost|just over|just under)\s+\S*\d|\b(more than|over|at least|about|around|nearly|almost|some|"
    r"roughly|less than|fewer than|up to|approximately)\s+(a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|dozen|\w+teen|twenty|thirty|forty|fifty|hundred)\b|~\s*\S*\d",
    re.I,
)


_LOWER_BOUND = re.compile(r"\b(?:more than|over|at least|upwards of|in excess of|above|exceeding|just over)\s+\S*$",
                          re.I)
_UPPER_BOUND = re.compile(r"\b(?:less than|fewer than|under|up to|at most|below|no more than|just under)\s+\S*$", re.I)


def is_bound(text: str) -> bool:
    """Is the figure written as a bound or an estimate ("over 80%", "about $7.8 billion", "a dozen")?

    Then a nearby bound ("over 60%") may be true too: such a figure is asked as what the article gives.
    """
    return bool(_BOUND.search(text))


_COMPOUND_TAIL = re.compile(r"[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b", re.I)


def is_ordinal(text: str) -> bool:
    """Whether a figure is written as a place in a sequence ("17th", "fifth"), not as a count."""
    tok = _find(text)
    return tok is not None and tok.style in ("ordinal-digits", "ordinal-word")


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    value: float
    decimals: int
    style: str  # "digits", "grouped" (1,000), "word", "ordinal-word", "ordinal-digits"
    capital: bool = False


def _find(text: str) -> _Token | None:
    m = _DIGITS.search(text)
    if m:
        whole, frac, suffix = m[1], m[2], m[3]
        value = float(whole.replace(",", "") + ("." + frac if frac else ""))
        style = "ordinal-digits" if suffix else ("grouped" if "," in whole else "digits")
        return _Token(m.start(), m.end(), value, len(frac or ""), style)
    m = _WORD.search(text)
    if m:
        word = m[1].lower()
        capital = m[1][0].isupper()
        if word in ORDINAL_WORDS:
            return _Token(m.start(), m.end(), ORDINAL_WORDS.index(word), 0, "ordinal-word", capital)
        return _Token(m.start(), m.end(), NUMBER_WORDS.index(word), 0, "word", capital)
    return None


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _write(tok: _Token, value: float) -> str | None:
    if tok.style in ("word", "ordinal-word"):
        n = int(value)
        words = ORDINAL_WORDS if tok.style == "ordinal-word" else NUMBER_WORDS
        if not 1 <= n < len(words):
            return None
        w = words[n]
        return w.capitalize() if tok.capital else w
    if tok.style == "ordinal-digits":
        n = int(value)
        return f"{n}{_ordinal_suffix(n)}" if n >= 1 else None
    text = f"{value:,.{tok.decimals}f}" if tok.style == "grouped" else f"{value:.{tok.decimals}f}"
    return text


# Counts of people a story sets side by side (a disaster's survivors, bodies and missing): each is a sharp wrong
# answer for the others, written in the answer's own words ("over 400 survivors" -> "over 800 survivors").
PEOPLE_UNITS = frozenset("""people persons survivors bodies dead deaths victims passengers missing injured
casualties fatalities individuals residents refugees migrants troops soldiers spectators""".split())


def with_value(text: str, value: float) -> str | None:
    """``text`` with its number replaced by ``value`` in the same style, or None where that cannot be written
    or would be true as well (a higher number beside "over 400", a lower one beside "up to 60%")."""
    tok = _find(text)
    if tok is None or value == tok.value:
        return None
    if _LOWER_BOUND.search(text[: tok.start]) and value < tok.value:
        return None
    if _UPPER_BOUND.search(text[: tok.start]) and value > tok.value:
        return None
    scale = _SCALE_AFTER.match(text, tok.end)
    if scale:
        # "nearly 1.5 million people" with the story's 1,200,000 refugees is "nearly 1.2 million people"; a value
        # the answer's decimals cannot write (636,000 as "0.6 million") is left out, never rounded into a falsehood
        value /= 10 ** SCALE_POWERS[scale.group(1).lower()]
        if value == tok.value or round(value, tok.decimals) != value or value < 1:
            return None
    written = _write(tok, value)
    return text[: tok.start] + written + text[tok.end:] if written else None


# a scale word after a figure's number ("1.5 million", "$2bn"), from the one list of them the matcher keeps
_SCALE_AFTER = re.compile(r"[\s-]?(" + "|".join(sorted(SCALE_POWERS, key=len, reverse=True)) + r")\b", re.I)


AGE_OFFSETS = (-13, -9, -6, -4, 4, 6, 9, 13)
MAX_AGE = 110


def figure_variants(text: str, unit: str, rng: random.Random, count: int = 3, *, age: bool = False) -> list[str]:
    """Up to ``count`` wrong versions of ``text``, same style and magnitude, never equal to it.

    An ``age`` moves by years, not by a factor: 59 gives 50 or 65, never 150.
    """
    tok = _find(text)
    if tok is None:
        return []
    if tok.style == "word" and _COMPOUND_TAIL.match(text, tok.end):
        return []  # "Twenty one parties": changing one word of a compound would print "Nineteen one parties"
    v = tok.value
    if age and tok.style in ("digits", "word") and v >= 20:
        candidates = [v + d for d in AGE_OFFSETS if 0 < v + d <= MAX_AGE]
    elif unit.strip().lower() == "magnitude":
        # an earthquake's magnitude moves by tenths on a short scale: 7.8 gives 6.9 or 8.2, never 15.6
        candidates = [round(v + d, 1) for d in (-1.2, -0.9, -0.6, -0.4, 0.3, 0.5, 0.8, 1.1) if 3.0 <= v + d <= 9.6]
    elif tok.style in ("word", "ordinal-word", "ordinal-digits") or (v == int(v) and v < 20 and tok.decimals == 0):
        offsets = [-3, -2, -1, 1, 2, 3, 4]
        candidates = [v + d for d in offsets if v + d >= 1]
    else:
        factors = [0.4, 0.5, 0.6, 0.7, 0.8, 1.25, 1.4, 1.5, 1.75, 2.0, 2.5]
        step = 10 ** -tok.decimals
        candidates = []
        for f in factors:
            c = round(v * f / step) * step
            if tok.decimals == 0 and v >= 10:  # keep as many significant digits as the answer shows
                sig = len(str(int(v)).rstrip("0")) or 1
                magnitude = 10 ** max(0, len(str(int(c))) - max(sig, 1))
                c = round(c / magnitude) * magnitude
                if sig >= 3:
                    # 408,000 and 2,040,000 beside 817,000 are its half and two and a half times: an exact
                    # multiple of the answer's digits picks the one option that is no multiple of the others
                    c += rng.choice((-3, -2, -1, 1, 2, 3)) * magnitude
            candidates.append(c)
    if unit.strip() == "%" or text.rstrip().endswith("%"):
        candidates = [c for c in candidates if 0 < c < 100]
    # "over $700 million": "over $600 million" is true as well; only a higher lower bound (a lower upper
    # bound) is a wrong option, whatever the reader knows
    if _LOWER_BOUND.search(text[: tok.start]):
        candidates = [c for c in candidates if c > v]
    elif _UPPER_BOUND.search(text[: tok.start]):
        candidates = [c for c in candidates if c < v]
    if _SCALE_AFTER.match(text, tok.end):
        candidates = [c for c in candidates if c >= 1]  # "0.8 million people": a paper would write 800,000
    rng.shuffle(candidates)
    out: list[str] = []
    seen = {text.strip().lower()}
    for c in candidates:
        if c == v:
            continue
        written = _write(tok, c)
        if written is None:
            continue
        variant = text[: tok.start] + written + text[tok.end:]
        if variant.strip().lower() not in seen:
            seen.add(variant.strip().lower())
            out.append(variant)
        if len(out) == count:
            break
    return out
