"""Keeping the Whoosh index in step with the library.

The index is derived data. Every store write that affects search puts the document id in the
``index_queue`` table in the same transaction; ``sync`` drains that queue into the index. A crash
between the two leaves ids in the queue, drained at the next open, so nothing is lost or stale.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from threading import Lock
from typing import TYPE_CHECKING

from desktop_app.store import Store

if TYPE_CHECKING:
    from desktop_app.search import IndexRecord, SearchIndex, SearchResults


class IndexKeeper:
    """Owns the library's ``SearchIndex``: the one writer, opened lazily on first use."""

    def __init__(self, store: Store, index_dir: Path) -> None:
        self._store = store
        self._dir = index_dir
        self._index: SearchIndex | None = None
        self._open_lock = Lock()
        self._sync_lock = Lock()

    def record(self, doc_id: int) -> IndexRecord | None:
        """What the index holds for one document, read from the store."""
        from desktop_app.search import IndexedEntity, IndexedNote, IndexRecord

        doc = self._store.documents.get(doc_id)
        if doc is None:
            return None
        extraction = self._store.entities.get(doc_id)
        notes = self._store.annotations.for_document(doc_id)
        tags = sorted({tag for note in notes for tag in note.tags})
        return IndexRecord(
            doc_id=doc.id, title=doc.title, text=doc.clean_text, date=doc.date, source=doc.source,
            author=doc.author,
            entities=tuple(IndexedEntity(str(e.type), e.key, e.text) for e in extraction.entities),
            tags=tuple(tags),
            notes=tuple(IndexedNote(n.id, n.note, n.tags) for n in notes if n.note or n.tags),
        )

    def _all_records(self) -> Iterator[IndexRecord]:
        for doc_id in self._store.documents.ids():
            rec = self.record(doc_id)
            if rec is not None:
                yield rec

    def index(self, progress: Callable[[int, int], None] | None = None) -> SearchIndex:
        """The open index, rebuilt from the store first if missing, corrupt or outdated."""
        with self._open_lock:
            if self._index is None:
                from desktop_app.search import SearchIndex

                # Snippets read the clean text from SQLite rather than from the index: the
                # index is a third smaller and queries at 35,000 documents ~10% faster.
                index = SearchIndex(self._dir, text_for=self._store.documents.committed_clean_text)
                rebuilt = index.ensure(self._all_records, self._store.documents.count(), progress)
                if rebuilt:
                    self._store.documents.mark_indexed(self._store.documents.queued_for_index())
                self._index = index
        return self._index

    def sync(self, progress: Callable[[int, int], None] | None = None) -> list[int]:
        """Bring queued documents into the index; returns the ids brought up to date."""
        index = self.index(progress)
        with self._sync_lock:
            queued = self._store.documents.queued_for_index()
            if not queued:
                return []
            records, gone = [], []
            for doc_id in queued:
                rec = self.record(doc_id)
                if rec is None:
                    gone.append(doc_id)
                else:
                    records.append(rec)
            if gone:
                index.delete(gone)
            if records:
                index.upsert(records)
            self._store.documents.mark_indexed(queued)
            return queued

    def rebuild(self, progress: Callable[[int, int], None] | None = None) -> None:
        """Throw the index away and build it again from the store."""
        index = self.index()
        with self._sync_lock:
            index.rebuild(self._all_records(), self._store.documents.count(), progress)
            self._store.documents.mark_indexed(self._store.documents.queued_for_index())

    def search(self, query: str, *, page: int = 1, page_size: int = 20) -> SearchResults:
        """Search what is committed; queued changes are brought in first. Neither the check nor
        the snippets wait for a writer that holds the library (an import, a re-extraction)."""
        if not self._store.documents.index_queue_is_empty():
            self.sync()
        return self.index().search(query, page=page, page_size=page_size)

    def indexed_count(self) -> int:
        return self.index().doc_count()

    def close(self) -> None:
        with self._open_lock:
            if self._index is not None:
                self._index.close()
                self._index = None
