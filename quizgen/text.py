"""Text folding shared by quote checks, answer matching and distractor filtering.

One definition of "the same text" keeps the checker, the question engine and the quiz honest
with each other: what the engine treats as an alias the quiz accepts, and vice versa.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_TYPOGRAPHIC = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-", "\u2212": "-",
        "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    }
)
_SPACE = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w%$€£¥]+")
_LETTER_EXTRAS = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss"})


def normalize_quote(text: str) -> str:
    """Whitespace runs and typographic quotes/dashes folded: how a quote is found in its source."""
    return _SPACE.sub(" ", text.translate(_TYPOGRAPHIC)).strip()


def strip_diacritics(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTER_EXTRAS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)  # the same names and offices are folded again and again
def fold(text: str) -> str:
    """Case, diacritics, punctuation and spacing folded: "Hồ Chí Minh" == "ho chi minh"."""
    text = strip_diacritics(text.translate(_TYPOGRAPHIC)).casefold()
    # each run of anything else, whitespace included, becomes one space: no run of spaces is left to squeeze
    return _NON_WORD.sub(" ", text).strip()


def contains_phrase(haystack: str, needle: str) -> bool:
    """Does folded ``needle`` occur in folded ``haystack`` on word boundaries?"""
    n = fold(needle)
    if not n:
        return False
    return f" {n} " in f" {fold(haystack)} "


_SPOKEN_AS_WORDS = {"NATO", "ASEAN", "OPEC", "UNESCO", "UNICEF", "NASA", "BRICS", "APEC", "SCO", "AUKUS"}
_YOU_SOUND = ("uni", "use", "usu", "ura", "ure", "uti", "uk", "uga", "uru", "utah", "eu", "ewe")
_SILENT_H = ("hour", "honest", "honou", "heir")


def indefinite_article(phrase: str) -> str:
    """'a' or 'an' for the phrase as spoken: an hour, a union, an MoU, a US deal, a NATO summit."""
    word = re.split(r"[\s-]", phrase.strip(), maxsplit=1)[0] if phrase.strip() else ""
    if not word:
        return "a"
    letters = re.sub(r"[^A-Za-z0-9]", "", word)
    if not letters:
        return "a"
    if letters[0].isdigit():
        return "an" if letters.startswith(("8", "11", "18")) else "a"
    uppers = sum(c.isupper() for c in letters)
    if uppers >= 2 and letters.upper() not in _SPOKEN_AS_WORDS:  # initialism, read letter by letter
        return "an" if letters[0].upper() in "AEFHILMNORSX" else "a"
    lower = letters.lower()
    if lower.startswith(("one", "once")) or (lower.startswith(_YOU_SOUND) and not lower.startswith("unin")):
        return "a"
    if lower.startswith(_SILENT_H):
        return "an"
    return "an" if lower[0] in "aeiou" else "a"


# An event, figure or sentence that opens on a word pointing elsewhere in its article cannot be read
# alone ("It was the first visit", "The country was the second stop"): checked by `quizgen check` on
# drafts and by the question gate.
_REFERENCE_OPENING = re.compile(
    # ("This year, President Obama is working with Congress to provide ...": the time of the story, no reference)
    r"^[“\"‘']?(it|its|he|she|his|her|they|them|their|this(?!\s(?:year|month|week|morning|afternoon|evening|"
    r"weekend|spring|summer|autumn|winter)\b)|these|those|that|we|our|us|I|my|both|the two \w+|"
    r"the (?:country|countries|nation|leaders?|company|government|minister|president|deal|agreement|"
    r"pact|two sides|sides|latter|former|increase|decrease|rise|fall|cut|move|decision|announcement|"
    r"handshake|encounter|(?-i:new [a-z]+))(?!\s(?:on|to|with|between|for|of)\b)|such|there)\b", re.I)


def opens_with_reference(text: str) -> bool:
    """Whether ``text`` opens on "it", "they", "the country" and the like (what? which?)."""
    return bool(_REFERENCE_OPENING.match(text.strip()))


def reference_opening(text: str) -> str:
    """The words of ``text`` that point elsewhere ("The leaders"), or ""."""
    m = _REFERENCE_OPENING.match(text.strip())
    return m.group(0) if m else ""


def _wordlike(ch: str, joiners: str = "") -> bool:
    """A character of ``\\w`` (or one of ``joiners``)."""
    return ch.isalnum() or ch == "_" or ch in joiners


def word_edge(text: str, i: int) -> bool:
    """Whether ``\\b`` holds at ``i``: a word character on one side only."""
    return (i > 0 and _wordlike(text[i - 1])) != (i < len(text) and _wordlike(text[i]))


def word_starts(text: str, word: str, joiners: str = "") -> list[int]:
    """Where ``word`` stands alone in ``text``: no word character (nor one of ``joiners``, such as "-")
    right before or after it. The same as searching for ``(?<![\\w-])word(?![\\w-])``, without compiling
    a pattern for every name and country an article holds: hundreds of such one-off patterns pushed the
    fixed ones out of the ``re`` module's cache and made extraction spend a third of its time compiling."""
    out: list[int] = []
    n, i = len(word), 0
    if not n:
        return out
    while (p := text.find(word, i)) >= 0:
        i = p + 1
        if p and _wordlike(text[p - 1], joiners):
            continue
        if p + n < len(text) and _wordlike(text[p + n], joiners):
            continue
        out.append(p)
    return out


def trie_pattern(words: Iterable[str], *, fold_case: bool = False) -> str:
    """A regular-expression alternation of ``words`` as a prefix tree: "t(?:en|h(?:ree|irty)|wo)" for ten,
    three, thirty, two. It matches what ``"|".join(longest first)`` matches, in the same order of preference
    (a longer word before its own prefix), but the engine reads each shared prefix once instead of trying
    every word at every position: the number words, titles and currency lists have over a hundred each.
    With ``fold_case`` (for patterns compiled with re.IGNORECASE) words that differ only in case merge."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word.lower() if fold_case else word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and not ends:
            return branches[0]
        return "(?:" + "|".join(branches) + ("|" if ends else "") + ")"

    return build(root)
