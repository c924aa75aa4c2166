"""Figures: money with currency and scale, percentages, counts with their noun, ages and ordinals that
count a series, each with a plain ``value``, a ``unit`` and the ``text`` as written.

What is not a figure is the harder part: clock times ("2:22 a.m."), model and clause numbers
("Boeing 737", "Article 4", "G20"), years, dates, "the two countries" (a reference, not a count),
"first" (not a count), and anything said inside quotation marks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from ..english import BASE_VERBS, PAST_TO_BASE
from ..text import trie_pattern
from . import phrases
from .data import lexicon
from .dates import find_dates
from .entities import MONTH_NAMES, NAME_TOKEN, NOT_NAME, WEEKDAYS
from .facts import STOP, Fact, Quote, slug
from .sentences import Sentence

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
HYPHEN_COUNT = re.compile(r"(?<![\w.,-])(?P<n>\d{1,3}|[A-Za-z]+)-(?P<u>year|month|week|day|hour|minute|nation|"
                          r"member|country|seat|mile|kilometre|kilometer)(?:-long)?(?=\s+[a-z])")
SHORT_DISTANCE = re.compile(r"(?<![\w.,$€£])(?P<n>\d[\d,]*(?:\.\d+)?)\s?(?P<u>km|mi)\b(?=\s(?:(?:north|south|east|"
                            r"west)(?:-?(?:east|west))?\s)?(?:of|from|away)\b)")
CASUALTIES = re.compile(r"(?<![\w.,$€£])(?:(?:at least|more than|over|about|around|some|nearly|almost)\s)?"
                        r"(?P<n>\d[\d,]*)\s(?P<p>injured|wounded|dead|killed|missing|hurt)\b(?!\s(?:people|persons|"
                        r"civilians|soldiers|children|men|women))")
PART_OF = re.compile(r"\s+(?:or\s+[\w-]+\s+)?of\s+(?:the|its|their|[A-Z][\w-]*['’]s)\s+(?:[A-Z][\w-]*['’]s\s+)?"
                     # "41 or two-thirds of the House of Representative seats": the whole's number may be unsaid
                     # "around 1 million of the most vulnerable people": the whole said by what its part is
                     r"(?:[\d,.]+\s+(?:[a-z-]+\s+){0,2}?|(?:[A-Z][\w-]*\s+(?:of\s+)?){1,3}|(?<=the\s)(?:most\s+|"
                     r"least\s+)?(?:[a-z-]+\s+){0,2}?)(?P<noun>[a-z-]{3,}s|people|children|women|men)\b")
# "The PNP won 41 of the 63 seats": the part counted is the subject's
# ("Fidesz is projected to have won 263 seats", "The incumbent Socialists placed a distant second, obtaining 59 seats")
WON_PART = re.compile(r"^(?P<who>(?:the\s|The\s)?(?:incumbent\s|ruling\s)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,4})\s"
                      r"(?:has\s|have\s|(?:is|are)\s(?:projected|expected|set|likely|estimated)\sto\shave\s|"
                      r"[^,;]{3,60},\s(?=obtaining|winning|taking|securing|gaining))?"
                      r"(?P<v>won|took|secured|gained|captured|holds|held|controls|obtaining|winning|taking|securing|"
                      r"gaining)\s(?:a\stotal\sof\s)?$")
PART_OF_BEFORE = re.compile(r"\b\d[\d,.]*\s+of\s+(?:the|its|their)\s+$")
REFERENCE_BEFORE = re.compile(r"\b(?:the|these|those|all|both|each|every|other|The|These|Those|All|Both)\s+$")
ORDINAL_SUFFIX = re.compile(r"(\d+)(?:st|nd|rd|th)\b")
NOT_ORDINAL_AFTER = {"largest", "biggest", "highest", "lowest", "most", "century", "place",
                     "half", "quarter", "floor", "day", "week", "month", "year"}


_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_CLAUSE_SEPS = re.compile(r"[;:]\s|,\s(?:and|but)\s(?![a-z]+ed\s)(?![a-z][\w-]*,\s)|\s—\s|\s–\s")
# "a $13.5 million disbursement from the U.S. International Development Finance Corporation": a sum that is a thing
# which of several sums it is: "a further", "the Australian Government's initial"
_SUM_ADJECTIVE = r"(?:further|new|additional|fresh|second|initial|first|latest|emergency|separate|historic)\s"
_A_BEFORE = re.compile(rf"\b(?:a|an|another)\s(?P<adj>{_SUM_ADJECTIVE})?$")
_OWNED_BEFORE = re.compile(rf"((?:the\s)?[A-Z][\w.]*(?:\s[A-Z][\w.]*){{0,3}}['’]s)\s({_SUM_ADJECTIVE})?$")
# (a word or two may say what kind: "a further £5 million UK aid package for Dominica"; a purpose may follow: "a $6
# million program to help provide meals in schools across Laos")
_SUM_NOUN = re.compile(r"\s((?:(?:[A-Z]{2,}|[a-z]{3,})\s){0,2}?(?:disbursement|package|grant|loan|contribution|"
                       r"donation|pledge|allocation|investment|facility|commitment|fund|budget|program|programme|"
                       r"initiative|project|scheme))"
                       r"((?:\s(?:from|to|for)\s(?:the\s)?[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,6})?"
                       r"(\sto\s(?:help\s)?[a-z]+\s(?:(?!to\s)[^,;.\s]+\s?){1,8})?)")
_AIM = re.compile(r"\b(?:the|an?)\s(intent|intention|plan|decision|commitment|pledge)\sto\s([a-z]+)$")
_AIMS = {"intent": "intends to", "intention": "intends to", "plan": "plans to", "decision": "decided to",
         "commitment": "committed to", "pledge": "pledged to"}
_GOVERNMENT_OF = re.compile(r"^[Gg]overnment\sof\s(?:the\s)?|\s[Gg]overnment$")
_SUBJECTLESS = re.compile(r"(?:has|have|had|was|were|is|are|will|would)\s")
_NUMBER_OR_NAME = re.compile(r"\d|\b[A-Z]")
# "in U.S. financing committed this year": what the money is, and what was done with it
_IN_NOUN_DONE = re.compile(r"\sin\s((?:[A-Z][\w.]*\s)?[a-z][a-z-]+)\s([a-z]{3,}ed)\b((?:\s(?:by|for|to|in)\s[^,;.]+)?)")
_ASIDE = re.compile(r",\s(?:through|via|along\swith|together\swith|in\spartnership\swith|working\swith)\s"
                    r"[^,;]{2,100},\s")
# when, not what: "$2 billion in aid on Monday", "over a billion dollars in financing this year alone" measure aid
# and financing
_WHEN_TAIL = re.compile(rf"\s(?:on\s(?:{'|'.join(sorted(WEEKDAYS))})|(?:last|this|next)\s(?:year|month|week)|today|"
                        rf"yesterday|tomorrow)\b(?:\salone)?")
_NEXT_CLAUSE = re.compile(r"\s(?:and|but|while|whereas)\s")


def _value(num: str, scale: str | None) -> int | float | None:
    lex = lexicon()
    if _DECIMAL_COMMA.fullmatch(num):
        num = num.replace(",", ".")  # a decimal comma: "53,7" is 53.7, never 537
    try:
        v = Decimal(num.replace(",", ""))
    except InvalidOperation:
        return None
    if scale:
        v *= lex.scales.get(scale.lower(), 1)
    if not v.is_finite() or abs(v) >= Decimal(10) ** 18 or len(num) > 40:
        return None  # a run of digits no article means as an amount (and YAML could not write it)
    return int(v) if v == v.to_integral_value() else float(v)


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def _is_plural(word: str) -> bool:
    lex = lexicon()
    if word in lex.irregular_plurals:
        return True
    if re.fullmatch(r"[A-Z][A-Za-z]*s", word) and sum(c.isupper() for c in word) >= 2:
        return True  # "MoUs"
    if re.fullmatch(r"[A-Z][a-z]{3,}(?:ians|eans|is)", word):
        return True  # people: "46,000 Palestinians", "1,200 Israelis"
    return (word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous", "eas"))
            and len(word) > 3)  # "eas": "four overseas seats" counts seats, not "overseas"


# Capitalised words that may stand before a counted number word without making it a name ("In Seven ...").
NAME_CAPITAL_NUMBER_OK = frozenset({"The", "A", "An", "And", "But", "Or", "In", "On", "At", "Of", "For", "With",
                                    "From", "By", "To", "As", "Only", "Just", "Some", "All", "About", "Nearly",
                                    "Over", "Under", "After", "Before", "Around", "Almost"})


def _masked(sent: Sentence) -> list[tuple[int, int]]:
    """Spans that hold no figures: quotes, dates, clock times, model/clause numbers."""
    text = sent.text
    spans = [(h.start, h.end) for h in find_dates(sent, None, None)]
    spans += [(m.start(), m.end()) for m in re.finditer(r"\"[^\"]*\"|“[^”]*”", text)]
    spans += [(m.start(), m.end()) for m in re.finditer(r"\d{1,2}[:.]\d{2}\s*(?:a\.m\.|p\.m\.|am|pm|h)?", text)
              if re.search(r"[:]|a\.?m|p\.?m|h$", m.group(0))]
    spans += [(m.start(), m.end()) for m in re.finditer(r"\d+(?:\.\d+){2,}", text)]
    spans += [(m.start(), m.end()) for m in re.finditer(r"\b\d{1,2}(?:\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\s?o['’]clock)",
                                                        text)]
    # "At 0600 hours local time (0300 GMT)": the 24-hour clock, a time of day
    spans += [(m.start(), m.end())
              for m in re.finditer(r"\b(?:[01]\d|2[0-3])[0-5]\d\s?(?:hours|hrs|GMT|UTC|Zulu)\b", text)]
    spans += [(m.start(), m.end()) for m in re.finditer(r"\b\d{4}(?:[-/–]\d{2,4})?\b", text)
              if 1000 <= int(m.group(0)[:4]) <= 2100]
    spans += [(m.start(), m.end()) for m in re.finditer(rf"({NAME_TOKEN}|[A-Z]+)[ -]?\d+[\w-]*", text)
              # "Australia's 31st prime minister": a possessive owns the number, it does not name a model
              if m.group(1) not in NOT_NAME and not m.group(1).endswith(("'s", "’s"))
              and m.group(1).lower() not in lexicon().qualifiers
              and m.group(1) not in lexicon().currency_symbols and m.group(1) not in lexicon().currency_codes
              and m.group(1).lower() not in ("only", "just", "some", "all", "with", "and")]
    # "three years after the North invaded the South": a time between two events, not a count
    spans += [(m.start(), m.end()) for m in re.finditer(
        r"\b(?:\d+|[A-Za-z]+(?:-[a-z]+)?)\s(?:years?|months?|weeks?|days?)\s(?:after|before|later|earlier|ago)\b",
        text)]
    # "one in five Australians": a ratio, not a count of five
    spans += [(m.start(), m.end()) for m in re.finditer(r"\b[Oo]ne\sin\s(?:\d+|[a-z]+)\b", text)]
    # "of any two countries", "the two sides": the pair itself, not a count anyone asks
    spans += [(m.start(), m.end()) for m in re.finditer(r"\b(?:any|both|these|those|our|their)\stwo\b", text)]
    # "one of the UK's top ten trading partners": a rank band, not a count of anything
    spans += [(m.start(), m.end()) for m in re.finditer(r"\b[Tt]op[- ](?:\d{1,3}|[a-z]+)\b", text)
              if not m.group(0)[4:].isalpha() or m.group(0)[4:].lower() in lexicon().number_words]
    # a capitalised number word after a capitalised word is part of a name: "the Group of Seven", "Big Four"
    words = lexicon().number_words
    spans += [(m.start(2), m.end(2)) for m in re.finditer(r"\b([A-Z][\w'’-]*)(?: of| and)? ([A-Z][a-z]+)\b", text)
              if m.group(2).lower() in words and m.group(1) not in NAME_CAPITAL_NUMBER_OK]
    return spans


def _when(text: str, end: int) -> str | None:
    b = re.match(r"(?:\s*\([^)]*\))?(?:\s+[a-z]+){0,4}?\s+(?:between|from)\s+((?:19|20)\d\d)\s+(?:and|to)\s+"
                 r"((?:19|20)\d\d)\b", text[end:])
    if b:
        return f"{b.group(1)}-{b.group(2)}"
    f = re.match(r"(?:\s*\([^)]*\))?\s+(in\s+the\s+(?:first|last|past)\s+[\w-]+\s+(?:months|weeks|quarters)\s+of\s+"
                 r"(?:19|20)\d\d)\b", text[end:])
    if f:
        return f.group(1)
    m = re.match(r"(?:\s*\([^)]*\))?(?:\s+[a-z]+){0,3}?\s+(?:in|by|for)\s+(?:the\s+)?"
                 r"((?:19|20)\d\d(?:[-/–]\d{2,4})?)\b", text[end:])
    return m.group(1) if m else None


def _clause(text: str, a: int, b: int, shown: str) -> str:
    # (", and underscored the need ..." joins two verbs of one subject: no clause of its own starts there)
    # (", and transparent, the United States ...": a list's last item, no clause of its own either)
    seps = list(_CLAUSE_SEPS.finditer(text))
    # the clause starts after a separator and ends before the next one: "..., and" is no end of a question
    lo = max([0] + [m.end() for m in seps if m.end() <= a])
    hi = min([m.start() for m in seps if m.start() >= b] or [len(text)])
    left, right = text[lo:a], text[b:hi]
    # keep the fallback short enough to read as a question: drop whole comma-separated chunks far from the gap
    while len(left) + len(right) > 160:
        lm = re.match(r"[^,]*,\s", left)
        rm = re.search(r",\s[^,]*$", right)
        if lm and (not rm or lm.end() >= len(right) - rm.start()) and len(left) - lm.end() >= 0:
            left = left[lm.end():]
        elif rm:
            right = right[: rm.start()]
        else:
            break
    seg = (left + "…" + right).strip()
    seg = re.sub(r"\s+", " ", seg).rstrip(" ,.;:")
    seg = re.sub(r"(?:,?\s(?:and|but|or))+$", "", seg)
    # "ISTANBUL (Reuters) - Turkey's central bank raised ...": the dateline is not part of the question
    seg = phrases.DATELINE.sub("", seg)
    return seg[:1].upper() + seg[1:]


class _QualifiedFigure:
    """A figure pattern with an optional qualifier before it ("about $5 million", "more than 40%"), searched
    number first: the core (currency, number, unit) is found, then a qualifier ending right before it, then
    the whole pattern is matched from there. The same matches as ``full.finditer``; why: with the qualifier
    list at its head the pattern has no first character to skip to, so the engine tried every qualifier at
    every position of every sentence (the figure patterns were a sixth of all extraction time)."""

    __slots__ = ("full", "core", "qualifier")

    def __init__(self, q: str, core: str, flags: int = 0) -> None:
        self.full = re.compile(rf"(?:(?P<q>(?:{q}))\s+)?{core}", flags)
        self.core = re.compile(core, flags)
        self.qualifier = re.compile(rf"(?:{q})\s+\Z", flags)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos = 0
        while (core := self.core.search(text, pos)) is not None:
            start = core.start()
            qualified = self.qualifier.search(text, max(pos, start - 60), start)
            m = (self.full.match(text, qualified.start()) if qualified else None) or self.full.match(text, start)
            if m is None:  # the core alone always matches the whole pattern; kept for safety
                return
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1


@lru_cache(maxsize=1)
def _patterns() -> tuple[_QualifiedFigure | re.Pattern[str], ...]:
    """The figure patterns, built once from the word lists."""
    lex = lexicon()
    sym = "|".join(re.escape(s) for s in sorted(lex.currency_symbols, key=len, reverse=True))
    codes = "|".join(sorted(lex.currency_codes))
    cwords = "|".join(re.escape(w) for w in sorted(lex.currency_words, key=len, reverse=True))
    scales = "|".join(sorted(lex.scales, key=len, reverse=True))
    qual = "|".join(re.escape(q) for q in lex.qualifiers)
    words = trie_pattern(lex.number_words, fold_case=True)  # (every use below ignores case)
    ords = "|".join(sorted(lex.ordinals, key=len, reverse=True))
    # (the lookaheads only skip places where no sum can start: a symbol or code is a few characters, no space)
    widest = max(len(c) for c in (*lex.currency_symbols, *lex.currency_codes))
    money1 = _QualifiedFigure(qual, rf"(?=\S{{1,{widest}}}\s?\d)(?P<cur>(?:{sym}|{codes})\s?)(?P<n>{NUM})"
                                    rf"(?:\s?(?P<s>{scales})\b)?", re.I)
    money2 = _QualifiedFigure(qual, rf"(?P<n>{NUM})(?:\s(?P<s>{scales}))?\s(?P<cur>{cwords}|{codes})\b")
    # "over a billion dollars", "two million euros": a sum in words (the scale is always written)
    money3 = _QualifiedFigure(qual, rf"\b(?=[\w-]+\s(?:thousand|million|billion|trillion)\s)"
                                    rf"(?P<n>an?|one|{words})\s(?P<s>thousand|million|billion|trillion)\s"
                                    rf"(?P<cur>{cwords})\b", re.I)
    # "53,7%": a decimal comma (a thousands comma has three digits after it)
    pct = _QualifiedFigure(qual, rf"(?P<n>{NUM}|\d{{1,3}},\d{{1,2}}(?!\d))\s?"
                                 rf"(?P<u>%|percent\b|per cent\b|percentage points?\b)", re.I)
    # "38-thousand square kilometers" (a news-agency style) is 38,000 as well as "38 thousand"
    count = _QualifiedFigure(qual, rf"(?P<n>{NUM}|\b(?:{words}))"
                                   rf"(?:(?![\w-])|(?=-(?:million|billion|thousand|trillion)\b))"
                                   rf"(?:[\s-](?P<s>million|billion|thousand|trillion)\b)?"
                                   # (no word after at all: "the death toll has passed 30,000," counts the dead)
                                   rf"(?=(?P<rest>(?:\s[\w’'-]+){{0,4}}))", re.I)
    ordinal = re.compile(rf"\b(?P<n>{ords}|\d+(?:st|nd|rd|th))(?=(?P<rest>(?:\s[\w’'-]+){{1,3}}))", re.I)
    age = re.compile(rf"({NAME_TOKEN}), (?P<n>\d{{1,3}}),|(?P<n2>\d{{1,3}})-year-old|\baged (?P<n3>\d{{1,3}})\b")
    return money1, money2, money3, pct, count, ordinal, age


def extract_figures(sentences: list[Sentence], source: str, pair: list[str] | None = None,
                    pub: object = None, joint: str | None = None) -> list[Fact]:
    """One figure fact per (value, unit) in the article, listing each sentence that states it."""
    lex = lexicon()
    money1, money2, money3, pct, count, ordinal, age = _patterns()

    found: dict[tuple[object, str], dict] = {}
    order: list[tuple[object, str]] = []

    def add(value: object, unit: str, text: str, sent: Sentence, a: int, b: int, what: str | None = None,
            when: str | None = None) -> None:
        hits.append({"value": value, "unit": unit, "text": text, "a": a, "b": b, "what": what, "when": when,
                     "kind": kind})

    def record(value: object, unit: str, text: str, sent: Sentence, a: int, b: int, what: str | None = None,
               when: str | None = None) -> None:
        key = (value, unit)
        if key in found:
            entry = found[key]
            if sent.text not in entry["quotes"]:
                entry["quotes"].append(sent.text)
            if what and "…" in entry["what"] and "…" not in what:
                # "£10 billion boost to UK economy is expected to support …" (a release's summary line) then
                # "the deal worth £10 billion": the sentence that says what the figure is becomes the fact's
                # wording and its first quote
                entry["what"] = phrases.resolve_we(what, joint, pair or [])
                entry["when"], entry["text"] = when, text
                entry["quotes"].remove(sent.text)
                entry["quotes"].insert(0, sent.text)
            return
        what = phrases.resolve_we(what or _clause(sent.text, a, b, text), joint, pair or [])
        # "Recognizing that the economies ... represent …": the participle that introduced the clause goes
        lead = re.match(r"(?:Recognizing|Recognising|Noting|Considering|Acknowledging|Welcoming)\sthat\s", what)
        if lead:
            what = what[lead.end():][:1].upper() + what[lead.end() + 1:]
        found[key] = {"what": what, "value": value, "unit": unit, "text": text,
                      "when": when, "quotes": [sent.text]}
        order.append(key)

    named_in = [[lex.country(m) for m in lex.country_re.findall(s.text)] for s in sentences]  # each sentence's
    article_countries = Counter(c for names in named_in for c in names)
    other_dollar = next((c for c, _ in article_countries.most_common()
                         if c and c != "United States" and c in lex.shared_currency["$"]), None)
    # A story about one dollar country ("Australia registered a record trade surplus ... the Australian Bureau of
    # Statistics"): its own "$" is its own dollar, as a government writes it for its people
    ranked = article_countries.most_common(2)
    home_dollar = (lex.shared_currency["$"].get(ranked[0][0] or "") if ranked and ranked[0][0] and
                   ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 3 * ranked[1][1]) else None)
    prev = ""
    # the dollar a giver's sentence set, and its country, for the bare "$" after it
    said_code: str | None = None
    said_country: str | None = None
    for sent, named in zip(sentences, named_in, strict=True):
        if sent.is_heading:
            continue
        text = sent.text
        hits: list[dict] = []
        kind = ""
        masked = _masked(sent)
        used: list[tuple[int, int]] = []

        def free(a: int, b: int, numpos: int, _masked: list = masked, _used: list = used) -> bool:
            return (not any(x <= numpos < y for x, y in _masked)
                    and not any(x < b and a < y for x, y in _used))

        kind = "money"
        # (a sum in words needs its scale word: most sentences have none, and the pattern is a slow one to try)
        in_words = any(w in text for w in (" thousand ", " million ", " billion ", " trillion "))
        for rx in (money1, money2, money3) if in_words else (money1, money2):
            for m in rx.finditer(text):
                if not free(m.start(), m.end(), m.start("n")):
                    continue
                cur = m.group("cur").strip()
                if rx is money3 and cur not in lex.currency_words:
                    continue  # the currency as the list writes it: "a million Real fans" is no sum
                code = lex.currency_symbols.get(cur) or lex.currency_words.get(cur.lower()) or cur.upper()
                if cur == "$":
                    giving = _giver(text)
                    code = lex.shared_currency["$"].get(giving or "", "USD")
                    giver_code = said_code if set(named) <= {said_country} else None
                    if code == "USD" and (home_dollar or giver_code) and not re.match(r"US|U\.S\.", m.group(0)):
                        # the article's own dollar: a dollar country's story, or the dollar its giver's sentence
                        # set ("The Australian Government will provide $5 million ... builds on the Australian
                        # Government's initial $2 million package"), where no other country is named
                        code = home_dollar or giver_code or code
                    elif code != "USD" and not said_code:
                        said_code, said_country = code, giving
                elif cur.lower() in lex.shared_currency:
                    code = _shared_currency(cur.lower(), text, article_countries)
                if code == "RMB":
                    code = "CNY"
                n = m.group("n").lower()
                value = (1 if n in ("a", "an", "one") else lex.number_words[n]) * lex.scales[m.group("s").lower()] \
                    if rx is money3 else _value(m.group("n"), m.group("s"))
                if value is None or value == 0:
                    continue
                used.append((m.start(), m.end()))
                add(value, code, m.group(0), sent, m.start(), m.end(), when=_when(text, m.end()))
        kind = "magnitude"
        for m in _MAGNITUDE.finditer(text):
            # "a 7.8 magnitude quake", "a magnitude-6.7 aftershock": how strong, a figure news quizzes ask
            n = m.group("n1") or m.group("n2")
            start = m.start("n1") if m.group("n1") else m.start("n2")
            if not free(start, start + len(n), start):
                continue
            used.append((m.start(), m.end()))
            quake = (m.group("q") or "earthquake").lower().replace("quake", "earthquake").replace("earthearthquake",
                                                                                                 "earthquake")
            if not m.group("q") and re.search(r"\baftershocks?\b", text[: m.start()]):
                # "At least nine aftershocks, with the highest being a magnitude 4.8": not the earthquake's
                strongest = re.search(r"\b(?:highest|strongest|largest|biggest|most powerful)\b", text[: m.start()])
                quake = "strongest aftershock" if strongest else "aftershock"
            struck = _STRUCK.match(text, m.end())
            where = f" that {struck.group(1)} {struck.group(2)}" if struck and quake == "earthquake" else ""
            add(float(n), "magnitude", n, sent, start, start + len(n), what=f"magnitude of the {quake}{where}")
        kind = "pct"
        for m in pct.finditer(text):
            if not free(m.start(), m.end(), m.start("n")):
                continue
            unit = "%" if not m.group("u").lower().startswith("percentage") else "percentage points"
            value = _value(m.group("n"), None)
            if value is None:
                continue
            used.append((m.start(), m.end()))
            add(value, unit, m.group(0), sent, m.start(), m.end(), when=_when(text, m.end()))
        kind = "age"
        for m in age.finditer(text):
            n = m.group("n") or m.group("n2") or m.group("n3")
            if not n or not free(m.start(), m.end(), m.start("n") if m.group("n") else m.start()) or not (
                    10 <= int(n) <= 120):
                continue
            who = m.group(1) or ""
            used.append((m.start(), m.end()))
            add(int(n), "years", n if m.group("n") else m.group(0), sent, m.start(), m.end(),
                what=f"age of {who}".strip() if who else None)
        kind = "duration"
        for m in HYPHEN_COUNT.finditer(text):
            # "a two-year war", "the 42-day first phase", "a 23-nation group": the number before the hyphen
            # counts the unit after it; "a 10-year high" and "the 10-year bond" are no counts
            n, u = m.group("n"), m.group("u").lower()
            if not free(m.start(), m.end(), m.start("n")) or n.lower() in ("one", "a"):
                continue
            if re.match(r"\s+(?:high|low|highs|lows|bonds?|yields?|notes?|gilts?|record|average|peak)\b",
                        text[m.end():]):
                continue
            if n.isdigit():
                value = int(n)
            else:
                value = lex.number_words.get(n.lower())
            if not value or value < 2:
                continue
            used.append((m.start(), m.end()))
            add(value, _plural(u), m.group(0), sent, m.start(), m.end())
            hits[-1]["np"] = _plural(u)
        kind = "count"
        for m in SHORT_DISTANCE.finditer(text):
            # "approximately 70km north of Quetta", "a depth of 10 km": a distance in its short unit
            if not free(m.start(), m.end(), m.start("n")):
                continue
            value = _value(m.group("n"), None)
            if not value:
                continue
            used.append((m.start(), m.end()))
            unit = {"km": "kilometres", "mi": "miles"}[m.group("u")]
            add(value, unit, m.group(0), sent, m.start(), m.end())
            hits[-1]["np"] = unit
        for m in CASUALTIES.finditer(text):
            # "with at least 200 injured", "50 dead": the people the participle counts
            if not free(m.start(), m.end(), m.start("n")):
                continue
            value = _value(m.group("n"), None)
            if not value or value < 2:
                continue
            used.append((m.start(), m.end()))
            add(value, "people", text[m.start(): m.end("n")], sent, m.start(), m.end("n"),
                what=f"people {m.group('p').lower()}")
            hits[-1]["np"] = "people"
        for m in count.finditer(text):
            n = m.group("n")
            if not free(m.start(), m.end(), m.start("n")):
                continue
            if n.lower() in ("one", "a dozen", "dozen") and not m.group("q") and n.lower() != "a dozen":
                continue
            if re.search(r"\b(?:several|a few|few|many|hundreds|thousands|dozens|tens)\s+$", text[: m.start("n")]) or (
                    re.search(r"\bsome\s+$", text[: m.start("n")]) and not n[:1].isdigit()):
                continue  # "several hundred", "some hundred": vague; "some 60,000 spectators" is an estimate
            if REFERENCE_BEFORE.search(text[: m.start()]) and not m.group("q") and not PART_OF_BEFORE.search(
                    text[: m.start()]):
                continue  # "the two sides"; but "72 of the 151 seats" counts the seats
            before = text[: m.start("n")]
            if re.search(rf"{NAME_TOKEN}(?<!'s)(?<!’s)[ -]$", before) and not m.group("q") and not re.search(
                    r"(?:^|[.:;,]\s)\S+ $", before):
                continue  # "Boeing 737", "Article 4"
            if re.search(r"\b(?:first|last|past|next|previous|coming)\s+$", text[: m.start("n")]) and not m.group("q"):
                continue  # "the first nine months of 2023": a period, not a count
            tokens = m.group("rest").split()
            if any(t.endswith("est") or t in ("most", "least") for t in tokens[:2]):
                continue  # "the world's two largest economies"
            unit = ""  # none found yet
            written_end = 0
            part = PART_OF.match(text[m.end():])
            if part:
                # "won 72 of the 151 seats", "free 33 of the 98 hostages": the part counts the whole's noun
                unit, end = part.group("noun"), m.end()
                if not _NUMBER_OR_NAME.search(part.group(0)):
                    # "1 million of the most vulnerable people": the whole is no other figure; the figure is
                    # written "around 1 million"
                    written_end, end = m.end(), end + part.end()
                tokens = []
            for i, tok in enumerate(tokens):
                t = tok.strip("’'")
                if t.lower() in lex.not_units and t.lower() != "times":
                    break
                if _is_plural(t) or (t == "times" and i == 0) or (t.endswith("s") and lex.country(t)):
                    unit = t
                    if t.lower() == "points" and i and tokens[i - 1].lower() == "basis":
                        unit = "basis points"  # "25 basis points" are not 25 points
                    if i and tokens[i - 1].lower() in ("square", "cubic"):
                        unit = f"{tokens[i - 1].lower()} {t}"  # "38,000 square kilometers": an area
                    end = m.start("rest") + len(" ".join(tokens[: i + 1])) + 1
                    break
                if not (t.islower() or re.fullmatch(rf"{NAME_TOKEN}|[A-Z0-9-]+", t)) or t.endswith("ly"):
                    break
            toll = _TOLL_REACHED.search(text, max(0, m.start() - 120), m.start()) if not unit else None
            if toll:
                # "As the death toll for the recent earthquake in Asia has passed 30,000": a toll counts the dead
                unit, end = "deaths", m.start("rest")
            if not unit:
                continue
            if n.isdigit() or re.fullmatch(NUM, n):
                value = _value(n, m.group("s"))
            else:
                value = lex.number_words[n.lower()] * (lex.scales[m.group("s").lower()] if m.group("s") else 1)
            if value is None:
                continue
            used.append((m.start(), end))
            written = text[m.start(): written_end or end]
            if toll and toll.group("beyond") and not m.group("q"):
                written = f"more than {written}"  # "has passed 30,000": the verb is the figure's qualifier
            add(value, unit if unit[0].isupper() else unit.lower(), written, sent, m.start(), end,
                when=_when(text, end))
            hits[-1]["np"] = part.group("noun") if part else " ".join(text[m.start("rest"): end].split())
        kind = "ordinal"
        for m in ordinal.finditer(text):
            n = m.group("n").lower()
            if not free(m.start(), m.end(), m.start("n")):
                continue
            suffixed = ORDINAL_SUFFIX.match(n)
            value = lex.ordinals.get(n) or (int(suffixed.group(1)) if suffixed else None)
            if not value or value < 2 or value > 500:
                continue
            tokens = m.group("rest").split()
            noun = None
            for tok in tokens:
                t = tok.strip(",.;:’'")
                if t.lower() in NOT_ORDINAL_AFTER or t.endswith(("est", "-largest", "-biggest")):
                    break
                if t.lower() in STOP or t.lower() in ("since", "after", "before", "until", "among", "of", "out",
                                                      "whose", "who", "which", "that", "whom"):
                    break  # "the 12th Governor General whose appointment": no noun after the name
                if t.islower() and t not in ("such", "sitting", "straight", "consecutive", "annual", "official",
                                             "state", "bilateral", "foreign", "overseas", "new", "successive"):
                    if t in lex.not_units or len(t) < 3:
                        break
                    noun = t
                    break
                if not re.fullmatch(rf"{NAME_TOKEN}|[A-Z]+|such|sitting|straight|consecutive|annual|official|"
                                    r"state|bilateral|foreign|overseas|new|successive", t):
                    break
            if not noun or noun.endswith("s") and not noun.endswith("ss"):
                continue
            two = re.match(rf"\s+{noun}\s+([a-z]{{4,}})\b", m.group("rest"))
            if noun in ("prime", "vice", "deputy", "chief", "general", "foreign", "finance") and two:
                noun = f"{noun} {two.group(1)}"  # "Australia's 31st prime minister" counts prime ministers
            used.append((m.start(), m.end()))
            add(value, _plural(noun), m.group("n"), sent, m.start(), m.start("n") + len(m.group("n")))
            hits[-1]["noun"] = noun
        hits.sort(key=lambda x: x["a"])
        hits = [h for h in hits if not _in_range(text, h["a"], h["b"])]
        for h in list(hits):
            part = _PART_OF.search(text, max(0, h["a"] - 60), h["a"]) if h["kind"] == "count" else None
            if part and part.end() == h["a"]:
                # "35 of the country's 75 districts are affected": the part is a figure too, and comes first
                n, a = part.group(1), part.start(1)
                # (seats a party won are said as such: "SWAPO won 54 out of 72 seats" -> "seats won by SWAPO")
                won = h["unit"] == "seats" and WON_PART.match(phrases.strip_lead(text[:a])[0])
                hits.insert(hits.index(h), {**h, "value": int(n.replace(",", "")), "text": n, "a": a,
                                            "b": a + len(n), "what": None if won else _clause(text, a, a + len(n), n)})
        for h in hits:
            if not h["what"]:
                try:
                    h["phrase"] = _describe(text, h, hits, pair or [], prev)
                except Exception:  # noqa: BLE001 - a phrase is a nicety: never lose the figure over it
                    h["phrase"] = None
                if h["phrase"] and not h["phrase"][1] and pub is not None and re.match(
                        r"(?:\s[^\s,;]+){0,4}?\slast year\b", text[h["b"]:]):
                    h["phrase"] = (h["phrase"][0], str(pub.year - 1))  # type: ignore[attr-defined]
                if (h["phrase"] and h["phrase"][0] and len(h["phrase"][0]) <= 150
                        and not re.search(r"\b(?:it|they|them|he|she|him)\b", h["phrase"][0])
                        and not re.search(r"[…\"“”]", h["phrase"][0])
                        # "number of which involved gunshots the Ghana Police ...": a relative pronoun with no
                        # noun before it reads as no English; the sentence with a gap is safer
                        and not re.match(r"(?:number of\s)?(?:which|who|whom|whose|that)\b", h["phrase"][0])
                        # "votes wa Mutharika had won the election, having taken": a clause cut at the figure
                        and not _FRAGMENT_END.search(h["phrase"][0])
                        # "the UK promised up to £60m, the United States $17.5m": a phrase holding another
                        # figure of the sentence describes that one; the sentence with a gap is safer (a count
                        # inside a sum's description, "investment by two major companies", is part of it)
                        and not any(o is not h and o["text"] in h["phrase"][0]
                                    and not (h["kind"] == "money" and o["kind"] == "count") for o in hits)):
                    h["what"], h["when"] = h["phrase"][0], h["phrase"][1]
                else:
                    h["phrase"] = None
            record(h["value"], h["unit"], h["text"], sent, h["a"], h["b"], h["what"], h["when"])
        prev = text
    out = []
    for key in order:
        f = found[key]
        if f["unit"] in _PRONOUN_UNITS:
            continue  # "Nineteen others have been injured": others than whom? no question can say
        fields: list[tuple[str, object]] = [("what", f["what"]), ("value", f["value"]), ("unit", f["unit"]),
                                            ("text", f["text"])]
        if f["when"]:
            fields.append(("when", f["when"]))
        notes = None
        if f["unit"] == "USD" and "$" in f["text"] and "US" not in f["text"] and other_dollar and home_dollar != "USD":
            # "$" read as US dollars, in an article about a country whose money is the dollar too
            notes = f"'$' read as US dollars; the article names {other_dollar}, whose currency is also the " \
                    "dollar: check the currency"
        out.append(Fact("figure", tuple(fields), tuple(Quote(source, qq) for qq in f["quotes"]), notes=notes,
                        hint=slug(f"{f['unit']} {f['text']}", 6)))
    return out


_GIFT = r"(?:aid|assistance|funding|contributions?|donations?|grants?|relief|support)"
_GIVER = r"(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3})"
_GIFT_FROM = re.compile(rf"\b{_GIFT}\sfrom\s(?:the\s)?{_GIVER}")
_GIFT_OF = re.compile(rf"{_GIVER}['’]s\s(?:[\w-]+\s){{0,2}}?{_GIFT}\b")


def _giver(text: str) -> str | None:
    """The country that opens the sentence as its giving subject ("Australia will provide an additional $5
    million", "New Zealand is contributing ..."): a bare "$" is its dollar where it has one, else US dollars, as
    news agencies write them ("Two-way trade between China and Australia amounts to $123 billion" is VOA's)."""
    m = re.match(r"(?:The\s)?(.+?)\s(?:will|is|has|had|was|would|announced|pledged|committed|provided|gave|"
                 r"contributed|is\s\w+ing)\b", text)
    # ("The Australian Government will provide ...", "The Government of Canada is contributing ...")
    giver = lexicon().country(_GOVERNMENT_OF.sub("", m.group(1))) if m else None
    if giver:
        return giver
    # "He announced an increase of $1.5 million in aid from New Zealand, bringing New Zealand’s post-cyclone aid to
    # $4.7 million": the one country the sentence names as the gift's giver
    givers = {lexicon().country(g.group("c")) for rx in (_GIFT_FROM, _GIFT_OF) for g in rx.finditer(text)}
    return givers.pop() if len(givers) == 1 else None


def _shared_currency(word: str, text: str, article_countries: Counter[str | None]) -> str:
    """The ISO code of a currency word several countries use ("pesos"): the country this sentence names,
    else the one the article names most; with neither, the word itself as a plain unit."""
    lex = lexicon()
    options = lex.shared_currency[word]
    for m in lex.country_re.findall(text):
        if lex.country(m) in options:
            return options[lex.country(m)]  # type: ignore[index]
    named = [(n, c) for c, n in article_countries.items() if c in options]
    if named:
        return options[max(named)[1]]  # type: ignore[index]
    return word


RANGE_OPEN = re.compile(r"\bbetween\s+$", re.I)
RANGE_BETWEEN = re.compile(r"\bbetween\s+(?:\S+\s+){1,3}?and\s+$", re.I)
BOUND = r"[$€£¥]?\d(?:[\d.,]*\d)?\s?(?:%|bn|m|[A-Za-z](?![a-z]))?"
RANGE_LOW = re.compile(rf"(?<![\w,.$€£¥])(?P<low>{BOUND})\s?(?:to|-|–)\s?$")
RANGE_HIGH = re.compile(rf"\s?(?:to|-|–)\s?(?P<high>{BOUND})(?![\w.,]*\d)")


def _shape(figure: str) -> tuple[str, str]:
    """A bound's currency sign and unit mark: "$100bn" -> ("$", "bn"); "12%" -> ("", "%")."""
    m = re.fullmatch(r"([$€£¥]?)[\d.,]+\s?(\S*)", figure.strip())
    return (m.group(1), m.group(2).lower()) if m else ("?", "?")


_RANGE_LOW_PREFIX = re.compile(r"^(?:(?:around|about|some|nearly|almost|over|roughly)\s)?[A-Z]{0,3}(?=[$€£¥])")
_RANGE_DASH_AFTER = re.compile(r"[-–]\d")
_RANGE_DASH_BEFORE = re.compile(r"\d[-–]$")


def _in_range(text: str, a: int, b: int) -> bool:
    """A bound of a range ("between $100bn and $580bn", "between one and two cuts", "2.5C to 2.9C") is
    no figure on its own: a question asking for "$100bn" would state half of what the article says.
    "rose 12% to $8.4 billion" and "from 3% to 5%" are changes, not ranges: both values are facts."""
    if RANGE_OPEN.search(text[:a]) and re.match(r"\s*(?:\S+\s+){0,2}?and\s", text[b:]):
        return True
    if RANGE_BETWEEN.search(text[:a]):
        return True
    if re.search(r"\bfrom\s+\S+\s?(?:to|-|–)\s?$|\bfrom\s+$", text[:a], re.I):
        return False
    shown = _RANGE_LOW_PREFIX.sub("", text[a:b].strip())  # "around US$40" of "around US$40-50 million"
    if not re.fullmatch(BOUND, shown):
        return False
    if _RANGE_DASH_AFTER.match(text, b) or _RANGE_DASH_BEFORE.search(text, max(0, a - 2), a):
        return True  # "US$40-50 million", "2-3%": either end, the scale or unit shared with the other
    low = RANGE_LOW.search(text[:a])
    if low and _shape(low.group("low")) == _shape(shown):
        return True
    high = RANGE_HIGH.match(text[b:])
    return bool(high and _shape(high.group("high")) == _shape(shown))


FIGURE_NOUN_STOP = {"a", "an", "the", "in", "on", "at", "for", "of", "to", "and", "or", "by", "with", "from", "per",
                    "each", "every", "more", "less", "than", "year", "month", "week", "day", "was", "were", "is",
                    "are", "will", "would", "has", "have", "had", "that", "which", "who", "as", "worth"}
SHARE_VERBS = re.compile(r"(?:accounting for|accounted for|accounts for|making up|made up|makes up|representing|"
                         r"represented|represents)\s$")
COMPARE_AFTER = re.compile(r"\s(?P<d>more|higher|up|less|lower|down)\s(?:than|from|on|compared with)\s"
                           r"(?:a year earlier|the (?:previous|prior) year|last year|the year before|a year ago|"
                           r"the year-earlier period)")


def _named_subject(text: str) -> str | None:
    """The sentence's subject, lower-cased at its start for the middle of a description, unless it is a pronoun
    (no question can name "he")."""
    subj = _subject_np(phrases.strip_lead(text)[0])
    return None if not subj or phrases.PRONOUN.match(subj) else phrases.lower_start(subj)


def _subject_np(text: str) -> str | None:
    """The noun phrase a clause starts with, up to its first verb or comma ("Amkor Technology, based ...")."""
    m = re.match(r"([^,;:]{2,80}?)(?:,|\s(?:is|are|was|were|has|have|had|will|would|can|could|rose|fell|grew|"
                 r"reached|hit|amounted|said|announced|plans?|aims?|wants?|[a-z]+ed|met|made|held|took|sent|"
                 r"signed|agreed|became|gave|went|came)\b)", text)
    if not m:
        return None
    np = m.group(1).strip()
    return np if phrases.is_np(np, 8) and not phrases.PRONOUN.match(np) else None


def _drop_conjunct(rel: str, text: str, a: int, hits: list[dict]) -> str:
    """"fired 46 missiles and" -> "fired"; "send Ukraine another Patriot system and" -> "send Ukraine"."""
    if not re.search(r"\s(?:and|or)\s*$", rel):
        return rel
    start_rel = a - len(rel)
    for o in hits:
        if o["b"] <= a and o["a"] >= start_rel and re.fullmatch(r"\s(?:and|or)\s", text[o["b"]:a]):
            return rel[: o["a"] - start_rel].rstrip()
    m = re.search(r"\s(?:another|an?|the|its|their|his|her|some)\s[^,;]*?\s(?:and|or)\s*$", rel)
    if m:
        return rel[: m.start()].rstrip()
    return rel


# where a quake struck, after it: "the 7.6 magnitude earthquake that struck the Indonesian island of Sumatra at 5:15
# PM local time on September 30, 2009" (asked alone, "the earthquake" could be any)
_STRUCK = re.compile(r"\s(?:that|which)\s(struck|hit|rocked|shook|jolted)\s((?:the\s)?[A-Za-z][^,;:()]{2,80}?)"
                     r"(?=\s(?:at|on|in\s(?:19|20)\d\d|early|late|overnight|last|this|killing|leaving)\b|[,;:.]|$)")
_MAGNITUDE = re.compile(r"\b(?:magnitude[- ](?P<n1>\d(?:\.\d)?)|(?P<n2>\d(?:\.\d)?)[- ]magnitude)\b"
                        r"(?:\s(?P<q>earthquake|quake|aftershock|tremor))?", re.I)
# A part of a counted whole: "35 of the country's 75 districts", "12 of the 27 member states", "54 out of 72 seats".
# (searched up to the whole's first digit, so the string ends there: "$" is where the whole begins)
_PART_OF = re.compile(r"(?<![\d.,$€£])(\d[\d,]*) (?:out )?of (?:(?:the |its |their |[\w’']+['’]s )+|$)")


# A description that ends where its clause was cut: a participle or auxiliary with its object (the figure)
# gone ("..., having taken", "the amount the UK has pledged to"), a dangling preposition or conjunction.
_FRAGMENT_END = re.compile(r"\b(?:having|being)(?:\s[a-z]+)?$|\b(?:has|have|had|will|would)$|"
                           r"\b(?:to|and|or|of|with|by|from|than|that|which|whose|is|was|were|are|for|over|"
                           r"within|into|about|after|at|on|in)$|"
                           r"\bwhoses\b|,\s[a-z]+ing$|"
                           # "number of years that in the making": a relative pronoun whose verb was cut
                           r"\b(?:that|which)\s(?:in|on|at|of|for|by|with)\s")


LISTED_OF = re.compile(r"\sof\s[a-z][\w-]*(?:\s[a-z][\w-]*)?(?:,\s[a-z][\w-]*(?:\s[a-z][\w-]*)?)+,?\s(?:and|or)\s"
                       r"[a-z][\w-]*(?:\s[a-z][\w-]*)?")
# The pieces of a candidate's count or share, one copy each: the word for about before the figure, the verbs
# of winning votes, and a name with an optional courtesy title
_ROUGHLY = r"(?:(?:about|some|nearly|almost|just over|more than|over|around)\s)?"
_GOT = r"(?:won|garnered|received|got|secured|polled|took)"
_CANDIDATE = r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s)?(?P<who>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){%s})"
VOTES_WON = re.compile(r"(?:^|\b(?:while|whereas|and|but|said)\s|,\s)((?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’.-]*)\s"
                       rf"{_GOT}\s{_ROUGHLY}$")
VOTE_WINNER = re.compile(r"(?:^|\bthat\s|,\s|\b(?:while|and|but|said|says|announced|reported)\s)"
                         rf"{_CANDIDATE % '0,3'}\s(?:had\s|has\s)?{_GOT}\s(?:with\s)?{_ROUGHLY}$")
# "Bassirou Diomaye Faye, the nation's president-elect won the March 24 elections with [54.28 percent of votes]"
ELECTION_WINNER = re.compile(r"(?:^|\bthat\s|,\s|\b(?:while|and|but)\s)"
                             rf"{_CANDIDATE % '1,3'}(?:,\s[^,]{{3,60}},?)?\s(?:has\s|had\s)?"
                             r"won\s(?:the\s)?(?:[\w-]+\s){0,3}(?:election|elections|vote|poll|race|run-?off|presidency)\s"
                             rf"(?:in\s[^,]{{2,30}}\s)?with\s{_ROUGHLY}$")
# ("bringing New Zealand’s post-cyclone aid to $4.7 million": a possessive is part of the measured thing)
MAKING = re.compile(r"\b(?:making|bringing|putting|taking)\s((?:the\s)?[\w'’-]+(?:\s[\w'’-]+){0,3}?)\s(?:at\s|to\s)?$")
# Trade worth a sum: "Honduras exported goods and services to the UK worth", "The main imports from the UK
# consisted of ... worth"
TRADED_WORTH = re.compile(r"^(?P<subj>(?:the\s)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})\s(?P<v>exported|imported|sold|"
                          r"bought|supplied|shipped|purchased|ordered)\s(?P<obj>[^,;]{2,60}?)"
                          r"(?P<dest>\s(?:to|from)\s(?:the\s)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})?\sworth\s$")
LISTED_WORTH = re.compile(r"^(?P<np>(?:the|The)\s(?:[\w-]+\s){0,2}?(?P<head>[a-z]+)(?:\s(?:from|to|of)\s(?:the\s)?"
                          r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})?)\s(?:consisted|consist|consists|comprised|"
                          r"included|were|was)\s(?:of\s)?[^;]{2,160}\sworth\s$")
TRADE_NOUNS = frozenset({"imports", "exports", "trade", "sales", "purchases", "shipments", "goods"})
# "India charges that China has occupied 38,000 square kilometers": a claim, whose figure is the claimant's
CLAIMED = re.compile(r"^((?:the\s)?(?:[A-Z][\w'’.-]*\s){0,2}[A-Z][\w'’.-]*)\s(?:charges|charged|claims|claimed|insists|"
                     r"insisted|argues|argued|maintains|maintained|alleges|alleged)\s(?:that\s)?")


# "U.S. Agency for International Development (USAID) Administrator": the body's short name is enough in a question
_SPELT_OUT_BODY = re.compile(r"(?:the\s)?[A-Z][\w.'’-]*(?:\s(?:(?:for|of|and|on|the)\s)*[A-Z][\w.'’-]*){1,8}\s"
                             r"\((?P<abbr>[A-Z]{2,8})\)")


# "a turnout of [69%]", "an unemployment rate of [5.1%]": a measure noun, with at most one word before it
_MEASURE_OF = re.compile(r"\b(?:a|an)\s(?:record\s|total\s|overall\s|new\s)?((?:[a-z][\w-]*\s)?[a-z][\w-]*)\sof\s"
                         r"(?:about\s|around\s|nearly\s|almost\s|some\s)?$")
# A death toll's count said with no noun after it ("the death toll ... has passed [30,000]"); searched up to the
# figure, so "$" is where it begins
_TOLL_REACHED = re.compile(r"\b(?:death\stoll|toll\sof\sdead|number\sof\s(?:dead|deaths))\b[^.;:]{0,80}?\s"
                           r"(?:has\s|had\s)?"
                           rf"(?:risen|rose|climbed|jumped|reached|(?P<beyond>{'|'.join(phrases.BEYOND)})|hit|stands|"
                           r"stood|is|was)\s(?:to\s|at\s)?(?:more\sthan\s|over\s|nearly\s|about\s|at\sleast\s)?$")


# A sum that changes something: "an increase of [$1.5 million] in aid from New Zealand"
_CHANGE_OF = re.compile(r"\b(?:an?|the)\s(?:further\s|additional\s)?(increase|rise|boost|cut|reduction|decrease)"
                        r"\sof\s$")
_CHANGE_IN = re.compile(r"\sin\s((?:[a-z][\w-]*\s){0,3}?[a-z][\w-]*"
                        r"(?:\s(?:from|to|for)\s(?:the\s)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})?)(?=[,;.]|$)")


# Counts of a pronoun: "others", "more", "those" point back to a noun of another clause or sentence
_PRONOUN_UNITS = frozenset({"others", "more", "those", "ones", "many", "few", "some", "several", "both", "all"})


# A party's or candidate's share said without "of the vote": "SWAPO obtained [75.27%] in the parliamentary polls",
# "The Rally for Democracy and Progress (RDP) party came in a distant second at [11.31%]"
_POLLED = re.compile(r"(?:^|;\s|,\s|\b(?:while|whereas|and|but)\s)(?:meanwhile,\s)?(?P<who>(?:[Tt]he\s)?[A-Z][\w'’.-]*"
                     rf"(?:\s[A-Z][\w'’.-]*){{0,3}})\s(?:{_GOT}|obtained|gained)\s{_ROUGHLY}$")
_IN_POLL = re.compile(r"\s(?:in|at)\s(the\s(?:[\w-]+\s){0,3}(?:polls?|elections?|ballots?|vote|race|run-?off))\b")
_PLACED = re.compile(r"^(?P<who>(?:[Tt]he\s)?[A-Z][^,;:]{1,80}?)\s(?:came|finished|placed|ended)\s(?:in\s)?"
                     r"(?:an?\s(?:distant|close|strong|respectable)\s)?(?:first|second|third|fourth|fifth)(?:\splace)?\s"
                     rf"(?:at|with)\s{_ROUGHLY}$")


def _poll_share(pre: str, after: str) -> str | None:
    """The share of the vote a party or candidate won, from "X obtained N% in the polls" or "X came second at N%"
    (no "of the vote" after the figure to say what it is a share of)."""
    polled = _POLLED.search(pre)
    where = _IN_POLL.match(after) if polled else None
    if polled and where:
        return f"share of the vote in {where.group(1)} won by {phrases.lower_start(polled['who'])}"
    placed = _PLACED.match(phrases.strip_lead(pre)[0])
    if placed and not phrases.PRONOUN.match(placed["who"]):
        return f"share of the vote won by {phrases.lower_start(placed['who'])}"
    return None


def _describe(text: str, h: dict, hits: list[dict], pair: list[str], prev: str) -> tuple[str | None, str | None] | None:
    """A short ``what`` (and a ``when``) for one figure of a sentence, or None to keep the gapped sentence; a
    figure inside a claim ("India charges that ...") says whose claim it is."""
    described = _describe_plainly(text, h, hits, pair, prev)
    claim = CLAIMED.match(text)
    if described and described[0] and claim and claim.end() <= h["a"]:
        return f"{described[0]}, according to {phrases.place(claim.group(1))}", described[1]
    return described


# An agreement a sum is written before: "the $125 million Belize Compact", "a $400 billion deal for an eastern supply
# route" (its name, or its noun with what it is for)
_AMOUNT_OF = re.compile(r"\s((?:[A-Z][\w'’-]*\s){1,5}(?:Compact|Agreement|Treaty|Accord|Deal|Partnership|Programme|"
                        r"Program|Facility|Fund)\b|(?:[a-z][\w-]*\s){0,2}(?:deal|agreement|contract|compact|accord|loan|grant|"
                        r"package)(?:\s(?:for|to|with)\s(?:an?\s|the\s)?\w[\w-]*"
                        r"(?:\s(?!(?:on|in|at|by|from|since|last|this|next)\b)[a-z][\w-]*){0,3})?)(?=[\s,.;:]|$)")


def _describe_plainly(text: str, h: dict, hits: list[dict], pair: list[str],
                      prev: str) -> tuple[str | None, str | None] | None:
    """The description itself, as the sentence gives it."""
    a, b, kind = h["a"], h["b"], h["kind"]
    when = h["when"]
    before = text[:a]
    # a conversion: "$3.5 billion (approximately €3.2 billion)", "¥1.6 billion, about $10 million,"
    if kind in ("money", "count"):  # "95 kilometres (59 miles)" converts a distance as "$3.5 billion (€3.2bn)" a sum
        for o in hits:
            if o is not h and o["kind"] == kind and o["b"] <= a and re.fullmatch(r"\s*[(,]\s*" if kind == "money"
                                                                                  else r"\s*\(\s*", text[o["b"]:a]):
                if o.get("phrase"):
                    return o["phrase"][0], o["phrase"][1] or when
                return None
    # "Vietnam's trade volumes with China ($175 billion) and the United States ($123 billion)"
    pm = re.search(r"([^(),;:]+?)\s\(\s*$", before)
    if pm and re.match(r"\s*\)", text[b:]) and kind in ("money", "pct"):
        words = pm.group(1).split()
        cuts = [i + 1 for i, w in enumerate(words) if w.lower() in (
            "to", "than", "and", "or", "which", "that", "as", "like", "including", "from", "by", "at", "is", "was",
            "are", "were")]
        cut = cuts[-1] if cuts else 0
        for c in sorted([0, *cuts], reverse=True):  # the nearest cut that leaves a measured thing
            cand = " ".join(words[c:])
            if phrases.is_np(cand, 10) and phrases.head_is_measure(cand) and not (c and words[c - 1].lower() in (
                    "and", "or")):
                cut = c
                break
        np = " ".join(words[cut:])
        coord = cut > 0 and words[cut - 1].lower() in ("and", "or")
        lex = lexicon()
        if coord and (lex.country(np) or np in lex.organisations):
            for o in reversed(hits):
                if o["b"] < a and o.get("phrase") and o.get("paren"):
                    prior = o["phrase"][0]
                    for name in sorted(set(lex.place_to_country), key=len, reverse=True):
                        if prior.endswith(" " + name):
                            return prior[: -len(name)] + np, o["phrase"][1]
            return None
        if phrases.is_np(np, 10) and phrases.head_is_measure(np) and not coord:
            h["paren"] = True
            return phrases.singular_measure(phrases.clean_np(np, pair)), when
    lo, hi = phrases.clause_at(text, a, b)
    pre = text[lo:a]
    # ("With about 99% of all votes counted, Fidesz is projected to have won": the main clause after the lead)
    won = (WON_PART.match(phrases.strip_lead(pre)[0]) or WON_PART.match(pre.rsplit(", ", 1)[-1])) \
        if kind == "count" and h["unit"] == "seats" else None
    if won:  # "The PNP won 41 or two-thirds of the House of Representative seats"
        verb = {"holds": "held", "controls": "controlled", "took": "won", "captured": "won", "obtaining": "won",
                "winning": "won", "taking": "won", "securing": "secured", "gaining": "gained"}.get(won["v"], won["v"])
        at = re.search(r"\bin\s((?:the\s|last\s\w+['’]s\s)?(?:[\w'’-]+\s){0,3}(?:election|elections|vote|poll))\b",
                       text[b:hi])
        return f"seats {verb} by {phrases.lower_start(won['who'])}{' in ' + at.group(1) if at else ''}", when
    rest = text[b:hi].rstrip(" .!?\"”'’")
    for o in hits:
        if o["a"] > b and o["b"] <= hi:
            rel_gap = text[b:o["a"]]
            if re.fullmatch(r"\s(?:and|or)\s", rel_gap):
                rest = rest[len(text[b:o["b"]]):]
            elif re.fullmatch(r",\s|\s\(", rel_gap) and o["kind"] == "money" == kind:
                rest = re.sub(r"^[,)]", "", rest[len(text[b:o["b"]]):])
            break
    # "An estimated 23 million votes were cast -- making voter turnout nearly 49 per cent": what the figure makes
    mk = MAKING.search(pre) if kind in ("money", "pct", "count") else None
    if mk and phrases.is_np(mk.group(1), 5) and phrases.head_is_measure(mk.group(1)):
        return phrases.clean_np(mk.group(1), pair), when
    # "this represents a turnout of 69% of the electorate": the measure the figure is "of", whatever points to it
    # (a share only: "a total of 12 disaster specialists" counts the specialists)
    mo = _MEASURE_OF.search(pre) if kind == "pct" else None
    if mo and phrases.head_is_measure(mo.group(1)) and mo.group(1).split()[-1] in phrases.MEASURE_NOUNS:
        return mo.group(1), when
    # "X amounted to / reached / rose N% to / was worth FIGURE"
    mv = phrases.MEASURE_VERB.search(pre) if kind in ("money", "pct", "count") else None
    subj: str | None
    if mv:
        subj, lead_when = phrases.strip_lead(pre[: mv.start()])
        subj = re.sub(r"\s(?:today|now|currently|already)$", "", subj)  # "Two-way trade today stands at"
        # "As the death toll for the recent earthquake in Asia has passed": the subordinate clause's own subject
        subj = re.sub(r"^(?:As|While|When|Because|Since|Although|Though)\s(?=the\s)", "", subj)
        subj = re.sub(r"\s(?:has|have|had)$", "", subj)  # "... has passed": the auxiliary is the verb's
        # (a verb of going beyond has its own subject, often in a clause of its own: "..., the first time annual
        # exports have exceeded": the sentence's opening is someone else's)
        beyond = mv.group("v") in phrases.BEYOND
        if not phrases.is_np(subj) and not beyond and (opening := _subject_np(subj)):
            # "Australian investment in PNG, including through ..., has grown five-fold in five years and today
            # stands at": the subject of the coordinated verbs
            subj = opening
        subj = phrases.clean_np(subj, pair)
        if phrases.PRONOUN.match(subj):
            pv = re.match(r"^(.{3,80}?)\s(?:is|was|are|were|has|have|had)\b", phrases.strip_lead(prev)[0])
            subj = phrases.clean_np(pv.group(1), pair) if pv else subj
        verb = mv.group("v").split()[0].lower()
        worth = "worth" in mv.group("v") or "valued" in mv.group("v")
        if phrases.is_np(subj) and (phrases.head_is_measure(subj) or worth and kind != "count"):
            when = when or lead_when
            if worth and not re.match(r"(?:the\s)?(?:value|cost|price|worth|trade|exports|imports)\b", subj):
                return f"value of {subj}", when
            if not when:
                ym = re.search(r"\b(?:in|during)\s((?:19|20)\d\d)\b", text[b:hi])
                when = ym.group(1) if ym else None
            if kind == "pct" and not mv.group("mid") and verb in phrases.RISE | phrases.FALL:
                return f"{'increase' if verb in phrases.RISE else 'decrease'} in {subj}", when
            if kind == "pct" and mv.group("mid") and mv.group("mid").endswith("by"):
                return f"{'increase' if verb in phrases.RISE else 'decrease'} in {subj}", when
            h["measure"] = subj
            if not when:
                ym = re.search(r"\b(?:in|during)\s((?:19|20)\d\d)\b", text[b:hi])
                when = ym.group(1) if ym else None
            return subj, when
    # "11 percent more than a year earlier": the change in what an earlier figure of the sentence measures
    cm = COMPARE_AFTER.match(text[b:])
    if cm and kind == "pct":
        for o in reversed(hits):
            if o["b"] <= a and o.get("measure"):
                up = cm.group("d") in ("more", "higher", "up")
                return f"{'increase' if up else 'decrease'} in {o['measure']} over the previous year", o["phrase"][1]
        return None
    clause, lead_when = phrases.strip_lead(pre)
    when = when or lead_when
    # ("Mark Green announced $1 million in additional humanitarian assistance": the sum is what was announced)
    announced_sum = kind == "money" and bool(re.match(r"\sin\s[a-z]", text[b:])) and clause.endswith("announced ")
    if not announced_sum and re.fullmatch(r"(?:[A-Z][\w.'’-]*\s){0,4}?(?:also\s)?(?:said|says|announced|added|"
                                          r"noted|stated|reported|confirmed|estimated)(?:\son \w+day)?(?:\sthat)?\s*",
                                          clause):
        clause = ""  # "Officials said 3,000 homes were destroyed": the figure opens the reported clause
    frames = list(re.finditer(r"\b(?:said|says|announced|added|noted|stated|confirmed|reported|charges|charged|claims|"
                              r"claimed|insists|insisted|argues|argued|maintains|maintained)\s(?:that\s)?", clause))
    if frames and len(clause[frames[-1].end():].split()) >= 3:
        clause = clause[frames[-1].end():]
        # "India charges that since the 1950s, China has occupied": the reported clause's own lead goes too
        clause = phrases.lower_start(phrases.strip_lead(clause[:1].upper() + clause[1:])[0])
    # "the United States, through the U.S. Agency for International Development (USAID), is providing": an aside
    # of means between commas stands between the subject and its verb
    clause = _ASIDE.sub(" ", clause)
    if kind == "money" and (aw := re.search(r",\s(?:worth|valued at)\s$", pre)):
        # "The UK and the US have one of the biggest trading relationships ..., worth around 400 billion dollars":
        # the value of the thing the clause before names, between its subjects
        things = list(re.finditer(r"\b((?:[a-z-]+\s){0,2}?)(relationship|partnership|trade|deal|agreement|package|"
                                  r"programme|program|contract|investment|market|economy|sector|industry|plan)s?\b",
                                  pre[: aw.start()]))
        owner = _subject_np(phrases.strip_lead(text)[0])
        if things and owner and not phrases.PRONOUN.match(owner):
            mods = [w for w in things[-1].group(1).split() if not w.endswith("est") and w not in ("most", "one", "of")]
            noun = " ".join(mods + [things[-1].group(2)])
            owner = phrases.lower_start(owner)
            return (f"value of the {noun} between {owner}" if " and " in owner else f"value of {owner}'s {noun}"), when
    if kind == "money" and re.search(r"\b(?:the|a|an)\s$", text[:a]) and (named := _AMOUNT_OF.match(text, b)):
        # "signing the $125 million Belize Compact", "signed a $400 billion deal for an eastern supply route": the
        # sum is what the agreement is worth
        return phrases.tidy(f"value of the {named.group(1)}"), when
    wa = re.search(r"(?:^|,\s)with\s((?:[a-z][\w-]*\s){1,6})worth\s$", clause)
    if wa and kind == "money":
        # "Italy is one of the UK's top ten trading partners, with annual bilateral trade between us worth
        # £50 billion": the thing "with" brings in is what is worth it
        np = re.sub(r"\sbetween us$", " between them", wa.group(1).strip())
        if len(pair) == 2:
            np = re.sub(r"\sbetween them$", f" between {phrases.place(pair[0])} and {phrases.place(pair[1])}", np)
        return (f"value of {np}" if not np.endswith(("between them", "between us")) else None), when
    traded = TRADED_WORTH.match(clause) if kind == "money" else None
    if traded:
        # "In 2018, Honduras exported goods and services to the UK worth US$161 million": what was traded
        return phrases.tidy(f"value of {traded['obj']} {traded['subj']} {traded['v']}{traded['dest'] or ''}"), when
    listed = LISTED_WORTH.match(clause) if kind == "money" else None
    if listed and listed["head"].lower() in TRADE_NOUNS:
        # "The main imports from the UK consisted of industrial products ... worth US$4 million"
        return f"value of {phrases.lower_start(listed['np'])}", when
    wm = re.search(r"(?:\s(?:with|of|in))?\s((?:[a-z][\w-]*\s){1,3})worth\s$", clause)
    if wm and kind == "money":
        before_np = phrases.ADVERBS.sub("", clause[: wm.start()] + " ").strip()
        the = re.match(r"(?:the|a|an)\s([a-z][\w-]*(?:\s[a-z][\w-]*)?)$", wm.group(1).strip())
        core = re.sub(r",\s[^,]{2,80},\s", " ", before_np)  # "The UK, in its biggest ever deal, will supply"
        if the and re.match(r"(?:will|would|is|are|was|were|has|have|had|[a-z]+ed)\s", core):
            subj = _subject_np(phrases.strip_lead(text)[0])
            core = f"{phrases.lower_start(subj)} {core}" if subj else ""
        if the and core and "," not in core and phrases.AUX.search(core) and not phrases.PRONOUN.match(core):
            # "The UK ... will supply Norway with Type 26 frigates ... in the deal worth £10 billion": the deal
            # in which the subject does what the clause says
            return phrases.tidy(f"value of the {the.group(1)} in which {phrases.lower_start(core)}"), when
        if len(before_np.split()) >= 2 and phrases.AUX.search(before_np):
            return phrases.tidy(f"value of the {wm.group(1).strip()} {phrases.resolve_pair(before_np, pair)}"), when
        return None
    start_rel = a - len(clause)
    rel = _drop_conjunct(clause, text, a, hits)
    listed = LISTED_OF.match(text, b) if rest else None  # (the clause ends at its ", and": the text goes on)
    # "2,500 metric tons of rice, peas, and vegetable oil": a list keeps its commas (cut, "of rice" was false)
    rest = listed.group(0) if listed else (
        re.split(r",\s|\s\(|\s(?:in areas|including|such as|among them|among others)\b", rest)[0] if rest else "")
    # "killed in the region and officials say the toll will rise": a second clause, with its own subject
    rest = re.split(r",?\s(?:and|but|while)\s(?=(?:[\w’'-]+\s){1,3}(?:say|says|said|warn|warns|warned|fear|fears|"
                    r"feared|expect|expects|believe|believes|report|reports|reported)\b)", rest)[0]
    # "will purchase 12 jets and join NATO's nuclear mission": a second verb is a second thing done
    second = re.search(r"\s(?:and|but)\s([a-z]+)\b", rest)
    if second and (second.group(1) in BASE_VERBS or second.group(1) in PAST_TO_BASE):
        rest = rest[: second.start()]
    rest = phrases.COUNT_WHEN.sub("", rest)
    rest = re.sub(r"\s(?:last|this|next) (?:year|month|week)\b", "", rest)
    rest = phrases.ADVERBS.sub("", rest + " ").rstrip()
    rest = (" " + rest.strip()) if rest.strip() else ""
    rel = phrases.ADVERBS.sub("", rel + " ").strip()
    if (day := rel.split(" ", 1)[0]) in WEEKDAYS and rel[len(day) + 1: len(day) + 2].isupper():
        rel = rel[len(day) + 1:]  # "said Tuesday Bazoum ... won": the day is the saying's, no part of the name
    rel = phrases.lower_start(rel)
    rel_det = rel
    rel = re.sub(r"\s(?:an additional|a further|additional|another|further|some|a total of|a record|an initial|"
                 r"an extra|an?|the)$", "",
                 rel)
    # "The No campaigners, who achieved 17%": the figure sits in a relative clause about the subject, so the
    # description reads "the No campaigners achieved", not "the No campaigners, who achieved"
    if re.match(r"(?:who|which)\s", rel):
        # "the results of the other six candidates, who made up only 3 percent": the clause opened after the
        # comma; its antecedent is the nearest noun phrase before it
        ante = re.search(r"((?:the|a|an|its|their|his|her)\s[^,;:]{2,60}?)\s*,\s*$", text[: a - len(clause)])
        if not ante:
            return None
        noun = ante.group(1).split(" of ")[-1] if " of the " in ante.group(1) else ante.group(1)
        rel = f"{noun} {rel.split(' ', 1)[1]}"
    nr = re.fullmatch(r"(.+?),\s(?:who|which)\s([^,]+)", rel)
    if nr:
        # the antecedent is the noun phrase just before ", who": "He defeated his opponent, Frank Hsieh, who
        # received 41.55%" -> "Frank Hsieh received"
        antecedent = re.split(r",\s", nr.group(1))[-1]
        if not phrases.is_np(antecedent, 8) or phrases.PRONOUN.match(antecedent):
            return None  # "this follows a roundtable with CEOs, who support": whose clause it is needs a reader
        rel = f"{antecedent} {nr.group(2)}"
    rec = re.search(r"\b(?:the\s)?(previous|old|former|earlier)\s((?:[a-z-]+\s){0,2})record\sof\s$", pre)
    if rec and kind in ("money", "pct", "count"):
        # "The May trade surplus reached $5.7 billion, surpassing the previous monthly record of $5.4 billion": the
        # record for what the sentence measures
        measured = next((o["measure"] for o in reversed(hits) if o["b"] <= a and o.get("measure")), None)
        if measured:
            measured = re.sub(rf"^(?:the\s)?(?:{'|'.join(MONTH_NAMES)})\s", "the ", measured)
            return f"{rec.group(1)} {rec.group(2)}record for {phrases.lower_start(measured)}", when
    # "he confirmed £485 million of investment into UK defence ... by two major Italian companies": the
    # noun after "of" says what the money is, whoever confirmed it
    of_m = re.match(r"\sof\s((?:new|additional|further|fresh|private|foreign|[A-Z][a-z]+)\s)?([a-z]+)\b([^;:–—()]*)",
                    text[b:hi]) if kind == "money" else None
    if of_m and of_m.group(2) in phrases.MEASURE_NOUNS and of_m.group(2) not in ("value", "cost", "share"):
        # a list stays ("into UK defence, clean growth and innovation"), a following clause goes
        tail = re.split(r",\s(?=(?:which|who|where|while|as|after|before|following|with|to|and|but|in|on|at|"
                        r"the|a|an|this|it|he|she|they)\b)", of_m.group(3))[0]
        tail = phrases.COUNT_WHEN.sub("", tail).rstrip(" .,")
        return phrases.tidy(f"amount of {of_m.group(1) or ''}{of_m.group(2)}{tail}"), when
    if rel and re.fullmatch(r"it|they|he|she", rel.split(" ", 1)[0], re.I):
        subj = _subject_np(phrases.strip_lead(text[:lo])[0]) if lo else None
        if not subj and kind != "ordinal":
            return None
        if subj:
            said = subj
            rel = re.sub(r"^\w+", lambda _m: phrases.lower_start(said), rel, count=1)
    wm = re.search(r"\b(?:in which|under which|with which|by which|where|whereby)\s(they|it)\s", rel)
    if wm:
        subj = _subject_np(phrases.strip_lead(text)[0])
        if not subj:
            return None
        rel = subj + " " + rel[wm.end():]
    rel = phrases.resolve_pair(rel, pair)
    dw = re.fullmatch(r"(.+?)\s((?:(?!(?:[a-z]+ed|won|made|struck|signed)\s)[a-z-]+\s){0,2}(?:deals?|agreements?|"
                      r"contracts?|orders?|projects?|packages?))\s(.+)\sworth", rel) if kind == "money" else None
    if dw and phrases.has_verb(dw.group(1)) and not phrases.PRONOUN.match(dw.group(1)):
        # "Vietnam signed deals with Japan worth $3 billion": the value of the deals Vietnam signed with Japan
        return phrases.tidy(f"value of the {dw.group(2)} {dw.group(1)} {dw.group(3)}"), when
    if kind == "money":
        # "its $1.6 billion factory in Bac Ninh province": the cost of the thing
        am = re.match(r"\s([a-z][a-z-]{2,})((?:\s(?:in|at|near|outside)\s(?:[A-Z][\w-]*\s?)+(?:province|city|"
                      r"region|state|county|district)?)?)", text[b:])
        if am and am.group(1) not in FIGURE_NOUN_STOP and re.search(r"\b(?:its|their)\s$", before):
            owner = _subject_np(phrases.strip_lead(text[lo:])[0])
            if owner:
                return f"cost of {owner}'s {am.group(1)}{am.group(2).rstrip()}", when
            return None
        owned = _OWNED_BEFORE.search(before)
        a_sum = _A_BEFORE.search(before)
        sm = _SUM_NOUN.match(text[b:]) if a_sum or owned else None
        if sm and owned:
            # "builds on the Australian Government's initial $2 million package": whose thing it is
            owner, adjective = owned.group(1), owned.group(2) or ""
            return phrases.tidy(f"amount of {owner} {adjective}{sm.group(1)}{sm.group(2) or ''}"), when
        if sm:
            # "the President announced a $13.5 million disbursement from the U.S. International Development Finance
            # Corporation": the amount of that thing, whoever announced it
            told = f" {rel}" if rel and len(rel.split()) >= 2 and "," not in rel and phrases.has_verb(rel) and not (
                phrases.PRONOUN.match(rel) or re.match(r"(?:the|this|that)\s[a-z]", rel)) else ""
            adjective = a_sum.group("adj") or "" if a_sum else ""
            purpose = sm.group(3) or ""
            whose = sm.group(2)[: len(sm.group(2)) - len(purpose)]  # "from the U.S. ... Corporation", "for Dominica"
            if not purpose and not text[b + sm.end():].strip():
                whose = whose.rstrip(".")  # the sentence's full stop
            said = phrases.tidy(f"amount of the {adjective}{sm.group(1)}{whose}{told}{purpose.rstrip()}")
            if len(said) > 120 and purpose:  # a purpose too, at length: the thing and who gave it are enough
                said = phrases.tidy(f"amount of the {adjective}{sm.group(1)}{whose}{told}")
            return said, when
        pm = _IN_NOUN_DONE.match(text[b:])
        if pm and pm.group(1).split()[-1] in phrases.MEASURE_NOUNS:
            # "with over a billion dollars in U.S. financing committed this year alone": what the money is, and
            # what was done with it, whoever the sentence's subject
            return phrases.tidy(_WHEN_TAIL.sub("", f"amount of {pm.group(1)} {pm.group(2)}{pm.group(3)}")), when
        ch = _CHANGE_OF.search(pre)
        cm = _CHANGE_IN.match(text[b:]) if ch else None
        if ch and cm:
            # "He announced an increase of $1.5 million in aid from New Zealand": the change in what it is, whoever
            # announced it
            return f"{ch.group(1)} in {cm.group(1)}", when
        tm = re.search(r"\b(target|goal|value|total|budget|package|fund|loan|investment|deal|contract) of\s$", pre)
        im = re.match(r"\sin\s([a-z][\w -]*?)(?=\s(?:by|in|to|for|with|from)\b|[,;.]|$)", text[b:])
        if tm:
            return (f"{tm.group(1)} for {im.group(1)}" if im else None), when
        if not rel or len(rel.split()) < 2 or rel.split()[-1].lower() in phrases.PREPS or not phrases.AUX.search(
                rel) and not re.search(r"\w(?:ed|ent|id|ave|ut|ook|ade|ght)\b", rel):
            return None
        if im:
            tail = text[b + im.end():]
            tail = re.split(r"[,;]\s|\.$", tail)[0]
            tail = _WHEN_TAIL.sub("", phrases.COUNT_WHEN.sub("", tail))
            # ("Today, USAID Administrator Mark Green announced $1 million in ...": the lead is no part of who did)
            told = re.sub(r"^(?:today|yesterday|tonight),\s", "", rel, flags=re.I)
            told = _SPELT_OUT_BODY.sub(r"\g<abbr>", told)
            return phrases.tidy(f"amount of {_WHEN_TAIL.sub('', im.group(1))} {told}{tail}"), when
        if rel.startswith(("well as ", "as well as ")):
            # "the President announced a disbursement ..., as well as the intent to provide $5 million from USAID":
            # what the sentence's subject means to do
            aim = _AIM.search(rel)
            subj = _named_subject(text) if aim else None
            if not aim or not subj:
                return None
            rel = f"{subj} {_AIMS[aim.group(1)]} {aim.group(2)}"
        return phrases.tidy(f"amount {rel}{rest}"), when
    if kind == "pct":
        om = re.match(r"\sof\s([^,;:()]+?)(?=(?:\s(?:in|during|for|between|by|over|since)\s(?:the\s)?(?:19|20)\d\d)|"
                      r"[,;:.]|\s\(|$)", text[b:hi] + ".")
        won = re.search(r"\b(?:won|wins|has\swon)\s(?:the\s)?(?:[\w-]+\s){0,3}(?:election|elections|vote|run-?off|poll|"
                        r"race)\s(?:with\s)?(?:a\s|an\s)?(?:\w+\s)?(?:victory|win|majority|landslide|mandate)?\s?"
                        r"(?:of|with)\s$", pre)
        if not om and won:
            # "Mahmoud Ahmadinejad, Tehran's mayor, has won the Iranian presidential election with a landslide of
            # 61.8%": the winner's share of the vote
            winner = _subject_np(phrases.strip_lead(text)[0])
            return (f"share of the vote won by {winner}" if winner else None), when
        if not om:
            return _poll_share(pre, text[b:hi]), when
        np = om.group(1).strip()
        pos = phrases.POSSESSIVE_PRONOUN.match(np)
        if pos:
            owner = phrases.possessor_before(text[:a])
            if not owner:
                return None
            np = f"{owner}'s {np[pos.end():].strip()}"
        np = phrases.resolve_pair(np, pair)
        if re.search(r"\b(?:victory|win|majority|landslide|mandate)\s(?:of|with)\s$", pre) and "vote" in np:
            # "X has been elected ... with a landslide victory of 58.45% of the popular vote": X's share
            winner = _subject_np(phrases.strip_lead(text)[0])
            return (f"share of {np} won by {winner}" if winner else None), when
        voter = VOTE_WINNER.search(pre) or ELECTION_WINNER.search(pre)
        if voter and "vote" in np:
            # "Election officials announced Friday that Mr. Jammeh had won with 72 percent of the vote", "Darboe
            # took 17 percent of the vote": the candidate's share, whatever frame reports it
            whole = _NEXT_CLAUSE.split(np, maxsplit=1)[0]  # "of the total vote and won 14 out of 15 counties"
            # ("The Conservatives got 43.4%": the article's "The" is the name's determiner, lower-case mid-phrase)
            return f"share of {whole} won by {phrases.lower_start(voter.group('who'))}", when
        if SHARE_VERBS.search(pre):
            subj = _subject_np(phrases.strip_lead(text)[0])
            return (f"share of {np} accounted for by {subj}" if subj else None), when
        words = rel.split()
        if len(words) < 2:
            return None
        if re.match(r"[a-z]+ed\s(?:the|a|an|this|that|these|its|their|more)\b", rel):
            # "share of global emissions underscored the need for more countries ...": a verb with its object
            # and no subject of its own reads as no English; the sentence with a gap is safer
            return None
        if words[-1].lower() in ("in", "on", "for", "to", "from", "with", "at"):
            return phrases.tidy(f"share of {np} {words[-1].lower()} which {' '.join(words[:-1])}"), when
        return phrases.tidy(f"share of {np} {rel}"), when
    if kind == "count" and h["np"] in ("kilometres", "kilometers", "km", "miles") and (dist := re.match(
            r"(?i:(?:\s\([^)]*\))?\s(?:(?:north|south|east|west)(?:-?(?:east|west))?\s)?(?:of|from)\s)"
            r"(?:[A-Z][\w-]*['’]s\s)?(?:(?:the\s)?(?:capital|city|town)(?:\sof)?\s)?((?:the\s)?[A-Z][\w-]*"
            r"(?:\s[A-Z][\w-]*)*)", text[b:])):
        # "The epicenter was registered 95 kilometres (59 miles) north-east of Rome": how far from Rome
        where = _subject_np(phrases.strip_lead(text)[0])
        if not where and (thing := re.search(r"\b(earthquake|quake|epicent(?:er|re)|explosion|blast|crash)\b",
                                             text[:a], re.I)):
            where = f"the {thing.group(1).lower()}"  # "The magnitude 6.4 quake struck approximately 70km north of"
        return (f"distance of {phrases.lower_start(where)} from {dist.group(1)}" if where else None), when
    if kind == "count" and h["np"].startswith(("square ", "cubic ")):
        # "China has occupied 38,000 square kilometers of territory in Kashmir": the area of the territory
        of_np = re.match(r"\sof\s([^,;:]+?)(?=\s(?:that|which|who)\b|[,;:.]|$)", text[b:])
        if of_np and rel and phrases.has_verb(rel) and not phrases.PRONOUN.match(rel):
            return phrases.tidy(f"area of {of_np.group(1)} {rel}"), when
        return None
    if kind == "count":
        np = h["np"]
        won_votes = VOTES_WON.search(pre) if np == "votes" else None
        if won_votes:
            # "The commission said Akufo-Addo won 6.7 million votes ... while Mahama garnered 6.2 million votes":
            # each candidate's own count ("number of votes while Mahama garnered" read as no English)
            return f"number of votes won by {won_votes.group(1)}", when
        if np == "votes" and re.search(r"\s\(\s*$", before):
            # "58.45% of the popular vote (7,658,724 votes)": the same side's votes, counted
            for o in reversed(hits):
                share = re.match(r"share of (?:the )?(?:[\w-]+ )?votes? (.+)$", (o.get("phrase") or ("",))[0] or "")
                if o["b"] <= a and share:
                    return f"number of votes {share.group(1)}", when
        if not rel.strip() or start_rel >= a:
            vp = rest.strip()
            pm2 = re.match(r"(?:were|was|have been|had been|has been|are|is)\s(\w+ed|\w+en|made|held|sold|built|"
                           r"sent|paid|lost|won)\b(.*)", vp)
            if pm2:
                return phrases.tidy(phrases.count_phrase(np, pm2.group(1) + pm2.group(2), passive=True,
                                                         subject_first=True)), when
            if vp and len(vp.split()) >= 2:
                return phrases.tidy(phrases.count_phrase(np, vp, subject_first=True)), when
            return None
        tm2 = re.search(r"(?:^|\b(?:after|before|during|following|in)\s)((?:[\w-]+\s){1,3})(?:that|which)\s(\w+)$", rel)
        if tm2:
            return phrases.tidy(phrases.count_phrase(np, f"the {tm2.group(1).strip()} {tm2.group(2)}")), when
        # (a count that is a preposition's object: "signed a Joint Declaration in London on 100 years of bilateral
        # relations" would read "years ... signed ... on of bilateral relations")
        if len(rel.split()) < 2 or rel.split()[-1].lower() in {"of", "in", "at", "from", "by", "and", "or", "within",
                                                                "on", "about"}:
            return None
        if not phrases.has_verb(rel):
            return None
        if re.match(r"[A-Z][a-z]+\s[a-z]", rel) and rel.split()[0].lower() not in phrases.DETERMINERS and \
                not lexicon().country(rel.split()[0]):
            return None  # "Major export deal sustains 4,000 UK jobs": a summary line without its article
        pp = re.match(r"\s([a-z]+ed\s(?:by|in|from|with)\s[^,;]+)$", rest)
        if pp:
            return phrases.tidy(f"number of {np} {pp.group(1)} that {rel}"), when
        if listed:
            # "will help deliver approximately 2,500 metric tons of rice, peas, and vegetable oil": what is counted
            # is the whole list's, before the clause ("... deliver of rice" was round 23's false key)
            core = re.sub(r",\s[^,]{2,60},\s", " ", rel)  # "The new funding, provided to the WFP, will help"
            return phrases.tidy(phrases.count_phrase(f"{np}{listed.group(0)}", core)), when
        if _SUBJECTLESS.match(rel):
            # "He was toppled ..., but has run for the presidency four times": the verb's subject is the sentence's;
            # a pronoun's no question can name ("the number of times has run" is no English either)
            subj = _named_subject(text)
            if not subj:
                return None
            rel = f"{subj} {rel}"
        return phrases.tidy(phrases.count_phrase(np, rel + rest)), when
    if kind == "ordinal":
        noun = h["noun"]
        after = re.match(rf"((?:\s[\w-]+)*?)\s{re.escape(noun)}\b", text[b:])
        if not after:
            return None
        mods = [w for w in after.group(1).split() if w.lower() not in ("such",)]
        np = " ".join(mods + [h["unit"]])
        tail = re.split(r"[,;]\s|\.$", text[b + after.end():])[0]
        tail = phrases.COUNT_WHEN.sub("", tail).rstrip()
        tail = re.sub(r"^\s(?:since|after|before)\s(?:he|she|they|it)\b.*", "", tail)
        tail = phrases.resolve_pair(tail, pair)
        rel = rel_det
        if noun == "time" and re.search(r"\bfor the\s$", pre):
            r2 = re.sub(r"\s(?:for the)$", "", rel)
            if len(r2.split()) >= 2 and not phrases.PRONOUN.match(r2.split()[0]):
                return phrases.tidy(phrases.count_phrase("times", r2)), when
            return None
        om = re.search(r"^(.*\S)\s(?:his|her|its|their)$", rel)
        if om and len(om.group(1).split()) >= 2 and not phrases.PRONOUN.match(om.group(1).split()[0]):
            return phrases.tidy(phrases.count_phrase(np, om.group(1) + tail)), when
        cm2 = re.search(r"^(.*?)\s(?:is|was|are|were|became|becomes)\sthe$", rel)
        if cm2 and cm2.group(1).strip():
            return phrases.tidy(f"number of {np}{tail}"), when
        return None
    return None
