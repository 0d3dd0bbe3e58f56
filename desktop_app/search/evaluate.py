"""Evaluate a compiled Whoosh query tree over dense per-document score arrays.

Whoosh answers an ``Or`` of n terms with a tree of union matchers, several Python calls per
posting: an accent-free two-syllable query ("co quan": about twenty accented forms in three
fields) took over a second on 10,000 news articles. Here every term's postings are decoded
once per segment into NumPy arrays and scored in one vectorised expression; a query node's
result is a score array with one slot per document of the index (35,000 documents: 280 KB),
so OR is an addition, AND a mask, and ranking, total and facets all come from one pass.
Scores are Whoosh's own BM25F (same idf, average and quantised field lengths, B and K1), so
ranking does not change.
"""

from __future__ import annotations

import threading
from array import array
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from math import log

import numpy as np
from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.reading import IndexReader, TermInfo
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

from desktop_app.search.segments import segment_key
from desktop_app.search.terms import TermLookup

__all__ = ["Matches", "evaluate", "top"]

B, K1 = 0.75, 1.2  # whoosh.scoring.BM25F defaults


@dataclass(slots=True)
class Matches:
    """Which documents match (``mask``) and their scores (``score``, 0 where not matched),
    indexed by global document number."""

    mask: np.ndarray
    score: np.ndarray

    def __len__(self) -> int:
        return int(np.count_nonzero(self.mask))

    def as_dict(self) -> dict[int, float]:
        docs = np.flatnonzero(self.mask)
        return dict(zip(docs.tolist(), self.score[docs].tolist(), strict=True))


class _Context:
    def __init__(self, searcher: Searcher, terms: TermLookup) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.terms = terms
        self.leaves = terms.leaves
        self.doc_count_all = self.reader.doc_count_all()

    def empty(self) -> Matches:
        n = self.doc_count_all
        return Matches(np.zeros(n, dtype=bool), np.zeros(n, dtype=np.float64))

    def norms(self, leaf: IndexReader, fieldname: str) -> np.ndarray:
        """BM25F's length part of the denominator, ``K1 * (1 - B + B * length / avg)``, per doc.

        Cached across searches by segment, field and average length (the index's state).
        """
        avgfl = self.searcher.avg_field_length(fieldname) or 1
        key = (segment_key(leaf), fieldname, avgfl)
        cached = _NORM_CACHE.get(key)
        if cached is None:
            cached = K1 * (1 - B) + (K1 * B / avgfl) * _leaf_lengths(leaf, fieldname)
            if len(_NORM_CACHE) > 256:
                _NORM_CACHE.clear()
            _NORM_CACHE[key] = cached
        return cached

    def live(self) -> np.ndarray | None:
        """Mask of the documents not deleted (None: no segment has deletions)."""
        if not any(leaf.has_deletions() for leaf, _ in self.leaves):
            return None
        key = tuple((segment_key(leaf), leaf.doc_count()) for leaf, _ in self.leaves)
        cached = _LIVE.get(key)
        if cached is None:
            cached = np.ones(self.doc_count_all, dtype=bool)
            for leaf, offset in self.leaves:
                if leaf.has_deletions():
                    deleted = np.fromiter(leaf.deleted_docs_set, dtype=np.intp)
                    cached[deleted + offset] = False
            _LIVE.clear()
            _LIVE[key] = cached
        return cached

    def all_docs(self, score: float) -> Matches:
        live = self.live()
        mask = np.ones(self.doc_count_all, dtype=bool) if live is None else live.copy()
        return Matches(mask, mask * score)


_LIVE: dict[tuple[tuple[str, int], ...], np.ndarray] = {}  # one entry: the last index state
_LENGTH_CACHE: dict[tuple[str, str], np.ndarray] = {}
_NORM_CACHE: dict[tuple[str, str, float], np.ndarray] = {}
_BYTE_LENGTHS = np.array([byte_to_length(b) if b else 0 for b in range(256)], dtype=np.float64)


def _leaf_lengths(leaf: IndexReader, fieldname: str) -> np.ndarray:
    """Quantised field length of every document of one segment (as Whoosh scores them),
    cached by segment id (segments are immutable)."""
    segment = leaf.segment() if hasattr(leaf, "segment") else None
    key = (segment.segment_id(), fieldname) if segment is not None else None
    if key is not None and key in _LENGTH_CACHE:
        return _LENGTH_CACHE[key]
    perdoc = getattr(leaf, "_perdoc", None)
    n = leaf.doc_count_all()
    column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN) if perdoc is not None else None
    if column is None:
        lengths = np.array([leaf.doc_field_length(d, fieldname) or 0 for d in range(n)], dtype=np.float64)
    else:
        lengths = _column_lengths(column, n)
    if key is not None:
        if len(_LENGTH_CACHE) > 256:
            _LENGTH_CACHE.clear()
        _LENGTH_CACHE[key] = lengths
    return lengths


def _column_lengths(column: object, n: int) -> np.ndarray:
    """The lengths column of ``n`` documents: one byte each, read in one call (iterating
    Whoosh's reader costs ~0.25 s per field at 35,000 documents)."""
    dbfile = getattr(column, "_dbfile", None)
    fixedlen = getattr(column, "_fixedlen", None)
    if dbfile is None or fixedlen != 1 or not hasattr(column, "_basepos"):
        raw = bytes(list(column)[:n])  # type: ignore[call-overload]
    else:
        count = min(column._count, n)  # type: ignore[attr-defined]
        raw = dbfile.get(column._basepos, count) if count else b""  # type: ignore[attr-defined]
    out = np.zeros(n, dtype=np.float64)
    out[: len(raw)] = _BYTE_LENGTHS[np.frombuffer(raw, dtype=np.uint8)]
    return out


def _block_ids(deltas: Sequence[int]) -> np.ndarray:
    """A block's document numbers from its delta-coded ids (the first one absolute): an
    ``array`` from our bulk writer, a tuple from Whoosh's own."""
    if isinstance(deltas, array):
        return np.cumsum(np.frombuffer(deltas, dtype=deltas.typecode), dtype=np.int64)
    return np.cumsum(np.array(deltas, dtype=np.int64))


def _postings(leaf: IndexReader, fieldname: str, terminfo: TermInfo) -> tuple[np.ndarray, np.ndarray]:
    """Document numbers and weights of one term in one segment, read block by block."""
    terms = leaf._terms
    m = terms._codec.postings_reader(terms._postfile, terminfo, leaf.schema[fieldname].format)
    if hasattr(m, "_read_data"):  # W3LeafMatcher: whole blocks, decoded here with NumPy
        id_parts: list[np.ndarray] = []
        weight_parts: list[np.ndarray] = []
        while m.is_active():
            if m._data is None:
                m._read_data()
            deltas, mini, _ = m._data
            ids = _block_ids(deltas)
            id_parts.append(ids)
            if mini is None:
                weight_parts.append(np.ones(len(ids), dtype=np.float64))
            elif isinstance(mini, float):
                weight_parts.append(np.full(len(ids), mini, dtype=np.float64))
            elif isinstance(mini, array):
                weight_parts.append(np.frombuffer(mini, dtype=mini.typecode).astype(np.float64))
            else:
                weight_parts.append(np.array(mini, dtype=np.float64))
            m._next_block()
        if not id_parts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
        if len(id_parts) == 1:
            return id_parts[0], weight_parts[0]
        return np.concatenate(id_parts), np.concatenate(weight_parts)
    ids, weights = [], []
    while m.is_active():
        ids.append(m.id())
        weights.append(m.weight())
        m.next()
    return np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float64)


# Decoded posting lists, most recently used last: the GUI searches as the user types, and
# common syllables come back in query after query. Segments are immutable, so a (segment,
# field, offset) key never goes stale; deletions are applied after the cache.
_CACHE_LIMIT = 3_000_000  # postings held (16 bytes each: about 48 MB)
_CACHE_MIN = 512  # shorter lists decode faster than they are worth caching
_cache: OrderedDict[tuple[str, str, int], tuple[np.ndarray, np.ndarray]] = OrderedDict()
_cache_held = 0
_cache_lock = threading.Lock()


def _cached_postings(leaf: IndexReader, fieldname: str, info: TermInfo) -> tuple[np.ndarray, np.ndarray]:
    """``_postings`` through the decoded-postings cache (block lists of ``_CACHE_MIN`` or more)."""
    global _cache_held
    if info.is_inlined() or info.doc_frequency() < _CACHE_MIN or not hasattr(leaf, "segment"):
        return _postings(leaf, fieldname, info)
    key = (leaf.segment().segment_id(), fieldname, info._offset)
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            return hit
    entry = _postings(leaf, fieldname, info)
    with _cache_lock:
        if key not in _cache:
            _cache[key] = entry
            _cache_held += len(entry[0])
            while _cache_held > _CACHE_LIMIT and _cache:
                _, (old_ids, _) = _cache.popitem(last=False)
                _cache_held -= len(old_ids)
    return entry


def _score_into(ctx: _Context, out: Matches, fieldname: str, text: str | bytes, boost: float) -> None:
    """Add the BM25F scores of one term into ``out`` (an OR adds its terms into one array)."""
    if fieldname not in ctx.reader.schema:
        return
    infos = ctx.terms.infos(fieldname, text)
    df = sum(info.doc_frequency() for _, info in infos)
    if not df:
        return
    scorable = ctx.reader.schema[fieldname].scorable
    factor = (log(ctx.doc_count_all / (df + 1)) + 1) * (K1 + 1) * boost
    for index, info in infos:
        leaf, offset = ctx.leaves[index]
        ids, weights = _cached_postings(leaf, fieldname, info)
        if scorable:
            scores = factor * (weights / (weights + ctx.norms(leaf, fieldname)[ids]))
        else:
            scores = boost
        docs = ids + offset if offset else ids
        out.score[docs] += scores  # a term's documents are distinct: no lost additions
        out.mask[docs] = True


def _and(a: Matches, b: Matches) -> Matches:
    mask = a.mask & b.mask
    return Matches(mask, np.where(mask, a.score + b.score, 0.0))


def _estimate(ctx: _Context, q: wq.Query) -> int:
    """Upper bound of the documents ``q`` matches (postings counts), to order AND clauses."""
    if isinstance(q, wq.Term):
        if q.fieldname not in ctx.reader.schema:
            return 0
        return ctx.terms.doc_frequency(q.fieldname, q.text)
    if isinstance(q, wq.Or):
        return sum(_estimate(ctx, c) for c in q.subqueries)
    if isinstance(q, wq.And):
        positives = [c for c in q.subqueries if not isinstance(c, wq.Not)]
        return min((_estimate(ctx, c) for c in positives), default=ctx.doc_count_all)
    if isinstance(q, wq.AndMaybe):
        return _estimate(ctx, q.a)
    if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
        return 0
    return ctx.doc_count_all


def _node(ctx: _Context, q: wq.Query) -> Matches:
    """The documents ``q`` matches and their scores."""
    if isinstance(q, wq.Term):
        out = ctx.empty()
        _score_into(ctx, out, q.fieldname, q.text, q.boost)
        return out
    if isinstance(q, wq.And):
        positives = [c for c in q.subqueries if not isinstance(c, wq.Not)]
        negatives = [c.query for c in q.subqueries if isinstance(c, wq.Not)]
        if positives:
            # rarest first: an empty intersection ends the evaluation early
            positives.sort(key=lambda c: _estimate(ctx, c))
            out = _node(ctx, positives[0])
            for c in positives[1:]:
                if not out.mask.any():
                    break
                out = _and(out, _node(ctx, c))
        else:
            out = ctx.all_docs(0.0)
        for neg in negatives:
            excluded = _node(ctx, neg).mask
            out.mask &= ~excluded
            out.score[excluded] = 0.0
        return out
    if isinstance(q, wq.Or):
        out = ctx.empty()
        for c in q.subqueries:
            if type(c) is wq.Term:  # accent-free variants: added into one array
                _score_into(ctx, out, c.fieldname, c.text, c.boost)
            else:
                part = _node(ctx, c)
                out.mask |= part.mask
                out.score += part.score
        return out
    if isinstance(q, wq.AndMaybe):
        required = _node(ctx, q.a)
        if required.mask.any():
            optional = _node(ctx, q.b)
            required.score += np.where(required.mask, optional.score, 0.0)
        return required
    if isinstance(q, wq.Not):
        out = ctx.all_docs(0.0)
        excluded = _node(ctx, q.query).mask
        out.mask &= ~excluded
        return out
    if isinstance(q, wq.Every):
        return ctx.all_docs(1.0)
    if isinstance(q, wq.TermRange):
        return _term_range(ctx, q)
    if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
        return ctx.empty()
    raise TypeError(f"query type {type(q).__name__} is not produced by compile_query")


def _term_range(ctx: _Context, q: wq.TermRange) -> Matches:
    """Constant-score range over a keyword field (the document date)."""
    out = ctx.empty()
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
        _score_into(ctx, out, fieldname, tbytes, 1.0)
    out.score[out.mask] = 1.0
    return out


def evaluate(searcher: Searcher, query: wq.Query, terms: TermLookup | None = None) -> Matches:
    """Every matching live document with its score (``terms``: the lookups compiling made)."""
    ctx = _Context(searcher, terms or TermLookup(searcher.reader()))
    out = _node(ctx, query)
    live = ctx.live()
    if live is not None:
        out.mask &= live
        out.score[~live] = 0.0
    return out


def top(matches: Matches, n: int) -> list[tuple[int, float]]:
    """The ``n`` best (document, score) pairs: higher score first, then lower docnum."""
    docs = np.flatnonzero(matches.mask)
    if n <= 0 or not len(docs):
        return []
    scores = matches.score[docs]
    if len(docs) > n:
        threshold = np.partition(scores, len(scores) - n)[len(scores) - n]
        keep = scores >= threshold
        docs, scores = docs[keep], scores[keep]
    order = np.lexsort((docs, -scores))[:n]
    return list(zip(docs[order].tolist(), scores[order].tolist(), strict=True))
