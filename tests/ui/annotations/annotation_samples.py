"""Sample text for the annotation GUI tests."""

# Astral characters (two UTF-16 units each in Qt) before and inside the passages.
ASTRAL_TEXT = (
    "Biên bản họp 😀 chi bộ 𝔘 ngày 𠀋 12/3\n\n"
    + "\n\n".join(
        f"Đoạn {i}: Đồng chí Nguyễn Văn An 😀 phát biểu về kế hoạch 𝔘 số {i}-KH/ĐU. "
        f"Hội nghị thống nhất giao Văn phòng 𠀋 tổng hợp ý kiến, báo cáo Thường trực {i}."
        for i in range(1, 40)
    )
)
