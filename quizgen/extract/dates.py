"""Dates: events the article pins to a calendar date, at the precision written.

"on Wednesday" is resolved against the publication date (the latest such weekday on or before it,
or the next one for planned events), "in October" takes the publication year, "last month" the month
before. Years that only date a figure ("$123.86 billion in 2022"), targets ("by 2030"), ranges
("between 2019 and 2024"), clock times and anything inside quotation marks are not events.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from ..english import BASE_VERBS, PAST_TO_BASE, has_verb, past_of
from ..text import trie_pattern, word_starts
from . import phrases
from .article import MONTHS
from .data import event_nouns, lexicon, national_events, release_framing
from .entities import NOT_NAME, countries_in
from .facts import Fact, Quote, content_words, slug
from .sentences import Sentence

WEEKDAY_NUM = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
MONTH_RX = ("January|February|March|April|May|June|July|August|September|October|November|December|"
            "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
PAST = re.compile(r"\b(?:was|were|had|did|said|\w{3,}ed)\b")
SAID = re.compile(r"\b(?:said|says|told|added|wrote|noted|tweeted)(?: \w+)? $")
FUTURE = re.compile(r"\b(will|would|is due to|are due to|is expected|are expected|plans? to|is set to|"
                    r"are set to|is scheduled to|next|"
                    # the present progressive of a plan: "leaders are arriving for a summit starting Sunday"
                    r"(?:is|are|am)\s(?:now\s|already\s)?(?!being\b)[a-z]{2,}ing)\b", re.I)
# What is still to come when the month is named: "agreed to hold the first meeting ... in October",
# "looked forward to welcoming him to the G7 in May", "ahead of the summit in July": the action of an
# infinitive, a looking forward or an "ahead of" follows the (past) verb of the sentence, with no past
# verb of its own before the month.
INFINITIVE_AHEAD = re.compile(r"\b(?:to\s(?!the\b|a\b|an\b|their\b|his\b|her\b|its\b)[a-z]+(?<!ed)|"
                              r"forward\sto\s[a-z]+ing|ahead\sof|upcoming|forthcoming)\b"
                              r"(?![^.;]*\b(?:was|were|had|did|[a-z]{3,}ed)\b)[^.;]*$")
# A past verb of planning before a bare month the infinitive's action owns: the agreeing was not then.
PLANNED = re.compile(r"\b(?:agreed|decided|planned|pledged|promised|vowed|committed|hoped|intended|looked forward)\s"
                     r"(?:\w+\s){0,2}?to\s[a-z]+(?![^.;]*\b(?:was|were|had|did|[a-z]{3,}ed)\b)[^.;]*$")
# "to hold the first high level meeting between X and Y in October": the meeting is the dated event
HELD = re.compile(r"\bto\s(?:hold|host|convene|stage|organi[sz]e)\s((?:the|a|an)\s[^.;]+?)\s(?:in|on|at)?\s*$")
# "Vilsack, who met Cuba's vice-president in November, will travel ...": a past verb of meeting or signing
# a few words before the month owns it (not after "be": "is expected to be signed in May" is ahead)
PAST_CLAUSE = re.compile(r"(?<!\bbe\s)(?<!\bbeen\s)\b(?:met|signed|visited|held|announced|agreed|launched|"
                         r"opened|hosted|travell?ed)(?:\s+[\w'’.-]+){0,4}(?:\s+in)?\s*$")
# the present tense of a timetable right before the day: "takes office on Monday", "takes effect on Sunday"
SCHEDULED = re.compile(r"\b(?:takes office|takes effect|comes into force|is sworn in|begins|starts|opens|"
                       r"arrives|resumes|expires|"
                       # a timetable's participle: "a two-day summit, starting Sunday", "talks opening on Monday"
                       r"starting|beginning|opening|resuming|taking place|taking effect|coming into force)"
                       r"\s+(?:on\s+)?$")
# the first day of a span written before the last day's date: "from 24 to 27 July", "22 and 23 January 2013"
DAY_SPAN = re.compile(r"\b(?:(?:[Oo]n|[Ff]rom)\s)?(\d{1,2})(?:st|nd|rd|th)?\s?(?:to|until|-|–|and)\s?$")
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "November 29-30, 2023", "January 22 and 23, 2013": a span of days starts on its first
    ("mdy", re.compile(rf"\b(?:on )?({MONTH_RX})\.? (\d{{1,2}})(?:st|nd|rd|th)?(?:\s?(?:-|–|and|to)\s?\d{{1,2}}"
                       rf"(?:st|nd|rd|th)?)?,? (\d{{4}})\b")),
    ("dmy", re.compile(rf"\b(?:on )?(\d{{1,2}})(?:st|nd|rd|th)? ({MONTH_RX})\.?,? (\d{{4}})\b")),
    ("num", re.compile(r"(?<![\d.:])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])")),
    ("iso", re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])")),
    ("my", re.compile(rf"\b(?:in |since |from |until )?({MONTH_RX}) (\d{{4}})\b")),
    ("md", re.compile(rf"\b(?:[Oo]n )?({MONTH_RX})\.? (\d{{1,2}})(?:st|nd|rd|th)?\b(?!,? \d)")),
    ("dm", re.compile(rf"\b(?:[Oo]n )?(\d{{1,2}})(?:st|nd|rd|th)? ({MONTH_RX})\b(?!\.?,? \d)")),
    ("m", re.compile(rf"\b(?:in|In|since|until|by|early|late|mid-|last|Last) ?({MONTH_RX})\b(?!\.? \d)")),
    ("y", re.compile(r"\b(in|In|during|During) ((?:1[0-9]|20)\d\d)\b(?![-/]\d)")),
    # "Seventy-three years ago Quetta was almost completely destroyed": the year counted back from the article's
    ("ago", re.compile(r"\b(\d{1,3}|[A-Za-z]+(?:-[a-z]+)?) years ago\b")),
    ("ya", re.compile(r"\b(?:[Aa]|[Aa]n|[Tt]he|its|their) ((?:1[0-9]|20)\d\d) ([a-z]+)\b")),
    ("wd", re.compile(r"\b(?:on|On|last|Last|next|Next|this|This)? ?"
                      r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                      r"(['’]s|(?: (?:morning|afternoon|evening|night))?)\b")),
    ("rel", re.compile(r"\b(yesterday|Yesterday|[Ll]ast night|last month|Last month|last year|Last year|"
                       r"(?<!later )this month|"
                       r"[Tt]hat (?:evening|morning|afternoon|night|day)|[Oo]n the same day|[Tt]he same day|"
                       r"[Tt]he next day|[Tt]he following day|[Tt]he day before|"
                       r"[Tt]oday|[Tt]his (?:morning|afternoon|evening)|[Tt]onight|[Ee]arlier today|"
                       r"[Tt]omorrow)\b(['’]s\b)?")),
]
FIGURE_BEFORE = re.compile(r"(?:\d[\d.,]*(?:\s(?:thousand|million|billion|trillion))?\s[a-z]+|"
                           r"\b(?:from|with|to|at|of)\s\d[\d.,]*|"
                           r"[$€£¥₹]\s?[\d.,]+\s*(?:million|billion|trillion|bn|m)?|\d+(?:\.\d+)?\s?(?:%|percent|"
                           r"per cent)|\d[\d.,]*\s*(?:million|billion|trillion)?\s*(?:euros?|dollars?|yen|yuan|"
                           r"rupees|roubles|rubles|pounds|won|pesos))(?:\s*\([^)]*\))?\s*$")


def _told_in_the_past(text: str) -> bool:
    """A past verb anywhere in the sentence, irregular ones too ("the Secretary met with ...")."""
    return bool(PAST.search(text)) or any(w in PAST_TO_BASE for w in re.findall(r"[a-z]+", text))


def _year_shift(after: str) -> int:
    """"June 24 of next year" is a year on; "of last year" a year back; else the article's year."""
    m = re.match(r",?\s(?:of\s)?(next|last)\syear\b", after)
    return 0 if not m else (1 if m.group(1) == "next" else -1)


_HALF_YEAR = 183


def _day_of_year(pub: dt.date, month: int, day: int, text: str, end: int) -> str:
    """A day written without its year ("the results of the December 29 presidential election" in an article of
    3 January 2020): the article's year, or the year before when that would put it more than half a year after
    the article (nobody reports an election eleven months ahead by its day alone), or the year after when the
    sentence tells of what is to come and the day would lie more than half a year back."""
    shift = _year_shift(text[end:])
    day_in = dt.date(pub.year + shift, month, day)
    ahead = FUTURE.search(text) or re.search(r"\bto\sbe\s[a-z]+ed\b", text)
    if not shift and (day_in - pub).days > _HALF_YEAR and not ahead:
        day_in = dt.date(pub.year - 1, month, day)
    elif not shift and (pub - day_in).days > _HALF_YEAR and ahead:
        day_in = dt.date(pub.year + 1, month, day)
    return day_in.isoformat()


def _with_weekday_and_year(text: str, a: int, b: int) -> tuple[int, int]:
    """The span of "Friday, June 24 of next year" around "June 24": the event's words lose all of it."""
    wd = re.search(r"\b(?:on\s)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s$", text[:a])
    yr = re.match(r",?\s(?:of\s)?(?:next|last)\syear\b", text[b:])
    return (wd.start() if wd else a), (b + yr.end() if yr else b)


# "Today" in a clause that states how things are ("is even more vital today", "remains important today") means
# nowadays; one that is doing something today ("is visiting Japan today", "is due to sign today") is dated.
_NOWADAYS = re.compile(r"\b(?:is|are|remains?|stays?|has become|have become|stands?|totals?|amounts?)\s"
                       r"(?!(?:\w+\s)?(?:\w+ing|expected|due|set|scheduled|to|being|going)\b)(?:[a-z$€£\d.,]+\s){0,5}$")
# "Two-way trade today stands at more than $7 billion": a state told of today, before its verb
_NOWADAYS_AFTER = re.compile(r"\s(?:stands?|is|are|remains?|totals?|amounts?|exceeds?|numbers?)\b")


# Words for the day of publication itself: a readout's "met this evening" happened that day.
_THE_DAY_ITSELF = ("today", "this morning", "this afternoon", "this evening", "tonight", "earlier today")


@dataclass(frozen=True)
class DateHit:
    """A date expression in a sentence: where it is and the ISO date it stands for."""

    start: int
    end: int
    iso: str
    how: str


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks; a quotation the sentence splitter cut (it opens here and closes in a later
    sentence, "“The EU stands by your side today more than ever before.") runs to the sentence's end, one
    that closes here without opening from its start: a speaker's "today" dates no event."""
    spans = []
    for m in re.finditer(r"\"[^\"]*\"|“[^”]*”|„[^“”]*[“”]", text):
        spans.append((m.start(), m.end()))
    opened = text.rfind("“")
    if opened > text.rfind("”"):
        spans.append((opened, len(text)))
    closed = text.find("”")
    if closed >= 0 and (text.find("“") < 0 or text.find("“") > closed):
        spans.append((0, closed + 1))
    return spans


def _weekday(pub: dt.date, name: str, future: bool, modifier: str) -> dt.date:
    target = WEEKDAY_NUM[name.lower()]
    if modifier == "next" or (future and modifier != "last"):
        delta = (target - pub.weekday()) % 7
        return pub + dt.timedelta(days=delta or (7 if modifier == "next" else 0))
    delta = (pub.weekday() - target) % 7
    if modifier == "last" and delta == 0:
        delta = 7
    return pub - dt.timedelta(days=delta)


# "[DATELINE -] Hewlett Packard Enterprise said Tuesday", "..., and President Emmanuel Macron said on Thursday"
SAID_NEWS = re.compile(r"(?:^(?:[A-Z][A-Z .'-]+(?:,\s[A-Z][\w .'-]+?)?\s\((?:AP|Reuters|AFP|dpa|Xinhua)\)\s[—–-]\s)?|"
                       r",\s(?:and|but)\s)(?P<s>[A-Z][^,;:()\"“]{1,60}?)(?:,\s[^,;:()\"“]{3,80},)?\s"
                       r"(?P<v>said|announced)\s(?:on\s)?$")
SAID_CUT = re.compile(r",\s(?:[a-z]+ing\b|according\b|while\b|as\b|which\b|who\b|but\b|and\s(?:said|added))|;\s|:\s")


def _said_news(text: str, a: int, b: int) -> str | None:
    """"Hewlett Packard Enterprise said Tuesday it will buy Juniper": when a named subject opens the
    sentence (or a clause after ", and") and what was said follows as a clause, the announcement is the
    news and its day an event: "Hewlett Packard Enterprise said it will buy Juniper Networks for about
    $14 billion in cash". None for "she said on Tuesday" (no name) and a closing "..., X said on Monday."."""
    m = SAID_NEWS.search(text[:a].rstrip() + " ")
    if not m or re.match(r"(?:He|She|It|They|We|I|This|That)\b", m.group("s")):
        return None
    rest = re.sub(r"^\s(?:that\s)?", "", text[b:])
    cut = SAID_CUT.search(rest)
    clause = (rest[: cut.start()] if cut else rest).strip().rstrip(".")
    if len(clause.split()) < 3 or not phrases.has_verb(clause) or "\"" in clause or "“" in clause:
        return None
    if re.match(r"(?:it|this|that|they)\s(?:was|is|were|are)\b", clause):
        return None  # "Macron said on Thursday it was unacceptable": what was? not a question on its own
    if re.search(rf"\b(?:{MONTH_RX}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|next)\b",
                 clause):
        return None  # "said on Monday that he would announce the measures on Tuesday": Tuesday is the news
    return f"{m.group('s')} {m.group('v')} {clause}"


@functools.lru_cache(maxsize=1)
def _irregular_past() -> re.Pattern[str]:
    """Past forms that do not end in -ed ("made", "met", "held"), as one pattern, built on first use."""
    return re.compile(r"\b(?:" + trie_pattern(w for w in PAST_TO_BASE if not w.endswith("ed")) + r")\b")


def _future_nearer(text: str, a: int, b: int) -> bool:
    """Whether the tense nearest to a weekday at text[a:b] is future. The whole sentence is not enough:
    in "HPE will pay $40, a premium to the closing price on Monday, before reports emerged" the Monday
    is the past one, and the nearer past verb says so."""
    lo = max(0, a - 80)
    near = text[lo: b + 40]

    def dist(rx: re.Pattern[str]) -> int | None:
        ds = [min(abs(lo + m.start() - b), abs(lo + m.end() - a)) for m in rx.finditer(near)
              if not (a <= lo + m.start() < b)]
        return min(ds) if ds else None

    if SCHEDULED.search(text[lo:a]):
        return True  # "Donald Trump, who takes office on Monday, claimed credit": a timetable is ahead
    if SET_FOR.search(text[:a]):
        return True  # "called a vote set for Sunday": the day it is set for is ahead
    just_before = text[max(0, a - 40): a]
    # (a weekday's hit may start with the space before it)
    if FOLLOWING.search(just_before.rstrip() + " ") and POSSESSIVE_END.search(text[a:b]):
        return False  # "will provide ... following Tuesday's tragic earthquake": what it follows is past
    if PAST_VERB_BEFORE.search(just_before) and not FUTURE.search(just_before):
        return False  # "the team that were deployed on Wednesday will return tomorrow": the verb the day follows
    fut = dist(FUTURE)
    past = min((d for d in (dist(PAST), dist(_irregular_past())) if d is not None), default=None)
    if fut is None and past is None:
        # "There he will meet US President Joe Biden, ... and Indian Prime Minister Narendra Modi on Tuesday":
        # a long list of names leaves no verb near the weekday; the sentence's own tense decides
        return bool(FUTURE.search(text))
    return fut is not None and (past is None or fut <= past)


@functools.lru_cache(maxsize=256)
def _date_matches(text: str) -> tuple[tuple[str, tuple[re.Match[str], ...]], ...]:
    """Every pattern's matches in one sentence. Kept for the sentence's next reader: dates, figures (which
    mask dates out) and agreements each ask for a sentence's dates, under different publication dates."""
    return tuple((how, tuple(rx.finditer(text))) for how, rx in PATTERNS)


def find_dates(sent: Sentence, pub: dt.date | None, previous_day: str | None,
               recent: dict[int, str] | None = None) -> list[DateHit]:
    """Every date expression of one sentence that pins an event, resolved to ISO. `recent` maps a
    weekday to the date it was last resolved to nearby: "on Tuesday" again in the next sentence is
    the same Tuesday, whatever the tense of the new sentence."""
    text = sent.text
    quoted = _quoted_spans(text)
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken) and not any(x <= a < y for x, y in quoted)

    for how, matches in _date_matches(text):
        for m in matches:
            a, b = m.start(), m.end()
            if not free(a, b):
                continue
            iso: str | None = None
            try:
                if how == "mdy":
                    iso = dt.date(int(m[3]), MONTHS[m[1].lower().rstrip(".")], int(m[2])).isoformat()
                elif how == "dmy":
                    day = int(m[1])
                    if span := DAY_SPAN.search(text[:a]):  # "on 22 and 23 January 2013": from the 22nd
                        day, a = int(span[1]), span.start()
                    iso = dt.date(int(m[3]), MONTHS[m[2].lower()], day).isoformat()
                elif how == "num":
                    iso = dt.date(int(m[3]), int(m[2]), int(m[1])).isoformat()
                elif how == "iso":
                    iso = dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
                elif how == "my":
                    if re.search(r"\b(?:between|from)\s*$", text[:a]) or text[:a].endswith("by "):
                        continue
                    if m.group(0).lower().startswith("since") or re.search(r"\b[Ss]ince\s*$", text[:a]):
                        continue
                    iso = f"{int(m[2]):04d}-{MONTHS[m[1].lower()]:02d}"
                elif how == "md" and pub:
                    iso = _day_of_year(pub, MONTHS[m[1].lower()], int(m[2]), text, b)
                    a, b = _with_weekday_and_year(text, a, b)
                elif how == "dm" and pub:
                    day = int(m[1])
                    span = DAY_SPAN.search(text[:a])
                    if span:  # "from 24 to 27 July": the event starts on the 24th
                        day, a = int(span[1]), span.start()
                    iso = _day_of_year(pub, MONTHS[m[2].lower()], day, text, b)
                    a, b = _with_weekday_and_year(text, a, b)
                elif how == "m" and pub:
                    if m.group(0).startswith("by") or m[1] == "May" and not m.group(0).startswith("in"):
                        continue
                    if re.match(rf"\s(?:and|or|to|through|-|–)\s(?:{MONTH_RX})\b", text[b:]):
                        continue  # "holidays in June and October": a span of the year, not an event
                    if re.search(r"\bfrom\s(?:a\s|an\s)?[$€£]?\d[\d.,]*\s?(?:%|per ?cent|percent)?\s$", text[:a]):
                        continue  # "rose to 67.1% in February from 64.9% in January": January dates the old
                        # value, and "inflation rose ... in January" would be false
                    month = MONTHS[m[1].lower()]
                    year = pub.year
                    if m.group(0).lower().startswith("last"):
                        year = pub.year if month < pub.month else pub.year - 1  # "last September"
                    # "Moderna, whose offer was rejected in April, said it would not bid": a past verb right
                    # before the month decides its tense, whatever the rest of the sentence plans
                    # a trailing participle clause has its own tense: "registered a record surplus in May,
                    # underlining the dividends the sector is delivering" is last May
                    own = text[:b] + re.split(r",\s[a-z]+ing\b", text[b:], maxsplit=1)[0]
                    ahead = (bool(FUTURE.search(own)) or bool(INFINITIVE_AHEAD.search(text[:a]))) and not re.search(
                        r"\b(?:was|were|had|did)(?:\s+\w+){1,2}\s+(?:in\s+)?$", text[:a]) and not PAST_CLAUSE.search(
                        text[:a])
                    if m.group(0).lower().startswith("last"):
                        pass
                    elif not ahead and month > pub.month and _told_in_the_past(text):
                        year -= 1
                    elif ahead and month < pub.month:
                        year += 1
                    iso = f"{year:04d}-{month:02d}"
                elif how == "ago" and pub:
                    n = int(m[1]) if m[1].isdigit() else lexicon().number_words.get(m[1].lower())
                    if not n or n < 2:
                        continue  # "a year ago": about twelve months, in this year or the last
                    if re.search(r"\b(?:more than|over|about|around|nearly|almost|some|roughly|at least|less than)\s$",
                                 text[:a]):
                        continue  # "set up more than three years ago": no one year
                    iso = f"{pub.year - n:04d}"
                elif how == "y":
                    if re.search(r"\b(?:between|from|by|since|until)\s*$", text[:a]):
                        continue
                    if re.match(r"\s*(?:and|to|-|–)\s*\d{4}", text[b:]):
                        continue
                    if FIGURE_BEFORE.search(text[:a].rstrip()[-60:] + " "):
                        continue  # "$123.86 billion in 2022": the figure's period, not an event
                    iso = m[2]
                    a = m.start(2) - len(m[1]) - 1
                elif how == "ya":
                    if m[2] in ("and", "to", "or", "percent", "per"):
                        continue
                    if pub and int(m[1]) > pub.year:
                        continue  # "confirmed as hosts of the 2030 World Cup": a later year names the event,
                        # and the sentence's verb (the confirmation) did not happen then
                    iso = m[1]
                    a, b = m.start(1), m.end(1)
                elif how == "wd" and pub:
                    if re.match(rf",?\s(?:(?:{MONTH_RX})\.?\s\d|\d{{1,2}}(?:st|nd|rd|th)?\s(?:{MONTH_RX}))", text[b:]):
                        continue  # "Friday, June 24 of next year": the calendar date says when, not the weekday
                    mod = m.group(0).split()[0].lower() if m.group(0).split()[0].lower() in (
                        "last", "next", "this") else ""
                    said = not mod and not m[2] and _said_news(text, a, b) is not None
                    if said:
                        pass
                    elif not m.group(0).lower().startswith(("on", "last", "next", "this")) and not m[2].endswith("s"):
                        # news style drops the "on": "agreed Wednesday", "declared mpox an emergency Wednesday,";
                        # a bare weekday counts after a past verb or at the end of a clause, never after a
                        # capital ("Super Tuesday") or a word that makes it a deadline or a habit
                        prev = re.search(r"(\S+)\s?$", text[:a])
                        word = prev.group(1) if prev else ""
                        nxt = re.match(r"\s([a-z]+)\b", text[b:])
                        subject_then_verb = (re.fullmatch(r"[A-Z][\w.'’-]*", word) is not None and nxt is not None
                                             and not re.search(r"\b(?:on|On|the|The|a|last|next|this)\s\S+\s?$",
                                                               text[:a])  # "on Super Tuesday"
                                             and (nxt.group(1).endswith("ed") or nxt.group(1) in PAST_TO_BASE))
                        # "The United States and India Friday signed an accord": between a subject and its
                        # past verb, the weekday is the day it happened
                        # "attended her swearing-in Thursday": an event noun's day
                        event_day = word.lower() in event_nouns()
                        # "Alice Albright joined Prime Minister John Briceño, Wednesday, in signing": a weekday set
                        # off by commas is the clause's day (a list of days is a timetable, none of them)
                        enclosed = text[:a].endswith(", ") and text[b: b + 1] == "," and not re.search(
                            r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", text[max(0, a - 14): a]
                            + text[b: b + 14])
                        if not subject_then_verb and not event_day and not enclosed and (
                                not re.fullmatch(r"[a-z]+", word) or word in (
                                "every", "each", "a", "per", "until", "till", "by", "since", "before", "after",
                                "from", "to", "the", "and", "or", "of", "that", "this", "next", "last")
                                or not (word.endswith("ed") or re.match(r"\s*[,.;]", text[b:]))):
                            continue
                    if re.search(r"\b(?:until|till|by)\s(?:at\s(?:least|the\searliest)\s)?$", text[:a].rstrip() + " "):
                        continue  # "closing it to air traffic until at least Sunday": a deadline, no event on it
                    if m[2] and re.search(r"\b(?:can|could|may|might|will|would|to)\s[a-z]+\s?$", text[:a]) and not (
                            re.search(r"\bto\s[a-z]+\s?$", text[:a])
                            and _possessed_noun_phrase(text, DateHit(a, b, "", how))):
                        continue  # "can appeal Monday's decision": Monday dates the decision, not the appeal
                        # (but "outvoted Seini Oumarou to win Saturday's election": a result, and the election's day)
                    if SAID.search(text[:a]) and not said:
                        continue  # "she said on Tuesday": when it was said, not an event
                    if re.search(r"\b(?:closing|opening|close|price|prices|level|high|low)\s(?:on\s)?$", text[:a]):
                        continue  # "the closing price on Monday": the reference of a figure, not an event
                    wd = WEEKDAY_NUM[m[1].lower()]
                    if not mod and recent and wd in recent:
                        iso = recent[wd]
                    else:
                        iso = _weekday(pub, m[1], not said and _future_nearer(text, a, b), mod).isoformat()
                        if not mod and previous_day and dt.date.fromisoformat(previous_day) - dt.timedelta(days=4) > \
                                dt.date.fromisoformat(iso):
                            # "struck on Saturday [the article's day] ... Hatta Radjasa said on Sunday that the
                            # earthquake has damaged the runway": a story updated after its date; the Sunday before
                            # the Saturday would be false, the one after is past the article: no date
                            continue
                    if said:
                        how = "said"
                elif how == "rel":
                    word = m[1].lower()
                    if re.match(r"\s?[\[(][^\])]{0,30}\d", text[b:]):
                        continue  # "last night [Monday 14 June]", "today (9 May 2025)": the bracket states the day
                    if word == "last year" and FIGURE_BEFORE.search(text[:a].rstrip()[-60:] + " "):
                        continue
                    if re.match(r"['’]s (?:total|tally|figure|level|record|number|count|average|rate|high|low|"
                                r"peak|amount|sum)\b", text[m.end(1):]):
                        continue  # "cases this year, exceeding last year's total": a quantity, not an event
                    if m[2] and _possessed_noun_phrase(text, DateHit(a, b, "", how)) is None:
                        continue  # "the father of today's ruler": a possessive date names no event here
                    if word == "today" and (_NOWADAYS.search(re.split(r"[,;:]", text[:a])[-1])
                                            or _NOWADAYS_AFTER.match(text, b)):
                        continue  # "the relationship is even more vital today": nowadays, not a date
                    if word in ("yesterday", "last night") and pub:
                        iso = (pub - dt.timedelta(days=1)).isoformat()
                    elif word in _THE_DAY_ITSELF and pub:  # an official readout: "met ... this evening"
                        iso = pub.isoformat()
                    elif word == "tomorrow" and pub:
                        iso = (pub + dt.timedelta(days=1)).isoformat()
                    elif word == "last month" and pub:
                        y, mo = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
                        iso = f"{y:04d}-{mo:02d}"
                    elif word == "this month" and pub:
                        iso = f"{pub.year:04d}-{pub.month:02d}"  # not "later this month": vague, and planned
                    elif word == "last year" and pub:
                        iso = f"{pub.year - 1:04d}"
                    elif word in ("the next day", "the following day") and previous_day:
                        iso = (dt.date.fromisoformat(previous_day) + dt.timedelta(days=1)).isoformat()
                    elif word == "the day before" and previous_day:
                        iso = (dt.date.fromisoformat(previous_day) - dt.timedelta(days=1)).isoformat()
                    elif previous_day and word not in ("yesterday", "last night", "last month", "last year", "tomorrow",
                                                         *_THE_DAY_ITSELF):
                        iso = previous_day
            except (ValueError, KeyError):
                continue
            if iso and re.search(r"\b(?:not|never)\b|n['’]t\b", text[max(0, a - 50): a]):
                continue  # "did not sign on Monday": nothing happened that day
            if iso and QUOTE_ATTRIBUTION.search(text[max(0, a - 120): a]):
                continue  # "“The United States will rely on his leadership,” said spokesman X on Sunday": the day
                # dates the words, which are no event (and "will rely" was never done on Sunday)
            if iso:
                taken.append((m.start(), m.end()))
                hits.append(DateHit(a, b, iso, how))
    return sorted(hits, key=lambda h: h.start)


# a closing attribution of a direct quotation, before the date of the saying
QUOTE_ATTRIBUTION = re.compile(r"[”\"],?\s(?:said|says|told|added|wrote|noted)\s[^“”\"]{0,100}?\s(?:on\s)?$")
LEAD = re.compile(r"(?:At|After|During|Before|Following|In|On|Ahead of)\b(?:[^,;:\"“(]|\([^()]*\))*, ")
# "At the invitation of the Prime Minister ... David Cameron, General Secretary Nguyen Phu Trong paid ...": an
# adjunct however long; the main clause is the event
INVITED = re.compile(r"(?:At|at) the (?:invitation|request) of\b")
NOT_IN_LEAD = re.compile(r"\b(?:he|she|they|it|we|was|were|had|has|is|are|said)\b")


def _lead(text: str, hit: DateHit) -> re.Match[str] | None:
    """A leading phrase holding the date ("At their summit on Tuesday, ...") before the main clause."""
    lead = LEAD.match(text)
    if (lead and hit.end <= lead.end() and len(lead.group(0).split()) <= 16 and not NOT_IN_LEAD.search(lead.group(0))
            and len(text[lead.end():].split()) >= 4):
        return lead
    return None


def _gap(text: str, hit: DateHit) -> str:
    """What stands in for a removed date: "on Monday's rally" -> "the rally"."""
    return " the " if text[hit.start: hit.end].endswith(("'s", "’s")) else " "


APPOSITIVE = re.compile(r"((?:[A-Z][\w.’'-]*\s){0,4}[A-Z][\w.’'-]*),\s(?:an?|the)\s(?:[\w-]+\s){0,4}?"
                        r"(?:that|which|who)\s([^,;:]+?)(?=,|;|$)")
REL_CLAUSE = re.compile(r"((?:[A-Z][\w.’'-]*\s){0,4}[A-Z][\w.’'-]*),\s(?:who|which)\s([^,;:]+?)(?=,|;|$)")

# the same with a common-noun subject: "The 53-year-old libertarian economist, who won a run-off on Nov. 19,"
REL_NP = re.compile(r"((?:The|A|An|[A-Z][\w.-]*['’]s)\s(?:[\w’'-]+\s){0,4}[\w’'-]+),\s(?:who|which)\s"
                    r"([^,;:]+?)(?=,|;|$)")
# A date in a relative clause without commas after a pronoun or a common noun: "anybody who had tried to
# extend his rule in October 2014" (the main clause did not happen then, and the clause has no named subject).
BARE_REL = re.compile(r"\b(?:anybody|anyone|somebody|someone|those|people|everyone|all)\s(?:who|whom|which|that)\s"
                      r"[^,;:.]*$")
# A date in a clause after "after", "before", "when", "until", "once": that clause's event, if it has a subject
# and verb ("after Charles and Queen Consort Camilla are coronated on May 6").
SUBORDINATE = re.compile(r"\b(?:after|before|when|until|once|as soon as)\s((?:the\s|[A-Z])[^,;:]{3,100}?)\s*$")
# "..., when he meets President Trump [today]": a subordinate clause whose subject is the main clause's.
PRONOUN_SUBORDINATE = re.compile(r",\s(?:when|as|after|before|once|where)\s(?:he|she|they)\s(?=[a-z])(?!.*[,;:]\s)")
MAIN_SUBJECT = re.compile(r"((?:The|A|An)\s[^,;:]{2,40}?|(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*)\s(?:will|would|is|"
                          r"are|was|were|has|have|had|[a-z]+ed)\b")
# A release's closing attribution: "<what>, Foreign Minister Rt Hon Winston Peters announced [today]."
REPORTED_AFTER = re.compile(r"^(?:[A-Z][^,;:]*?:\s)?([A-Z][^;:]{10,220}?),\s((?:the\s)?(?:[A-Z][\w.'’-]*\s){0,6}"
                            r"[A-Z][\w.'’-]*)\s(?:has\s|have\s)?(announced|said|confirmed|declared|stated)"
                            r"(?:\s(?:during|at|on|while|after)\s(?:a|an|the|his|her)\s[^,;:]{2,60}?)?\s$")
_EDITORS_DATE_OPEN = re.compile(r"(?:\s(?:today|yesterday|tonight))?\s\($")


def _reported_after(text: str, start: int) -> re.Match[str] | None:
    """REPORTED_AFTER before a date at ``start``, also where the date is an editor's bracket after the day word:
    "..., the International Development Secretary announced during a visit to the region today (Sunday 24
    September)"."""
    return REPORTED_AFTER.search(_EDITORS_DATE_OPEN.sub(" ", text[:start]))


# "..., the island worst hit by Hurricane Maria": an aside on the clause's last noun, not part of the news
_TRAILING_ASIDE = re.compile(r",\s(?:the|a|an)\s[a-z][^,]*$")
# A timetable's participle after a noun phrase and a comma: "a two-day African Union summit, starting Sunday".
STARTING = re.compile(r"\b(?:a|an|the)\s((?:[\w'’-]+\s){0,5}?[\w'’-]+),\s(starting|beginning|opening)"
                      r"(?:\s(?:on)?)?\s?$")
_STARTED = {"starting": "began", "beginning": "began", "opening": "opened"}
OCCASION = re.compile(r"^\s*On the occasion of (?:our|the|their|this|a|an)\s([^,]{3,80}?)\s?(?:on\s?)?$", re.I)
# A fronted event noun with the date: "In a joint press conference with Italian Prime Minister Giorgia Meloni
# [this afternoon], he confirmed ...": the day is the press conference's, whoever "he" is.
LEAD_EVENT = re.compile(r"^\s*(?:In|At|During)\s(?:a|an|the)\s((?:[\w'’-]+\s){0,3}?)([a-z]+)"
                        r"((?:\s(?:with|in|at|of|between)\s[^,;:]{2,80}?)?)\s?(?:on\s)?$")
# An event noun after "after", "before", "following" with its own date: "imposed after India's first nuclear
# test in 1974" dates the test, not the main clause.
AFTER_EVENT = re.compile(r"\b(?:after|before|following|since)\s((?:(?:[A-Z][\w'’-]*['’]s|the|a|an)\s)?"
                         r"(?:[\w'’-]+\s){0,3}?([a-z]+))\s?(?:(?:in|on)\s?)?$")
AFTER_BY = re.compile(r"\b(?:after|before|following|follows|followed|since)\s(?:the\s)?((?P<noun>[a-z]+)\s(?:by|of)\s"
                      r"[^,;:()]{3,80}?)\s(?:(?:in|on)\s?)?$")
# An event noun with its owner right before a bare weekday: "Ghana's election Monday", "her swearing-in Thursday"
NOUN_THEN_DAY = re.compile(r"(?:\b(?:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}['’]s|[Hh]er|[Hh]is|[Tt]heir)\s)"
                           r"(?:[a-z-]+\s)?(?P<noun>[a-z-]+)\s?$")  # (its owner said: "after signing the agreement
# Monday" dates the signing)
# a relative word left beside a date already read ("... in Downing Street last night [Monday 14 June]")
RELATIVE_LEFT = re.compile(rf"\s(?:(?:earlier|later)\s)?(?:{phrases.RELATIVE_DAY}|recently)\b(?=[\s,.;:]|$)")
PAST_VERB_BEFORE = re.compile(r"\b(?:was|were)\s(?:[a-z]+ly\s)?[a-z]{3,}(?:ed|en)\s(?:on\s)?$|"
                              r"\b(?:that|who|which)\s(?:[a-z]+ly\s)?[a-z]{3,}ed\s(?:on\s)?$")
# the words after which a possessive date names an event of its own ("following Tuesday's tragic earthquake")
# (and after a reaction to it: "has welcomed Tuesday's peace deal" was later than the deal, dated by it)
POSSESSED_AFTER = re.compile(r"\b(?:to|on|at|for|of|in|before|after|ahead of|during|from|about|following|since|amid|"
                             r"welcomed|welcomes|praised|hailed|condemned|criticised|criticized|denounced|applauded|"
                             r"rejected|"
                             # "outvoted Seini Oumarou to win Saturday's election": the result told after the verb of
                             # another clause (the announcing); the day is the election's
                             r"to\swin)\s$")
FOLLOWING = re.compile(r"\b(?:following|since|in\sthe\swake\sof)\s$")
POSSESSIVE_END = re.compile(r"['’]s$")
PURPOSE_AFTER_COMMA = re.compile(r",\s(?:in\sorder\s)?to\s[a-z]+\b.*$")
# "met with President Lourenço of Angola at the White House to address opportunities to deepen ...": a meeting's
# purpose is the release's gloss, with or without a comma; "talked to reporters" is no purpose (a verb must follow)
MEETING_PURPOSE = re.compile(r"\b(?:met|meets|visited|hosted|welcomed|received|held\stalks)\b[^,;]*?\s(?P<to>to\s"
                             r"(?P<verb>[a-z]+)\b.*)$")
# "the March 24 elections": a day (or month) written before its event noun
DAY_BEFORE_NOUN = re.compile(r"\s((?:presidential\s|parliamentary\s|general\s|legislative\s|local\s)?[a-z-]+)\b")
# A crowd at someone's event: "Thousands attended her swearing-in" is her swearing-in.
ATTENDED = re.compile(r"^(?:Thousands|Hundreds|Tens of thousands|Crowds|Many|Guests|Dignitaries|Leaders)\s"
                      r"(?:of\s[a-z]+\s)?(?:attended|watched|witnessed|celebrated|gathered for)\s(his|her|their)\s"
                      r"([\w-]+)")
# A possessed event noun after a preposition, with its place and its own date: "updated on his visit to the
# Carrier Strike Group last month" dates the visit ("He ended his visit on Monday" dates the ending).
OWN_EVENT = re.compile(r"\b(?:on|about|during|of|from|after|before)\s(?:his|her|their|its)\s([a-z]+)"
                       r"((?:\s(?:to|in|with|at)\s[^,;:]{2,60}?)?)\s?$")
# An event noun with the date it is set for: "called a provincial election for September 4", "a vote set for
# Sunday", "the summit scheduled for 12 May".
SET_FOR = re.compile(r"\b(?:a|an|the)\s((?:[a-z][\w'’-]*\s){0,3}?)([a-z]+)\s(?:(?:set|scheduled|planned|due|"
                     r"slated)\s)?for(?:\son)?\s?$")
# A date at the end of a relative clause without commas: "a war that eventually led to independence in July 2011".
THAT_CLAUSE = re.compile(r"\b(?:that|which|who)\s(?:(?:was|were|had|has|have|had been|was being)\s)?(?:[a-z]+ly\s)?"
                         r"(?:[a-z]{3,}ed|led|began|won|took|made|became|"
                         # (the main clause's verb after it ends the relative clause: "the team that were deployed
                         # on Wednesday will return to Australia [tomorrow]")
                         r"came|went|saw|fell|rose|broke|grew)\b(?:(?!\s(?:will|would|shall)\s)[^,;:()]){0,80}$")
# A date in a clause of a gerund after "since", "after", "before", "while": "since announcing his intention
# last December", "after signing the deal in May".
# a noun phrase with a past participle after it, the date closing the phrase: "the Declaration of Principles
# signed by former Prime Ministers Bob Hawke and Paias Wingti in 1987"
# ("the provisional results of the presidential run-off elections held on 14 February": the nearest noun phrase,
# from its own article, is what was held)
REDUCED_RELATIVE = re.compile(r"(?<=\s)((?:the|a|an)\s(?:(?!(?:the|a|an)\s)[\w'’-]+\s){0,6}?[\w'’-]+)\s"
                              r"(?P<adv>(?:first|originally|jointly|formally|officially)\s)?(signed|agreed|concluded|"
                              r"adopted|established|founded|launched|created|ratified|approved|brokered|negotiated|"
                              r"reached|set up|held|staged|conducted)\s((?:by|between)\s[^,;:]{2,80}?\s)?"
                              r"(?:(?:in|on)\s)?$")
AUXILIARIES = frozenset({"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would"})
GERUND_CLAUSE = re.compile(r"\b(?:since|after|before|while|when|upon|on)\s(?:[a-z]+ly\s)?[a-z]{3,}ing\b[^,;:]{0,80}$")
ANY_REL = re.compile(r",\s(?:who|which|whose)\s([^,;:]+?)(?=,|;|$)")
WHOSE = re.compile(r"((?:[A-Z][\w.’'-]*\s){0,3}[A-Z][\w.’'-]*|(?:The|A|An)\s(?:[\w’'-]+\s){0,3}[\w’'-]+),\s"
                   r"whose\s(\w+\s[^,;:]+?)(?=,|;|$)")


OTHER_DATE = re.compile(rf"\b(?:(?:{MONTH_RX})\.?\s\d{{1,2}}(?:st|nd|rd|th)?\b|"
                        rf"\d{{1,2}}(?:st|nd|rd|th)?\s(?:{MONTH_RX})\b)")


def _past_verb(word: str) -> bool:
    """An irregular past the suffix test of `phrases.has_verb` misses: "won", "took", "began"."""
    return word.lower() in PAST_TO_BASE


# "The funding announced today brings the overall amount of EU humanitarian aid in the Great Lakes region in 2019 to
# €69.74 million": a running total's sentence; its days date the announcing and the period, no event of its own
RUNNING_TOTAL = re.compile(r"^(?:The|This|These|Today['’]s)\s(?:[\w-]+\s){0,4}?(?:announced|pledged|approved|allocated|"
                           r"provided|funding|contribution|package|support|assistance|aid)\s(?:(?:today|yesterday|"
                           r"this\s\w+|on\s\w+day)\s)?(?:brings|raises|takes|increases|lifts|pushes)\s(?:the\s)?"
                           r"(?:overall|total|combined|cumulative)\b", re.I)


def _event(text: str, hit: DateHit, hits: list[DateHit]) -> str:
    """The words of the sentence that say what happened, without the date itself."""
    if RUNNING_TOTAL.match(text):
        return ""
    if named := _possessed_event(text, hit):
        return named
    modifier = DAY_BEFORE_NOUN.match(text, hit.end) if re.search(r"\b[Tt]he\s$", text[: hit.start]) else None
    head_noun = modifier.group(1).lower().split()[-1] if modifier else ""
    if modifier and (head_noun in event_nouns() or head_noun.rstrip("s") in event_nouns()):
        # "won the March 24 elections with 54.28 percent": the day modifies the elections, which it dates;
        # the sentence's verb ("results released late Wednesday showed ...") happened on another day
        owner = {c for _, c in countries_in(text)}
        noun = modifier.group(1).lower()
        return f"{owner.pop()}'s {noun}" if len(owner) == 1 else f"The {noun}"
    noun_day = NOUN_THEN_DAY.search(text[: hit.start]) if hit.how == "wd" else None
    if noun_day and noun_day.group("noun").lower() in event_nouns() and not text[hit.start: hit.end].lower().startswith(
            ("on", "last", "next", "this")):
        # "Official results from Ghana's election Monday show ...": the bare weekday is the election's, and the
        # event is the election (dated Monday, the results' Wednesday would be a false key)
        np_ = noun_day.group(0).strip()
        return np_[:1].upper() + np_[1:]
    if re.search(r"\bsince\s(?:(?:Lord|Sir|Queen|King|President)\s)?(?:[A-Z][\w'’-]*\s){1,3}(?:in\s)?$",
                 text[: hit.start]):
        return ""  # "the youngest prime minister since Lord Liverpool [in 1812]": Liverpool's year, not the news
    if re.search(r"\bfor\s(?:the\s)?(?:[\w-]+\s)?(?:months?|weeks?|years?|quarters?|period|half)\s(?:ended|ending)\s$",
                 text[: hit.start]):
        return ""  # "the Financial Statements for the ten months ended [30 April 2014]": a period's end, no event
    if re.search(r"\b[Ss]ince\s$", text[: hit.start]) or re.match(r"since\b", text[hit.start: hit.end], re.I):
        return ""  # "had held the post as acting speaker since [April 10]": a state's start, not an event on it
    if rep := _reported_after(text, hit.start):
        if re.fullmatch(r"\)?\s*[.;]?\s*", text[hit.end:]) and len(rep.group(1).split()) >= 3:
            # "New Zealand is contributing NZ$7 million ..., Foreign Minister Winston Peters announced [today]":
            # the day is the announcement's
            clause = _TRAILING_ASIDE.sub("", rep.group(1))
            return f"{rep.group(2)} {rep.group(3)} that {phrases.lower_start(clause)}"
    if re.search(r"\b(?:with effect from|effective from|effective)\s$", text[: hit.start]) and (
            appointed := re.search(r"\bthe appointment of\s(?:(?:Mr|Mrs|Ms|Dr|Professor)\.?\s)?([^,;]{3,120}?)"
                                   r"(?:\sfor a term of [^,;]+)?,?\s(?:with effect|effective)", text)):
        # "the appointment of Mr Glenn Stevens as Governor of the Reserve Bank ..., with effect from [18 September
        # 2006]": the day the appointment takes effect
        return f"The appointment of {appointed.group(1)} took effect"
    if (occasion := OCCASION.search(text[: hit.start])) and re.match(r"\s*,", text[hit.end:]):
        # "On the occasion of our Summit Meeting in New York on September 26, 2018, we ...": the meeting's day
        return "The " + occasion.group(1)
    if (lead_event := LEAD_EVENT.match(text[: hit.start])) and lead_event.group(2) in event_nouns() and \
            re.match(r"\s*,", text[hit.end:]):
        return f"The {lead_event.group(1)}{lead_event.group(2)}{lead_event.group(3)}"
    if (own := OWN_EVENT.search(text[: hit.start])) and own.group(1).lower() in event_nouns() and \
            re.match(r"\s*(?:and|,|\.|$)", text[hit.end:]):
        # "updated on his visit to the Carrier Strike Group last month and thanked ...": the visit's month
        return f"The {own.group(1)}{own.group(2)}"
    if (after_by := AFTER_BY.search(text[: hit.start])) and after_by.group("noun").lower() in event_nouns():
        # "The signing of the MFA package ... follows approval by the European Parliament and the Council in July
        # 2016": the approval's month, never the signing's
        return f"The {after_by.group(1)}"
    if (after := AFTER_EVENT.search(text[: hit.start])) and after.group(2).lower() in event_nouns():
        # "a ban on such trade imposed after India's first nuclear test in 1974": the test's year
        return after.group(1)[:1].upper() + after.group(1)[1:]
    if (set_for := SET_FOR.search(text[: hit.start])) and set_for.group(2).lower() in event_nouns():
        # "has called a provincial election for [September 4]": the date is the election's, not the calling
        return f"The {set_for.group(1) or ''}{set_for.group(2)}"
    if part_m := STARTING.search(text[: hit.start]):
        # "arriving in Nigeria for a two-day African Union summit, starting [Sunday]": the summit's start, not
        # the arriving
        return f"The {part_m.group(1)} {_STARTED[part_m.group(2)]}"
    if hit.how == "m" and PLANNED.search(text[: hit.start]) and not re.match(r"(?i)last\b", text[hit.start: hit.end]):
        # "agreed to hold the first meeting ... in October": October is the meeting's, not the agreeing's
        held = HELD.search(text[: hit.start])
        return held.group(1)[:1].upper() + held.group(1)[1:] if held else ""
    app = next((m for m in APPOSITIVE.finditer(text) if m.start(2) <= hit.start and hit.end <= m.end(2)), None)
    if app and phrases.has_verb(app.group(2)) and app.group(1).split()[0] not in NOT_NAME:
        # "he was chairman of Greensill Capital, a lender that collapsed in 2021": the date is the lender's
        # collapse, not his chairmanship
        return f"{app.group(1)} {text[app.start(2): hit.start]}{_gap(text, hit)}{text[hit.end: app.end(2)]}".strip(" .")
    rel = next((m for m in REL_CLAUSE.finditer(text) if m.start(2) <= hit.start and hit.end <= m.end(2)), None)
    rel = rel or next((m for m in REL_NP.finditer(text) if m.start(2) <= hit.start and hit.end <= m.end(2)), None)
    if rel and (phrases.has_verb(rel.group(2)) or _past_verb(rel.group(2).split()[0])):
        # "Lai Ching-te, who takes office on May 20, said ...", "The 53-year-old economist, who won a run-off
        # on Nov. 19, took the oath": the date is the relative clause's event
        clause = re.sub(r"\s+", " ", f"{text[rel.start(2): hit.start]}{_gap(text, hit)}{text[hit.end: rel.end(2)]}")
        clause = re.sub(r"\s(?:on|in|at)$", "", clause.strip().rstrip(" ."))
        first = clause.split()[0].lower()
        if (first in ("the", "a", "an", "its", "their") or first[:1].isupper() and not clause[:1].islower()) and (
                re.search(r"\s[a-z]+ed$", clause) or _past_verb(clause.split()[-1])):
            # "The text, which the North's state news agency KCNA published on Thursday,": an object relative
            # reads as "the North's state news agency KCNA published the text"
            subject = rel.group(1)
            subject = subject[0].lower() + subject[1:] if subject.split()[0] in ("The", "A", "An") else subject
            return f"{clause} {subject}"
        subject = rel.group(1).split()
        while len(subject) > 2 and subject[0] in NOT_NAME and subject[0] not in ("The", "A", "An"):
            subject.pop(0)  # "U.S. Secretary of State Antony Blinken, who visited": not "State Antony Blinken"
        return f"{' '.join(subject)} {clause}".strip()
    whose = next((m for m in WHOSE.finditer(text) if m.start(2) <= hit.start and hit.end <= m.end(2)), None)
    if whose and (phrases.has_verb(whose.group(2)) or any(_past_verb(w) for w in whose.group(2).split()[1:5])):
        # "Moderna, whose offer was rejected in April, said it would not bid": the offer's rejection
        clause = re.sub(r"\s+", " ", f"{text[whose.start(2): hit.start]}{_gap(text, hit)}{text[hit.end: whose.end(2)]}")
        return f"{whose.group(1)}'s " + re.sub(r"\s(?:on|in|at)$", "", clause.strip().rstrip(" ."))
    if BARE_REL.search(text[: hit.start]):
        return ""  # "a ban on anybody who had tried to extend his rule [in October 2014]": the relative clause's
    if rel_m := THAT_CLAUSE.search(text[: hit.start]):
        # "fought a 21-year civil war that eventually led to the south's independence [in July 2011]": the
        # relative clause's date, never the war's; its event is the clause told of what it describes ("The
        # 21-year civil war eventually led to the south's independence")
        np_m = re.search(r"(?:\b(?:a|an|the)|[A-Z][\w’']*['’]s)\s((?:[\w’'-]+\s){0,4}?[\w’'-]+)\s$",
                         text[: rel_m.start()])
        if not np_m:
            return ""
        clause = text[rel_m.start() + len(rel_m.group(0).split()[0]) + 1: hit.start]
        clause = re.sub(r"\s(?:on|in|at|of)$", "", clause.strip())
        return f"The {np_m.group(1)} {clause}"
    if (rel := REDUCED_RELATIVE.search(text[: hit.start])) and phrases.has_verb(text[: rel.start(1)]) and \
            rel.group(1).split()[-1].lower() not in AUXILIARIES:
        # (a verb before the noun phrase: in "Leaders of the Group of Seven agreed on Thursday" "agreed" is the
        # main verb)
        # "..., building on the Declaration of Principles signed by former Prime Ministers Bob Hawke and Paias
        # Wingti in 1987": the date is the signing of the noun phrase before it, never the main clause's
        np_, verb, by = rel.group(1), rel.group(3), (rel.group(4) or "").strip()
        head = re.split(r"\s(?:of|between|on|for)\s", np_)[0].split()[-1]  # "the Declaration of Principles"
        be = "were" if re.search(r"[^s]s$", head) else "was"  # "the run-off elections were held"
        return phrases.tidy(f"{np_[:1].upper()}{np_[1:]} {be} {rel.group('adv') or ''}{verb} {by}".strip())
    if GERUND_CLAUSE.search(text[: hit.start]):
        return ""  # "has met Castro for the first time since announcing his intention [last December]": the
        # announcing's date, whose subject is elsewhere; never the meeting's
    if (pro := PRONOUN_SUBORDINATE.search(text[: hit.start])) and (main := MAIN_SUBJECT.match(text)) and \
            main.end(1) < pro.start():
        # "The Prime Minister will be focused on ..., when he meets President Trump today (Thursday 27 February)
        # in Washington D.C.": the date is the meeting's, and "he" is the main clause's subject
        after_date = re.split(r"[,;:]\s", text[hit.end:], maxsplit=1)[0].rstrip(" .")
        clause = f"{text[pro.end(): hit.start]}{_gap(text, hit)}{after_date}"
        clause = re.sub(r"\s(?:today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening))(?=\s*(?:\(|$))",
                        "", clause)
        verb, _, object_part = clause.partition(" ")
        base = verb[:-2] if verb.endswith("es") and verb[:-2] in BASE_VERBS else verb[:-1]
        if verb.endswith("s") and base in BASE_VERBS:
            clause = f"{past_of(base)} {object_part}"  # "he meets" -> "met": a question asks about it afterwards
        return phrases.tidy(f"{main.group(1)} {clause}")
    sub = SUBORDINATE.search(text[: hit.start])
    if sub and phrases.has_verb(sub.group(1)) and not any(h.start < sub.start() for h in hits if h is not hit):
        # "the list will be released after Charles and Camilla are coronated [on May 6]": the coronation's date
        clause = re.sub(r"\s(?:on|in|at)$", "", sub.group(1).strip())
        rest = re.match(r"[^,;:]*", text[hit.end:]).group(0).strip(" .!?")  # type: ignore[union-attr]  # always matches
        clause = f"{clause} {rest}".strip() if rest and not re.match(r"(?:and|but|or)\b", rest) else clause
        return clause[:1].upper() + clause[1:]
    if any(m.start(1) <= hit.start and hit.end <= m.end(1) for m in ANY_REL.finditer(text)):
        return ""  # the date is a relative clause's, which could not be read: never the main clause's
    np = re.search(r"\b(?:since|after|before|following|until)\s((?:the|a|an|his|her|their|its)\s"
                   r"[^,;:()\"“]{3,60}?)\s*$", text[: hit.start])
    if np and not phrases.has_verb(np.group(1)) and not re.search(r"\b(?:and|or)\b", np.group(1)):
        # "... had stayed away since the full-scale invasion of Ukraine in February 2022": the date is the invasion's
        return np.group(1)[:1].upper() + np.group(1)[1:]
    ahead = re.search(r"\bahead\sof\s((?:the\s)?[a-z][a-z-]+(?:\s[a-z-]+){1,4}?)\s(?:(?:on|in)\s)?$",
                      text[: hit.start].rstrip() + " ")
    if ahead and not re.search(r"\b(?:is|are|was|were|has|have|had|will|would|[a-z]+ed)\b", ahead.group(1)):
        # "raised rates ..., signalling a tighter stance ahead of local elections on March 31": the elections'
        return ahead.group(1)[:1].upper() + ahead.group(1)[1:]
    colon = re.match(r"[^:;\"“]{3,80}:\s", text)
    if colon and hit.start >= colon.end() and len(text[colon.end():].split()) >= 5 and not any(
            h.start < colon.end() for h in hits) and phrases.has_verb(text[colon.end(): hit.start]):
        # "On Monday the focus shifted to business: at a summit ..., Biden announced ...": the part after the colon
        cut = colon.end()
        text = text[cut:]
        hits = [DateHit(h.start - cut, h.end - cut, h.iso, h.how) for h in hits]
        hit = next(h for h in hits if h.iso == hit.iso and h.how == hit.how)
    if colon and hit.end < colon.end() and len(hits) == 1 and len(text[: colon.end()].split()) <= 10:
        # "On Monday the focus shifted to business: at a summit ..., Biden announced ...": the news is after the colon
        rest = text[colon.end():]
        lead1 = re.match(r"(?:at|after|during|before|in|on|At|After|During|Before|In|On)\b[^,;:\"“]*,\s", rest)
        if lead1 and not NOT_IN_LEAD.search(lead1.group(0)) and phrases.has_verb(rest[lead1.end():]):
            body = rest[lead1.end():].strip().rstrip(".")
            if len(body.split()) >= 4:
                return body[:1].upper() + body[1:]
    lead0 = LEAD.match(text) or re.match(r"(?:at|after|during|before|in|on)\b[^,;:\"“]*,\s", text)
    if (lead0 and hit.start >= lead0.end() and not NOT_IN_LEAD.search(lead0.group(0))
            and (len(lead0.group(0).split()) <= 18 or INVITED.match(text)) and len(text[lead0.end():].split()) >= 4
            and not any(h.start < lead0.end() for h in hits)):
        # "In the internationally isolated country, X signed ...": a lead without the date says no more than X did
        cut = lead0.end()
        text = text[cut:]
        hits = [DateHit(h.start - cut, h.end - cut, h.iso, h.how) for h in hits]
        hit = next(h for h in hits if h.iso == hit.iso and h.how == hit.how)
    if len(hits) == 1:
        semi = [m.end() for m in re.finditer(r";\s", text[: hit.start])]
        if semi and len(text[semi[-1]: hit.start].split()) >= 3:
            cut = semi[-1]  # "It was the 22nd summit; the previous one took place ... on December 6, 2021"
            text = text[cut:]
            hits = [DateHit(h.start - cut, h.end - cut, h.iso, h.how) for h in hits]
            hit = hits[0]
        # (a ", and" with no verb before it joins the subjects: "In a signing ceremony today ..., Chief Executive
        # Officer of the Millennium Challenge Corporation, Ambassador John Danilovich, and Lesotho's Minister ...
        # signed a $363 million Compact")
        boundary = next((b for b in re.finditer(r";\s|,\s(?:and|but|while|whereas)\s", text[hit.end:])
                         if not phrases.joins_subjects(text, hit.end + b.start())), None)
        if boundary:
            text = text[: hit.end + boundary.start()]
    lead = _lead(text, hit)
    if lead and len(hits) > 1:
        # the main clause, up to the clause that holds the next date
        nxt = min((h.start for h in hits if h.start >= lead.end()), default=len(text))
        main_clause = text[lead.end(): nxt]
        cut = max(main_clause.rfind(", "), main_clause.rfind("; "))
        if cut > 0 and nxt < len(text):
            main_clause = main_clause[:cut]
        text, hit, hits = text[: lead.end()] + main_clause, hit, [hit]
    if len(hits) > 1:
        # Several dates: keep the clause around this one, widened until it says something.
        bounds = sorted({0, len(text)} | {m.end() for m in re.finditer(r"[;:]\s|,\s(?:and\s)?|\sand\s", text)})
        others = [h for h in hits if h is not hit]
        lo = max(x for x in bounds if x <= hit.start)
        hi = min([x for x in bounds if x > hit.end] or [len(text)])

        def seg_words() -> int:
            return len((text[lo:hit.start] + text[hit.end:hi]).split())

        while seg_words() < 6 and hi < len(text):
            nxt = min([x for x in bounds if x > hi] or [len(text)])
            if any(hi <= o.start < nxt for o in others):
                break
            hi = nxt
        while seg_words() < 6 and lo > 0:
            if text[lo - 2: lo] == "; " and phrases.has_verb(text[lo:hit.start] + text[hit.end:hi]):
                break  # "...; that emergency ended in May 2023" is a clause of its own: gluing the one
                # before it on made "The WHO killed around 200 people"
            prv = max([x for x in bounds if x < lo] or [0])
            if any(prv <= o.start < lo for o in others):
                break
            lo = prv
        opening = (text[lo:hit.start] + text[hit.end:hi]).split()[:1]
        if lo > 0 and opening and (re.fullmatch(r"[a-z]+ed", opening[0]) or _past_verb(opening[0])) and not any(
                o.start < lo for o in others):
            # "The Prime Minister, Justin Trudeau, today held a meeting ..., during his visit from May 10 to 12":
            # the clause's verb after an appositive keeps the subject before it
            lo = 0
        seg = text[lo:hit.start] + _gap(text, hit) + text[hit.end:hi]
        colon_at = text.find(": ")
        if 0 < colon_at < lo and len(text[:colon_at].split()) <= 15 and not any(h.start < colon_at for h in hits):
            # "The two men met three times: in Vladivostok in April 2019, ..." keeps who did what
            seg = text[:colon_at] + ": " + seg.strip()
        elif lo > 0 and re.match(r"\s*(?:and\s)?(?:had\s|has\s|was\s|were\s)?[a-z]+ed\b", text[lo:hit.start]):
            # "X normalised relations in 1995 and agreed a partnership in 2013": the second verb keeps X
            sm = re.match(r"([A-Z][^,;:]{1,60}?)\s(?:had\s|has\s|was\s|were\s)?(?:[a-z]+ly\s|last\s|also\s|first\s)?"
                          r"[a-z]+ed\b", text)
            if sm and not re.search(r"\b(?:and|but|or)\s*$", sm.group(1)):
                seg = sm.group(1) + " " + re.sub(r"^\s*and\s", "", seg.strip())
    else:
        seg = text[: hit.start] + _gap(text, hit) + text[hit.end:]
        if lead:
            # "At their summit on Tuesday, A and B agreed X" -> "A and B agreed X, at their summit"
            rest = (text[: hit.start] + text[hit.end: lead.end()]).strip(" ,")
            rest = re.sub(r"\s+(?:in|on|at)$", "", rest)
            main_clause = text[lead.end():].rstrip(" .")
            # "..., X signed the agreement ..., listing 23 points ..., calling ...": a trailing participle
            # clause is commentary on the main one
            main_clause = re.split(r",\s(?:[a-z]+ing)\b", main_clause, maxsplit=1)[0]
            if len(rest.split()) <= 1:
                seg = main_clause
            else:
                seg = f"{main_clause}, {rest[:1].lower()}{rest[1:]}"
    seg = re.sub(r"\s+", " ", seg)
    # "PRETORIA, South Africa (AP) — Ethiopia's government agreed ...": the dateline is not part of the event
    seg = phrases.DATELINE.sub("", seg)
    seg = re.sub(r"\s+([,.;:])", r"\1", seg)
    seg = re.sub(r"^(?:[,;:]|and|and then|in|on|at|\d{4})\s+", "", seg.strip(), flags=re.I)
    seg = re.sub(r"(?:\s(?:and|but|or)|[,;:])+$", "", seg.strip())
    seg = re.sub(r"\b(?:in|on|at|for)\s*([,.;:]|$)", r"\1", seg)  # "is scheduled for [June 24]"
    seg = seg.strip(" ,.;:-–")
    seg = re.sub(r"^['’]s\s", "the ", seg)  # "Last year's summit ..." without "Last year"
    return seg[:1].upper() + seg[1:]


# What a possessive date names, up to where the noun phrase ends: a verb after "to", a clause, a stop.
_NP_END = re.compile(r"\s(?:and|but)\s[a-z]+ed\b|"
                     r"\sto\s(?!(?:the|a|an|their|his|her|its|our|this|that)\b)[a-z]+\b|"
                     r"\s(?:which|who|that|where|when|while|as)\b|[.;:!?]|"
                     r",\s(?!(?:[A-Z][\w-]*\s?)+?(?:,|\s?and\b))")


def _possessed_event(text: str, hit: DateHit) -> str | None:
    """"tomorrow's NATO Leaders' Meeting", "this afternoon's meeting between France, Germany, Turkey and
    the UK to discuss ...": the date names an event of its own, whatever the sentence around it does
    ("They looked forward to ..."). A possessed thing that is a quantity was refused earlier."""
    if not text[: hit.start].strip() and POSSESSIVE_END.search(text[hit.start: hit.end]):
        # "Sunday's election comes a year after ...": a possessive day opening the sentence dates its subject (up
        # to its event noun), not what the sentence goes on to say about it
        words = text[hit.end:].split()[:4]
        at = next((i for i, w in enumerate(words) if w.lower().strip(",.;:") in event_nouns()), None)
        return None if at is None else "The " + " ".join(words[: at + 1]).rstrip(",.;:")
    if not POSSESSED_AFTER.search(text[: hit.start].rstrip() + " "):  # a weekday's hit may start with a space
        return None  # "won last year's general election": the verb's clause is the event, dated then
    return _possessed_noun_phrase(text, hit)


def _possessed_noun_phrase(text: str, hit: DateHit) -> str | None:
    """What a possessive date ("tomorrow's", "last year's") owns, when it is an event; else None."""
    if not re.search(r"['’]s$", text[hit.start: hit.end]):
        return None
    rest = text[hit.end:].lstrip()
    end = _NP_END.search(" " + rest)
    phrase = (rest[: end.start() - 1] if end else rest).strip(" ,")
    words = phrase.split()
    # (the question engine's verb test: the loose one reads "the Maoist rebels" as "he rebels")
    if not 1 <= len(words) <= 14 or has_verb(phrase):
        return None
    head = re.split(r"\s(?:between|of|with|in|on|at|for|from|by)\s", phrase)[0].split()[-1]
    if head.lower().strip("'’") not in event_nouns():
        return None  # "today's ruler", "yesterday's prices": no event
    if head.lower() in national_events() and len(owner := {c for _, c in countries_in(text)}) == 1 and \
            not countries_in(phrase):
        # "... after being declared winner of Sunday's presidential run-off election" in a sentence about Niger:
        # asked alone, "the presidential run-off election" could be anyone's
        return f"{owner.pop()}'s {phrase}"
    return "The " + phrase


PERSONAL = re.compile(r"(He|She|His|Her)\s")
# words an event cannot start with and still be asked alone: a pronoun or demonstrative (which? whose?),
# "There he will meet ...", a preposition before an amount ("After the 4.34 billion euros levied ...")
CONTEXTUAL = re.compile(r"(?:It|Its|They|Their|Them|This|That|These|Those|There|Here|Such|We|Our|I)\b|"
                        r"(?:After|Before|Since|With|From|For|Of|To|By|Under|Over|Following|Until)\s"
                        r"(?:the\s|a\s|an\s|some\s|about\s)?[$€£¥\d]|(?:With|To|From|By)\s")


def _people_in(text: str, full: dict[str, str]) -> set[str]:
    """The article's leaders named in ``text``, by full name or by a surname only one of them has."""
    found: set[str] = set()
    for alias in sorted(full, key=len, reverse=True):
        if word_starts(text, alias, "-"):
            found.add(full[alias])
    return found


# A clause put before its sentence's subject ("After meeting with X, he ...", "Having signed the deal, she
# ..."): its subject is the main clause's, so a person named in it is someone else, never "he".
_FRONTED = re.compile(r"^\s*(?:After|Before|While|When|Following|Upon|On|Having|Since|During|Ahead of)\s[^,]*,\s*$")


# "The deal was signed in Kathmandu on Tuesday" after "... the signing of a historic accord between Prime Minister
# Girija Prasad Koirala and Prachanda, leader of ...": the deal the sentence before names, with its parties
_THE_DEAL = re.compile(r"The\s(?:peace\s)?(?:deal|accord|agreement|pact|treaty)\b")
_DEAL_BETWEEN = re.compile(r"\b(?:an?|the)\s(?:(?:historic|landmark|new|long-awaited|comprehensive)\s)?((?:peace\s)?"
                           r"(?:deal|accord|agreement|pact|treaty))\s(between\s[^,;:.]{3,80}?\sand\s"
                           r"(?:the\s)?[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,3})(?=[,;:.]|\s[a-z])")


_RELEASE_VOICE = re.compile(r"^(?:[A-Z][\w'’ ]{0,40}?\s)?(?:we|I)\s(?:announce|are\sannouncing|have\sannounced|"
                            r"announced)\s(?:that\s)?(?P<who>(?:the\s|The\s)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})"
                            r"\swill\s(?P<verb>[a-z]+)\s(?P<rest>.+)$")
_SETTING = re.compile(r"^(?:In|At|During)\s(?:a|an|the)\s(?:[\w-]+\s){0,2}?(?:ceremony|reception|event|signing)\b"
                      r"[^,]{0,100},\s(?=[a-zA-Z])")


def _named_deal(event: str, previous: list[Sentence]) -> str | None:
    """``event`` with its opening "The deal" named as the nearest sentence before (same paragraph) names it, with
    the parties it was between; None when none does."""
    ref = _THE_DEAL.match(event)
    if not ref:
        return None
    for b in reversed(previous):
        if deal := _DEAL_BETWEEN.search(b.text):
            return f"The {deal.group(1)} {deal.group(2)}{event[ref.end():]}"
    return None


def _readable(event: str, sentence: str, previous: list[Sentence], full: dict[str, str],
              said: bool = False, reporting: bool = False) -> str | None:
    """The event as a clause a question can be asked about, or None when it cannot stand alone.

    A leading "He"/"His" becomes the one person named nearest before it: in the sentence, else in the
    sentence before, else the one before that in the same paragraph (so "His first decree ..." is Milei's
    only when Milei is the one leader in sight); when the nearest sentence with a name names several, or
    none is in sight, the event is dropped, because a guessed name makes a false fact and an unresolved
    pronoun an unanswerable question. Events that start with another pronoun, a demonstrative ("That
    emergency ended"), a verb ("Won an absolute majority", "Founded in Sunnyvale, ...", "Signalling a
    tighter stance"), a preposition before an amount or a bare preposition ("With the U.K"), and bare
    amounts ("2.42 billion euros") are dropped too: the question engine would refuse them."""
    from ..english import event_stands_alone

    event = re.sub(r"\b(?:from|since|until|by|in|on|at)\s+(?=(?:to|and|until|through)\b)", "", event)
    # "John Key today met with Li Keqiang", "agreed ... in Downing Street last night [Monday 14 June]": a
    # relative word left beside the date, once the date is read, adds nothing and would be wrong in a stem
    event = RELATIVE_LEFT.sub("", event)
    # "met with Uhuru Kenyatta at Chequers [today], to reiterate the UK's commitment to develop our partnership":
    # the purpose after a comma is the release's gloss, not the event (and its "our" speaks as the publisher)
    purpose = PURPOSE_AFTER_COMMA.search(event)
    if purpose and len(event[: purpose.start()].split()) >= 4:
        event = event[: purpose.start()]
    # "agreed to greater security and economic cooperation between their 2 countries – in the face of growing
    # aggression from malign regimes": what follows a spaced dash is the release's aside, not the event
    # (a dash inside a name, "the second United States – Paraguay Political and Economic Dialogue", is no aside)
    aside = re.search(r"\s[–—]\s(?=[a-z])", event)
    if aside and len(event[: aside.start()].split()) >= 5 and has_verb(event[: aside.start()]):
        event = event[: aside.start()]
    meeting = MEETING_PURPOSE.search(event)
    if meeting and meeting.group("verb") in BASE_VERBS and len(event[: meeting.start("to")].split()) >= 4:
        event = event[: meeting.start("to")].rstrip()
    # "announced the results late [Sunday]": the part of the day went with the date
    event = re.sub(r"\s(?:late|early)$", "", event)
    if re.search(r"\bas follows\b|:\s[^:]*\d", event):
        return None  # "the results are as follows: John Dramani Mahama, NDC: 5,574,761 votes": a list, no event
    # an editor's insertion ("tomorrow [Wednesday]") or a bracket the date left empty ("today ( )")
    event = re.sub(r"\s*\[[^\]]{0,40}\]|\s*\(\s*\)", "", event)
    # "Australia's five largest trade surpluses have all been recorded [in 2019]": a dated event is told in the
    # past ("were all recorded"), or its question reads "did ... have all been record"
    event = re.sub(r"\b(has|have)\s((?:all|also|already|now)\s)?been\b",
                   lambda m: f"{'was' if m.group(1) == 'has' else 'were'} {m.group(2) or ''}".rstrip(), event)
    # "It was Putin's first trip ... in 24 years: [in July 2000] he was received by Kim Jong Il", "It was
    # Putin's first foreign trip since he was sworn in [on May 7]": the dated clause is the one after;
    # "There he will meet Joe Biden [on Tuesday]": the adverb points back, the clause still says it
    # "Because elections are near, the full budget ... will be presented": the main clause is the event;
    # "As Prime Minister he signed ...": the pronoun is the subject
    event = re.sub(r"^(?:Because|Although|Though|While|If)\s[^,]{3,80},\s(?=[a-z]+\s)", "", event)
    event = re.sub(r"^As\s(?:[A-Z][\w-]*\s){1,3}(?=(?:he|she)\s)", "", event)
    event = event[:1].upper() + event[1:]
    # "The group's final communique, published [on Friday evening], runs to 36 pages": the publication
    part = re.match(r"((?:The|A|An|[A-Z][\w.-]*['’]s)\s[^,]{2,60}?),\s(?:first\s)?(published|signed|released|issued|"
                    r"adopted|founded|launched|agreed|opened|built),\s", event)
    if part:
        event = f"{part.group(1)} was {part.group(2)}"
    # "A Memorandum of Understanding (MoU) signed [today (9 May 2025)] between ...": a headline-style participle
    # with no verb of its own is read as done ("was signed"), or its question reads "did ... sign today"
    part = re.match(r"((?:The|A|An)\s[^,;]{2,60}?)\s(signed|agreed|concluded|ratified|adopted|launched|"
                    r"unveiled|announced|reached|sealed|renewed)\s(?=(?:between|by|with|in|at)\s)", event)
    if part and not has_verb(part.group(1)) and not re.search(r"\b(?:will|would|is|are|was|were|has|have|had|can|"
                                                             r"could|may|might|must)\b", event[part.end():]):
        event = f"{part.group(1)} was {part.group(2)} {event[part.end():]}"
        # "... between the Transport Secretary, Heidi Alexander": a pair cut at its first member says nothing
        event = re.sub(r"\sbetween\s(?!.*\sand\s).*$", "", event)
    # "Compacts with Honduras and Nicaragua signed [last year] are now in the implementation phase": the date is
    # the participle's, so the event is the signing, not what the compacts are now
    part = re.match(r"((?:The\s|A\s|An\s)?[A-Z][^,;]{2,60}?)\s(signed|agreed|concluded|ratified|adopted|launched|"
                    r"reached|sealed|renewed|completed)\s(?:are|is|were|was|have|has|remain|remains)\s", event)
    if part and not has_verb(part.group(1)):
        head = re.split(r"\s(?:with|of|between|for|on)\s", part.group(1))[0].split()[-1]
        event = f"{part.group(1)} {'were' if head.endswith('s') and not head.endswith('ss') else 'was'} {part.group(2)}"
    # "the Declaration of Cooperation first signed [in December 2016], until the end of 2023": the signing
    part = re.search(r",\s(?:the\s)?((?:[A-Z][\w-]*\s(?:of\s)?){1,5})(first\s|originally\s)?(signed|agreed|founded|"
                     r"launched|created|established|adopted)(?=,|$)", event)
    if part:
        event = f"The {part.group(1).strip()} was {part.group(2) or ''}{part.group(3)}".replace("  ", " ")
    cleft = re.match(r"It (?:was|is)\b[^:]*?(?::\s|\ssince\s(?=(?:he|she)\s))(\S.*)|(?:There|Then|Here)\s"
                     r"(?=(?:he|she)\s)(\S.*)", event)
    if cleft:
        rest = cleft.group(1) or cleft.group(2)
        event = rest[:1].upper() + rest[1:]
    # "His Excellency General Secretary ...", "(“the CPV”)": a style is no pronoun, a short form no part of the event
    event = re.sub(r"\b(?:His|Her|Their)\s(?:Excellency|Excellencies|Majesty|Royal\sHighness|Highness)\s", "", event)
    event = re.sub(r"\s\((?:[“\"]?(?:the\s)?[A-Z][\w.]{1,9}[”\"]?)\)(?=[\s,.;]|$)", "", event)
    event = event[:1].upper() + event[1:]
    watched = ATTENDED.match(event)
    if watched and watched.group(2).lower() in event_nouns():
        # "Thousands attended her swearing-in in Kingston": the event is hers, not the crowd's
        event = f"{watched.group(1).capitalize()} {event[watched.start(2):]}"
    named = _named_deal(event, previous)
    if named:
        event = named
    voiced = _RELEASE_VOICE.match(event)
    if voiced and voiced["verb"] in BASE_VERBS:
        # "Today on World Refugee Day we announce the Australian Government will provide ...": the release
        # speaking as "we" announced it, that day
        speaker = voiced["who"]
        event = f"{speaker[:1].upper()}{speaker[1:]} announced it would {voiced['verb']} {voiced['rest']}"
    setting = _SETTING.match(event)
    if setting and has_verb(event[setting.end():]):
        # "In a ceremony witnessed by senior leaders of El Salvador and the United States, the two countries signed
        # ...": the ceremony is where, its countries who "the two countries" are
        named_there = list(dict.fromkeys(c for _, c in countries_in(setting.group(0))))
        event = phrases.resolve_pair(event[setting.end():], named_there)
        event = event[:1].upper() + event[1:]
    pm = PERSONAL.match(event)
    if pm:
        pos = re.search(rf"\b{pm.group(1)}\b", sentence, re.I)
        who: set[str] = set()
        head = sentence[: pos.start()] if pos else ""
        if _FRONTED.match(head):
            head = ""  # "After meeting with Lieutenant Governor Pierre Duchesne ..., he": he met Duchesne
        for context in [head, *(b.text for b in reversed(previous))]:
            who = _people_in(context, full)
            if who:
                break
        if len(who) != 1:
            return None
        name = who.pop()
        event = (f"{name}'s " if pm.group(1) in ("His", "Her") else f"{name} ") + event[pm.end():]
    # "Caputo said on Monday that he would announce the first measures [on Tuesday]": the date is the
    # announcement's, not the saying's (but in "HPE said Tuesday it will buy Juniper" the day is the saying's)
    reported = re.match(r"([A-Z][^,;]{0,60}?)\s(?:said|says|told\s\w+)(?:\s(?:on\s)?(?:Monday|Tuesday|Wednesday|"
                        r"Thursday|Friday|Saturday|Sunday))?(?:\sthat)?\s(?:he|she|it|they)\s(would|will)\s", event)
    if reported and not said and not PERSONAL.match(event) and not CONTEXTUAL.match(event):
        event = f"{reported.group(1)} {reported.group(2)} {event[reported.end():]}"
    # "The Prime Minister confirmed that the UK Carrier Strike Group will deploy to the region again [in
    # 2025]": a plan's date is the plan's ("will deploy"), not the confirming's
    planned = re.match(r"[A-Z][^,;]{0,80}?\s(?:confirmed|announced|said|stated|noted|agreed|welcomed)\s"
                       r"(?:(?:on\s)?\w+\s)?that\s((?:the\s)?[A-Za-z][^,;]{1,80}?\s(?:will|would)\s\w.*)$", event)
    if planned and not (said or reporting) and not PERSONAL.match(planned.group(1)) and \
            not CONTEXTUAL.match(planned.group(1)):
        event = planned.group(1)[:1].upper() + planned.group(1)[1:]
    # "bought $1.1 billion of bonds in the week to [March 15], central bank data showed"
    event = re.sub(r"\s(?:in|during|for|over)\s(?:the\s)?(?:week|month|quarter|year|period|days|weeks|months)\s"
                   r"(?:to|ending|ended|until|through)(?=\s*(?:[,.;]|$))", "", event)
    if CONTEXTUAL.match(event):
        return None
    if re.fullmatch(r"[^,;]*(?<!\sbeen)(?<!\swas)(?<!\swere)(?<!\sis)(?<!\sare)\s(?:said|says|announced|reported|"
                    r"added|wrote)(?:\s(?:earlier|later|previously))?", event):
        return None  # "The statistics institute said earlier [this month]": the saying, not what was said
    first = event.split(" ", 1)[0].strip(",")
    if _past_verb(first) or re.fullmatch(r"[A-Z][a-z]+ed", first) and re.match(
            r"\S+,?\s(?:at|by|in|after|from|with|and|on|for|over)\b", event):
        return None  # "Signed, and with the United Kingdom", "Weakened at home after the elections": who?
    if re.search(r"\s(?:until|to|from|by|since|between)$", event):
        return None  # "The summit runs until [12 December]": the date was the point, and it has gone
    event = re.sub(r"\s(?:and|or)\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", "", event)
    if re.fullmatch(r"[A-Z][a-z]+ing", first) or not event_stands_alone(event):
        return None  # "Signalling a tighter stance ahead of local elections": who did?
    modal = re.search(r"\b(?:could|might|may)\s(?:also\s|still\s)?[a-z]+", event)
    if modal and not re.search(r"\b(?:said|says|announced|warned|stated|told|added)\b", event[: modal.start()]):
        return None  # "New Zealand cheeses could also make up 15% ...": a possibility has no date
    if OTHER_DATE.search(event):
        return None  # "The Geneva deal will take effect January 20" dated by the confirming's Sunday: the
        # event keeps a date of its own, so the question would have two answers
    return event


def extract_dates(sentences: list[Sentence], source: str, pub: dt.date | None, pair: list[str] | None = None,
                  leaders: list[tuple[str, str, str | None]] | None = None, joint: str | None = None, *,
                  story_pair: list[str] | None = None) -> list[Fact]:
    """One date fact per dated event; the same event on the same date from two sentences is one fact.

    ``pair`` is the story's two countries when the headline names both; ``story_pair`` the two the text
    names most, enough to tell that a bare title may be either side's."""
    facts: list[dict] = []
    previous_day: str | None = None
    recent: dict[int, str] = {}
    last_para = -1
    people = phrases.people_patterns(leaders or [], [s.text for s in sentences], story_pair or pair)
    names = [n for n, _, _ in leaders or []]
    before: list[Sentence] = []  # the sentences before, in the same paragraph (or the one just before): where
    # "he" is found
    surnames = [n.split()[-1] for n in names]
    full = {n: n for n in names} | {s: n for s, n in zip(surnames, names, strict=True)
                                    if surnames.count(s) == 1 and len(s) > 2}
    for sent in sentences:
        if sent.is_heading:
            continue
        if sent.paragraph > last_para + 2:
            previous_day = None
            recent = {}
        hits = find_dates(sent, pub, previous_day, recent)
        # news paragraphs are often one sentence: the one just before a paragraph's first sentence is in sight too
        before = [b for b in before if b.paragraph == sent.paragraph] or before[-1:]
        for h in hits:
            if any(o is not h and re.fullmatch(r"[,\s]*", sent.text[min(o.end, h.end): max(o.start, h.start)])
                   and (o.iso == h.iso and o.end <= h.start or o.iso.startswith(h.iso) and len(o.iso) > len(h.iso))
                   for o in hits):
                continue  # "on Thursday, 30 November", "in June last year": one date written twice, one event
            event: str | None = ((_said_news(sent.text, h.start, h.end) or "") if h.how == "said"
                                 else _event(sent.text, h, hits))
            try:
                event = phrases.clean_event(event, people, pair or [], None) if event else event
            except Exception:  # noqa: BLE001 - a wording nicety: keep the plain event
                pass
            event = phrases.resolve_we(event, joint, pair or []) if event else event
            # "S, the PM has announced today": the day is the announcing's, even when S tells of a plan
            reporting = bool(_reported_after(sent.text, h.start))
            event = _readable(event, sent.text, before, full, h.how == "said", reporting) if event else event
            if len(h.iso) == 10:
                # a dropped event still dates the sentence: "on Tuesday" after it is that week's
                previous_day = h.iso
                last_para = sent.paragraph
                if h.how == "wd":
                    recent[dt.date.fromisoformat(h.iso).weekday()] = h.iso
            if not event or len(event.split()) < 2:
                continue
            framing = release_framing().search(event)
            if framing:
                # "The Prime Minister issued the following statement to welcome X": he welcomed X; with no
                # purpose the statement is the release itself, not an event of the story
                purpose = re.match(r"\s+to\s([a-z]+)\s(.+)$", event[framing.end():])
                if not purpose:
                    continue
                subject = re.split(r"\s(?:today\s)?(?:issued|released|made|published|gave|delivered)\s",
                                   event[: framing.start()])[0]
                event = f"{subject} {past_of(purpose[1])} {purpose[2]}"
            words = content_words(event)
            for f in facts:
                shared = words & f["words"]
                if f["date"] == h.iso and len(shared) >= 2 and len(shared) >= 0.5 * min(len(words), len(f["words"])):
                    if sent.text not in f["quotes"]:
                        f["quotes"].append(sent.text)
                    break
            else:
                note = None
                if h.how == "wd" and pub:
                    note = f"Weekday resolved against the publication date {pub.isoformat()}."
                elif h.how == "rel":
                    note = "Relative date resolved from the publication date or the previous sentence."
                elif h.how in ("m", "md") and pub:
                    note = f"Year taken from the publication date {pub.isoformat()}."
                facts.append({"event": event, "date": h.iso, "quotes": [sent.text], "words": words, "notes": note})
        before = [b for b in [*before, sent] if b.paragraph == sent.paragraph][-2:]
    out = []
    for f in facts:
        date: object = dt.date.fromisoformat(f["date"]) if len(f["date"]) == 10 else f["date"]
        out.append(Fact("date", (("event", f["event"]), ("date", date)),
                        tuple(Quote(source, q) for q in f["quotes"]), notes=f["notes"],
                        hint=slug(f["event"], 4) + "-" + f["date"][:4]))
    return out
