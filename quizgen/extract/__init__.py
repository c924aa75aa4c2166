"""Fact extraction: news articles in, a draft deck (FACTS.md format) out, offline and deterministic.

Rules and small bundled word lists (``data/*.yaml``) find four kinds of fact, each quoting the
sentence it came from verbatim. Precision over recall: a wrong fact becomes a wrong question, so the
extractors leave out what they are not sure of, and the teacher reviews what is left.

The entry points live in `pipeline.py` and load on first use: a part that needs only the sentence
splitter or the article reader (the review screen, the batch's workers) does not pay for importing
every rule and word list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .article import read_article
    from .pipeline import Extraction, SourceInfo, deck_from_articles, extract_article, extract_deck

__all__ = ["Extraction", "SourceInfo", "deck_from_articles", "extract_deck", "extract_article", "read_article"]


def __getattr__(name: str) -> Any:
    if name == "read_article":
        from .article import read_article

        return read_article
    if name in __all__:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
