"""What a question is, independent of how it is shown (terminal, Anki, worksheet, LMS file)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ..text import strip_diacritics


class QuestionType(StrEnum):
    MC = "mc"  # multiple choice, 4 options
    TF = "tf"  # true/false statement
    TYPED = "typed"  # short typed answer
    CLOZE = "cloze"  # the source sentence with the answer blanked, typed
    ORDER = "order"  # put 3-4 dated events of the deck in order, earliest first (forms_order.py)
    MATCH = "match"  # match 3-4 people to their countries or offices (forms_match.py)
    NUMERIC = "numeric"  # a figure typed as a number, right within the article's precision (forms_numeric.py)


class AnswerKind(StrEnum):
    """What sort of thing the answer is: decides distractors and how typed answers are matched."""

    PERSON = "person"
    OFFICE = "office"
    PLACE = "place"  # a country or an organisation
    DATE = "date"
    NUMBER = "number"
    TEXT = "text"  # a phrase (an event, what an agreement is about)
    BOOLEAN = "boolean"  # true/false questions


CLOZE_GAP = "_____"
MAX_STEM_WORDS = 35  # the longest stem a teacher reads as one question (the gate's limit; long clozes are trimmed)
TRUE, FALSE = "True", "False"


@dataclass(frozen=True, slots=True)
class SourceRef:
    """The sentence a question was made from, and where it was published."""

    source_id: str
    title: str
    quote: str
    published: str | None = None  # ISO date
    url: str | None = None
    outlet: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.source_id, "title": self.title, "quote": self.quote, "published": self.published,
                "url": self.url, "outlet": self.outlet}


@dataclass(frozen=True, slots=True)
class Question:
    """One question. ``id`` is stable across seeds and wording edits: Anki guids and study history key on it.

    ``answer`` is the canonical answer text, always one of ``options`` when there are options
    (for true/false: "True" or "False"). ``value``/``unit`` carry the plain number or ISO date behind
    a figure or date answer so typed answers can be matched in any common form.
    """

    id: str  # "<fact-id>:<template>:<type>"
    deck_id: str
    fact_id: str
    fact_kind: str
    type: QuestionType
    template: str
    prompt: str
    answer: str
    answer_kind: AnswerKind
    source: SourceRef
    aliases: tuple[str, ...] = ()
    options: tuple[str, ...] = ()
    value: str | None = None  # figure: plain number ("3500000000"); date: ISO date
    unit: str | None = None  # figure unit ("USD", "%", "agreements")
    statement: str | None = None  # tf: the claim being judged; cloze: the full sentence
    sources: tuple[SourceRef, ...] = ()  # every source stating the fact (source is the one asked from)
    notes: str | None = None  # for learners: the fact's learner_note, or a disputed fact's notes
    disputed: bool = False
    truth: str | None = None  # tf: the statement as the article has it, shown when "False" is the answer
    # The forms of quizgen/questions/forms*.py (docs/questions-json.md): all optional, empty otherwise.
    items: tuple[str, ...] = ()  # match: the people to match, in shown order (``options``: their countries)
    key: tuple[int, ...] = ()  # order: option indices, earliest first; match: per item, its option's index
    item_sources: tuple[SourceRef, ...] = ()  # order: per option; match: per item: the sentence stating it
    item_values: tuple[str, ...] = ()  # order: per option, its ISO date
    facts: tuple[str, ...] = ()  # a deck-level question (order, match): the facts it is made from
    tolerance: str | None = None  # numeric: how far from ``value`` an answer may be (plain number)
    scale: str | None = None  # numeric: the scale the number is asked in ("billion"), None for units

    @property
    def correct_index(self) -> int | None:
        """Index of the answer among ``options`` (None for typed and cloze, order and match: see ``key``)."""
        if self.type in (QuestionType.ORDER, QuestionType.MATCH):
            return None
        return self.options.index(self.answer) if self.options else None

    @property
    def accepted(self) -> tuple[str, ...]:
        """Every text counted as right for a typed answer, canonical first."""
        return (self.answer, *self.aliases)

    @property
    def accepted_spellings(self) -> tuple[str, ...]:
        """``accepted`` and each without diacritics ("Jose Socrates"): for quiz tools that compare typed
        answers letter for letter (Moodle, GIFT, QTI), where quizgen's own matching folds them."""
        # a spelling without its accents that is left with nothing to type (a lone accent, a control character)
        # is none: a quiz tool would write it as an empty answer, or drop it
        plain = (p for p in (strip_diacritics(a) for a in self.accepted) if any(ch.isalnum() for ch in p))
        return tuple(dict.fromkeys((*self.accepted, *plain, *self._bare_count())))

    def _bare_count(self) -> tuple[str, ...]:
        """A count's number alone ("3,200" and "3200" for "more than 3,200 people"): what a fair marker takes,
        and what quizgen's own matching accepts. Never for an amount with a scale or a percentage ("20.7" is
        not "$20.7 billion")."""
        if self.answer_kind is not AnswerKind.NUMBER:
            return ()
        number = count_number(self.answer) or (self.answer.strip() if _GROUPED.fullmatch(self.answer.strip())
                                               else None)
        return (number, number.replace(",", "")) if number else ()

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON shape documented in docs/questions-json.md."""
        return {
            "id": self.id,
            "deck": self.deck_id,
            "fact": self.fact_id,
            "kind": self.fact_kind,
            "type": self.type.value,
            "template": self.template,
            "prompt": self.prompt,
            "answer": self.answer,
            "aliases": list(self.aliases),
            "options": list(self.options),
            "correct": self.correct_index,
            "answer_kind": self.answer_kind.value,
            "value": self.value,
            "unit": self.unit,
            "statement": self.statement,
            "source": self.source.to_dict(),
            "sources": [s.to_dict() for s in self.sources],
            "notes": self.notes,
            "disputed": self.disputed,
            "truth": self.truth,
            "items": list(self.items),
            "key": list(self.key),
            "item_sources": [s.to_dict() for s in self.item_sources],
            "item_values": list(self.item_values),
            "facts": list(self.facts),
            "tolerance": self.tolerance,
            "scale": self.scale,
        }


# What may stand before a figure without being part of the answer: "an estimated 44,000 people", "a little more
# than 44%" (a cloze gaps the number; the qualifier stays to read)
QUALIFIER = (r"(?:(?:a\slittle\s|well\s|far\s)?(?:more|fewer|less)\sthan|(?:just\s|a\slittle\s|well\s)?(?:over|under)|"
             r"about|around|some|at\sleast|nearly|almost|up\sto|approximately|roughly|close\sto|an\sestimated|"
             r"an\sadditional|a\sfurther|a\stotal\sof)")
_QUALIFIED = re.compile(rf"(?i){QUALIFIER}\s+(?=\S)")
_COUNT = re.compile(rf"(?i){QUALIFIER}?\s*(\d[\d,]*(?:\.\d+)?(?:\s(?:thousand|million|billion))?|two|three|four|five|"
                    r"six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a dozen|dozens of)"
                    r"\s+([a-z][a-z -]*)")
# a sum of money written in words ("20.7 billion dollars"): never a count with a noun
_MONEY_NOUNS = re.compile(r"(?i)(?:dollars?|euros?|pounds?|yen|yuan|renminbi|rupees?|roubles?|rubles?|francs?|"
                          r"won|pesos?|dong|rand|reais|real|riyals?|dirhams?|shekels?|lira|krona|kronor|kroner)\b")
_SCALED = re.compile(r"(?i)(?:thousand|million|billion|trillion|bn|m\b|percent|per cent)")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


def without_qualifier(text: str) -> str:
    """"An estimated 30 percent" -> "30 percent": the figure a learner is asked for, without the words that hedge
    it (round 38's clozes gapped "An estimated" with the number and took only the whole as the answer)."""
    m = _QUALIFIED.match(text.strip())
    return text.strip()[m.end():] if m else text.strip()


def count_number(text: str) -> str | None:
    """The number of a count written with its noun ("3,200" of "more than 3,200 people", "4,000" of "4,000 UK
    jobs"); None for an amount with a scale or a percentage ("$20.7 billion", "over 80%")."""
    m = _COUNT.fullmatch(text.strip())
    return m.group(1) if m and not _SCALED.match(m.group(2)) and not _MONEY_NOUNS.match(m.group(2)) else None

