"""Inputs that are not regular files (a FIFO, a socket, a device, a symlink loop) are refused at once.

``read_bytes()`` on a named pipe waits for a writer forever and on /dev/zero reads without end, so
each case runs the real command in a child process with a timeout: a hang fails the test instead of
hanging the suite.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from deckpaths import DATA, ROOT


def fifo(path: Path) -> None:
    os.mkfifo(path)


def unix_socket(path: Path) -> None:
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(path))
    sock.close()  # the socket file stays; nothing listens


def device(path: Path) -> None:
    path.symlink_to("/dev/zero")  # endless bytes if read


def symlink_loop(path: Path) -> None:
    path.symlink_to(path.with_name("other"))
    path.with_name("other").symlink_to(path)


SPECIAL: dict[str, tuple[Callable[[Path], None], str]] = {
    "fifo": (fifo, "is a named pipe (FIFO), not"),
    "socket": (unix_socket, "is a socket, not"),
    "device": (device, "is a character device, not"),
    "symlink-loop": (symlink_loop, "Too many levels of symbolic links"),
}


@pytest.fixture(params=list(SPECIAL))
def special(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Path, str]]:
    make, message = SPECIAL[request.param]
    path = tmp_path / "special.yaml"
    make(path)
    yield path, message


def run(*argv: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "quizgen", *map(str, argv)], capture_output=True, text=True,
                          timeout=60, cwd=ROOT, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("argv", [["check"], ["questions"], ["export", "gift"]], ids=lambda a: a[-1])
def test_a_special_file_as_a_deck_is_refused(special: tuple[Path, str], argv: list[str]) -> None:
    path, message = special
    out = path.parent / "out.gift.txt"
    proc = run(*argv, path, *(["-o", out] if argv[0] == "export" else []))
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith(f"{path}: ") and message in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()


def test_a_special_file_as_an_article_is_refused(special: tuple[Path, str]) -> None:
    path, message = special
    proc = run("extract", path, "-o", path.parent / "deck.yaml")
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith(f"{path}: ") and message in proc.stderr, proc.stderr
    assert not (path.parent / "deck.yaml").exists()


def test_a_special_file_as_a_decks_source_is_refused(special: tuple[Path, str]) -> None:
    path, message = special
    deck = path.parent / "deck.yaml"
    deck.write_text((DATA / "tiny.yaml").read_text(encoding="utf-8").replace("tiny.txt", path.name),
                    encoding="utf-8")
    proc = run("check", deck)
    assert proc.returncode == 2, proc.stderr
    assert f"{path.name}: " in proc.stderr and message in proc.stderr, proc.stderr


def test_an_output_under_a_file_names_the_file_in_the_way(tmp_path: Path) -> None:
    for name in ("tiny.yaml", "tiny.txt"):
        shutil.copyfile(DATA / name, tmp_path / name)
    (tmp_path / "notes").write_text("a file, not a folder\n", encoding="utf-8")
    out = tmp_path / "notes" / "sub" / "quiz.gift.txt"
    proc = run("export", "gift", tmp_path / "tiny.yaml", "-o", out)
    assert proc.returncode == 2
    assert proc.stderr == f"{out}: cannot write: {tmp_path / 'notes'} is a file, not a directory\n"


def test_version() -> None:
    proc = subprocess.run([sys.executable, "-m", "tui.cli", "--version"], capture_output=True, text=True,
                          timeout=60, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("quizgen ") and proc.stdout.split()[1][0].isdigit(), proc.stdout
