"""A minimal Qt-free event emitter (napari style): the core emits, widgets subscribe.

Callbacks run on the thread that emits. The Qt layer re-emits them as queued signals so widgets
are only touched on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from threading import Lock
from typing import Generic, TypeVar

T = TypeVar("T")


class Event(Generic[T]):
    """One kind of event carrying a value of type ``T``."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._callbacks: list[Callable[[T], None]] = []
        self._lock = Lock()

    def connect(self, callback: Callable[[T], None]) -> None:
        with self._lock:
            self._callbacks.append(callback)

    def disconnect(self, callback: Callable[[T], None]) -> None:
        with self._lock:
            if callback in self._callbacks:
                self._callbacks.remove(callback)

    def emit(self, value: T) -> None:
        with self._lock:
            callbacks = list(self._callbacks)
        for callback in callbacks:
            callback(value)


class WorkspaceEvents:
    """Events of a workspace, named after what changed for the user, not after tables.

    * ``documents_changed(ids)``: documents added, updated or removed;
    * ``annotations_changed(document_id)``: notes of a document created, edited or deleted;
    * ``entities_changed(document_id)``: a document's entities were re-extracted or corrected;
    * ``index_updated(ids)``: the search index now reflects those documents.
    """

    def __init__(self) -> None:
        self.documents_changed: Event[tuple[int, ...]] = Event("documents_changed")
        self.annotations_changed: Event[int] = Event("annotations_changed")
        self.entities_changed: Event[int] = Event("entities_changed")
        self.index_updated: Event[tuple[int, ...]] = Event("index_updated")
