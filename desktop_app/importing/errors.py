"""The one exception an importer raises for a file it cannot turn into text, and the limits.

Messages are short English sentences a person understands ("empty file", "not a valid .docx
(not a zip archive)"); they never contain the path, so the caller can prefix it as it likes.
"""

from __future__ import annotations

__all__ = [
    "MAX_BINARY_FILE_BYTES",
    "MAX_TEXT_FILE_BYTES",
    "MAX_UNPACKED_BYTES",
    "UnreadableFileError",
    "human_size",
]

# A plain-text or HTML file above this is almost certainly not one document (log dump, database
# export); refusing it keeps a worker process from holding hundreds of MB of decoded text.
MAX_TEXT_FILE_BYTES = 50 * 1024 * 1024
# .docx and .pdf are compressed containers: the file itself may be bigger than its text.
MAX_BINARY_FILE_BYTES = 200 * 1024 * 1024
# Total declared uncompressed size of a .docx's members, to stop zip bombs before unpacking.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024


class UnreadableFileError(Exception):
    """A file cannot be imported; ``str(exc)`` is the reason, without the path."""


def human_size(n: int) -> str:
    """``52428800`` → ``"50.0 MB"``: sizes in messages are for people, not for parsers."""
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{int(size)} bytes" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"
