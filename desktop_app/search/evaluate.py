"""Evaluate a compiled Whoosh query tree with flat posting lists instead of Whoosh matchers.

Whoosh answers an ``Or`` of n terms with a binary tree of union matchers and asks that tree
``is_active``/``id``/``skip_to`` for every posting, several Python calls deep: a two-syllable
accent-free query took over a second on 10,000 news articles, and every search built its
matchers twice (once for ranking, once for the exact total and facets). Here each term's
postings are read once per segment, block by block, into ``doc -> score`` dicts, and the
tree is combined with dict and set operations. One pass gives ranking, total and the facet
document set. Scores are Whoosh's own BM25F (same idf, average and quantised field lengths,
B and K1) so ranking does not change.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from itertools import accumulate
from math import log

from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.reading import IndexReader, TermNotFound
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

__all__ = ["Scores", "evaluate", "top"]

B, K1 = 0.75, 1.2  # whoosh.scoring.BM25F defaults
Scores = dict[int, float]  # global document number -> score


class _Context:
    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.leaves: list[tuple[IndexReader, int]] = list(self.reader.leaf_readers())
        self.doc_count_all = self.reader.doc_count_all()
        self._lengths: dict[tuple[int, str], list[int]] = {}

    def lengths(self, index: int, leaf: IndexReader, fieldname: str) -> list[int]:
        """Quantised field length of every document of one segment (as Whoosh scores them)."""
        key = (index, fieldname)
        cached = self._lengths.get(key)
        if cached is None:
            cached = _leaf_lengths(leaf, fieldname)
            self._lengths[key] = cached
        return cached

    def all_docs(self) -> Scores:
        """Every live document with score 0 (a copy: callers may change it)."""
        key = tuple(
            (leaf.segment().segment_id() if leaf.segment() is not None else id(leaf), leaf.doc_count())
            for leaf, _ in self.leaves
        )
        cached = _ALL_DOCS.get(key)
        if cached is None:
            cached = {}
            for leaf, offset in self.leaves:
                n = leaf.doc_count_all()
                if leaf.has_deletions():
                    deleted = leaf.deleted_docs_set
                    cached.update((offset + d, 0.0) for d in range(n) if d not in deleted)
                else:
                    cached.update(dict.fromkeys(range(offset, offset + n), 0.0))
            _ALL_DOCS.clear()
            _ALL_DOCS[key] = cached
        return dict(cached)


_ALL_DOCS: dict[tuple[tuple[object, int], ...], Scores] = {}  # one entry: the last index state


_LENGTH_CACHE: dict[tuple[str, str], list[int]] = {}


def _leaf_lengths(leaf: IndexReader, fieldname: str) -> list[int]:
    """Per-document lengths of a segment, cached by segment id (segments are immutable)."""
    segment = leaf.segment() if hasattr(leaf, "segment") else None
    key = (segment.segment_id(), fieldname) if segment is not None else None
    if key is not None and key in _LENGTH_CACHE:
        return _LENGTH_CACHE[key]
    perdoc = getattr(leaf, "_perdoc", None)
    n = leaf.doc_count_all()
    column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN) if perdoc is not None else None
    if column is None:
        lengths = [leaf.doc_field_length(d, fieldname) or 0 for d in range(n)]
    else:
        lengths = [byte_to_length(b) if b else 0 for b in list(column)[:n]]
    if key is not None:
        if len(_LENGTH_CACHE) > 256:
            _LENGTH_CACHE.clear()
        _LENGTH_CACHE[key] = lengths
    return lengths


def _postings(leaf: IndexReader, fieldname: str, tbytes: bytes) -> tuple[list[int], list[float]]:
    """Document numbers and weights of one term in one segment, read block by block."""
    try:
        fieldobj = leaf.schema[fieldname]
        m = leaf._terms.matcher(fieldname, tbytes, fieldobj.format)
    except (TermNotFound, KeyError):
        return [], []
    if hasattr(m, "_read_data"):  # W3LeafMatcher: whole blocks, decoded here in C loops
        ids: list[int] = []
        weights: list[float] = []
        while m.is_active():
            if m._data is None:
                m._read_data()
            deltas, mini, _ = m._data
            start = len(ids)
            ids += accumulate(deltas)  # the block's ids are delta-coded from 0
            n = len(ids) - start
            if mini is None:
                weights += [1.0] * n
            elif isinstance(mini, float):
                weights += [mini] * n
            else:
                weights += mini
            m._next_block()
        return ids, weights
    ids, weights = [], []
    while m.is_active():
        ids.append(m.id())
        weights.append(m.weight())
        m.next()
    return ids, weights


def _term(ctx: _Context, fieldname: str, text: str | bytes, boost: float) -> Scores:
    tbytes = text if isinstance(text, bytes) else text.encode("utf-8")
    out: Scores = {}
    if fieldname not in ctx.reader.schema:
        return out
    scorable = ctx.reader.schema[fieldname].scorable
    df = ctx.reader.doc_frequency(fieldname, tbytes)
    if not df:
        return out
    idf = log(ctx.doc_count_all / (df + 1)) + 1
    avgfl = ctx.searcher.avg_field_length(fieldname) or 1
    for index, (leaf, offset) in enumerate(ctx.leaves):
        if (fieldname, tbytes) not in leaf:
            continue
        ids, weights = _postings(leaf, fieldname, tbytes)
        deleted = leaf.deleted_docs_set if leaf.has_deletions() else ()
        if scorable:
            lengths = ctx.lengths(index, leaf, fieldname)
            k = K1 * (1 - B)
            kb = K1 * B / avgfl
            factor = idf * (K1 + 1) * boost
            for d, w in zip(ids, weights, strict=True):
                if d not in deleted:
                    out[offset + d] = factor * w / (w + k + kb * lengths[d])
        else:
            for d in ids:
                if d not in deleted:
                    out[offset + d] = boost
    return out


def _union(parts: Iterable[Scores]) -> Scores:
    parts = sorted(parts, key=len, reverse=True)
    if not parts:
        return {}
    out = dict(parts[0])
    get = out.get
    for part in parts[1:]:
        for d, s in part.items():
            out[d] = get(d, 0.0) + s
    return out


def _intersection(parts: list[Scores]) -> Scores:
    parts = sorted(parts, key=len)
    out = dict(parts[0])
    for part in parts[1:]:
        out = {d: s + part[d] for d, s in out.items() if d in part}
        if not out:
            break
    return out


def _node(ctx: _Context, q: wq.Query) -> Scores:
    if isinstance(q, wq.Term):
        return _term(ctx, q.fieldname, q.text, q.boost)
    if isinstance(q, wq.And):
        positives = [c for c in q.subqueries if not isinstance(c, wq.Not)]
        negatives = [c.query for c in q.subqueries if isinstance(c, wq.Not)]
        out = _intersection([_node(ctx, c) for c in positives]) if positives else ctx.all_docs()
        for neg in negatives:
            if not out:
                break
            excluded = _node(ctx, neg)
            if len(excluded) < len(out) // 4:  # few to remove (the usual "-word"): pop them
                for d in excluded:
                    out.pop(d, None)
            else:
                out = {d: s for d, s in out.items() if d not in excluded}
        return out
    if isinstance(q, wq.Or):
        return _union(_node(ctx, c) for c in q.subqueries)
    if isinstance(q, wq.AndMaybe):
        required = _node(ctx, q.a)
        if required:
            optional = _node(ctx, q.b)
            for d, s in optional.items():
                if d in required:
                    required[d] += s
        return required
    if isinstance(q, wq.Not):
        out = ctx.all_docs()
        for d in _node(ctx, q.query):
            out.pop(d, None)
        return out
    if isinstance(q, wq.Every):
        return dict.fromkeys(ctx.all_docs(), 1.0)
    if isinstance(q, wq.TermRange):
        return _term_range(ctx, q)
    if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
        return {}
    raise TypeError(f"query type {type(q).__name__} is not produced by compile_query")


def _term_range(ctx: _Context, q: wq.TermRange) -> Scores:
    """Constant-score range over a keyword field (the document date)."""
    out: Scores = {}
    fieldname = q.fieldname
    if fieldname not in ctx.reader.indexed_field_names():
        return out
    lo = (q.start or "").encode("utf-8")
    hi = q.end.encode("utf-8") if q.end is not None else None
    for tbytes in ctx.reader.lexicon(fieldname):
        if tbytes < lo:
            continue
        if hi is not None and tbytes > hi:
            break
        for d in _term(ctx, fieldname, tbytes, 1.0):
            out[d] = 1.0
    return out


def evaluate(searcher: Searcher, query: wq.Query) -> Scores:
    """Every matching document with its score."""
    return _node(_Context(searcher), query)


def top(scores: Scores, n: int) -> list[tuple[int, float]]:
    """The ``n`` best (document, score) pairs: higher score first, then lower docnum."""
    return heapq.nsmallest(n, scores.items(), key=lambda item: (-item[1], item[0]))

