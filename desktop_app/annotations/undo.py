"""A Qt-free undo stack of reversible commands.

The GUI wraps it (buttons enabled from ``can_undo``/``can_redo``, labels from ``undo_label``),
the store supplies concrete commands; the stack itself only knows the :class:`Command` protocol,
so it is tested with plain Python objects.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Protocol, runtime_checkable

DEFAULT_LIMIT = 200


class Command(Protocol):
    """A reversible change. ``do`` is called by :meth:`UndoStack.push` and again on redo."""

    label: str

    def do(self) -> None: ...

    def undo(self) -> None: ...


@runtime_checkable
class Mergeable(Protocol):
    """A command that can absorb the next one (e.g. keystrokes editing the same note).

    ``merge_with(newer)`` is called on the command on top of the stack after ``newer.do()`` ran;
    returning True means ``self`` now also covers ``newer`` (its undo restores the state from
    before both), and ``newer`` is not pushed.
    """

    def merge_with(self, newer: Command) -> bool: ...


class CompoundCommand:
    """Several commands undone and redone as one step (done in order, undone in reverse)."""

    def __init__(self, label: str, commands: Sequence[Command]) -> None:
        self.label = label
        self.commands = list(commands)

    def do(self) -> None:
        for command in self.commands:
            command.do()

    def undo(self) -> None:
        for command in reversed(self.commands):
            command.undo()


class FunctionCommand:
    """A command made of two callables, for simple cases that need no class of their own."""

    def __init__(self, label: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
        self.label = label
        self._do, self._undo = do, undo

    def do(self) -> None:
        self._do()

    def undo(self) -> None:
        self._undo()


class UndoStack:
    """Undo/redo history with a size limit, command merging and change observers.

    If a command's ``do``/``undo`` raises, the history is left as it was before the call and the
    exception propagates: the caller decides how to report it. Every change holds one re-entrant
    lock, so a command pushed on the GUI thread and an undo run by a worker never interleave.
    """

    def __init__(self, limit: int = DEFAULT_LIMIT) -> None:
        self._undo: list[Command] = []
        self._redo: list[Command] = []
        self._observers: list[Callable[[], None]] = []
        self._limit = DEFAULT_LIMIT
        self._merge_open = True
        self._macro: list[Command] | None = None
        self._lock = threading.RLock()
        self.limit = limit

    # -- state -------------------------------------------------------------------------------

    @property
    def limit(self) -> int:
        return self._limit

    @limit.setter
    def limit(self, value: int) -> None:
        if value < 1:
            raise ValueError(f"undo limit must be at least 1, got {value}")
        self._limit = value
        if len(self._undo) > value:
            del self._undo[: len(self._undo) - value]
            self._notify()

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    def __len__(self) -> int:
        return len(self._undo)

    # -- changes -----------------------------------------------------------------------------

    def push(self, command: Command) -> None:
        """Run ``command`` and record it; clears the redo history."""
        with self._lock:
            command.do()
            if self._macro is not None:
                self._macro.append(command)
                return
            self._redo.clear()
            top = self._undo[-1] if self._undo else None
            merged = self._merge_open and isinstance(top, Mergeable) and top.merge_with(command)
            if not merged:
                self._undo.append(command)
                if len(self._undo) > self._limit:
                    del self._undo[0]
            self._merge_open = True
            self._notify()

    def undo(self) -> str | None:
        """Undo the last command; its label, or None when there is nothing to undo."""
        with self._lock:
            if not self._undo:
                return None
            command = self._undo[-1]
            command.undo()
            self._redo.append(self._undo.pop())
            self._merge_open = False
            self._notify()
            return command.label

    def redo(self) -> str | None:
        """Redo the last undone command; its label, or None when there is nothing to redo."""
        with self._lock:
            if not self._redo:
                return None
            command = self._redo[-1]
            command.do()
            self._undo.append(self._redo.pop())
            self._merge_open = False
            self._notify()
            return command.label

    def close_merge(self) -> None:
        """The next pushed command starts a new step (e.g. the user left the note editor)."""
        self._merge_open = False

    def clear(self) -> None:
        """Forget the history (after the document's text was replaced, for instance)."""
        with self._lock:
            self._undo.clear()
            self._redo.clear()
            self._notify()


    @contextmanager
    def macro(self, label: str) -> Iterator[None]:
        """Commands pushed inside the ``with`` block become one undo step.

        If the block raises, the commands already run are undone (newest first) and nothing is
        recorded, so a half-done batch never stays behind.
        """
        with self._lock:
            yield from self._macro_body(label)

    def _macro_body(self, label: str) -> Iterator[None]:
        if self._macro is not None:
            raise RuntimeError("undo macros do not nest")
        self._macro = []
        try:
            yield
        except BaseException:
            done, self._macro = self._macro, None
            for command in reversed(done):
                command.undo()
            raise
        done, self._macro = self._macro, None
        if done:
            compound = CompoundCommand(label, done)
            self._redo.clear()
            self._undo.append(compound)
            if len(self._undo) > self._limit:
                del self._undo[0]
            self._merge_open = False
            self._notify()

    # -- observers ---------------------------------------------------------------------------

    def subscribe(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call ``callback`` after every change; returns a function that unsubscribes it."""
        self._observers.append(callback)

        def unsubscribe() -> None:
            if callback in self._observers:
                self._observers.remove(callback)

        return unsubscribe

    def _notify(self) -> None:
        for callback in list(self._observers):
            callback()
