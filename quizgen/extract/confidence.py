"""How sure extraction is of each fact, and why: a draft marks the doubtful ones for review.

Precision first: a wrong fact becomes a false question, so a fact that matches one of the doubts
below is written to the draft with ``confidence`` and ``review: <reason>``; the question engine leaves
it out until a person removes the mark (docs/deck-format.md#review). The doubts are a table, one
row per reason, tried in order; the first that applies sets the confidence. A fact with none gets
its kind's base confidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..text import opens_with_reference
from .facts import Fact

REVIEW_BELOW = 0.7  # facts under this confidence are marked for review
BASE = {"leader": 0.9, "date": 0.85, "figure": 0.85, "agreement": 0.8, "quote": 0.8}
_GAP = ("\u2026", "...", "___")
_AGREEING = re.compile(r"\b(?:sign(?:ed|s|ing)?|agreed|concluded|ratified|reached|renewed|sealed|struck|inked|"
                       r"clinched|announced|adopted|launched|welcomed the agreement|"
                       r"(?:will|to) (?:buy|acquire|purchase))\b", re.I)


# "Iran and six world powers", "leaders from the nations of the European Union", "the 27 member states":
# the text speaks of a group of signatories; a draft that lists two of them makes a false "which country".
_GROUP = re.compile(r"\b(?:(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens? of|\d{1,3})\s"
                    r"(?:(?:world|major|great|western|member|other|\w+n)\s)?(?:powers|nations|countries|states|"
                    r"governments)|(?:the\s)?(?:nations|member states|members|countries|governments)\sof\sthe\s"
                    # ("The governments of the UK and Lithuania have signed": the group named member by member)
                    r"(?![A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}\sand\s(?:the\s)?[A-Z])|"
                    r"member states|P5\+1|E3\+3|EU3\+3)", re.I)


def _more_parties_than_listed(fact: Fact) -> bool:
    """Whether the sentences speak of a group of parties larger than the two or three the draft lists."""
    parties = _parties(fact)
    for m in _GROUP.finditer(" ".join(q.text for q in fact.quotes[:1])):
        count = re.match(r"\d+", m.group(0))
        if not count or int(count.group(0)) > len(parties):
            return True
    return False


_DANGLING = re.compile(r"\s(?:dated|vide|of|by|for|to|with|the|a|an|and|or|its|their|his|her)$")
_DESCRIBED_THING = re.compile(r"(?:A|An)\s[a-z]+\s(?:that|which)\s")


def _text(fact: Fact, key: str) -> str:
    value = fact.get(key)
    return value if isinstance(value, str) else ""


def _parties(fact: Fact) -> tuple[object, ...]:
    parties = fact.get("parties")
    return tuple(parties) if isinstance(parties, list | tuple) else ()


def _quotes(fact: Fact) -> str:
    return " ".join(q.text for q in fact.quotes)


# (kind or "*", doubt, confidence, reason for the reviewer)
DOUBTS: list[tuple[str, Callable[[Fact], bool], float, str]] = [
    # A figure's draft `what` is its sentence with the figure cut out: true, only unfinished wording, which
    # `quizgen check` warns about and the question gate keeps out of stems; its cloze is still asked.
    ("date", lambda f: any(g in _text(f, "event") for g in _GAP), 0.5,
     "the wording was cut short (…): write what happened"),
    ("date", lambda f: opens_with_reference(_text(f, "event")), 0.5,
     "the event opens with a word that points elsewhere in the article: say who or what"),
    # "... announced the schedule ... vide its press note dated": an event cut where its sentence went on
    ("date", lambda f: _DANGLING.search(_text(f, "event")) is not None, 0.5,
     "the event ends where its sentence was cut: finish it"),
    # "A decision that the Supreme Court of Appeal upheld": a thing described by a clause, not what happened
    ("date", lambda f: _DESCRIBED_THING.match(_text(f, "event")) is not None, 0.5,
     "the event is a thing described by a clause, not what happened: write who did what"),
    ("figure", lambda f: opens_with_reference(_text(f, "what")), 0.5,
     "what the figure measures opens with a word that points elsewhere: say what it is"),
    ("figure", lambda f: "check the currency" in (f.notes or ""), 0.6,
     "'$' was read as US dollars, but the article is about a country whose currency is also the dollar: "
     "check the unit"),
    ("agreement", lambda f: not _AGREEING.search(_quotes(f)), 0.6,
     "no sentence says it was signed, agreed or announced: check it is an agreement between these parties"),
    ("agreement", lambda f: len(_parties(f)) < 2, 0.5, "fewer than two parties"),
    ("agreement", _more_parties_than_listed, 0.55,
     "the sentence speaks of a group of parties (\u201csix world powers\u201d, \u201cmember states\u201d): list "
     "them all, or name the group"),
    ("leader", lambda f: len(_text(f, "name").split()) < 2 or _text(f, "name").endswith((" R", " Jr")), 0.75,
     ""),  # a surname alone or a cut name: kept (the article names people so), a little less sure
]


def assess(fact: Fact) -> tuple[float, str]:
    """The fact's confidence and, when it is doubtful, the reason (empty otherwise)."""
    for kind, doubt, confidence, reason in DOUBTS:
        if kind in ("*", fact.kind) and doubt(fact):
            return confidence, reason
    return BASE.get(fact.kind, 0.8), ""


def with_confidence(fact: Fact) -> Fact:
    """The fact with its confidence and, under REVIEW_BELOW, its review mark."""
    confidence, reason = assess(fact)
    review = reason if confidence < REVIEW_BELOW and reason else None
    return replace(fact, confidence=confidence, review=review)
