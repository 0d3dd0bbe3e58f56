"""The header of a Vietnamese administrative document (Quyết định, Công văn, Kế hoạch...).

Such documents follow one official layout (Nghị định 30/2020/NĐ-CP): the issuing body, the
number line ``Số: 1234/QĐ-UBND``, the motto, ``Hà Tĩnh, ngày 12 tháng 5 năm 2023``, the
document type in capitals (``QUYẾT ĐỊNH``) and a summary (``Về việc ...``). None of those
lines is page furniture, so the news cleaner must not treat the lines above the type as
navigation; it asks this module whether the head is such a header, and for its title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["OfficialHeader", "official_header"]

# "Số: 1234/QĐ-UBND" (state) or "Số 12-KH/ĐUK" (party): a number, a slash, a symbol.
_DOC_NUMBER = re.compile(r"^số\s*:?\s*[\w.-]*\s*/\s*[\w./-]*[^\W\d_][\w./-]*$", re.I)
_MOTTO = re.compile(r"^độc\s+lập\s*[-–]\s*tự\s+do\s*[-–]\s*hạnh\s+phúc$", re.I)
_DOC_TYPES = (
    "QUYẾT ĐỊNH", "NGHỊ QUYẾT", "NGHỊ ĐỊNH", "CHỈ THỊ", "THÔNG TƯ", "THÔNG BÁO", "KẾ HOẠCH",
    "BÁO CÁO", "CÔNG VĂN", "TỜ TRÌNH", "HƯỚNG DẪN", "QUY ĐỊNH", "QUY CHẾ", "KẾT LUẬN",
    "CHƯƠNG TRÌNH", "ĐỀ ÁN", "BIÊN BẢN", "GIẤY MỜI", "LUẬT", "PHÁP LỆNH", "CÔNG ĐIỆN",
)  # fmt: skip
_SUMMARY = re.compile(r"^(?:về|v/v|v\.v\.?)\s+\S", re.I)


@dataclass(frozen=True, slots=True)
class OfficialHeader:
    """Where the header's parts are (indices into the lines given) and the title they make."""

    title: str
    title_lines: tuple[int, ...]


def _is_type_line(line: str) -> bool:
    """``QUYẾT ĐỊNH`` or ``KẾ HOẠCH THỰC HIỆN ...``: a document type, in capitals."""
    return line == line.upper() and any(line == t or line.startswith(t + " ") for t in _DOC_TYPES)


def _sentence_case(type_line: str) -> str:
    """``QUYẾT ĐỊNH`` → ``Quyết định`` (only for the bare type words, never for names)."""
    return type_line[:1] + type_line[1:].lower() if type_line in _DOC_TYPES else type_line


def official_header(lines: list[str]) -> OfficialHeader | None:
    """Recognise the header among the first ``lines`` of a text; None for anything else.

    The title is the document type and its summary: ``Quyết định về việc thành lập Tổ công
    tác``; a document without a type line (a Công văn) is titled by its ``V/v ...`` line.
    """
    if not any(_DOC_NUMBER.match(line) or _MOTTO.match(line) for line in lines):
        return None
    for i, line in enumerate(lines):
        if _is_type_line(line):
            following = lines[i + 1] if i + 1 < len(lines) else ""
            if _SUMMARY.match(following):
                summary = following[0].lower() + following[1:]
                return OfficialHeader(f"{_sentence_case(line)} {summary}", (i, i + 1))
            return OfficialHeader(_sentence_case(line), (i,))
    for i, line in enumerate(lines):
        if _SUMMARY.match(line):
            return OfficialHeader(line, (i,))
    return None
