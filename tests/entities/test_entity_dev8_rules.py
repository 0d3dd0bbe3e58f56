"""Rules from the dev8 round, on invented sentences."""

from __future__ import annotations

from desktop_app.entities import extract
from desktop_app.models import EntityType


def _spans(text: str) -> set[tuple[str, EntityType]]:
    return {(e.text, e.type) for e in extract(text).entities}


def test_an_airport_keeps_its_kind_word() -> None:
    got = _spans("Hành khách chờ lâu tại sân bay Phù Cát vào dịp cuối tuần.")
    assert ("sân bay Phù Cát", EntityType.LOC) in got


def test_an_international_airport_keeps_its_kind_words() -> None:
    got = _spans("Chuyến bay hạ cánh xuống sân bay quốc tế Cam Ranh lúc nửa đêm.")
    assert ("sân bay quốc tế Cam Ranh", EntityType.LOC) in got


def test_a_park_keeps_its_kind_word() -> None:
    got = _spans("Người dân tập thể dục trong công viên Hòa Bình mỗi sáng.")
    assert ("công viên Hòa Bình", EntityType.LOC) in got


def test_an_aircraft_carrier_is_no_airport() -> None:
    got = _spans("Chiếc tàu sân bay Kuznetsov rời cảng vào tuần trước.")
    assert not any(text.startswith("sân bay") for text, _ in got)
