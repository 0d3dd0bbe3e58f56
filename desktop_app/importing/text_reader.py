"""Plain-text and Markdown files: bounded read, encoding detection, then news-page cleaning."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from desktop_app.importing.decoding import decode_bytes
from desktop_app.importing.errors import MAX_TEXT_FILE_BYTES
from desktop_app.importing.fileio import read_bytes_limited
from desktop_app.models import ImportedText
from desktop_app.textnorm import normalize_text

__all__ = ["read_text_file"]


def read_text_file(path: Path, fmt: str) -> ImportedText:
    """Read a .txt/.md file; ``fmt`` is ``"txt"`` or ``"md"``."""
    data = read_bytes_limited(path, MAX_TEXT_FILE_BYTES, "text")
    decoded = decode_bytes(data)
    raw = unicodedata.normalize("NFC", decoded.text)
    return ImportedText(
        raw_text=raw, clean_text=normalize_text(raw), format=fmt, encoding=decoded.encoding
    )
