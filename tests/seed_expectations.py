"""Title, date and author of each sample page, as issue 2 specifies them (one copy for all tests)."""

from __future__ import annotations

SEED_METADATA: dict[str, tuple[str, str | None, str | None]] = {
    "000": (
        "Hội nghị chuyên đề Công tác bảo vệ chính trị nội bộ",
        "2023-03-31T20:40",
        "PV",
    ),
    "001": (
        "Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 39-CT/TW ngày 18/8/2014 của Bộ Chính trị "
        "“về tăng cường công tác bảo vệ chính trị nội bộ trong tình hình hiện nay”",
        "2019-10-24",
        "Minh Phương",
    ),
    "002": (
        "Kiểm tra công tác bảo vệ chính trị nội bộ tại Ban Thường vụ Tỉnh ủy Bình Thuận",
        None,
        None,
    ),
    "003": (
        "Phát huy sức mạnh tổng hợp của các ngành, lực lượng trong thực hiện công tác bảo vệ "
        "chính trị nội bộ",
        "2022-10",
        "Thùy Dương",
    ),
    "004": (
        "Tăng cường công tác bảo vệ chính trị nội bộ, kiên quyết, kiên trì đấu tranh phòng, "
        "chống suy thoái, “tự diễn biến”, “tự chuyển hóa” trong nội bộ",
        "2023-09-13T02:52",
        "Phòng An ninh Chính trị nội bộ",
    ),
}
