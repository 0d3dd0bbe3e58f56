"""The array evaluator gives Whoosh's own BM25F scores, over bulk-written and stock segments,
with deletions: the ranking is Whoosh's, only faster."""

from __future__ import annotations

import random

import pytest

from desktop_app.search import IndexRecord, SearchIndex
from desktop_app.search.compile import compile_query
from desktop_app.search.evaluate import evaluate, top
from desktop_app.search.lexicon import LexiconCache
from desktop_app.search.query import parse_query

WORDS = ("tỉnh ủy uỷ bình thuận có cơ quan cô nay này bảo vệ chính trị nội bộ Đà Nẵng "
         "đã đá hội đồng nhân dân 😀 năm").split()


def _records(first: int, n: int, seed: int) -> list[IndexRecord]:
    rng = random.Random(seed)
    out = []
    for doc_id in range(first, first + n):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 120)))
        out.append(IndexRecord(doc_id, " ".join(rng.choice(WORDS) for _ in range(4)), text))
    return out


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    ix = SearchIndex(tmp_path_factory.mktemp("scores") / "index")
    records = _records(1, 300, 1)
    ix.rebuild(records, len(records))  # bulk segment: NumPy-readable array blocks
    ix.upsert(_records(301, 40, 2))  # Whoosh's own writer: tuple blocks, a second segment
    ix.upsert(_records(5, 3, 3))  # replaces three bulk documents: deletions
    ix.delete([7, 310])
    return ix


QUERIES = ["tỉnh ủy", "co quan", "nay co", "bao ve chinh tri noi bo", "đá OR năm",
           '"hội đồng nhân dân"', "da nang", "năm", "title:tinh"]


@pytest.mark.parametrize("text", QUERIES)
def test_scores_equal_whooshs_own(index: SearchIndex, text: str) -> None:
    searcher = index._searcher()
    compiled = compile_query(parse_query(text).root, searcher.reader(), LexiconCache())
    assert compiled.query is not None
    ours = evaluate(searcher, compiled.query).as_dict()
    theirs = {hit.docnum: hit.score for hit in searcher.search(compiled.query, limit=None)}
    assert ours.keys() == theirs.keys()
    assert ours == pytest.approx(theirs, rel=1e-6)
    assert ours, "the query should match something in this corpus"


def test_negation_excludes_without_scoring(index: SearchIndex) -> None:
    """Whoosh adds a constant 1 for each ``NOT`` clause it satisfies; we add nothing. Same
    documents, same order."""
    searcher = index._searcher()
    compiled = compile_query(parse_query("có -cô").root, searcher.reader(), LexiconCache())
    assert compiled.query is not None
    ours = evaluate(searcher, compiled.query).as_dict()
    theirs = {hit.docnum: hit.score - 1.0 for hit in searcher.search(compiled.query, limit=None)}
    assert ours and ours == pytest.approx(theirs, rel=1e-6)


def test_top_orders_by_score_then_document(index: SearchIndex) -> None:
    searcher = index._searcher()
    compiled = compile_query(parse_query("co quan").root, searcher.reader(), LexiconCache())
    assert compiled.query is not None
    matches = evaluate(searcher, compiled.query)
    expected = sorted(matches.as_dict().items(), key=lambda kv: (-kv[1], kv[0]))
    assert top(matches, 25) == expected[:25]
    assert top(matches, 10**6) == expected
    assert len(matches) == len(expected)


def test_deleted_documents_never_match(index: SearchIndex) -> None:
    results = index.search("-đálàgì", page_size=1000)  # every document
    found = [hit.doc_id for hit in results.hits]
    assert results.total == len(found) == len(set(found)) == 338  # 340 written, two deleted
    assert 7 not in found and 310 not in found and 5 in found
