"""Outputs are atomic and never replace a file without --force: every export format, and extract.

A failed run (the deck is bad, the exporter breaks, the disk refuses the write or the rename) leaves
the old file byte for byte and no temp file behind.
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest
from deckpaths import DATA

from quizgen import atomic
from quizgen.cli import main
from quizgen.export import get_exporter

SUFFIXES = {"anki": ".apkg", "worksheet": ".html", "gift": ".txt", "moodle-xml": ".xml", "qti": ".zip",
            "kahoot": ".xlsx", "blooket": ".csv", "quizlet": ".txt"}
OLD = b"the teacher's own file, not to be lost\n"


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    for name in ("tiny.yaml", "tiny.txt"):
        shutil.copyfile(DATA / name, tmp_path / name)
    return tmp_path / "tiny.yaml"


def command(kind: str, deck: Path, out: Path) -> list[str]:
    """The command that writes ``out``: an export format, or extract (from the deck's article)."""
    if kind == "extract":
        return ["extract", str(deck.parent / "tiny.txt"), "-o", str(out)]
    return ["export", kind, str(deck), "-o", str(out)]


def output(tmp_path: Path, kind: str) -> Path:
    out_dir = tmp_path / "out"
    out_dir.mkdir(exist_ok=True)
    return out_dir / ("deck.yaml" if kind == "extract" else f"quiz{SUFFIXES[kind]}")


def quizgen(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def leftovers(directory: Path, keep: Path) -> list[str]:
    """Files in ``directory`` other than ``keep``: temp files a failed write left behind."""
    return sorted(p.name for p in directory.iterdir() if p != keep)


KINDS = [*SUFFIXES, "extract"]


@pytest.mark.parametrize("kind", KINDS)
def test_existing_file_is_kept_without_force(tmp_path: Path, deck: Path, capsys: pytest.CaptureFixture[str],
                                             kind: str) -> None:
    out = output(tmp_path, kind)
    out.write_bytes(OLD)
    code, _, err = quizgen(capsys, command(kind, deck, out))
    assert code == 2
    assert err == f"{out}: already exists; pass --force to replace it\n"
    assert out.read_bytes() == OLD
    assert leftovers(out.parent, out) == []


@pytest.mark.parametrize("kind", KINDS)
def test_force_replaces_it_atomically(tmp_path: Path, deck: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    """With --force the file is replaced by one rename: until then it holds the old bytes."""
    out = output(tmp_path, kind)
    out.write_bytes(OLD)
    renames: list[tuple[bytes, bytes]] = []
    real_replace = os.replace

    def replace(src, dst):  # what a reader of the target would see just before, and what comes in
        renames.append((Path(dst).read_bytes(), Path(src).read_bytes()))
        return real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", replace)
    code, _, err = quizgen(capsys, [*command(kind, deck, out), "--force"])
    assert code == 0, err
    new = out.read_bytes()
    assert new != OLD and len(new) > 0
    assert renames == [(OLD, new)]
    assert leftovers(out.parent, out) == []


@pytest.mark.parametrize("kind", ["worksheet", "anki", "extract"])
def test_new_file_gets_the_usual_permissions(tmp_path: Path, deck: Path, capsys: pytest.CaptureFixture[str],
                                             kind: str) -> None:
    """As any program's output would (0644 under umask 022): a temp file's private 0600 is not kept."""
    out = output(tmp_path, kind)
    old_mask = os.umask(0o022)
    try:
        code, _, err = quizgen(capsys, command(kind, deck, out))
    finally:
        os.umask(old_mask)
    assert code == 0, err
    assert out.stat().st_mode & 0o777 == 0o644


def test_force_keeps_the_replaced_files_permissions(tmp_path: Path, deck: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = output(tmp_path, "gift")
    out.write_bytes(OLD)
    out.chmod(0o640)  # the teacher shared it with a group only
    code, _, err = quizgen(capsys, [*command("gift", deck, out), "--force"])
    assert code == 0, err
    assert out.read_bytes() != OLD and out.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("failure", ["rename", "disk-full"])
def test_failed_write_keeps_the_old_file_and_leaves_no_temp_file(
        tmp_path: Path, deck: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        kind: str, failure: str) -> None:
    out = output(tmp_path, kind)
    out.write_bytes(OLD)
    if failure == "rename":  # e.g. a read-only directory (root ignores permissions, so simulate it)
        def replace(src, dst):
            raise PermissionError(errno.EACCES, "Permission denied")
        monkeypatch.setattr(atomic.os, "replace", replace)
    else:  # the temp file exists and is half written when the disk fills up
        def fsync(fd):
            raise OSError(errno.ENOSPC, "No space left on device")
        monkeypatch.setattr(atomic.os, "fsync", fsync)
    code, _, err = quizgen(capsys, [*command(kind, deck, out), "--force"])
    assert code == 2
    reason = "Permission denied" if failure == "rename" else "No space left on device"
    assert f"{out}: cannot write: {reason}" in err
    assert out.read_bytes() == OLD
    assert leftovers(out.parent, out) == []


@pytest.mark.parametrize("kind", SUFFIXES)
def test_exporter_breaking_mid_render_writes_nothing(tmp_path: Path, deck: Path, monkeypatch: pytest.MonkeyPatch,
                                                     kind: str) -> None:
    out = output(tmp_path, kind)
    out.write_bytes(OLD)
    exporter = get_exporter(kind)

    def render(request):
        raise RuntimeError("exporter broke half way")

    monkeypatch.setattr(exporter, "render", render)
    with pytest.raises(RuntimeError):
        main(command(kind, deck, out) + ["--force"])
    assert out.read_bytes() == OLD
    assert leftovers(out.parent, out) == []


@pytest.mark.parametrize("kind", KINDS)
def test_bad_input_writes_nothing(tmp_path: Path, deck: Path, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    """A deck (or article) that fails to load: exit 2 before any file is touched."""
    out = output(tmp_path, kind)
    out.write_bytes(OLD)
    deck.write_text("id: [unclosed\n", encoding="utf-8")
    (deck.parent / "tiny.txt").write_bytes(b"\x00binary")
    code, _, err = quizgen(capsys, [*command(kind, deck, out), "--force"])
    assert code == 2 and err
    assert out.read_bytes() == OLD
    assert leftovers(out.parent, out) == []


@pytest.mark.parametrize("kind", KINDS)
def test_directory_as_output_is_refused(tmp_path: Path, deck: Path, capsys: pytest.CaptureFixture[str],
                                        kind: str) -> None:
    out = output(tmp_path, kind)
    out.mkdir()
    code, _, err = quizgen(capsys, [*command(kind, deck, out), "--force"])
    assert code == 2
    assert f"{out}: is a directory" in err
    assert out.is_dir() and list(out.iterdir()) == []


def test_new_output_directory_is_created(tmp_path: Path, deck: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "new" / "sub" / "quiz.gift.txt"
    code, _, err = quizgen(capsys, command("gift", deck, out))
    assert code == 0, err
    assert out.read_bytes().startswith(b"// ") or out.read_bytes().startswith(b"::")
    assert leftovers(out.parent, out) == []


def test_wrong_suffix_is_refused_before_anything_is_written(tmp_path: Path, deck: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "quiz.docx"
    code, _, err = quizgen(capsys, command("anki", deck, out))
    assert code == 2 and err.startswith(f"{out}: a anki export is written to a file ending in .apkg")
    assert not out.exists()


def test_extract_to_stdout_writes_no_file(tmp_path: Path, deck: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = sorted(p.name for p in tmp_path.iterdir())
    code, out, err = quizgen(capsys, ["extract", str(tmp_path / "tiny.txt"), "-o", "-"])
    assert code == 0, err
    assert "\nid: " in out
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_pipe_or_device_as_output_is_written_to_not_replaced(tmp_path: Path, deck: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """`-o /dev/null` once replaced /dev/null with a regular file (the temp file renamed over it): a FIFO stands in
    for a device here; it stays a FIFO, gets the output, and needs no --force (nothing of the user's is lost)."""
    import stat
    import threading

    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)  # never hangs the run
    reader.start()
    assert main(["extract", str(DATA / "tiny.txt"), "-o", str(fifo)]) == 0, capsys.readouterr().err
    reader.join(timeout=30)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert got and b"facts:" in got[0]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
