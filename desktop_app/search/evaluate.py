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
import threading
from array import array
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from itertools import accumulate, repeat
from math import log
from operator import add, truediv

from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.reading import IndexReader, TermInfo, TermNotFound
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
        self._infos: dict[tuple[str, bytes], list[tuple[int, TermInfo]]] = {}

    def lengths(self, index: int, leaf: IndexReader, fieldname: str) -> list[int]:
        """Quantised field length of every document of one segment (as Whoosh scores them)."""
        key = (index, fieldname)
        cached = self._lengths.get(key)
        if cached is None:
            cached = _leaf_lengths(leaf, fieldname)
            self._lengths[key] = cached
        return cached

    def term_infos(self, fieldname: str, tbytes: bytes) -> list[tuple[int, TermInfo]]:
        """``_term_infos``, looked up once per search (cost estimates read them too)."""
        key = (fieldname, tbytes)
        found = self._infos.get(key)
        if found is None:
            found = self._infos[key] = _term_infos(self, fieldname, tbytes)
        return found

    def norms(self, index: int, leaf: IndexReader, fieldname: str) -> list[float]:
        """BM25F's length part of the denominator, ``K1 * (1 - B + B * length / avg)``, per doc.

        Cached across searches by segment, field and average length (the index's state).
        """
        avgfl = self.searcher.avg_field_length(fieldname) or 1
        segment = leaf.segment() if hasattr(leaf, "segment") else None
        key = (segment.segment_id() if segment is not None else str(id(leaf)), fieldname, avgfl)
        cached = _NORM_CACHE.get(key)
        if cached is None:
            k, kb = K1 * (1 - B), K1 * B / avgfl
            cached = list(map(k.__add__, map(kb.__mul__, self.lengths(index, leaf, fieldname))))
            if len(_NORM_CACHE) > 256:
                _NORM_CACHE.clear()
            _NORM_CACHE[key] = cached
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
_NORM_CACHE: dict[tuple[str, str, float], list[float]] = {}


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
        lengths = _column_lengths(column, n)
    if key is not None:
        if len(_LENGTH_CACHE) > 256:
            _LENGTH_CACHE.clear()
        _LENGTH_CACHE[key] = lengths
    return lengths


_BYTE_LENGTHS = [byte_to_length(b) if b else 0 for b in range(256)]


def _column_lengths(column: object, n: int) -> list[int]:
    """The lengths column of ``n`` documents: one byte each, read in one call and mapped in C
    (iterating Whoosh's reader costs ~0.25 s per field at 35,000 documents, paid by the first
    query that touches the field)."""
    dbfile = getattr(column, "_dbfile", None)
    fixedlen = getattr(column, "_fixedlen", None)
    if dbfile is None or fixedlen != 1 or not hasattr(column, "_basepos"):
        return [byte_to_length(b) if b else 0 for b in list(column)[:n]]  # type: ignore[call-overload]
    count = min(column._count, n)  # type: ignore[attr-defined]
    raw = dbfile.get(column._basepos, count) if count else b""  # type: ignore[attr-defined]
    return list(map(_BYTE_LENGTHS.__getitem__, raw)) + [0] * (n - count)


def _postings(leaf: IndexReader, fieldname: str, terminfo: TermInfo) -> tuple[list[int], list[float]]:
    """Document numbers and weights of one term in one segment, read block by block."""
    terms = leaf._terms
    m = terms._codec.postings_reader(terms._postfile, terminfo, leaf.schema[fieldname].format)
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


# Decoded block posting lists, most recently used last: the GUI searches as the user types, and
# common syllables come back in query after query. Segments are immutable, so a (segment,
# field, offset) key never goes stale; deletions are applied after the cache.
_CACHE_LIMIT = 3_000_000  # postings held (8 bytes each in arrays: about 24 MB)
_CACHE_MIN = 512  # shorter lists decode faster than they are worth caching
_cache: OrderedDict[tuple[str, str, int], tuple[array, array]] = OrderedDict()
_cache_held = 0
_cache_lock = threading.Lock()
_RESTRICT_RATIO = 3  # score only the AND's surviving documents when they are this much fewer


def _cached_postings(leaf: IndexReader, fieldname: str, info: TermInfo) -> tuple[Sequence[int], Sequence[float]]:
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
    ids, weights = _postings(leaf, fieldname, info)
    entry = (array("I", ids), array("f", weights))
    with _cache_lock:
        if key not in _cache:
            _cache[key] = entry
            _cache_held += len(ids)
            while _cache_held > _CACHE_LIMIT and _cache:
                _, (old_ids, _) = _cache.popitem(last=False)
                _cache_held -= len(old_ids)
    return entry


def _term_infos(ctx: _Context, fieldname: str, tbytes: bytes) -> list[tuple[int, TermInfo]]:
    """(segment index, term info) of every segment that has the term: one lookup each."""
    found = []
    for index, (leaf, _) in enumerate(ctx.leaves):
        terms = getattr(leaf, "_terms", None)
        if terms is None or fieldname not in terms._fieldmap:  # e.g. no notes in this segment
            continue
        try:
            found.append((index, terms.term_info(fieldname, tbytes)))
        except (KeyError, TermNotFound):
            continue
    return found


def _term(
    ctx: _Context,
    fieldname: str,
    text: str | bytes,
    boost: float,
    out: Scores | None = None,
    restrict: Scores | None = None,
) -> Scores:
    """BM25F scores of one term's documents, added into ``out`` when given (an OR of terms)."""
    tbytes = text if isinstance(text, bytes) else text.encode("utf-8")
    out = {} if out is None else out
    if fieldname not in ctx.reader.schema:
        return out
    return _score_into(ctx, fieldname, ctx.term_infos(fieldname, tbytes), boost, out, restrict)


def _score_into(
    ctx: _Context,
    fieldname: str,
    infos: list[tuple[int, TermInfo]],
    boost: float,
    out: Scores,
    restrict: Scores | None = None,
) -> Scores:
    """Add the scores of one term (its per-segment infos) into ``out``.

    The per-posting arithmetic runs through ``map`` with C operators, and postings go into an
    empty ``out`` with ``dict.update``: Python-level loops only where scores must be summed.
    With ``restrict`` (the documents an AND still allows), much shorter than the posting list,
    only those documents are scored; otherwise all are, and the AND intersects afterwards.
    """
    df = sum(info.doc_frequency() for _, info in infos)
    if not df:
        return out
    scorable = ctx.reader.schema[fieldname].scorable
    factor = (log(ctx.doc_count_all / (df + 1)) + 1) * (K1 + 1) * boost
    for index, info in infos:
        leaf, offset = ctx.leaves[index]
        ids, weights = _cached_postings(leaf, fieldname, info)
        if leaf.has_deletions():
            deleted = leaf.deleted_docs_set
            kept = [i for i, d in enumerate(ids) if d not in deleted]
            ids, weights = [ids[i] for i in kept], [weights[i] for i in kept]
        if restrict is not None and len(restrict) * _RESTRICT_RATIO < len(ids):
            # few documents still in play: set operations in C, then score the survivors only
            by_doc = dict(zip(ids if offset == 0 else map(offset.__add__, ids), weights, strict=False))
            common = list(by_doc.keys() & restrict.keys())
            weights = list(map(by_doc.__getitem__, common))
            ids = common if offset == 0 else list(map(offset.__rsub__, common))
        if scorable:
            norm = ctx.norms(index, leaf, fieldname)
            # factor * w / (w + norm[d])
            scores: Iterable[float] = map(
                factor.__mul__, map(truediv, weights, map(add, weights, map(norm.__getitem__, ids)))
            )
        else:
            scores = repeat(boost, len(ids))
        docs = ids if offset == 0 else map(offset.__add__, ids)
        if not out:
            out.update(zip(docs, scores, strict=False))
        else:  # sum where documents overlap, add the rest
            part = dict(zip(docs, scores, strict=False))
            _add_into(part, out)
            out.update(part)
    return out


def _terms_sum(ctx: _Context, terms: list[wq.Term], restrict: Scores | None = None) -> Scores:
    """An OR of plain terms (accent-free variants over fields) summed into one dict.

    The longest posting list goes in first, with ``dict.update``; only the others loop.
    """
    looked = []
    for t in terms:
        if t.fieldname not in ctx.reader.schema:
            continue
        tbytes = t.text if isinstance(t.text, bytes) else t.text.encode("utf-8")
        infos = ctx.term_infos(t.fieldname, tbytes)
        if infos:
            looked.append((sum(i.doc_frequency() for _, i in infos), t, infos))
    looked.sort(key=lambda item: -item[0])
    out: Scores = {}
    for _, t, infos in looked:
        _score_into(ctx, t.fieldname, infos, t.boost, out, restrict)
    return out


def _sum_common(a: Scores, b: Scores) -> Scores:
    """``a[d] + b[d]`` for the documents in both, with the loop in C (``map``): common
    syllables put tens of thousands of documents on both sides."""
    common = list(a.keys() & b.keys())
    return dict(zip(common, map(add, map(a.__getitem__, common), map(b.__getitem__, common)),
                    strict=True))


def _add_into(out: Scores, other: Scores) -> None:
    """``out[d] += other[d]`` for the documents in both."""
    out.update(_sum_common(out, other))


def _union(parts: Iterable[Scores]) -> Scores:
    parts = sorted(parts, key=len, reverse=True)
    if not parts:
        return {}
    out = dict(parts[0])
    for part in parts[1:]:
        _add_into(out, part)
        new = list(part.keys() - out.keys())
        out.update(zip(new, map(part.__getitem__, new), strict=True))
    return out


def _intersection(parts: list[Scores]) -> Scores:
    parts = sorted(parts, key=len)
    out = dict(parts[0])
    for part in parts[1:]:
        out = _sum_common(out, part)
        if not out:
            break
    return out


def _estimate(ctx: _Context, q: wq.Query) -> int:
    """Upper bound of the documents ``q`` matches (postings counts), to order AND clauses."""
    if isinstance(q, wq.Term):
        if q.fieldname not in ctx.reader.schema:
            return 0
        tbytes = q.text if isinstance(q.text, bytes) else q.text.encode("utf-8")
        return sum(info.doc_frequency() for _, info in ctx.term_infos(q.fieldname, tbytes))
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


def _node(ctx: _Context, q: wq.Query, restrict: Scores | None = None) -> Scores:
    """Scores of ``q``'s documents. With ``restrict`` the answer may leave out documents not in
    it (the caller intersects): an AND evaluates its rarest clause first and scores the others
    only on the documents still in play ("tai boulder": one document, not every "tại")."""
    if isinstance(q, wq.Term):
        return _term(ctx, q.fieldname, q.text, q.boost, restrict=restrict)
    if isinstance(q, wq.And):
        positives = [c for c in q.subqueries if not isinstance(c, wq.Not)]
        negatives = [c.query for c in q.subqueries if isinstance(c, wq.Not)]
        if positives:
            positives.sort(key=lambda c: _estimate(ctx, c))
            out = _node(ctx, positives[0], restrict)
            for c in positives[1:]:
                if not out:
                    break
                out = _intersection([out, _node(ctx, c, out)])
        else:
            out = ctx.all_docs()
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
        if all(type(c) is wq.Term for c in q.subqueries):  # accent-free variants: one dict
            return _terms_sum(ctx, list(q.subqueries), restrict)
        return _union(_node(ctx, c, restrict) for c in q.subqueries)
    if isinstance(q, wq.AndMaybe):
        required = _node(ctx, q.a, restrict)
        if required:
            _add_into(required, _node(ctx, q.b, required))
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
    if n <= 0 or not scores:
        return []
    # The n-th best score first (plain float comparisons), then order the few at or above it:
    # half the time of one nsmallest() with a key over every match of a common word.
    threshold = heapq.nlargest(n, scores.values())[-1]
    best = [item for item in scores.items() if item[1] >= threshold]
    best.sort(key=lambda item: (-item[1], item[0]))
    return best[:n]

