"""Small English helpers so templates read naturally for any role, event or figure.

They live below both extraction (which writes events and `what`s to be read inside a question) and
the question engine (which turns them into questions): neither imports the other.
"""

from __future__ import annotations

import re

from .dates import IsoDate, Precision
from .gazetteer import gazetteer
from .text import fold, indefinite_article

# Verbs news events are told with; past forms are derived (and irregular ones listed) so an
# event clause "X signed Y" can be asked as "did X sign Y".
_BASE_VERBS = """
accept access acquire adopt agree aim allow announce appoint approve arrive attack attend ban begin
boost call cancel celebrate close commit complete conclude condemn confirm create cut declare deepen
defeat deliver deny deploy discuss elect end enter establish expand expel extend finalise finalize
form found freeze grant host hold impose inaugurate increase introduce invade invite join kill launch
lift meet merge normalise normalize open order pass pay plan pledge promise propose publish raise
ratify reach receive reject release renew resign resume return reveal sanction say scrap send set
sign start strike suspend take talk test threaten tour travel unveil upgrade visit vote vow warn
welcome win withdraw seal secure broker export import station supply provide produce kill injure arrest
evacuate displace record register report issue award donate allocate earmark invest loan ship train hire
employ gain add deport detain capture destroy damage fire launch intercept happen occur shake net
""".split()
_IRREGULAR = {
    "met": "meet", "held": "hold", "took": "take", "began": "begin", "made": "make", "won": "win",
    "became": "become", "came": "come", "went": "go", "gave": "give", "said": "say", "told": "tell",
    "led": "lead", "left": "leave", "sent": "send", "spent": "spend", "built": "build", "brought": "bring",
    "bought": "buy", "sold": "sell", "struck": "strike", "fought": "fight", "rose": "rise", "fell": "fall",
    "flew": "fly", "chose": "choose", "broke": "break", "spoke": "speak", "wrote": "write", "set": "set",
    "put": "put", "cut": "cut", "hit": "hit", "paid": "pay", "saw": "see", "found": "find", "kept": "keep",
    "withdrew": "withdraw", "froze": "freeze", "undertook": "undertake", "oversaw": "oversee",
    "laid": "lay", "lost": "lose", "shot": "shoot", "bore": "bear", "shook": "shake", "swore": "swear",
    "drew": "draw", "grew": "grow", "overthrew": "overthrow", "shaken": "shake", "stood": "stand",
}
_DOUBLED = {"plan": "planned", "ban": "banned", "stop": "stopped", "commit": "committed", "scrap": "scrapped",
            "net": "netted", "occur": "occurred"}


def _past(base: str) -> str:
    if base in _DOUBLED:
        return _DOUBLED[base]
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ied"
    return base + "ed"


PAST_TO_BASE = {_past(b): b for b in _BASE_VERBS} | _IRREGULAR
_BASE_TO_IRREGULAR_PAST = {b: p for p, b in _IRREGULAR.items() if not p.endswith("en")}


def past_of(base: str) -> str:
    """The simple past of a verb ("welcome" -> "welcomed", "meet" -> "met")."""
    return _BASE_TO_IRREGULAR_PAST.get(base) or _past(base)
BASE_VERBS = frozenset(_BASE_VERBS) | frozenset(_IRREGULAR.values()) | frozenset(
    "reaffirm strengthen deepen promote advance build mark discuss review address continue support help "
    "explore boost enhance foster improve ensure counter combat tackle coordinate".split())


# An event opening with one of these has no subject first ("As Prime Minister he signed ..."):
# reordering it into "did ..." would read "did As Prime Minister he sign".
_PREPOSITIONS = {"to", "in", "of", "for", "from", "with", "by", "on", "at", "into", "over", "after", "before",
                 "as", "when", "while", "during", "since", "having", "although", "though", "because", "if",
                 "once", "until", "despite", "under", "amid", "following", "there", "then", "also"}


def as_question_clause(event: str) -> tuple[str, str] | None:
    """Split "X signed Y" into ("did", "X sign Y"), "X was signed" into ("was", "X signed"), and a second
    verb with it: "X hosted Y and signed Z" into ("did", "X host Y and sign Z").

    None when no known past-tense verb follows a subject: the caller then uses a neutral wording.
    """
    clause = _question_clause(event)
    if clause and clause[0] == "did":
        rest = re.sub(r"\b(and|then|or) ([a-z]+)\b",
                      lambda m: f"{m[1]} {PAST_TO_BASE.get(m[2], m[2])}", clause[1])
        return "did", rest
    return clause


# Where an event's core ends and its trimmings begin: a relative clause, a participle, a purpose.
_TRIMMINGS = re.compile(r",?\s(?:which|who|whose|where|while|as part of|in order to|so that|ahead of)\s|"
                        r",\s(?:when|after|before|as|[a-z]+ing)\s|"
                        # "..., with Vincent Shew being the new Vice President": an absolute clause beside it
                        r",\swith\s[^,]{2,60}?\s(?:being|having|as)\s")
_PURPOSE = re.compile(r"\s(?:to|and to)\s([a-z]+)\b")
# A participle that describes the noun before it: "an accord allowing U.S. firms ...", "a deal ending the war".
_PARTICIPLE = re.compile(r"\s(?!(?:being|during|including|according|following|regarding|concerning|morning|evening|"
                         r"building|meeting|signing|funding|training|spending|opening|ceremony)\b)[a-z]{3,}ing\b")
# ... unless it is a verb's own (after an auxiliary: "are meeting") or a gerund (after a preposition: "for hosting")
_NOT_PARTICIPLE_BEFORE = frozenset({"is", "are", "was", "were", "be", "been", "am", "by", "for", "of", "on", "in",
                                    "without", "after", "before", "about", "from", "to", "while", "when", "since",
                                    "began", "begin", "begun", "started", "start", "stopped", "kept", "keep",
                                    "continued", "finished", "avoid", "avoided", "the", "a", "an", "his", "her",
                                    "their", "its"})
_NOT_PURPOSE_BEFORE = frozenset({"agreed", "agree", "plans", "planned", "is", "are", "was", "were", "set",
                                 "expected", "due", "going", "has", "have", "had", "decided", "vowed", "pledged",
                                 "promised", "sought", "tried", "wants", "wanted", "aims", "aimed", "used",
                                 "ready", "able", "invitation", "visit", "trip", "travelled", "traveled", "way",
                                 "delegation", "first", "last", "next", "return", "returned", "went", "came",
                                 # "announce that the UK intends to purchase ...": the intention's object stays
                                 "intends", "intend", "intended", "seeks", "seek", "hopes", "hope", "hoped",
                                 "expects", "expect", "needs", "need", "refused", "failed", "offered", "voted",
                                 "chose", "choose", "continues", "continue", "began", "begins", "want"})

# "the first EU member to ratify the Constitution": after a ranked noun the infinitive says what it is first
# at, never a purpose that can be cut ("became the first EU member" alone is false)
_RANKED_NOUN = re.compile(r"\b(?:the|a|its|their)\s(?:first|last|only|second|third|fourth|fifth|latest|"
                          r"youngest|oldest)\b(?:\s[\w-]+){0,4}$", re.I)


def has_verb(phrase: str) -> bool:
    """Whether a phrase holds a finite verb ("Brown stood down"), not only a noun phrase ("The entry into force
    of the Ukraine Facility"), which needs "took place" to be a claim."""
    words = [w.lower().strip(",.;:") for w in phrase.split()]
    return any(w in PAST_TO_BASE or w in _AUX or (len(w) > 4 and w.endswith("ed")) for w in words[1:])


def trim_event(event: str, keep: int = 5) -> str:
    """The core of an event, for a question: "Biden welcomed Scholz to the White House to reaffirm the strong
    bilateral relationship" -> "Biden welcomed Scholz to the White House"; "signed the Treaty of Lisbon which
    is to redefine foreign policy" -> "signed the Treaty of Lisbon". Cut only where at least ``keep`` words
    remain, so the event still says who did what."""
    text = event.strip().rstrip(".")
    cut = len(text)
    m = _TRIMMINGS.search(text)
    if m and len(text[: m.start()].split()) >= keep:
        cut = m.start()
    for p in _PURPOSE.finditer(text, 0, cut):
        before = text[: p.start()].split()
        if (p.group(1) in BASE_VERBS and len(before) >= keep and before[-1].lower() not in _NOT_PURPOSE_BEFORE
                and not before[-1].lower().endswith("ed") and not _RANKED_NOUN.search(text[: p.start()])):
            cut = p.start()
            break
    for g in _PARTICIPLE.finditer(text, 0, cut):
        # "signed an accord allowing U.S. firms [to sell ...]": a purpose cut would leave the participle with
        # its object and no verb of its own; the event is before the participle ("an agreement pledging mutual
        # assistance in the event of aggression" keeps its content when nothing is cut after it)
        before = text[: g.start()].split()
        if cut < len(text) and len(before) >= keep and before[-1].lower() not in _NOT_PARTICIPLE_BEFORE \
                and len(text[g.end(): cut].split()) <= 4:
            cut = g.start()
            break
    # "struck Yogyakarta early [on Saturday morning], killing ...": the part of the day went with the date
    return re.sub(r"\s(?:early|late)$", "", text[:cut].rstrip(" ,;:"))


# A lower-case word that looks like a past verb the list does not know ("underscored"), before a known one.
_UNKNOWN_PAST = re.compile(r"(?!(?:based|armed|so-called|united|red|bed|need|speed|seed|feed|hundred|aged|"
                           r"skilled|detailed|limited|advanced|developed|elected|related|red)$)[a-z][a-z-]{2,}ed")


def _listed_subject(words: list[str], i: int) -> bool:
    """Whether the comma after ``words[i]`` separates names of a listed subject: "Putin, Xi and Modi met"."""
    for j in range(i + 1, min(len(words), i + 8)):
        w = words[j]
        if w.lower() in PAST_TO_BASE or w.lower() in _AUX:
            return "and" in words[i + 1: j] and not any(x.endswith((",", ";", ":")) for x in words[i + 1: j])
        if not (w[:1].isupper() or w in ("and", "the")):
            return False
    return False


def _question_clause(event: str) -> tuple[str, str] | None:
    event = event.strip()
    if not re.search(r"\b[A-Z]\.$", event):  # "Washington, D.C." keeps its full stop
        event = event.rstrip(".")
    words = event.split()
    skip_to = 0
    for i, word in enumerate(words):
        if i < skip_to:
            continue
        if i == 0 and not word.endswith(","):
            continue
        if word.endswith(",") and _listed_subject(words, i):
            continue  # "Putin, Xi and Modi met": a list of names is the subject
        if word.endswith(",") and i <= 4:
            # a closed aside after the subject, then the verb: "Gloria Arroyo, addressing her fellow leaders,
            # gave ...", "the Prime Minister, Mark Carney, concluded ..."
            close = next((j for j in range(i + 1, min(len(words) - 1, i + 8)) if words[j].endswith(",")), None)
            if close is not None and not words[close + 1].endswith(",") and (
                    words[close + 1].lower() in PAST_TO_BASE or words[close + 1].lower() in _AUX):
                skip_to = close + 1
                continue
        if word.endswith((",", ";", ":")):
            return None  # a clause before the verb ("X, when he was ..."): too risky to reorder
        w = word.lower()
        if i == 1 and words[0].lower() in _PREPOSITIONS:
            return None  # "to Vietnam Putin made": not a subject
        if i >= 1 and words[i - 1].lower() in ("that", "who", "which") and w in PAST_TO_BASE:
            continue  # "the coalition that won a majority have agreed": the relative clause's verb
        adverb = 1 if i + 2 < len(words) and words[i + 1].lower().endswith("ly") else 0
        participle = words[i + 1 + adverb].lower() if i + 1 + adverb < len(words) else ""
        if w in ("has", "have", "had") and participle in PAST_TO_BASE:
            # "X had met Y" is asked as "did X meet Y"; "X have officially agreed" as "did X officially agree"
            subject, rest = words[:i], words[i + 1: i + 1 + adverb] + words[i + 2 + adverb:]
            base = PAST_TO_BASE[participle]
            return "did", " ".join([lower_first(" ".join(subject)), *rest[:adverb], base, *rest[adverb:]])
        if w in ("say", "says", "said", "report", "reports", "reported") and i <= 8:
            return None  # "Senior U.S. officials say the situations were discussed": whose event?
        if (w in PAST_TO_BASE or w in _AUX) and i >= 2 and words[i - 1].lower() in ("they", "he", "she", "it", "we"):
            return None  # "Reciprocal Access Agreement they signed": the object comes first, the subject is a pronoun
        if w in ("was", "were", "is", "are", "will", "would", "could", "can", "should", "may", "might", "must"):
            subject, rest = words[:i], words[i + 1:]
            return w, " ".join([lower_first(" ".join(subject))] + rest)
        if w in PAST_TO_BASE:
            if any(_UNKNOWN_PAST.fullmatch(x) for x in words[1:i]):
                return None  # "The Prime Minister also underscored the measures announced": the verb is unknown
            subject, rest = words[:i], words[i + 1:]
            return "did", " ".join([lower_first(" ".join(subject)), PAST_TO_BASE[w]] + rest)
    return None


_CONTEXT_WORDS = {"he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "our", "this", "that",
                  "these", "those", "there", "here", "such"}
_AUX = {"was", "were", "is", "are", "will", "would", "has", "have", "had", "did", "does", "could", "can"}
# Words that open a clause of speech or an aside, never an event's subject ("None of the parties said ...")
_DISCOURSE = {"so", "but", "and", "yet", "also", "however", "then", "thus", "none", "neither", "nobody", "nor"}


def event_stands_alone(event: str) -> bool:
    """Can the event be read without its article? Not "That emergency ended" (which?), "His Autumn
    Statement" (whose?) or a bare amount ("2.42 billion euros"): asked alone, such an event is a riddle,
    and as a wrong option it is noise. Its sentence still makes a cloze."""
    words = re.findall(r"[\w$€£¥][\w'’.,%-]*", event)
    if not words:
        return False
    first = words[0].lower().strip("'’")
    if first in _CONTEXT_WORDS or first in PAST_TO_BASE:  # "Won an absolute majority": who did?
        return False
    if first in _AUX or first in _DISCOURSE:  # "Is about setting it up", "So is only the first step": no subject
        return False
    if re.match(r"[$€£¥\d]", words[0]):
        verbish = [w for w in words if w.lower() in PAST_TO_BASE or w.lower() in _AUX or w.lower().endswith("ed")]
        return bool(verbish)
    return True


# An office someone no longer holds, or holds only for now: "former President", "the late Queen".
FORMER_ROLE = re.compile(r"(former|ex-|late|outgoing|previous|then)\b", re.I)

_NOT_MODIFIERS = r"(?!(?:at|in|on|of|to|happened|took|was|were)\s)"  # "the encounter happened at the Summit"
# ("Kyrgyzstan's election", "Ghana's presidential election": whose it is instead of "the")
_EVENT_HEADS = re.compile(rf"^(?:the|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){{0,3}}['’]s)\s"
                          rf"(?:{_NOT_MODIFIERS}[\w'’-]+\s){{0,6}}?(?P<head>meeting|summit|talks|visit|vote|"
                          r"election|ceremony|conference|session|debate|rally|inauguration|referendum|launch|"
                          r"signing|announcement|forum|dialogue)(?P<plural>s?)\b"
                          r"(?:\s(?:between|of|with|in|on|at|for|to)\s.+)?$", re.I)


def event_verb(event: str) -> str:
    """"was" or "were" for an event a noun phrase names: "the talks were", "Malawi's elections were"."""
    m = _EVENT_HEADS.match(event.strip().rstrip("."))
    return "were" if m and (m["plural"] or m["head"].lower() == "talks") else "was"


def names_an_event(event: str) -> bool:
    """"The NATO Leaders' Meeting", "the meeting between France, Germany, Turkey and the UK": a noun phrase
    that names an event, asked as "On what date was ...?" (it has no verb to turn into "did ...")."""
    return bool(_EVENT_HEADS.match(event.strip().rstrip(".")))


_AMOUNT = re.compile(r"amount\s(?:of\s(?P<noun>(?!(?:the|a|an|its|their|his|her)\s)[a-z][\w\s.-]*?)\s)?"
                     r"(?P<subj>(?:the\s)?(?:[A-Z][\w.’'-]*\s){0,4}?[A-Z][\w.’'-]*)\s"
                     r"(?:(?P<aux>will|would|is|are|has|have|had|was|were)\s(?P<verb>[a-z]+)|(?P<past>[a-z]+))"
                     r"(?P<rest>(?:\s.*)?)")


def how_much(what: str) -> str | None:
    """"amount of practical humanitarian assistance the Australian Government will provide to the people of
    Vanuatu" -> "how much practical humanitarian assistance will the Australian Government provide to the people of
    Vanuatu"; "amount of aid Japan pledged" -> "how much aid did Japan pledge": the question in the figure's own
    tense ("what was the amount ... will provide" mixes two). None when the wording has no subject and verb."""
    m = _AMOUNT.fullmatch(what.strip())
    if not m:
        return None
    noun = f" {m['noun']}" if m["noun"] else ""
    if m["aux"]:
        return f"how much{noun} {m['aux']} {m['subj']} {m['verb']}{m['rest']}"
    base = PAST_TO_BASE.get(m["past"])
    return f"how much{noun} did {m['subj']} {base}{m['rest']}" if base else None


def how_many(what: str) -> str:
    """"accords sealed in Hanoi" → "how many accords were sealed in Hanoi";
    "agreements Russia and Vietnam agreed on" → "how many agreements did Russia and Vietnam agree on"."""
    noun, _, rest = what.strip().partition(" ")
    first = rest.split(" ", 1)[0].lower() if rest else ""
    if first in PAST_TO_BASE and first not in ("was", "were"):
        return f"how many {noun} were {rest}"
    clause = as_question_clause(rest) if rest else None
    if clause and clause[0] == "did":
        return f"how many {noun} did {clause[1]}"
    return f"how many {what}"


def lower_first(text: str) -> str:
    """Lower-case a leading common word ("The pact"), keep names and initialisms ("Russia", "US")."""
    if not text:
        return text
    first = text.split(" ", 1)[0]
    if first in ("The", "A", "An", "Both", "Its", "Their", "His", "Her", "This", "These", "Those", "It", "They",
                 "He", "She", "We", "Talks", "Officials", "Negotiators", "Leaders", "Troops", "Forces", "Two",
                 "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Several", "Some", "Many",
                 "Members"):
        return text[0].lower() + text[1:]
    return text


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def join_names(names: list[str] | tuple[str, ...]) -> str:
    """"A", "A and B", "A, B and C"."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def date_phrase(date: IsoDate) -> str:
    """"on 19 June 2024", "in June 2024", "in 2024"."""
    return ("on " if date.precision is Precision.DAY else "in ") + date.human()


def date_question_opening(date_precision: Precision) -> str:
    return {Precision.DAY: "On what date", Precision.MONTH: "In what month", Precision.YEAR: "In what year"}[
        date_precision
    ]


def with_article(phrase: str) -> str:
    """"a mutual assistance pact", "an agreement"; phrases with a determiner or number are kept."""
    first = phrase.split(" ", 1)[0].lower()
    if first in ("a", "an", "the", "this", "their", "its") or re.match(r"^(\d|one|two|three|four|five|six|seven|"
                                                                      r"eight|nine|ten|several|more|over)", first):
        return phrase
    return f"{indefinite_article(phrase)} {phrase}"


def when_phrase(when: str | None) -> str:
    """How a figure's period joins a question: " in 2022", " between 1995 and 2023", " (Q1 2024)"."""
    if not when:
        return ""
    when = when.strip()
    m = re.fullmatch(r"(\d{4})\s*[-–—/]\s*(\d{4})", when)
    if m:
        return f" between {m[1]} and {m[2]}"
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", when):
        try:
            return " in " + IsoDate.parse(when).human()
        except ValueError:  # "2023-24": a fiscal or season year, not a month
            return f" in {when}"
    if re.fullmatch(r"\d{4}\s*[-–—/]\s*\d{2}", when):
        return f" in {when}"
    if re.match(r"^(in|on|at|by|between|from|during|since|over|for|as of|until|before|after)\b", when, re.I):
        return " " + when
    return f" ({when})"


_THE_COUNTRIES = {
    "united states", "united kingdom", "united arab emirates", "netherlands", "philippines", "czech republic",
    "dominican republic", "gambia", "bahamas", "maldives", "soviet union", "central african republic",
    "democratic republic of the congo", "republic of korea", "vatican",
}
_BARE_ORGS = {"nato", "asean", "brics", "opec", "g7", "g20", "apec", "unesco", "unicef", "interpol", "hamas",
              "hezbollah", "gazprom", "rosatom", "boeing", "airbus"}


def place_np(name: str, is_country: bool) -> str:
    """A place as it reads inside a sentence: "the United States", "the Communist Party", "Russia", "NATO"."""
    key = fold(name)
    owner = re.match(r"(\S+)['’]s\s", name)
    if key.startswith("the ") or not key or owner and gazetteer().is_country(owner.group(1)):
        return name  # "Benin's constitutional court": the country's possessive is its determiner
    if is_country or re.match(r"(?:[a-z]+\s)?(?:republic|kingdom|federation|states?|commonwealth|principality|"
                              r"sultanate|emirate|union) of\b", key):
        # "the Republic of China", "the Kingdom of Thailand": an official long form takes the article
        # ("the Democratic Republic of Congo", "the Federated States of Micronesia": a word may come before)
        return f"the {name}" if key in _THE_COUNTRIES or re.match(r"[a-z]+ of\b", key) or re.match(
            r"[a-z]+ (?:republic|kingdom|federation|states|emirates|islands) of\b", key) else name
    first = name.split(" ", 1)[0]
    body = re.search(r"\b(union|party|council|bank|fund|organi[sz]ation|league|assembly|commission|committee|court|"
                     r"board|nations|forum|alliance|ministry|government|parliament|congress|senate|agency|office|"
                     # "the Millennium Challenge Corporation", "the World Food Programme"
                     r"corporation|institute|foundation|authority|department|secretariat|programme|program|"
                     r"association|society|bureau|"
                     # "the Lord's Resistance Army", "the Moro Islamic Liberation Front"
                     r"army|front|movement|forces|brigades)\b",
                     key)
    acronym = first.isupper() and len(first) > 1 and not (body and len(key.split()) > 2)
    if key in _BARE_ORGS or acronym or any(c.isdigit() for c in first):
        return name  # "NATO", "UNICEF"; but "the U.S. Agency for International Development"
    if body:
        return f"the {name}"
    if re.fullmatch(r"[A-Z][a-z]+s", name) and not re.search(r"(ss|us|is)$", name):
        if gazetteer().organisation_sort(name) != "companies":
            return f"the {name}"  # a party named as its members: "the Greens", "the Nationals"
    return name


# The powers of ten that scale words stand for ("1.5 million", "$2bn"): what a typed answer means and how a
# wrong figure is written in the answer's own words.
SCALE_POWERS = {
    "thousand": 3, "k": 3, "million": 6, "mn": 6, "mln": 6, "m": 6, "mio": 6, "billion": 9, "bn": 9,
    "bln": 9, "b": 9, "trillion": 12, "tn": 12, "trn": 12, "t": 12,
}
