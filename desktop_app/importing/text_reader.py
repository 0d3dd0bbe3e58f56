"""Plain-text and Markdown files: bounded read, encoding detection, then news-page cleaning."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from desktop_app.importing.decoding import decode_bytes
from desktop_app.importing.errors import MAX_TEXT_FILE_BYTES, UnreadableFileError
from desktop_app.importing.fileio import read_bytes_limited
from desktop_app.importing.markdown_text import markdown_to_text
from desktop_app.importing.news_cleaning import PageHints, clean_news_text
from desktop_app.models import ImportedText

__all__ = ["imported_from_text", "read_text_file"]


def imported_from_text(raw: str, fmt: str, encoding: str | None, *, reading_text: str | None = None,
                       hints: PageHints | None = None) -> ImportedText:
    """Clean a decoded text into an ``ImportedText``; refuse it when no reading text is left.

    ``raw`` is what the file said (NFC); ``reading_text`` the text to clean when it differs
    (Markdown without its syntax, the article text of a web page).
    """
    raw = unicodedata.normalize("NFC", raw)
    if not raw.strip():
        raise UnreadableFileError("empty file (only whitespace)")
    page = clean_news_text(raw if reading_text is None else reading_text, hints)
    if not page.clean_text.strip():
        raise UnreadableFileError("no readable text: the file holds only page furniture")
    return ImportedText(
        raw_text=raw,
        clean_text=page.clean_text,
        format=fmt,
        encoding=encoding,
        title=page.title,
        date=page.date,
        source=page.source,
        author=page.author,
        category=page.category,
        furniture=page.furniture,
    )


def read_text_file(path: Path, fmt: str) -> ImportedText:
    """Read a .txt/.md file; ``fmt`` is ``"txt"`` or ``"md"``."""
    # No name for the bytes: they are freed as soon as they are decoded, before cleaning.
    decoded = decode_bytes(read_bytes_limited(path, MAX_TEXT_FILE_BYTES, "text"))
    reading = markdown_to_text(decoded.text) if fmt == "md" else None
    return imported_from_text(decoded.text, fmt, decoded.encoding, reading_text=reading)
