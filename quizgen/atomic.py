"""Atomic output: a file is either the old one or the complete new one, never half-written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import OutputExistsError, QuizgenError
from .files import first_non_directory


def occupied(path: str | os.PathLike[str]) -> bool:
    """Whether writing to ``path`` would replace a file of the user's (a device or a pipe, ``/dev/null``, is
    written to, never replaced: no --force needed)."""
    return Path(path).is_file()


def write_bytes(path: str | os.PathLike[str], data: bytes, *, force: bool = False) -> Path:
    """Write ``data`` to ``path`` via a temp file in the same directory and a rename.

    Refuses to replace an existing file unless ``force``: what a user made is never lost silently.
    The new file gets the mode of the file it replaces, or what the umask gives a new file (the temp
    file's private 0600 would otherwise leak through the rename).
    """
    target = Path(path)
    if target.is_dir():
        raise QuizgenError(f"{target}: is a directory, not a file name", "Cannot write")
    if target.exists() and not target.is_file():
        return _write_stream(target, data)
    if occupied(target) and not force:
        raise OutputExistsError(str(target))
    parent = target.parent if str(target.parent) else Path(".")
    if blocker := first_non_directory(target):
        raise QuizgenError(f"{target}: cannot write: {blocker} is a file, not a directory", "Cannot write")
    try:
        parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise QuizgenError(f"{target}: cannot write: {exc.strerror or exc}", "Cannot write") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fchmod(fh.fileno(), _mode_for(target))
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        _sync_directory(parent)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise QuizgenError(f"{target}: cannot write: {exc.strerror or exc}", "Cannot write") from exc
    return target


def _write_stream(target: Path, data: bytes) -> Path:
    """A device or a pipe (``-o /dev/null``, ``-o /dev/stdout``, a FIFO) is written to as it is: renaming a temp
    file over it would replace ``/dev/null`` with a regular file, and there is no file of the user's to lose."""
    try:
        with open(target, "wb") as fh:
            fh.write(data)
    except OSError as exc:
        raise QuizgenError(f"{target}: cannot write: {exc.strerror or exc}", "Cannot write") from exc
    return target


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)  # the only way to read it before Python 3.13; set straight back
        os.umask(mask)
        return 0o666 & ~mask


def _sync_directory(directory: Path) -> None:
    """The rename itself survives a power cut once the directory is synced (best effort)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_text(path: str | os.PathLike[str], text: str, *, force: bool = False) -> Path:
    """UTF-8 text through :func:`write_bytes`."""
    return write_bytes(path, text.encode("utf-8"), force=force)
