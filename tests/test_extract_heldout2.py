"""quizgen extract on the second round of held-out articles (dev/extraction/heldout2/), whose gold was
committed before the extractor ever ran on them.

Each test pins a false fact the extractor produced on them before a general rule fixed it, so that a
later change cannot bring it back; the floor test keeps the measured quality from sliding; the last
test runs the same rules on a text written for the test, so that they are not only true of these six.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml
from extracting import deck_of, facts

from quizgen.cli import main

ROOT = Path(__file__).resolve().parents[1]
HELDOUT2 = ROOT / "dev" / "extraction" / "heldout2" / "articles"
HELDOUT = ROOT / "dev" / "extraction" / "heldout" / "articles"
ARTICLES = sorted(HELDOUT2.glob("*.txt"))
CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)", re.I)
MODEL = re.compile(r"\b[A-Z]{1,4}\d+[A-Z]?\b|\biPhone \d+\b")  # "TB2", "iPhone 15"


def test_there_are_six_articles_with_gold() -> None:
    assert len(ARTICLES) == 6
    for a in ARTICLES:
        assert (a.parent.parent / "gold" / f"{a.stem}.yaml").is_file(), a


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_deck_passes_check_and_no_figure_is_a_clock_time_or_model_number(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "deck.yaml"
    assert main(["extract", str(article), "-o", str(out)]) == 0
    assert main(["check", str(out)]) == 0
    deck = yaml.safe_load(out.read_text(encoding="utf-8"))
    text = article.read_text(encoding="utf-8")
    models = {m.group(0) for m in MODEL.finditer(text)} - {"G7"}
    for f in facts(deck, "figure"):
        assert not CLOCK.search(str(f["text"])), f
        number = re.compile(rf"(?<![\d.]){f['value']}(?![\d.])")
        # a figure written in words ("a two-year war") cannot come from a model number ("TB2")
        digits = re.search(r"\d", str(f["text"])) is not None
        assert not any(m in str(f["text"]) or digits and number.search(m) for m in models), (f, models)


def test_heldout2_quality_floor() -> None:
    """Measured after the fixes: precision 0.992, recall 0.726 overall (before: 0.939 and 0.709)."""
    from dev.extraction.evaluate import HELDOUT2 as BASE
    from dev.extraction.evaluate import evaluate

    res = evaluate(base=BASE)
    p, r, _ = res["overall"]
    assert p >= 0.97 and r >= 0.70, res
    for kind in ("leader", "date", "figure", "agreement"):
        assert res[kind][0] >= 0.95, (kind, res[kind])


def test_british_dateline_is_no_event_date_and_a_forum_name_is_no_count(tmp_path: Path) -> None:
    deck = deck_of(HELDOUT2 / "02_g7_apulia.txt", tmp_path)
    assert deck["sources"][0]["published"] == dt.date(2024, 6, 14)
    quotes = [s["quote"] for f in deck["facts"] for s in f["sources"]]
    assert not any(q.startswith("BARI") for q in quotes)            # "BARI, Italy, 14 June (Reuters) -"
    loan = [f for f in facts(deck, "date") if "$50 billion loan" in f["event"]]
    assert [str(f["date"]) for f in loan] == ["2024-06-13"]          # "agreed on Thursday", not the 14th
    assert not any(f["value"] == 7 for f in facts(deck, "figure"))   # "the Group of Seven"


def test_agreement_parties_are_the_signatories(tmp_path: Path) -> None:
    deck = deck_of(HELDOUT2 / "02_g7_apulia.txt", tmp_path)
    parties = [sorted(f["parties"]) for f in facts(deck, "agreement")]
    assert ["Ukraine", "United States"] in parties                   # Biden and Zelensky signed, not Italy
    assert not any("Russia" in p or "Italy" in p for p in parties)   # "frozen Russian assets", the host


def test_lakh_crore_amounts(tmp_path: Path) -> None:
    deck = deck_of(HELDOUT2 / "04_india_interim_budget.txt", tmp_path)
    money = {(f["value"], f["unit"]) for f in facts(deck, "figure")}
    assert {(11_110_000_000_000, "INR"), (14_130_000_000_000, "INR"), (47_660_000_000_000, "INR"),
            (62_000_000_000, "INR")} <= money
    assert not any(u == "rupees" or v in (1_413_000, 4_766_000, 11.11) for v, u in money)


def test_pronouns_and_clauses_keep_their_own_subject(tmp_path: Path) -> None:
    uk = deck_of(HELDOUT2 / "03_uk_reshuffle.txt", tmp_path)
    events = {f["event"]: str(f["date"]) for f in facts(uk, "date")}
    assert not any("Cameron" in e for e, d in events.items() if d == "2022-10")   # it was Braverman
    assert not any("former David Cameron" in e for e in events)
    who = deck_of(HELDOUT2 / "06_who_mpox.txt", tmp_path)
    events = {f["event"]: str(f["date"]) for f in facts(who, "date")}
    assert not any("killed" in e for e in events)       # "The WHO killed around 200 people"
    assert "2023" not in events.values()                # "exceeding last year's total"


def test_with_clauses_make_one_agreement_each(tmp_path: Path) -> None:
    deck = deck_of(HELDOUT / "03_japan_philippines_pact.txt", tmp_path)
    got = {(tuple(sorted(f["parties"])), str(f.get("date"))) for f in facts(deck, "agreement")}
    assert (("Australia", "Japan"), "2022-01") in got
    assert (("Japan", "United Kingdom"), "2023-01") in got
    assert not any("Australia" in p and "United Kingdom" in p for p, _ in got)


def test_the_rules_on_a_new_text(tmp_path: Path) -> None:
    art = tmp_path / "new.txt"
    art.write_text(
        "Spain signs gas deals as G20 ministers meet\n\n"
        "5 March 2025 10:15 GMT\n\n"
        "MADRID, 5 March (Reuters) - Spain agreed on Monday to buy gas from Algeria, the ministry said.\n\n"
        "Madrid has similar agreements with Qatar, signed in May 2019, and with Nigeria, signed in June 2021. "
        "Finance ministers of the Group of Twenty will meet in Seville. "
        "An Indian refiner will invest Rs 2.5 lakh crore in new plants, exceeding last year's total.\n",
        encoding="utf-8")
    deck = deck_of(art, tmp_path)
    assert deck["sources"][0]["published"] == dt.date(2025, 3, 5)
    assert [str(f["date"]) for f in facts(deck, "date") if "Algeria" in f["event"]] == ["2025-03-03"]
    got = {(tuple(sorted(f["parties"])), str(f.get("date"))) for f in facts(deck, "agreement")}
    assert (("Qatar", "Spain"), "2019-05") in got and (("Nigeria", "Spain"), "2021-06") in got
    assert not any(len(p) > 2 for p, _ in got)
    figures = {(f["value"], f["unit"]) for f in facts(deck, "figure")}
    assert (2_500_000_000_000, "INR") in figures
    assert not any(v == 20 for v, _ in figures)                      # "the Group of Twenty"
    assert "2024" not in {str(f["date"]) for f in facts(deck, "date")}
