"""Separate the article from the page around it in text scraped from Vietnamese news sites.

Input is one page as plain text (a scraper's .txt, a .md, or the text of an .html page). The
result keeps the article as the reader should see it and moves everything else into
``furniture`` with a reason, so nothing is silently lost.

Conventions (the rest of the app relies on them):

* ``clean_text`` starts with the **title as its first line**, so the reader shows it; a
  scraper's prefix such as ``date 2022-10`` is taken off that line.
* The **dateline** (``Thời sự 31/03/2023 20:40``, ``24/10/2019 | 927``) is removed: its content
  lives on as ``date`` and ``category``.
* The **byline** (``PV``, ``Tác giả: ...``) stays as the last line of the article: it is text
  the author wrote. Everything after it that is not article text is furniture.
* A lead paragraph repeated verbatim right after itself is kept once.
* Photo captions (``Toàn cảnh Hội nghị``, ``Ảnh: Đồng chí ...``) stay; bare image placeholders
  (``... - Ảnh 1.``, ``ảnh minh họa``) go.
* An administrative document (``Số: 1234/QĐ-UBND`` ... ``QUYẾT ĐỊNH`` / ``Về việc ...``) keeps
  its header as written: its title ("Quyết định về việc ...") and date come from the header
  (``official_documents``), and no header line is taken for navigation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import RemovedBlock
from ..textnorm import normalize_text
from .furniture_rules import RELATED_SECTION, classify_line, is_relative_time
from .metadata import parse_byline, parse_date_prefix, parse_dateline, source_from_lead
from .official_documents import official_header

__all__ = ["CleanedPage", "PageHints", "clean_news_text"]

_HEAD_LINES = 8  # a title and dateline sit among the first lines before the body
_BODY_MIN_CHARS = 80
_BODY_ALWAYS_CHARS = 400
_SENTENCE_END = re.compile(r"[.!?…:;][\"”’)\]]*$")
_DUPLICATE_MIN_CHARS = 40
_NAV_MAX_CHARS = 80
_NAV_MAX_WORDS = 12


@dataclass(frozen=True, slots=True)
class PageHints:
    """Metadata found outside the text (HTML meta tags, DOCX properties); it wins over guesses."""

    title: str | None = None
    date: str | None = None
    author: str | None = None
    source: str | None = None
    category: str | None = None


@dataclass(frozen=True, slots=True)
class CleanedPage:
    """The reading text of a page, its metadata and the furniture taken out of it."""

    clean_text: str
    title: str | None
    date: str | None
    source: str | None
    author: str | None
    category: str | None
    furniture: tuple[RemovedBlock, ...]


def _is_body_paragraph(line: str) -> bool:
    if len(line) >= _BODY_ALWAYS_CHARS:
        return True
    return len(line) >= _BODY_MIN_CHARS and bool(_SENTENCE_END.search(line))


def _is_headline_like(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 60 and len(line) <= 300 and not line.endswith(".")


def _is_nav_like(line: str) -> bool:
    """A short line without sentence punctuation: a menu entry or link, not article prose."""
    return (
        len(line) <= _NAV_MAX_CHARS
        and len(line.split()) <= _NAV_MAX_WORDS
        and not _SENTENCE_END.search(line)
    )


class _Page:
    """Working state of one cleaning run: lines and the reason each removed line has."""

    def __init__(self, text: str) -> None:
        self.lines = normalize_text(text).split("\n")
        self.reasons: list[str | None] = [None] * len(self.lines)
        self.replacement: dict[int, str] = {}
        self.nonempty = [i for i, line in enumerate(self.lines) if line.strip()]

    def kept(self) -> list[int]:
        return [i for i in self.nonempty if self.reasons[i] is None]

    def mark(self, index: int, reason: str) -> None:
        if self.reasons[index] is None:
            self.reasons[index] = reason


def _mark_related_headlines(page: _Page) -> None:
    """``Headline`` / ``Headline`` / ``10 ngày trước``: a related-news teaser, all three go."""
    idx = page.nonempty
    for pos, i in enumerate(idx):
        if not is_relative_time(page.lines[i]) or pos == 0:
            continue
        page.mark(i, "related-links")
        prev = idx[pos - 1]
        page.mark(prev, "related-links")
        if pos >= 2 and page.lines[idx[pos - 2]] == page.lines[prev]:
            page.mark(idx[pos - 2], "related-links")


def _mark_related_tail(page: _Page, body_start: int) -> None:
    """A "related news" header: with no article paragraph below it, all below is furniture;
    in mid-article (sites embed a box of links), only the short link lines up to the next
    article paragraph are. One backward pass finds each line's next article paragraph, so a
    page with thousands of such headers stays linear."""
    idx = [i for i in page.nonempty if i > body_start]
    next_body: list[int | None] = [None] * len(idx)
    following: int | None = None
    for pos in range(len(idx) - 1, -1, -1):
        next_body[pos] = following
        j = idx[pos]
        if page.reasons[j] is None and _is_body_paragraph(page.lines[j]):
            following = pos
    for pos, i in enumerate(idx):
        if not RELATED_SECTION.match(page.lines[i]):
            continue
        stop = next_body[pos]
        if stop is None:
            for j in idx[pos + 1 :]:
                page.mark(j, "related-links")
            return
        for j in idx[pos + 1 : stop]:
            if _is_nav_like(page.lines[j]):
                page.mark(j, "related-links")


def _find_title(page: _Page, head: list[int], dateline: int | None, hint: str | None) -> int | None:
    if hint:
        wanted = normalize_text(hint).casefold()
        for i in head:
            if page.lines[i].casefold() == wanted:
                return i
        return None  # the caller puts the hinted title in front of the text
    candidates = [i for i in head if page.reasons[i] is None and _is_headline_like(page.lines[i])]
    if dateline is not None:
        before = [i for i in candidates if i < dateline]
        if before:
            return before[-1]
        after = [i for i in candidates if i > dateline]
        return after[0] if after else None
    return candidates[0] if candidates else None


def _find_byline(page: _Page) -> tuple[int, str, str] | None:
    """Index, kind ("author"/"source") and name of the byline closing the article, if any."""
    idx = page.nonempty
    for pos in range(len(idx) - 1, -1, -1):
        i = idx[pos]
        line = page.lines[i]
        if page.reasons[i] is not None:
            continue
        byline = parse_byline(line)
        explicit = byline is not None and (":" in line or byline[0] == "source")
        if byline is not None:
            previous = [j for j in idx[:pos] if page.reasons[j] is None]
            if explicit or (previous and _is_body_paragraph(page.lines[previous[-1]])):
                return i, byline[0], byline[1]
        if not _is_nav_like(line):
            return None
    return None


def _mark_duplicates(page: _Page, first_body: int | None) -> None:
    kept = page.kept()
    for prev, cur in zip(kept, kept[1:], strict=False):
        line = page.lines[cur]
        if len(line) >= _DUPLICATE_MIN_CHARS and line == page.lines[prev]:
            page.mark(cur, "duplicate-lead" if prev == first_body else "duplicate-paragraph")


def _furniture_blocks(page: _Page) -> tuple[RemovedBlock, ...]:
    blocks: list[RemovedBlock] = []
    current: list[str] = []
    reason: str | None = None
    for i in page.nonempty:
        this = page.reasons[i]
        if this != reason and current and reason is not None:
            blocks.append(RemovedBlock("\n".join(current), reason))
            current = []
        reason = this
        if this is not None:
            current.append(page.lines[i])
    if current and reason is not None:
        blocks.append(RemovedBlock("\n".join(current), reason))
    return tuple(blocks)


def clean_news_text(text: str, hints: PageHints | None = None) -> CleanedPage:
    """Clean one scraped page; see the module docstring for what is kept and what is removed."""
    hints = hints or PageHints()
    page = _Page(text)
    for i in page.nonempty:
        reason = classify_line(page.lines[i])
        if reason:
            page.reasons[i] = reason
    _mark_related_headlines(page)

    body = [i for i in page.kept() if _is_body_paragraph(page.lines[i])]
    first_body = body[0] if body else None
    body_start = first_body if first_body is not None else len(page.lines)
    head = [i for i in page.kept() if i < body_start][:_HEAD_LINES]

    date = category = title = None
    title_index: int | None = None
    official = official_header([page.lines[i] for i in head])
    if official is not None:
        # An administrative document keeps its whole header; only the metadata is read.
        title = official.title
        title_index = head[official.title_lines[0]]
        for i in head:
            found = parse_dateline(page.lines[i])
            if found:
                date = found.date
                break
        head = []
    for i in head[:3]:
        prefixed = parse_date_prefix(page.lines[i])
        if prefixed:
            date, title = prefixed
            title_index = i
            page.replacement[i] = title
            break
    dateline_index: int | None = None
    for i in head:
        found = parse_dateline(page.lines[i])
        if found:
            dateline_index = i
            date = date or found.date
            category = found.category
            page.mark(i, "dateline")
            break
    if title_index is None:
        title_index = _find_title(page, head, dateline_index, hints.title)
        if title_index is not None:
            title = page.lines[title_index]
    if title_index is not None:
        for i in head:
            if i < title_index:
                page.mark(i, "navigation")

    _mark_related_tail(page, body_start)
    author = source = None
    byline = _find_byline(page)
    if byline is not None:
        index, kind, name = byline
        if kind == "author":
            author = name
        else:
            source = name
        for i in page.nonempty:
            if i > index:
                page.mark(i, "after-article")
    if first_body is not None:
        source = source_from_lead(page.lines[first_body]) or source
    _mark_duplicates(page, first_body)

    out = [
        page.replacement.get(i, line) for i, line in enumerate(page.lines) if not page.reasons[i]
    ]
    if hints.title and title is None:
        title = normalize_text(hints.title)
        out.insert(0, title + "\n")
    return CleanedPage(
        clean_text=normalize_text("\n".join(out)),
        title=hints.title and normalize_text(hints.title) or title,
        date=hints.date or date,
        source=hints.source or source,
        author=hints.author or author,
        category=hints.category or category,
        furniture=_furniture_blocks(page),
    )
