"""Filling a leader's missing ``of`` from what the article makes clear about a meeting.

In a story about two countries, the person a known leader of one of them "met with", "held talks
with", "received" or was "received by" belongs to the other: "the Kremlin chief met with President
To Lam" makes To Lam Vietnam's president in a Russia-Vietnam story. Only then, and only for people
with no country of their own in the text; the fact says so in ``notes`` for the reviewer.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..gazetteer import gazetteer
from ..text import fold
from .entities import countries_in
from .facts import Fact
from .phrases import JOINT_WE
from .sentences import Sentence

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


def infer_of(leaders: list[Fact], sentences: list[Sentence], pair: list[str],
             leader_countries: dict[str, str]) -> list[Fact]:
    """Leaders with ``of`` added where a meeting with the other side's known leader makes it clear, or where
    the leader is a well-known holder of the office; in a joint statement of the pair's two leaders ("we,
    President Donald J. Trump and Prime Minister Shinzo Abe,"), the other leader is the other country's."""
    known: list[Fact] = []
    for fact in leaders:
        country = None if fact.get("of") else _known_country(str(fact.get("name")), str(fact.get("role")))
        if country:
            note = f"'of' from quizgen's list of well-known leaders ({fact.get('role')} of {country}); check it."
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
    out: list[Fact] = []
    for fact in leaders:
        if fact.get("of"):
            out.append(fact)
            continue
        name = str(fact.get("name"))
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
            if verb is None:
                continue
            subject = text[: verb.start()]
            sides = {c for _, c in countries_in(subject) if c in pair}
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
