"""Wording per fact kind: each template is one way to ask about a fact, before it gets a type.

A template fixes the prompt, the answer, its distractors and how to state the fact as a
claim (for true/false); the builders in engine.py turn it into mc, tf and typed questions.
"""

from __future__ import annotations

import functools
import random
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from ..dates import MONTHS, IsoDate, Precision
from ..english import (
    FORMER_ROLE,
    as_question_clause,
    date_phrase,
    date_question_opening,
    event_stands_alone,
    event_verb,
    has_verb,
    how_many,
    how_much,
    join_names,
    lower_first,
    names_an_event,
    place_np,
    trim_event,
    upper_first,
    when_phrase,
    with_article,
)
from ..gazetteer import RANK, canonical_place, gazetteer
from ..model import Agreement, Citation, DateFact, Deck, Fact, Figure, Leader, Quote
from ..text import contains_phrase, fold, indefinite_article, strip_diacritics
from . import distractors as D
from .index import index_of, names_a_country
from .model import AnswerKind
from .numbers import PEOPLE_UNITS, figure_variants, is_bound, is_ordinal, with_value
from .perdeck import per_deck

_AGREEMENT_NOUNS = re.compile(r"\b(pacts?|treaty|treaties|memorand\w*|mous?|deals?|agreements?|accords?|"
                              r"partnerships?|contracts?|declarations?|charters?|conventions?|protocols?|"
                              r"alliances?|statements?|roadmaps?|frameworks?|communiqu[eé]s?|compacts?|"
                              # the words extraction reads as agreements ("the Millennium Challenge Compact", "a
                              # permanent ceasefire"): never "an agreement on Millennium Challenge Compact"
                              r"arrangements?|ceasefires?|cease-fires?|truces?|armistices?)\b", re.I)
_IRREGULAR_PLURALS = {"memoranda", "treaties", "mous", "criteria"}
_MEASURE_WORDS = ("value", "cost", "trade", "share", "age", "length", "amount", "volume", "price", "total",
                  "number", "rate", "increase", "decrease", "growth", "budget", "target", "sum", "population",
                  "percentage", "proportion", "size", "level", "worth", "revenue", "investment", "exports",
                  "imports", "duration", "distance", "height", "capacity", "output", "debt", "deficit", "gdp",
                  "magnitude")
# A what that is a count's measure already ("death toll for the recent earthquake"): asked as itself
_MEASURE_HEAD = re.compile(r"^(?:death\s)?(?:toll|total|tally|count)\b", re.I)
_MONEY = {"usd", "eur", "gbp", "jpy", "cny", "rub", "inr", "vnd", "krw", "php", "aud", "cad", "chf", "brl"}


@dataclass(frozen=True)
class Template:
    """One way to ask about a fact. ``claim(x)`` states the fact with ``x`` in the answer's place."""

    name: str
    prompt: str
    answer: str
    answer_kind: AnswerKind
    citation: Citation
    options: tuple[str, ...]  # distractors, most plausible first
    claim: Callable[[str], str] | None = None
    aliases: tuple[str, ...] = ()
    value: str | None = None
    unit: str | None = None
    typed: bool = True  # short enough to type
    extra: dict[str, str] = field(default_factory=dict)


def templates_for(fact: Fact, deck: Deck, rng_for: Callable[[str], random.Random]) -> list[Template]:
    if isinstance(fact, Leader):
        return _leader(fact, deck, rng_for)
    if isinstance(fact, DateFact):
        return _date(fact, deck, rng_for)
    if isinstance(fact, Figure):
        return _figure(fact, deck, rng_for)
    if isinstance(fact, Agreement):
        return _agreement(fact, deck, rng_for)
    if isinstance(fact, Quote):
        return _quote(fact, deck, rng_for)
    return []


def _quote(f: Quote, deck: Deck, rng_for: Callable[[str], random.Random]) -> list[Template]:
    """Who said it: "Who said “a shameful waste of money”?" A disputed quote is attributed to its source."""
    opening = ""
    if f.disputed:
        opening = f"According to \u201c{deck.source(f.sources[0].source).title}\u201d, "
    # "Who said “the best possible answer for the entire world”?": the quoted words lose the full stop that
    # ended the speaker's sentence, which would stand between the closing mark and the question mark
    words = f.words.strip().strip("\"“”'").rstrip(".,;: ")
    shown = f"\u201c{words}\u201d"
    options = tuple(D.speaker_options(deck, f, rng_for("who-said")))
    if not options:
        return []  # the story's only person: "who said it?" asks nothing a reader could get wrong
    idx = index_of(deck)
    country = next((o.of for o in idx.by_person_key.get(fold(f.speaker), ()) if o.of), None)
    return [Template(
        "who-said", _ask(opening, f"who said {shown}?"), f.speaker, AnswerKind.PERSON, f.sources[0], options,
        claim=lambda x: _ask(opening, f"{x} said {shown}."),
        aliases=name_forms(f.speaker, f.aliases, name_owners(deck), country),
    )]


def _context(fact: Fact, deck: Deck) -> tuple[str, bool]:
    """An opening that pins the claim in time or to its source, and whether to speak in the past.

    Offices change hands: "who is the President" would turn false, "In June 2024, who was" stays true.
    A disputed fact is only ever asked as what its source says.
    """
    source = deck.source(fact.sources[0].source)
    if fact.disputed:
        return f"According to \u201c{source.title}\u201d, ", False
    as_of = fact.as_of or source.published
    if as_of is not None:
        month = IsoDate(as_of.year, as_of.month) if as_of.month else as_of
        return f"In {month.human()}, ", True
    return f"According to \u201c{source.title}\u201d, ", False




_SUFFIX = re.compile(r"\s(?:Jr\.?|Sr\.?|[IVX]{1,4})$")
_KOREAN = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]{1,3} [A-Z][a-z]{1,3}")  # "Kim Jong Un": family name first


def name_forms(name: str, aliases: Sequence[str], owners: Mapping[str, set[str]],
               country: str | None = None) -> tuple[str, ...]:
    """The other ways a learner may type the person, listed for exports whose quiz tools match answers
    exactly (Moodle, GIFT): the deck's aliases, the surname when no one else in the deck shares it
    ("Sócrates" for José Sócrates), the first word where the person's country (``country``) goes by it ("Xi"
    for Xi Jinping), the given name's common short form ("Liz Truss" for Elizabeth Truss), and each without
    diacritics ("Jose Socrates"). A regnal number or suffix is no surname: "Abdullah II" is also "Abdullah",
    never "II"."""
    core = _SUFFIX.sub("", name)
    words = core.split()
    surname = " ".join(words[next((i for i in range(1, len(words)) if words[i][0].islower()), len(words) - 1):]) \
        if len(words) > 1 else ""
    if len(words) == 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1]) or (
            len(words) == 3 and all(re.fullmatch(r"[A-Z][a-z]{1,3}", w) for w in words[1:])):
        # a Korean name puts the family name first: "Ban" for Ban Ki-moon, "Kim" for Kim Jong Il (never "Il")
        surname = words[0]
    family = [a for a in aliases if " " in a and fold(name).endswith(" " + fold(a))]
    if family:
        surname = ""  # "Simpson Miller" (an alias) is her family name: "Miller" alone is not
    own = {fold(name), *(fold(a) for a in aliases)}
    forms = [a for a in aliases if not _SUFFIX.fullmatch(" " + a)]
    if core != name and len(words) == 1:
        forms.append(core)  # "Abdullah" for King Abdullah II
    first_word = len(words) > 1 and gazetteer().goes_by_first_word(country)
    if len(words) == 3 and all(w[:1].isupper() for w in words) and not _KOREAN.fullmatch(core) and not first_word:
        forms.append(" ".join(words[1:]))  # "Johnson Sirleaf" for Ellen Johnson Sirleaf: a double surname
    for word in (surname, words[0] if first_word else ""):
        if word and not owners.get(fold(word), set()) - own:
            forms.append(word)  # no one else's name holds the word, or is it
    if len(words) > 1:  # "Liz Truss" for Elizabeth Truss, "Joseph Biden" for Joe Biden
        forms += [" ".join((short, *words[1:])) for short in gazetteer().given_name_forms(words[0])]
    forms += [strip_diacritics(x) for x in (name, *forms) if strip_diacritics(x) != x]
    return tuple(dict.fromkeys(x for x in forms if x != name))


@per_deck
def name_owners(deck: Deck) -> dict[str, set[str]]:
    """Each folded word of the deck's people's names (and each whole name) -> the folded names holding it, once
    per deck: a name's forms are made for every person question, and scanning every name for each made a
    10,000-fact deck's questions quadratic."""
    index: dict[str, set[str]] = {}
    for n in index_of(deck).names:
        folded = fold(n)
        index.setdefault(folded, set()).add(folded)
        for w in folded.split():
            index.setdefault(w, set()).add(folded)
    return index


_RANKED = rf"(?:{RANK}\s)?"
_MINISTRY = re.compile(rf"(?P<head>{_RANKED}Minister(?:\sof\sState(?=\s(?:of|for)\s))?)\s(?P<prep>of|for)\s"
                       r"(?P<the>the\s)?(?P<tail>[A-Z].+)")
_TITLED = re.compile(rf"(?P<pre>{_RANKED})(?!(?:[\w-]+\s)?(?:Prime|First|Chief|Senior)\s)"
                     r"(?P<tail>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)\sMinister")


def _office_forms(role: str) -> tuple[str, ...]:
    """The other ways a learner may type a minister's office: "Minister for Trade" or "Trade Minister" for the
    Minister of Trade, "Foreign Minister" for the Minister of Foreign Affairs, and one portfolio of a list
    ("Minister of International Trade" for the Minister of Export Promotion, International Trade and Economic
    Development). Never a broader office: "Minister" alone is not accepted."""
    affairs = gazetteer().affairs_portfolios
    forms: list[str] = []
    if m := _MINISTRY.fullmatch(role):
        head, tail, the = m["head"], m["tail"], m["the"] or ""
        # ("for the European Neighbourhood and the Americas": a part takes the role's own article, never a second;
        # "for International Development and the Pacific" keeps the part's)
        parts = [p.strip().removeprefix("the " if the else "") for p in re.split(r",\s|\s(?:and|&)\s", tail)
                 if p.strip()]
        # "Foreign, Commonwealth and Development Affairs": the list shares its last word; its parts are not offices
        shared = len(parts) > 1 and any(len(p.split()) == 1 for p in parts[:-1]) and len(parts[-1].split()) > 1
        preps = ("of", "for") if head == "Minister" else (m["prep"],)
        for p in [tail] + ([] if shared or len(parts) == 1 else parts):
            forms += [f"{head} {prep} {the}{p}" for prep in preps]
            short = p.removesuffix(" Affairs") if p.removesuffix(" Affairs") in affairs else p.removeprefix("the ")
            if head == "Minister" and len(short.split()) <= 2 and not re.search(r",|\band\b|&", short):
                forms.append(f"{short} Minister")
    elif m := _TITLED.fullmatch(role):
        tail = m["tail"]
        full = f"{tail} Affairs" if tail in affairs else tail
        forms += [f"{m['pre']}Minister of {full}", f"{m['pre']}Minister for {full}"]
    return tuple(dict.fromkeys(f for f in forms if fold(f) != fold(role)))


_AGE_OF = re.compile(r"(?i)age of\b")
_TOLL = re.compile(r"\b(?:killed|injured|wounded|dead|deaths|died|arrested|detained|displaced|evacuated|missing|"
                   r"casualties|fatalities)\b", re.I)


@functools.lru_cache(maxsize=256)
def _word_start(text: str) -> re.Pattern[str]:
    """``text`` at the start of a word, any case, compiled once per text (a story's country: "Senegal" for
    "Senegalese"), not through re's shared cache, which a large deck's names churn."""
    return re.compile(rf"(?i)\b{re.escape(text)}")


@per_deck
def _story_day_index(deck: Deck) -> tuple[list[int], list[IsoDate]]:
    """The days the deck's dated facts give, sorted by day number, once per deck."""
    days = sorted({f.date for f in deck.known_facts() if isinstance(f, (DateFact, Agreement)) and f.date
                   and f.date.precision is Precision.DAY}, key=lambda d: d.to_date().toordinal())
    return [d.to_date().toordinal() for d in days], days


def _story_days(deck: Deck, near: IsoDate) -> list[IsoDate]:
    """The story's other days within a month (``D.STORY_DAYS``) of ``near``, found by bisection: a deck of 10,000
    facts has thousands of days, and each date question looks."""
    if near.precision is not Precision.DAY:
        return []
    ordinals, days = _story_day_index(deck)
    at = near.to_date().toordinal()
    return days[bisect_left(ordinals, at - D.STORY_DAYS): bisect_right(ordinals, at + D.STORY_DAYS)]


def _ask(opening: str, question: str) -> str:
    return upper_first(opening + question) if opening else upper_first(question)


# A spokesperson speaks for an office and is no office of state: "Scott Stanzel was the spokesman of the United
# States" is a false-sounding office and a detail no teacher asks (their words are asked as quotes)
_SPOKESPEOPLE = re.compile(r"(?:^|\s)(?:spokesman|spokeswoman|spokespersons?)$", re.I)


def worth_asking(fact: Fact) -> bool:
    """Whether any question is asked about the fact at all (a spokesperson's office is not)."""
    return not (isinstance(fact, Leader) and _SPOKESPEOPLE.search(fact.role))


def _leader(f: Leader, deck: Deck, rng_for: Callable[[str], random.Random]) -> list[Template]:
    opening, past = _context(f, deck)
    be = "was" if past else "is"
    of_np = place_np(f.of, gazetteer().is_country(f.of)) if f.of else None
    office = f"the {f.role}" + (f" of {of_np}" if of_np else "")
    envoy, to, posting = f.role.partition(" to ")
    if of_np and to and " of " not in envoy:
        office = f"the {envoy} of {of_np} to {posting}"  # "the Ambassador of Iceland to the United Kingdom"
    role_head, _, role_tail = f.role.partition(" of ")
    # whole words: "State" of "Secretary of State" is not the "States" of "United States" (round 20: "the
    # Secretary of the United States")
    if of_np and role_tail and re.search(rf"\b{re.escape(fold(re.sub(r'^the ', '', role_tail, flags=re.I)))}\b",
                                         fold(f.of)):
        office = f"the {role_head} of {of_np}"  # "Chairman of the National Assembly" of "National Assembly of X"
    else:
        role_head = f.role
    cite = f.sources[0]
    out: list[Template] = []
    idx = index_of(deck)
    ambiguous = any(o.id != f.id and not idx.same_person(o, f.name) for o in idx.holders(f.role, f.of))
    # "Who was the chair?" names no chair: without `of` (or an "of" in the role) the office is not one
    # person's. "Who was the former President of Kenya?" has several answers; nor is "former President"
    # an office anyone holds: such a person is asked only where they were it ("of which country").
    former = bool(FORMER_ROLE.match(f.role))
    if not ambiguous and (f.of or _names_a_body(role_tail)) and not former:
        out.append(Template(
            "who", _ask(opening, f"who {be} {office}?"), f.name, AnswerKind.PERSON, cite,
            tuple(D.person_options(deck, f, f.role, f.of, rng_for("who"))),
            claim=lambda x: _ask(opening, f"{x} {be} {office}."),
            aliases=name_forms(f.name, f.aliases, name_owners(deck), f.of),
        ))
    hold = "did" if past else "does"
    where = f" in {of_np}" if of_np else ""
    if not former:
        out.append(Template(
            "office", _ask(opening, f"what office {hold} {f.name} hold{where}?"), f.role, AnswerKind.OFFICE, cite,
            tuple(D.office_options(deck, f, rng_for("office"))),
            claim=lambda x: _ask(opening, f"{f.name} {be} the {x}" + (f" of {of_np}." if of_np else ".")),
            aliases=_office_forms(f.role),
        ))
    if f.of and not re.search(r"['’]s\s", f.of):
        # ("Benin's constitutional court": a body named through its country's possessive has no stand-ins of
        # its sort, and its name says half the answer; the who and office questions ask it)
        division = gazetteer().subdivision(f.of)
        what = division[1] if division else "country" if gazetteer().is_country(f.of) else "organisation"
        held_in = [o.of for k in idx.person_keys[f.id] for o in idx.by_person_key[k] if o.of and o.id != f.id]
        out.append(Template(
            "of", _ask(opening, f"{f.name} {be} the {role_head} of which {what}?"), f.of, AnswerKind.PLACE, cite,
            tuple(D.place_options(deck, f.of, held_in, rng_for("of"), office=f.role)),
            claim=lambda x: _ask(opening, f"{f.name} {be} the {role_head} of {place_np(x, what == 'country')}."),
        ))
    return out


def _names_a_body(role_tail: str) -> bool:
    """Whether the "of ..." of an office says whose it is: "of the Communist Party of Vietnam" does, "of
    State" (which country's Secretary of State?) and "of Foreign Affairs" do not."""
    tail = re.sub(r"^the\s", "", role_tail.strip(), flags=re.I)
    if not tail:
        return False
    g = gazetteer()
    owner = re.search(r"\bof\s(?:the\s)?(.+)$", tail)
    return g.is_country(tail) or fold(tail) in {fold(o) for o in g.organisations} or bool(
        owner and g.is_country(owner[1]))


# words that tell an event as planned, so a date after the article's can be asked as a plan
_PLANNED = re.compile(r"\b(?:will|would|shall|is|are|was|were)\s(?:\w+\s)?(?:due|scheduled|set|expected|planned|"
                      r"to\sbe)\b|\bwill\b|\bplans?\sto\b|\bintends?\sto\b|\bis\sto\b|\bare\sto\b", re.I)


# a timetable told in the present ("The two-day summit begins Monday", "when he meets President Trump today"):
# a plan as well
_SCHEDULED = re.compile(r"\b(?:begins|starts|opens|takes\splace|is\sheld|are\sheld|convenes|meets|visits|travels|"
                        r"arrives|hosts|holds|signs|kicks\soff|starting|beginning|opening|taking\splace|"
                        r"with\seffect\sfrom|takes\seffect|effective\sfrom)\b")


def _without_figures(event: str, deck: Deck, source: str) -> str:
    """The event without the amounts its article's figure facts ask: "On what date did the United States announce
    $2 million in additional humanitarian assistance ...?" prints the answer of "How much ...?", and a set could
    ask only one of the two (round 39: the headline $2 million never asked). The amount goes where the words
    still read without it: "$2 million in additional assistance" -> "additional assistance", "a $363 million
    Compact with the Kingdom of Lesotho" -> "a Compact with the Kingdom of Lesotho"."""
    for text in _figure_texts(deck).get(source, ()):
        if text not in event:
            continue
        at = re.escape(text)
        event = re.sub(rf"(?<![\w$€£¥]){at}\s(?:in|of|worth\sof)\s(?=[a-z])", "", event, count=1)
        # (only with words after the noun that say which: "announce a program" alone says nothing)
        event = re.sub(rf"\b(?:a|an)\s{at}[\s-](?=([A-Za-z]+)(?:\s[\w'’-]+){{3}})",
                       lambda m: indefinite_article(m.group(1)) + " ", event, count=1)
    return event


@per_deck
def _figure_texts(deck: Deck) -> dict[str, list[str]]:
    """Each source's figure texts, longest first (a story's own: at most _STORY_FIGURES of a unit), worked out once
    per deck, not once per date question."""
    texts: dict[str, set[str]] = {}
    for (source, _), figs in index_of(deck).story_figures.items():
        if len(figs) <= _STORY_FIGURES:
            texts.setdefault(source, set()).update(f.text.strip() for f in figs if f.text.strip())
    return {source: sorted(found, key=lambda t: (-len(t), t)) for source, found in texts.items()}


def _date(f: DateFact, deck: Deck, rng_for: Callable[[str], random.Random]) -> list[Template]:
    opening = ""
    if f.disputed:
        opening = f"According to \u201c{deck.source(f.sources[0].source).title}\u201d, "
    full_event = f.event.strip().rstrip(".")
    if not event_stands_alone(full_event):
        return []  # the cloze of its sentence is still asked
    published = deck.source(f.sources[0].source).published if f.sources else None
    ahead = bool(published and f.date.iso() > published.iso() and not _PLANNED.search(full_event)
                 and not _SCHEDULED.search(f.sources[0].quote))
    event = trim_event(full_event)  # the core the question asks about; its sentence is cited in full
    event = _without_figures(event, deck, f.sources[0].source) if f.sources else event
    clause = as_question_clause(event)
    if ahead and (clause[0] in ("did", "was", "were", "had") if clause else not names_an_event(event)):
        # "when the UK ceases to be a member of the EU on 31 October" (a release of 1 October 2019): a date
        # after the article's, told without a word of plan, asked as done ("On what date did this happen", "took
        # place on 31 October 2019") would be false if the plan changed, as this one did; asked in the present
        # ("On what date are Charles III and Camilla coronated?") it is asked as planned
        return []
    ask = date_question_opening(f.date.precision)
    if clause:
        aux, rest = clause
        prompt = _ask(opening, f"{lower_first(ask) if opening else ask} {aux} {rest}?")
    elif names_an_event(event) and ahead:  # a meeting still to come when the article was written
        prompt = _ask(opening, f"{lower_first(ask) if opening else ask} {event_verb(event)} {lower_first(event)} due "
                               f"to take place?")
    elif names_an_event(event):  # "the NATO Leaders' Meeting": "On what date was the NATO Leaders' Meeting?"
        prompt = _ask(opening, f"{lower_first(ask) if opening else ask} {event_verb(event)} {lower_first(event)}?")
    else:
        prompt = _ask(opening, f"{lower_first(ask) if opening else ask} did this happen: {lower_first(event)}?")
    idx = index_of(deck)
    same_day = [o.date.human() for o in idx.dates_of_event[fold(f.event)] if o.id != f.id]
    shown, by_weekday = _day_namer(f.date, f.sources[0].quote)
    out = [Template(
        "when", prompt, shown(f.date.human()), AnswerKind.DATE, f.sources[0],
        tuple(map(shown, D.date_options(f.date, rng_for("when"), same_day, _reported_on(f, deck),
                                        same_week=by_weekday, next_days=_day_is_printed(f.date, f.sources[0].quote),
                                        story=_story_days(deck, f.date)))),
        # "The NATO Leaders' Meeting took place on 4 December 2019", "The entry into force of the Ukraine Facility
        # took place on ...": a noun phrase needs a verb to be a claim
        # a clause takes its date in front ("On 3 September 2007, Endo resigned ..., the Japan Times reported"):
        # at the end it would date whatever the sentence ends with
        claim=lambda x: _ask(opening, f"{date_phrase(IsoDate.parse(_iso_of(x, f.date)))}, {lower_first(event)}."
                             if clause or has_verb(event) else
                             f"{event} {'was due to take' if ahead else 'took'} place "
                             f"{date_phrase(IsoDate.parse(_iso_of(x, f.date)))}."),
        aliases=(f.date.human(), f.date.iso()) + f.aliases, value=f.date.iso(),
    )]
    # Events that may have happened on this date too: the same date, or one containing the other
    # ("in June 2024" may be 19 June 2024). None of them can be a wrong answer.
    same_date = idx.events_overlapping(f.date.iso())
    if len(idx.standalone_events) - len(same_date) >= 3:
        out.append(Template(
            "what-happened", _ask(opening, f"what happened {date_phrase(f.date)}?"), full_event, AnswerKind.TEXT,
            f.sources[0], tuple(D.choose([idx.standalone_events], full_event, same_date, rng_for("what-happened"))),
            typed=False,
        ))
    return out


def _reported_on(f: Fact, deck: Deck) -> IsoDate | None:
    """The date of the article that states the fact: what it reports before then is past."""
    return deck.source(f.sources[0].source).published


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _day_namer(date: IsoDate, quote: str) -> tuple[Callable[[str], str], bool]:
    """How the dates of a question are shown, and whether with their weekday: so when the article gives
    the day only as a weekday ("on Wednesday"), so the options can be told apart without a calendar."""
    def plain(human: str) -> str:
        return human

    printed = _printed_day_words(date, quote)
    if printed is None or not printed[0] or printed[1]:
        return plain, False

    def shown(human: str) -> str:
        try:
            return f"{_WEEKDAYS[IsoDate.parse(_iso_of(human, date)).to_date().weekday()]} {human}"
        except (ValueError, IndexError):
            return human
    return shown, True


def _printed_day_words(date: IsoDate, quote: str) -> tuple[bool, bool] | None:
    """Whether the sentence names the date's weekday and its month (None for a date without a day)."""
    if date.day is None or date.month is None:
        return None
    return (re.search(rf"\b{_WEEKDAYS[date.to_date().weekday()]}\b", quote) is not None,
            re.search(rf"\b{MONTHS[date.month - 1]}\b", quote) is not None)


def _day_is_printed(date: IsoDate, quote: str) -> bool:
    """Whether the sentence gives the day itself ("on 21 February", "on Wednesday"), not only "today"."""
    printed = _printed_day_words(date, quote)
    return printed is None or any(printed)


def _iso_of(human: str, like: IsoDate) -> str:
    """Back from "19 June 2024" (or "Wednesday 19 June 2024") to ISO, for claims built from a date distractor."""
    parts = [p for p in human.split() if p not in _WEEKDAYS]
    if len(parts) == 3:
        return f"{int(parts[2]):04d}-{MONTHS.index(parts[1]) + 1:02d}-{int(parts[0]):02d}"
    if len(parts) == 2:
        return f"{int(parts[1]):04d}-{MONTHS.index(parts[0]) + 1:02d}"
    return f"{int(parts[0]):04d}"


def _figure(f: Figure, deck: Deck, rng_for: Callable[[str], random.Random]) -> list[Template]:
    idx = index_of(deck)
    if any(len(idx.values_of_what[(c.source, fold(f.what), fold(f.unit))]) > 1 for c in f.sources):
        # "the magnitude of the earthquake" given as 6.3 and as 4.8 (an aftershock's) by one article: "What was
        # the magnitude of the earthquake?" has two answers; only the clozes of its sentences ask it
        return []
    if is_ordinal(f.text) and not any(g in f.what for g in ("\u2026", "...", "___")):
        # "the 17th president in South Korea's history" is a place in a line, not a number of anything: asked
        # as "What was the number of presidents ...?" it is false; only its sentence's cloze asks it
        return []
    source = deck.source(f.sources[0].source)
    opening = f"According to \u201c{source.title}\u201d, " if f.disputed else ""
    what = f.what.strip().rstrip("?.")
    when = when_phrase(f.when)
    gap = next((g for g in ("\u2026", "...", "___") if g in what), None)
    # the deck's one country, or else the one its article names most ("Haiti" of a USAID release)
    only = idx.countries[0] if len(idx.countries) == 1 else None if idx.countries else idx.story_country.get(
        f.sources[0].source)
    if only and not gap and not _word_start(only[:4]).search(what) and not _AGE_OF.match(what) and \
            not names_a_country(what):
        # "What was the turnout for the 2024 presidential race?" names no country; the story's one does (a word
        # starting as the country does, "Senegalese", names it already; "the amount the United Kingdom has pledged"
        # in a story of Pakistan names who gave, and "in Pakistan" would say it was given there)
        what = f"{what} in {place_np(only, True)}"
    unit = f.unit.strip()
    first = fold(what).split(" ", 1)[0] if fold(what) else ""
    # ("death toll for the recent earthquake": a count's measure already, asked as itself, never "how many death
    # toll" or "the number of death toll")
    measured = unit.lower() in _MONEY or unit == "%" or first in _MEASURE_WORDS or bool(_MEASURE_HEAD.match(what))
    # ("New Zealand’s post-cyclone aid" is determined by its owner, whichever apostrophe the article types)
    has_det = bool(re.match(r"^(the|a|an)\b", what, re.I)) or bool(re.search(r"['’]s\s", " ".join(what.split()[:2])
                                                                            + " "))
    subject = what if has_det else f"the {what}"
    unit_stem = fold(unit)[:5]
    # "What was the share of the vote won by Yahya Jammeh?" has one answer per election he fought: a figure
    # the fact does not date is asked as of its article, like an office ("In November 2011, ...")
    stamp = "" if when or f.disputed else _context(f, deck)[0]
    if stamp.startswith("In ") and _TOLL.search(f"{what} {unit}"):
        # "at least 18 people were killed and 100 injured" in a report of December: a toll counted up to the
        # article, not what happened in its month (round 31 after: "In December 2011, how many people were
        # injured?" dated the pre-election violence of November)
        stamp = "By " + stamp[3:]
    if gap:  # a draft's "what" is its sentence with the figure cut out: ask to complete it
        # A clause cut short ("… within ___, and") ends where the fact does, not on a dangling "and".
        sentence = re.sub(r"[\s,;:]+(and|or|but|while|as)$", "", what.replace(gap, "___", 1).rstrip(" ,;:"))
        prompt = _ask(opening, f"which figure completes this: \u201c{sentence}\u201d?")

        def claim(x: str) -> str:
            return _ask(opening, f"the figure is {x}: \u201c{sentence}\u201d.")
    elif (aged := re.fullmatch(r"(?i)age of (.+)", what)) and not is_bound(f.text):
        person = aged[1]
        dated = f.as_of or source.published  # an age holds on a date: the article's, unless told
        at = when or (f" in {IsoDate(dated.year, dated.month).human()}" if dated and dated.month else "")
        prompt = _ask(opening, f"how old was {person}{at}?")

        def claim(x: str) -> str:
            return _ask(opening, f"{person} was {x}{at}.")
    elif is_bound(f.text):
        # "over 80%": "over 60%" would be true as well, so ask what the article says, not what is true.
        source_ref = f"\u201c{source.title}\u201d" if f.disputed else "the article"
        if unit_stem and first[:5] == unit_stem and not measured:
            subject = f"the number of {what}"  # "people injured": the number of people injured
        prompt = _ask("", f"what figure does {source_ref} give for {subject}{when}?")

        def claim(x: str) -> str:
            return _ask("", f"according to {source_ref}, {subject}{when} was {x}.")
    elif measured:
        opening = opening or stamp
        # "how much aid did Japan pledge?", in the figure's own tense, where its wording says who did what
        prompt = _ask(opening, f"{asked}{when}?" if (asked := how_much(what)) else f"what was {subject}{when}?")

        def claim(x: str) -> str:
            return _ask(opening, f"{subject}{when} was {x}.")
    elif unit_stem and (first[:5] == unit_stem or (first.endswith("s") and not first.endswith("ss")
                                                   and unit.isalpha() and unit.islower())):
        opening = opening or stamp
        prompt = _ask(opening, f"{how_many(what)}{when}?")

        def claim(x: str) -> str:
            return _ask(opening, f"the number of {what}{when} was {x}.")
    else:
        opening = opening or stamp
        prompt = _ask(opening, f"what figure is given for {subject}{when}?")

        def claim(x: str) -> str:
            return _ask(opening, f"the figure given for {subject}{when} is {x}.")
    what_key = idx.what_keys[f.id]

    def deck_same_unit() -> list[str]:  # only built when the answer's own variants fall short
        return sorted({o.text for o in idx.figures_by_unit[fold(f.unit)]
                       if o.id != f.id and _same_magnitude(o.value, f.value) and idx.what_keys[o.id] != what_key
                       and not (f.disputed or o.disputed)})  # a rival claim is not a wrong answer

    def story_same_unit() -> list[str]:
        # The story's other figures of the same kind are the sharpest traps ("17% of the vote" beside the
        # 42% turnout and the 77% Yes vote): the same shape only, so no option stands out by its wording,
        # and never a bound ("more than 2,000 jobs" may be true of 4,000).
        shape = _NUMBER_RUN.sub("#", fold(f.text))
        return sorted({o.text for s in {c.source for c in f.sources}
                       # a source with hundreds of figures of one unit is a corpus, not a story (and scanning it
                       # for every question of a 10,000-fact deck would be quadratic)
                       for o in (idx.story_figures[(s, fold(f.unit))] if len(idx.story_figures[(s, fold(f.unit))])
                                 <= _STORY_FIGURES else ())
                       if o.id != f.id and o.value != f.value and idx.what_keys[o.id] != what_key
                       and _same_magnitude(o.value, f.value) and not is_bound(o.text)
                       and _NUMBER_RUN.sub("#", fold(o.text)) == shape and not (f.disputed or o.disputed)})
    def story_people() -> list[str]:
        # "over 400 survivors" beside the story's 195 bodies and 800 missing: "over 800 survivors" is the trap
        if fold(f.unit) not in PEOPLE_UNITS or f.disputed:
            return []
        found = {with_value(f.text, o.value) for s in {c.source for c in f.sources} for u in PEOPLE_UNITS
                 if u != fold(f.unit) and len(idx.story_figures.get((s, u), ())) <= _STORY_FIGURES
                 for o in idx.story_figures.get((s, u), ()) if not o.disputed and _same_magnitude(o.value, f.value)}
        return sorted(x for x in found if x)
    age = fold(f.what).startswith("age ") or "old" in fold(f.unit).split() or bool(re.search(r"-year-old\b", f.text))
    options = figure_variants(f.text, unit, rng_for("value"), 6, age=age)
    chosen = D.choose([story_same_unit() + story_people(), options, deck_same_unit], f.text, f.aliases,
                      rng_for("value-pick"))
    return [Template(
        "value", prompt, f.text, AnswerKind.NUMBER, f.sources[0], tuple(chosen), claim=claim,
        aliases=f.aliases, value=_plain_number(f.value), unit=unit,
    )]


_NUMBER_RUN = re.compile(r"\d[\d,.]*")
_STORY_FIGURES = 40  # at most this many figures of one unit in one source count as a story's own


def _same_magnitude(a: float, b: float) -> bool:
    return a > 0 and b > 0 and 0.1 <= a / b <= 10


def _plain_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _agreement(f: Agreement, deck: Deck, rng_for: Callable[[str], random.Random]) -> list[Template]:
    source = deck.source(f.sources[0].source)
    opening = f"According to \u201c{source.title}\u201d, " if f.disputed else ""
    what = f.what.strip().rstrip(".")
    noun = _AGREEMENT_NOUNS.search(" ".join(what.split()[:6]))
    if noun is None:
        thing = f"an agreement on {what}"
    elif (noun.group(0).lower().endswith("s") and not noun.group(0).lower().endswith(("ss", "ps"))) or \
            noun.group(0).lower() in _IRREGULAR_PLURALS:
        thing = lower_first(what)  # plural: "cooperation agreements", "two defence pacts": no article
    elif _is_proper_name(what):
        thing = f"the {what}"  # "the Atlantic Declaration", not "an Atlantic Declaration"
    else:
        thing = with_article(what)
    signed, sign = _agreeing_verb(" ".join(c.quote for c in f.sources), what)
    thing = re.sub(rf"^{signed}\s", "", thing)  # "reached deals on security": not "reached reached deals"
    if signed == "agreed":  # "agreed on the guiding principles", "agreed to boost trade": never "agreed an agreement"
        thing = re.sub(r"^(?:an |the )?agreement (?=(?:on|to|upon) )", "", thing)
    g = gazetteer()
    named = [place_np(p, g.is_country(p)) for p in f.parties]
    out: list[Template] = []
    parties = list(f.parties)
    # Ask for a party the wording does not already name ("... during Putin's visit to Vietnam").
    askable = [i for i in reversed(range(len(parties))) if not contains_phrase(f"{thing} {opening}", parties[i])]
    # "China and which country agreed to boost trade?": a promise that general fits many of China's partners
    # (Pakistan signed one on the same tour), so a wrong option may be true; only the date is asked of it
    verbal = re.match(r"(?:(?:an?\s)?agreement\s)?to\s[a-z]", what) is not None
    if len(parties) >= 2 and askable and not verbal:
        pick = askable[0]
        answer = parties[pick]
        named = named[:pick] + named[pick + 1:] + [named[pick]]
        division = g.subdivision(answer)
        kind = division[1] if division else "country" if g.is_country(answer) else "organisation"
        when = f"{upper_first(date_phrase(f.date))}, " if f.date else ""
        start = opening + (lower_first(when) if opening else when)
        # Whoever signed a like agreement with the same other parties answers the question too ("Russia and
        # which country signed a strategic partnership?" fits Vietnam and North Korea alike): never a wrong
        # option, and typed such a true answer would be marked wrong, so then MC and TF only.
        alike = index_of(deck).like_agreements(f, {canonical_place(p) for i, p in enumerate(parties) if i != pick})
        rivals = [p for o in alike for p in o.parties]
        out.append(Template(
            # "New Zealand, Chile, Singapore and which country": each other party once, not "A and B and which"
            "party", _ask(start, f"{', '.join(named[:-1])} and which {kind} {signed} {thing}?"), answer,
            AnswerKind.PLACE, f.sources[0],
            tuple(D.place_options(deck, answer, parties + rivals, rng_for("party"))),
            claim=lambda x: _ask(start, f"{', '.join(named[:-1])} and {place_np(x, kind == 'country')} "
                                        f"{signed} {thing}."),
            typed=not alike,
        ))
    if f.date:
        ask = date_question_opening(f.date.precision)
        signers = join_names(named)
        shown, by_weekday = _day_namer(f.date, f.sources[0].quote)
        out.append(Template(
            "date", _ask(opening, f"{lower_first(ask) if opening else ask} did {signers} {sign} {thing}?"),
            shown(f.date.human()), AnswerKind.DATE, f.sources[0],
            tuple(map(shown, D.date_options(f.date, rng_for("date"), latest=_reported_on(f, deck), same_week=by_weekday,
                                            next_days=_day_is_printed(f.date, f.sources[0].quote),
                                            story=_story_days(deck, f.date)))),
            claim=lambda x: _ask(opening, f"{signers} {signed} {thing} "
                                          f"{date_phrase(IsoDate.parse(_iso_of(x, f.date)))}."),  # type: ignore[arg-type]
            aliases=(f.date.human(), f.date.iso()), value=f.date.iso(),
        ))
    return out


# The verb the article uses for an agreement, as said and as asked: "announced the Atlantic Declaration",
# not "signed" it. The first that the source sentences use wins; "signed" when none does.
_AGREEING_VERBS = (("agreed in principle", "agree in principle", r"\bagreed in principle\b"),
                   ("signed", "sign", r"\bsign(?:ed|s|ing)?\b"), ("announced", "announce", r"\bannounc(?:ed|es|ing)\b"),
                   ("concluded", "conclude", r"\bconclud(?:ed|es|ing)\b"), ("reached", "reach", r"\breach(?:ed|es)\b"),
                   ("adopted", "adopt", r"\badopt(?:ed|s)\b"), ("sealed", "seal", r"\bseal(?:ed|s)\b"),
                   ("agreed", "agree", r"\bagree(?:d|s)?\b|\bagreement of\b"))


def _agreeing_verb(quotes: str, what: str = "") -> tuple[str, str]:
    """The verb nearest before the agreement's own words, else the first: in "The Prime Minister announced
    that New Zealand, Chile, Singapore and Brunei have concluded ... a memorandum", the parties concluded it."""
    found = [(m.start(), past, base) for past, base, rx in _AGREEING_VERBS for m in re.finditer(rx, quotes, re.I)]
    if not found:
        return "signed", "sign"
    head = what.split()[0] if what.split() else ""
    at = quotes.lower().find(what.lower()) if what else -1
    if at < 0 and head:
        at = quotes.lower().find(head.lower())
    before = [x for x in found if 0 <= x[0] < at]
    _, past, base = max(before) if before else min(found)
    return past, base


def _is_proper_name(phrase: str) -> bool:
    """"Atlantic Declaration", "Memorandum of Understanding Concerning ...": every main word capitalised."""
    words = [w for w in phrase.split() if w.lower() not in ("of", "on", "the", "and", "for", "in", "to", "concerning")]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _strip_article(phrase: str) -> str:
    return re.sub(r"^(a|an|the)\s+", "", phrase, flags=re.I)
