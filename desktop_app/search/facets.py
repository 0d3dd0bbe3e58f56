"""Facet counts over the documents a query matches, with array operations.

Every document carries its facet values (entities by type, year, source, tags) in a column.
They are decoded once per segment into two flat arrays, document and value id per entry; a
query's counts are then one ``bincount`` over the entries of its matching documents, and each
facet's top values one sort in C. In a library with entities a common word matches most
documents and ~35,000 distinct values: counting those with a Python ``Counter`` and sorting
them took a third of a second.
"""

from __future__ import annotations

import threading

import numpy as np
from whoosh.reading import IndexReader

from desktop_app.search.schema import FACETS
from desktop_app.search.segments import segment_key
from desktop_app.search.types import Facets

__all__ = ["FACET_SEP", "FACET_TOP", "FacetCache", "decode_facet", "encode_facets"]

FACET_SEP = "\x1e"
_PART_SEP = "\x1f"
FACET_TOP = 20  # values listed per facet (years: all)


def encode_facets(values: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> bytes:
    """Facet column value: ``(kind, value)`` pairs, kind being ``E:TYPE``, ``Y``, ``S`` or ``T``."""
    return FACET_SEP.join(f"{k}{_PART_SEP}{v}" for k, v in dict.fromkeys(values)).encode("utf-8")


def decode_facet(entry: str) -> tuple[str, str]:
    kind, _, value = entry.partition(_PART_SEP)
    return kind, value


class FacetCache:
    """Per-segment facet entries, merged per index state, and the value ids' order."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ids: dict[str, int] = {}  # encoded entry -> value id
        self._names: list[tuple[str, str]] = []  # value id -> (kind, value)
        self._segments: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._merged_key: tuple[str, ...] = ()
        self._entry_doc = np.zeros(0, dtype=np.int64)
        self._entry_fid = np.zeros(0, dtype=np.int64)
        self._order_size = -1
        self._order = np.zeros(0, dtype=np.int64)
        self._kind_slices: list[tuple[str, int, int]] = []

    def _entries_of(self, key: str, leaf: IndexReader) -> tuple[np.ndarray, np.ndarray]:
        """(document, value id) of every facet entry of one segment, documents local."""
        cached = self._segments.get(key)
        if cached is None:
            docs: list[int] = []
            fids: list[int] = []
            ids, names = self._ids, self._names
            if leaf.has_column(FACETS):
                for doc, raw in enumerate(leaf.column_reader(FACETS)):
                    if not raw:
                        continue
                    for entry in raw.decode("utf-8").split(FACET_SEP):
                        fid = ids.get(entry)
                        if fid is None:
                            fid = ids[entry] = len(names)
                            names.append(decode_facet(entry))
                        docs.append(doc)
                        fids.append(fid)
            cached = (np.array(docs, dtype=np.int64), np.array(fids, dtype=np.int64))
            self._segments[key] = cached
        return cached

    def _refresh(self, reader: IndexReader) -> None:
        leaves = list(reader.leaf_readers())
        keys = tuple(segment_key(leaf) for leaf, _ in leaves)
        if keys == self._merged_key:
            return
        docs, fids = [], []
        for (leaf, offset), key in zip(leaves, keys, strict=True):
            seg_docs, seg_fids = self._entries_of(key, leaf)
            docs.append(seg_docs + offset)
            fids.append(seg_fids)
        for stale in set(self._segments) - set(keys):
            del self._segments[stale]
        self._entry_doc = np.concatenate(docs) if docs else np.zeros(0, dtype=np.int64)
        self._entry_fid = np.concatenate(fids) if fids else np.zeros(0, dtype=np.int64)
        self._merged_key = keys

    def _sorted_ids(self) -> tuple[np.ndarray, list[tuple[str, int, int]]]:
        """Value ids sorted by (kind, value), and each kind's slice of that order."""
        if self._order_size != len(self._names):
            names = self._names
            order = sorted(range(len(names)), key=names.__getitem__)
            slices: list[tuple[str, int, int]] = []
            for pos, fid in enumerate(order):
                kind = names[fid][0]
                if slices and slices[-1][0] == kind:
                    slices[-1] = (kind, slices[-1][1], pos + 1)
                else:
                    slices.append((kind, pos, pos + 1))
            self._order = np.array(order, dtype=np.int64)
            self._kind_slices = slices
            self._order_size = len(names)
        return self._order, self._kind_slices

    def count(self, reader: IndexReader, mask: np.ndarray, limit: int = FACET_TOP) -> Facets:
        """Facets of the documents where ``mask`` (one bool per global document) is set:
        values by count, then alphabetically; years newest first."""
        with self._lock:
            self._refresh(reader)
            order, slices = self._sorted_ids()
            names = self._names
            entry_doc, entry_fid = self._entry_doc, self._entry_fid
        counts = np.bincount(entry_fid[mask[entry_doc]], minlength=len(order))
        entities: dict[str, list[tuple[str, int]]] = {}
        years: list[tuple[str, int]] = []
        sources: list[tuple[str, int]] = []
        tags: list[tuple[str, int]] = []
        for kind, lo, hi in slices:
            fids = order[lo:hi]
            n = counts[fids]
            if kind == "Y":
                picked = fids[n > 0][::-1]
            else:
                ranked = np.argsort(-n, kind="stable")[:limit]
                picked = fids[ranked[n[ranked] > 0]]
            values = [(names[f][1], int(c)) for f, c in zip(picked.tolist(), counts[picked].tolist(), strict=True)]
            if not values:
                continue
            if kind.startswith("E:"):
                entities[kind[2:]] = values
            elif kind == "Y":
                years = values
            elif kind == "S":
                sources = values
            elif kind == "T":
                tags = values
        return Facets(entities=dict(sorted(entities.items())), years=years, sources=sources, tags=tags)
