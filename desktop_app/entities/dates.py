"""DATE mentions and their ISO keys.

Vietnamese news writes dates as ``31/3``, ``31/03/2023 20:40``, ``18-8-2014``, ``tháng 3-2020``,
``ngày 5 tháng 8 năm 2022`` or ``năm 2023``, often after a day-part or weekday word (``Chiều``,
``Thứ tư -``) that belongs to the span. A date without a year takes the document's year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_DAYPART = r"(?:rạng sáng|sáng sớm|sáng|trưa|chiều|tối|đêm|khuya)(?: nay| qua| mai)?"
_WEEKDAY = r"(?:thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)"
_PREFIX = rf"(?i:(?:(?:{_DAYPART}|{_WEEKDAY})(?:\s*[-,–]\s*|\s+))+(?:ngày\s+)?|ngày\s+)"
_TIME = r"(?:,?\s+(?:lúc\s+)?(?P<time>\d{1,2}[:h]\d{2}(?::\d{2})?))?"
_SEP = r"[/.\-]"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 31/03/2023 20:40, ngày 13/3/2023, Sáng 24/10/2019, 18-8-2014
    (
        "dmy",
        re.compile(
            rf"(?<![\w/.\-])(?P<pre>{_PREFIX})?(?P<d>\d{{1,2}})(?P<s>{_SEP})(?P<m>\d{{1,2}})(?P=s)"
            rf"(?P<y>\d{{4}})(?![\w/]|\.\d|-\d){_TIME}"
        ),
    ),
    # ngày 5 tháng 8 năm 2022, ngày 5 tháng 8
    (
        "dmy_words",
        re.compile(
            rf"(?<!\w)(?P<pre>{_PREFIX})(?P<d>\d{{1,2}}) tháng (?P<m>\d{{1,2}})"
            rf"(?: năm (?P<y>\d{{4}}))?(?!\w)"
        ),
    ),
    # Chiều 31/3, ngày 5/10 (a prefix is required: bare "3/4" is too often a fraction)
    (
        "dm",
        re.compile(
            rf"(?<![\w/.\-])(?P<pre>{_PREFIX})(?P<d>\d{{1,2}})(?P<s>[/\-])(?P<m>\d{{1,2}})"
            rf"(?![\w/]|\.\d|-\d){_TIME}"
        ),
    ),
    # tháng 3-2020, tháng 02/2020, tháng 3 năm 2020
    (
        "my",
        re.compile(
            r"(?<!\w)(?P<pre>(?i:tháng) )(?P<m>\d{1,2})(?:[/\-]| năm )(?P<y>\d{4})(?![\w/\-])"
        ),
    ),
    # năm 2023 (not a term, a range or a duration)
    (
        "y",
        re.compile(
            r"(?<!nhiệm kỳ )(?<!khóa )(?<!khoá )(?<!\d )(?<!\w)(?P<pre>(?i:năm) )(?P<y>(?:19|20)\d\d)"
            r"(?!\w|\s*[-–]\s*\d)"
        ),
    ),
    # ISO dates from page metadata: 2022-10, 2023-03-31
    (
        "iso",
        re.compile(r"(?<![\w\-/])(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)(?:-(?P<d>\d\d))?(?![\w\-/])"),
    ),
)


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    key: str


def document_year(document_date: str | None) -> int | None:
    """The year of an ISO document date (``2023-03-31T20:40`` → 2023), or None."""
    if document_date and re.match(r"\d{4}", document_date):
        return int(document_date[:4])
    return None


def iso_key(day: int | None, month: int | None, year: int | None) -> str | None:
    """ISO 8601 with the precision given, or None when the numbers are not a real date."""
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    days_in_month = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]
    if not 1 <= day <= days_in_month:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def find_dates(text: str, default_year: int | None) -> Iterator[DateMatch]:
    """Every DATE mention in ``text`` with its ISO key (overlaps are resolved by the caller)."""
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            day = int(groups["d"]) if groups.get("d") else None
            month = int(groups["m"]) if groups.get("m") else None
            year = int(groups["y"]) if groups.get("y") else None
            if kind in ("dm", "dmy_words") and year is None:
                year = default_year
                if year is None:
                    key = iso_key(day, month, 2000)  # validate day/month only
                    if key is None:
                        continue
                    yield DateMatch(m.start(), m.end(), f"--{month:02d}-{day:02d}")
                    continue
            key = iso_key(day, month, year)
            if key is None:
                continue
            yield DateMatch(m.start(), m.end(), key)
