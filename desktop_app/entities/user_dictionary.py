"""User corrections of the extractor: library-wide dictionary and per-document span fixes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from desktop_app.models import CorrectionAction, Entity, EntityCorrection, EntityType, Extraction
from desktop_app.textnorm import search_key


@dataclass(frozen=True, slots=True)
class UserDictionary:
    """Library-wide corrections: surfaces always of a type, and surfaces never marked.

    Keys are ``search_key`` of the surface text, so ``Tỉnh uỷ`` and ``tỉnh ủy`` are one entry.
    """

    always: dict[str, EntityType] = field(default_factory=dict)
    never: frozenset[str] = frozenset()

    @classmethod
    def from_corrections(cls, corrections: Iterable[EntityCorrection]) -> UserDictionary:
        """Build from the corrections that apply to every document (``document_id`` None)."""
        always: dict[str, EntityType] = {}
        never: set[str] = set()
        for c in corrections:
            if c.document_id is not None or c.start is not None:
                continue
            key = search_key(c.text.strip())
            if not key:
                continue
            if c.action is CorrectionAction.REMOVE:
                never.add(key)
                always.pop(key, None)
            elif c.type is not None:
                always[key] = c.type
                never.discard(key)
        return cls(always=always, never=frozenset(never))


def apply_corrections(
    extraction: Extraction,
    corrections: list[EntityCorrection],
    *,
    text: str | None = None,
) -> Extraction:
    """Apply one document's corrections in order; later ones win.

    A correction with ``start``/``end`` acts on that span: ADD/RETYPE put an entity of its type
    there (replacing what overlapped it), REMOVE deletes entities overlapping it. A correction
    without a span acts on every mention whose text matches (``search_key``); ADD without a span
    needs ``text`` to find the mentions. Legal refs and roles of removed spans are dropped.
    """
    entities = list(extraction.entities)
    for c in corrections:
        if c.start is not None and c.end is not None:
            spans = [(c.start, c.end)]
        else:
            key = search_key(c.text.strip())
            spans = [(e.start, e.end) for e in entities if search_key(e.text) == key]
            if c.action is CorrectionAction.ADD and text is not None and key:
                spans = _occurrences(text, key)
        for start, end in spans:
            if c.action is CorrectionAction.REMOVE:
                entities = [e for e in entities if e.end <= start or e.start >= end]
                continue
            if c.type is None:
                continue
            old = [e for e in entities if e.start == start and e.end == end]
            surface = text[start:end] if text is not None else (old[0].text if old else c.text)
            key_value = old[0].key if old and old[0].type is c.type else " ".join(surface.split())
            entities = [e for e in entities if e.end <= start or e.start >= end]
            entities.append(Entity(start, end, c.type, surface, key_value))
    entities.sort(key=lambda e: (e.start, e.end))
    kept = {(e.start, e.end) for e in entities if e.type is EntityType.LEGAL_DOC}
    person_keys = {e.key for e in entities if e.type is EntityType.PERSON}
    return replace(
        extraction,
        entities=tuple(entities),
        legal_refs=tuple(r for r in extraction.legal_refs if (r.start, r.end) in kept),
        roles=tuple(r for r in extraction.roles if r.person in person_keys),
    )


def _occurrences(text: str, key: str) -> list[tuple[int, int]]:
    """Whole-word occurrences of ``key`` in ``text`` compared by ``search_key``."""
    kt = search_key(text)
    out = []
    pos = kt.find(key)
    while pos >= 0:
        end = pos + len(key)
        before_ok = pos == 0 or not kt[pos - 1].isalnum()
        after_ok = end == len(kt) or not kt[end].isalnum()
        if before_ok and after_ok:
            out.append((pos, end))
        pos = kt.find(key, pos + 1)
    return out
