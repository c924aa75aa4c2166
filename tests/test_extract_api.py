"""The per-story step as a library function: articles in memory in, a draft deck out, nothing read or
written, arguments and result picklable (so an archive can be mapped by any process pool)."""

from __future__ import annotations

import pickle
from pathlib import Path

from deckpaths import ROOT

from quizgen.extract import SourceInfo, deck_from_articles, extract_deck
from quizgen.extract.article import parse_article

ARTICLE = ROOT / "dev" / "extraction" / "articles" / "01_biden_hanoi.txt"


def test_the_same_deck_from_memory_as_from_the_file(tmp_path: Path) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    copy = tmp_path / "story.txt"
    copy.write_text(text, encoding="utf-8")
    from_file = extract_deck([copy], tmp_path)
    article = parse_article(text, str(copy))
    from_memory = deck_from_articles([article], [SourceInfo("story.txt", "https://example.org/a", "Example")])
    assert from_memory.facts == from_file.facts
    assert from_memory.yaml_text.replace("    url: https://example.org/a\n    outlet: Example\n", "") == \
        from_file.yaml_text
    assert "url: https://example.org/a" in from_memory.yaml_text


def test_arguments_and_result_pickle() -> None:
    article = parse_article(ARTICLE.read_text(encoding="utf-8"), "story.txt")
    infos = [SourceInfo("story.txt")]
    again = pickle.loads(pickle.dumps((article, infos)))
    result = deck_from_articles(*([again[0]], again[1]))
    assert pickle.loads(pickle.dumps(result)) == result
