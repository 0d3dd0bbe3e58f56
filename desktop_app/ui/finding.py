"""Find in document, with diacritics understood the way search understands them.

A query typed without accents ("hoa binh") matches every accented variant ("Hòa Bình",
"hoà bình"); a query with accents matches by search key, so only tone-mark placement and
case are ignored. Both text forms are length-preserving, so offsets found in the folded
text are offsets into the reading text.
"""

from __future__ import annotations

from desktop_app.textnorm import fold_accents, has_diacritics, search_key


class DocumentFinder:
    """Finds a query in one text; the folded forms are computed once, on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: str | None = None
        self._keyed: str | None = None

    def _form(self, accented: bool) -> str:
        if accented:
            if self._keyed is None:
                self._keyed = search_key(self.text)
            return self._keyed
        if self._folded is None:
            self._folded = fold_accents(self.text)
        return self._folded

    def find_all(self, query: str, limit: int = 10_000) -> list[tuple[int, int]]:
        """Half-open code point spans of every non-overlapping match, in text order."""
        query = query.strip()
        if not query:
            return []
        accented = has_diacritics(query)
        haystack = self._form(accented)
        needle = search_key(query) if accented else fold_accents(query)
        if len(needle) != len(query):  # both forms preserve length; be safe if not
            return []
        spans: list[tuple[int, int]] = []
        start = haystack.find(needle)
        while start != -1 and len(spans) < limit:
            spans.append((start, start + len(needle)))
            start = haystack.find(needle, start + len(needle))
        return spans
