"""What is worked out from a deck and kept across runs beside the deck cache (quizgen/deckcache.py): the
facts' importance and an export's question set. A result from the cache equals the one made afresh; a
damaged, stale or foreign entry is ignored (and written again); --no-cache never reads nor writes one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from deckpaths import BUNDLED_DECKS

import quizgen.deck
from quizgen import deckcache
from quizgen.cli import main
from quizgen.deck import check_deck, load_deck
from quizgen.questions import generate, stored
from quizgen.questions.importance import rank_facts
from quizgen.questions.selection import gate, pick, rank


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "cache"
    monkeypatch.setenv("QUIZGEN_CACHE_DIR", str(root))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    return root


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    """A copy of the bundled deck and the articles it quotes (in ../seeds), free to edit."""
    root = BUNDLED_DECKS[0].parent.parent
    shutil.copytree(root / "decks", tmp_path / "decks")
    shutil.copytree(root / "seeds", tmp_path / "seeds")
    return tmp_path / "decks" / BUNDLED_DECKS[0].name


def _fresh(path: Path, cache: bool = True) -> object:
    """The deck as a new process loads it (nothing kept in memory)."""
    quizgen.deck._CACHE.clear()
    return load_deck(path, cache=cache)


def _entries(cache: Path) -> list[Path]:
    return sorted((cache / "derived").glob("*.derived"))


def test_importance_from_the_cache_equals_importance_made_afresh(cache: Path, deck: Path) -> None:
    made = rank_facts(_fresh(deck))
    assert len(_entries(cache)) == 1
    again = rank_facts(_fresh(deck))
    assert again == made
    assert rank_facts(_fresh(deck, cache=False)) == made


def test_a_damaged_entry_is_ignored_and_written_again(cache: Path, deck: Path) -> None:
    made = rank_facts(_fresh(deck))
    (entry,) = _entries(cache)
    good = entry.read_bytes()
    for damage in (good[: len(good) // 2], good[:-1] + bytes([good[-1] ^ 1]), b"", b"not a cache entry"):
        entry.write_bytes(damage)
        assert rank_facts(_fresh(deck)) == made
        assert entry.read_bytes() != damage  # written again, whole
        assert deckcache.load_derived("importance", (_fresh(deck),), None) is not None


def test_an_entry_of_changed_articles_deck_or_code_is_not_used(cache: Path, deck: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    rank_facts(_fresh(deck))
    d = _fresh(deck)
    assert deckcache.load_derived("importance", (d,), None) is not None
    article = deck.parent / d.sources[0].path
    original = article.read_bytes()
    article.write_bytes(original + b"\nOne more line.\n")
    assert deckcache.load_derived("importance", (_fresh(deck),), None) is None
    article.write_bytes(original)
    assert deckcache.load_derived("importance", (_fresh(deck),), None) is not None
    monkeypatch.setattr(deckcache, "_package_fingerprint", "other code")
    assert deckcache.load_derived("importance", (_fresh(deck),), None) is None
    monkeypatch.undo()
    deck.write_text(deck.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    assert deckcache.load_derived("importance", (_fresh(deck),), None) is None


def test_decks_not_loaded_through_the_cache_are_never_looked_up(cache: Path, deck: Path) -> None:
    rank_facts(_fresh(deck, cache=False))
    assert _entries(cache) == []
    text = quizgen.deck.check_text(deck, deck.read_text(encoding="utf-8"))
    assert deckcache.load_derived("importance", (text.deck,), None) is None


def test_a_question_set_round_trips_through_plain_data(deck: Path) -> None:
    d = check_deck(deck).deck
    kept, _ = gate(generate(d, seed=3), [d])
    ranked = pick(rank([(d, kept)]), None)
    back = stored.decode(stored.encode(ranked))
    assert back == ranked
    assert [repr(r) for r in back] == [repr(r) for r in ranked]


@pytest.mark.parametrize("extra", [[], ["--seed", "4", "--count", "12"], ["--types", "mc,tf"]])
def test_export_from_the_cache_is_byte_identical(cache: Path, deck: Path, tmp_path: Path, extra: list[str],
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    def export(name: str, *more: str) -> bytes:
        quizgen.deck._CACHE.clear()
        out = tmp_path / name
        assert main(["export", "anki", str(deck), "-o", str(out), "--force", *extra, *more]) == 0
        return out.read_bytes()

    first = export("first.apkg")
    assert len(_entries(cache)) == 2  # the importance and the set
    assert export("second.apkg") == first
    for entry in _entries(cache):
        entry.write_bytes(entry.read_bytes()[:-3])
    assert export("damaged.apkg") == first
    shutil.rmtree(cache)
    assert export("uncached.apkg", "--no-cache") == first
    assert not cache.exists()
    capsys.readouterr()


def test_the_quiz_pool_reads_its_deck_level_questions_back_equal(cache: Path, tmp_path: Path) -> None:
    from formsdeck import write_deck

    from quizgen.questionpool import QuestionPool

    path = write_deck(tmp_path / "forms")

    def pool_order(cache_on: bool = True) -> list[object]:
        return QuestionPool(_fresh(path, cache=cache_on), eager_facts=0).all()

    made = pool_order()
    assert any(q.facts for q in made)  # the deck has questions about several facts at once
    assert any(p.stat().st_size for p in _entries(cache))
    assert pool_order() == made
    for entry in _entries(cache):
        entry.write_bytes(entry.read_bytes()[:100])
    assert pool_order() == made
    shutil.rmtree(cache)
    assert pool_order(cache_on=False) == made
    assert not cache.exists()


def test_the_quiz_pool_reads_its_counts_back_and_orders_the_same(cache: Path, tmp_path: Path) -> None:
    from bench.make_big_deck import write
    from quizgen.questionpool import QuestionPool
    from quizgen.session import load_questions

    path = write(tmp_path / "big", 700)  # over 500 questions: the quiz makes them as needed
    first = QuestionPool(_fresh(path), eager_facts=0)
    assert not first.scanned
    ids, names = first.ids(), first.names()
    whole = load_questions(_fresh(path, cache=False))
    again = QuestionPool(_fresh(path), eager_facts=0)
    assert again.scanned  # the counts at once, from the cache
    assert again.ids() == ids and again.names() == names
    assert next(again.ordered()) == whole[0] and not again.complete
    assert again.all() == whole
    for entry in _entries(cache):
        entry.write_bytes(b"")
    damaged = QuestionPool(_fresh(path), eager_facts=0)
    assert not damaged.scanned
    assert damaged.all() == whole and damaged.ids() == ids
