"""Records passed into and out of the search index (plain frozen dataclasses, no Whoosh types)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class IndexedEntity:
    """An entity of a document as the index needs it: type, canonical key, surface text."""

    type: str
    key: str
    text: str


@dataclass(frozen=True, slots=True)
class IndexedNote:
    """An annotation's note text and tags, searchable with the document."""

    annotation_id: int
    text: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class IndexRecord:
    """Everything indexed for one document; ``text`` is the clean text offsets refer to."""

    doc_id: int
    title: str
    text: str
    date: str | None = None
    source: str | None = None
    author: str | None = None
    entities: tuple[IndexedEntity, ...] = ()
    tags: tuple[str, ...] = ()
    notes: tuple[IndexedNote, ...] = ()


@dataclass(frozen=True, slots=True)
class MatchSpan:
    """A matched term: code points ``[start, end)`` into the document's clean text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Snippet:
    """A passage of the clean text around matches; ``matches`` are in document coordinates."""

    text: str
    start: int
    end: int
    matches: tuple[MatchSpan, ...]


@dataclass(frozen=True, slots=True)
class Hit:
    """One ranked document of a result page."""

    doc_id: int
    title: str
    date: str | None
    source: str | None
    score: float
    snippets: tuple[Snippet, ...]
    matches: tuple[MatchSpan, ...]
    note_hits: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Facets:
    """Counts over every document matching the query (not just the page)."""

    entities: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    years: list[tuple[str, int]] = field(default_factory=list)
    sources: list[tuple[str, int]] = field(default_factory=list)
    tags: list[tuple[str, int]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SearchResults:
    """One page of results; ``repairs`` says in plain words how a malformed query was fixed."""

    query: str
    effective_query: str
    repairs: tuple[str, ...]
    total: int
    page: int
    page_size: int
    hits: tuple[Hit, ...]
    facets: Facets
