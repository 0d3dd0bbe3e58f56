"""The workspace facade: one library folder opened for use by the CLI or the GUI.

It composes the store (source of truth), the search index (derived), the import pipeline, the
entity extractor and the annotation logic, and emits ``WorkspaceEvents`` when things change.
Nothing here imports Qt; long operations take a progress callback and a cancel token so the GUI
can run them on worker threads.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app.paths import resolve_library_dir, seeds_dir
from desktop_app.store import LibraryError, Store
from desktop_app.workspace.annotating import AnnotatingMixin
from desktop_app.workspace.events import WorkspaceEvents
from desktop_app.workspace.extracting import ExtractingMixin
from desktop_app.workspace.indexing import IndexKeeper
from desktop_app.workspace.library import LibraryMixin
from desktop_app.workspace.progress import Cancelled, CancelToken, ProgressFn, no_progress

__all__ = [
    "CancelToken",
    "Cancelled",
    "LibraryError",
    "ProgressFn",
    "Workspace",
    "no_progress",
    "open_workspace",
]

SEEDED_KEY = "seeds_offered"


class Workspace(LibraryMixin, ExtractingMixin, AnnotatingMixin):
    """An open library. Use ``open_workspace``; close it when done."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.store = Store(folder)
        self.events = WorkspaceEvents()
        self.indexer = IndexKeeper(self.store, folder / "index")
        AnnotatingMixin.__init__(self)

    def first_run(self, progress: ProgressFn = no_progress) -> bool:
        """Import the bundled sample documents into a library that has never been opened.

        Returns True when it did. A user who later removes them does not get them back.
        """
        if self.store.settings.get(SEEDED_KEY) is not None:
            return False
        seeds = seeds_dir()
        if seeds.is_dir() and self.store.documents.count() == 0:
            self.import_paths([seeds], progress=progress)
        self.store.settings.set(SEEDED_KEY, "1")
        return True

    def close(self) -> None:
        self.indexer.close()
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_workspace(library: str | os.PathLike[str] | None = None, *, seed: bool = True) -> Workspace:
    """Open (creating if needed) the library folder chosen by argument, environment or default."""
    workspace = Workspace(resolve_library_dir(library))
    if seed:
        workspace.first_run()
    return workspace
