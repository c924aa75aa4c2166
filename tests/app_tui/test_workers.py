"""The app's background work never outlives it: quitting ends the process even while a deck is still being
read (or its questions made), and a deck that is not a regular file is an error, not a wait forever."""

from __future__ import annotations

import asyncio
import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from tui import make_app
from tui.screens import DeckPickerScreen
from tui.widgets import DeckList

ROOT = Path(__file__).resolve().parent.parent.parent
READY = b"choose a deck"  # on the first frame: the app reads keys from here on
BOUND = 20.0  # seconds: about hanging forever, not speed (the quiz starts in well under one)

# A question engine stuck for good, as a read of a stuck network mount would be: the deck screen is up, its
# counts stay "…", and quitting must not wait for it.
STUCK_ENGINE = """\
import sys, threading
from tui import make_app
app = make_app(sys.argv[1:2], data_dir=sys.argv[2], questions_for=lambda deck: threading.Event().wait())
app.run()
sys.exit(app.exit_status())
"""


def unblock(fifo: Path) -> None:
    """Open the pipe's other end and close it, so a reader stuck opening it sees an empty file and goes on."""
    try:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:  # no reader waiting: nothing to free
        pass


def in_terminal(argv: list[str], key: bytes, data_dir: Path) -> tuple[int | None, float | None, bytes]:
    """Run ``argv`` in an 80x24 pseudo-terminal, press ``key`` once the first frame shows.

    Returns the exit status (None: still running ``BOUND`` seconds after the key, then killed), the
    seconds from the key to the exit, and what it wrote.
    """
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "QUIZGEN_HOME": str(data_dir)}
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, cwd=ROOT, env=env,
                            start_new_session=True)
    os.close(slave)
    out = bytearray()
    pressed: float | None = None
    started = time.monotonic()
    try:
        while proc.poll() is None:
            now = time.monotonic()
            if (pressed is not None and now - pressed > BOUND) or now - started > 3 * BOUND:
                break
            if select.select([master], [], [], 0.1)[0]:
                try:
                    out += os.read(master, 65536)
                except OSError:  # the child closed the terminal
                    pass
            if pressed is None and READY in out:
                time.sleep(0.3)  # the deck screen has the focus
                os.write(master, key)
                pressed = time.monotonic()
        status = proc.poll()
        took = None if status is None or pressed is None else time.monotonic() - pressed
        return status, took, bytes(out)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)


@pytest.mark.slow
@pytest.mark.parametrize("key", [b"q", b"\x03"], ids=["q", "ctrl+c"])
def test_quitting_ends_the_process_while_a_worker_is_stuck(deck_path: Path, data_dir: Path, key: bytes) -> None:
    argv = [sys.executable, "-c", STUCK_ENGINE, str(deck_path), str(data_dir)]
    status, took, out = in_terminal(argv, key, data_dir)
    assert READY in out, out[-2000:]
    assert status == 0, f"exit status {status} (None: still running {BOUND} s after the key)"
    assert took is not None and took < BOUND


@pytest.mark.slow
def test_quitting_the_quiz_on_a_deck_that_is_a_named_pipe(tmp_path: Path, data_dir: Path) -> None:
    fifo = tmp_path / "deck.yaml"
    os.mkfifo(fifo)
    try:
        status, took, out = in_terminal([sys.executable, "-m", "tui", str(fifo)], b"q", data_dir)
    finally:
        unblock(fifo)
    assert READY in out, out[-2000:]
    assert status == 0 and took is not None and took < BOUND, out[-2000:]


async def test_a_deck_that_is_a_named_pipe_shows_an_error(tmp_path: Path, data_dir: Path, clock) -> None:
    from textual.widgets import Static

    from tui.dialogs import ErrorDialog

    fifo = tmp_path / "deck.yaml"
    os.mkfifo(fifo)
    app = make_app([fifo], data_dir=data_dir, clock=clock)
    try:
        async with app.run_test() as pilot:
            await pilot.pause()
            await asyncio.wait_for(app.workers.wait_for_complete(), BOUND)  # not "…" forever
            await pilot.pause()
            assert app.screen.query_one(DeckList).row_text(0)[:2] == ["deck.yaml", "error"]
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, ErrorDialog)
            text = str(app.screen.query_one("#error-text", Static).render())
            assert "deck.yaml" in text and ("pipe" in text or "regular file" in text), text
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, DeckPickerScreen)
    finally:
        unblock(fifo)  # if the deck was opened after all, the reading thread ends
