"""Short phrases for the questions: what a figure measures, what happened on a date.

The question engine reads a figure's ``what`` inside "What was the ...?" / "How many ...?" and a date's
``event`` inside "On what date did ...?", so both should be short noun phrases and clauses, not whole
sentences. Everything here works on sentence structure and small word lists; when no phrase is found
the caller keeps its fallback (the sentence with a gap), which the engine still asks as a cloze.
"""

from __future__ import annotations

import functools
import re

from .. import english
from ..text import fold, trie_pattern, word_edge, word_starts
from .data import lexicon

# Nouns that name something measured ("trade volume", "exports"): a subject headed by one of these
# before "amounted to", "reached", "was worth" ... is what the figure measures.
MEASURE_NOUNS = {"trade", "volume", "volumes", "exports", "imports", "investment", "investments", "aid", "budget",
                 "financing", "grants", "spending", "revenue", "revenues", "output", "production", "sales", "turnover",
                 "debt", "deficit",
                 "surplus", "gdp", "economy", "value", "cost", "costs", "price", "prices", "share", "rate",
                 "growth", "population", "income", "funding", "loans", "loan", "assistance", "purchases",
                 "deal", "contract", "package", "fund", "target", "total", "capacity", "reserves", "inflation",
                 "unemployment", "tariffs", "duties", "payments", "trade volume", "commerce", "deliveries",
                 "supplies", "shipments", "consumption", "emissions", "balance", "toll", "casualties", "turnout"}
# Verbs of going past a figure ("the death toll has passed 30,000"): the figure is a bound the measure went beyond
BEYOND = ("passed", "exceeded", "topped", "surpassed")
MEASURE_VERB = re.compile(
    r"\s(?P<v>amounted to|amounts to|amount to|reached|reaches|hit|hits|totall?ed|totals|stood at|stands at|came to|"
    rf"{'|'.join(BEYOND)}|"
    r"comes to|was worth|were worth|is worth|are worth|was valued at|is valued at|was|were|is|are|"
    r"(?:rose|risen|grew|grown|increased|climbed|jumped|surged|fell|fallen|dropped|declined|decreased|shrank|slumped|"
    r"plunged)"
    r"(?P<mid>[^;:]{0,70}?\s(?:to|by))?)"
    r"(?:\s(?:a record|an all-time high of|a total of|an estimated|a high of|a low of))?\s*$")
RISE = {"rose", "risen", "grew", "grown", "increased", "climbed", "jumped", "surged"}
FALL = {"fell", "fallen", "dropped", "declined", "decreased", "shrank", "slumped", "plunged"}
PRONOUN = re.compile(r"^(?:it|this|that|they|these|those|he|she|which)$", re.I)
PAIR_REF = re.compile(r"\b(?:the two (?:countries|nations|sides|states|governments|neighbours|neighbors|partners|"
                      r"blocs)|"
                      r"both (?:countries|nations|sides|governments|states)|their (?:two )?countries|"
                      r"the (?:former|old) (?:enemies|foes|rivals|adversaries))\b", re.I)
# ("With this new funding, USAID has provided ...": a lead of means, like one of time)
LEADING = re.compile(r"^(?:(?:For|In|On|At|After|Before|During|Since|By|Until|Over|Under|Meanwhile|However|As|"
                     r"Still|Already|Also|Last|This|Next|Earlier|Later|With|Through)\b[^,;:]{0,60}?,\s|"
                     r"(?:Since|In|By|During) (?:(?:early|late|mid-)?[A-Z][a-z]+ )?(?:19|20)\d\d,?\s|"
                     r"Between (?:19|20)\d\d and (?:19|20)\d\d,?\s|"
                     # "At 0600 hours local time (0300 GMT) government soldiers returned": a time of day
                     r"At (?:[01]\d|2[0-3])[0-5]\d\s?(?:hours|hrs)(?: local time)?(?: \([^)]{1,20}\))?,?\s|"
                     r"[Aa]ccording to (?:the )?[A-Z][\w.’' -]{1,40}?(?:,\s|\s(?=(?:it|he|she|they|the)\b)))")
ADVERBS = re.compile(r"\b(?:also|already|now|still|even|reportedly|only|further|just|then|once again|again)\s")
ASIDES = re.compile(r",\s(?:by contrast|however|in turn|meanwhile|for example|for instance|in total|in all|so far|"
                    r"too|officials said|he said|she said|they said)(?=,)")
REPORT = re.compile(r"^(?:[A-Z][\w.'’-]*\s){0,4}?(?:also\s)?(?:said|says|announced|added|noted|stated|told "
                    r"\w+|estimated|reported|confirmed)(?:\s(?:on\s)?\w+day)?\s(?:that\s)?", re.I)
# (", and transparent, the United States ...": the last item of a list, not a clause)
CLAUSE_BOUNDS = re.compile(r";\s|:\s|\s[—–]\s|\s--\s|,\s(?:and|but|while|whereas|as|after|when|until)\s"
                           r"(?![a-z][\w-]*,\s)")
RELATIVE_ASIDE = re.compile(r",\s(?:which|who|whom|where)\s[^,;:]+,")
AUX = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|"
                 r"said|says|be|been)\b")
PREPS = {"in", "on", "for", "to", "with", "at", "from", "of", "by", "into", "over", "under"}
DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "another", "additional", "some", "further",
               "a further", "an additional", "other"}


def place(name: str) -> str:
    """A country or organisation as it reads in running text ("the United States", "Russia")."""
    from ..english import place_np

    lex = lexicon()
    return place_np(name, lex.country(name) == name)


def join_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def resolve_pair(text: str, pair: list[str]) -> str:
    """"the two countries" -> "Russia and Vietnam" when the article is about one pair."""
    if len(pair) != 2:
        return text
    names = f"{place(pair[0])} and {place(pair[1])}"
    return PAIR_REF.sub(names, text)


# A joint statement speaks as "we": "we, President Donald J. Trump and Prime Minister Shinzo Abe, affirmed".
JOINT_WE = re.compile(r"\b[Ww]e,\s([A-Z][^,;:]{2,80}?\sand\s[A-Z][^,;:]{2,80}?),\s")
_OUR_PAIR = re.compile(r"\bour\s(?:two\s)?(countries|nations|economies|governments|peoples|people|relationship|"
                       r"partnership|alliance)\b")


def joint_speakers(sentences: list[str], people: list[tuple[str, str, str | None]]) -> str | None:
    """The people a joint statement's "we" stands for ("Donald J. Trump and Shinzo Abe"), when a sentence
    says so with the names of the article's leaders; None when no sentence does."""
    for text in sentences:
        m = JOINT_WE.search(text)
        if m:
            named = [n for n, _, _ in people if n in m.group(1)]
            if len(named) >= 2:
                return join_names(named)
    return None


def resolve_we(text: str, joint: str | None, pair: list[str]) -> str:
    """A joint statement's "we" as its speakers and "our economies" as the pair's: "we, President A and Prime
    Minister B, affirmed" -> "A and B affirmed"; "our economies" -> "the economies of the United States and
    Japan". Text without a joint "we" is returned as it is."""
    if not joint:
        return text
    text = JOINT_WE.sub(lambda _: f"{joint} ", text)  # a function: a name is never read as a template
    text = re.sub(r"\b[Ww]e\b", lambda _: joint, text)
    if len(pair) == 2:
        text = _OUR_PAIR.sub(lambda m: f"the {m.group(1)} of {place(pair[0])} and {place(pair[1])}", text)
    return text


def tidy(text: str) -> str:
    """Whitespace and punctuation left over from cutting a sentence apart."""
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.;:)])", r"\1", text)
    text = re.sub(r"\(\s*\)", "", text)
    text = re.sub(r"[“”\"]", "", text)
    return text.strip(" ,.;:-–—")


def lower_start(text: str) -> str:
    """Lower-case a sentence's first word unless it is a name ("The trade" -> "the trade")."""
    first = text.split(" ", 1)[0]
    if first[:1].isupper() and first.lower() in {"the", "a", "an", "its", "their", "his", "her", "this", "these",
                                                  "that", "those", "both", "trade", "bilateral", "total",
                                                  "annual", "exports", "imports", "more", "most", "some",
                                                  "many", "all", "further", "additional", "several",
                                                  "every", "each", "nearly", "around", "about", "over"} | MEASURE_NOUNS:
        return text[:1].lower() + text[1:]
    return text


# The relative days a sentence may date its news by, which mean nothing once read out of the article
RELATIVE_DAY = r"(?:today|yesterday|tonight|tomorrow|last\snight|this\s(?:morning|afternoon|evening))"


# A news dateline: the place the story was filed from, in capitals, and a dash ("HANOI, Vietnam (AP) — ",
# "TEGUCIGALPA, M.D.C. – ", "ACCRA, GHANA - ", "WASHINGTON D.C., United States — "): where the news was filed,
# never part of an event, a figure's description or an agreement's parties. The one copy every kind uses.
# Also in title case with its state or country and a long dash ("Washington, DC — ", "Mexico City, Mexico – ").
DATELINE = re.compile(r"^\s*(?:[A-Z][A-Z .'’-]{2,}(?:,\s?[^—–()\n]{1,40}?)?(?:\s*\([^)]{1,20}\))?\s*[—–-]{1,2}\s|"
                      r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s*[—–]\s)")


def strip_lead(text: str) -> tuple[str, str | None]:
    """Drop leading adverbials ("For decades, ", "Since February 2022 ") and reporting frames
    ("Putin said the ..."); return the rest and a period the lead states, if any."""
    when = None
    text = RELATIVE_ASIDE.sub("", text)
    # "TEGUCIGALPA, M.D.C. – Since October 15, the U.S. Government has provided": the dateline, or the dash left
    # of it where the clause was cut
    text = re.sub(r"^[—–-]\s", "", DATELINE.sub("", text))
    for _ in range(3):
        m = LEADING.match(text)
        if not m:
            break
        lead = m.group(0)
        pm = re.match(r"(Since|From) ((?:[A-Z][a-z]+ )?(?:19|20)\d\d)", lead)
        bm = re.match(r"Between ((?:19|20)\d\d) and ((?:19|20)\d\d)", lead)
        im = re.match(r"(?:In|During) ((?:19|20)\d\d)\b(?![-–/])", lead)
        if pm:
            when = f"{pm.group(1).lower()} {pm.group(2)}"
        elif im:
            when = im.group(1)
        elif bm:
            when = f"{bm.group(1)}-{bm.group(2)}"
        text = text[m.end():]
    m = REPORT.match(text)
    if m and len(text[m.end():].split()) >= 3 and not re.match(r"(?:the\s)?(?:[A-Z]\w+\s)?(?:President|Minister)",
                                                                text):
        text = text[m.end():]
    return text, when


def clause_at(text: str, a: int, b: int) -> tuple[int, int]:
    """The clause around the span [a, b): between the nearest boundaries on either side."""
    bounds = [(m.start(), m.end()) for m in CLAUSE_BOUNDS.finditer(text)]
    lo = max([e for s, e in bounds if e <= a] or [0])
    hi = min([s for s, e in bounds if s >= b] or [len(text)])
    return lo, hi


def clean_np(np: str, pair: list[str]) -> str:
    np = re.sub(r"^(?:The|the)\s(?=[a-z][\w-]*\s\S)", "", np.strip())
    np = ASIDES.sub("", np)
    np = ADVERBS.sub("", np + " ").strip()
    np = resolve_pair(np, pair)
    return lower_start(tidy(np))


def is_np(np: str, max_words: int = 12) -> bool:
    """A plausible noun phrase: short, no finite verb, not a pronoun."""
    words = np.split()
    return (0 < len(words) <= max_words and not AUX.search(np) and not PRONOUN.match(np)
            and not re.search(r"[,;:()]", np))


def head_is_measure(np: str) -> bool:
    head = re.split(r"\s(?:between|with|to|of|from|in|for|on|by)\s", np)[0]
    words = [re.sub(r"['’]s$", "", w.lower()) for w in head.split()]
    return any(w in MEASURE_NOUNS or w.rstrip("s") in MEASURE_NOUNS for w in words)


def singular_measure(np: str) -> str:
    """"trade volumes with China" -> "trade volume with China" (one figure, one volume)."""
    return re.sub(r"\b(volume|value|share|price|rate|cost)s\b", r"\1", np, count=1)


PEOPLE = {"people", "persons", "refugees", "soldiers", "troops", "workers", "citizens", "civilians", "children",
          "students", "migrants", "tourists", "visitors", "residents", "employees", "staff", "officials",
          "delegates", "journalists", "prisoners", "hostages", "patients", "victims", "farmers", "voters"}
COUNT_WHEN = re.compile(r"\s(?:in|during|for|between|by|over|since)\s(?:the\s)?(?:(?:first|last|past)\s[\w-]+\s"
                        r"(?:months|weeks|quarters|years)\sof\s)?(?:(?:[A-Z][a-z]+|early|late|mid-)\s?)?(?:19|20)\d\d"
                        r"(?:[-/–]\d{2,4})?(?:\s(?:and|to)\s(?:19|20)\d\d)?(?:\s(?:financial|fiscal)\syear)?")
POSSESSIVE_PRONOUN = re.compile(r"\b(its|their)\b")


def joins_subjects(text: str, at: int) -> bool:
    """Whether the ", and" at ``text[at:]`` joins the subjects of one clause rather than two clauses: no verb
    before it, and the clause's verb after it before the next comma ("In a signing ceremony today ..., Chief
    Executive Officer of the Millennium Challenge Corporation, John Danilovich, and Lesotho's Foreign Minister
    Mohlabi Tsekoa signed ..."; not "From today, and for the first time ever, Australia is obliged ...")."""
    if not text.startswith(", and ", at):
        return False
    after = text[at + 6:].split(",", 1)[0]
    return not _any_verb(text[:at]) and _any_verb(after)


def _any_verb(clause: str) -> bool:
    """`has_verb`, or a past form of the question engine's verb list ("met", "struck") after the first word."""
    return has_verb(clause) or english.has_verb(clause)


def has_verb(clause: str) -> bool:
    """Whether a clause has a finite verb the question engine or simple morphology recognises."""
    from ..english import as_question_clause

    return bool(AUX.search(clause) or re.search(r"\b[a-z]{2,}(?:ed|es)\b|\S\s[a-z]{2,}[^s\W]s\b", clause)
                or as_question_clause(clause))


def _engine_how_many(what: str) -> str:
    from ..english import how_many

    return how_many(what)


def count_phrase(np: str, clause: str, passive: bool = False, subject_first: bool = False) -> str:
    """A count's ``what`` that reads well after "How many" or "What was the number of".

    ``np`` is the counted noun phrase ("drones"), ``clause`` what is said of it: an object relative
    ("Russian forces fired overnight"), a passive participle ("sealed") or, with ``subject_first``, the
    verb phrase of which the counted things are the subject ("died of fentanyl overdoses").
    """
    clause = clause.strip()
    if subject_first:
        if passive:
            cand = f"{np} {clause}".strip()
            if len(np.split()) == 1 and _engine_how_many(cand).startswith(f"how many {np} were "):
                return cand
            return f"number of {cand}"
        if re.match(r"(?:is|are|was|were)\s", clause):
            return f"number of {np} {clause.split(' ', 1)[1]}"
        rel = "who" if np.split()[-1].lower() in PEOPLE or np.split()[-1][:1].isupper() else "that"
        return f"number of {np} {rel} {clause}"
    # "Rescuers using a helicopter lifted 23 stranded people": the subject was capitalised only because it
    # opened the sentence; inside "number of stranded people rescuers ... lifted" it is a common noun again
    clause = re.sub(r"^(?!Reuters\b)([A-Z][a-z]+(?:ers|ors|ists|ians|ies|als|ents|ants|ees))(?=\s[a-z])",
                    lambda m: m.group(1).lower(), clause)
    cand = f"{np} {clause}".strip()
    if len(np.split()) == 1 and clause and _engine_how_many(cand).startswith(f"how many {np} did "):
        return cand
    return f"number of {cand}"


def possessor_before(text: str) -> str | None:
    """The last "X's" naming a country or organisation in ``text`` ("Vietnam's main supplier" -> "Vietnam")."""
    lex = lexicon()
    for m in reversed(list(re.finditer(r"((?:[A-Z][\w.-]*\s){0,2}[A-Z][\w.-]*)['’]s\b", text))):
        name = m.group(1)
        for k in range(len(name.split()), 0, -1):
            cand = " ".join(name.split()[-k:])
            if lex.country(cand) or cand in lex.organisations:
                return cand
    return None


APPOSITIVE = re.compile(r",\s(?:who|which|whom|whose)\s[^,;:]+,|,\s(?:based|located|headquartered|born|known)\s"
                        r"[^,;:]+,")


def unquote(text: str) -> str:
    """Drop quotation marks around quoted speech; keep them around a short quoted name ("no limits")."""
    # "announced that "The cessation of hostilities is in effect"": the quote goes on the sentence around it
    text = re.sub(r"\b(that|whether)\s([“\"])(The|A|An|This|These|Those|Our|Its|It|There)\b",
                  lambda m: f"{m.group(1)} {m.group(2)}{m.group(3).lower()}", text)
    text = re.sub(r"[“\"]([^”\"]+)[”\"]", lambda m: m.group(0) if len(m.group(1).split()) <= 3 else m.group(1), text)
    return re.sub(r"[“”]", "", text)


def _gerund(past: str) -> str:
    w = past.lower()
    if w.endswith("eed"):
        return w[:-1] + "ing"
    if w.endswith("ied"):
        return w[:-3] + "ying"
    if w.endswith("ed"):
        return w[:-2] + "ing"
    return w


@functools.cache
def _titles_before_name() -> re.Pattern[str]:
    """What may stand before a name as its title, up to where the name starts ("the New Zealand Prime
    Minister ", "US President ", "United States of America President "); ``\\Z`` is the name's start
    (the search's end position)."""
    titles = trie_pattern(lexicon().titles)
    # ("Minister for Foreign Affairs Senator ": a portfolio after "for" as after "of")
    return re.compile(rf"(?:\bthe\s)?(?:\b(?:[A-Z][\w.’']*\s(?:(?:of|for)\s(?:the\s)?)?){{0,3}})?(?:(?:{titles})\s)+\Z")


@functools.cache
def _title_after_name() -> re.Pattern[str]:
    """A title set off after a name: ", General Secretary of the Communist Party of Vietnam,"."""
    titles = trie_pattern(lexicon().titles)
    return re.compile(rf",\s(?:the\s)?(?:[\w.]+\s){{0,2}}(?:{titles})\b[^,;]*,")


class TitledName:
    """Turns one person's titled mentions into the bare name: with ``title_after`` false, a title before the
    name ("North Korean leader Kim Jong Un"); with it true, a title set off after it ("Nguyen Phu Trong,
    General Secretary of the Communist Party of Vietnam, announced").

    Why not one regular expression per name: each would hold the whole title list and take milliseconds
    to compile, for every person of every article, and hundreds of them pushed the static patterns out of
    the ``re`` module's cache (a third of all extraction time went to compiling). The two title patterns
    are compiled once; per name only the literal name is searched for."""

    __slots__ = ("name", "title_after")

    def __init__(self, name: str, *, title_after: bool = False) -> None:
        self.name = name
        self.title_after = title_after

    def sub(self, repl: str, string: str) -> str:
        name, n = self.name, len(self.name)
        out: list[str] = []
        last = i = 0
        while (p := string.find(name, i)) >= 0:
            i = p + 1
            if self.title_after:
                aside = _title_after_name().match(string, p + n) if word_edge(string, p) else None
                if aside:
                    out += [string[last:p], repl]
                    last = i = aside.end()
            elif word_edge(string, p + n) and (titled := _titles_before_name().search(string, last, p)):
                out += [string[last:titled.start()], repl]
                last = i = p + n
        return "".join(out) + string[last:] if out else string


def people_patterns(leaders: list[tuple[str, str, str | None]], texts: list[str] | None = None,
                    pair: list[str] | None = None) -> list[tuple[re.Pattern[str] | TitledName, str]]:
    """(pattern, name) pairs that turn "US President Joe Biden", "the Kremlin chief" or "the chancellor"
    into the person's name; ``leaders`` are (name, role, of) of the article's leader facts.

    A bare "the Prime Minister" stands for the one Prime Minister the article names, unless some
    sentence (``texts``) has both: "The Prime Minister met Prime Minister Kishida" shows the bare title
    is someone else (a government's readout of its own, unnamed, leader), and unless the story's other
    country (``pair``) has that office too: "Italian Prime Minister Giorgia Meloni" in a story about Italy and
    the UK leaves "the Prime Minister" open (a UK release means its own)."""
    lex = lexicon()
    out: list[tuple[re.Pattern[str] | TitledName, str]] = []
    for name, _role, _of in sorted(leaders, key=lambda x: -len(x[0])):
        # "North Korean leader Kim Jong Un", "Russian President Vladimir Putin", "President Joe Biden"
        # (a country of several words may stand before the title: "United States of America President Donald Trump")
        # ("the New Zealand Prime Minister Jacinda Ardern" -> "Jacinda Ardern", not "the Jacinda Ardern")
        out.append((TitledName(name), name))
        # "Nguyen Phu Trong, General Secretary of the Communist Party of Vietnam, announced"
        out.append((TitledName(name, title_after=True), name))
    heads: dict[str, list[str]] = {}
    roles: dict[str, list[str]] = {}
    for name, role, of in leaders:
        if of and (role.lower() in lexicon().head_roles or role.lower().endswith(" leader")):
            heads.setdefault(of, []).append(name)
        roles.setdefault(role.lower(), []).append(name)
    adjectives: dict[str, list[str]] = {}
    for word, country in lex.place_to_country.items():
        adjectives.setdefault(country, []).append(word)
    for country, names in heads.items():
        if len(set(names)) != 1:
            continue
        words = "|".join(re.escape(w) for w in sorted(adjectives.get(country, []), key=len, reverse=True))
        if words:
            out.append((re.compile(rf"\b[Tt]he\s(?:{words})\s(?:head of state|chief|leader|president|"
                                   rf"head of government)\b"), names[0]))
    # Several holders of one title, all but one named with their country ("the New Zealand Prime Minister
    # Jacinda Ardern"): a readout's bare "the Prime Minister" is the one without, its own government's leader.
    unqualified: dict[str, list[str]] = {}
    for name, role, of in leaders:
        if not of:
            unqualified.setdefault(role.lower(), []).append(name)
    for role, names in roles.items():
        if len(set(names)) > 1 and len(set(unqualified.get(role, ()))) == 1:
            roles[role] = unqualified[role]
    countries = {name: of for name, _, of in leaders}
    for role, names in roles.items():
        if len(set(names)) == 1 and len(role) > 3:
            if _other_side_has(role, countries.get(names[0]), pair or []):
                continue
            bare = re.compile(rf"\b[Tt]he\s{re.escape(role)}\b(?!\sof)", re.I)
            surname = names[0].split()[-1]
            if any(bare.search(t) and re.search(rf"\b{re.escape(surname)}\b", t) for t in texts or ()):
                continue
            out.append((bare, names[0]))
    return out


_FORMER = re.compile(r"\b(?:[Ff]ormer|[Oo]utgoing|[Aa]cting|[Ii]nterim)\s")


def _drop_before(words: re.Pattern[str], name: str, text: str) -> str:
    """``text`` without the ``words`` right before ``name`` (a whole word there)."""
    def keep(m: re.Match[str]) -> str:
        end = m.end() + len(name)
        return "" if text.startswith(name, m.end()) and word_edge(text, end) else m.group()
    return words.sub(keep, text)


def clean_event(event: str, people: list[tuple[re.Pattern[str] | TitledName, str]], pair: list[str],
                prev_subject: str | None) -> str:
    """A date's ``event`` as a clean clause: names without titles, no asides, no quotation marks."""
    e = " " + event.strip() + " "
    e = APPOSITIVE.sub("", e)
    # "For example, Ban Ki-moon ... called for": a connective that ties the sentence to the one before
    e = re.sub(r"^\s(?:For example|For instance|However|Meanwhile|In addition|Moreover|Furthermore|Separately|"
               r"Nevertheless|Instead|Similarly|Likewise|Still|Also),\s", " ", e)
    e = re.sub(r",?\s(?:Jr|Sr)\.?(?=[\s,]|$)", "", e)  # "Joseph R. Biden, Jr. met" -> "Joseph R. Biden met"
    e = re.sub(r"^(\s[A-Z][\w-]+),\s\d{1,3},\s", r"\1 ", e)  # "Biden, 80, last met" -> "Biden last met"
    e = re.sub(r"^(\s[^,;:]{2,60}?)\shad\s((?:last|already|also|previously|first)\s)?(?!been\b)([a-z]+ed|met|made|held|"
               r"took|sent|signed|won|lost|paid|sold|built|led|left|spoke|told|gave)\b", r"\1 \2\3", e)
    e = re.sub(r"\s(?:and|but)\s(?:was|were)\s[a-z]+\b.*$", "", e)
    for rx, name in people:
        by_title = isinstance(rx, re.Pattern)  # people_patterns' compiled ones are all "the <title>"
        if by_title and word_starts(e, name):
            continue  # "The Prime Minister met Prime Minister of Japan Fumio Kishida": the title is someone else
        if by_title or name in e:  # a name pattern can only match where the name is
            e = rx.sub(name, e)
            # "former Prime Minister David Cameron" -> "David Cameron", not "former David Cameron"
            e = _drop_before(_FORMER, name, e)
    e = re.sub(r"\s(?:in which|under which|whereby|where)\s(?:they|both sides|the two sides|both)\s(?:had\s)?"
               r"([a-z]+ed)\b", lambda m: " " + _gerund(m.group(1)), e)
    e = unquote(e)
    e = re.sub(r",\s(?:as|while|when|who|which)\s[^,;]*$", "", e.rstrip())
    e = resolve_pair(e, pair)
    e = e.strip()
    if prev_subject and re.match(r"(?:He|She)\s", e):
        e = prev_subject + e[e.index(" "):]
    e = re.sub(r"\s+", " ", e).strip(" ,;:")
    e = re.sub(r"(?<=[a-z]{2})\.$", "", e)  # a quote's own full stop, left inside its marks
    e = re.sub(r",\s?,", ",", e)  # "John Briceño, [Wednesday], in signing": the day's commas, one left
    if not has_verb(e) and has_verb(event):
        e = unquote(event.strip())  # the clean-up took the verb away: better the whole clause
    return e[:1].upper() + e[1:]


AGREEMENT_SCOPE = re.compile(r"^,?\s(?P<how>in (?:areas|fields|sectors) (?:such as|including|like|of)|"
                             r"encompassing (?:areas )?(?:ranging )?from|covering|among them|including|"
                             r"on issues such as|in areas ranging from)\s(?P<what>[^.;:]+)")
COUNT_MODS = re.compile(r"^(?:(?:more|less|fewer) than|over|around|about|some|nearly|almost|at least|up to|"
                        r"roughly|a|an)?\s*(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                        r"twelve|dozen|a dozen|several|various)\s+", re.I)


def short_list(text: str, keep: int = 3) -> str:
    """"the economy, education, energy, justice and science" -> "the economy, education and energy"."""
    items = [x.strip() for x in re.split(r",\s(?:and\s)?|\sand\s", text) if x.strip()]
    if len(items) <= keep or any(len(x.split()) > 6 for x in items):
        return text
    return ", ".join(items[: keep - 1]) + " and " + items[keep - 1]


def agreement_what(what: str, sentences: list[str]) -> str:
    """An agreement's ``what`` as a noun phrase naming it: no count in front ("more than ten agreements
    in areas such as ..." -> "agreements in areas such as ..."), no quotation marks, "in which they
    pledged" -> "pledging", a verbal agreement ("to resume talks") -> "agreement to resume talks"."""
    w = what.strip()
    w = re.sub(r"\s(?:in which|under which|whereby|where)\s(?:they|both sides|the two sides|both)\s(?:had\s)?"
               r"([a-z]+ed)\b", lambda m: " " + _gerund(m.group(1)), w)
    w = unquote(w)
    if re.match(r"to\s[a-z]", w):
        return "agreement " + w
    noun = re.search(r"\b(?:treaty|treaties|pacts?|agreements?|accords?|memorand\w*|mous?|deals?|partnerships?|"
                     r"conventions?|protocols?)\b", " ".join(w.split()[:6]), re.I)
    if noun:  # "a target of ..." keeps its article: the engine asks "an agreement on a target of ..."
        w = re.sub(r"^(?:the|a|an)\s(?=[a-z])", "", w)
        w = re.sub(r"^(?:separate|new|earlier|previous|further|other|recent|landmark|historic)\s", "", w)
    ym = re.match(r"((?:19|20)\d\d)\s([a-z][\w\s-]*)$", w)
    if ym:  # "1961 treaty" -> "treaty of 1961"
        w = f"{ym.group(2)} of {ym.group(1)}"
    w = re.sub(r"\s(?:covers|covering)\s", " on ", w)
    cm = COUNT_MODS.match(w)
    if cm and cm.end() < len(w):
        head = w[cm.end():]
        sm = None
        for sentence in sentences:
            pos = sentence.find(what)
            sm = AGREEMENT_SCOPE.match(sentence[pos + len(what):]) if pos >= 0 else None
            if sm:
                break
        if sm:
            how = sm.group("how")
            scope = short_list(sm.group("what").strip().rstrip(","))
            scope = re.sub(r"^(?:agreements|accords|deals|documents)\s(?=on\s)", "", scope)
            if how in ("among them", "including"):
                return f"{head} {scope}" if scope.startswith("on ") else f"{head} including {scope}"
            if how.startswith(("encompassing", "in areas ranging")):
                scope = re.sub(r"^(?:areas\s)?(?:ranging\s)?from\s", "", scope)
                return f"{head} covering areas from {scope}"
            return f"{head} {how} {scope}"
        if re.match(r"(?:various|several)\s", w, re.I):
            return head
    return w


def _other_side_has(role: str, of: str | None, pair: list[str]) -> bool:
    """Whether, in a story about two countries, the one that is not ``of`` has the office ``role`` too."""
    from ..gazetteer import gazetteer

    country = lexicon().country(of or "") or of
    if len(pair) != 2 or country not in pair:
        return False
    other = pair[1] if country == pair[0] else pair[0]
    offices = gazetteer().offices_of_state(other) or ()
    return fold(role) in {fold(o) for o in offices}
