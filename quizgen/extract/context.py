"""Filling a leader's missing ``of`` from what the article makes clear about a meeting.

In a story about two countries, the person a known leader of one of them "met with", "held talks
with", "received" or was "received by" belongs to the other: "the Kremlin chief met with President
To Lam" makes To Lam Vietnam's president in a Russia-Vietnam story. Only then, and only for people
with no country of their own in the text; the fact says so in ``notes`` for the reviewer.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .entities import countries_in
from .facts import Fact
from .sentences import Sentence

MEETING = re.compile(r"\b(?:met with|met|meeting with|meet-up with|meet with|talks with|conferring with|"
                     r"received|hosted|welcomed|was received by|was welcomed by|was met by|was hosted by)\s")


def infer_of(leaders: list[Fact], sentences: list[Sentence], pair: list[str],
             leader_countries: dict[str, str]) -> list[Fact]:
    """Leaders with ``of`` added where a meeting with the other side's known leader makes it clear."""
    if len(pair) != 2:
        return leaders
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
