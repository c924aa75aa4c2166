"""quizgen.deckedit: a deck edited in place keeps every byte outside the changed fact, never takes an
invalid change, undoes, adds, and saves atomically (tested on the bundled deck and on a real draft)."""

from __future__ import annotations

from pathlib import Path

import pytest
from deckpaths import ROOT

from quizgen.cli import main
from quizgen.deck import check_deck
from quizgen.deckedit import DeckEditor, EditRefused, articles, best_questions, layout, proposals
from quizgen.errors import QuizgenError

DECK = ROOT / "decks" / "putin-hanoi-2024.yaml"
ARTICLE = ROOT / "dev" / "quality" / "round1" / "articles" / "02_canada_trudeau_trump_nafta.txt"
MARK = "    review: 'check this one: a comment-keeping test'\n"


def marked_copy(path: Path, fact_id: str) -> str:
    """Put a review mark (after 'of:') on one fact of the deck at ``path``; the marked text."""
    text = path.read_text(encoding="utf-8")
    head, rest = text.split(f"  - id: {fact_id}\n", 1)
    fact, tail = rest.split("    sources:\n", 1)
    marked = f"{head}  - id: {fact_id}\n{fact}{MARK}    sources:\n{tail}"
    path.write_text(marked, encoding="utf-8")
    return marked


@pytest.fixture
def draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A draft extracted from a real article (two facts marked for review)."""
    out = tmp_path / "draft.yaml"
    assert main(["extract", str(ARTICLE), "-o", str(out)]) == 0
    capsys.readouterr()
    return out


def test_accept_removes_only_the_mark_line(bundled: Path) -> None:
    original = DECK.read_text(encoding="utf-8")
    marked_copy(bundled, "to-lam-president")
    editor = DeckEditor.open(bundled)
    index = editor.index_of("to-lam-president")
    assert [f.id for f in editor.marked()] == ["to-lam-president"]
    assert editor.accept(index) is True
    assert editor.accept(index) is False  # nothing left to clear
    editor.save()
    assert bundled.read_text(encoding="utf-8") == original  # comments, quotes, order: byte for byte
    result = check_deck(bundled)
    assert not result.errors and not result.warnings


def test_reject_removes_the_facts_lines_and_nothing_else(bundled: Path) -> None:
    editor = DeckEditor.open(bundled)
    lines = DECK.read_text(encoding="utf-8").split("\n")
    index = editor.index_of("to-lam-president")
    start, end = layout(lines).spans[index]
    editor.reject(index)
    editor.save()
    expected = [*lines[:start], *lines[end + 1:]]  # the blank line after it goes too
    assert bundled.read_text(encoding="utf-8").split("\n") == expected
    deck = check_deck(bundled).deck
    assert deck is not None and "to-lam-president" not in {f.id for f in deck.facts}
    assert len(deck.facts) == 22


def test_edit_keeps_the_quoting_style_and_refuses_invalid_values(bundled: Path) -> None:
    editor = DeckEditor.open(bundled)
    before = editor.text
    index = editor.index_of("russia-vietnam-trade-2022")
    with pytest.raises(EditRefused) as refused:
        editor.set_field(index, "value", "3.5 billion")
    assert any("value" in p and "number" in p for p in refused.value.problems), refused.value.problems
    with pytest.raises(EditRefused):
        editor.set_field(index, "id", "Trade 2022")  # not a slug
    with pytest.raises(EditRefused):
        editor.set_field(index, "unit", "")  # a required field cannot go
    assert editor.text == before and not editor.dirty and not editor.history
    editor.set_field(index, "value", "3600000000")
    editor.set_field(editor.index_of("vladimir-putin-president"), "role", "Head of State")
    changed = [(a, b) for a, b in zip(before.split("\n"), editor.text.split("\n"), strict=True) if a != b]
    assert changed == [('    role: "President"', '    role: "Head of State"'),  # in file order
                       ("    value: 3500000000", "    value: 3600000000")]
    assert editor.undo() == "edited 'role' of 'vladimir-putin-president'"
    assert editor.undo() == "edited 'value' of 'russia-vietnam-trade-2022'"
    assert editor.undo() is None and editor.text == before


def test_a_new_optional_field_goes_in_the_formats_order(draft: Path) -> None:
    editor = DeckEditor.open(draft)
    index = editor.index_of("justin-trudeau-prime-minister")
    editor.set_field(index, "of", "Canada")
    fact = editor.raw_fact(index)
    assert list(fact)[:5] == ["id", "kind", "name", "role", "of"]
    assert editor.facts[index].of == "Canada"  # type: ignore[attr-defined]


def test_a_reviewed_draft_passes_check_strict(draft: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--strict", str(draft)]) == 2  # two marks and a placeholder
    editor = DeckEditor.open(draft)
    figure = editor.index_of("figure-canadians-two-canadians")
    editor.set_field(figure, "what", "Canadians detained in China")
    for fact in list(editor.marked()):
        assert editor.accept(editor.index_of(fact.id))
    editor.save()
    capsys.readouterr()
    assert main(["check", "--strict", str(draft)]) == 0, capsys.readouterr().err


def test_add_a_fact_from_a_sentence_prefilled_by_the_extractor(draft: Path) -> None:
    editor = DeckEditor.open(draft)
    sentences = [s for view in articles(editor.path, editor.deck) for s in view.sentences]
    nafta = next(s for s in sentences if "North American Free Trade Agreement" in s.text)
    proposed = proposals(editor.path, editor.deck, nafta.source, nafta.text)
    assert proposed["agreement"]["what"] == "North American Free Trade Agreement"
    fields = dict(proposed["agreement"], what="support for the new North American Free Trade Agreement")
    index = editor.add_fact("agreement", fields, nafta.source, nafta.text)
    fact = editor.facts[index]
    assert fact.kind == "agreement" and fact.sources[0].quote == nafta.text
    assert fact.id not in {f.id for f in editor.facts[:index]}
    with pytest.raises(EditRefused):
        editor.add_fact("leader", {"name": "Nobody"}, nafta.source, nafta.text)  # no role
    with pytest.raises(EditRefused):
        editor.add_fact("leader", {"name": "A B", "role": "President"}, nafta.source, "Not in the article.")
    editor.save()
    assert not check_deck(draft).errors


def test_best_questions_are_shown_for_marked_facts_too(draft: Path) -> None:
    editor = DeckEditor.open(draft)
    shown = best_questions(editor.deck)
    nafta = shown["agreement-north-american-free-trade-agreement"]
    assert editor.facts[editor.index_of("agreement-north-american-free-trade-agreement")].review
    assert 1 <= len(nafta.questions) <= 2 and len({q.template for q in nafta.questions}) == len(nafta.questions)


def test_an_indentless_deck_keeps_its_layout(bundled: Path) -> None:
    text = bundled.read_text(encoding="utf-8")
    lines = text.split("\n")
    at = lines.index("facts:")
    flat = "\n".join(lines[:at + 1] + [ln[2:] if ln.startswith("  ") else ln for ln in lines[at + 1:]])
    bundled.write_text(flat, encoding="utf-8")
    assert not check_deck(bundled).errors
    editor = DeckEditor.open(bundled)
    editor.reject(editor.index_of("to-lam-president"))
    editor.set_field(0, "role", "President of Russia")
    assert "- id: to-lam-president" not in editor.text
    assert '  role: "President of Russia"' in editor.text.split("\n")
    assert "- id: pham-minh-chinh-prime-minister" in editor.text.split("\n")


def test_save_refuses_a_file_changed_on_disk(bundled: Path) -> None:
    editor = DeckEditor.open(bundled)
    editor.reject(0)
    bundled.write_text(bundled.read_text(encoding="utf-8") + "# edited elsewhere\n", encoding="utf-8")
    with pytest.raises(QuizgenError, match="changed on disk"):
        editor.save()
    assert bundled.read_text(encoding="utf-8").endswith("# edited elsewhere\n")


def test_an_invalid_deck_is_refused_as_check_reports_it(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\ntitle: t\nsources: []\nfacts: []\n", encoding="utf-8")
    with pytest.raises(QuizgenError) as exc:
        DeckEditor.open(bad)
    assert any("sources" in line for line in exc.value.lines())
