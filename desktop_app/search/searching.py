"""One search: parse, compile, rank, count, facet, and build the hits of the requested page."""

from __future__ import annotations

from collections.abc import Callable

from whoosh.searching import Searcher

from desktop_app.search.compile import Compiled, compile_query
from desktop_app.search.evaluate import evaluate, top
from desktop_app.search.lexicon import LexiconCache
from desktop_app.search.query import parse_query
from desktop_app.search.schema import PAYLOAD
from desktop_app.search.snippets import find_spans, make_snippets, text_matches
from desktop_app.search.terms import TermLookup
from desktop_app.search.types import Facets, Hit, MatchSpan, SearchResults
from desktop_app.textnorm import search_key

__all__ = ["run_search"]



def _note_hits(notes: tuple[tuple[int, str, tuple[str, ...]], ...], compiled: Compiled) -> tuple[int, ...]:
    """Annotations whose note text or tags match the query (the "hit is in a note" marker)."""
    out = []
    for annotation_id, text, tags in notes:
        if (
            (compiled.units and text_matches(text, compiled.units))
            or any(search_key(t) in compiled.tag_keys for t in tags)
            or (compiled.units and any(text_matches(t, compiled.units) for t in tags))
        ):
            out.append(annotation_id)
    return tuple(out)


def run_search(
    searcher: Searcher,
    lexicon: LexiconCache,
    query: str,
    *,
    page: int = 1,
    page_size: int = 20,
    facets: bool = True,
    text_for: Callable[[int], str | None] | None = None,
) -> SearchResults:
    """Search with ``searcher``; see ``SearchIndex.search``."""
    page, page_size = max(1, page), max(1, page_size)
    parsed = parse_query(query)
    reader = searcher.reader()
    terms = TermLookup(reader)
    compiled = compile_query(parsed.root, reader, lexicon, terms)
    if compiled.query is None:
        return SearchResults(
            query, parsed.effective_query, parsed.repairs, 0, page, page_size, (), Facets()
        )
    repairs = (*parsed.repairs, *compiled.notes)
    scores = evaluate(searcher, compiled.query, terms)
    hits = []
    for docnum, score in top(scores, page * page_size)[(page - 1) * page_size :]:
        doc_id, title, date, source, text, notes = searcher.stored_fields(docnum)[PAYLOAD]
        if text is None:  # the index leaves texts to the library store
            text = (text_for(doc_id) if text_for is not None else None) or ""
        spans = find_spans(text, compiled.units) if compiled.units else []
        hits.append(
            Hit(
                doc_id=doc_id,
                title=title,
                date=date,
                source=source,
                score=score,
                snippets=make_snippets(text, spans),
                matches=tuple(MatchSpan(s, e) for s, e, _ in spans),
                note_hits=_note_hits(notes, compiled),
            )
        )
    facet_values = lexicon.facets.count(reader, scores.mask) if facets else Facets()
    return SearchResults(
        query=query,
        effective_query=parsed.effective_query,
        repairs=repairs,
        total=len(scores),
        page=page,
        page_size=page_size,
        hits=tuple(hits),
        facets=facet_values,
    )
