"""A one-article deck written for a test: the article's text, and facts given as YAML flow lines."""

from __future__ import annotations

from pathlib import Path


def small_deck(folder: Path, body: str, facts: str, published: str, title: str = "Title") -> Path:
    """Write ``a.txt`` (``title``, a blank line, ``body``) and ``d.yaml`` quoting it as source ``a``.

    ``facts`` is the YAML under ``facts:``, each fact indented two spaces ("  - {id: ..., ...}\\n").
    """
    (folder / "a.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    deck = folder / "d.yaml"
    deck.write_text(f"id: d\ntitle: {title}\nsources: [{{id: a, path: a.txt, title: {title}, "
                    f"published: {published}}}]\nfacts:\n{facts}", encoding="utf-8")
    return deck
