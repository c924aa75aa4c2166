"""What is worked out once per deck (its index, its facts' importance) and asked for again and again.

Decks are frozen but unhashable (they hold a look-up dict) and hashing a 10,000-fact deck would cost
as much as the work saved, so the cache keys on the deck object itself: its id, checked to be the very
object (an id is reused once an object is gone), and a few decks at most.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from ..model import Deck

T = TypeVar("T")
_KEEP = 16


def per_deck(build: Callable[[Deck], T]) -> Callable[[Deck], T]:
    """``build(deck)`` once per deck object."""
    cache: dict[int, tuple[Deck, T]] = {}

    @wraps(build)
    def cached(deck: Deck) -> T:
        hit = cache.get(id(deck))
        if hit is not None and hit[0] is deck:
            return hit[1]
        if len(cache) > _KEEP:
            cache.clear()
        value = build(deck)
        cache[id(deck)] = (deck, value)
        return value
    return cached
