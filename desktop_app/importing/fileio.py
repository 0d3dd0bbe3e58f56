"""Reading a file's bytes with a size limit and OS errors turned into readable reasons.

The size is checked with ``stat`` before anything is read, and the read itself is capped, so a
file that grows (or lies about its size) while we read it cannot exhaust memory.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from desktop_app.importing.errors import UnreadableFileError, human_size

__all__ = ["os_error_reason", "read_bytes_limited"]

_CHUNK = 1024 * 1024


def os_error_reason(exc: OSError) -> str:
    """A sentence for an OS error, without the path (the caller knows which file it was)."""
    if isinstance(exc, FileNotFoundError):
        return "the file does not exist (moved, renamed or deleted?)"
    if isinstance(exc, PermissionError):
        return "permission denied: the file cannot be read with your rights"
    if isinstance(exc, IsADirectoryError):
        return "this is a folder, not a file"
    if exc.errno == errno.EIO:
        return "input/output error while reading the file (damaged disk or network drive?)"
    return f"cannot read the file: {exc.strerror or exc}"


def read_bytes_limited(path: Path, limit: int, kind: str = "text") -> bytes:
    """Return the whole content of ``path``, refusing files larger than ``limit`` bytes.

    Raises ``UnreadableFileError`` for a missing, unreadable, empty or too large file.
    """
    try:
        # stat first: opening a named pipe would block, and a device never ends.
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFileError("not a regular file (a device, pipe or socket)")
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise UnreadableFileError(
                    f"file too large: {human_size(size)}, the limit for {kind} files is "
                    f"{human_size(limit)}"
                )
            # Read what stat announced, then in small chunks in case the file grew: a single
            # read(limit) would allocate the whole limit up front.
            chunks = [handle.read(size)]
            total = len(chunks[0])
            while total <= limit:
                chunk = handle.read(_CHUNK)
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
            data = chunks[0] if len(chunks) == 1 else b"".join(chunks)
    except OSError as exc:
        raise UnreadableFileError(os_error_reason(exc)) from exc
    if len(data) > limit:
        raise UnreadableFileError(
            f"file too large: more than {human_size(limit)} (it grew while being read)"
        )
    if not data:
        raise UnreadableFileError("empty file")
    return data
