"""The library store: the only place in the app that speaks SQL.

``Store(folder)`` opens (creating and migrating as needed) the library database and exposes one
repository per kind of record. Records are the typed dataclasses of ``desktop_app.models``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop_app.store.annotations import Annotations, Settings
from desktop_app.store.database import Database, LibraryError
from desktop_app.store.documents import Documents, content_hash, now_iso
from desktop_app.store.entities import Corrections, Entities, EntityStat, Mention

__all__ = [
    "Annotations",
    "Corrections",
    "Documents",
    "Entities",
    "EntityStat",
    "LibraryError",
    "Mention",
    "Settings",
    "Store",
    "content_hash",
    "now_iso",
]


class Store:
    """All repositories of one library folder, sharing one database connection."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db = Database(folder)
        self.documents = Documents(self.db)
        self.entities = Entities(self.db)
        self.corrections = Corrections(self.db)
        self.annotations = Annotations(self.db)
        self.settings = Settings(self.db)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several repository writes into one all-or-nothing change."""
        with self.db.transaction():
            yield

    def close(self) -> None:
        self.db.close()
