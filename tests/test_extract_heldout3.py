"""quizgen extract on the third round of held-out articles (dev/extraction/heldout3/), whose gold was
committed before the extractor ever ran on them, and on texts written for the tests.

Each test pins a false fact or a miss that a general rule fixed, so that a later change cannot bring it
back; the floor test keeps the measured quality from sliding.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extracting import deck_of, facts, text_deck

from quizgen.cli import main

ROOT = Path(__file__).resolve().parents[1]
HELDOUT3 = ROOT / "dev" / "extraction" / "heldout3" / "articles"
ARTICLES = sorted(HELDOUT3.glob("*.txt"))


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
    # in the article "he" follows a sentence naming both Hurley and Albanese: whose meeting it is would be a
    # guess, so the event is dropped (heldout5); never misdated to the Tuesday before
    deck = deck_of(HELDOUT3 / "01_australia_election.txt", tmp_path)
    quad = [d for e, d in dates(deck).items() if "will meet" in e]
    assert quad in ([], ["2022-05-24"]), dates(deck)
    deck = text_deck("UK Prime Minister Rishi Sunak flew to Rome. There he will meet French President Emmanuel "
                     "Macron, German Chancellor Olaf Scholz and Italian Prime Minister Giorgia Meloni on Thursday.",
                     tmp_path)
    assert list(dates(deck).values()) == ["2023-11-16"], dates(deck)
    assert list(dates(deck)) == ["Rishi Sunak will meet Emmanuel Macron, Olaf Scholz and Giorgia Meloni"]


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


def leaders(deck: dict) -> dict[str, tuple[str, str | None]]:
    """name -> (role, of); the role in lower case (the list's capitals are a spelling choice)."""
    return {f["name"]: (f["role"].lower(), f.get("of")) for f in facts(deck, "leader")}


def test_a_returning_minister_gets_the_office_he_now_holds(tmp_path: Path) -> None:
    deck = deck_of(ROOT / "dev" / "extraction" / "heldout2" / "articles" / "03_uk_reshuffle.txt", tmp_path)
    got = leaders(deck)
    assert got["David Cameron"][0] == "foreign secretary", got
    assert "Suella Braverman" not in got, got  # sacked "as Home Secretary": leaving the office


def test_offices_taken_up_in_a_reshuffle(tmp_path: Path) -> None:
    deck = text_deck("Prime Minister Anna Berg has sacked Tom Hale as Finance Minister and brought back former "
                     "President Lars Moen as Foreign Minister. Eva Lind replaces Jon Dahl as Health Minister, "
                     "and Ola Brekke becomes Trade Minister. Nils Aas stays on as Chancellor of the Exchequer. "
                     "Ida Holm was sworn in as Norway's 31st prime minister on Monday.", tmp_path)
    got = leaders(deck)
    assert got["Lars Moen"][0] == "foreign minister", got
    assert got["Eva Lind"][0] == "health minister", got
    assert got["Ola Brekke"][0] == "trade minister", got
    assert got["Nils Aas"][0] == "chancellor of the exchequer", got
    assert got["Ida Holm"] == ("prime minister", "Norway"), got
    assert "Tom Hale" not in got and "Jon Dahl" not in got, got


def test_lower_case_offices_in_strong_structures(tmp_path: Path) -> None:
    deck = text_deck("Dana Kim, chief executive of Northwind, welcomed the ruling. Omar Haddad, spokesman for the "
                     "Green Front, signed for the rebels. Lena Park, Labor's deputy leader, said the vote was "
                     "close. The shadow home secretary, Yvette Cooper, said it had been a disaster. Labour's "
                     "deputy leader Angela Rayner agreed. The Greens, led by Ada Voss, won three seats. The "
                     "panel's ethics committee, chaired by Ivo Marsh, met in Geneva. WHO Director-General Tedros "
                     "Adhanom Ghebreyesus spoke.", tmp_path)
    got = leaders(deck)
    assert got["Dana Kim"] == ("chief executive", "Northwind"), got
    assert got["Omar Haddad"] == ("spokesman", "Green Front"), got
    assert got["Lena Park"] == ("deputy leader", "Labor"), got
    assert got["Yvette Cooper"][0] == "shadow home secretary", got
    assert got["Angela Rayner"] == ("deputy leader", "Labour"), got
    assert got["Ada Voss"] == ("leader", "Greens"), got
    assert got["Ivo Marsh"][0] == "chair", got
    assert got["Tedros Adhanom Ghebreyesus"] == ("director-general", "World Health Organization"), got


def test_offices_being_left_or_belonging_to_someone_else_are_not_facts(tmp_path: Path) -> None:
    deck = text_deck("Scott Morrison, the outgoing prime minister, conceded defeat. Jane Roe, the president's "
                     "spokesman, declined to comment. The talks, led by Ivan Petrov, ended. Albanese met Joe "
                     "Biden, Japanese Prime Minister Fumio Kishida and others.", tmp_path)
    got = leaders(deck)
    assert "Scott Morrison" not in got and "Ivan Petrov" not in got, got
    assert got.get("Jane Roe", ("",))[0] != "president", got  # she is the spokesman, not the president
    assert got.get("Joe Biden", ("",))[0] != "prime minister", got
    assert got["Fumio Kishida"] == ("prime minister", "Japan"), got


def test_dates_without_on(tmp_path: Path) -> None:
    """Monday 13 November 2023: "agreed Wednesday" is 8 November, "last September" 2023-09, "this month"
    2023-11; "Super Tuesday", "every Friday", "until Friday" and "later this month" are no event dates."""
    deck = text_deck("The two sides agreed Wednesday to a permanent ceasefire. The agency declared an emergency "
                     "Thursday, its highest level of alarm. The firm was fined last September for breaching the "
                     "rules. Three countries were confirmed this month as joint hosts. Voters go to the polls on "
                     "Super Tuesday. Talks are held every Friday until Friday. Ministers meet later this month.",
                     tmp_path)
    got = dates(deck)
    assert sorted(got.values()) == ["2023-09", "2023-11", "2023-11-08", "2023-11-09"], got
    assert not [e for e in got if e.startswith("PRETORIA")]


def test_an_agency_dateline_is_not_part_of_the_event(tmp_path: Path) -> None:
    deck = deck_of(ROOT / "dev" / "extraction" / "heldout2" / "articles" / "01_ethiopia_tigray_peace.txt", tmp_path)
    got = dates(deck)
    assert got and not [e for e in got if "(AP)" in e], got
    assert [e for e, d in got.items() if d == "2022-11-02" and "agreed" in e], got


def test_heldout3_quality_floor() -> None:
    """First blind run: precision 0.932, recall 0.547; after the fixes 0.981 and 0.693 (the one
    unmatched fact is 'Jorge Palacio, chair', which the gold, written first, calls 'chairman')."""
    from dev.extraction.evaluate import HELDOUT3 as BASE
    from dev.extraction.evaluate import evaluate

    res = evaluate(base=BASE)
    assert res["overall"][0] >= 0.98 and res["overall"][1] >= 0.69, res
