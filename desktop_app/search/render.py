"""Search results as terminal text or JSON, shared by the CLI, the GUI and export."""

from __future__ import annotations

from desktop_app.search.types import Hit, SearchResults, Snippet

__all__ = ["format_results", "mark_snippet", "results_to_json"]

BOLD, RESET = "\x1b[1m", "\x1b[0m"
ELLIPSIS = "…"


def mark_snippet(snippet: Snippet, before: str, after: str, *, doc_length: int | None = None) -> str:
    """Snippet text with every match wrapped in ``before``/``after`` and "…" where it is cut.

    Matches are document offsets; they are shifted by the snippet start and clipped to it.
    """
    parts: list[str] = []
    pos = 0
    text = snippet.text
    for m in sorted(snippet.matches, key=lambda m: m.start):
        s, e = max(m.start - snippet.start, pos), min(m.end - snippet.start, len(text))
        if s >= e:
            continue
        parts += [text[pos:s], before, text[s:e], after]
        pos = e
    parts.append(text[pos:])
    body = "".join(parts).replace("\n", " ")
    lead = ELLIPSIS if snippet.start > 0 else ""
    tail = ELLIPSIS if doc_length is None or snippet.end < doc_length else ""
    return f"{lead}{body}{tail}"


def _hit_lines(rank: int, hit: Hit, bold: bool) -> list[str]:
    meta = " · ".join(x for x in (hit.date, hit.source) if x)
    lines = [f"{rank:>3}. #{hit.doc_id} {hit.title}" + (f"  ({meta})" if meta else "")]
    for snippet in hit.snippets:
        marked = mark_snippet(snippet, BOLD if bold else "[", RESET if bold else "]")
        lines.append(f"       {marked}")
    if hit.note_hits:
        ids = ", ".join(f"#{i}" for i in hit.note_hits)
        lines.append(f"       (also matches note{'s' if len(hit.note_hits) > 1 else ''} {ids})")
    return lines


def format_results(results: SearchResults, *, bold: bool = False) -> str:
    """Human-readable results; matches in ANSI bold when ``bold``, else in [brackets]."""
    lines: list[str] = []
    for repair in results.repairs:
        lines.append(f"note: {repair}")
    if results.repairs:
        lines.append(f"searched: {results.effective_query}")
    first = (results.page - 1) * results.page_size
    shown = f"{first + 1}–{first + len(results.hits)} of " if results.hits else ""
    lines.append(f"{shown}{results.total} document{'s' if results.total != 1 else ''}")
    for i, hit in enumerate(results.hits, start=first + 1):
        lines.extend(_hit_lines(i, hit, bold))
    return "\n".join(lines)


def results_to_json(results: SearchResults) -> dict[str, object]:
    """The documented JSON shape of a result page (see the CLI's ``--json``)."""
    return {
        "query": results.query,
        "effective_query": results.effective_query,
        "repairs": list(results.repairs),
        "total": results.total,
        "page": results.page,
        "page_size": results.page_size,
        "hits": [
            {
                "doc_id": h.doc_id,
                "title": h.title,
                "date": h.date,
                "source": h.source,
                "score": round(h.score, 4),
                "snippets": [
                    {
                        "text": s.text,
                        "start": s.start,
                        "end": s.end,
                        "matches": [[m.start, m.end] for m in s.matches],
                    }
                    for s in h.snippets
                ],
                "matches": [[m.start, m.end] for m in h.matches],
                "note_hits": list(h.note_hits),
            }
            for h in results.hits
        ],
        "facets": {
            "entities": {t: [[k, n] for k, n in v] for t, v in results.facets.entities.items()},
            "years": [[k, n] for k, n in results.facets.years],
            "sources": [[k, n] for k, n in results.facets.sources],
            "tags": [[k, n] for k, n in results.facets.tags],
        },
    }
