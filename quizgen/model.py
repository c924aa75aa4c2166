"""The deck model: frozen dataclasses mirroring docs/deck-format.md (the contract every part shares)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum

from .dates import IsoDate

TYPE_CHECKING = False  # as typing's, which mypy reads the same way; importing typing costs ~3 ms of start-up
if TYPE_CHECKING:
    from typing import Any


class FactKind(StrEnum):
    LEADER = "leader"
    DATE = "date"
    FIGURE = "figure"
    AGREEMENT = "agreement"
    QUOTE = "quote"


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a fact is stated: a source id and that source's own sentence, verbatim."""

    source: str
    quote: str
    line: int = 0  # line in the deck file, for messages


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    path: str  # as written in the deck: relative to the deck file
    title: str
    published: IsoDate | None = None
    url: str | None = None
    outlet: str | None = None
    notes: str | None = None
    line: int = 0


@dataclass(frozen=True, kw_only=True)
class Fact:
    """Fields every kind shares. ``disputed``: sources disagree, so questions attribute, never assert."""

    id: str
    kind: str
    sources: tuple[Citation, ...]
    aliases: tuple[str, ...] = ()
    notes: str | None = None
    as_of: IsoDate | None = None
    disputed: bool = False
    # Extraction's confidence (0..1) and, when it is unsure, why: a fact marked for review is kept in
    # the deck but never asked until a person removes the mark (docs/deck-format.md#review).
    confidence: float | None = None
    review: str | None = None
    # What learners are told with the answer. `notes` are the editors' (how a date was resolved, a typo in
    # the source) and stay with them, except on a disputed fact, where they explain the conflict.
    learner_note: str | None = None
    line: int = 0

    def specific(self) -> dict[str, Any]:
        """The kind's own fields, in FACTS.md order, for dumping."""
        return {}


@dataclass(frozen=True, kw_only=True)
class Leader(Fact):
    name: str
    role: str
    of: str | None = None

    def specific(self) -> dict[str, Any]:
        return _drop_none({"name": self.name, "role": self.role, "of": self.of})


@dataclass(frozen=True, kw_only=True)
class DateFact(Fact):
    event: str
    date: IsoDate

    def specific(self) -> dict[str, Any]:
        return {"event": self.event, "date": self.date.iso()}


@dataclass(frozen=True, kw_only=True)
class Figure(Fact):
    what: str
    value: int | float
    unit: str
    text: str
    when: str | None = None

    def specific(self) -> dict[str, Any]:
        return _drop_none(
            {"what": self.what, "value": self.value, "unit": self.unit, "text": self.text, "when": self.when}
        )


@dataclass(frozen=True, kw_only=True)
class Agreement(Fact):
    parties: tuple[str, ...]
    what: str
    date: IsoDate | None = None

    def specific(self) -> dict[str, Any]:
        return _drop_none(
            {"parties": list(self.parties), "what": self.what, "date": self.date.iso() if self.date else None}
        )


@dataclass(frozen=True, kw_only=True)
class Quote(Fact):
    """Who said what: ``words`` are the speaker's own, verbatim inside the cited sentence."""

    speaker: str
    words: str
    role: str | None = None  # the speaker's office, as the article gives it
    date: IsoDate | None = None

    def specific(self) -> dict[str, Any]:
        return _drop_none({"speaker": self.speaker, "words": self.words, "role": self.role,
                           "date": self.date.iso() if self.date else None})


@dataclass(frozen=True, kw_only=True)
class OtherFact(Fact):
    """A fact of a kind this version does not know: kept so nothing is lost, skipped by the tools."""

    data: tuple[tuple[str, Any], ...] = ()

    def specific(self) -> dict[str, Any]:
        return dict(self.data)


KIND_TYPES: dict[str, type[Fact]] = {
    FactKind.LEADER: Leader,
    FactKind.DATE: DateFact,
    FactKind.FIGURE: Figure,
    FactKind.AGREEMENT: Agreement,
    FactKind.QUOTE: Quote,
}


@dataclass(frozen=True)
class Deck:
    id: str
    title: str
    language: str
    sources: tuple[Source, ...]
    facts: tuple[Fact, ...]
    path: str | None = None  # where it was loaded from, for messages
    description: str | None = None
    _by_source: dict[str, Source] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_source.update({s.id: s for s in self.sources})

    def source(self, source_id: str) -> Source:
        return self._by_source[source_id]

    def known_facts(self) -> tuple[Fact, ...]:
        return tuple(f for f in self.facts if not isinstance(f, OtherFact))

    def askable_facts(self) -> tuple[Fact, ...]:
        """Facts questions may be asked about: of a known kind and not marked for review."""
        return tuple(f for f in self.facts if not isinstance(f, OtherFact) and not f.review)

    def marked_for_review(self) -> tuple[Fact, ...]:
        return tuple(f for f in self.facts if f.review)

    def unknown_kinds(self) -> Counter[str]:
        return Counter(f.kind for f in self.facts if isinstance(f, OtherFact))

    def kind_counts(self) -> Counter[str]:
        return Counter(f.kind for f in self.facts)

    def to_dict(self) -> dict[str, Any]:
        """Plain data in FACTS.md field order (the inverse of loading)."""
        out: dict[str, Any] = {"id": self.id, "title": self.title, "language": self.language}
        if self.description:
            out["description"] = self.description
        out["sources"] = [
            _drop_none(
                {
                    "id": s.id,
                    "path": s.path,
                    "title": s.title,
                    "published": s.published.iso() if s.published else None,
                    "url": s.url,
                    "outlet": s.outlet,
                    "notes": s.notes,
                }
            )
            for s in self.sources
        ]
        out["facts"] = [fact_to_dict(f) for f in self.facts]
        return out


def fact_to_dict(fact: Fact) -> dict[str, Any]:
    out: dict[str, Any] = {"id": fact.id, "kind": fact.kind}
    out.update(fact.specific())
    if fact.aliases:
        out["aliases"] = list(fact.aliases)
    if fact.as_of:
        out["as_of"] = fact.as_of.iso()
    if fact.disputed:
        out["disputed"] = True
    if fact.notes:
        out["notes"] = fact.notes
    if fact.learner_note:
        out["learner_note"] = fact.learner_note
    if fact.confidence is not None:
        out["confidence"] = fact.confidence
    if fact.review:
        out["review"] = fact.review
    out["sources"] = [{"source": c.source, "quote": c.quote} for c in fact.sources]
    return out


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}
