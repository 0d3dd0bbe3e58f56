"""Operators, field filters, repairs, paging, facets, notes and emoji, on seeds + extra docs."""

from __future__ import annotations

import pytest

from desktop_app.search import SearchIndex, parse_query

from .conftest import EXTRA, ids

TEXTS = {r.doc_id: r.text for r in EXTRA}


def test_default_operator_is_and(mixed_index: SearchIndex):
    assert ids(mixed_index.search("bóng Nghệ")) == []
    assert ids(mixed_index.search("bóng trời")) == [102]


def test_or_and_not(mixed_index: SearchIndex):
    assert sorted(ids(mixed_index.search('bóng OR "Nghệ An"'))) == [100, 102]
    assert sorted(ids(mixed_index.search('"Hà Nội" -bóng'))) == [1, 101]
    assert sorted(ids(mixed_index.search('"Hà Nội" NOT bóng'))) == [1, 101]
    assert sorted(ids(mixed_index.search("(bóng OR Nghệ) AND trời"))) == [102]


def test_purely_negative_query_is_everything_else(mixed_index: SearchIndex):
    results = mixed_index.search("-bảo")
    assert set(ids(results)) == {100, 101, 102}


def test_prefix(mixed_index: SearchIndex):
    assert 102 in ids(mixed_index.search("bón*"))
    assert 102 in ids(mixed_index.search("bon*"))
    assert 102 not in ids(mixed_index.search("bọn*"))


def test_nghe_an_is_found(mixed_index: SearchIndex):
    for query in ("Nghệ An", '"nghe an"', "an"):
        assert 100 in ids(mixed_index.search(query)), query


def test_missing_space_after_full_stop_splits_words(mixed_index: SearchIndex):
    assert 100 in ids(mixed_index.search('"họp bàn"'))
    assert 100 in ids(mixed_index.search("Ông"))


def test_symbols_whole_and_by_parts(mixed_index: SearchIndex):
    for query in ("58-QĐ/TW", "58-QD/TW", "QĐ/TW", "01-HD/BTCTW", "BTCTW", "TP.HCM", "HCM", "A03"):
        found = ids(mixed_index.search(query))
        assert found, query
    assert sorted(ids(mixed_index.search("58-QĐ/TW"))) == [2, 3, 101]  # seeds cite it too
    assert sorted(ids(mixed_index.search("01-HD/BTCTW"))) == [2, 3, 101]
    assert ids(mixed_index.search("TP.HCM")) == [100]


def test_field_filters(mixed_index: SearchIndex):
    assert ids(mixed_index.search("title:bóng")) == [102]
    assert ids(mixed_index.search("title:\"Quyết định\"")) == [101]
    assert ids(mixed_index.search('org:"Bộ Công an"')) == [101]
    assert ids(mixed_index.search('org:"bo cong an"')) == [101]
    assert ids(mixed_index.search("person:Nguyễn")) == [100]
    assert sorted(ids(mixed_index.search('loc:"Hà Nội"'))) == [101, 102]
    assert ids(mixed_index.search("loc:nghe")) == [100]
    assert ids(mixed_index.search("doc:58-QĐ/TW")) == [101]
    assert ids(mixed_index.search("tag:pháp")) == []  # a tag is matched whole
    assert ids(mixed_index.search('tag:"pháp luật"')) == [101]
    assert ids(mixed_index.search("tag:phap*")) == [101]
    assert ids(mixed_index.search('tag:"xac minh"')) == [100]  # a note's tag
    assert ids(mixed_index.search("source:thao")) == [102]
    # an entity filter does not match the body text when the entity is not there
    assert ids(mixed_index.search("org:Nghệ")) == [100]
    assert ids(mixed_index.search("person:Nghệ")) == []


def test_date_filters(mixed_index: SearchIndex):
    assert ids(mixed_index.search("date:2023-01..2023-06")) == [100]
    assert sorted(ids(mixed_index.search("date:2021..2022"))) == [101, 102]
    assert ids(mixed_index.search("date:2022-07")) == [101]
    assert sorted(ids(mixed_index.search("date:2022.."))) == [100, 101]
    assert ids(mixed_index.search("date:..2021-12")) == [102]
    assert ids(mixed_index.search("year:2021")) == [102]
    assert ids(mixed_index.search("Hà Nội year:2022")) == [101]


@pytest.mark.parametrize(
    ("query", "effective", "repair"),
    [
        ('"bảo vệ chính', '"bảo vệ chính"', "Closed an unbalanced quote"),
        ("bảo AND", "bảo", "Ignored a dangling AND"),
        ("OR bảo", "bảo", "Ignored a dangling OR"),
        ("bảo NOT", "bảo", "Ignored a dangling NOT"),
        ("bảo title:", "bảo", "Ignored the empty field filter title:"),
        ("bảo date:2023-13..x", "bảo", "Ignored the invalid date range date:2023-13..x"),
        ("date:2023..2021", "date:2021..2023", "Swapped the reversed date range date:2023..2021"),
        ("(bảo OR vệ", "bảo OR vệ", "Closed an unbalanced parenthesis"),
        ("bảo) vệ", "bảo vệ", "Ignored an unmatched )"),
    ],
)
def test_repairs(mixed_index: SearchIndex, query: str, effective: str, repair: str):
    parsed = parse_query(query)
    assert parsed.effective_query == effective
    assert repair in parsed.repairs
    results = mixed_index.search(query)  # never raises
    assert results.effective_query == effective
    assert repair in results.repairs


def test_well_formed_query_has_no_repairs():
    assert parse_query('org:"Bộ Công an" date:2023-01..2023-06 -x OR "a b"').repairs == ()


def test_empty_and_unsearchable_queries(mixed_index: SearchIndex):
    for query in ("", "   ", "…", '""', "NOT"):
        results = mixed_index.search(query)
        assert results.total == 0 and results.hits == ()


def test_paging(mixed_index: SearchIndex):
    everything = mixed_index.search("đã", page_size=100)
    assert everything.total == len(everything.hits) >= 6
    pages = [mixed_index.search("đã", page=p, page_size=2) for p in (1, 2, 3, 4)]
    assert all(p.total == everything.total for p in pages)
    paged = [h.doc_id for p in pages for h in p.hits]
    assert paged == [h.doc_id for h in everything.hits][: len(paged)]
    assert len(set(paged)) == len(paged)
    assert mixed_index.search("đã", page=99, page_size=2).hits == ()


def test_facets_count_every_match(mixed_index: SearchIndex):
    results = mixed_index.search('"Hà Nội"', page_size=1)
    assert results.total == 3  # seed 001, 101, 102
    assert len(results.hits) == 1
    assert dict(results.facets.entities["LOC"])["Hà Nội"] == 2
    assert dict(results.facets.years) == {"2022": 1, "2021": 1}
    assert dict(results.facets.sources) == {"Báo Công an": 1, "Báo Thể thao": 1}
    assert dict(results.facets.tags) == {"pháp luật": 1}
    assert mixed_index.search('"Hà Nội"', facets=False).facets.entities == {}


def test_note_hits(mixed_index: SearchIndex):
    results = mixed_index.search("hạ tầng")
    assert ids(results) == [100]
    assert results.hits[0].note_hits == (7,)
    assert results.hits[0].matches == ()  # the body does not contain it
    assert mixed_index.search("Nghệ An").hits[0].note_hits == ()


def test_emoji_keeps_offsets_in_code_points(mixed_index: SearchIndex):
    results = mixed_index.search("Đà Nẵng")
    hit = next(h for h in results.hits if h.doc_id == 100)
    text = TEXTS[100]
    assert text.index("😀") < text.index("Đà")
    assert [text[m.start : m.end] for m in hit.matches] == ["Đà", "Nẵng"]
    assert ids(mixed_index.search('"da nang"')) == [100]


def test_exact_accent_free_spelling_ranks_first(tmp_path):
    from desktop_app.search import IndexRecord

    index = SearchIndex(tmp_path / "index")
    records = [
        IndexRecord(1, "a", "Tỉnh ủy họp."),
        IndexRecord(2, "a", "tinh uy hop."),
    ]
    index.ensure(lambda: records, 2)
    assert ids(index.search("tinh uy")) == [2, 1]
    assert ids(index.search("Tỉnh ủy")) == [1]
    index.close()
