"""Reading documents from disk: one call per file, text and metadata out, clear errors.

``read_document(path)`` picks the reader by the file's suffix (case-insensitive), decodes it,
cleans web-page furniture out of the reading text and returns an ``ImportedText``. Anything
that makes a file unusable raises ``UnreadableFileError`` whose message is a reason a person
understands ("empty file", "binary data, not text"), without the path.

The functions keep no global mutable state, so they are safe in worker processes.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from desktop_app.importing.errors import UnreadableFileError
from desktop_app.models import ImportedText

__all__ = ["SUPPORTED_SUFFIXES", "UnreadableFileError", "read_document"]

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".docx", ".html", ".htm", ".pdf"})


def _read_txt(path: Path) -> ImportedText:
    from desktop_app.importing.text_reader import read_text_file

    return read_text_file(path, "txt")


def _read_md(path: Path) -> ImportedText:
    from desktop_app.importing.text_reader import read_text_file

    return read_text_file(path, "md")


def _read_html(path: Path) -> ImportedText:
    from desktop_app.importing.html_reader import read_html_file

    return read_html_file(path)


def _read_docx(path: Path) -> ImportedText:
    from desktop_app.importing.docx_reader import read_docx_file

    return read_docx_file(path)


def _read_pdf(path: Path) -> ImportedText:
    from desktop_app.importing.pdf_reader import read_pdf_file

    return read_pdf_file(path)


# Readers import their parsers lazily, so a worker only loads what its files need.
_READERS: dict[str, Callable[[Path], ImportedText]] = {
    ".txt": _read_txt,
    ".md": _read_md,
    ".html": _read_html,
    ".htm": _read_html,
    ".docx": _read_docx,
    ".pdf": _read_pdf,
}


# Parsers of binary containers (zip, deflate, PDF object streams) fail in many ways on damaged
# input. These are the ways fuzzing found; a worker reports them as a damaged file, not a crash.
_PARSER_FAILURES: tuple[type[BaseException], ...] = (
    zlib.error,
    struct.error,
    zipfile.BadZipFile,
    EOFError,
    NotImplementedError,
    RecursionError,
    IndexError,
    KeyError,
)


def read_document(path: Path) -> ImportedText:
    """Read one file into text and metadata; raise ``UnreadableFileError`` with the reason."""
    path = Path(path)
    suffix = path.suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise UnreadableFileError(
            f"unsupported file type '{suffix or '(none)'}'; supported: {supported}"
        )
    try:
        return reader(path)
    except _PARSER_FAILURES as exc:
        detail = str(exc)[:120]
        raise UnreadableFileError(
            f"damaged {suffix} file ({type(exc).__name__}{': ' + detail if detail else ''})"
        ) from exc
