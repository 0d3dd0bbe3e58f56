"""Read a file's bytes with a size cap, turning every OS failure into a sentence for the user."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import UnreadableFileError

__all__ = ["MB", "read_bytes_bounded"]

MB = 1024 * 1024


def _too_large(size: int, limit: int) -> UnreadableFileError:
    return UnreadableFileError(
        f"file too large: {size / MB:.1f} MB (the limit for this kind of file is {limit // MB} MB)"
    )


def read_bytes_bounded(path: Path, limit: int) -> bytes:
    """Return the bytes of the regular file ``path``, refusing files larger than ``limit``.

    The size is checked before reading (a 200 MB file costs nothing) and again while reading,
    since the file may grow in between; at most ``limit + 1`` bytes are ever held.
    """
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableFileError("this is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFileError("not a regular file (device, pipe or socket)")
        if info.st_size > limit:
            raise _too_large(info.st_size, limit)
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError as exc:
        raise UnreadableFileError("file not found (it may have been moved or deleted)") from exc
    except PermissionError as exc:
        raise UnreadableFileError("permission denied: this user may not read the file") from exc
    except IsADirectoryError as exc:
        raise UnreadableFileError("this is a folder, not a file") from exc
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise UnreadableFileError(f"could not read the file: {reason}") from exc
    if len(data) > limit:
        raise _too_large(len(data), limit)
    if not data:
        raise UnreadableFileError("empty file")
    return data
