"""Progress reporting and cancellation for long work, shared by the CLI and GUI workers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from threading import Event


class Cancelled(Exception):
    """The user cancelled the operation; everything finished before it is kept."""


ProgressFn = Callable[[int, int, str], None]  # (done, total, what)


def no_progress(done: int, total: int, what: str) -> None:
    """Default progress sink."""


@dataclass
class CancelToken:
    """Set from any thread to ask long work to stop at its next check."""

    _event: Event

    def __init__(self) -> None:
        self._event = Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled("cancelled")
