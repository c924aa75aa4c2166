"""Quotes: who said what, in the speaker's own words ("Who said “a shameful waste of money”?").

Precision first: a quote is kept only when the sentence ties quoted words to a named person with a
verb of saying, in one of the three shapes news uses, and the person is a leader the article names
or a full name (two or more capitalised words). "A Downing Street spokesman said: ..." names nobody
and is left out; so are quoted words shorter than three words (a term in quotation marks) or longer
than forty (a statement, not a line to remember).
"""

from __future__ import annotations

import re

from ..text import word_starts
from .data import lexicon
from .entities import NOT_NAME, POSTNOMINALS_AT_END, name_before
from .facts import Fact, Quote, fold, slug
from .sentences import Sentence

_OPEN, _CLOSE = "[\"“]", "[\"”]"
_WORDS = rf"{_OPEN}(?P<words>[^\"“”]{{8,400}}?){_CLOSE}"
_SAYS = r"(?:said|says|added|stated|declared|wrote|warned|told\s[\w\s]{1,30}?)"
SHAPES = (
    # "“We will not back down,” said Prime Minister Jane Roe." / "“...,” Roe said."
    re.compile(rf"{_WORDS},?\s(?:{_SAYS}\s(?P<after>[^,.;:“”\"]{{2,90}}?)|(?P<before>[^,.;:“”\"]{{2,90}}?)\s{_SAYS})"
               rf"(?=[,.;]|\s(?:on|in|at|after|before|during|when|as)\b|$)"),
    # "Roe said: “We will not back down.”", "Roe said the deal was “a new chapter”"
    re.compile(rf"(?P<before>[A-Z][^.;:“”\"]{{1,90}}?)\s{_SAYS}(?:\s(?:that|on\s\w+))?[:,]?\s"
               rf"(?:[^“”\"]{{0,80}}?\s)?{_WORDS}"),
    # "Graham Smith called it a “shameful waste of money”", "... described the plan as “reckless”"
    re.compile(rf"(?P<before>[A-Z][^.;:“”\"]{{1,90}}?)\s(?:called|described)\s(?:it|this|that|the\s[\w-]+|them)"
               rf"(?:\sas)?\s(?:a\s|an\s)?{_WORDS}"),
)
# A release's line that attributes the quotation after it, and that quotation standing alone
ATTRIBUTION = re.compile(r"^(?:Quotes?|Comments?|Statement)\s(?:attributable\sto|from|by)\s(?P<who>[^:“”\"]{4,160}):$")
WHOLLY_QUOTED = re.compile(rf"^{_OPEN}(?P<words>[^\"“”]{{8,400}}){_CLOSE}$")
# Words said are a statement of five words or more: a phrase ("has reached \u201ca tipping point,\u201d Obama said")
# asked as "X said \u201ca tipping point\u201d" reads as no English; a phrase someone called a thing ("called it a
# \u201cshameful waste of money\u201d") is asked with its frame, so three words do.
MIN_WORDS, MIN_CALLED, MAX_WORDS = 5, 3, 40


def extract_quotes(sentences: list[Sentence], source: str,
                   leaders: list[tuple[str, str, str | None]]) -> list[Fact]:
    """One quote fact per attributed line; ``leaders`` are (name, role, of) of the article's leaders."""
    by_name = _leader_names(leaders)
    out: list[Fact] = []
    seen: set[tuple[str, str]] = set()

    def add(speaker: str, words: str, quote: str) -> None:
        if (fold(speaker), fold(words)) in seen:
            return
        seen.add((fold(speaker), fold(words)))
        role = next((r for n, r, _ in leaders if n == speaker), None)
        fields: tuple[tuple[str, object], ...] = (("speaker", speaker), ("words", words), ("role", role))
        out.append(Fact("quote", fields, (Quote(source, quote),), hint=slug(f"{speaker} said {words}", 6)))

    for i, sent in enumerate(sentences):
        if sent.is_heading:
            continue
        line = ATTRIBUTION.match(sent.text)
        quoted = WHOLLY_QUOTED.match(sentences[i + 1].text) if line and i + 1 < len(sentences) else None
        if line and quoted and MIN_WORDS <= len(quoted.group("words").split()) <= MAX_WORDS:
            # "Quote attributable to Minister for Foreign Affairs, Senator the Hon Penny Wong:" and the quotation
            # as the next paragraph: the release's own attribution, its words as said
            speaker = _speaker(POSTNOMINALS_AT_END.sub("", line.group("who")), by_name)
            if speaker:
                add(speaker, quoted.group("words").strip(), sentences[i + 1].text)
        for shape in SHAPES:
            for m in shape.finditer(sent.text):
                words = m.group("words").strip().rstrip(",;:").strip()
                least = MIN_CALLED if shape is SHAPES[-1] else MIN_WORDS
                if not least <= len(words.split()) <= MAX_WORDS:
                    continue
                phrase = (m.groupdict().get("after") or m.groupdict().get("before") or "").strip()
                speaker = _speaker(phrase, by_name)
                if speaker:
                    add(speaker, words, sent.text)
    return out


def _leader_names(leaders: list[tuple[str, str, str | None]]) -> dict[str, str]:
    """Full names and surnames only one leader has, folded, to the leader's full name."""
    full = {fold(n): n for n, _, _ in leaders}
    surnames: dict[str, list[str]] = {}
    for n, _, _ in leaders:
        surnames.setdefault(fold(n).split()[-1], []).append(n)
    full.update({s: names[0] for s, names in surnames.items() if len(set(names)) == 1 and len(s) > 2})
    return full


def _speaker(phrase: str, by_name: dict[str, str]) -> str | None:
    """The person a "… said" phrase names: a leader of the article (by full name or unique surname), or
    a full name at the phrase's end ("Chief executive of anti-monarchy group Republic Graham Smith")."""
    if not phrase or phrase.split()[0] in ("He", "She", "They", "It", "We", "I", "A", "An", "The", "This"):
        if not phrase or not re.search(r"[A-Z]\w+ [A-Z]\w+$", phrase):
            return None
    folded = fold(phrase)
    for key in sorted(by_name, key=len, reverse=True):
        if folded.endswith(key) and len(folded) - len(key) in word_starts(folded, key):
            return by_name[key]
    name = name_before(phrase, len(phrase))
    lex = lexicon()
    if (name and len(name.split()) >= 2 and not any(w in NOT_NAME for w in name.split())
            and not lex.country(name) and name not in lex.organisations and name.split()[-1] not in _PLACE_WORDS):
        return name
    return None


# A name ending in one of these is a place that "says" things in news style ("Downing Street said").
_PLACE_WORDS = frozenset({"Street", "House", "Palace", "Square", "Hill", "Office", "Ministry", "Department"})
