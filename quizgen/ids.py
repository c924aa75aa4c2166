"""Stable Anki ids: deck ids and note GUIDs derived from quizgen's own stable ids, never from text.

These functions are a published interface: a user's review history is keyed on the GUIDs, so the
hashing below must never change. They depend only on hashlib (not on genanki's ``guid_for``), so a
genanki upgrade cannot change them either.
"""

from __future__ import annotations

import hashlib

# Anki's own base91 alphabet for GUIDs (the one anki and genanki use).
_BASE91 = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    "!#$%&()*+,-./:;<=>?@[]^_`{|}~"
)
_DECK_ID_MIN = 1 << 32  # above Anki's default deck (1) and genanki-style random ids
_DECK_ID_MAX = 1 << 52  # exact as a JavaScript number, for tools that read ids in JS


def _digest(*parts: str) -> bytes:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()


def anki_deck_id(deck_id: str, *sub: str) -> int:
    """The Anki deck id of quizgen deck ``deck_id`` (or of its subdeck ``sub``, e.g. a fact kind)."""
    value = int.from_bytes(_digest("quizgen-deck", deck_id, *sub)[:8], "big")
    return _DECK_ID_MIN + value % (_DECK_ID_MAX - _DECK_ID_MIN)


def note_guid(deck_id: str, question_id: str) -> str:
    """The GUID of the Anki note for question ``question_id`` ("<fact-id>:<template>:<type>") of a deck.

    Built from ids only, so correcting a fact's wording keeps the GUID and Anki updates the note
    in place (keeping its review history) instead of adding a duplicate.
    """
    value = int.from_bytes(_digest("quizgen-note", deck_id, question_id)[:8], "big")
    out = []
    while True:
        value, digit = divmod(value, len(_BASE91))
        out.append(_BASE91[digit])
        if not value:
            break
    return "".join(reversed(out))


__all__ = ["anki_deck_id", "note_guid"]
