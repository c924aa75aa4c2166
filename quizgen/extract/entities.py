"""Finding countries, organisations and names in a sentence, shared by the fact extractors."""

from __future__ import annotations

import re
from functools import lru_cache

from ..gazetteer import gazetteer
from ..text import trie_pattern
from .data import lexicon

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽỒỐỔỖỘẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"
NAME_TOKEN = rf"[{UPPER}][\w'’\-]*"
MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"}
WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
# Capitalised words that are not (parts of) personal names.
NAME_PARTICLES = {"da", "de", "dos", "das", "do", "van", "von", "der", "den", "bin", "al", "el", "la", "le", "di", "du",
                  "ibn", "ter", "wa"}
# The last word of a portfolio, between an office and a name: "Minister of Foreign Affairs Alberto van Klaveren",
# "Under Secretary of State for Political Affairs Thomas Shannon"
PORTFOLIO_ENDS = frozenset({
    "Affairs", "Trade", "Finance", "Defence", "Defense", "Economy", "Interior", "Industry", "Investments",
    "Commerce", "Cooperation", "Development", "Treasury", "Relations", "Security", "Justice", "Health",
    "Education", "Agriculture", "Environment", "Energy", "Transport", "Tourism"})
NOT_NAME = MONTH_NAMES | WEEKDAYS | PORTFOLIO_ENDS | {
    "The", "A", "An", "And", "But", "Or", "In", "On", "At", "Of", "For", "With", "From", "By", "To", "As",
    "He", "She", "It", "They", "We", "I", "His", "Her", "Their", "Its", "This", "That", "After", "Before",
    "During", "While", "When", "According", "Party", "Communist", "State", "National", "Assembly", "Palace",
    "Presidential", "Airlines", "House", "City", "Province", "Airport", "Summit", "Forum", "Order", "Treaty",
    "Agreement", "Minister", "President", "Prime", "Secretary", "General", "Chairman", "Foreign", "Deputy",
    "First", "Chief", "Government", "Ministry", "Council", "Union", "Republic", "Kingdom", "Federation",
    "Army", "Navy", "News", "Agency", "Mr", "Mrs", "Ms", "Dr", "St", "Saint", "Also", "Both", "Many",
    "Kremlin", "Cold", "War", "Western", "Eastern", "Northern", "Southern", "North", "South", "East", "West",
    "Today", "Yesterday", "Tomorrow", "Read", "Skip", "Status", "Related", "However", "Meanwhile",
    # styles of monarchs and envoys: "Her Majesty Queen Elizabeth II", "His Royal Highness"
    "Majesty", "Highness", "Royal", "Excellency", "Excellencies", "Holiness",
    # India's courtesy titles: "Shrimati Droupadi Murmu", "Shri Ram Nath Kovind"
    "Shri", "Shrimati", "Smt", "Sri", "Kumari"}


# Words that are surnames after a first name, though elsewhere a month or a direction: "Theresa May",
# "Catherine West" (only as a name's last word, before no other capitalised word: not "West Africa").
SURNAME_WORDS = frozenset({"May", "West", "North", "South", "East", "King", "Young", "Price", "Rice", "Day",
                           "Brown", "Black", "White", "Green", "Long", "Little", "Sun", "Summers", "House"})


# Words that are names after a title, though elsewhere a pronoun or a particle: "President To Lam",
# "Vice Premier He Lifeng".
NAME_LIKE_WORDS = frozenset({"To", "An", "Do", "Le", "La", "Ho", "Mai", "Ma", "He"})


@lru_cache(maxsize=1)
def _subdivision_re() -> re.Pattern[str]:
    names = sorted({n for _, _, n in gazetteer().subdivisions}, key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + trie_pattern(names) + r")(?![\w-])")


def subdivisions_in(text: str) -> list[tuple[int, str]]:
    """(position, name) for every province, state or nation of a country named in ``text``, in order."""
    return [(m.start(), m.group(1)) for m in _subdivision_re().finditer(text)]


# A country's name after a given name is a surname: "Michael Jordan", "Idriss Chad".
_GIVEN_NAME_BEFORE = re.compile(rf"(?<![\w.])({NAME_TOKEN}) $")


_TITLE_BEFORE = re.compile(r"\b(?:Minister|Secretary|President|Premier|Senator|Governor|Mayor|Ambassador|Mr\.?|Mrs\.?|"
                           r"Ms\.?|Dr\.?|MP|Judge|Justice|General|Chancellor)\s$")


def countries_in(text: str) -> list[tuple[int, str]]:
    """(position, country) for every country, demonym or capital named in ``text``, in order; none inside
    the name of a province or state ("British Columbia", "New South Wales", "Northern Ireland")."""
    return list(_countries_in(text))


@lru_cache(maxsize=256)
def _countries_in(text: str) -> tuple[tuple[int, str], ...]:
    """The extractors ask for the countries of the same sentences many times: each text is scanned once per
    article (a cache the size of one article's sentences, so a corpus that repeats articles gains nothing)."""
    lex = lexicon()
    out: list[tuple[int, str]] = []
    matches = list(lex.country_re.finditer(text))
    inside = [(m.start(), m.end()) for m in _subdivision_re().finditer(text)] if matches else []
    for m in matches:
        phrase = m.group(1)
        if inside and any(a <= m.start() < b and not (a == m.start() and b == m.end()) for a, b in inside):
            continue
        if phrase in lex.also_personal_names:
            given = _GIVEN_NAME_BEFORE.search(text[: m.start()])
            if given and given.group(1) not in NOT_NAME and not countries_in(given.group(1)):
                continue
            if _TITLE_BEFORE.search(text[: m.start()]):
                continue  # "Minister Jordan will oversee": a surname after a title
        # "Vietnam Airlines" is a company, "Moscow time" still Moscow: skip names that head a company name.
        tail = text[m.end():]
        if any(tail.startswith(" " + s) for s in lex.org_suffixes):
            continue
        head = re.match(r" (\w+)", tail)
        if head and head.group(1) in lex.name_heads and not re.search(r"[-–/]$", text[: m.start()]):
            continue  # "the Doha round", "the Paris Agreement": a name, not a party ("US-Mexico-Canada
            # Agreement" still names Canada)
        if phrase in ("American", "Americans", "America") and re.search(r"(?:South|Latin|Central|North) $",
                                                                       text[: m.start()]):
            continue
        out.append((m.start(), lex.place_to_country[phrase]))
    return tuple(out)


@lru_cache(maxsize=1)
def _org_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()
    names = sorted(lex.organisations, key=len, reverse=True)
    known = re.compile(r"(?<![\w.])(" + trie_pattern(names) + r")(?![\w])")
    suffixes = "|".join(re.escape(s) for s in lex.org_suffixes)
    company = re.compile(rf"((?:{NAME_TOKEN} ){{1,3}}(?:{suffixes}))\b")
    heads = "|".join(re.escape(s) for s in lex.group_heads)
    group = re.compile(rf"((?:{NAME_TOKEN} ){{1,4}}(?:{heads}))(?![\w'’-])")
    return known, company, group


def organisations_in(text: str) -> list[tuple[int, str]]:
    """(position, organisation) for known bodies and companies, names ending in a company word, and armed
    groups and movements named by their name ("the rebel Lord's Resistance Army"), which sign truces."""
    lex = lexicon()
    known, company, group = _org_patterns()
    out: list[tuple[int, str]] = [(m.start(), lex.organisations[m.group(1)]) for m in known.finditer(text)]
    for pattern in (company, group):
        for m in pattern.finditer(text):
            words = m.group(1).split()
            while words and words[0] in NOT_NAME:
                words.pop(0)
            if len(words) < 2 or (pattern is group and lex.country(" ".join(words[:-1]))):
                continue  # "the Pakistan Army", "the Ugandan Army": the country's own
            out.append((m.start(1) + len(m.group(1)) - len(" ".join(words)), " ".join(words)))
    return sorted(set(out))


# Courtesy titles written between an office and a name: "Minister of Knowledge Economy Mr. Lee Youn Ho".
HONORIFIC = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Mme|Mx|Smt|Shri|Shrimati|Sri|Kumari)\.?|Dame|Sir|MP|MEP|"
                       # a military rank between an office and the name ("Deputy Defence Minister Lieutenant General
                       # Sultan Burkutbayevich Kamaletdinov"): no part of the name, and never the name itself
                       r"(?:(?:Lieutenant|Major|Brigadier|Vice|Rear|Air|Air\sChief|Field)\s)?(?:General|Colonel|"
                       r"Admiral|Marshal|Commodore)|Brigadier|"
                       # an ambassador's courtesy title kept after another office ("Chief Executive Officer of the
                       # Millennium Challenge Corporation, Ambassador John Danilovich")
                       # and a senator's, as Australian releases style a minister ("Minister for Foreign Affairs,
                       # Senator the Hon Penny Wong")
                       r"Ambassador|Senator(?: the Hon\.?)?|(?:the |The )?(?:Rt\.? |Right )?Hon\.?|"
                       r"(?:(?:Her|His|Their|their) )?Excellenc(?:y|ies)(?: the Right Honou?rable)?|H\.E\.|"
                       r"(?:the |The )?Right Honou?rable) (?=[A-Z])")


# Letters after a name ("Pat Conroy MP", "Jane Roe KC"): an honour or a seat, no part of the name
# (an Irish member of the Dáil is a TD, also written "T.D.")
POSTNOMINALS = frozenset({"MP", "MSP", "MS", "MLA", "MHA", "MEP", "QC", "KC", "CBE", "OBE", "MBE", "PC", "TD"})
_POSTNOMINAL = "|".join([*sorted(POSTNOMINALS), *(re.escape(".".join(p) + ".") for p in sorted(POSTNOMINALS))])
# at the end of a byline or an attribution ("the Hon Pat Conroy MP"), and right after a name read (" MP:")
POSTNOMINALS_AT_END = re.compile(rf"(?:\s(?:{_POSTNOMINAL}))+$")
POSTNOMINALS_FIRST = re.compile(rf"^(?:\s(?:{_POSTNOMINAL})(?!\w))+")
_TITLE_WORDS = frozenset({"MP", "MEP", "Dame", "Sir", "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.",
                          "Ambassador", "Senator",
                          # a style: "met with the Honourable Anthony Rota, Speaker of the House of Commons"
                          "Honourable", "Honorable", "Hon", "Hon."})


def name_at(text: str, pos: int, max_tokens: int = 5) -> str | None:
    """The personal name starting at ``pos`` ("Joe Biden has" -> "Joe Biden"), or None; a courtesy title
    in front ("Mr. Lee Youn Ho") is not part of it."""
    tokens: list[str] = []
    i = pos
    if hon := HONORIFIC.match(text, pos):
        i = hon.end()
    # particles do not count towards the length: "Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani" is one
    # name, and cutting it at "... Al" would make a false one
    while sum(t.lower() not in NAME_PARTICLES for t in tokens) < max_tokens:
        if tokens and (initial := re.match(rf"(?:[A-Z]\.){{1,3}}(?= {NAME_TOKEN})", text[i:])):
            tokens.append(initial.group(0))  # a middle initial: "Joseph R. Biden", "Retno L.P. Marsudi"
            i += initial.end() + 1
            continue
        m = re.match(NAME_TOKEN, text[i:])
        if not m:
            break
        tok = m.group(0).rstrip("'’-")
        if tok.endswith(("'s", "’s")):
            base = tok[:-2]
            if base and base not in NOT_NAME and not lexicon().country(base):
                tokens.append(base)
            break
        if tokens and (tok in POSTNOMINALS or (dotted := re.match(r"(?:[A-Z]\.){2,}", text[i:])) and dotted.group(
                0).replace(".", "") in POSTNOMINALS):
            break  # "the Hon Pat Conroy MP", "Charlie Flanagan T.D.": letters after a name are no part of it
        if tok in NOT_NAME or lexicon().country(tok):
            # mid-sentence, a capitalised "To" or "An" after a title is a name: "President To Lam"
            after = text[i + m.end():]
            nxt = re.match(rf" ({NAME_TOKEN})", after)
            if tokens and (tok in SURNAME_WORDS or tok in lexicon().also_personal_names) and not nxt \
                    and not tokens[-1].endswith("."):
                tokens.append(tok)  # "Catherine West,", "Theresa May said": a surname, the name's last word
                break
            if tokens and tok in NAME_LIKE_WORDS and re.match(r"[,;:)]", after):
                tokens.append(tok)  # "Deputy Prime Minister, H.E. Sok An, and ...": a name's last word
                break
            if not (not tokens and pos > 0 and tok in NAME_LIKE_WORDS
                    and nxt and nxt.group(1) not in NOT_NAME):
                break
        tokens.append(tok)
        i += m.end()
        if not text[i:].startswith(" "):
            break
        i += 1
        # particles inside a name: "Ursula von der Leyen", "Lula da Silva"
        pm = re.match(rf"((?:(?:{'|'.join(NAME_PARTICLES)}) )+)(?={NAME_TOKEN})", text[i:])
        if pm and tokens:
            nxt = re.match(NAME_TOKEN, text[i + pm.end():])
            if nxt and nxt.group(0) not in NOT_NAME:
                tokens.append(pm.group(1).strip())
                i += pm.end()
    while tokens and tokens[-1].split()[-1] in NAME_PARTICLES:
        tokens.pop()
    return " ".join(tokens) or None


def name_before(text: str, end: int, max_tokens: int = 4) -> str | None:
    """The personal name that ends right at ``end`` ("..., Nguyen Phu Trong" -> "Nguyen Phu Trong")."""
    head = text[:end]
    part = "|".join(NAME_PARTICLES)
    # a middle initial stands between names like a particle: "George W. Bush", "John F. Kennedy"
    m = re.search(rf"((?:{NAME_TOKEN} (?:(?:{part}|[{UPPER}]\.) )*){{0,{max_tokens - 1}}}{NAME_TOKEN})$", head)
    if not m:
        return None
    tokens = m.group(1).split()
    while tokens and (tokens[0] in NOT_NAME or lexicon().country(tokens[0]) or tokens[0] in _TITLE_WORDS):
        tokens.pop(0)  # "MP David Rutley", "Dame Karen Pierce": the courtesy title is no part of the name
    if any(t in NOT_NAME or (lexicon().country(t) and t not in NAME_PARTICLES
                             and not (i and t in lexicon().also_personal_names)) for i, t in enumerate(tokens)):
        return None
    return " ".join(tokens) or None
