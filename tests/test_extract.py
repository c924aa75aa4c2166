"""quizgen extract, through its public faces: the CLI (quizgen.cli.main) and extract_deck()."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from quizgen.cli import main
from quizgen.extract import extract_deck

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "dev" / "extraction" / "articles"
OWN = ROOT / "tests" / "data" / "articles"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
ARTICLES = sorted(DEV.glob("*.txt")) + sorted(OWN.glob("*.txt")) + SEEDS
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def deck_of(paths: list[Path], tmp_path: Path) -> dict:
    return yaml.safe_load(extract_deck(paths, tmp_path).yaml_text)


def facts(deck: dict, kind: str) -> list[dict]:
    return [f for f in deck["facts"] if f["kind"] == kind]


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_every_quote_is_verbatim_and_ids_are_unique_slugs(article: Path, tmp_path: Path) -> None:
    deck = deck_of([article], tmp_path)
    text = article.read_text(encoding="utf-8")
    ids = [f["id"] for f in deck["facts"]]
    assert len(ids) == len(set(ids))
    assert SLUG.match(deck["id"])
    for fact in deck["facts"]:
        assert SLUG.match(fact["id"]), fact["id"]
        assert fact["kind"] in ("leader", "date", "figure", "agreement", "quote")
        assert fact["sources"]
        for src in fact["sources"]:
            assert src["quote"] in text, src["quote"]


def test_cli_writes_a_deck_that_quizgen_check_accepts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "decks" / "biden.yaml"
    assert main(["extract", str(DEV / "01_biden_hanoi.txt"), "-o", str(out), "--id", "biden-hanoi-2023"]) == 0
    deck = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert deck["id"] == "biden-hanoi-2023"
    src = deck["sources"][0]
    assert (out.parent / src["path"]).resolve() == (DEV / "01_biden_hanoi.txt").resolve()
    assert src["published"] == dt.date(2023, 9, 11)
    capsys.readouterr()
    assert main(["check", str(out)]) == 0


def test_relative_weekday_is_resolved_against_the_status_line(tmp_path: Path) -> None:
    deck = deck_of([DEV / "01_biden_hanoi.txt"], tmp_path)
    by_quote = {f["sources"][0]["quote"]: f["date"] for f in facts(deck, "date")}
    # Status 11.09.2023 is a Monday: "on Sunday" is the day before, "On Monday" the day itself.
    assert by_quote["Biden flew in on Sunday afternoon from the G20 summit in New Delhi."] == dt.date(2023, 9, 10)
    monday = [d for q, d in by_quote.items() if q.startswith("On Monday he also held talks")]
    assert monday == [dt.date(2023, 9, 11)]
    assert {str(f["date"]) for f in facts(deck, "date")} >= {"1995", "2013-07", "2023-10"}


def test_demonyms_become_country_names(tmp_path: Path) -> None:
    deck = deck_of([DEV / "03_putin_pyongyang.txt"], tmp_path)
    leaders = {f["name"]: f for f in facts(deck, "leader")}
    assert leaders["Kim Jong Un"]["role"] == "leader"
    assert leaders["Kim Jong Un"]["of"] == "North Korea"
    assert leaders["Sergei Lavrov"]["of"] == "Russia"
    parties = [set(f["parties"]) for f in facts(deck, "agreement")]
    assert {"Russia", "North Korea"} in parties
    assert {"North Korea", "Soviet Union"} in parties
    assert not {p for ps in parties for p in ps} & {"Russian", "North Korean", "Soviet", "Moscow", "Pyongyang"}


def test_clock_times_model_numbers_and_vague_words_are_not_figures(tmp_path: Path) -> None:
    biden = {f["value"] for f in facts(deck_of([DEV / "01_biden_hanoi.txt"], tmp_path), "figure")}
    putin = {f["value"] for f in facts(deck_of([DEV / "03_putin_pyongyang.txt"], tmp_path), "figure")}
    assert 737 not in biden               # Boeing 737 MAX: a model
    assert not {20, 16, 5.0} & {v for v in biden if v not in (5,)}  # G20 forum, "16:05" status time
    assert 50 in biden and 7_800_000_000 in biden and 5 in biden  # jets, deal, "fifth" president
    assert 4 not in putin                  # "Article 4": a clause number
    assert not {2.22, 222, 22} & putin     # "2:22 a.m.": a clock time
    assert 1 not in putin                  # "first trip": not a count
    assert putin == {2, 23, 24, 3}         # two hours, 23 articles, 24 years, three times


def test_money_scale_currency_and_when(tmp_path: Path) -> None:
    deck = deck_of([OWN / "japan_philippines.txt", OWN / "eu_mercosur.txt"], tmp_path)
    got = {(f["value"], f["unit"]): f for f in facts(deck, "figure")}
    assert (1_600_000_000, "JPY") in got
    assert (111_000_000_000, "EUR") in got and got[(111_000_000_000, "EUR")]["when"] == "2023"
    assert (700_000_000, "people") in got
    assert got[(90, "%")]["text"] == "more than 90 percent"
    leaders = {f["name"] for f in facts(deck, "leader")}
    assert {"Ursula von der Leyen", "Luiz Inácio Lula da Silva", "Santiago Peña", "Yoko Kamikawa"} <= leaders


def test_several_articles_merge_and_conflicts_are_flagged(tmp_path: Path) -> None:
    deck = deck_of(SEEDS, tmp_path)
    assert [s["id"] for s in deck["sources"]] == ["a", "b"]
    putin = next(f for f in facts(deck, "leader") if f["name"] == "Vladimir Putin")
    assert {q["source"] for q in putin["sources"]} == {"a", "b"}
    disputed = [f for f in deck["facts"] if f.get("disputed")]
    assert disputed and all("disagree" in f["notes"] for f in disputed)


def test_conflicting_values_are_both_kept(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Trade talks\n\nStatus: 03.05.2024 10:00\n\nTrade between Chile and Japan reached "
                 "$12.5 billion in 2023, officials said.\n", encoding="utf-8")
    b.write_text("Chile and Japan\n\nStatus: 04.05.2024 09:00\n\nTrade between Chile and Japan reached "
                 "$13.1 billion in 2023, the ministry said.\n", encoding="utf-8")
    deck = deck_of([a, b], tmp_path)
    money = [f for f in facts(deck, "figure") if f["unit"] == "USD"]
    assert sorted(f["value"] for f in money) == [12_500_000_000, 13_100_000_000]
    assert all(f["disputed"] is True and "disagree" in f["notes"] for f in money)
    assert {f["sources"][0]["source"] for f in money} == {"a", "b"}


def test_same_fact_in_two_articles_lists_each_source(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Visit\n\nStatus: 03.05.2024 10:00\n\nPresident Gabriel Boric met Japanese Prime Minister "
                 "Fumio Kishida in Tokyo on Monday.\n", encoding="utf-8")
    b.write_text("Visit\n\nStatus: 03.05.2024 12:00\n\nChilean President Gabriel Boric arrived in Tokyo, "
                 "where he met Prime Minister Fumio Kishida.\n", encoding="utf-8")
    deck = deck_of([a, b], tmp_path)
    kishida = [f for f in facts(deck, "leader") if f["name"] == "Fumio Kishida"]
    assert len(kishida) == 1
    assert [s["source"] for s in kishida[0]["sources"]] == ["a", "b"]
    boric = next(f for f in facts(deck, "leader") if f["name"] == "Gabriel Boric")
    assert boric["of"] == "Chile"
    monday = [f for f in facts(deck, "date") if f["date"] == dt.date(2024, 4, 29)]
    assert monday  # Status 03.05.2024 is a Friday: "on Monday" was 29 April


def test_force_is_needed_to_replace_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "deck.yaml"
    out.write_text("mine\n", encoding="utf-8")
    art = str(DEV / "05_modi_moscow.txt")
    assert main(["extract", art, "-o", str(out)]) == 2
    assert out.read_text(encoding="utf-8") == "mine\n"
    assert "already exists" in capsys.readouterr().err
    assert main(["extract", art, "-o", str(out), "--force"]) == 0
    assert out.read_text(encoding="utf-8").startswith("# Draft deck")


def test_dash_writes_to_stdout(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["extract", str(DEV / "05_modi_moscow.txt"), "-o", "-"]) == 0
    out = capsys.readouterr().out
    deck = yaml.safe_load(out)
    assert any(f["kind"] == "leader" and f["name"] == "Narendra Modi" for f in deck["facts"])
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("content, message", [
    (None, "no such article file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
    (b"", "empty"),
    (b"Title\n\ncaf\xe9 au lait\n", "not UTF-8"),
])
def test_bad_input_is_a_clear_error_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    content: bytes | None, message: str) -> None:
    art = tmp_path / "in.txt"
    if content is not None:
        art.write_bytes(content)
    assert main(["extract", str(art), "-o", str(tmp_path / "out.yaml")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{art}:") and message in err
    assert "Traceback" not in err
    assert not (tmp_path / "out.yaml").exists()


def test_bad_flags_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    art = str(DEV / "05_modi_moscow.txt")
    assert main(["extract", art, "-o", str(tmp_path / "x.yaml"), "--published", "yesterday"]) == 2
    assert main(["extract", art, "-o", str(tmp_path / "x.yaml"), "--id", "Not A Slug"]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_output_is_byte_identical_across_runs(tmp_path: Path) -> None:
    one, two = tmp_path / "one.yaml", tmp_path / "two.yaml"
    args = [str(p) for p in SEEDS]
    assert main(["extract", *args, "-o", str(one)]) == 0
    assert main(["extract", *args, "-o", str(two)]) == 0
    assert one.read_bytes() == two.read_bytes()


def test_output_does_not_depend_on_the_interpreter_s_hash_seed(tmp_path: Path) -> None:
    """Titles of one length ("Queen Consort", "Queen consort") were once read in set order, which changes with
    PYTHONHASHSEED: the same article gave a different deck in another process."""
    art = tmp_path / "a.txt"
    art.write_text("Portrait unveiled\n\nPublished: 2024-05-14\n\nQueen Consort Camilla unveiled the portrait of King "
                   "Charles III. Prime Minister Rishi Sunak attended.\n", encoding="utf-8")
    outs = set()
    for seed in ("0", "1", "2", "3", "4", "5"):
        out = tmp_path / f"{seed}.yaml"
        subprocess.run([sys.executable, "-m", "quizgen", "extract", str(art), "-o", str(out)], check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True)
        outs.add(out.read_bytes())
    assert len(outs) == 1


def test_published_flag_dates_an_undated_article(tmp_path: Path) -> None:
    art = tmp_path / "undated.txt"
    shutil.copy(SEEDS[1], art)
    undated = deck_of([art], tmp_path)
    assert "published" not in undated["sources"][0]
    dated = yaml.safe_load(extract_deck([art], tmp_path, published=dt.date(2024, 6, 20)).yaml_text)
    assert dated["sources"][0]["published"] == dt.date(2024, 6, 20)
    assert dt.date(2024, 6, 19) in {f["date"] for f in facts(dated, "date")}


def test_sentence_splitting_keeps_abbreviations_and_decimals(tmp_path: Path) -> None:
    art = tmp_path / "abbr.txt"
    art.write_text("Talks in Washington\n\nStatus: 12.03.2024 08:00\n\n"
                   "U.S. Secretary of State Antony Blinken landed at 7:45 a.m. on Tuesday in Manila. "
                   "The U.S. will give $1.5 billion to the Philippines. Dr. Smith said so. "
                   "Avalanches shook Mt. Everest, killing at least 18 climbers.\n", encoding="utf-8")
    deck = deck_of([art], tmp_path)
    quotes = {s["quote"] for f in deck["facts"] for s in f["sources"]}
    assert "U.S. Secretary of State Antony Blinken landed at 7:45 a.m. on Tuesday in Manila." in quotes
    assert "The U.S. will give $1.5 billion to the Philippines." in quotes
    assert "Avalanches shook Mt. Everest, killing at least 18 climbers." in quotes  # round 13: cut at "Mt."
    blinken = next(f for f in facts(deck, "leader") if f["name"] == "Antony Blinken")
    assert blinken["of"] == "United States"
    assert {f["value"] for f in facts(deck, "figure")} == {1_500_000_000, 18}


def test_a_list_item_s_mark_is_no_part_of_its_sentence(tmp_path: Path) -> None:
    art = tmp_path / "results.txt"
    art.write_text("Election results\n\nPublished: 2017-06-09\n\nThe election has resulted in a hung Parliament.\n\n"
                   " – The SNP have won 35 seats (down by 21)\n\n • The Labour Party have won 262 seats (up by 30)\n",
                   encoding="utf-8")
    quotes = {s["quote"] for f in facts(deck_of([art], tmp_path), "figure") for s in f["sources"]}
    assert quotes == {"The SNP have won 35 seats (down by 21)", "The Labour Party have won 262 seats (up by 30)"}


def test_dev_set_quality_floor() -> None:
    from dev.extraction.evaluate import evaluate

    res = evaluate()
    p, r, f1 = res["overall"]
    assert p >= 0.92 and r >= 0.88 and f1 >= 0.90, res
    for kind in ("leader", "date", "figure", "agreement"):
        assert res[kind][2] >= 0.80, (kind, res[kind])


def test_vague_amounts_speech_dates_and_designations_are_left_out(tmp_path: Path) -> None:
    deck = deck_of([OWN / "baerbock_kyiv.txt"], tmp_path)
    values = {f["value"] for f in facts(deck, "figure")}
    assert not values & {16, 19, 100, 11.15, 1115}   # F-16, COVID-19, "several hundred", "11:15"
    assert {12, 46, 23, 28_000_000_000, 1_100_000} <= values
    dates = {str(f["date"]) for f in facts(deck, "date")}
    assert "2024-09-10" not in dates      # "she said on Tuesday": when it was said, not an event
    assert "2022-02" not in dates         # "Since February 2022": a period, not an event
    assert {"2024-09-24", "2024-10"} <= dates  # "on September 24", "meets again in October" (this year)
    memo = facts(deck, "agreement")
    assert [sorted(f["parties"]) for f in memo] == [["Germany", "Ukraine"]]


def test_verbal_agreements_and_vague_counts(tmp_path: Path) -> None:
    deck = deck_of([OWN / "biden_xi_woodside.txt"], tmp_path)
    assert deck["sources"][0]["published"] == dt.date(2023, 11, 15)   # "WOODSIDE, California, Nov. 15, 2023 —"
    whats = [f["what"] for f in facts(deck, "agreement")]
    assert any(w.startswith("agreement to resume military-to-military communications") for w in whats)
    assert all(sorted(f["parties"]) == ["China", "United States"] for f in facts(deck, "agreement"))
    values = {f["value"] for f in facts(deck, "figure")}
    assert not values & {2, 9, 701, 11.15}  # "two largest economies", "first nine months", "N701", "11:15 a.m."
    assert {4, 70_000, 500_000_000_000, 17, 80} <= values


def test_wire_dateline_gives_the_publication_date(tmp_path: Path) -> None:
    deck = deck_of([OWN / "putin_xi_beijing.txt"], tmp_path)
    assert deck["sources"][0]["published"] == dt.date(2024, 5, 16)
    quotes = [s["quote"] for f in deck["facts"] for s in f["sources"]]
    assert not any(q.startswith("BEIJING") for q in quotes)
    dates = {str(f["date"]) for f in facts(deck, "date")}
    assert {"2024-05-16", "2024-05-07", "2024-05-17", "2022-02"} <= dates
    assert "2023" not in dates            # "107 million tonnes last year": the figure's period
    agreements = facts(deck, "agreement")
    assert all(sorted(f["parties"]) == ["China", "Russia"] for f in agreements)
    whats = " | ".join(f["what"] for f in agreements)
    assert "joint statement" in whats and '"no limits" partnership' in whats and "national currencies" in whats


def test_of_from_a_meeting_with_the_other_sides_leader(tmp_path: Path) -> None:
    deck = deck_of(SEEDS, tmp_path)
    leaders = {f["name"]: f for f in facts(deck, "leader")}
    assert leaders["To Lam"]["of"] == "Vietnam"          # "the Kremlin chief met with President To Lam"
    assert "inferred" in leaders["To Lam"]["notes"]
    assert leaders["Pham Minh Chinh"]["of"] == "Vietnam"  # merged with a's misspelt "Chinhder"
    assert "Chinhder" in leaders["Pham Minh Chinh"]["notes"]
    assert leaders["Kim Jong Un"]["of"] == "North Korea"


def test_offices_written_in_full_before_the_name(tmp_path: Path) -> None:
    art = tmp_path / "offices.txt"
    art.write_text("Offices\n\nStatus: 14.11.2024 10:00\n\nHe met Chairman of the National Assembly Vuong Dinh Hue. "
                   "Nguyen Phu Trong, General Secretary of the Communist Party of Vietnam, attended. "
                   "Vietnamese Minister of Foreign Affairs Bui Thanh Son met NATO Secretary General Mark Rutte. "
                   "Kremlin spokesman Dmitry Peskov said nothing.\n", encoding="utf-8")
    got = {f["name"]: (f["role"], f.get("of")) for f in facts(deck_of([art], tmp_path), "leader")}
    assert got == {
        "Vuong Dinh Hue": ("Chairman of the National Assembly", None),
        "Nguyen Phu Trong": ("General Secretary", "Communist Party of Vietnam"),
        "Bui Thanh Son": ("Minister of Foreign Affairs", "Vietnam"),
        "Mark Rutte": ("Secretary General", "NATO"),
        "Dmitry Peskov": ("spokesman", "Russia"),
    }
