"""The extracted facts before they become YAML: frozen records with the quote that states each one."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

STOP = frozenset("the a an of and in on at to for with by from as is was were be been its their his her "
                 "that this which who will would has have had it into over after before than between "
                 "also he she they them him there about more less".split())


@dataclass(frozen=True)
class Quote:
    """A verbatim sentence of one source."""

    source: str   # source id in the deck ("a", "b", ...)
    text: str


@dataclass(frozen=True)
class Fact:
    """One fact of one of the four kinds; ``fields`` holds the kind's own fields in FACTS.md order."""

    kind: str
    fields: tuple[tuple[str, object], ...]
    quotes: tuple[Quote, ...]
    aliases: tuple[str, ...] = ()
    notes: str | None = None
    disputed: bool = False
    confidence: float | None = None  # set by confidence.py, written to the draft
    review: str | None = None  # why a person must look at it before it is asked
    hint: str = ""             # words for the id slug
    extra: tuple[tuple[str, object], ...] = field(default=())

    def get(self, key: str, default: object = None) -> object:
        for k, v in self.fields:
            if k == key:
                return v
        return default


def fold(text: object) -> str:
    """Case- and accent-folded words, for comparing names and events ("Hồ Chí Minh" = "ho chi minh")."""
    s = unicodedata.normalize("NFKD", str(text or ""))
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D")
    s = re.sub(r"[^\w%$€]+", " ", s.casefold())
    return re.sub(r"\s+", " ", s).strip()


def content_words(text: object) -> set[str]:
    """Stems of the meaningful words, to tell whether two phrases speak of the same thing."""
    return {w[:5] for w in fold(text).split() if w not in STOP and len(w) > 2}


def slug(text: object, max_words: int = 6) -> str:
    """A readable id part: "Joe Biden President" -> "joe-biden-president"."""
    words = [w for w in fold(text).replace("_", " ").split() if w]
    words = [re.sub(r"[^a-z0-9]", "", w) for w in words]
    return "-".join(w for w in words[:max_words] if w) or "fact"
