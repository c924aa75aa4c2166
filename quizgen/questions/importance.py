"""How central each fact is to its story: what a teacher's quiz asks first, and what it leaves out.

A news story has a heart (who met whom in what office, what was agreed between whom, the headline
figure, the date of the main event) and a margin (people named once in passing, a currency
conversion, the same count three times over, background). The signals are the ones an editor
reads: the headline, the lead, how often and by how many sources a fact is stated, whether it
involves the story's main actors; and the marks of the margin. Each signal adds or takes a weight
from the table below and names itself, so the rank can be explained (``quizgen questions --format
json`` shows the reasons).

Everything is computed once per deck in one pass over its facts and sources (no pairwise scans),
so ranking stays linear on a 10,000-fact deck.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..english import FORMER_ROLE
from ..files import UnreadableFile, read_regular_file
from ..gazetteer import gazetteer
from ..model import Agreement, DateFact, Deck, Fact, Figure, Leader, Quote
from ..text import fold, normalize_quote
from .numbers import is_bound
from .perdeck import per_deck

CONVERSION = "a conversion of another figure"
ROUNDING = "a rounding of another figure"
# Weights, as data: each signal's share of a fact's importance (0..1 after clamping).
BASE = {"agreement": 0.55, "leader": 0.45, "date": 0.45, "figure": 0.40, "quote": 0.45}
WEIGHTS = {
    "in the headline": 0.25,
    "partly in the headline": 0.10,
    "in the lead": 0.20,
    "early in the article": 0.10,
    "stated by several sources": 0.10,
    "stated more than once": 0.05,
    "involves the main actors": 0.10,
    "world-famous leader (general knowledge)": -0.80,
    "named once in passing": -0.25,
    "the release's author (its byline)": 0.25,
    "background (a former or late office-holder)": -0.20,
    CONVERSION: -0.40,
    ROUNDING: -0.40,
    "the same measure as a more central figure": -0.30,
    "a running total": -0.15,
    "a trivial count": -0.50,
    "background (the size of a body or the length of a meeting)": -0.35,
    "background (how long ties have lasted)": -0.35,
    "a baseline (the value before the change)": -0.35,
    "background (long before the story)": -0.20,
    "background (a person's life before the story)": -0.40,
    "background (a population or a person's age)": -0.35,
    "a caption or fragment": -0.25,
}
_MAX_SOURCE = 20 * 1024 * 1024
_LEAD_SENTENCES = 3
_STOP = frozenset(
    "a an the of in on at to for and or but with by from as is was were be been are its his her their "
    "this that these those it he she they we our has have had will would said says new after before over "
    "than into about more most two three one".split())
_RUNNING_TOTAL = re.compile(r"\b(so far|to date|in total|cumulative(ly)?|altogether|since the start)\b", re.I)
# An amount right after another amount, in brackets: "$3.5 billion (approximately €3.2 billion)".
_CONVERSION = re.compile(r"\d[\d.,]*\s*(?:billion|million|trillion|thousand|bn|mn|m|k)?\s*(?:[A-Za-z]{2,12})?\s*"
                         r"\((?:approximately |about |around |roughly |some |or |equivalent to |~)?"
                         r"[$€£¥]?\s?\d[^)]*\)")
# Units whose small values are real measures, not counts of things named in the story.
_MEASURES = frozenset({"%", "usd", "eur", "gbp", "jpy", "cny", "rub", "inr", "percent", "points", "basis points",
                       "years", "degrees", "c", "km", "tonnes", "barrels"})
# A byline line: a name, a comma and an office, nothing else ("The Hon Scott Morrison MP, Prime Minister").
_BYLINE = re.compile(r"^[^,;:]{3,60},\s[A-Z][^,.;:]{2,60}$")
# "The Foreign Secretary Dominic Raab said:": the line that introduces a release's quotation, no caption
_SPEAKER_LINE = re.compile(r"\b(?:said|says|added|commented|stated)\s?:\s*$")
_SIGNED = re.compile(r"\bsign(?:ed|s|ing)?\b|\bsignator(?:y|ies)\b", re.I)
# ("collapsed from 14.1% in 2015 to 2.1% in 2017": the old value of a change is its starting point, not the news)
_BASELINE = re.compile(r"\b(?:up|down|rising|falling|rose|fell|increased|decreased|collapsed|grew|dropped|declined|"
                       r"jumped|climbed|surged|plunged|slumped|soared|went|changed|moved)\s+(?:[a-z]+ly\s+)?"
                       r"from\s+(?:about\s+|around\s+)?$"
                       r"|\bcompared\s+(?:with|to)\s+$", re.I)
_LIFE = re.compile(r"\b(?:was born|were born|grew up|was educated|graduated|studied|married|joined the)\b", re.I)
_STANDING = re.compile(r"\b(?:population|inhabitants|who live in|live in|living in)\b|^age of\b")
_SIZE_OR_LENGTH = re.compile(r"\b\w+-(?:nation|member|country|state|day|week|hour)\b|\bmember[- ](?:nations|states|"
                             r"countries)\b", re.I)
# "have enjoyed a strong diplomatic relationship for more than 200 years": how long ties have lasted, the
# setting of a story, not its news (round 44's rater: BAD, trivia beside the aid figures left unasked)
_TIES_LASTED = re.compile(r"\b(?:relations?|relationship|ties|friendship|partnership|alliance)\b", re.I)
_FOR_YEARS = re.compile(r"\bfor\s(?:(?:more\sthan|over|nearly|almost|some|about|around)\s)?[\w-]+\syears\b", re.I)
_MEETING = re.compile(r"\b(?:summit|meeting|talks|visit|conference|session|forum|trip|tour)\b|\bits\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z“\"(])")


@dataclass(frozen=True, slots=True)
class Importance:
    """A fact's weight in its story, 0..1, and the signals that gave it (for the reader of a rank)."""

    score: float
    reasons: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {"score": round(self.score, 3), "reasons": list(self.reasons)}




@per_deck
def rank_facts(deck: Deck) -> dict[str, Importance]:
    """Importance of every fact of ``deck`` that questions can be asked about, by fact id.

    Kept per deck object (the quiz, the exports and `questions` may ask again for the same deck), and
    across runs beside the deck cache (quizgen/deckcache.py: keyed by the deck's and its articles' bytes
    and quizgen's files), so a quiz on a large deck does not rank its facts again every time it opens.
    """
    from .. import deckcache

    stored = deckcache.load_derived("importance", (deck,), None)
    if type(stored) is dict:
        try:
            return {fact_id: Importance(score, reasons) for fact_id, (score, reasons) in stored.items()}
        except (TypeError, ValueError):  # a shape this code does not write: rank again
            pass
    story = _Story(deck)
    out = {f.id: story.importance(f) for f in deck.known_facts()}
    deckcache.save_derived("importance", (deck,), None,
                           {fact_id: (imp.score, imp.reasons) for fact_id, imp in out.items()})
    return out


class _Story:
    """What the whole deck and its articles say, gathered once: headline words, lead, actors, counts."""

    def __init__(self, deck: Deck) -> None:
        titles = [deck.title, *(s.title for s in deck.sources)]
        self.headline = fold(" ".join(titles))
        self.texts = _article_texts(deck)
        # Where each sentence starts, per source: a quote's place in its article is then one look-up (and a
        # bisection when it starts mid-sentence), never a re-scan of the text before it for every fact.
        self.breaks = {sid: [m.end() for m in _SENTENCE_END.finditer(text)] for sid, text in self.texts.items()}
        self.sentence_at = {sid: {text[a:b].strip(): i for i, (a, b) in enumerate(
            zip([0, *ends], [*ends, len(text)], strict=True))} for (sid, text), ends in
            zip(self.texts.items(), self.breaks.values(), strict=True)}
        published = [s.published for s in deck.sources if s.published]
        self.published = max((p.iso() for p in published), default=None)
        facts = deck.known_facts()
        # How many distinct sentences of the deck mention each actor (people by surname, places): each
        # sentence's word runs are counted once, so this is linear in the deck's text. Only actors are
        # ever looked up, so only they are counted (no table of every word run of a large deck).
        actors = {a for f in facts for a in _actors(f)}
        self.actor_mentions: Counter[str] = Counter()
        for quote in {fold(c.quote) for f in facts for c in f.sources}:
            self.actor_mentions.update(actors.intersection(_ngrams(quote)))
        # How often each word run occurs in the articles: a surname seen once is a passing mention
        # (only leaders' surnames are looked up, so only they are counted).
        surnames = {_surname(fold(f.name)) for f in facts if isinstance(f, Leader)}
        # An office one person of the deck holds is that person when the article writes it as a name, with "the"
        # ("The Foreign Secretary signed the agreement ..."; "Secretary of State Antony Blinken" names him once):
        # such offices of two words are counted as mentions too.
        holders: Counter[str] = Counter(fold(f.role) for f in facts if isinstance(f, Leader))
        self.sole_offices = {f"the {r}" for r, n in holders.items() if n == 1 and len(r.split()) == 2}
        counted = surnames | self.sole_offices
        self.article_mentions: Counter[str] = Counter()
        for text in self.texts.values():
            self.article_mentions.update(r for r in _ngrams(fold(text), distinct=False) if r in counted)
        self.signing_sources = {c.source for f in facts if isinstance(f, Agreement) and f.date for c in f.sources}
        top = sorted((self.actor_mentions[a] for f in facts for a in set(_actors(f))), reverse=True)
        self.main_threshold = max(2, top[min(2, len(top) - 1)]) if top else 2
        # Figures that measure the same thing ("trade in 2022" in dollars and in euros): the first stated wins.
        self.figure_groups: dict[str, list[Figure]] = defaultdict(list)
        # Each article's positive figures by unit, sorted by value: a figure's near neighbours are then a
        # bisection away (comparing every pair was quadratic in a large deck's figures)
        told: dict[tuple[str, str], list[tuple[float, int]]] = defaultdict(list)
        for f in facts:
            if isinstance(f, Figure):
                self.figure_groups[_measure_key(f)].append(f)
                if f.value > 0:
                    told[(f.sources[0].source, fold(f.unit))].append((float(f.value), _significant(f.value)))
        self.figures_told = {key: sorted(values) for key, values in told.items()}
        famous = [fold(n) for k in gazetteer().leaders if k.famous for n in (k.name, *k.aliases)]
        # by full name, surname, and a two-word name's first word ("Xi" of Xi Jinping: family name first)
        self.famous = set(famous) | {_surname(n) for n in famous} | {n.split()[0] for n in famous
                                                                    if len(n.split()) == 2}

    # -- one fact --------------------------------------------------------------------------------
    def importance(self, fact: Fact) -> Importance:
        reasons: list[str] = []
        reasons += self._headline(fact)
        reasons += self._position(fact)
        distinct_sources = {c.source for c in fact.sources}
        if len(distinct_sources) > 1:
            reasons.append("stated by several sources")
        elif len(fact.sources) > 1:
            reasons.append("stated more than once")
        if any(self.actor_mentions[a] >= self.main_threshold for a in _actors(fact)):
            reasons.append("involves the main actors")
        reasons += self._margin(fact)
        score = BASE.get(fact.kind, 0.4) + sum(WEIGHTS[r] for r in reasons)
        return Importance(min(1.0, max(0.0, score)), tuple(reasons))

    def _rounds_another(self, fact: Figure) -> bool:
        """A figure within a tenth of a more precise one of the same unit in the same article: its rounding."""
        if fact.value <= 0:
            return False
        told = self.figures_told.get((fact.sources[0].source, fold(fact.unit)), [])
        value, digits = float(fact.value), _significant(fact.value)
        # a bound or an estimate ("nearly £40 million", "more than 400") may cut as well as round; a plain figure
        # only rounds (Labour's 41.0% is no rounding of its 41.9% in England: rounded, that is 42%)
        approximate = is_bound(fact.text)
        # |other - value| <= other / 10  <=>  value / 1.1 <= other <= value / 0.9
        at = bisect_left(told, (value / 1.1 * (1 - 1e-12), -1))
        for other, other_digits in told[at:]:
            if other > value / 0.9 * (1 + 1e-12):
                break
            if digits < other_digits and abs(other - value) <= 0.1 * other and (
                    approximate or _to_digits(other, digits) == value):
                return True
        return False

    def _headline(self, fact: Fact) -> list[str]:
        if isinstance(fact, Agreement) and len(_content_words(fold(fact.what))) >= 2 and _has_word(
                self.headline, fold(fact.what)):
            return ["in the headline"]  # "..., Signs Memorandum of Understanding": the agreement is the story
        terms = _headline_terms(fact)
        if not terms:
            return []
        hits = sum(1 for t in terms if _has_word(self.headline, t))
        if hits == len(terms) or hits >= 2:
            return ["in the headline"]
        return ["partly in the headline"] if hits else []

    def _position(self, fact: Fact) -> list[str]:
        best: int | None = None
        for c in fact.sources:
            text = self.texts.get(c.source)
            if not text:
                continue
            # (counted as breaks strictly before the quote's start, the break that ends right at it left out)
            quote = normalize_quote(c.quote)
            whole = self.sentence_at[c.source].get(quote)
            if whole is not None:
                sentence = max(0, whole - 1)
            else:  # a quote that is part of a sentence, or spans two
                at = text.find(quote)
                if at < 0:
                    continue
                sentence = bisect_left(self.breaks[c.source], at)
            best = sentence if best is None else min(best, sentence)
        if best is None:
            return []
        if best < _LEAD_SENTENCES:
            return ["in the lead"]
        return ["early in the article"] if best < 2 * _LEAD_SENTENCES else []

    def _margin(self, fact: Fact) -> list[str]:
        out: list[str] = []
        quote = " ".join(c.quote for c in fact.sources)
        if isinstance(fact, Leader):
            name = fold(fact.name)
            if name in self.famous or (len(_surname(name)) >= 4 and _surname(name) in self.famous):
                out.append("world-famous leader (general knowledge)")
            surname = _surname(name)
            mentions = self.article_mentions[surname] if self.texts else self.actor_mentions[surname]
            if self.texts and f"the {fold(fact.role)}" in self.sole_offices:
                mentions += self.article_mentions[f"the {fold(fact.role)}"]
            byline = any(_BYLINE.match(c.quote.strip()) and fact.name in c.quote for c in fact.sources)
            # "signed the agreement with the Georgian Minister of Foreign Affairs David Zalkaliani": a signatory of
            # the story's dated agreement is one of its actors, however often the article names them
            signed = any(c.source in self.signing_sources and _SIGNED.search(c.quote) for c in fact.sources)
            if byline:
                # "Antony J. Blinken, Secretary of State" over a release told as "I": its author is its actor
                out.append("the release's author (its byline)")
            elif mentions <= 1 and not signed and not _has_word(self.headline, surname):
                out.append("named once in passing")
            role = fact.role.strip()
            if FORMER_ROLE.match(role) or role.lower().startswith(("founder", "co-founder")):
                out.append("background (a former or late office-holder)")
        elif isinstance(fact, Figure):
            group = self.figure_groups[_measure_key(fact)]
            if _is_conversion(fact, quote):
                out.append(CONVERSION)
            elif self._rounds_another(fact):
                # "UK announces nearly £40 million" in the headline of "£37.65 million in UK humanitarian funding":
                # the same sum again, rounder (round 32: asked twice, the second given away by the first)
                out.append(ROUNDING)
            elif len(group) > 1 and group[0] is not fact:
                out.append("the same measure as a more central figure")
            if _RUNNING_TOTAL.search(quote):
                out.append("a running total")
            if 0 < fact.value <= 2 and fold(fact.unit) not in _MEASURES:
                out.append("a trivial count")  # "either of our two countries", "both leaders"
            if any(_BASELINE.search(c.quote, 0, max(0, c.quote.find(fact.text))) for c in fact.sources
                   if fact.text in c.quote):
                out.append("a baseline (the value before the change)")  # "up to 60% - up from 14% today"
            elif _STANDING.search(fold(fact.what)) or fold(fact.unit) in ("years old", "year old"):
                # "some 30 million people live in Nepal", "Komorowski, 58": what the place or person is, not
                # what happened (raters, rounds 8, 10, 13: trivia beside the story's figures)
                out.append("background (a population or a person's age)")
            elif self.published and _told_of_the_past(quote, int(self.published[:4])):
                # "In October 2005, ... more than 75,000 people were killed in an earthquake" in a story of 2008:
                # an earlier event's figure (round 22: three of a quake story's five questions were past quakes')
                out.append("background (long before the story)")
            elif fold(fact.unit) == "years" and _TIES_LASTED.search(quote) and _FOR_YEARS.search(quote):
                out.append("background (how long ties have lasted)")
            elif _SIZE_OR_LENGTH.search(fact.text) or (fold(fact.unit) in ("days", "hours")
                                                        and _MEETING.search(quote)):
                # "the 53-nation body", "ASEAN's 10 member-nations", "during its three days": what the
                # body or the summit is, not what happened at it
                out.append("background (the size of a body or the length of a meeting)")
        elif isinstance(fact, DateFact) and self.published:
            if _LIFE.search(fact.event):
                # "Mr Stevens was born in Sydney in 1958": a profile's line, not the news (round 18)
                out.append("background (a person's life before the story)")
            elif fact.date.year < int(self.published[:4]) - 1:
                out.append("background (long before the story)")
        if not re.search(r"[.!?\"”’)]\s*$", quote.strip()) and len(quote.split()) < 12 and not (
                isinstance(fact, Leader) and "the release's author (its byline)" in out) and not _SPEAKER_LINE.search(
                quote):
            out.append("a caption or fragment")
        return out


_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b(?![-–/]\d)")
# ("since 1994", "since the war in 2011", "since the 2011 revolution")
_SINCE = re.compile(r"\b(?:[Ss]ince|from)\s(?:the\s[\w\s]{0,40}\sin\s|the\s)?(?:1[5-9]|20)\d\d\b")
_THIS_YEAR = re.compile(r"\b(?:this|next)\syear\b", re.I)
_YEARS_AGO = re.compile(r"\b(?:[3-9]|\d{2,3}|three|four|five|six|seven|eight|nine|ten|[a-z]+ty(?:-[a-z]+)?)\s"
                        r"years\sago\b", re.I)


def _to_digits(value: float, digits: int) -> float:
    """``value`` rounded to ``digits`` significant digits: 37,650,000 to one is 40,000,000."""
    return float(f"{value:.{digits}g}")


def _significant(value: float) -> int:
    """How many significant digits a value is written with: 37,650,000 has four, 40,000,000 one."""
    return len(f"{abs(value):.12g}".replace(".", "").replace("-", "").strip("0")) or 1


def _told_of_the_past(quote: str, year: int) -> bool:
    """Whether a sentence tells of a time more than two years before the story's: every year it names is, or it
    counts years back ("Seventy-three years ago"). A figure of the latest period ("5 per cent in 2011-12" in a
    story of 2013) is no background."""
    # ("since 1994", "from 2000": a period that runs to the story's day, not a time before it; "This year, ...
    # at least $100 million ..., which would bring our total support since the 2011 revolution to ...": now)
    if _THIS_YEAR.search(quote):
        return False
    if _SINCE.search(quote):
        return bool(_YEARS_AGO.search(quote))
    years = [int(y) for y in _YEAR.findall(quote)]
    return bool(_YEARS_AGO.search(quote)) or (bool(years) and all(y < year - 2 for y in years))


def _article_texts(deck: Deck) -> dict[str, str]:
    """Each source's text (normalised like quotes), where it can be read; ranking works without it."""
    if not deck.path:
        return {}
    base = Path(deck.path).parent
    out: dict[str, str] = {}
    for s in deck.sources:
        try:
            raw = read_regular_file(base / s.path, _MAX_SOURCE, "source")
        except UnreadableFile:
            continue
        out[s.id] = normalize_quote(raw.decode("utf-8", errors="replace"))
    return out


def _ngrams(folded: str, *, distinct: bool = True, longest: int = 3) -> list[str]:
    """Word runs of one to ``longest`` words ("north korea"), each once per text when ``distinct``."""
    words = re.findall(r"\w+", folded)
    runs = list(words)
    for n in range(2, longest + 1):  # (zip of shifted lists: the same runs, in the same order, faster)
        runs += map(" ".join, zip(*(words[k:] for k in range(n)), strict=False))
    return list(set(runs)) if distinct else runs


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\w$%€£]+", text) if w not in _STOP and len(w) > 2}


def _has_word(folded_text: str, folded_term: str) -> bool:
    # (a plain substring test first: no pattern to compile for the many terms that are not there at all)
    return bool(folded_term) and folded_term in folded_text and whole_word(folded_term).search(folded_text) is not None


@functools.lru_cache(maxsize=1 << 14)
def whole_word(term: str) -> re.Pattern[str]:
    """``term`` with no word character on either side, compiled once per term: re's own cache (512
    patterns) is far smaller than the names and places of a large deck, which it would compile again
    for every question."""
    return re.compile(r"(?<!\w)" + re.escape(term) + r"(?!\w)")


def _actors(fact: Fact) -> list[str]:
    """The people and places a fact is about, folded (a person by surname: how articles repeat them)."""
    if isinstance(fact, Leader):
        return [_surname(fold(fact.name))]
    if isinstance(fact, Agreement):
        return [fold(p) for p in fact.parties]
    if isinstance(fact, Quote):
        return [_surname(fold(fact.speaker))]
    return []


def _surname(folded_name: str) -> str:
    """How an article repeats a person: the last name ("putin"), or the whole name when that is short
    ("kim jong un": "un" alone would match too much)."""
    parts = folded_name.split()
    if not parts:
        return folded_name
    return parts[-1] if len(parts[-1]) >= 4 or len(parts) == 1 else " ".join(parts[-3:])


def _headline_terms(fact: Fact) -> list[str]:
    if isinstance(fact, Leader):
        return _actors(fact)
    if isinstance(fact, Agreement):
        return [fold(p) for p in fact.parties]
    if isinstance(fact, Figure):
        return [fold(fact.text)] + sorted(_content_words(fold(fact.what)))[:3]
    if isinstance(fact, DateFact):
        return sorted(_content_words(fold(fact.event)))[:4]
    return []


def _measure_key(fact: Figure) -> str:
    """What a figure measures, without its unit's words: "trade 2022" for dollars and euros alike."""
    words = _content_words(fold(fact.what)) - {fold(fact.unit)}
    when = fold(fact.when or "")
    return " ".join(sorted(words)) + "|" + when


def _is_conversion(fact: Figure, quote: str) -> bool:
    """Written in brackets after another amount: "$3.5 billion (3.2 billion euros)"."""
    text = fact.text.strip()
    return any(text in m.group(0)[m.group(0).index("("):] for m in _CONVERSION.finditer(quote))
