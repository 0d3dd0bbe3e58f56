"""Per-thread values keyed by the OS thread, not by ``threading.local``.

Threads that Qt starts (a ``QThreadPool`` worker) run Python through a thread state that PySide
may create and drop around every call, and ``threading.local`` data goes with it: a search
thread would reopen its Whoosh searcher (and a SQLite connection) for every query, several
hundred milliseconds at 10,000 documents. ``threading.get_ident()`` stays the same for the
life of the OS thread, so values keyed by it survive. A later thread may reuse a dead one's
ident and inherit its value, which is safe for the reusable objects kept here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class PerThread(Generic[T]):
    """One value per OS thread, made by ``factory`` on first use in that thread."""

    def __init__(self) -> None:
        self._values: dict[int, T] = {}
        self._lock = threading.Lock()

    def get(self) -> T | None:
        return self._values.get(threading.get_ident())

    def set(self, value: T) -> None:
        with self._lock:
            self._values[threading.get_ident()] = value

    def get_or_create(self, factory: Callable[[], T]) -> T:
        value = self._values.get(threading.get_ident())
        if value is None:
            value = factory()
            self.set(value)
        return value

    def pop_all(self) -> list[T]:
        """Every value, forgetting them (to close them)."""
        with self._lock:
            values = list(self._values.values())
            self._values.clear()
        return values
