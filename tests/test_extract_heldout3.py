"""quizgen extract on the third round of held-out articles (dev/extraction/heldout3/), whose gold was
committed before the extractor ever ran on them, and on texts written for the tests.

Each test pins a false fact or a miss that a general rule fixed, so that a later change cannot bring it
back; the floor test keeps the measured quality from sliding.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from quizgen.cli import main
from quizgen.extract import extract_deck

ROOT = Path(__file__).resolve().parents[1]
HELDOUT3 = ROOT / "dev" / "extraction" / "heldout3" / "articles"
ARTICLES = sorted(HELDOUT3.glob("*.txt"))


def deck_of(path: Path, tmp_path: Path) -> dict:
    return yaml.safe_load(extract_deck([path], tmp_path).yaml_text)


def text_deck(body: str, tmp_path: Path, published: str = "13.11.2023") -> dict:
    art = tmp_path / "article.txt"
    art.write_text(f"Headline for a test\n\nStatus: {published} 10:00\n\n{body}\n", encoding="utf-8")
    return deck_of(art, tmp_path)


def facts(deck: dict, kind: str) -> list[dict]:
    return [f for f in deck["facts"] if f["kind"] == kind]


def dates(deck: dict) -> dict[str, str]:
    """event -> ISO date (as text)."""
    return {f["event"]: str(f["date"]) for f in facts(deck, "date")}


def test_there_are_three_articles_with_gold() -> None:
    assert len(ARTICLES) == 3
    for a in ARTICLES:
        assert (a.parent.parent / "gold" / f"{a.stem}.yaml").is_file(), a


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_deck_passes_check(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "deck.yaml"
    assert main(["extract", str(article), "-o", str(out)]) == 0
    assert main(["check", str(out)]) == 0


def test_planned_weekday_after_a_list_of_names_is_the_next_one(tmp_path: Path) -> None:
    deck = deck_of(HELDOUT3 / "01_australia_election.txt", tmp_path)
    quad = [d for e, d in dates(deck).items() if "will meet" in e]
    assert quad == ["2022-05-24"], dates(deck)
    deck = text_deck("There she will meet French President Emmanuel Macron, German Chancellor Olaf Scholz and "
                     "Italian Prime Minister Giorgia Meloni on Thursday.", tmp_path)
    assert list(dates(deck).values()) == ["2023-11-16"], dates(deck)


def test_a_possessive_weekday_dates_its_noun_not_a_later_act(tmp_path: Path) -> None:
    deck = deck_of(HELDOUT3 / "03_fifa_ban.txt", tmp_path)
    assert not [e for e in dates(deck) if "appeal" in e.lower()], dates(deck)
    deck = text_deck("The club said it would challenge Friday's ruling in court.", tmp_path)
    assert dates(deck) == {}


def test_a_later_year_naming_an_event_does_not_date_the_sentence(tmp_path: Path) -> None:
    deck = deck_of(HELDOUT3 / "03_fifa_ban.txt", tmp_path)
    assert "2030" not in dates(deck).values(), dates(deck)
    deck = text_deck("Brisbane was confirmed as host of the 2032 Olympic Games in July.", tmp_path)
    assert "2032" not in dates(deck).values(), dates(deck)


def test_an_appositive_clause_keeps_its_date_to_itself(tmp_path: Path) -> None:
    deck = deck_of(ROOT / "dev" / "extraction" / "heldout2" / "articles" / "03_uk_reshuffle.txt", tmp_path)
    assert dates(deck).get("Greensill Capital collapsed") == "2021", dates(deck)
    assert not [e for e, d in dates(deck).items() if d == "2021" and "chairman" in e], dates(deck)
    deck = text_deck("She sat on the board of Northwind Bank, a lender that failed in 2019.", tmp_path)
    assert dates(deck) == {"Northwind Bank failed": "2019"}, dates(deck)
