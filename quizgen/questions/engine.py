"""From a deck to questions: templates → typed questions → honesty check → seeded order.

Content (wording, distractors, whether a true/false claim is true) depends only on the deck and
the question id, so a question keeps its meaning across seeds and its id can key Anki notes and
study history; the seed only changes the order of questions and of options.
"""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Callable, Iterable, Sequence

from ..model import Agreement, Citation, DateFact, Deck, Fact, Figure, Leader, Quote
from ..text import fold
from . import forms, honesty
from .model import (
    CLOZE_GAP,
    FALSE,
    MAX_STEM_WORDS,
    TRUE,
    AnswerKind,
    Question,
    QuestionType,
    SourceRef,
    count_number,
    without_qualifier,
)
from .templates import Template, name_forms, name_owners, templates_for, worth_asking

ALL_TYPES = (QuestionType.MC, QuestionType.TF, QuestionType.TYPED, QuestionType.CLOZE, QuestionType.ORDER,
             QuestionType.MATCH, QuestionType.NUMERIC)


def parse_types(text: str | None) -> tuple[QuestionType, ...]:
    """"mc,tf" → (MC, TF); ValueError names an unknown type."""
    if not text:
        return ALL_TYPES
    out = []
    for part in text.split(","):
        part = part.strip().lower()
        if not part:
            continue
        try:
            out.append(QuestionType(part))
        except ValueError:
            raise ValueError(f"unknown question type '{part}' (choose from "
                             f"{', '.join(t.value for t in QuestionType)})") from None
    return tuple(dict.fromkeys(out)) or ALL_TYPES


def generate(deck: Deck, *, seed: int = 0, types: Iterable[QuestionType] | None = None) -> list[Question]:
    """Every honest question the deck supports, of the wanted types, in the seed's order."""
    wanted = tuple(types) if types is not None else ALL_TYPES
    questions = [q for fact in deck.askable_facts() for q in fact_questions(deck, fact, wanted)]
    questions += forms.deck_questions(deck, wanted)
    order = random.Random(f"order|{seed}")
    order.shuffle(questions)
    return [_shuffle_options(q, seed) for q in questions]


def generate_many(decks: Sequence[Deck], *, seed: int = 0,
                  types: Iterable[QuestionType] | None = None) -> list[Question]:
    """Questions of several decks, interleaved in one seeded order."""
    wanted = tuple(types) if types is not None else ALL_TYPES
    questions = [q for deck in decks for fact in deck.askable_facts() for q in fact_questions(deck, fact, wanted)]
    questions += [q for deck in decks for q in forms.deck_questions(deck, wanted)]
    random.Random(f"order|{seed}").shuffle(questions)
    return [_shuffle_options(q, seed) for q in questions]


def fact_questions(deck: Deck, fact: Fact, wanted: Sequence[QuestionType] = ALL_TYPES) -> list[Question]:
    """The questions of one fact, in a fixed order (options in canonical order, before seeding)."""

    def rng_for(template: str) -> random.Random:
        return random.Random(f"{deck.id}|{fact.id}|{template}")

    if not worth_asking(fact):
        return []
    out: list[Question] = []
    checked: set[int] = set()  # ids of questions in ``out`` already found honest
    for i, t in enumerate(templates_for(fact, deck, rng_for)):
        typed = _typed(deck, fact, t)
        if honesty.problems(typed):
            continue  # the prompt gives the answer away: no type of this template is honest
        if QuestionType.MC in wanted and len(t.options) >= 3:
            out.append(_mc(deck, fact, t))
        if QuestionType.TYPED in wanted and t.typed:
            out.append(typed)  # the very question just checked: neither built nor checked again
            checked.add(id(typed))
        if QuestionType.TF in wanted and i == 0 and t.claim and t.options:
            out.append(_tf(deck, fact, t))
        out += forms.template_questions(deck, fact, t, wanted)
    if QuestionType.CLOZE in wanted and (cloze := _cloze(deck, fact)):
        out.append(cloze)
    out += forms.fact_questions(deck, fact, wanted)
    return [q for q in out if id(q) in checked or not honesty.problems(q)]


def _ref(deck: Deck, c: Citation) -> SourceRef:
    s = deck.source(c.source)
    return SourceRef(s.id, s.title, c.quote, s.published.iso() if s.published else None, s.url, s.outlet)


_last_refs: tuple[Deck, Fact, tuple[SourceRef, ...]] | None = None


def _fact_refs(deck: Deck, fact: Fact) -> tuple[SourceRef, ...]:
    """The references of the fact's citations, made once for all the questions of a fact (they are asked
    one fact after another, so the last fact's are kept: building them for each question was a fifth of
    the time spent making questions)."""
    global _last_refs
    last = _last_refs
    if last is not None and last[0] is deck and last[1] is fact:
        return last[2]
    refs = tuple(_ref(deck, c) for c in fact.sources)
    _last_refs = (deck, fact, refs)
    return refs


def _base(deck: Deck, fact: Fact, t: Template, qtype: QuestionType, **kw: object) -> Question:
    refs = _fact_refs(deck, fact)
    source = next((r for c, r in zip(fact.sources, refs, strict=True) if c is t.citation), None)
    fields: dict[str, object] = dict(
        id=f"{fact.id}:{t.name}:{qtype.value}", deck_id=deck.id, fact_id=fact.id, fact_kind=fact.kind,
        type=qtype, template=t.name, prompt=t.prompt, answer=t.answer, answer_kind=t.answer_kind,
        source=source or _ref(deck, t.citation), aliases=_dedupe_aliases(t.answer, t.aliases),
        value=t.value, unit=t.unit, sources=refs,
        notes=fact.learner_note or (fact.notes if fact.disputed else None), disputed=fact.disputed,
    )
    fields.update(kw)
    return Question(**fields)  # type: ignore[arg-type]


def _dedupe_aliases(answer: str, aliases: Iterable[str]) -> tuple[str, ...]:
    seen = {fold(answer)}
    out = []
    for a in aliases:
        if fold(a) not in seen:
            seen.add(fold(a))
            out.append(a)
    return tuple(out)


def _mc(deck: Deck, fact: Fact, t: Template) -> Question:
    return _base(deck, fact, t, QuestionType.MC, options=(t.answer, *t.options[:3]))


def _typed(deck: Deck, fact: Fact, t: Template) -> Question:
    return _base(deck, fact, t, QuestionType.TYPED)


def _tf(deck: Deck, fact: Fact, t: Template) -> Question:
    assert t.claim is not None
    truthful = random.Random(f"{deck.id}|{fact.id}|{t.name}|tf").random() < 0.5
    statement = t.claim(t.answer if truthful else t.options[0])
    return _base(deck, fact, t, QuestionType.TF, prompt=statement, statement=statement,
                 answer=TRUE if truthful else FALSE, aliases=(), options=(TRUE, FALSE),
                 answer_kind=AnswerKind.BOOLEAN, value=None, unit=None,
                 truth=None if truthful else t.claim(t.answer))


def _cloze_candidates(fact: Fact) -> list[tuple[str, AnswerKind, tuple[str, ...]]]:
    """What a cloze may blank, best first: the person, the figure as written, a party, the date."""
    if isinstance(fact, Leader):
        names = (fact.name, *fact.aliases)
        return [(n, AnswerKind.PERSON, names) for n in names]
    if isinstance(fact, Figure):
        core = without_qualifier(fact.text)
        hedged = (core, *_percent_forms(core)) if core != fact.text.strip() else ()
        whole = (fact.text, AnswerKind.NUMBER, (fact.text, *fact.aliases, *_percent_forms(fact.text), *hedged))
        number = count_number(fact.text)
        if number:
            # "Major export deal sustains _____ UK jobs": the gap is the number, the noun stays to read, and
            # "4,000" is the answer (the whole "4,000 UK jobs" is accepted too)
            return [(number, AnswerKind.NUMBER, (number, *whole[2])), whole]
        if hedged:
            # "An estimated _____ of the ordnance failed to detonate": the hedge stays to read, "30 percent" (or
            # "30", "30%") is the answer
            return [(core, AnswerKind.NUMBER, (core, *whole[2])), whole]
        return [whole]
    if isinstance(fact, Agreement):
        return [(p, AnswerKind.PLACE, (p,)) for p in reversed(fact.parties)]
    if isinstance(fact, Quote):
        return [(fact.speaker, AnswerKind.PERSON, (fact.speaker, *fact.aliases))]
    if isinstance(fact, DateFact):
        d = fact.date
        forms = [d.human(), d.iso()]
        if d.day:
            forms.append(f"{d.human().split(' ', 1)[1].split()[0]} {d.day}, {d.year}")
        return [(form, AnswerKind.DATE, tuple(forms)) for form in forms]
    return []


_PERCENT = re.compile(r"(\d[\d.,]*)\s?(?:%|per\s?cent|percent)", re.I)


def _percent_forms(text: str) -> tuple[str, ...]:
    """A share as a learner may type it: "17 percent" is also "17", "17%" and "17 per cent" (round 26's cloze
    took only the article's spelling)."""
    m = _PERCENT.fullmatch(text.strip())
    if not m:
        return ()
    n = m.group(1)
    return tuple(f for f in (n, f"{n}%", f"{n} percent", f"{n} per cent") if f != text.strip())


@functools.lru_cache(maxsize=1 << 14)
def _pattern(text: str) -> re.Pattern[str]:
    """``text`` as a whole word, any case; compiled once per text (re's own cache holds 512 patterns, far
    fewer than the names and dates of a large deck). Only for text ``_plain`` cannot search: compiling a
    pattern per name and date was a seventh of a large deck's question time."""
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)", re.I)


# The only characters outside ASCII that re.I equates with an ASCII one ("ſ" with "s", the Kelvin sign with
# "k", dotted and dotless I with "i") or whose lower case is not one character of its own; tests check the
# list against re over all of Unicode.
_ASCII_LOOKALIKES = frozenset("\u0130\u0131\u017f\u212a")


def _is_word(c: str) -> bool:
    r"""re's ``\w`` for one character of a str pattern."""
    return c.isalnum() or c == "_"


def _plain(text: str, sentence: str) -> bool:
    """Whether str.lower() and find() decide ``_pattern(text)`` in ``sentence`` exactly: an ASCII text, and a
    sentence without characters re.I equates with ASCII ones (so a match is ASCII, where re.I and lower()
    agree, and lower() keeps every position)."""
    return bool(text) and text.isascii() and (sentence.isascii() or _ASCII_LOOKALIKES.isdisjoint(sentence))


def _whole_word_starts(text: str, sentence: str) -> list[int]:
    """Where ``_pattern(text).finditer(sentence)`` matches, for ``_plain`` text: each occurrence of the lowered
    text in the lowered sentence with no word character either side, left to right, none overlapping."""
    needle, haystack, n = text.lower(), sentence.lower(), len(text)
    out: list[int] = []
    i = haystack.find(needle)
    while i >= 0:
        end = i + n
        if (i == 0 or not _is_word(sentence[i - 1])) and (end == len(sentence) or not _is_word(sentence[end])):
            out.append(i)
            i = haystack.find(needle, end)
        else:
            i = haystack.find(needle, i + 1)
    return out


def _whole_word(text: str, sentence: str) -> str | None:
    """The first whole-word, any-case occurrence of ``text`` in ``sentence``, as the sentence writes it."""
    if _plain(text, sentence):
        starts = _whole_word_starts(text, sentence)
        return sentence[starts[0]:starts[0] + len(text)] if starts else None
    m = _pattern(text).search(sentence)
    return m.group(0) if m else None


def _blank_out(text: str, sentence: str) -> str:
    """``sentence`` with every whole-word, any-case occurrence of ``text`` replaced by the cloze gap."""
    if not _plain(text, sentence):
        return _pattern(text).sub(CLOZE_GAP, sentence)
    pieces: list[str] = []
    last = 0
    for i in _whole_word_starts(text, sentence):
        pieces += [sentence[last:i], CLOZE_GAP]
        last = i + len(text)
    return "".join(pieces) + sentence[last:]


def _balanced_quotes(sentence: str) -> str:
    """A quotation that opens in this sentence and closes in a later one ("“Over 21 million people are in
    need ...") loses its lone mark: a cloze shows one sentence, and a mark never closed reads as a typo."""
    for left, right in (("\u201c", "\u201d"), ('"', None)):
        if right is None:
            if sentence.count(left) % 2 == 1:
                i = sentence.find(left) if sentence.lstrip().startswith(left) else sentence.rfind(left)
                sentence = (sentence[:i] + sentence[i + 1:]).strip()
        elif sentence.count(left) != sentence.count(right):
            lone = left if sentence.count(left) > sentence.count(right) else right
            i = sentence.find(lone) if lone == left else sentence.rfind(lone)
            sentence = (sentence[:i] + sentence[i + 1:]).strip()
    return sentence


# What a long sentence can lose around its gap and still say it: the setting put before its subject ("In a
# signing ceremony today at the State Department's Benjamin Franklin room, ...") and what a thing is for after it
# ("... a $363 million Compact designed to reduce poverty by promoting sustainable economic growth").
_SETTING_FIRST = re.compile(r"^(?:In|At|On|During|After|Before|Following|Speaking|Earlier|Later|Today|Yesterday)\b"
                            r"[^,_]{0,120},\s(?=[A-Z])")
_PURPOSE_AFTER = re.compile(r"(?:,\s(?:which|designed|aimed|intended|including|bringing|making)|\s(?:designed|aimed|"
                            r"intended)\sto)\b[^_]*?(?=[.!?]?$)")


def _trimmed(blanked: str) -> str:
    """A cloze over the longest stem a set asks, without the setting before its subject and the purpose after
    its gap (neither holding the gap); a sentence no longer than that is shown whole."""
    if len(blanked.split()) <= MAX_STEM_WORDS:
        return blanked
    if setting := _SETTING_FIRST.match(blanked):
        blanked = blanked[setting.end():]
    if len(blanked.split()) > MAX_STEM_WORDS and (purpose := _PURPOSE_AFTER.search(blanked)) and \
            CLOZE_GAP in blanked[: purpose.start()]:
        blanked = blanked[: purpose.start()] + blanked[purpose.end():]
    return blanked


def _cloze(deck: Deck, fact: Fact) -> Question | None:
    for citation in fact.sources:
        for target, kind, accepted in _cloze_candidates(fact):
            shown = _whole_word(target, citation.quote)
            if shown is None:
                continue
            if kind is AnswerKind.PERSON:
                # "said _____, one of the rebels": "Matsanga" as well as "David Matsanga", as the "who" questions
                # accept (round 43's rater), for the quiz tools that match typed answers exactly
                accepted = tuple(dict.fromkeys((*accepted, *name_forms(target, accepted[1:], name_owners(deck)))))
            blanked = _balanced_quotes(citation.quote)
            for form in sorted(set(accepted) | {shown}, key=len, reverse=True):
                # a longer accepted form holding the gap ("4,000 UK jobs" around "4,000") stays to read
                if form != shown and fold(shown) in fold(form):
                    continue
                blanked = _blank_out(form, blanked)
            blanked = _trimmed(blanked)
            if fact.disputed:
                blanked = f"According to \u201c{deck.source(citation.source).title}\u201d: {blanked}"
            t = Template("cloze", blanked, shown, kind, citation, (),
                         aliases=tuple(a for a in accepted if fold(a) != fold(shown)),
                         value=fact.date.iso() if isinstance(fact, DateFact) else
                         (str(int(fact.value)) if isinstance(fact, Figure) and float(fact.value).is_integer()
                          else repr(float(fact.value)) if isinstance(fact, Figure) else None),
                         unit=fact.unit if isinstance(fact, Figure) else None)
            return _base(deck, fact, t, QuestionType.CLOZE, statement=citation.quote)
    return None


def _shuffle_options(q: Question, seed: int) -> Question:
    if q.type in (QuestionType.ORDER, QuestionType.MATCH):
        return forms.shuffled(q, f"options|{seed}")
    if q.type is not QuestionType.MC:
        return q
    options = list(q.options)
    random.Random(f"options|{seed}|{q.id}").shuffle(options)
    from dataclasses import replace

    return replace(q, options=tuple(options))


def by_id(questions: Iterable[Question]) -> dict[str, Question]:
    return {q.id: q for q in questions}


Filter = Callable[[Question], bool]
