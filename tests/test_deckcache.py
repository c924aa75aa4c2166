"""The deck cache across runs: a second run gives the same bytes from the cache; an edit to the deck or
to a source it quotes, a damaged entry, an unwritable cache directory or --no-cache never changes what
a command says. Speed is `make bench`'s business, not these tests'."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from deckpaths import ROOT

import quizgen.deck
from quizgen import deckcache
from quizgen.cli import main

ARTICLE = "Title line\n\nPresident Jane Roe of Elbonia met Ruritania's envoy.\nTrade hit $5 billion.\n"
DECK = """
id: cache-deck
title: Cache deck
sources:
  - id: a
    path: article.txt
    title: An article
    published: 2024-06-20
facts:
  - id: jane-roe
    kind: leader
    name: Jane Roe
    role: President
    of: Elbonia
    sources:
      - source: a
        quote: President Jane Roe of Elbonia met Ruritania's envoy.
  - id: trade
    kind: figure
    what: trade
    value: 5000000000
    unit: USD
    text: $5 billion
    review: the unit
    sources:
      - source: a
        quote: Trade hit $5 billion.
"""


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "cache"
    monkeypatch.setenv("QUIZGEN_CACHE_DIR", str(root))
    return root


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "deck.yaml"
    path.write_text(textwrap.dedent(DECK).lstrip(), encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str, str]:
    """One run of `quizgen ARGS` as a new process would make it: nothing remembered in memory."""
    monkeypatch.setattr(quizgen.deck, "_CACHE", {})
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def entries(cache: Path) -> list[Path]:
    """The checked decks' entries (what is worked out from them, in derived/, is test_derivedcache.py's)."""
    return sorted(p for p in cache.rglob("*") if p.is_file() and "derived" not in p.relative_to(cache).parts)


def stamp(path: Path) -> tuple[int, int, bytes]:
    st = path.stat()
    return st.st_ino, st.st_mtime_ns, path.read_bytes()


def test_second_run_is_byte_identical_and_read_from_the_cache(
        cache: Path, deck: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    uncached = run(capsys, monkeypatch, "check", str(deck), "--no-cache")
    first = run(capsys, monkeypatch, "check", str(deck))
    [entry] = entries(cache)
    before = stamp(entry)
    second = run(capsys, monkeypatch, "check", str(deck))
    assert first == second == uncached
    assert "marked for review" in second[2]  # warnings come back too
    assert entries(cache) == [entry] and stamp(entry) == before  # read, not rewritten (a miss rewrites)
    # questions and export read the same entry
    q1 = run(capsys, monkeypatch, "questions", str(deck), "--format", "json")
    q2 = run(capsys, monkeypatch, "questions", str(deck), "--format", "json", "--no-cache")
    assert q1 == q2 and q1[0] == 0
    assert entries(cache) == [entry] and stamp(entry) == before


def test_served_from_the_cache_without_parsing(
        cache: Path, deck: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    first = run(capsys, monkeypatch, "check", str(deck))

    def no_parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed although the cache holds this deck")

    monkeypatch.setattr(quizgen.deck, "_check_bytes", no_parse)
    assert run(capsys, monkeypatch, "check", str(deck)) == first


def test_across_processes(cache: Path, deck: Path) -> None:
    env = {**os.environ, "QUIZGEN_CACHE_DIR": str(cache)}

    def check() -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "quizgen", "check", str(deck)], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)

    first = check()
    [entry] = entries(cache)
    before = stamp(entry)
    second = check()
    assert (first.returncode, first.stdout, first.stderr) == (second.returncode, second.stdout, second.stderr)
    assert first.returncode == 0 and "2 facts" in first.stdout
    assert stamp(entry) == before


def test_editing_the_deck_invalidates_its_entry(
        cache: Path, deck: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    run(capsys, monkeypatch, "check", str(deck))
    [entry] = entries(cache)
    before = stamp(entry)
    deck.write_text(deck.read_text(encoding="utf-8").replace("    review: the unit\n", ""), encoding="utf-8")
    code, out, err = run(capsys, monkeypatch, "check", str(deck))
    assert (code, err) == (0, "") and (code, out, err) == run(capsys, monkeypatch, "check", str(deck), "--no-cache")
    assert stamp(entry) != before and entries(cache) == [entry]  # one entry per deck path, replaced
    deck.write_text(deck.read_text(encoding="utf-8").replace("    role: President\n", ""), encoding="utf-8")
    code, _, err = run(capsys, monkeypatch, "check", str(deck))
    assert code == 2 and "missing 'role'" in err


def test_editing_a_source_invalidates_the_entry(
        cache: Path, deck: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    ok = run(capsys, monkeypatch, "check", str(deck))
    assert ok[0] == 0
    article = deck.parent / "article.txt"
    article.write_text(ARTICLE.replace("$5 billion", "$6 billion"), encoding="utf-8")
    code, _, err = run(capsys, monkeypatch, "check", str(deck))
    assert code == 2 and "quote not found verbatim" in err
    article.write_text(ARTICLE, encoding="utf-8")
    assert run(capsys, monkeypatch, "check", str(deck)) == ok
    article.unlink()
    code, _, err = run(capsys, monkeypatch, "check", str(deck))
    assert code == 2 and "no such file" in err
    # without quote checks the article is not read, so its absence changes nothing
    assert run(capsys, monkeypatch, "check", str(deck), "--no-quotes")[0] == 0


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _random(data: bytes) -> bytes:
    return os.urandom(len(data))


def _other_format(data: bytes) -> bytes:
    return data[: len(deckcache.MAGIC) - 1] + bytes([deckcache.FORMAT + 1]) + data[len(deckcache.MAGIC):]


def _flipped(data: bytes) -> bytes:  # one bit of a name: still well-formed, only the checksum can tell
    at = data.rindex(b"Jane Roe") + 1
    return data[:at] + bytes([data[at] ^ 0x04]) + data[at + 1:]


def _empty(data: bytes) -> bytes:
    return b""


@pytest.mark.parametrize("damage", [_truncated, _random, _other_format, _flipped, _empty])
def test_a_damaged_entry_is_ignored_and_rewritten(
        cache: Path, deck: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        damage) -> None:
    command = ("questions", str(deck), "--format", "json", "--count", "all")  # every field of every fact shows
    good = run(capsys, monkeypatch, *command)
    assert good == run(capsys, monkeypatch, *command, "--no-cache")
    [entry] = entries(cache)
    entry.write_bytes(damage(entry.read_bytes()))
    damaged = stamp(entry)
    assert run(capsys, monkeypatch, *command) == good
    assert stamp(entry)[2] != damaged[2]  # rewritten
    rewritten = stamp(entry)
    assert run(capsys, monkeypatch, *command) == good
    assert stamp(entry) == rewritten  # and good again: read, not rewritten


def test_an_entry_for_another_deck_is_not_used(
        cache: Path, deck: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """An intact entry copied over another deck's (a stale one, as if the key were wrong) is a miss."""
    other = tmp_path / "other.yaml"
    other.write_text(deck.read_text(encoding="utf-8").replace("Cache deck", "Other deck")
                     .replace("jane-roe", "jane"), encoding="utf-8")
    run(capsys, monkeypatch, "check", str(deck))
    [entry] = entries(cache)
    expected = run(capsys, monkeypatch, "check", str(other), "--no-cache")
    run(capsys, monkeypatch, "check", str(other))
    [other_entry] = [p for p in entries(cache) if p != entry]
    other_entry.write_bytes(entry.read_bytes())
    assert run(capsys, monkeypatch, "questions", str(other), "--format", "json") == \
        run(capsys, monkeypatch, "questions", str(other), "--format", "json", "--no-cache")
    assert run(capsys, monkeypatch, "check", str(other)) == expected


def test_a_cache_path_that_is_a_file_does_not_fail_the_command(
        tmp_path: Path, deck: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("QUIZGEN_CACHE_DIR", str(blocker))
    expected = run(capsys, monkeypatch, "check", str(deck), "--no-cache")
    assert run(capsys, monkeypatch, "check", str(deck)) == expected
    assert run(capsys, monkeypatch, "check", str(deck)) == expected
    assert blocker.read_text(encoding="utf-8") == "x"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes into read-only directories")
def test_a_read_only_cache_dir_does_not_fail_the_command(
        cache: Path, deck: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    cache.mkdir()
    cache.chmod(0o500)
    try:
        expected = run(capsys, monkeypatch, "check", str(deck), "--no-cache")
        assert run(capsys, monkeypatch, "check", str(deck)) == expected
        assert entries(cache) == []
    finally:
        cache.chmod(0o700)


def _limit_file_size() -> None:  # in the child: any file write over 4 KB fails (EFBIG), as on a full disk
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


def test_a_full_disk_does_not_fail_the_command_and_leaves_no_temp_file(cache: Path, tmp_path: Path) -> None:
    """A deck whose entry is larger than the writable space: the write fails half way, silently."""
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    facts = "".join(f"  - id: f-{i}\n    kind: leader\n    name: Jane Roe\n    role: President\n"
                    f"    sources:\n      - source: a\n        quote: Trade hit $5 billion.\n" for i in range(60))
    big = tmp_path / "big.yaml"
    big.write_text(textwrap.dedent(DECK).lstrip().split("facts:")[0] + "facts:\n" + facts, encoding="utf-8")
    env = {**os.environ, "QUIZGEN_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "quizgen", "check", str(big)]
    full = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                          preexec_fn=_limit_file_size)
    plain = subprocess.run([*command, "--no-cache"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert (full.returncode, full.stdout, full.stderr) == (plain.returncode, plain.stdout, plain.stderr)
    assert full.returncode == 0 and "60 facts" in full.stdout
    assert entries(cache) == []  # neither a half entry nor a temp file


def test_concurrent_runs_agree_and_leave_one_good_entry(cache: Path, deck: Path) -> None:
    env = {**os.environ, "QUIZGEN_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "quizgen", "check", str(deck)]
    procs = [subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(3)]
    results = [(p.wait(timeout=120), *p.communicate()) for p in procs]
    assert len(set(results)) == 1 and results[0][0] == 0
    [entry] = entries(cache)
    before = stamp(entry)
    again = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert (again.returncode, again.stdout, again.stderr) == results[0]
    assert stamp(entry) == before


@pytest.mark.parametrize("command", [
    ["check"], ["questions"], ["questions", "--format", "json"], ["export", "gift"]])
def test_no_cache_writes_nothing(cache: Path, deck: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch, command: list[str]) -> None:
    args = [*command, str(deck), "--no-cache"]
    if command[0] == "export":
        args += ["-o", str(tmp_path / "out.gift.txt")]
    code, _, err = run(capsys, monkeypatch, *args)
    assert code == 0, err
    assert not cache.exists()


def test_the_fingerprint_covers_every_module_that_checks_a_deck(deck: Path) -> None:
    """A change to any module the loader runs must invalidate entries: CODE_MODULES lists them all."""
    probe = ("import sys, quizgen.deck\n"
             f"quizgen.deck.check_deck({str(deck)!r}, cache=False)\n"
             "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] == 'quizgen')))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True,
                         timeout=120).stdout.split()
    loaded = {m.removeprefix("quizgen.") if m != "quizgen" else "__init__" for m in out}
    assert loaded <= set(deckcache.CODE_MODULES), loaded - set(deckcache.CODE_MODULES)
