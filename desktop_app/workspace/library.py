"""Library operations of the workspace: import, list, show, remove, search, check."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop_app.models import Document, DocumentSummary, ImportReport
from desktop_app.workspace import importer
from desktop_app.workspace.progress import CancelToken, ProgressFn, no_progress

if TYPE_CHECKING:
    from desktop_app.search import SearchResults
    from desktop_app.store import Store
    from desktop_app.workspace.events import WorkspaceEvents
    from desktop_app.workspace.indexing import IndexKeeper


@dataclass(slots=True)
class CheckReport:
    """What ``check`` found and what it repaired."""

    documents: int = 0
    problems: list[str] = field(default_factory=list)  # not repairable here: the user must act
    repaired: list[str] = field(default_factory=list)
    orphaned_annotations: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


class LibraryMixin:
    store: Store
    events: WorkspaceEvents
    indexer: IndexKeeper

    def import_paths(self, paths: Iterable[str | os.PathLike[str]], *,
                     progress: ProgressFn = no_progress, cancel: CancelToken | None = None
                     ) -> ImportReport:
        """Import files and folders; documents are searchable when this returns."""
        from desktop_app.entities import EXTRACTOR_VERSION

        def stored(doc_id: int) -> None:
            self.events.documents_changed.emit((doc_id,))

        report = importer.import_paths(
            self.store, paths, dictionary=self.user_dictionary(),  # type: ignore[attr-defined]
            extractor_version=EXTRACTOR_VERSION, progress=progress, cancel=cancel,
            on_stored=stored,
        )
        self.sync_index()
        return report

    def documents(self, ids: Iterable[int] | None = None) -> list[DocumentSummary]:
        return self.store.documents.summaries(ids)

    def document(self, doc_id: int) -> Document | None:
        return self.store.documents.get(doc_id)

    def remove(self, doc_ids: Iterable[int]) -> list[int]:
        """Remove documents with their entities and notes; returns the ids that existed."""
        removed = self.store.documents.remove(doc_ids)
        if removed:
            self.events.documents_changed.emit(tuple(removed))
            self.sync_index()
        return removed

    def sync_index(self) -> list[int]:
        synced = self.indexer.sync()
        if synced:
            self.events.index_updated.emit(tuple(synced))
        return synced

    def search(self, query: str, *, page: int = 1, page_size: int = 20) -> SearchResults:
        return self.indexer.search(query, page=page, page_size=page_size)

    def check(self, progress: ProgressFn = no_progress) -> CheckReport:
        """Verify the library and repair what is derived (index, stale entities)."""
        report = CheckReport(documents=self.store.documents.count())
        report.problems.extend(self.store.db.integrity_problems())
        stale = self.outdated_extractions()  # type: ignore[attr-defined]
        if stale:
            self.reextract(stale, progress=progress)  # type: ignore[attr-defined]
            report.repaired.append(f"re-extracted entities of {len(stale)} document(s)")
        queued = len(self.store.documents.queued_for_index())
        indexed = self.indexer.indexed_count()
        if indexed != report.documents or queued:
            self.indexer.rebuild(lambda done, total: progress(done, total, "index"))
            report.repaired.append(
                f"rebuilt the search index ({indexed} indexed, {report.documents} in the library, "
                f"{queued} pending)"
            )
        report.orphaned_annotations = sum(
            1 for a in self.store.annotations.all() if a.orphaned
        )
        return report
