"""A document's clean text as Word paragraphs, split into runs at entity and note boundaries.

Each non-blank line of the clean text is one paragraph. Runs are cut at every entity and every
annotation boundary, so each annotation's quote is exactly a sequence of whole runs and can carry
a real Word comment, even when annotations overlap (comment ranges may nest and cross in OOXML).
Entity runs get a light shading by type (``w:shd``), which Word and LibreOffice both render.
Runs are built as raw XML elements: python-docx's ``Run`` objects cost several times more and a
report may hold hundreds of thousands of runs.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from lxml.etree import _Element as XmlElement

from desktop_app.export.comments import CommentWriter
from desktop_app.export.xmlbuild import BodyWriter, text_run
from desktop_app.export.xmltext import xml_safe
from desktop_app.models import Annotation, Entity, EntityType

# Light fills, distinct per type and dark-text friendly; the legend in the report names them.
ENTITY_FILLS: dict[EntityType, str] = {
    EntityType.PERSON: "FFF2CC",
    EntityType.TITLE: "EDE3F6",
    EntityType.ORG: "DDEBF7",
    EntityType.LOC: "E2F0D9",
    EntityType.DATE: "FBE5D6",
    EntityType.LEGAL_DOC: "F8D7DA",
}


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each non-blank line: the report's paragraphs, numbered from 1."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            spans.append((pos, end))
        pos = end + 1
    return spans


def paragraph_number(spans: Sequence[tuple[int, int]], offset: int) -> int:
    """1-based number of the paragraph holding ``offset`` (or the next one after a gap)."""
    index = bisect.bisect_right([s for s, _ in spans], offset) - 1
    if index < 0 or offset >= spans[index][1]:
        index += 1
    return min(max(index, 0), max(len(spans) - 1, 0)) + 1


def anchorable(text: str, annotation: Annotation) -> bool:
    """Whether the note still sits on its quote, so a comment there says the right thing."""
    return (not annotation.orphaned and 0 <= annotation.start < annotation.end <= len(text)
            and text[annotation.start:annotation.end] == annotation.quote)


class _EntityLookup:
    """The entity covering an offset, for segments visited left to right."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self._entities = sorted(entities, key=lambda e: (e.start, -e.end))
        self._starts = [e.start for e in self._entities]

    def fill_at(self, offset: int) -> str | None:
        index = bisect.bisect_right(self._starts, offset) - 1
        while index >= 0:
            entity = self._entities[index]
            if entity.end > offset:
                return ENTITY_FILLS.get(entity.type)
            if offset - entity.start > 400:  # entities are short; stop looking far back
                return None
            index -= 1
        return None


def render_full_text(body: BodyWriter, text: str, *, entities: Sequence[Entity] = (),
                     annotations: Sequence[Annotation] = (), writer: CommentWriter | None = None,
                     comment_for: Callable[[Annotation], tuple[str, str, str]] | None = None,
                     ) -> int:
    """Append ``text`` as paragraphs to ``body``; with a ``writer``, one comment per anchorable annotation.

    ``comment_for`` gives (text, author, initials) of an annotation's comment. Returns the
    number of comments written.
    """
    safe = xml_safe(text)
    notes = [a for a in annotations if anchorable(text, a)] if writer is not None else []
    cuts = {a.start for a in notes} | {a.end for a in notes}
    cuts |= {e.start for e in entities} | {e.end for e in entities}
    ordered_cuts = sorted(cuts)
    lookup = _EntityLookup(entities)
    runs: list[XmlElement] = []
    run_starts: list[int] = []
    run_ends: list[int] = []
    for start, end in paragraph_spans(text):
        paragraph = body.paragraph()
        lo = bisect.bisect_right(ordered_cuts, start)
        hi = bisect.bisect_left(ordered_cuts, end)
        points = [start, *ordered_cuts[lo:hi], end]
        for a, b in zip(points, points[1:], strict=False):
            if a == b:
                continue
            run = text_run(safe[a:b], fill=lookup.fill_at(a) if entities else None, safe=True)
            paragraph.append(run)
            runs.append(run)
            run_starts.append(a)
            run_ends.append(b)
    if writer is None or comment_for is None:
        return 0
    written = 0
    for note in notes:
        first = bisect.bisect_left(run_starts, note.start)
        last = bisect.bisect_right(run_ends, note.end) - 1
        if first > last:
            continue  # the quote is only blank lines: nothing visible to anchor on
        body, author, initials = comment_for(note)
        comment_id = writer.add(body, author=author, initials=initials)
        CommentWriter.anchor(runs[first], runs[last], comment_id)
        written += 1
    return written
