"""Entities, legal references and roles extracted from documents, and the user's corrections."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.models import (
    CorrectionAction,
    Entity,
    EntityCorrection,
    EntityType,
    Extraction,
    LegalRef,
    Role,
)
from desktop_app.store.database import Database
from desktop_app.store.documents import Documents, now_iso


@dataclass(frozen=True, slots=True)
class EntityStat:
    """A canonical entity across the library."""

    type: EntityType
    key: str
    mentions: int
    documents: int


@dataclass(frozen=True, slots=True)
class Mention:
    """Where one canonical entity is mentioned."""

    document_id: int
    start: int
    end: int
    text: str


class Entities:
    """Repository of extraction results. Replacing a document's extraction is all-or-nothing."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def replace(self, doc_id: int, extraction: Extraction, version: str | None) -> None:
        """Store ``extraction`` as the document's entities, dropping the previous ones."""
        with self._db.transaction() as conn:
            for table in ("entities", "legal_refs", "roles"):
                conn.execute(f"DELETE FROM {table} WHERE document_id = ?", (doc_id,))
            conn.executemany(
                'INSERT INTO entities (document_id, start, "end", type, text, key) '
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(doc_id, e.start, e.end, str(e.type), e.text, e.key) for e in extraction.entities],
            )
            conn.executemany(
                'INSERT INTO legal_refs (document_id, start, "end", key, kind, number, symbol, '
                "issuer_code, date, issuer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (doc_id, r.start, r.end, r.key, r.kind, r.number, r.symbol, r.issuer_code,
                     r.date, r.issuer)
                    for r in extraction.legal_refs
                ],
            )
            conn.executemany(
                "INSERT INTO roles (document_id, person, title, organisation, sentence) "
                "VALUES (?, ?, ?, ?, ?)",
                [(doc_id, r.person, r.title, r.organisation, r.sentence) for r in extraction.roles],
            )
            conn.execute(
                "UPDATE documents SET extractor_version = ? WHERE id = ?", (version, doc_id)
            )
            Documents.queue_for_index(conn, doc_id)

    def get(self, doc_id: int) -> Extraction:
        entities = tuple(
            Entity(r[0], r[1], EntityType(r[2]), r[3], r[4])
            for r in self._db.query(
                'SELECT start, "end", type, text, key FROM entities WHERE document_id = ? '
                "ORDER BY start",
                (doc_id,),
            )
        )
        refs = tuple(
            LegalRef(*r)
            for r in self._db.query(
                'SELECT start, "end", key, kind, number, symbol, issuer_code, date, issuer '
                "FROM legal_refs WHERE document_id = ? ORDER BY start",
                (doc_id,),
            )
        )
        roles = tuple(
            Role(*r)
            for r in self._db.query(
                "SELECT person, title, organisation, sentence FROM roles WHERE document_id = ? "
                "ORDER BY rowid",
                (doc_id,),
            )
        )
        return Extraction(entities, refs, roles)

    def stats(self, entity_type: EntityType | None = None, limit: int | None = None) -> list[EntityStat]:
        """Canonical entities with mention and document counts, most mentioned first."""
        sql = (
            "SELECT type, key, COUNT(*), COUNT(DISTINCT document_id) FROM entities"
            + (" WHERE type = ?" if entity_type else "")
            + " GROUP BY type, key ORDER BY COUNT(*) DESC, key"
            + (f" LIMIT {int(limit)}" if limit else "")
        )
        params = (str(entity_type),) if entity_type else ()
        return [EntityStat(EntityType(r[0]), r[1], r[2], r[3]) for r in self._db.query(sql, params)]

    def mentions(self, entity_type: EntityType, key: str) -> list[Mention]:
        """Every mention of one canonical entity in the library, in document order."""
        return [
            Mention(*r)
            for r in self._db.query(
                'SELECT document_id, start, "end", text FROM entities WHERE type = ? AND key = ? '
                "ORDER BY document_id, start",
                (str(entity_type), key),
            )
        ]


class Corrections:
    """The user's corrections of the extractor; they outlive re-extraction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, action: CorrectionAction, text: str, entity_type: EntityType | None, *,
            document_id: int | None = None, start: int | None = None, end: int | None = None,
            created: str | None = None) -> int:
        with self._db.transaction() as conn:
            cursor = conn.execute(
                'INSERT INTO corrections (action, text, type, document_id, start, "end", created) '
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (str(action), text, str(entity_type) if entity_type else None, document_id, start,
                 end, created or now_iso()),
            )
            return int(cursor.lastrowid or 0)

    def restore(self, correction: EntityCorrection) -> None:
        """Put back a deleted correction with its id (undo)."""
        with self._db.transaction() as conn:
            conn.execute(
                'INSERT INTO corrections (id, action, text, type, document_id, start, "end", '
                "created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (correction.id, str(correction.action), correction.text,
                 str(correction.type) if correction.type else None, correction.document_id,
                 correction.start, correction.end, correction.created),
            )

    def remove(self, correction_id: int) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM corrections WHERE id = ?", (correction_id,))

    def get(self, correction_id: int) -> EntityCorrection | None:
        found = [c for c in self.list() if c.id == correction_id]
        return found[0] if found else None

    def list(self, document_id: int | None = None, *, include_global: bool = True) -> list[EntityCorrection]:
        """Corrections for one document (plus the global ones), or all when ``document_id`` is None."""
        sql = 'SELECT id, action, text, type, document_id, start, "end", created FROM corrections'
        params: tuple[object, ...] = ()
        if document_id is not None:
            sql += " WHERE document_id = ?" + (" OR document_id IS NULL" if include_global else "")
            params = (document_id,)
        rows = self._db.query(sql + " ORDER BY id", params)
        return [
            EntityCorrection(
                r[0], CorrectionAction(r[1]), r[2], EntityType(r[3]) if r[3] else None,
                r[4], r[5], r[6], r[7],
            )
            for r in rows
        ]
