"""Another wrong option for a question whose wrong option a format cannot hold (Kahoot: 75 characters).

One over-long distractor should not cost a whole question when a shorter one would do. A question
carries only its final options, so the other candidates come from the question engine itself: the
question's template is asked again with other random draws, and each draw's distractors were chosen
under the engine's own rules (of the answer's type, never the answer or an alias of it, never
another true answer). Nothing is made up here, and the result passes the engine's honesty check
again before it is used. The right answer and the options' positions are kept, so the seed's order
and the answer's letter stay as they were.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from ..model import Deck, Fact
from ..questions import honesty
from ..questions.model import Question, QuestionType
from ..questions.templates import templates_for
from ..text import fold

# How many times the template is asked again: each draw offers up to three distractors, and the
# pools they come from are small enough that a few draws see most of them.
DRAWS = 12


def refit_options(question: Question, decks: Sequence[Deck], fits: Callable[[str], bool]) -> Question | None:
    """``question`` with each wrong option that does not ``fit`` replaced by one that does.

    None when the right answer does not fit, or no fitting set of distinct distractors exists;
    ``question`` itself when every option already fits.
    """
    if all(fits(o) for o in question.options):
        return question
    if question.type is not QuestionType.MC or not fits(question.answer):
        return None
    spare = [c for c in _candidates(question, decks) if fits(c)]
    taken = {fold(o) for o in question.options}
    options = list(question.options)
    for i, option in enumerate(options):
        if fits(option):
            continue
        pick = next((c for c in spare if fold(c) not in taken), None)
        if pick is None:
            return None
        taken.add(fold(pick))
        options[i] = pick
    refitted = replace(question, options=tuple(options))
    return None if honesty.problems(refitted) else refitted


def _candidates(question: Question, decks: Iterable[Deck]) -> list[str]:
    """The distractors the engine offers for ``question``'s template over :data:`DRAWS` draws, first seen first."""
    found = _fact(question, decks)
    if found is None:
        return []
    deck, fact = found
    refused = {fold(question.answer), *(fold(a) for a in question.aliases)}
    out: dict[str, str] = {}
    for draw in range(DRAWS):
        def rng_for(name: str, draw: int = draw) -> random.Random:
            return random.Random(f"{deck.id}|{fact.id}|{name}|refit|{draw}")

        for template in templates_for(fact, deck, rng_for):
            # The same question asked again: same template, same answer (else it is not this question).
            if template.name != question.template or template.answer != question.answer:
                continue
            for option in template.options:
                if fold(option) not in refused:
                    out.setdefault(fold(option), option)
    return list(out.values())


def _fact(question: Question, decks: Iterable[Deck]) -> tuple[Deck, Fact] | None:
    for deck in decks:
        if deck.id != question.deck_id:
            continue
        for fact in deck.known_facts():
            if fact.id == question.fact_id:
                return deck, fact
    return None
