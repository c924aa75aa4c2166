"""Filling a leader's missing ``of`` from what the article makes clear about a meeting.

In a story about two countries, the person a known leader of one of them "met with", "held talks
with", "received" or was "received by" belongs to the other: "the Kremlin chief met with President
To Lam" makes To Lam Vietnam's president in a Russia-Vietnam story. Only then, and only for people
with no country of their own in the text; the fact says so in ``notes`` for the reviewer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from ..english import FORMER_ROLE
from ..gazetteer import gazetteer
from ..text import fold, word_starts
from .data import lexicon
from .entities import MONTH_NAMES, NOT_NAME, WEEKDAYS, countries_in
from .facts import Fact
from .phrases import JOINT_WE
from .sentences import Sentence

# "her counterpart, Prime Minister Kishida": a title with a name right after "counterpart" is someone else
_COUNTERPART = re.compile(r"\bcounterparts?\b[^.;]{0,60}\Z")
MEETING = re.compile(r"\b(?:met with|met|meeting with|meet-up with|meet with|talks with|conferring with|"
                     r"received|hosted|welcomed|was received by|was welcomed by|was met by|was hosted by)\s")


def _known_country(name: str, role: str) -> str | None:
    """The country of a well-known leader of quizgen's list holding this office ("Donald J. Trump", President
    -> United States): a middle initial does not make another person."""
    def key(n: str) -> str:
        return " ".join(w for w in fold(n).split() if len(w) > 1)

    for k in gazetteer().leaders:
        if key(k.name) == key(name) and any(fold(o) == fold(role) for o in k.offices) and gazetteer().is_country(k.of):
            return k.of
    return None


def story_country(texts: list[str]) -> str | None:
    """The one country a story is about: named at least three times and three times as often as any other
    ("Spain says Yes", "Spaniards", "the Spanish Parliament" beside one "Britain")."""
    counts = Counter(c for t in texts for _, c in countries_in(t))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 3 * ranked[1][1]):
        return None
    return ranked[0][0]


def _home_office(role: str, country: str | None) -> bool:
    """Whether ``role`` is a national office the country has ("Prime Minister" in Spain, not "Premier")."""
    offices = gazetteer().offices_of_state(country)
    held = re.sub(r"-(?:elect|designate)$", "", role)  # "President-elect": the office to come
    return bool(offices) and fold(held) in {fold(o) for o in offices or ()}


def infer_of(leaders: list[Fact], sentences: list[Sentence], pair: list[str],
             leader_countries: dict[str, str], home: str | None = None) -> list[Fact]:
    """Leaders with ``of`` added where a meeting with the other side's known leader makes it clear, or where
    the leader is a well-known holder of the office; in a joint statement of the pair's two leaders ("we,
    President Donald J. Trump and Prime Minister Shinzo Abe,"), the other leader is the other country's.
    In a story about one country (``home``, see `story_country`), a bare national office ("Prime Minister
    Jose Luis Rodriguez Zapatero" in a story about Spain) is that country's: a statement of the office
    without it is true of no office in particular."""
    known: list[Fact] = []
    named: set[str] | None = None  # the story's countries, found only if an office needs them
    for fact in leaders:
        role = str(fact.get("role"))
        country = None if fact.get("of") else _known_country(str(fact.get("name")), role)
        owner = None
        if not (fact.get("of") or country) and gazetteer().owner_of_office(role):
            if named is None:
                named = {c for s in sentences for _, c in countries_in(s.text)}
            owner = gazetteer().country_of_office(role, named)
        if country:
            note = f"'of' from quizgen's list of well-known leaders ({fact.get('role')} of {country}); check it."
        elif owner:
            # "Secretary of State John Kerry" in a story naming the United States: only its government has the post
            country = owner
            note = f"'of' inferred: only {owner}'s government has a {role} by that name; check it."
        elif not fact.get("of") and home and _home_office(role, home):
            country = home
            note = f"'of' inferred: the story is about {home} alone; check it."
        if country:
            fact = replace(fact, fields=(*fact.fields, ("of", country)),
                           notes=f"{fact.notes} {note}" if fact.notes else note)
            for n in (str(fact.get("name")), *fact.aliases):
                leader_countries[n] = country
        known.append(fact)
    leaders = known
    if len(pair) != 2:
        return leaders
    joint = next((m.group(1) for s in sentences if (m := JOINT_WE.search(s.text))), None)
    if joint:
        inside = [f for f in leaders if str(f.get("name")) in joint]
        placed = [str(f.get("of")) for f in inside if f.get("of") in pair]
        if len(inside) == 2 and len(placed) == 1:
            other = pair[1] if placed[0] == pair[0] else pair[0]
            note = f"'of' inferred: a joint statement of the leaders of {pair[0]} and {pair[1]}; check it."
            leaders = [replace(f, fields=(*f.fields, ("of", other)), notes=f"{f.notes} {note}" if f.notes else note)
                       if f in inside and not f.get("of") else f for f in leaders]
    # "Prime Minister Boris Johnson ... Australian Prime Minister Scott Morrison" in a UK-Australia story: of two
    # holders of one office, one of each side, the one left unplaced is the other side's
    sides_of: dict[str, set[str]] = {}
    for fact in leaders:
        if fact.get("of") in pair:
            sides_of.setdefault(fold(str(fact.get("role"))), set()).add(str(fact.get("of")))
    bare = Counter(fold(str(f.get("role"))) for f in leaders if not f.get("of"))
    out: list[Fact] = []
    for fact in leaders:
        if fact.get("of"):
            out.append(fact)
            continue
        name = str(fact.get("name"))
        sides = sides_of.get(fold(str(fact.get("role"))), set())
        if len(sides) == 1 and bare[fold(str(fact.get("role")))] == 1 and not FORMER_ROLE.match(str(fact.get("role"))):
            other = pair[1] if pair[0] in sides else pair[0]
            note = f"'of' inferred: the other {fact.get('role')} of a story about {pair[0]} and {pair[1]}; check it."
            out.append(replace(fact, fields=(*fact.fields, ("of", other)),
                               notes=f"{fact.notes} {note}" if fact.notes else note))
            continue
        found: str | None = None
        for sent in sentences:
            text = sent.text
            pos = text.find(name)
            if pos < 0:
                continue
            verb = None
            for m in MEETING.finditer(text):
                if m.end() <= pos:
                    verb = m
            ahead = next((m for m in MEETING.finditer(text) if m.start() >= pos + len(name)), None)
            if verb is None and ahead is not None and not countries_in(text[:ahead.start()]):
                # "Vice President Kamala Harris met today with President Nana Akufo-Addo of Ghana": the subject
                # meets the other side, named by its country or its known leader right after the verb
                met = re.split(r"[,;:.]\s|\sto\s", text[ahead.end():], maxsplit=1)[0]
                sides_met = {c for _, c in countries_in(met) if c in pair}
                sides_met |= {c for n, c in leader_countries.items()
                              if c in pair and re.search(rf"\b{re.escape(n)}\b", met)}
                other_side = (pair[1] if next(iter(sides_met)) == pair[0] else pair[0]) if len(sides_met) == 1 else None
                # ... and the sentence names the other side ("between the U.S. and Ghana"): in "Biden welcomed
                # Chancellor Scholz of Germany ... between the United States and Germany" of a story paired
                # Germany-Ukraine, Biden is no Ukrainian
                # (named as a side, not as a topic: "Special Representative ... for Afghanistan" in a US-Uzbek
                # meeting made the US Deputy Secretary of State Afghan, round 34)
                if other_side and other_side in {c for at, c in countries_in(text) if not _TOPIC.search(text[:at])}:
                    found = other_side
                    break
            if verb is None:
                continue
            subject = text[: verb.start()]
            # (a country named as where it happened is no side: "In Kazakhstan on Tuesday, he met ... Deputy Foreign
            # Minister Roman Vassilenko" made Vassilenko Uzbek, round 24's three false keys)
            sides = {c for at, c in countries_in(subject) if c in pair and not _WHERE.search(subject[:at])}
            sides |= {c for n, c in leader_countries.items()
                      if c in pair and re.search(rf"\b{re.escape(n)}\b", subject)}
            between = text[verb.end(): pos]
            if len(sides) == 1 and not countries_in(between) and not re.search(r"[.;:]", between):
                (side,) = sides
                found = pair[1] if side == pair[0] else pair[0]
                break
        if found:
            note = (f"'of' inferred: met a leader of {pair[0] if found == pair[1] else pair[1]} in a story about "
                    f"{pair[0]} and {pair[1]}; check it.")
            fields = list(fact.fields) + [("of", found)]
            out.append(replace(fact, fields=tuple(fields), notes=f"{fact.notes} {note}" if fact.notes else note))
        else:
            out.append(fact)
    return out


_TOPIC = re.compile(r"\b(?:for|on|about|regarding|over|concerning)\s(?:the\s)?$", re.I)
_WHERE = re.compile(r"\b(?:in|to|at|into|from|visited|visiting|toured|touring)\s(?:the\s)?$", re.I)
_TEXT_FIELDS = ("event", "what")


def name_bare_offices(facts: list[Fact], leaders: list[Fact], pair: list[str], texts: list[str]) -> list[Fact]:
    """"the PM" spelt out, and "the Prime Minister" named by country where the story makes it clear.

    In a story about two countries where a named leader of one holds an office and the text shows that the
    bare title is someone else (she is "his Italian counterpart, Prime Minister Giorgia Meloni", or a
    sentence has both "the Prime Minister" and her name), "the Prime Minister" with no name is the other
    country's: a UK release says "the Prime Minister" for its own. A question that keeps the bare title
    would have two possible answers, so the event or description says "the Prime Minister of the United
    Kingdom". An office the other country does not have, or held by two named people, is left.
    """
    from .phrases import place

    lex = lexicon()
    owners: dict[str, set[str | None]] = {}
    someone_else: set[str] = set()
    for f in leaders:
        surname = str(f.get("name")).split()[-1]
        # "the Prime Minister" alone, not "the Prime Minister of X", "the Prime Minister Y" or the appositive
        # "The Prime Minister, Justin Trudeau," (the same person named)
        bare = re.compile(rf"\b[Tt]he {re.escape(str(f.get('role')))}\b(?!\s(?:of\b|[A-Z])|,\s[A-Z])")
        if any(bare.search(t) and word_starts(t, surname) or
               any(_COUNTERPART.search(t, max(0, p - 75), p) for p in word_starts(t, surname)) for t in texts):
            someone_else.add(fold(str(f.get("role"))))
        of = str(f.get("of")) if f.get("of") else None
        owners.setdefault(fold(str(f.get("role"))), set()).add(_country_of_place(of))
    named: dict[str, str] = {}
    if len(pair) == 2:
        # an office only one of the two countries has, held by nobody named: "the Prime Minister" in a story
        # about the UK and the United States is the UK's
        for title in lex.titles:
            if fold(title) not in owners and fold(title) in lex.head_roles:
                having = [c for c in pair if _home_office(title, c)]
                if len(having) == 1:
                    named[fold(title)] = having[0]
        for role, countries in owners.items():
            if len(countries) != 1 or None in countries or role not in someone_else:
                continue
            (held,) = countries
            other = pair[1] if held == pair[0] else pair[0] if held == pair[1] else None
            if other and _home_office(role, other):
                named[role] = other

    def rewrite(text: str) -> str:
        # replacements are functions: a name or an office is never read as a regex template
        for abbr, full in lex.title_abbreviations.items():
            text = re.sub(rf"\b([Tt]he) {re.escape(abbr)}\b", _spelt(full), text)
        for title in lex.titles:
            country = named.get(fold(title))
            if country:
                text = re.sub(rf"\b([Tt]he) {re.escape(title)}\b(?!\s(?:of\b|[A-Z])|,\s[A-Z])",
                              _spelt(f"{title} of {place(country)}"), text)
        return text

    out: list[Fact] = []
    for f in facts:
        fields = tuple((k, rewrite(v) if k in _TEXT_FIELDS and isinstance(v, str) else v) for k, v in f.fields)
        out.append(replace(f, fields=fields) if fields != f.fields else f)
    return out


def _spelt(words: str) -> Callable[[re.Match[str]], str]:
    """A replacement keeping the matched article ("The"/"the") before ``words``."""
    def put(m: re.Match[str]) -> str:
        return f"{m.group(1)} {words}"
    return put


def _country_of_place(of: str | None) -> str | None:
    if not of:
        return None
    return lexicon().country(of) or of


def with_full_names(facts: list[Fact], leaders: list[Fact]) -> list[Fact]:
    """A leader's one-word name in an event or a description written out ("the share of the vote Lee of the
    Grand National Party won" -> "Lee Myung-bak"): a question reads on its own, without the article."""
    lex = lexicon()
    short: dict[str, str] = {}
    for f in leaders:
        name = str(f.get("name"))
        for word in {name.split()[0], name.split()[-1], *(a for a in f.aliases if " " not in a)}:
            # never a word that is also a month, a day, a place or a common word ("May" of Theresa May in
            # "in May", "Jordan" of Bernadette Jordan beside the country)
            if len(word) > 2 and word != name and word not in MONTH_NAMES and word not in WEEKDAYS and \
                    word not in NOT_NAME and not lex.country(word) and word not in lex.organisations:
                short[word] = "" if word in short and short[word] != name else name
    table = {w: n for w, n in short.items() if n}
    if not table:
        return facts
    pattern = re.compile(r"(?<![\w'’-])(" + "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True)) +
                         r")(?![\w'’-])")

    def spell(text: str) -> str:
        out, at = [], 0
        for m in pattern.finditer(text):
            full = table[m.group(1)]
            around = text[max(0, m.start() - len(full)): m.end() + len(full)]
            if full in around:
                continue  # "Lee Myung-bak" already written stays as it is
            start = m.start()
            words = full.split()
            if m.group(1) in words:
                # "Ms. Simpson Miller" of Portia Simpson Miller: the name's earlier words and a courtesy title
                # in front go with it ("Ms. Simpson Portia Simpson Miller" otherwise)
                i = words.index(m.group(1))
                for k in range(i):
                    lead = " ".join(words[k:i]) + " "
                    if text.endswith(lead, at, start):
                        start -= len(lead)
                        break
                if hon := re.search(r"(?:Mr|Mrs|Ms|Dr|Miss)\.?\s$", text[at:start]):
                    start = at + hon.start()
            out += [text[at:start], full]
            at = m.end()
        return "".join(out) + text[at:]

    out: list[Fact] = []
    for f in facts:
        fields = tuple((k, spell(v) if k in _TEXT_FIELDS and isinstance(v, str) else v) for k, v in f.fields)
        out.append(replace(f, fields=fields) if fields != f.fields else f)
    return out


_BARE_VOTE = re.compile(r"^The ((?:presidential|parliamentary|general|legislative|local|national|regional)\s)?"
                        r"(election|elections|vote|referendum|poll|run-off|runoff)\b")


def with_home(facts: list[Fact], home: str | None) -> list[Fact]:
    """"The presidential vote" in a story about one country is that country's ("Zambia's presidential vote"):
    a question that asks its date reads on its own."""
    if not home:
        return facts
    from .phrases import place

    out: list[Fact] = []
    for f in facts:
        event = f.get("event")
        if f.kind == "date" and isinstance(event, str) and (m := _BARE_VOTE.match(event)):
            owner = place(home)
            told = f"{owner[:1].upper()}{owner[1:]}'s {m.group(1) or ''}{m.group(2)}{event[m.end():]}"
            f = replace(f, fields=tuple((k, told if k == "event" else v) for k, v in f.fields))
        out.append(f)
    return out
