"""DATE mentions and their ISO keys.

Vietnamese news writes dates as ``31/3``, ``31/03/2023 20:40``, ``18-8-2014``, ``tháng 3-2020``,
``ngày 5 tháng 8 năm 2022`` or ``năm 2023``, often after a day-part or weekday word (``Chiều``,
``Thứ tư -``) that belongs to the span. A date without a year takes the document's year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from desktop_app.entities.tokens import bounded, opening_on

_DAYPART = r"(?:rạng sáng|sáng sớm|sáng|trưa|chiều|tối|đêm|khuya)(?: nay| qua| mai)?"
_WEEKDAY = r"(?:thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)"
# a time written before the day part or "ngày": "17h30 ngày 10/2", "5h sáng 9/7", "19 giờ ngày 14-5"
# or a range "16h00 – 23h30 ngày 19.1.2018" (the key takes its start)
_LEAD = (
    r"(?:(?:(?P<rh>\d{1,2})h(?P<rm>\d{2})?\s*[–\-]\s*)?"
    r"(?P<lh>\d{1,2})(?:h(?P<lm>\d{2})?(?: phút)?|:(?P<lm2>\d{2})| giờ(?: (?P<lm3>\d{1,2}) phút)?)"
    rf"\s+(?=(?i:{_DAYPART}|ngày)\s))?"
)
_PREFIX = (
    rf"(?:{_LEAD}(?i:(?:(?:{_DAYPART}|{_WEEKDAY})(?:\s*[-,–]\s*|\s+))+(?:ngày\s+)?|(?:ngày|hôm)\s+))"
)
_TIME = r"(?:,?\s+(?:lúc\s+)?(?P<time>\d{1,2}[:h]\d{2}(?::\d{2})?))?"
# words after which a bare "30/6" is a date, not a fraction: "trước 30/6", "từ 14.2 đến 15.3"
_CONTEXT = r"(?:trước|sau|từ|đến|tới|hôm|vào|đầu|cuối|giữa|hạn|tính đến|kể từ)"
_SEP = r"[/.\-]"
_COUNTED_DAYS = re.compile(r"(?<!\w)(?:\d+|hai|ba|bốn|năm|vài) ngày $")
_RANGE_CONTEXT = re.compile(rf"(?<!\w)(?i:{_CONTEXT}|trong|các ngày|vào các ngày) $")

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # a range of days in one month: "11 - 12/5/2017", "(từ) 10-11/2" (the key takes its start)
    (
        "d_range",
        re.compile(
            rf"(?<![\w/.\-])(?P<pre>{_PREFIX})?(?P<d>\d{{1,2}}) ?[-–] ?(?P<d2>\d{{1,2}})(?P<s>[/.])(?P<m>\d{{1,2}})"
            rf"(?:(?P=s)(?P<y>\d{{4}}))?(?![\w/]|[.,]\d|-\d|\s*%)"
        ),
    ),
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
    # Chiều 31/3, ngày 5/10, ngày 9.1 (a prefix is required: bare "3/4" is too often a fraction)
    (
        "dm",
        re.compile(
            rf"(?<![\w/.\-])(?P<pre>{_PREFIX})(?P<d>\d{{1,2}})(?P<s>[/.\-])(?P<m>\d{{1,2}})"
            rf"(?![\w/]|[.,]\d|-\d){_TIME}"
        ),
    ),
    # trước 30/6, từ 14.2 đến 15.3, (9/7): a word or bracket that only dates take
    (
        "dm_ctx",
        re.compile(
            rf"(?:(?<!\w)(?i:{_CONTEXT}) |\()(?P<d>\d{{1,2}})(?P<s>[/.\-])(?P<m>\d{{1,2}})"
            r"(?![\w/]|[.,]\d|-\d|\s*%)"
        ),
    ),
    # quý I-2020, quý IV/2016, quý 3 năm 2021
    (
        "quarter",
        re.compile(r"(?P<pre>[Qq](?i:uý) )(?P<q>IV|I{1,3}|[1-4])(?:[/\-]| năm )(?P<y>\d{4})(?![\w/\-])"),
    ),
    # tháng 3-2020, tháng 02/2020, tháng 3 năm 2020, tháng 9- 2011, tháng 8.2015
    (
        "my",
        re.compile(
            r"(?P<pre>[Tt](?i:háng) )(?P<m>\d{1,2})(?:[/\-] ?| - | năm |\.(?=(?:19|20)\d\d))(?P<y>\d{4})(?![\w/\-])"
        ),
    ),
    # tháng 10 (a month of the document's year; not "3 tháng 10 ngày", a duration)
    (
        "m",
        re.compile(
            r"(?P<pre>[Tt]háng )(?<!\w[Tt]háng )(?<!\d [Tt]háng )(?P<m>1[0-2]|0?[1-9])"
            r"(?![\w/\-]|[.,]\d| năm \d| ngày|\s*(?:%|tuổi|lần|người))"
        ),
    ),
    # năm 2023, "tài khóa năm 2015" (not a term "khóa năm 2016", a decade "những năm 1950", a range or a duration)
    (
        "y",
        re.compile(
            r"(?P<pre>[Nn](?i:ăm) )(?<!nhiệm kỳ (?i:năm) )(?<!(?<![Tt]ài )khóa (?i:năm) )(?<!(?<![Tt]ài )khoá (?i:năm) )"
            r"(?<!những (?i:năm) )(?<!Những (?i:năm) )(?<!\d (?i:năm) )(?P<y>(?:19|20)\d\d)"
            r"(?!\w|\s*[-–]\s*\d)"
        ),
    ),
    # "Hồi năm 2014-2015", "Năm 2006-2008, ...": a range of years after "hồi", "vào", "trong" or
    # opening a sentence dates events (the key takes its start); after a noun it is a period
    # ("nhiệm vụ năm 2014-2015"), in a list of terms too ("nhiệm kỳ 2020 - 2025, năm 2015 - 2020")
    (
        "y_range",
        re.compile(
            # "năm" first, the word before it checked behind: a leading look-behind made the
            # engine try every position of the text (10x slower)
            r"(?P<pre>[Nn][Ăă][Mm] )(?:(?<=[Hh]ồi [Nn][Ăă][Mm] )|(?<=[Vv]ào [Nn][Ăă][Mm] )"
            r"|(?<=[Tt]rong [Nn][Ăă][Mm] )|(?<=\. [Nn][Ăă][Mm] )|(?<=\n[Nn][Ăă][Mm] )|(?<![\s\S]{5}))"
            r"(?P<y>(?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d(?![\w/\-])"
        ),
    ),
    # ISO dates from page metadata: 2022-10, 2023-03-31
    (
        "iso",
        re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)(?:-(?P<d>\d\d))?(?![\w\-/])"),
    ),
)

# Patterns above that open on a set or a literal instead of their look-behind (the engine skips to
# it: 3-10x faster): ``bounded`` drops the matches after a character of this pattern instead.
_NOT_BEFORE: dict[str, re.Pattern[str]] = {
    "quarter": re.compile(r"\w"),
    "my": re.compile(r"\w"),
    "y": re.compile(r"\w"),
    "iso": re.compile(r"[\w\-/]"),
}
# Necessary conditions, fast to test: a text without one has no match of the pattern, which tries
# its day-part prefix at every word otherwise. All but "dm_ctx" (whose match start is used) open
# on their separator, a rarer character than a digit, and check the digits before it behind.
_GATES: dict[str, re.Pattern[str]] = {
    # the days and month of a range (9 texts in 10 have none): \d{1,2} ?[-–] ?\d{1,2}[/.]\d{1,2}
    "d_range": re.compile(r"[-–](?:(?<=\d[-–])|(?<=\d [-–])) ?\d{1,2}[/.]\d{1,2}"),
    # \d{1,2}([/.\-])\d{1,2}\1\d{4}
    "dmy": re.compile(r"([/.\-])(?<=\d[/.\-])\d{1,2}\1\d{4}(?![\w/]|\.\d|-\d)"),
    # \d{1,2} tháng \d{1,2}
    "dmy_words": re.compile(r" tháng (?<=\d tháng )\d{1,2}(?!\w)"),
    # [\s,\-–]\d{1,2}[/.\-]\d{1,2}: a prefix ends on a space or a dash
    "dm": re.compile(r"[/.\-](?:(?<=[\s,\-–]\d[/.\-])|(?<=[\s,\-–]\d\d[/.\-]))\d{1,2}(?![\w/]|[.,]\d|-\d)"),
    "dm_ctx": re.compile(r"[\s(]\d{1,2}[/.\-]\d{1,2}(?![\w/]|[.,]\d|-\d|\s*%)"),
}
# Patterns that open on one word, looked for in the lower-case text (``tokens.opening_on``); they
# keep their look-behind there (tried at a few places, it costs nothing).
_OPENERS: dict[str, tuple[str, ...]] = {
    "quarter": ("quý ",),
    "my": ("tháng ",),
    "m": ("tháng ",),
    "y": ("năm ",),
    "y_range": ("năm ",),
}
_BEHIND: dict[str, re.Pattern[str]] = {
    kind: re.compile(rf"(?<!{_NOT_BEFORE[kind].pattern}){pattern.pattern}") if kind in _NOT_BEFORE else pattern
    for kind, pattern in _PATTERNS
    if kind in _OPENERS
}
# A "dm_ctx" match starts on the bracket or the space its gate's match opens on, or a context
# word's length before that space.
_CTX_LENGTHS = sorted({len(w) for w in _CONTEXT[3:-1].split("|")})
# Where a pattern with a day-part prefix can start (past its gate): a word of the prefix, found
# in the lower-case text, or a digit run (a leading time; the day itself when the prefix is
# optional). The look-behind never lets one start inside a word or a number.
_PREFIX_WORDS = ("rạng sáng", "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "thứ ", "chủ nhật", "ngày", "hôm")
_PREFIXED = frozenset({"d_range", "dmy", "dmy_words", "dm"})
_DIGITS = re.compile(r"\d+")


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


_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_RANGE_END = re.compile(r"\s*[-–]\s*(\d{1,2})([/.\-])(\d{1,2})(?![\w/]|[.,]\d|-\d)")
# "các ngày 29/4, 20/5, 27/5 và 24/6", "từ 29/4 đến hết 24/6": the next day of a list or range
_LIST_NEXT = re.compile(
    r"(?:\s*,\s*|\s+(?:và|hoặc|đến|tới)\s+(?:hết\s+|ngày\s+)?)(\d{1,2})([/.])(\d{1,2})"
    r"(?![\w/]|[.,]\d|-\d|\s*%)"
)


def _time_suffix(groups: dict[str, str | None]) -> str:
    """``T20:40`` from a trailing "20:40" or a leading "17h30"/"19 giờ", else empty."""
    if groups.get("time"):
        hh, mm = re.split(r"[:h]", groups["time"])[:2]
    elif groups.get("rh"):
        hh, mm = groups["rh"], groups.get("rm") or "0"
    elif groups.get("lh"):
        hh = groups["lh"] or "0"
        mm = groups.get("lm") or groups.get("lm2") or groups.get("lm3") or "0"
    else:
        return ""
    if int(hh) > 23 or int(mm) > 59:
        return ""
    return f"T{int(hh):02d}:{int(mm):02d}"


# "Nguyễn Văn A (SN 1980)": the year of birth after "SN" (sinh năm) is a date; the later gold
# sets (dev9, dev11 to dev14) mark the year alone.
_BIRTH_YEAR = re.compile(r"(?<![\w.])SN:? ((?:19|20)\d\d)(?![\w/.-])")


def find_dates(text: str, default_year: int | None) -> Iterator[DateMatch]:
    """Every DATE mention in ``text`` with its ISO key (overlaps are resolved by the caller)."""
    if "SN" in text:
        for m in _BIRTH_YEAR.finditer(text):
            yield DateMatch(m.start(1), m.end(1), m.group(1))
    for match in _find(text, default_year):
        yield match
        # "từ ngày 9.1 - 7.2": the end of a range is a date of the same kind
        r = _RANGE_END.match(text, match.end)
        if r and match.key[:1] != "-" and len(match.key) >= 10:
            key = iso_key(int(r.group(1)), int(r.group(3)), int(match.key[:4]))
            if key is not None:
                yield DateMatch(r.start(1), r.end(), key)
        yield from _list_dates(text, match)


def _list_dates(text: str, first: DateMatch) -> Iterator[DateMatch]:
    """Day/month dates that go on a list or range after a dated day ("29/4, 20/5 và 24/6")."""
    dated = len(first.key) >= 10 and first.key[7:8] == "-"
    if not dated and not (first.key[:2] == "--" and len(first.key) == 7):
        return
    end = first.end
    while (r := _LIST_NEXT.match(text, end)) is not None:
        day, month = int(r.group(1)), int(r.group(3))
        if first.key[:2] == "--":
            if iso_key(day, month, 2000) is None:
                return
            key = f"--{month:02d}-{day:02d}"
        else:
            key = iso_key(day, month, int(first.key[:4]))
            if key is None:
                return
        yield DateMatch(r.start(1), r.end(), key)
        end = r.end()


class _Text:
    """One text and its digit runs, found once (when a gate first lets a prefixed pattern run)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._digit_runs: list[int] | None = None

    def digit_runs(self) -> list[int]:
        if self._digit_runs is None:
            self._digit_runs = [m.start() for m in _DIGITS.finditer(self.text)]
        return self._digit_runs


def _matches(kind: str, pattern: re.Pattern[str], t: _Text) -> Iterator[re.Match[str]]:
    """``finditer`` of the pattern as documented above (same matches, found faster)."""
    text = t.text
    if kind in _OPENERS:
        return opening_on(_BEHIND[kind], text, _OPENERS[kind], fold=True)
    if kind in _NOT_BEFORE:
        return bounded(pattern, text, _NOT_BEFORE[kind])
    if kind == "dm_ctx":
        starts = []
        for gate in _GATES[kind].finditer(text):
            starts.append(gate.start())
            starts += [gate.start() - n for n in _CTX_LENGTHS if gate.start() >= n]
        return opening_on(pattern, text, (), extra=starts)
    if kind in _GATES and _GATES[kind].search(text) is None:
        return iter(())
    if kind in _PREFIXED:
        return opening_on(pattern, text, _PREFIX_WORDS, fold=True, extra=t.digit_runs())
    return pattern.finditer(text)


def _find(text: str, default_year: int | None) -> Iterator[DateMatch]:
    t = _Text(text)
    for kind, pattern in _PATTERNS:
        for m in _matches(kind, pattern, t):
            groups = m.groupdict()
            if kind == "quarter":
                yield DateMatch(m.start(), m.end(), f"{groups['y']}-Q{_QUARTERS[groups['q']]}")
                continue
            if kind == "d_range" and not (
                int(groups["d"]) < int(groups["d2"])
                and (groups["y"] or groups["pre"] or _RANGE_CONTEXT.search(text, max(0, m.start() - 8), m.start()))
            ):
                continue  # "3-4/5" alone may be a score and a fraction
            day = int(groups["d"]) if groups.get("d") else None
            month = int(groups["m"]) if groups.get("m") else None
            year = int(groups["y"]) if groups.get("y") else None
            start = m.start("d") if kind == "dm_ctx" else m.start()
            if kind == "d_range" and groups["pre"] and _COUNTED_DAYS.search(text, max(0, start - 12), start + 5):
                start = m.start("d")  # "trong hai ngày 10-11/2": two days, then the dates
            if kind == "m" and year is None:
                year = default_year
                if year is None:
                    yield DateMatch(start, m.end(), f"--{month:02d}")
                    continue
            if kind in ("dm", "dm_ctx", "dmy_words", "d_range") and year is None:
                year = default_year
                if year is None:
                    key = iso_key(day, month, 2000)  # validate day/month only
                    if key is None:
                        continue
                    yield DateMatch(start, m.end(), f"--{month:02d}-{day:02d}")
                    continue
            key = iso_key(day, month, year)
            if key is None:
                continue
            if day is not None:
                key += _time_suffix(groups)
            yield DateMatch(start, m.end(), key)
