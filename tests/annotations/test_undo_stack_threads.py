"""The undo stack is shared by the GUI thread (new notes) and a worker (undo/redo)."""

from __future__ import annotations

import threading

from desktop_app.annotations.undo import FunctionCommand, UndoStack


def test_concurrent_push_undo_redo_keep_history_consistent() -> None:
    stack = UndoStack(limit=10_000)
    state: list[int] = []
    lock = threading.Lock()
    errors: list[BaseException] = []

    def add(value: int) -> FunctionCommand:
        def do() -> None:
            with lock:
                state.append(value)

        def undo() -> None:
            with lock:
                state.remove(value)

        return FunctionCommand(f"add {value}", do, undo)

    def pusher() -> None:
        try:
            for i in range(2_000):
                stack.push(add(i))
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    def undoer() -> None:
        try:
            for _ in range(2_000):
                stack.undo()
                stack.redo()
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=pusher), threading.Thread(target=undoer)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    # Whatever interleaving happened, undoing everything empties the model.
    while stack.undo() is not None:
        pass
    assert state == []
