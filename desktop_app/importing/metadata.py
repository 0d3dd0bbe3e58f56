"""Recognise metadata lines of Vietnamese news pages: datelines, date prefixes, bylines, sources.

Each function looks at one line and either explains it or returns None, so the cleaner can try
them in any order. Dates are returned as ISO 8601 with the precision the page gives
(``2022-10``, ``2019-10-24``, ``2023-03-31T20:40``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

__all__ = [
    "Dateline",
    "iso_date",
    "parse_byline",
    "parse_date_prefix",
    "parse_dateline",
    "parse_iso_date",
    "source_from_lead",
]

_WEEKDAY = r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật|cn)"
_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
_YMD = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_TIME = re.compile(r"(?<!\d)(\d{1,2})\s*(?::|h)\s*(\d{2})(?:\s*:\s*\d{2})?(?!\d)", re.I)
_DATELINE_NOISE = re.compile(
    rf"{_WEEKDAY}|\bngày\b|\blúc\b|\bcập nhật\b|\bđăng\b|\bđăng lúc\b|\bgmt\s*[+-]\s*\d+|"
    r"\(\s*\)|\bam\b|\bpm\b|[|,\-–—:()]",
    re.I,
)
_VIEW_COUNTER = re.compile(
    r"\|\s*[\d.,]+\s*(?:lượt xem|lượt đọc|views?)?\s*$|"
    r"\|?\s*(?:lượt xem|lượt đọc|views?)\s*:?\s*[\d.,]+\s*$",
    re.I,
)
_DATE_WORDS = re.compile(r"(?<!\w)(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)", re.I)
_PLACE_DATE = re.compile(r"^([^\W\d_][^,\d]{1,30}),\s*ngày\s+\d", re.I)
_SEPARATORS = re.compile(r"[|,\-–—:()•·]+")
_CATEGORY_WORD = re.compile(r"^[^\W\d_][^\W\d_]*$")
_MAX_DATELINE_CHARS = 90
_DATE_PREFIX = re.compile(
    r"^\s*(?:date|ngày đăng|ngày|published|đăng ngày)\s*:?\s*"
    r"(\d{4}-\d{2}(?:-\d{2})?(?:[T ]\d{2}:\d{2}(?::\d{2})?)?)\s+(\S.*)$",
    re.I,
)
_BYLINE_LABEL = re.compile(
    r"^(?P<label>tác giả|bài và ảnh|bài, ảnh|bài và ảnh|tin và ảnh|tin, ảnh|tin|bài|"
    r"phóng viên|người viết|biên tập|theo|nguồn)\s*:\s*(?P<name>\S.{0,80})$",
    re.I,
)
_SOURCE_LABELS = frozenset({"theo", "nguồn"})
_NAME_TOKEN = re.compile(r"^(?:\([^)]*\)|-|–)$")  # or a word that opens on a capital (str.isupper)
_LEAD_SOURCE = re.compile(r"^\(([^()\d]{2,40})\)\s*[-–—]\s*\S")


@dataclass(frozen=True, slots=True)
class Dateline:
    """A line that only gives the publication date (and maybe a category or view count)."""

    date: str
    category: str | None


def iso_date(year: int, month: int, day: int | None = None, time: str | None = None) -> str | None:
    """ISO text for a date that exists, or None (31/02 is a typo, not a date)."""
    try:
        if day is None:
            date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        date(year, month, day)
    except ValueError:
        return None
    text = f"{year:04d}-{month:02d}-{day:02d}"
    return f"{text}T{time}" if time else text


def _time_of(text: str) -> tuple[str | None, str]:
    match = _TIME.search(text)
    if not match:
        return None, text
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        return None, text
    return f"{hour:02d}:{minute:02d}", text[: match.start()] + " " + text[match.end() :]


def parse_dateline(line: str) -> Dateline | None:
    """Recognise ``Thời sự 31/03/2023 20:40``, ``Thứ tư - 13/09/2023 02:52``, ``24/10/2019 | 927``,
    ``Cập nhật: 08:15 ngày 05/10/2022``, ``Hà Nội, ngày 12 tháng 5 năm 2023``.

    The line must hold little besides the date: a weekday, a time, a time zone, a view counter
    and words like "cập nhật". A short section name directly in front of the date or time
    (only separators between) is the category; words joined to the date by "ngày"/"lúc" make
    a phrase ("Kỷ niệm ngày 30/4/1975" is a headline), and a sentence that mentions a date is
    not a dateline.
    """
    if len(line) > _MAX_DATELINE_CHARS:
        return None
    rest = _VIEW_COUNTER.sub(" ", line)
    match = _DMY.search(rest) or _YMD.search(rest) or _DATE_WORDS.search(rest)
    if not match:
        return None
    if match.re is _YMD:
        year, month, day = (int(g) for g in match.groups())
    else:
        day, month, year = (int(g) for g in match.groups())
    head = rest[: match.start()]
    rest = rest[match.end() :]
    time, after = _time_of(rest)
    if time is None:
        time, head = _time_of(head)
    else:
        rest = after
    iso = iso_date(year, month, day, time)
    if iso is None:
        return None
    place = _PLACE_DATE.match(line)
    if place:  # "Hà Nội, ngày 12 tháng 5 năm 2023": the place is not a category
        head = head[place.end(1) :]
    category = None
    words = _SEPARATORS.sub(" ", head).split()
    if words and not _DATELINE_NOISE.fullmatch(" ".join(words)):
        leftover = _DATELINE_NOISE.sub(" ", head).split()
        if words[-1].lower() not in {"ngày", "lúc"} and leftover == words:
            category = " ".join(words)
        elif leftover:
            return None
    if category is not None and (
        len(words) > 4
        or not all(_CATEGORY_WORD.match(word) for word in words)
        or not words[0][0].isupper()
    ):
        return None
    if _DATELINE_NOISE.sub(" ", rest).split():
        return None
    return Dateline(iso, category)


def parse_iso_date(text: str) -> str | None:
    """Normalise an ISO-like timestamp (``2023-09-13T02:52:00+07:00``) to minute precision."""
    text = text.strip()
    match = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2}))?)?", text)
    if match:
        year, month = int(match.group(1)), int(match.group(2))
        day = int(match.group(3)) if match.group(3) else None
        time = f"{match.group(4)}:{match.group(5)}" if match.group(4) else None
        return iso_date(year, month, day, time)
    dmy = _DMY.search(text)
    if dmy:
        day, month, year = (int(g) for g in dmy.groups())
        time, _ = _time_of(text[dmy.end() :])
        return iso_date(year, month, day, time)
    return None


def parse_date_prefix(line: str) -> tuple[str, str] | None:
    """A scraper's ``date 2022-10 Title...`` line: returns (ISO date, the rest of the line)."""
    match = _DATE_PREFIX.match(line)
    if not match:
        return None
    iso = parse_iso_date(match.group(1))
    return (iso, match.group(2).strip()) if iso else None


def _is_name_like(text: str) -> bool:
    tokens = text.split()
    if not 1 <= len(tokens) <= 6 or len(text) > 60:
        return False
    if text[-1] in ".:;!?,":
        return False
    if any(ch.isdigit() for ch in text):
        return False
    return all(token[0].isupper() or _NAME_TOKEN.match(token) for token in tokens)


def parse_byline(line: str) -> tuple[str, str] | None:
    """Recognise a byline: ``Tác giả: X``, ``Theo X``/``Nguồn: X`` or a bare name (``PV``).

    Returns ``("author", name)`` or ``("source", name)``. A bare name is 1-6 capitalised words
    without digits or final punctuation; the caller decides whether its position (last line of
    the article) makes it a byline.
    """
    line = line.strip()
    match = _BYLINE_LABEL.match(line)
    if match:
        label = match.group("label").lower()
        name = match.group("name").strip().rstrip(".")
        return ("source" if label in _SOURCE_LABELS else "author", name)
    theo = re.match(r"^Theo\s+(\S.{1,60})$", line)
    if theo and _is_name_like(theo.group(1)):
        return ("source", theo.group(1).strip())
    if _is_name_like(line):
        return ("author", line)
    return None


def source_from_lead(paragraph: str) -> str | None:
    """The agency credited at the start of a lead: ``(Tổ Quốc) - Chiều 31/3, ...`` → Tổ Quốc."""
    match = _LEAD_SOURCE.match(paragraph)
    if match:
        return match.group(1).strip()
    return None
