"""Write files so that a reader never sees half of one.

The content goes to a temporary file in the destination folder, is flushed to disk, then
replaces the destination in one rename. An existing file is replaced only when the new one is
complete; on any error the temporary file is removed and the old file is untouched.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


class OutputError(Exception):
    """The destination cannot be written; the message says why in plain words."""


def _explain(path: Path, exc: OSError) -> OutputError:
    if isinstance(exc, PermissionError):
        return OutputError(
            f"cannot write {path}: permission denied (is the file open in another program, "
            "or the folder read-only?)"
        )
    if isinstance(exc, FileNotFoundError):
        return OutputError(f"cannot write {path}: the folder {path.parent} does not exist")
    if isinstance(exc, IsADirectoryError):
        return OutputError(f"cannot write {path}: it is a folder")
    return OutputError(f"cannot write {path}: {exc.strerror or exc}")


@contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file object whose content replaces ``path`` when the block succeeds."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a folder")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise _explain(path, exc) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.replace(tmp, path)
        except OSError as exc:
            raise _explain(path, exc) from exc
    finally:
        if tmp.exists():
            tmp.unlink()


def atomic_write_bytes(path: Path, data: bytes) -> None:
    with atomic_output(path) as handle:
        handle.write(data)


def atomic_write_with(path: Path, writer: Callable[[BinaryIO], None]) -> None:
    """Let ``writer`` fill the file (e.g. ``python-docx``'s ``Document.save``) atomically."""
    with atomic_output(path) as handle:
        writer(handle)
