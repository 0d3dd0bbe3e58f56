"""Per-segment caches: the accent-folding lexicon map and the facet values of each document.

Whoosh segments are immutable (deletions aside), so whatever is derived from one segment is
computed once and reused until a merge replaces the segment. After an upsert only the new small
segment is read, which keeps incremental updates cheap.
"""

from __future__ import annotations

import bisect
import threading
from collections import defaultdict

from whoosh.reading import IndexReader

from desktop_app.search.analysis import BIGRAM_JOIN, fold_key
from desktop_app.search.facets import FacetCache
from desktop_app.search.schema import UNIGRAM_FIELDS
from desktop_app.search.segments import segment_key

__all__ = ["LexiconCache"]


class LexiconCache:
    """Accent-free → indexed-term map, sorted term lists for prefixes, and the facet cache."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seg_terms: dict[str, frozenset[str]] = {}
        self._merged_key: tuple[str, ...] = ()
        self._fold: dict[str, tuple[str, ...]] = {}
        self._sorted: list[str] = []
        self._sorted_folded: list[tuple[str, str]] = []
        self.facets = FacetCache()
        # Answers that only change with the segments (cleared by ``refresh``): the GUI searches
        # as the user types, so the same words come back again and again.
        self.memo: dict[tuple[str, ...], object] = {}

    # ------------------------------------------------------------ lexicon

    def _terms_of(self, key: str, leaf: IndexReader) -> frozenset[str]:
        terms = self._seg_terms.get(key)
        if terms is None:
            found: set[str] = set()
            for fieldname in UNIGRAM_FIELDS:
                if fieldname in leaf.indexed_field_names():
                    for bterm in leaf.lexicon(fieldname):
                        term = bterm.decode("utf-8")
                        if BIGRAM_JOIN not in term:
                            found.add(term)
            terms = frozenset(found)
            self._seg_terms[key] = terms
        return terms

    def refresh(self, reader: IndexReader) -> None:
        """Bring the merged lexicon up to date with ``reader``'s segments."""
        leaves = list(reader.leaf_readers())
        keys = tuple(segment_key(leaf) for leaf, _ in leaves)
        if keys == self._merged_key:
            return
        with self._lock:
            if keys == self._merged_key:
                return
            all_terms: set[str] = set()
            for (leaf, _), key in zip(leaves, keys, strict=True):
                all_terms |= self._terms_of(key, leaf)
            for stale in set(self._seg_terms) - set(keys):
                del self._seg_terms[stale]
            fold: defaultdict[str, list[str]] = defaultdict(list)
            for term in all_terms:
                fold[fold_key(term)].append(term)
            self._fold = {k: tuple(sorted(v)) for k, v in fold.items()}
            self._sorted = sorted(all_terms)
            self._sorted_folded = sorted((fold_key(t), t) for t in all_terms)
            self.memo = {}
            self._merged_key = keys

    def variants(self, folded: str) -> tuple[str, ...]:
        """Indexed terms whose accent-free form is ``folded``."""
        return self._fold.get(folded, ())

    def with_prefix(self, prefix: str, *, folded: bool, limit: int = 200) -> list[str]:
        """Indexed terms starting with ``prefix`` (compared accent-free when ``folded``)."""
        out: list[str] = []
        if folded:
            seq = self._sorted_folded
            i = bisect.bisect_left(seq, (prefix, ""))
            while i < len(seq) and seq[i][0].startswith(prefix) and len(out) < limit:
                out.append(seq[i][1])
                i += 1
        else:
            terms = self._sorted
            i = bisect.bisect_left(terms, prefix)
            while i < len(terms) and terms[i].startswith(prefix) and len(out) < limit:
                out.append(terms[i])
                i += 1
        return out
