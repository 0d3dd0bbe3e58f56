"""Annotations and tags. Every change is committed at once: there is no save button."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import replace

from desktop_app.models import Annotation, Tag
from desktop_app.store.database import Database
from desktop_app.store.documents import Documents, now_iso

DEFAULT_TAG_COLOURS = (
    "#f4d03f", "#85c1e9", "#82e0aa", "#f1948a", "#c39bd3", "#f8c471", "#76d7c4", "#d7dbdd",
)

_SELECT = (
    'SELECT id, document_id, start, "end", quote, prefix, suffix, note, colour, author, created, '
    "modified, orphaned FROM annotations"
)


class Annotations:
    """Repository of annotations and their tags."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # --- tags -------------------------------------------------------------------------------
    def tags(self) -> list[Tag]:
        return [Tag(*r) for r in self._db.query("SELECT name, colour FROM tags ORDER BY name")]

    def ensure_tag(self, name: str, colour: str | None = None) -> Tag:
        """The tag called ``name``, created on the fly with a palette colour if new."""
        name = name.strip()
        if not name:
            raise ValueError("a tag needs a name")
        with self._db.transaction() as conn:
            row = conn.execute("SELECT name, colour FROM tags WHERE name = ?", (name,)).fetchone()
            if row:
                return Tag(*row)
            count = conn.execute("SELECT COUNT(*) FROM tags").fetchone()[0]
            tag = Tag(name, colour or DEFAULT_TAG_COLOURS[count % len(DEFAULT_TAG_COLOURS)])
            conn.execute("INSERT INTO tags (name, colour) VALUES (?, ?)", (tag.name, tag.colour))
            return tag

    def set_tag_colour(self, name: str, colour: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("UPDATE tags SET colour = ? WHERE name = ?", (colour, name))
            self._queue_docs_with_tag(conn, name)

    def rename_tag(self, old: str, new: str) -> None:
        with self._db.transaction() as conn:
            self._queue_docs_with_tag(conn, old)
            conn.execute("UPDATE tags SET name = ? WHERE name = ?", (new.strip(), old))

    def delete_tag(self, name: str) -> None:
        with self._db.transaction() as conn:
            self._queue_docs_with_tag(conn, name)
            conn.execute("DELETE FROM tags WHERE name = ?", (name,))

    @staticmethod
    def _queue_docs_with_tag(conn: sqlite3.Connection, name: str) -> None:
        conn.execute(
            "INSERT OR IGNORE INTO index_queue SELECT DISTINCT a.document_id FROM annotations a "
            "JOIN annotation_tags t ON t.annotation_id = a.id WHERE t.tag = ?",
            (name,),
        )

    # --- annotations ------------------------------------------------------------------------
    def _tags_of(self, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
        found: dict[int, list[str]] = {i: [] for i in ids}
        for chunk_start in range(0, len(ids), 500):
            chunk = list(ids[chunk_start:chunk_start + 500])
            marks = ",".join("?" * len(chunk))
            for ann_id, tag in self._db.query(
                f"SELECT annotation_id, tag FROM annotation_tags WHERE annotation_id IN ({marks}) "
                "ORDER BY annotation_id, position",
                chunk,
            ):
                found[ann_id].append(tag)
        return {k: tuple(v) for k, v in found.items()}

    def _rows_to_annotations(self, rows: list[sqlite3.Row]) -> list[Annotation]:
        tags = self._tags_of([r[0] for r in rows])
        return [
            Annotation(
                id=r[0], document_id=r[1], start=r[2], end=r[3], quote=r[4], prefix=r[5],
                suffix=r[6], note=r[7], colour=r[8], author=r[9], created=r[10], modified=r[11],
                orphaned=bool(r[12]), tags=tags[r[0]],
            )
            for r in rows
        ]

    def get(self, ann_id: int) -> Annotation | None:
        found = self._rows_to_annotations(self._db.query(_SELECT + " WHERE id = ?", (ann_id,)))
        return found[0] if found else None

    def for_document(self, doc_id: int) -> list[Annotation]:
        return self._rows_to_annotations(
            self._db.query(_SELECT + " WHERE document_id = ? ORDER BY start, id", (doc_id,))
        )

    def all(self, doc_ids: Iterable[int] | None = None) -> list[Annotation]:
        if doc_ids is None:
            rows = self._db.query(_SELECT + " ORDER BY document_id, start, id")
        else:
            ids = list(doc_ids)
            marks = ",".join("?" * len(ids))
            rows = self._db.query(
                _SELECT + f" WHERE document_id IN ({marks}) ORDER BY document_id, start, id", ids
            )
        return self._rows_to_annotations(rows)

    def count_by_document(self) -> dict[int, int]:
        return dict(self._db.query("SELECT document_id, COUNT(*) FROM annotations GROUP BY 1"))

    def save(self, annotation: Annotation) -> Annotation:
        """Insert (``id`` 0) or update an annotation with its tags; returns the stored record.

        An annotation given with an id that does not exist (undo of a delete) is re-inserted
        with that id, so references to it stay valid.
        """
        stamp = now_iso()
        with self._db.transaction() as conn:
            for tag in annotation.tags:
                self.ensure_tag(tag)
            exists = annotation.id and conn.execute(
                "SELECT 1 FROM annotations WHERE id = ?", (annotation.id,)
            ).fetchone()
            values = (
                annotation.document_id, annotation.start, annotation.end, annotation.quote,
                annotation.prefix, annotation.suffix, annotation.note, annotation.colour,
                annotation.author, annotation.created or stamp, annotation.modified or stamp,
                int(annotation.orphaned),
            )
            if exists:
                conn.execute(
                    'UPDATE annotations SET document_id = ?, start = ?, "end" = ?, quote = ?, '
                    "prefix = ?, suffix = ?, note = ?, colour = ?, author = ?, created = ?, "
                    "modified = ?, orphaned = ? WHERE id = ?",
                    (*values, annotation.id),
                )
                ann_id = annotation.id
            else:
                cursor = conn.execute(
                    "INSERT INTO annotations (id, document_id, start, \"end\", quote, prefix, "
                    "suffix, note, colour, author, created, modified, orphaned) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (annotation.id or None, *values),
                )
                ann_id = int(cursor.lastrowid or 0)
            conn.execute("DELETE FROM annotation_tags WHERE annotation_id = ?", (ann_id,))
            conn.executemany(
                "INSERT INTO annotation_tags (annotation_id, tag, position) VALUES (?, ?, ?)",
                [(ann_id, tag, i) for i, tag in enumerate(dict.fromkeys(annotation.tags))],
            )
            Documents.queue_for_index(conn, annotation.document_id)
        return replace(
            annotation, id=ann_id, created=annotation.created or stamp,
            modified=annotation.modified or stamp, tags=tuple(dict.fromkeys(annotation.tags)),
        )

    def delete(self, ann_id: int) -> Annotation | None:
        """Delete an annotation; returns what was deleted (for undo)."""
        old = self.get(ann_id)
        if old is None:
            return None
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM annotations WHERE id = ?", (ann_id,))
            Documents.queue_for_index(conn, old.document_id)
        return old


class Settings:
    """Small key/value facts about the library (e.g. whether the sample documents were offered)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        rows = self._db.query("SELECT value FROM settings WHERE key = ?", (key,))
        return rows[0][0] if rows else default

    def set(self, key: str, value: str) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
