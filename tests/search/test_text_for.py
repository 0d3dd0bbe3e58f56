"""With ``text_for`` the index stores no texts; snippets come from the callable instead."""

from __future__ import annotations

from pathlib import Path

from desktop_app.search import IndexRecord, SearchIndex

TEXTS = {
    1: "Hội đồng nhân dân tỉnh Quảng Ngãi họp phiên thường kỳ.",
    2: "Trận bóng đá ở sân Mỹ Đình kết thúc muộn.",
}


def _records() -> list[IndexRecord]:
    return [IndexRecord(doc_id=i, title=f"Bài {i}", text=t) for i, t in TEXTS.items()]


def test_snippets_come_from_text_for(tmp_path: Path) -> None:
    asked: list[int] = []

    def text_for(doc_id: int) -> str | None:
        asked.append(doc_id)
        return TEXTS.get(doc_id)

    index = SearchIndex(tmp_path / "index", text_for=text_for)
    index.rebuild(_records(), 2)
    hit = index.search('"hoi dong"').hits[0]
    assert asked == [1] and hit.doc_id == 1
    assert TEXTS[1][hit.matches[0].start : hit.matches[0].end] == "Hội đồng"
    assert hit.snippets[0].text.startswith("Hội đồng nhân dân")
    index.close()
    # the stored payload really lacks the text: without text_for there is nothing to show
    bare = SearchIndex(tmp_path / "index")
    hit = bare.search("quảng ngãi").hits[0]
    assert hit.doc_id == 1 and hit.snippets == () and hit.matches == ()
    bare.close()


def test_index_without_text_for_stores_texts(tmp_path: Path) -> None:
    index = SearchIndex(tmp_path / "index")
    index.rebuild(_records(), 2)
    index.close()
    reader = SearchIndex(tmp_path / "index", text_for=lambda doc_id: None)
    hit = reader.search("mỹ đình").hits[0]
    assert hit.doc_id == 2 and "Mỹ Đình" in hit.snippets[0].text
    reader.close()
