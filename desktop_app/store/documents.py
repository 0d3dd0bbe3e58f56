"""Documents: their metadata and texts, and the queue of index updates they cause."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from desktop_app.models import Document, DocumentSummary, ImportedText, RemovedBlock
from desktop_app.store.database import Database


def content_hash(clean_text: str) -> str:
    """Identity of a document's reading text: two files with the same clean text are duplicates."""
    return hashlib.sha256(clean_text.encode("utf-8")).hexdigest()


def now_iso() -> str:
    """Current UTC time, ISO 8601 to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def _furniture_json(blocks: Iterable[RemovedBlock]) -> str:
    return json.dumps([[b.text, b.reason] for b in blocks], ensure_ascii=False)


def _furniture(raw: str) -> tuple[RemovedBlock, ...]:
    return tuple(RemovedBlock(text, reason) for text, reason in json.loads(raw))


_SUMMARY_SQL = """
    SELECT d.id, d.title, d.date, d.source, d.author, d.file_name, d.format, d.imported_at,
           (SELECT COUNT(*) FROM entities e WHERE e.document_id = d.id),
           (SELECT COUNT(*) FROM annotations a WHERE a.document_id = d.id)
    FROM documents d
"""


class Documents:
    """Repository of documents. Writers must run inside ``Database.transaction()``."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, imported: ImportedText, *, file_name: str, source_path: str, title: str) -> int:
        """Insert a new document; returns its id."""
        with self._db.transaction() as conn:
            cursor = conn.execute(
                """INSERT INTO documents (content_hash, file_name, source_path, format, encoding,
                       title, date, source, author, category, imported_at, raw_text, clean_text,
                       furniture)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    content_hash(imported.clean_text), file_name, source_path, imported.format,
                    imported.encoding, title, imported.date, imported.source, imported.author,
                    imported.category, now_iso(), imported.raw_text, imported.clean_text,
                    _furniture_json(imported.furniture),
                ),
            )
            doc_id = int(cursor.lastrowid or 0)
            self.queue_for_index(conn, doc_id)
        return doc_id

    def replace_content(self, doc_id: int, imported: ImportedText, *, file_name: str,
                        source_path: str, title: str) -> None:
        """Give an existing document new content (same id; what hangs on it is updated by callers)."""
        with self._db.transaction() as conn:
            conn.execute(
                """UPDATE documents SET content_hash = ?, file_name = ?, source_path = ?, format = ?,
                       encoding = ?, title = ?, date = ?, source = ?, author = ?, category = ?,
                       imported_at = ?, raw_text = ?, clean_text = ?, furniture = ?,
                       extractor_version = NULL
                   WHERE id = ?""",
                (
                    content_hash(imported.clean_text), file_name, source_path, imported.format,
                    imported.encoding, title, imported.date, imported.source, imported.author,
                    imported.category, now_iso(), imported.raw_text, imported.clean_text,
                    _furniture_json(imported.furniture), doc_id,
                ),
            )
            self.queue_for_index(conn, doc_id)

    def update_metadata(self, doc_id: int, *, title: str, date: str | None, source: str | None,
                        author: str | None) -> None:
        """The user corrected title, date, source or author."""
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE documents SET title = ?, date = ?, source = ?, author = ? WHERE id = ?",
                (title, date, source, author, doc_id),
            )
            self.queue_for_index(conn, doc_id)

    def remove(self, doc_ids: Iterable[int]) -> list[int]:
        """Delete documents (and, by cascade, their entities and annotations); returns those removed."""
        removed = []
        with self._db.transaction() as conn:
            for doc_id in doc_ids:
                if conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,)).rowcount:
                    removed.append(doc_id)
                    self.queue_for_index(conn, doc_id)
        return removed

    def get(self, doc_id: int) -> Document | None:
        rows = self._db.query(
            """SELECT id, content_hash, file_name, source_path, format, encoding, title, date,
                      source, author, category, imported_at, raw_text, clean_text, furniture
               FROM documents WHERE id = ?""",
            (doc_id,),
        )
        if not rows:
            return None
        r = rows[0]
        return Document(*r[:14], furniture=_furniture(r[14]))

    def clean_text(self, doc_id: int) -> str | None:
        rows = self._db.query("SELECT clean_text FROM documents WHERE id = ?", (doc_id,))
        return rows[0][0] if rows else None

    def committed_clean_text(self, doc_id: int) -> str | None:
        """``clean_text`` as last committed, read without waiting for a writer (for snippets)."""
        rows = self._db.read_committed("SELECT clean_text FROM documents WHERE id = ?", (doc_id,))
        return rows[0][0] if rows else None

    def summaries(self, doc_ids: Iterable[int] | None = None) -> list[DocumentSummary]:
        """Library rows, newest document date first (undated last)."""
        order = " ORDER BY d.date IS NULL, d.date DESC, d.id"
        if doc_ids is None:
            rows = self._db.query(_SUMMARY_SQL + order)
        else:
            ids = list(doc_ids)
            marks = ",".join("?" * len(ids))
            rows = self._db.query(_SUMMARY_SQL + f" WHERE d.id IN ({marks})" + order, ids)
        return [DocumentSummary(*r) for r in rows]

    def ids(self) -> list[int]:
        return [r[0] for r in self._db.query("SELECT id FROM documents ORDER BY id")]

    def count(self) -> int:
        return int(self._db.query("SELECT COUNT(*) FROM documents")[0][0])

    def find_by_hash(self, digest: str) -> int | None:
        rows = self._db.query("SELECT id FROM documents WHERE content_hash = ?", (digest,))
        return rows[0][0] if rows else None

    def find_by_path(self, source_path: str) -> tuple[int, str] | None:
        """The document imported from this absolute path, with its content hash."""
        rows = self._db.query(
            "SELECT id, content_hash FROM documents WHERE source_path = ? ORDER BY id LIMIT 1",
            (source_path,),
        )
        return (rows[0][0], rows[0][1]) if rows else None

    def extractor_versions(self) -> dict[int, str | None]:
        return dict(self._db.query("SELECT id, extractor_version FROM documents"))

    def iter_texts(self, batch: int = 200) -> Iterator[tuple[int, str, str | None]]:
        """(id, clean_text, date) of every document, fetched in batches to bound memory."""
        last = 0
        while True:
            rows = self._db.query(
                "SELECT id, clean_text, date FROM documents WHERE id > ? ORDER BY id LIMIT ?",
                (last, batch),
            )
            if not rows:
                return
            yield from ((r[0], r[1], r[2]) for r in rows)
            last = rows[-1][0]

    # The index queue is part of the document repository because every document write feeds it.
    @staticmethod
    def queue_for_index(conn: sqlite3.Connection, doc_id: int) -> None:
        conn.execute("INSERT OR IGNORE INTO index_queue (document_id) VALUES (?)", (doc_id,))

    def queued_for_index(self) -> list[int]:
        return [r[0] for r in self._db.query("SELECT document_id FROM index_queue ORDER BY 1")]

    def index_queue_is_empty(self) -> bool:
        """Nothing committed waits for the index; asked without waiting for a writer."""
        return not self._db.read_committed("SELECT 1 FROM index_queue LIMIT 1")

    def mark_indexed(self, doc_ids: Iterable[int]) -> None:
        with self._db.transaction() as conn:
            conn.executemany(
                "DELETE FROM index_queue WHERE document_id = ?", [(i,) for i in doc_ids]
            )

    def queue_all_for_index(self) -> None:
        with self._db.transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO index_queue SELECT id FROM documents")
