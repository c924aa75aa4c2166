"""quizgen extract ARTICLES_OR_DIRS... -o OUTDIR/: one deck per article in parallel processes, resumable,
one line per failure, never a half-written deck; -o FILE still merges one story's articles."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from test_extract_web import PAGES, WEB, run

from quizgen.cli import main
from quizgen.extract.batch import Job, run_job

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    src = tmp_path / "archive"
    (src / "2024").mkdir(parents=True)
    for p in TEXTS:
        shutil.copy(p, src / p.name)
    for p in WEB.glob("*.html"):
        shutil.copy(p, src / "2024" / p.name)
    (src / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (src / ".hidden.txt").write_text("not an article\n", encoding="utf-8")
    (src / "notes.md").write_text("not read\n", encoding="utf-8")
    return src


def test_a_directory_in_parallel_one_deck_each_failures_reported_and_resumable(
        archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "decks"
    code, _, err = run(capsys, "extract", str(archive), "-o", f"{out}/", "--jobs", "2")
    assert code == 0, err
    names = sorted(p.stem for p in out.glob("*.yaml"))
    assert names == sorted([p.stem.replace("_", "-") for p in TEXTS] +
                           [p.stem.replace("_", "-") for p in WEB.glob("*.html")])
    lines = err.strip().splitlines()
    assert [ln for ln in lines if "binary" in ln] == [f"{archive / 'broken.txt'}: looks like a binary file, "
                                                      f"not an article (plain text expected)"]
    assert lines[-1].startswith(f"{out}/: {len(names)} decks written, 1 failed")
    assert "Traceback" not in err
    for deck in out.glob("*.yaml"):
        assert main(["check", "-q", str(deck)]) == 0, deck
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temp files
    gov = yaml.safe_load((out / "gov-modi-moscow.yaml").read_text(encoding="utf-8"))
    assert gov["id"] == "gov-modi-moscow" and gov["sources"][0]["path"] == "gov-modi-moscow.txt"
    before = {p: p.stat().st_mtime_ns for p in out.iterdir()}
    # again: every deck already there is skipped, the page texts in out/ are not read as articles
    code, _, err = run(capsys, "extract", str(archive), str(out), "-o", f"{out}/")
    assert code == 0
    assert f"0 decks written, {len(names)} already there" in err
    assert {p: p.stat().st_mtime_ns for p in out.iterdir()} == before
    code, _, err = run(capsys, "extract", str(archive), "-o", f"{out}/", "--force", "--jobs", "1")
    assert f"{len(names)} decks written" in err


def test_every_article_failing_is_exit_2_and_writes_nothing(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"<!DOCTYPE html><html><body><nav>Home</nav></body></html>")
    code, _, err = run(capsys, "extract", str(bad), str(tmp_path / "missing.txt"), "-o", f"{tmp_path}/out/")
    assert code == 2
    assert "no article text" in err and "no such article file" in err and "0 decks written, 2 failed" in err
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_several_articles_to_a_file_are_still_merged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "story.yaml"
    assert run(capsys, "extract", *map(str, TEXTS[:2]), "-o", str(out))[0] == 0
    assert len(yaml.safe_load(out.read_text(encoding="utf-8"))["sources"]) == 2


def test_run_job_is_picklable_pure_and_never_raises(tmp_path: Path) -> None:
    import pickle

    job = Job(where="x", source=str(WEB / "gov_modi_moscow.html"), deck_path=str(tmp_path / "d.yaml"), deck_id="d")
    outcome = pickle.loads(pickle.dumps(run_job(pickle.loads(pickle.dumps(job)))))
    assert outcome.status == "written" and (tmp_path / "d.txt").is_file()
    assert run_job(job).status == "skipped"
    failed = run_job(Job(where="y", source=str(tmp_path / "nope.txt"), deck_path=str(tmp_path / "e.yaml")))
    assert failed.status == "failed" and failed.message == f"y: {tmp_path / 'nope.txt'}: no such article file"


@pytest.mark.slow
def test_two_processes_write_the_same_decks_as_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Parallel extraction changes nothing in the output (its speed is make bench's to measure, never a test's)."""
    src = tmp_path / "many"
    src.mkdir()
    for i in range(6):
        shutil.copy(PAGES["gov_modi_moscow"]["text"], src / f"a{i:03d}.txt")
    for jobs in ("1", "2"):
        assert run(capsys, "extract", str(src), "-o", f"{tmp_path}/out{jobs}/", "--jobs", jobs)[0] == 0
    one = {p.name: p.read_bytes() for p in (tmp_path / "out1").iterdir()}
    two = {p.name: p.read_bytes() for p in (tmp_path / "out2").iterdir()}
    assert one == two and len(one) >= 6
