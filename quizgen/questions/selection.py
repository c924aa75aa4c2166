"""From the pool of every honest question to a set a teacher would hand out.

Three steps, each a pure function of the deck and its questions (never of the seed, so the same
deck always gives the same set):

1. the **gate** drops questions no teacher would use, each with its reason (`quizgen questions
   --rejected` lists them): placeholders, unresolved references, over-long stems, a cloze whose gap
   the words before it give away, a non-office asked as an office;
2. the **score** of a question is its fact's importance (importance.py) times how good this way of
   asking is for this kind of fact (the table below: a multiple-choice "which country signed" is
   a better question than a true/false about a figure);
3. the **set** takes the best first: one question per fact (two ways of asking about one leader or date
   give each other away; an agreement's parties and its date are two things to know), at most two per
   source sentence, a mix of types and of answers, never two of one fact or sentence back to back. Ways
   of asking that raters of real news all but never rated GOOD (MIN_FORM; a person's age) are left to the
   pool, and a leader whose name the other facts' stems print is asked after them (CROWDED).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..english import PAST_TO_BASE, has_verb
from ..gazetteer import canonical_place, gazetteer
from ..model import Deck, Leader
from ..text import fold, opens_with_reference, trie_pattern
from .importance import CONVERSION, ROUNDING, Importance, rank_facts
from .index import index_of
from .model import CLOZE_GAP, MAX_STEM_WORDS, AnswerKind, Question, QuestionType
from .perdeck import per_deck

# How good each way of asking is, by fact kind, template and type (1.0 = the best form of a question).
QUALITY: dict[tuple[str, str], dict[str, float]] = {
    # a party's or an office's true/false ("Russia and Vietnam signed ...", "X was the President-elect."): rated
    # 4 and 17 times over all rounds, 0 and 3 GOOD, 4 and 7 BAD (trivially false, or a passing official): the pool
    # only
    ("agreement", "party"): {"mc": 0.95, "typed": 0.80, "tf": 0.30},
    # "On what date did the UK and Switzerland sign the MoU?" names what and who; a date fact of the same
    # signing ("... a Memorandum of Understanding was signed") rarely says as much
    ("agreement", "date"): {"mc": 0.90, "typed": 0.60, "tf": 0.50},
    ("leader", "who"): {"mc": 0.85, "typed": 0.85, "tf": 0.60},
    ("leader", "of"): {"mc": 0.75, "typed": 0.70, "tf": 0.50},
    ("leader", "office"): {"mc": 0.75, "typed": 0.60, "tf": 0.30},
    # a date statement ("On 6 December 2020, ... said ...") teaches little: raters rated 34 of rounds 14-26 9%
    # GOOD, 59% BAD (a passing remark's day, a false day beside the true one): kept in the pool, never in a set
    ("date", "when"): {"mc": 0.85, "typed": 0.55, "tf": 0.30},
    # "What happened in 1812?" with whole sentences as options: raters find one wrong option often also
    # true of that day, and a background year keyed to the story's sentence: rated 25 times over all rounds,
    # 1 GOOD, 18 BAD; the pool only
    ("date", "what-happened"): {"mc": 0.30},
    # a figure's true/false: rated 0 of 10 GOOD (rounds 14-26): the pool only
    ("figure", "value"): {"mc": 0.85, "typed": 0.55, "tf": 0.30},
    # "Who said ...?" typed: rated 9 in rounds 14-26, 22% GOOD, 56% BAD (a spokesman's line, a stock welcome):
    # the pool only; as multiple choice among the story's people, once a set
    ("quote", "who-said"): {"mc": 0.60, "typed": 0.30, "tf": 0.30},
    # The forms of forms*.py: an order or a match asks about several facts at once; NOT reads harder.
    ("date", "events"): {"order": 0.80},
    ("leader", "countries"): {"match": 0.70},
    ("leader", "offices"): {"match": 0.75},
    ("agreement", "not-party"): {"mc": 0.70},
}
QUALITY[("figure", "value")]["numeric"] = 0.60
CLOZE_QUALITY = {"agreement": 0.60, "figure": 0.65, "date": 0.60, "leader": 0.45, "quote": 0.45}
# A stem that asks to complete a cut sentence, or for "the figure given for", is a weaker question.
_WEAK_STEMS = ((re.compile(r"which figure completes this", re.I), 0.7),
               (re.compile(r"what figure is given for|what figure does", re.I), 0.85),
               # "On what date did this happen: <a whole sentence>?": raters call it clumsy; asked last
               (re.compile(r"did this happen:", re.I), 0.75))
# Questions per fact in a set: two ways of asking about one leader, date or figure ("who was the Prime
# Minister of New Zealand?", "Ardern was the Prime Minister of which country?") give each other away;
# an agreement's parties and its date are two things to know.
MAX_PER_FACT = {"agreement": 2}
MAX_PER_FACT_DEFAULT = 1
# Questions handed out together should not answer each other: a question whose stem prints another's
# answer, or that asks for a person or place already asked, comes after every question that does not.
GIVES_AWAY = 0.3
# A person whose name and office the stems of two or more other facts print is asked after those facts (and so,
# given away by them, usually not at all): the story's events before its cast list
CROWDED = 0.5
STRANGERS_ONLY = 0.85  # a "who" multiple choice none of whose wrong options is one of the story's people
_CROWD_WINDOW = 200  # the best candidates looked at for it: a set is chosen from near the top
SAME_ANSWER = 0.4
ANSWER_KIND_REPEAT = 0.9  # each further question with the same sort of answer (a date...) counts less
# A government release packs who met whom, what they signed and when into its first sentence: three
# questions may come from one sentence, as long as none prints another's answer (_gives_away).
MAX_PER_SENTENCE = 3
# ... but a second question from a sentence comes after a near-equal one from another: a set of three that asks
# one long sentence twice reads as a reading exercise (round 43's raters, two of four sets)
SAME_SENTENCE = 0.8
# Ways of asking whose options overlap from one question to the next: a set asks each at most twice.
MAX_PER_TEMPLATE = {"office": 2, "of": 2, "who-said": 1, "what-happened": 1}
MAX_OFFICE_WORDS = 7  # "Minister of International Trade, Export Promotion, ..." (11 words) among 2-word offices
DEFAULT_COUNT = 12
MIN_IMPORTANCE = 0.3  # facts below this are left out of a set (they stay in --count all)
MIN_FORM = 0.35  # ways of asking below this (QUALITY) are left out of a set: the pool keeps them
MAX_BACKGROUND = 1  # facts of background (long before the story, a life, a population) a set asks of one deck
TYPE_REPEAT = 0.93  # each further question of one type in a set counts this much less
_REPAIR_LIMIT = 500  # sets up to this size get siblings moved apart after the greedy pass
_LOOKAHEAD = 256  # candidates weighed for each place in a set: the best are near the top

# Roles that name no office a person holds: "What office does X hold? — founder".
_NOT_OFFICES = frozenset({"leader", "founder", "co-founder", "head", "chief", "boss", "member", "figure",
                          "official", "spokesperson", "spokesman", "spokeswoman"})
_PLACEHOLDERS = ("\u2026", "...", "___")
# An office named without its portfolio or body: "In July 2019, what office did Simon Birmingham hold? — Minister"
_BARE_OFFICES = frozenset({"minister", "secretary", "deputy minister", "commissioner", "director", "chairman",
                           "chair", "senator", "governor", "deputy governor", "ambassador"})
_COMPLETES = re.compile(r"(?:According to \u201c[^\u201d]*\u201d, )?[Ww]hich figure completes this: \u201c")
# "In September 2008, Arthur Mutambara was the leader.": a statement about a role that names no office
_NO_OFFICE_CLAIM = re.compile(rf"\b(?:is|was) the (?:{'|'.join(sorted(_NOT_OFFICES))})\.$")
# Ways of asking that give each other away, as one template: "Which is NOT a party to X?" lists X's parties.
_ALIKE = {"not-party": "party"}


@dataclass(frozen=True, slots=True)
class Rejected:
    """A question the gate dropped and why, for the teacher to fix the deck."""

    question: Question
    reason: str


@dataclass(frozen=True, slots=True)
class Ranked:
    """A question with its score and the importance of its fact (shown by `questions --format json`)."""

    question: Question
    score: float
    importance: Importance


def gate(questions: Iterable[Question], decks: Iterable[Deck] = ()) -> tuple[list[Question], list[Rejected]]:
    """The questions that pass, and those that do not with their reasons."""
    kept: list[Question] = []
    rejected: list[Rejected] = []
    questions = list(questions)
    decks = list(decks)
    tells = {deck.id: _tells(deck) for deck in decks}
    # "The United Kingdom and which country signed the MoU?" in a story of the UK and Switzerland alone
    few = {deck.id: countries for deck in decks if len(countries := _story_countries(deck)) <= 2}
    # A true/false claim stands for its template's answer: the same give-away spoils it.
    answers = {(q.deck_id, q.fact_id, q.template): q.answer for q in questions if q.type is not QuestionType.TF}
    for q in questions:
        answer = answers.get((q.deck_id, q.fact_id, q.template), q.answer)
        reason = rejection(q, answer) or _given_away(q, answer, tells.get(q.deck_id, _NO_TELLS))
        # (a cloze of the signing sentence whose gap is a party is the same question: "The governments of the UK
        # and _____ have signed a Joint Declaration" in a story of the UK and Lithuania alone)
        if not reason and (q.template == "party" or q.fact_kind == "agreement" and q.type is QuestionType.CLOZE) \
                and canonical_place(answer) in few.get(q.deck_id, ()):
            reason = ("trivial: the story names no country but the parties, so the stem gives the other away; "
                      "ask what was signed or when")
        if reason:
            rejected.append(Rejected(q, reason))
        else:
            kept.append(q)
    return kept, rejected


_HYPHENED_GAP = re.compile(rf"\w-{re.escape(CLOZE_GAP)}|{re.escape(CLOZE_GAP)}-\w")


def rejection(q: Question, answer: str | None = None) -> str | None:
    """Why a teacher would not use ``q`` as it stands, or None; ``answer`` is its template's answer (a
    true/false claim stands for it)."""
    key = q.answer if answer is None else answer
    stem = q.prompt
    if q.type is QuestionType.CLOZE:
        stem = stem.replace(CLOZE_GAP, "", 1)
    elif q.fact_kind == "figure" and _COMPLETES.match(stem):
        # "Which figure completes this: “... amounting to ___”?": the gap is the question's own, a cloze of
        # the clause (shorter than its whole sentence, which may be too long to ask)
        stem = stem.replace("___", "", 1)
    if any(p in stem for p in _PLACEHOLDERS):
        return "a placeholder (… or ___) in the question: the fact's wording was cut short"
    if q.fact_kind == "figure" and (done := _COMPLETES.match(q.prompt)) and (
            _FRAGMENT.match(q.prompt[done.end():]) or _verb_first().match(q.prompt[done.end():])
            or _participle_cut(q.prompt[done.end():], q.source.quote)
            or not has_verb(q.prompt[done.end():].replace("___", ""))):
        return "the clause to complete is a piece of its sentence, with no subject of its own: say what it measures"
    if len(q.prompt.split()) > MAX_STEM_WORDS:
        return f"the question is over {MAX_STEM_WORDS} words"
    if q.template == "who" and _POSTLESS_ENVOY.search(q.prompt):
        # "Who was the Ambassador of the United States?": a government has one in every country (raters of rounds
        # 46 and 47: ambiguous); the office and whose questions still ask the person
        return "an envoy's office without where the envoy is posted: which one? (write 'Ambassador to ...')"
    body = re.sub(r"^(According to \u201c[^\u201d]*\u201d[,:] |In \w+ \d{4}, )", "", q.prompt)
    if opens_with_reference(body) or (q.type is QuestionType.CLOZE and opens_with_reference(q.statement or "")):
        return "opens with a reference to something outside the question (it, they, the country...)"
    if q.template == "office" and (fold(key) in _NOT_OFFICES
                                   or key.islower() and fold(key).split()[-1] in _NOT_OFFICES):
        return f"'{key}' is not an office"  # nor "opposition leader", "party chief": descriptions, not posts
    if q.template == "office" and q.type is QuestionType.MC and len(key.split()) > MAX_OFFICE_WORDS:
        return f"'{key}' is far longer than any other office offered: the answer stands out"
    if q.template == "office" and fold(key) in _BARE_OFFICES:
        return f"'{key}' of what? the office needs its portfolio ('Minister for Trade')"
    if q.type is QuestionType.TF and q.fact_kind == "leader" and any(
            _NO_OFFICE_CLAIM.search(text) for text in (q.prompt, q.truth or "")):
        return "'the leader' of what? a role that names no office is no statement to judge"
    if q.type is QuestionType.CLOZE and q.prompt.rstrip().endswith(":"):
        # "Quote attributable to Minister for Foreign Affairs, Senator the Hon _____:": a line that introduces
        # what follows states nothing itself
        return "the sentence is a line that introduces what follows (it ends in a colon), not a statement"
    if q.type is QuestionType.CLOZE and _HYPHENED_GAP.search(q.prompt):
        return "the gap is a piece of a hyphenated name ('the PNG-_____ Policing Partnership'): ask the name whole"
    if q.type is QuestionType.CLOZE and q.fact_kind == "leader" and _gap_cued(q):
        return "the office right before the gap gives the name away"
    if q.type is QuestionType.CLOZE and q.answer_kind is AnswerKind.NUMBER and _MODIFIER_ANSWER.fullmatch(q.answer):
        return "the gap takes other words as well ('the _____ instalment': second, latest, next)"
    if "did this happen:" in q.prompt:
        return "the event could not be turned into a question: write it as a clause ('X signed Y')"
    if q.type is not QuestionType.CLOZE and q.fact_kind in ("figure", "date") and _HOLE.search(q.prompt):
        return "the wording has a hole where a figure or date was cut out: write what it measures"
    if q.type is not QuestionType.CLOZE and _stitched(q):
        return "the wording was stitched from pieces of its sentence: write what the figure or event is"
    if q.type is not QuestionType.CLOZE and q.fact_kind in ("figure", "date", "agreement") and _FIRST_PERSON.search(
            _QUOTED.sub("", q.prompt)):
        return "the wording speaks as 'we' or 'I' (a speaker's words): say who"
    return None


_POSTLESS_ENVOY = re.compile(r"\b(?:who|Who)\s(?:was|is)\sthe\s(?:Deputy\s)?(?:Ambassador|Mission Director|"
                             r"Country Director|High Commissioner|Head of Mission|Chargé d'Affaires|"
                             r"Deputy Chief of Mission)"
                             r"(?:\s(?:of|for)\s(?:(?!\bto\b)[^?])*)?\?$")


# The clause of a "Which figure completes this" cut from the middle of its sentence: it opens with a verb
# whose subject was left behind ("Has been elected as ..."), a preposition or a linking word ("With Vincent
# Shew being ...", "As illustrated by ...", "Worth ___ and supporting ...").
_FRAGMENT = re.compile(r"(?:Has|Have|Had|Is|Are|Was|Were|Will|Would|Be|Been|Being|As|With|Without|Including|"
                       r"Following|After|Before|While|When|Where|Which|Who|Worth|And|But|Or|Nor|Than|Of|For|To|"
                       r"By|From|Into|Through|Despite|Amid|Among|Alongside|Replacing|Ending|Bringing|Making|"
                       r"Taking|Giving|Leaving|Supporting)\b")


_PARTICIPLE = re.compile(r"([A-Z][a-z]{2,}ing)\s")


def _participle_cut(clause: str, sentence: str) -> bool:
    """"Defeating runner up former General Otto Perez Molina ... claimed ___": a participle opening a clause cut
    from after a comma modifies the subject left before it (a gerund that starts its sentence is a subject:
    "Fighting between the two sides killed ___ people")."""
    m = _PARTICIPLE.match(clause)
    if m is None:
        return False
    return re.search(rf"(?:^|[,;:—–]\s){m.group(1).lower()}\b", sentence, re.I) is not None and \
        not sentence.lstrip("\"“‘' ").startswith(m.group(1))


@functools.cache
def _verb_first() -> re.Pattern[str]:
    """"Announced ___ in additional emergency humanitarian food assistance ...": a verb first, its subject cut off
    (a capitalised word after it is a name: "United States"). Built on first use, not at import: ~4 ms."""
    return re.compile(rf"(?:{trie_pattern(w.capitalize() for w in PAST_TO_BASE)})\s(?![A-Z])")


# A speaker's words taken into a question ("On what date will the additional €1.5 billion we disburse ensure
# that Ukraine can continue?"): outside a quotation, "we" and "our" have no one to stand for.
_FIRST_PERSON = re.compile(r"\b(?:we|our|ours|us|I|my|me)\b")
_QUOTED = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"]*\"")


# A cloze answer that is a modifier, not an amount: an ordinal ("second") or a measure used as an adjective
# ("five-year", "78-day"): the gap would take "latest", "new", "presidential" as well.
_MODIFIER_ANSWER = re.compile(r"(?i)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth|"
                              r"\w+tieth|\d+(?:st|nd|rd|th)|[\w]+-(?:year|month|week|day|hour|nation|member|party|"
                              r"point|mile|kilometre|kilometer)(?:-old|-long)?)")


# Two words English never puts side by side, left where a number was cut out of the sentence: "the number
# of buses that and vans", "an initial to the Indonesian Red Cross", "after of conflict", "since of this year".
_HOLE = re.compile(r"\b(?:a|an|the|of|after|before|since|initial|additional|further|that|which|follows)\s"
                   r"(?:and|to|of|for|by|with|from|than)\b(?!\s(?:the|a|an)\s+(?:end|date|time|rest)\b)"
                   # "the number of years had been a Member of Parliament": the subject was cut out
                   r"|\b(?:number|amount|share|value) of \w+ (?:had|has|have) been\b"
                   # "signed a Joint Declaration in London on of bilateral relations": a preposition's object gone
                   r"|\b(?:on|in|at|to|into|onto|upon)\sof\b")


def _stitched(q: Question) -> bool:
    """"the share of global output for which Collectively the participating countries account", "The number
    of years Even before this earthquake struck ...": a word that opens the source sentence or a clause of
    it (after a colon or a quotation mark), capitalised, appears mid-stem after a lower-case word; or "the
    amount this follows ...", the sentence's first word lower-cased after the measure. The draft's wording
    was cut and rejoined around it; the cloze of the sentence is still asked."""
    if q.fact_kind not in ("figure", "date"):
        return False  # only a figure's `what` and an event are worded from pieces of the sentence
    return any(p.search(q.prompt) for p in _stitch_traces(q.source.quote))


@functools.lru_cache(maxsize=4096)
def _stitch_traces(quote: str) -> tuple[re.Pattern[str], ...]:
    """What a stem cut and rejoined around this sentence's openers would show (worked out once per sentence:
    a deck's questions share their sentences)."""
    traces: list[re.Pattern[str]] = []
    for m in _OPENER.finditer(quote):
        opener = m.group(1)
        if opener in ("The", "A", "An", "I") or m.group(2) or gazetteer().is_country(opener):
            continue  # a name of several words ("David Cameron"), or a place's ("United States"), asked as such
        if re.search(rf"(?<![:;.!?“\"‘]\s)(?<!^)\b{opener}\b", quote[m.end(1):]):
            continue  # a name ("Russia ... which Russia is determined"), capitalised wherever it stands
        # ("share of the vote won by Pohamba": a sentence's subject asked as the agent, "by" and the name, is a
        # sentence reordered around a name, not stitched)
        traces.append(re.compile(rf"\b(?!by\s)[a-z][\w'’-]*,? {opener}\b"))
        if m.start() <= 1:
            traces.append(re.compile(rf"\b(?:amount|number|value|share|total|percentage) {opener.lower()} "))
            second = re.match(r"\s(\w+)", quote[m.end(1):])
            if second:  # "the number of days this follows of negotiation": the opening, lower-cased
                traces.append(re.compile(rf"\w\s{opener.lower()} {second.group(1)}\b"))
    return tuple(traces)


_OPENER = re.compile(r"(?:^[“”\"‘’]?|[:;.!?]\s+[“”\"‘’]?|[“”\"‘’]\s*)([A-Z][a-z]+)\b((?: [A-Z][\w'’-]*){0,2})")


@dataclass(frozen=True, slots=True)
class _Tells:
    """Per country or organisation (canonical), the names that give it away, and all those names."""

    by_place: dict[str, set[str]]
    names: frozenset[str]


@per_deck  # (gate is called fact by fact by the quiz's question pool)
def _tells(deck: Deck) -> _Tells:
    """The names that give a place away: its people in the deck and the gazetteer ("Putin's visit"
    answers "which country")."""
    out: dict[str, set[str]] = {}
    people = [(f.name, f.of) for f in deck.known_facts() if isinstance(f, Leader) and f.of]
    people += [(k.name, k.of) for k in gazetteer().leaders]
    for name, of in people:
        names = out.setdefault(canonical_place(of), set())
        folded = fold(name)
        names.add(folded)
        if len(folded.split()) > 1 and len(folded.split()[-1]) >= 3:  # "roe", never "un" of Kim Jong Un
            names.add(folded.split()[-1])
    return _Tells(out, frozenset(n for names in out.values() for n in names))


def _names_the_place(q: Question, answer: str) -> str | None:
    """The answer under another of its names in the question: "UK" in "the Enhanced UK-Japan Partnership"."""
    words = re.findall(r"[\w.]+", q.prompt.replace("-", " "))
    key = canonical_place(answer)
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i:i + n])
            if canonical_place(phrase) == key:
                return f"the question names the answer {answer} (as '{phrase}')"
    return None


_NO_TELLS = _Tells({}, frozenset())


# "signed ... at talks in Addis Ababa, Ethiopia": a country named only as where it happened
_VENUE = re.compile(r"\b(?:in|at)\s(?:the\s)?(?:[A-Z][\w'’-]+\s?){0,3},?\s$")


def _only_a_venue(q: Question, answer: str) -> bool:
    """Whether the fact's sentences name the answer only as the place it was signed: then "X and which
    country signed ...?" would be keyed to the host (round 4's false keys), not a party."""
    sentences = {s.quote for s in q.sources} | {q.source.quote}
    spots = [(text, m.start()) for text in sentences
             for m in re.finditer(rf"(?<![\w-]){re.escape(answer)}(?![\w-])", text)]
    return bool(spots) and all(_VENUE.search(text[:at]) for text, at in spots)


def _given_away(q: Question, answer: str, tells: _Tells) -> str | None:
    """A place asked for while the question names one of its people ("during Putin's visit"), or names
    the place itself under another name; or a party that the sentence names only as the venue."""
    if q.template == "party" and (also := _names_the_place(q, answer)):
        return also
    if q.template == "party" and _only_a_venue(q, answer):
        return f"the sentence names {answer} only as where it was signed, not as a party"
    if q.template == "of":  # "Jane Roe was the President of which country?" names its own subject
        return None
    if q.answer_kind is not AnswerKind.PLACE and not (q.type is QuestionType.TF and q.template == "party"):
        return None
    # Looked up by the question's own word runs, so the cost is the question's length, not the deck's size.
    named = {run for run in _word_runs(fold(q.prompt)) if run in tells.names}
    places = [canonical_place(answer)]
    if q.type is QuestionType.TF:  # the claim's true place is in it or in its truth: "Vietnam and Russia ..."
        places = sorted(run for run in _word_runs(fold(f"{q.prompt} {q.truth or ''}")) if run in tells.by_place)
    for place in places:
        for name in sorted(named & tells.by_place.get(place, set())):
            return f"the question names {name.title()}, which gives away the answer {place.title()}"
    return None


def _word_runs(folded: str, longest: int = 5) -> set[str]:
    words = folded.split()
    return {" ".join(words[i:i + n]) for n in range(1, longest + 1) for i in range(len(words) - n + 1)}


def _gap_cued(q: Question) -> bool:
    before = q.prompt.split(CLOZE_GAP, 1)[0].rstrip()
    return bool(re.search(r"\b(President|Minister|Secretary|Chancellor|King|Queen|leader|Premier|Governor|"
                          r"Chairman|Chair|Director|General|Prince)$", before))


def quality(q: Question) -> float:
    """How good this way of asking is for this kind of fact, 0..1."""
    if q.type is QuestionType.CLOZE:
        value = CLOZE_QUALITY.get(q.fact_kind, 0.5)
    else:
        value = QUALITY.get((q.fact_kind, q.template), {}).get(q.type.value, 0.5)
    for pattern, factor in _WEAK_STEMS:
        if pattern.search(q.prompt):
            value *= factor
    return value


def rank(deck_questions: Iterable[tuple[Deck, Sequence[Question]]]) -> list[Ranked]:
    """Every question, best first (ties by the order of the facts in the deck, which is the article's within a
    kind, then by id: so the order never depends on the seed, and of two equal figures of one sentence the
    first said comes first: "Yayi won with 53.31% while Houngbedji received 35.64%")."""
    out: list[Ranked] = []
    order: dict[str, dict[str, int]] = {}
    for deck, questions in deck_questions:
        order[deck.id] = fact_order(deck)
        importance = rank_facts(deck)
        people = _people(deck)
        for q in questions:
            imp = importance.get(q.fact_id) or _deck_level(q, importance)
            form = quality(q)
            if (q.template == "who" and q.type is QuestionType.MC
                    and not any(fold(o) in people for o in q.options if o != q.answer)):
                # every wrong option a stranger to the story (Ramaphosa, Kagame, Abiy for Kenya's President): rated
                # 12% GOOD in rounds 14-26 against 48% for the same question typed, which then comes first
                form *= STRANGERS_ONLY
            out.append(Ranked(q, round(imp.score * form, 4), imp))
    out.sort(key=lambda r: (-r.score, r.question.deck_id, order[r.question.deck_id].get(r.question.fact_id, -1),
                            r.question.id))
    return out


@per_deck
def fact_order(deck: Deck) -> dict[str, int]:
    """Each fact's place in its deck, once per deck (the quiz ranks its lazy pool a question at a time)."""
    return {f.id: i for i, f in enumerate(deck.facts)}


_AGE = re.compile(r"\b\d{1,3}-year-old\b|\bhow old\b", re.I)


def _age_aside(r: Ranked) -> bool:
    """"Victory for the ___ president-elect" (44-year-old), "Lech Kaczyński, ___ lawyer" (56-year-old): an age
    is a detail raters called BAD each time in rounds 28-29 (the pool keeps it)."""
    q = r.question
    return q.fact_kind == "figure" and bool(_AGE.search(q.answer) or _AGE.search(q.prompt))


@per_deck
def _story_countries(deck: Deck) -> frozenset[str]:
    """The deck's countries under their canonical keys, once per deck (the gate runs fact by fact in the quiz)."""
    return frozenset(canonical_place(c) for c in index_of(deck).countries)


@per_deck
def _people(deck: Deck) -> frozenset[str]:
    """The story's people, folded, once per deck: ranking one question at a time (the quiz's lazy pool) must not
    fold every name of a 10,000-fact deck for each."""
    return frozenset(fold(n) for n in index_of(deck).names)


def _deck_level(q: Question, importance: dict[str, Importance]) -> Importance:
    """An order or match question (forms.py) weighs as much as its facts on average."""
    from .forms import importance_of

    score = importance_of(q, {k: v.score for k, v in importance.items()})
    return Importance(round(score, 4), ("made from several facts",)) if score is not None else Importance(0.0, ())


def pick(ranked: Sequence[Ranked], count: int | None = DEFAULT_COUNT) -> list[Ranked]:
    """The best ``count`` (None: all), one per fact (two for an agreement: its parties and its date) and at
    most two per sentence, spaced apart.

    Within a set, each further question of a type already chosen counts a little less
    (TYPE_REPEAT), so a set of twelve mixes multiple choice with typed, true/false and cloze instead
    of being twelve of the best-scoring type. The whole pool (None) keeps every question and only
    spaces siblings apart.
    """
    if count is None:
        return space_apart(ranked)
    chosen: list[Ranked] = []
    per_fact: Counter[tuple[str, str]] = Counter()
    per_sentence: Counter[str] = Counter()
    per_type: Counter[str] = Counter()
    per_answer: Counter[str] = Counter()
    per_template: Counter[str] = Counter()
    templates: dict[tuple[str, str], set[str]] = {}
    asked: set[tuple[str, str, str]] = set()
    shown: list[tuple[str, tuple[str, str]]] = []  # the chosen questions' prompts, folded and padded, by fact
    keys: list[tuple[str, bool, tuple[str, str] | None]] = []  # their answers (and names' other forms), folded and
    # padded, with whether printed they answer beyond doubt (and, for a key only another fact's question
    # gives away, whose fact it asks)
    background: Counter[str] = Counter()  # facts of background asked, by deck
    answers: set[str] = set()  # the people and places the set already asks for
    dated: set[str] = set()  # the days the set already asks or states
    prompts: set[str] = set()  # the stems the set already asks
    matched: set[str] = set()  # the people a chosen match question asks, folded
    # forms raters all but never found worth handing out, and a person's age: the pool keeps them
    left = [r for r in ranked if quality(r.question) >= MIN_FORM and not _age_aside(r)]
    singles: dict[str, str] | None = None  # each deck's leader questions, built at the first match considered
    crowded = _printed_everywhere(left[:_CROWD_WINDOW])
    while left and len(chosen) < count:
        best_at, best = -1, -1.0
        for i, r in enumerate(left[:_LOOKAHEAD]):
            q = r.question
            fact = (q.deck_id, q.fact_id)
            if (per_fact[fact] >= MAX_PER_FACT.get(q.fact_kind, MAX_PER_FACT_DEFAULT)
                    or per_sentence[fold(q.source.quote)] >= MAX_PER_SENTENCE):
                continue
            if r.importance.score < MIN_IMPORTANCE or CONVERSION in r.importance.reasons or (
                    ROUNDING in r.importance.reasons):
                # a passing mention or general knowledge: a shorter set is better than padding; a conversion
                # ("95 kilometres (60 miles)") asks the figure it converts again
                continue
            if _is_background(r) and background[q.deck_id] >= MAX_BACKGROUND and per_fact[fact] == 0:
                continue  # a quake story's set spent on the earlier quakes (round 22: three of five questions)
            if _ALIKE.get(q.template, q.template) in templates.get(fact, set()) or (
                    q.template == "cloze" and per_fact[fact]):
                continue  # the same question in another type (mc, then typed) gives itself away
            if _same_ask(q) in asked:
                continue  # "India and which country signed ...?" four times over, each time Japan
            if q.type is not QuestionType.TF and fold(q.prompt) in prompts:
                continue  # one question twice ("How far ...?" in kilometres, then in miles)
            if q.type is QuestionType.MATCH and singles is None:
                singles = _leader_texts(left)
            if (q.type is QuestionType.MATCH or matched) and _repeats_a_match(q, matched, shown, keys, singles or {}):
                # "Match each person to the office they held" beside "What office did X hold?" asks X twice and
                # prints the other's answer among its options (raters of rounds 31-35: BAD each time)
                continue
            if per_template[q.template] >= MAX_PER_TEMPLATE.get(q.template, count):
                continue  # "What office did X hold?" three times over the same four options narrows them
            adjusted = (r.score * TYPE_REPEAT ** per_type[q.type.value]
                        * ANSWER_KIND_REPEAT ** per_answer[q.answer_kind.value])
            if fact in crowded and q.answer_kind is AnswerKind.PERSON:
                adjusted *= CROWDED
            adjusted *= SAME_SENTENCE ** per_sentence[fold(q.source.quote)]
            given = _gives_away(q, shown, keys)
            if given == "strong":
                continue  # a person beside their office, or a figure, printed in another question's stem
            if given:
                adjusted *= GIVES_AWAY  # "... the Minister of South Korea?" beside "The US and which country signed?"
            if q.answer_kind in _ANSWERED_ONCE and q.type is not QuestionType.TF and _answer_id(q) in answers:
                if q.answer_kind is AnswerKind.DATE:
                    continue  # the same date asked twice is one event asked twice (round 10: 17 July 2025 twice)
                adjusted *= SAME_ANSWER  # a second question whose answer is again Gary Locke tests little
            if _dates_of(q) & dated:
                # a true/false on a day the set already asks or prints ("... on 25 April 2015", round 13: 3 times;
                # "On 10 October 2008, the United States and which country ...?" beside "... on 7 October 2008.")
                continue
            if adjusted > best:
                best_at, best = i, adjusted
        if best_at < 0:
            left = left[_LOOKAHEAD:]
            continue
        r = left.pop(best_at)
        q = r.question
        chosen.append(r)
        if per_fact[(q.deck_id, q.fact_id)] == 0 and _is_background(r):
            background[q.deck_id] += 1
        per_fact[(q.deck_id, q.fact_id)] += 1
        per_sentence[fold(q.source.quote)] += 1
        per_type[q.type.value] += 1
        per_answer[q.answer_kind.value] += 1
        per_template[q.template] += 1
        templates.setdefault((q.deck_id, q.fact_id), set()).add(_ALIKE.get(q.template, q.template))
        if (ask := _same_ask(q))[2]:
            asked.add(ask)
        prompts.add(fold(q.prompt))
        if q.type is QuestionType.MATCH:
            matched.update(fold(name) for name in q.items)
        shown.append((f" {fold(q.prompt)} ", (q.deck_id, q.fact_id)))
        keys.extend(_answer_keys(q))
        if q.answer_kind in _ANSWERED_ONCE and q.type is not QuestionType.TF:
            answers.add(_answer_id(q))
        dated |= _dates_of(q) | (set(_DAY.findall(q.prompt)) if q.type is not QuestionType.TF else set())
    return space_apart(chosen)


def _leader_texts(ranked: Sequence[Ranked]) -> dict[str, str]:
    """Each deck's leader questions (not matches) that a set may take, their stems and answers folded and padded:
    the people that deck can ask one by one."""
    texts: dict[str, list[str]] = {}
    for r in ranked:
        q = r.question
        if q.fact_kind == "leader" and q.type is not QuestionType.MATCH and r.importance.score >= MIN_IMPORTANCE:
            texts.setdefault(q.deck_id, []).append(f" {fold(q.prompt)} {fold(q.answer)} ")
    return {deck: "".join(parts) for deck, parts in texts.items()}


def _repeats_a_match(q: Question, matched: set[str], shown: list[tuple[str, tuple[str, str]]],
                     keys: list[tuple[str, bool, tuple[str, str] | None]], singles: dict[str, str]) -> bool:
    """Whether ``q`` asks a person again: a match two or more of whose people the set asks about or answers
    already (``shown`` stems, ``keys`` answers), or its deck could ask one by one (``singles``), or a question about
    a person a chosen match already asks."""
    if q.type is QuestionType.MATCH:
        asked = "".join([*(stem for stem, _ in shown), *(key for key, _, _ in keys), singles.get(q.deck_id, "")])
        return sum(1 for name in q.items if f" {fold(name)} " in asked) >= 2
    if q.fact_kind != "leader" or not matched:
        return False
    text = f" {fold(q.prompt)} {fold(q.answer)} "
    return any(f" {name} " in text for name in matched)


def _printed_everywhere(ranked: Sequence[Ranked]) -> set[tuple[str, str]]:
    """The leader facts whose holder, with the office, the stems of two or more other facts print ("President
    Kenyatta welcomed ...", "... and President Uhuru Kenyatta will jointly host ..."): asked first, "Who was the
    President of Kenya?" would shut out every question about what happened (round 27's readout: a set of one)."""
    stems: dict[tuple[str, str], str] = {}
    for r in ranked:
        q = r.question
        if q.type is not QuestionType.TF:
            key = (q.deck_id, q.fact_id)
            stems[key] = stems.get(key, "") + f" {fold(q.prompt)} "
    out: set[tuple[str, str]] = set()
    seen: set[tuple[str, str]] = set()
    for r in ranked:
        q = r.question
        own = (q.deck_id, q.fact_id)
        if q.answer_kind is not AnswerKind.PERSON or q.type is QuestionType.TF or own in seen:
            continue
        seen.add(own)
        keys = [k for k, strong, _ in _answer_keys(q) if strong]
        printers = sum(1 for fact, text in stems.items() if fact != own and fact[0] == own[0]
                       and any(k in text for k in keys))
        if printers >= 2:
            out.add(own)
    return out


def _is_background(r: Ranked) -> bool:
    """Whether the ranking called the question's fact background (long before the story, a life, a population)."""
    return any(reason.startswith("background") for reason in r.importance.reasons)


_DAY = re.compile(r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|"
                  r"December) \d{4}\b")


def _dates_of(q: Question) -> set[str]:
    """The days a date question asks or a true/false about a date states (its true version): a set asks each
    day once, in whichever form."""
    if q.answer_kind is AnswerKind.DATE:
        return set(_DAY.findall(" ".join((q.answer, *q.aliases))))
    if q.type is QuestionType.TF and q.fact_kind in ("date", "agreement") and q.template in ("when", "date"):
        return set(_DAY.findall(q.truth or q.prompt))
    return set()


# Answers a set should ask for once: a person, a place, a date (the same date twice is one event asked twice).
_ANSWERED_ONCE = frozenset({AnswerKind.PERSON, AnswerKind.PLACE, AnswerKind.DATE})


def _answer_id(q: Question) -> str:
    return q.value if q.answer_kind is AnswerKind.DATE and q.value else fold(q.answer)


def _answer_keys(q: Question) -> list[tuple[str, bool, tuple[str, str] | None]]:
    """What a question asks for, as another question's stem could print it, and whether that would give
    it away beyond doubt: the answer and, for names, the other forms a learner knows it by ("Locke" for
    Gary Locke). A person is given away only with an office beside the name ("Commerce Secretary Gary
    Locke"): a stem that merely names him asks something else about him."""
    if q.type is QuestionType.TF:
        return []
    forms = [q.answer]
    if q.answer_kind in (AnswerKind.PERSON, AnswerKind.PLACE):
        forms += [a for a in q.aliases if len(a) >= 4]
    elif q.answer_kind is AnswerKind.DATE:
        # "Friday 10 October 2008" is printed "On 10 October 2008, the United States and which country ...?"
        forms += [a for a in q.aliases if not re.fullmatch(r"\d{4}(?:-\d\d){0,2}", a)]
    folded = [k for k in (fold(f) for f in forms) if len(k) >= 3]
    if q.answer_kind is AnswerKind.PERSON:
        return [(f" {title} {k} ", True, None) for k in folded for title in _TITLE_WORDS]
    # a figure, or a day's date ("17 July 2025"), printed in another stem answers it beyond doubt
    day = q.answer_kind is AnswerKind.DATE and len(q.value or "") == 10  # an ISO day, not a month or a year
    strong = q.answer_kind is AnswerKind.NUMBER or day
    out: list[tuple[str, bool, tuple[str, str] | None]] = [(f" {k} ", strong, None) for k in folded]
    # "New Zealand, Chile, Singapore and which country ...?" is answered beyond doubt by another fact's stem that
    # lists the same parties with the answer ("brings together New Zealand, Chile, Singapore and Brunei"). A pair
    # is named everywhere in a story about two countries: only three or more listed together count. The question
    # of its own date, which names them too, is the sibling the set allows (MAX_PER_FACT): there it stays weak.
    others = re.sub(r"^(?:On|In|According to) [^,]+, ", "", q.prompt).split(" and which ")[0]
    listed = _PARTY_LIST.match(fold(q.prompt)) if q.template == "party" and ", " in others else None
    if listed:
        out += [(f" {listed.group(1)} and {k} ", True, (q.deck_id, q.fact_id)) for k in folded]
    return out


_PARTY_LIST = re.compile(r"^(?:.*?, )?(?:in [a-z0-9 ]+ |on [a-z0-9 ]+ )?([a-z][a-z ]+?) and which\b")


_TITLE_WORDS = ("president", "minister", "secretary", "chancellor", "king", "queen", "leader", "premier",
                "governor", "chairman", "chair", "director", "general", "prince", "representative", "envoy")


def _gives_away(q: Question, shown: list[tuple[str, tuple[str, str]]],
                keys: list[tuple[str, bool, tuple[str, str] | None]]) -> str:
    """Whether ``q`` and a question already in the set would answer each other: one's stem prints the
    other's answer ("strong" for a person beside their office or a figure, which the reader cannot miss;
    "weak" for a place or date, which a story names everywhere; "" for neither). Checked across the set,
    since a teacher hands the questions out together."""
    prompt = f" {fold(q.prompt)} "
    own = (q.deck_id, q.fact_id)
    # a key tied to a fact (an agreement's listed parties) is weak beside that fact's own other question
    hits = [strong and (kf is None or kf != own) for k, strong, kf in keys if k in prompt]
    hits += [strong and (kf is None or fact != own) for k, strong, kf in _answer_keys(q) for p, fact in shown
             if k in p]
    return "strong" if any(hits) else ("weak" if hits else "")


def _same_ask(q: Question) -> tuple[str, str, str]:
    """A way of asking and its answer: a set asks "which country ... ?" once per country (true/false and
    cloze answers say nothing of the kind: no key for them)."""
    if q.type in (QuestionType.TF, QuestionType.CLOZE):
        return (q.deck_id, q.template, "")
    if q.template == "party" and " and which " in q.prompt:
        # "The UK and which country signed the agreement?" then "Iraq and which country signed a joint statement?":
        # one pair of countries asked twice, the second in reverse
        other = re.split(r",\s", q.prompt.split(" and which ", 1)[0])[-1]
        pair = sorted(fold(canonical_place(p.removeprefix("the ").removeprefix("The "))) for p in (other, q.answer))
        return (q.deck_id, q.template, " & ".join(pair))
    return (q.deck_id, q.template, fold(q.answer))


def space_apart(ranked: Sequence[Ranked]) -> list[Ranked]:
    """Best first, but never two questions of one fact or one sentence back to back, where avoidable."""
    left = list(reversed(ranked))  # the best at the end: taking it is cheap
    out: list[Ranked] = []
    while left:
        prev = out[-1].question if out else None
        at = 1
        if prev is not None:
            at = next((i for i in range(1, min(len(left), 64) + 1) if not _siblings(prev, left[-i].question)), 1)
        out.append(left.pop(-at))
    if len(out) <= _REPAIR_LIMIT:
        _move_forced_siblings(out)
    return out


def _move_forced_siblings(out: list[Ranked]) -> None:
    """The greedy pass may be left with only siblings at the end: move each such question back to the
    nearest earlier place (never first) where neither neighbour is its sibling."""
    for i in range(1, len(out)):
        if not _siblings(out[i - 1].question, out[i].question):
            continue
        q = out[i].question
        for j in range(i - 1, 0, -1):  # between out[j - 1] and out[j]
            if not _siblings(out[j - 1].question, q) and not _siblings(out[j].question, q):
                out.insert(j, out.pop(i))
                break


def _siblings(a: Question, b: Question) -> bool:
    return (a.deck_id, a.fact_id) == (b.deck_id, b.fact_id) or fold(a.source.quote) == fold(b.source.quote)


def parse_count(text: str | None, default: int | None = DEFAULT_COUNT) -> int | None:
    """"12" → 12, "all" → None (the whole pool); ValueError for anything else."""
    if text is None:
        return default
    if text.strip().lower() == "all":
        return None
    try:
        n = int(text)
    except ValueError:
        raise ValueError(f"expected a number of questions or 'all', not {text!r}") from None
    if n < 1:
        raise ValueError("expected at least 1 question, or 'all'")
    return n
