"""Typed records shared by the core, the CLI and the GUI.

Offsets (``start``/``end``) are always Python code points into a document's ``clean_text`` (NFC),
half-open ``[start, end)``. The Qt layer converts to UTF-16 units at its own boundary.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.entity_types import CorrectionAction, EntityType

__all__ = [
    "Annotation", "CorrectionAction", "Document", "DocumentSummary", "Entity", "EntityCorrection",
    "EntityType", "Extraction", "ImportReport", "ImportedText", "LegalRef", "RemovedBlock", "Role",
    "Tag",
]


@dataclass(frozen=True, slots=True)
class RemovedBlock:
    """A piece of page furniture moved out of the reading text, kept so the user can see it."""

    text: str
    reason: str  # e.g. "hotline", "related-links", "visitor-counter", "duplicate-lead"


@dataclass(frozen=True, slots=True)
class ImportedText:
    """What an importer and the cleaner produce for one file, before it is stored."""

    raw_text: str
    clean_text: str
    format: str  # "txt", "md", "docx", "html", "pdf"
    encoding: str | None = None
    title: str | None = None
    date: str | None = None  # ISO 8601 with the precision the source gives: 2022-10, 2023-03-31T20:40
    source: str | None = None
    author: str | None = None
    category: str | None = None
    furniture: tuple[RemovedBlock, ...] = ()


@dataclass(frozen=True, slots=True)
class Entity:
    """One entity mention in a text."""

    start: int
    end: int
    type: EntityType
    text: str
    key: str


@dataclass(frozen=True, slots=True)
class LegalRef:
    """A legal or party document reference as structured data."""

    start: int
    end: int
    key: str  # "Chỉ thị 39-CT/TW"
    kind: str  # "Chỉ thị"
    number: str | None  # "39"
    symbol: str | None  # "CT/TW"
    issuer_code: str | None  # "TW"
    date: str | None = None  # ISO date when the sentence gives it
    issuer: str | None = None  # "Bộ Chính trị"


@dataclass(frozen=True, slots=True)
class Role:
    """Who holds which title in which organisation, as one sentence of a document says."""

    person: str  # canonical key of the PERSON
    title: str
    organisation: str | None
    sentence: str


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the entity extractor finds in one text."""

    entities: tuple[Entity, ...] = ()
    legal_refs: tuple[LegalRef, ...] = ()
    roles: tuple[Role, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """A document of the library, with its texts."""

    id: int
    content_hash: str
    file_name: str
    source_path: str
    format: str
    encoding: str | None
    title: str
    date: str | None
    source: str | None
    author: str | None
    category: str | None
    imported_at: str  # ISO 8601 UTC
    raw_text: str
    clean_text: str
    furniture: tuple[RemovedBlock, ...] = ()


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """A library row: metadata and counts, no texts (cheap to list thousands)."""

    id: int
    title: str
    date: str | None
    source: str | None
    author: str | None
    file_name: str
    format: str
    imported_at: str
    entity_count: int = 0
    note_count: int = 0


@dataclass(frozen=True, slots=True)
class Tag:
    """A user-defined annotation tag."""

    name: str
    colour: str = "#f4d03f"


@dataclass(frozen=True, slots=True)
class Annotation:
    """A note or highlight on a passage of a document's clean text.

    The quote with its prefix and suffix is the durable anchor; ``start``/``end`` are the
    current position. ``orphaned`` annotations could not be placed after the text changed and
    wait for the user to re-attach or delete them.
    """

    id: int
    document_id: int
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    note: str = ""
    tags: tuple[str, ...] = ()
    colour: str | None = None
    author: str = ""
    created: str = ""
    modified: str = ""
    orphaned: bool = False


@dataclass(frozen=True, slots=True)
class EntityCorrection:
    """A user's correction of the extractor, for one document or (``document_id`` None) all."""

    id: int
    action: CorrectionAction
    text: str
    type: EntityType | None
    document_id: int | None = None
    start: int | None = None  # only for a correction bound to one mention in one document
    end: int | None = None
    created: str = ""


@dataclass(slots=True)
class ImportReport:
    """Outcome of importing a set of paths: one line per file, nothing hidden."""

    added: list[tuple[str, int]] = field(default_factory=list)  # (path, document id)
    updated: list[tuple[str, int]] = field(default_factory=list)
    duplicates: list[tuple[str, int]] = field(default_factory=list)  # (path, existing id)
    unchanged: list[tuple[str, int]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)

    @property
    def ok(self) -> bool:
        return not self.failed
