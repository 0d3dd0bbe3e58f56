"""What caches of per-segment data are keyed by.

Whoosh segments are immutable (deletions aside): the lexicon map, facet entries, field
lengths and decoded postings derived from one stay valid until a merge replaces it.
"""

from __future__ import annotations

from whoosh.reading import IndexReader

__all__ = ["segment_key"]


def segment_key(leaf: IndexReader) -> str:
    """The segment's id; a reader without a segment (in memory) is keyed by its identity."""
    segment = leaf.segment() if hasattr(leaf, "segment") else None
    return segment.segment_id() if segment is not None else str(id(leaf))
