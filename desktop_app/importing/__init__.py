"""Reading documents from disk: one call per file, text and metadata out, clear errors.

``read_document(path)`` picks the reader by the file's suffix (case-insensitive), decodes it,
cleans web-page furniture out of the reading text and returns an ``ImportedText``. Anything
that makes a file unusable raises ``UnreadableFileError`` whose message is a reason a person
understands ("empty file", "binary data, not text"), without the path.

The functions keep no global mutable state, so they are safe in worker processes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_app.importing.errors import UnreadableFileError
from desktop_app.models import ImportedText

__all__ = ["SUPPORTED_SUFFIXES", "UnreadableFileError", "read_document"]

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".docx", ".html", ".htm", ".pdf"})


def _reader(suffix: str) -> Callable[[Path], ImportedText] | None:
    """The reader for ``suffix``; imported lazily so a worker only loads what it needs."""
    from desktop_app.importing import formats

    readers: dict[str, Callable[[Path], ImportedText]] = {
        ".txt": formats.read_txt_file,
        ".md": formats.read_md_file,
        ".html": formats.read_html_file,
        ".htm": formats.read_html_file,
        ".docx": formats.read_docx_file,
        ".pdf": formats.read_pdf_file,
    }
    return readers.get(suffix)


def read_document(path: Path) -> ImportedText:
    """Read one file into text and metadata; raise ``UnreadableFileError`` with the reason."""
    path = Path(path)
    suffix = path.suffix.lower()
    reader = _reader(suffix) if suffix in SUPPORTED_SUFFIXES else None
    if reader is None:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise UnreadableFileError(
            f"unsupported file type '{suffix or '(none)'}'; supported: {supported}"
        )
    return reader(path)
