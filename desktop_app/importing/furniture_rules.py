"""One-line rules for the page furniture of Vietnamese news sites.

Each rule is a pattern over a whole line (case-insensitive, optional bullet in front) and the
reason recorded when the line is moved out of the reading text. The patterns describe kinds of
widget that many sites share (hotline boxes, visitor counters, rating widgets, "related news"
headers), never the wording of one article.
"""

from __future__ import annotations

import re

__all__ = ["RELATED_SECTION", "classify_line", "is_relative_time"]

_BULLET = r"^\s*(?:[•·●▪■◦*+>-]\s*)?"
_PHONE = re.compile(r"(?:\+?84|0)\d{1,3}(?:[\s.-]?\d{2,4}){2,4}")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CONTACT_LABELS = re.compile(
    r"\b(?:đt|sđt|tel|fax|email|e-mail|điện thoại|hotline|zalo|di động)\b\.?", re.I
)
_RELATIVE_TIME = re.compile(
    r"^\(?\s*\d+\s*(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)\s*trước\s*\)?$", re.I
)
_TRAILING_RELATIVE_TIME = re.compile(
    r"\(\s*\d+\s*(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)\s*trước\s*\)\s*$", re.I
)

RELATED_SECTION = re.compile(
    _BULLET
    + r"(?:các bài viết khác|các bài khác|bài viết khác|các tin khác|tin khác|tin liên quan|"
    r"bài liên quan|bài viết liên quan|tin cùng chuyên mục|cùng chuyên mục|tin mới nhất|mới nhất|"
    r"xem nhiều nhất|đọc nhiều nhất|xem nhiều|đọc nhiều|tin đọc nhiều|tin xem nhiều|"
    r"những tin mới hơn|những tin cũ hơn|tin mới hơn|tin cũ hơn|tin đã đưa|"
    r"nổi bật trang chủ|tin nổi bật|tin tiêu điểm|tiêu điểm|có thể bạn quan tâm|"
    r"có thể bạn quan tâm|đọc thêm|xem thêm|tin mới|tin bài liên quan)\s*:?\s*$",
    re.I,
)

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("hotline", re.compile(_BULLET + r"(?:đường dây nóng|hot\s*line)\b.{0,60}$", re.I)),
    ("advertising", re.compile(_BULLET + r"(?:liên hệ quảng cáo\b.{0,60}|quảng cáo\s*:?)$", re.I)),
    ("related-links", RELATED_SECTION),
    (
        "visitor-counter",
        re.compile(
            _BULLET + r"(?:đang truy cập|đang online|trực tuyến|hôm nay|hôm qua|tuần này|"
            r"tuần trước|tháng này|tháng hiện tại|tháng trước|năm hiện tại|năm nay|"
            r"tổng lượt truy cập|tổng truy cập|lượt truy cập|lượt xem|số lượt truy cập|"
            r"thành viên|khách)\s*:?\s*[\d.,]+$",
            re.I,
        ),
    ),
    (
        "rating-widget",
        re.compile(
            _BULLET + r"(?:tổng số điểm của bài viết|click để đánh giá|bấm để đánh giá|"
            r"đánh giá bài viết|bạn đánh giá|chấm điểm)\b.{0,80}$",
            re.I,
        ),
    ),
    (
        "session-notice",
        re.compile(
            r"^.{0,40}(?:không sử dụng site|duy trì trạng thái đăng nhập|thời gian chờ\s*:\s*\d+)"
            r".{0,120}$",
            re.I,
        ),
    ),
    (
        "scroll-control",
        re.compile(
            r"^\s*(?:top|down|up|lên đầu trang|về đầu trang|đầu trang|back to top|[↑↓▲▼^])\s*$",
            re.I,
        ),
    ),
    (
        "share-and-feedback",
        re.compile(
            _BULLET + r"(?:phản hồi|góp ý|góp ý dự thảo|bình luận|gửi bình luận|ý kiến bạn đọc|"
            r"gửi ý kiến|ý kiến của bạn|chia sẻ|chia sẻ bài viết|share|tweet|like|thích|in bài|"
            r"in bài viết|bản in|gửi email|gửi bài viết|lưu bài|lưu bài viết|quay lại|trở về|"
            r"trở lại|tải về|đăng nhập|đăng ký|facebook|twitter|zalo)\s*:?\s*$",
            re.I,
        ),
    ),
    ("tags", re.compile(_BULLET + r"(?:tags?|từ khóa|từ khoá|chủ đề)\s*:.{0,200}$", re.I)),
    (
        "site-links",
        re.compile(r"^\s*(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?\s*$", re.I),
    ),
    ("breadcrumb", re.compile(r"^\s*trang chủ\s*(?:[»>/|›]\s*[^»>/|›]{1,40}){1,6}$", re.I)),
    (
        "photo-placeholder",
        re.compile(
            r"^(?:.{1,300}\s[-–]\s)?ảnh\s*\d+\s*\.?$|^\s*\(?ảnh minh h[oọ][ạa]\)?\s*$", re.I
        ),
    ),
    ("related-links", re.compile(_BULLET + r".{3,300}" + _TRAILING_RELATIVE_TIME.pattern, re.I)),
)


def is_relative_time(line: str) -> bool:
    """``10 ngày trước`` or ``(1 tháng trước)`` alone on a line: a related-news timestamp."""
    return bool(_RELATIVE_TIME.match(line.strip()))


def _is_contact_line(line: str) -> bool:
    """Only phone numbers and e-mail addresses (with labels and separators) on the line."""
    if not (_PHONE.search(line) or _EMAIL.search(line)):
        return False
    rest = _EMAIL.sub(" ", line)
    rest = _PHONE.sub(" ", rest)
    rest = _CONTACT_LABELS.sub(" ", rest)
    return not re.sub(r"[\s\-–—|,;:/•.()]+", "", rest)


def classify_line(line: str) -> str | None:
    """The furniture reason of a whole line, or None when it may be reading text."""
    stripped = line.strip()
    if not stripped:
        return None
    if _is_contact_line(stripped):
        return "hotline"
    if is_relative_time(stripped):
        return "related-links"
    for reason, pattern in _RULES:
        if pattern.match(stripped):
            return reason
    return None
