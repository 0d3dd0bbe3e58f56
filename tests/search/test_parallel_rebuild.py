"""A large rebuild split over spawned worker processes gives the same index as one process."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from desktop_app.search import IndexRecord, SearchIndex
from desktop_app.search import parallel as P

_WORDS = "tỉnh uỷ họp bàn kế hoạch phát triển kinh tế xã hội năm Quảng Ngãi Hà Nội đường sắt cao tốc".split()


def _records(count: int) -> list[IndexRecord]:
    rng = random.Random(3)
    out = []
    for i in range(1, count + 1):
        body = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(20, 60)))
        # every 7th document shares a rare phrase: posting lists both inline and in blocks
        extra = " Đặc khu Vân Đồn." if i % 7 == 0 else ""
        out.append(IndexRecord(doc_id=i, title=f"Bài {i}", text=f"Bài {i}. {body}.{extra}", date=f"20{10 + i % 12}-05-01"))
    return out


QUERIES = ['"tỉnh uỷ"', "tinh uy", '"vân đồn"', "quảng -hà", "đường OR kinh", "year:2015 họp", "bai"]


def _answers(index: SearchIndex) -> dict[str, tuple[int, list[int]]]:
    out = {}
    for q in QUERIES:
        res = index.search(q, page_size=1000)
        out[q] = (res.total, sorted(h.doc_id for h in res.hits))
    return out


def test_parallel_rebuild_matches_single_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    records = _records(700)
    single = SearchIndex(tmp_path / "single")
    single.rebuild(records, len(records))
    expected = _answers(single)
    single.close()
    assert expected['"vân đồn"'][0] == 100 and expected["bai"][0] == 700

    monkeypatch.setattr(P, "PARALLEL_MIN_DOCS", 100)
    monkeypatch.setattr(P, "CHUNK", 64)
    seen: list[tuple[int, int]] = []
    texts = {r.doc_id: r.text for r in records}
    parallel = SearchIndex(tmp_path / "parallel", text_for=texts.get)  # workers store no texts
    parallel.rebuild(iter(records), len(records), progress=lambda d, t: seen.append((d, t)))
    assert len(parallel._searcher().reader().leaf_readers()) == 2  # one segment per worker
    assert _answers(parallel) == expected
    assert seen[-1] == (700, 700) and all(a <= b for (a, _), (b, _) in zip(seen, seen[1:], strict=False))
    hit = parallel.search('"vân đồn"').hits[0]
    assert hit.snippets and hit.matches
    assert parallel._searcher().stored_fields(0)["payload"][4] is None
    # a later small edit merges through Whoosh's own writer and still reads the bulk segments
    parallel.upsert([IndexRecord(doc_id=7, title="Bài 7", text="Bài 7 đã sửa.")])
    assert parallel.search('"vân đồn"').total == 99
    parallel.close()


def test_cancelled_parallel_rebuild_keeps_the_old_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index = SearchIndex(tmp_path / "index")
    index.rebuild(_records(50), 50)
    monkeypatch.setattr(P, "PARALLEL_MIN_DOCS", 100)
    monkeypatch.setattr(P, "CHUNK", 64)
    calls = iter(range(100))
    index.rebuild(_records(700), 700, cancel=lambda: next(calls) >= 3)
    assert index.doc_count() == 50
    index.close()
