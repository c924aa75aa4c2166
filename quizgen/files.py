"""Reading a user's input file safely: only regular files, never more than a limit, never a hang.

``Path.read_bytes()`` on a named pipe waits for a writer forever, on a character device such as
/dev/zero it reads without end, and a socket cannot be opened at all. Every input quizgen reads (a
deck, a deck's source article, an article to extract) goes through :func:`read_regular_file`, which
opens without blocking, asks the open file what it is (no race between a look and the read) and
refuses anything that is not a regular file with a message a user can act on.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

# What a path is when it is not a regular file, as the refusal names it.
_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


class UnreadableFile(Exception):
    """Why a file cannot be read, in words for the user (``str(exc)``); ``size`` when it was too big."""

    def __init__(self, message: str, size: int | None = None) -> None:
        super().__init__(message)
        self.size = size


def special_kind(mode: int) -> str | None:
    """'a named pipe (FIFO)' and the like for a mode that is not a regular file's; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def read_regular_file(path: str | os.PathLike[str], limit: int, what: str = "input") -> bytes:
    """The bytes of ``path``, a regular file of at most ``limit`` bytes.

    Raises UnreadableFile for a missing file, a directory, a FIFO, socket or device, a symlink loop,
    a file over the limit (``size`` set) or any other OS error, and for a name the OS cannot take.
    """
    try:
        kind = special_kind(os.stat(path).st_mode)  # a socket cannot be opened: look first
        if kind:
            raise UnreadableFile(f"is {kind}, not {_a(what)} file")
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise UnreadableFile("no such file") from None
    except PermissionError:
        raise UnreadableFile("permission denied") from None
    except OSError as exc:
        raise UnreadableFile(f"cannot read: {exc.strerror or exc}") from None
    except ValueError:  # the OS cannot even be asked: a NUL in the name
        raise UnreadableFile("not a usable file name (it contains a NUL character)") from None
    with os.fdopen(fd, "rb") as fh:
        try:
            info = os.fstat(fd)
            kind = special_kind(info.st_mode)  # swapped for a FIFO since the look above
            if kind:
                raise UnreadableFile(f"is {kind}, not {_a(what)} file")
            if info.st_size > limit:
                raise UnreadableFile(f"{what} file is {info.st_size / 1e6:.1f} MB, over the "
                                     f"{limit // 2**20} MB limit", size=info.st_size)
            os.set_blocking(fd, True)
            data = fh.read(limit + 1)  # a file that grew since fstat still stops at the limit
        except OSError as exc:
            raise UnreadableFile(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise UnreadableFile(f"{what} file is over the {limit // 2**20} MB limit", size=len(data))
    return data


def _a(word: str) -> str:
    return ("an " if word[:1] in "aeiou" else "a ") + word


def first_non_directory(path: Path) -> Path | None:
    """The nearest ancestor of ``path`` that exists and is not a directory (a file in the way), or None."""
    for parent in path.parents:
        try:
            if parent.exists():
                return None if parent.is_dir() else parent
        except OSError:
            return None
    return None
