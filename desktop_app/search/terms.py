"""Term records of one index reader, each looked up once per search.

Compiling a query reads term statistics (how common each accented form is, which syllable
pairs exist) and evaluating it reads the same terms again for their postings. A Whoosh term
lookup is a hashed read of the terms file in Python, ~20 µs: an accent-free six-word query
makes several hundred of them, so both steps share one ``TermLookup``.
"""

from __future__ import annotations

from whoosh.reading import IndexReader, TermInfo, TermNotFound

__all__ = ["TermLookup"]


class TermLookup:
    """``(segment index, TermInfo)`` of every segment holding a term, memoised per search."""

    def __init__(self, reader: IndexReader) -> None:
        self.reader = reader
        self.leaves: list[tuple[IndexReader, int]] = list(reader.leaf_readers())
        self._infos: dict[tuple[str, bytes], list[tuple[int, TermInfo]]] = {}

    def infos(self, fieldname: str, text: str | bytes) -> list[tuple[int, TermInfo]]:
        tbytes = text if isinstance(text, bytes) else text.encode("utf-8")
        key = (fieldname, tbytes)
        found = self._infos.get(key)
        if found is None:
            found = self._infos[key] = self._look_up(fieldname, tbytes)
        return found

    def doc_frequency(self, fieldname: str, text: str | bytes) -> int:
        return sum(info.doc_frequency() for _, info in self.infos(fieldname, text))

    def exists(self, fieldname: str, text: str | bytes) -> bool:
        return bool(self.infos(fieldname, text))

    def _look_up(self, fieldname: str, tbytes: bytes) -> list[tuple[int, TermInfo]]:
        found = []
        for index, (leaf, _) in enumerate(self.leaves):
            terms = getattr(leaf, "_terms", None)
            if terms is None:  # not a Whoosh 3 segment reader: the generic, slower way
                if (fieldname, tbytes) in leaf:
                    found.append((index, leaf.term_info(fieldname, tbytes)))
                continue
            if fieldname not in terms._fieldmap:  # e.g. no notes in this segment
                continue
            try:
                found.append((index, terms.term_info(fieldname, tbytes)))
            except (KeyError, TermNotFound):
                continue
        return found
