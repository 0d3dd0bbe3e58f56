"""Vietnamese full-text search over the library, on Whoosh (see ``index.SearchIndex``)."""

from desktop_app.search.index import SearchIndex
from desktop_app.search.query import ParsedQuery, parse_query
from desktop_app.search.types import (
    Facets,
    Hit,
    IndexedEntity,
    IndexedNote,
    IndexRecord,
    MatchSpan,
    SearchResults,
    Snippet,
)

__all__ = [
    "Facets",
    "Hit",
    "IndexRecord",
    "IndexedEntity",
    "IndexedNote",
    "MatchSpan",
    "ParsedQuery",
    "SearchIndex",
    "SearchResults",
    "Snippet",
    "parse_query",
]
