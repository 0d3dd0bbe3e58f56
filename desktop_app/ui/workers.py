"""Background work for the GUI: a QThreadPool runner with progress, cancel and stale-drop.

The core is Qt-free and reports through plain callbacks; this module turns those into
queued signals so widgets are only touched on the GUI thread. Every task gets a
``CancelToken`` the core checks between steps.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger(__name__)


class _TaskSignals(QObject):
    """Lives in the GUI thread; emitted from the worker, delivered queued."""

    done = Signal(object)
    failed = Signal(str, str)  # message, traceback
    cancelled = Signal()
    progress = Signal(int, int, str)
    finished = Signal()  # after any of done/failed/cancelled


class Task(QRunnable):
    """One call of ``fn(*args, progress=..., cancel=...)`` (the two keywords only if asked)."""

    def __init__(self, fn: Callable[..., Any], *args: Any, with_progress: bool = False,
                 with_cancel: bool = False, **kwargs: Any) -> None:
        super().__init__()
        # Imported here, not at module level: the workspace package pulls in the store and
        # importer (~50 ms) that the first paint does not need.
        from desktop_app.workspace import CancelToken

        self.setAutoDelete(False)  # Python keeps the reference (see Runner._tasks)
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.token = CancelToken()
        self.signals = _TaskSignals()
        if with_progress:
            self.kwargs["progress"] = self._progress
        if with_cancel:
            self.kwargs["cancel"] = self.token

    def _progress(self, done: int, total: int, what: str) -> None:
        self.signals.progress.emit(done, total, str(what))

    def cancel(self) -> None:
        self.token.cancel()

    def run(self) -> None:
        from desktop_app.workspace import Cancelled

        try:
            result = self.fn(*self.args, **self.kwargs)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - thread boundary: every failure must reach the GUI
            log.warning("background task failed: %s", exc)
            self.signals.failed.emit(str(exc) or type(exc).__name__, traceback.format_exc())
        else:
            if self.token.cancelled:
                self.signals.cancelled.emit()
            else:
                self.signals.done.emit(result)
        self.signals.finished.emit()


class Runner(QObject):
    """Owns a thread pool and the tasks in flight; ``shutdown`` cancels and waits for them."""

    busyChanged = Signal(int)  # number of tasks in flight

    def __init__(self, parent: QObject | None = None, max_threads: int = 4,
                 keep_threads: bool = False) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        if keep_threads:  # per-thread caches (a Whoosh searcher) stay warm between uses
            self.pool.setExpiryTimeout(-1)
        self._tasks: set[Task] = set()
        self._children: list[Runner] = []

    def child(self, max_threads: int = 1, keep_threads: bool = True) -> Runner:
        """A separate pool (e.g. one long-lived search thread) shut down with this one."""
        runner = Runner(self, max_threads, keep_threads)
        self._children.append(runner)
        return runner

    def start(self, task: Task, on_done: Callable[[Any], None] | None = None,
              on_failed: Callable[[str, str], None] | None = None) -> Task:
        if on_done is not None:
            task.signals.done.connect(on_done)
        if on_failed is not None:
            task.signals.failed.connect(on_failed)
        task.signals.finished.connect(lambda t=task: self._finished(t))
        self._tasks.add(task)
        self.busyChanged.emit(len(self._tasks))
        self.pool.start(task)
        return task

    def run(self, fn: Callable[..., Any], *args: Any,
            on_done: Callable[[Any], None] | None = None,
            on_failed: Callable[[str, str], None] | None = None) -> Task:
        """Shorthand: run ``fn(*args)`` in the pool."""
        return self.start(Task(fn, *args), on_done, on_failed)

    def _finished(self, task: Task) -> None:
        self._tasks.discard(task)
        self.busyChanged.emit(len(self._tasks))

    @property
    def busy(self) -> int:
        return len(self._tasks)

    def wait(self, msecs: int = -1) -> bool:
        done = all(child.wait(msecs) for child in self._children)
        return self.pool.waitForDone(msecs) and done

    def shutdown(self) -> None:
        for child in self._children:
            child.shutdown()
        for task in list(self._tasks):
            task.cancel()
        self.pool.waitForDone()


class Latest(QObject):
    """Runs one kind of request at a time, delivering only the newest one's result.

    Search as you type starts a query per keystroke; an older query finishing after a newer
    one must not overwrite its results, so each result carries its generation number.
    """

    result = Signal(object, object)  # request, result
    failed = Signal(object, str)

    def __init__(self, runner: Runner, fn: Callable[[Any], Any]) -> None:
        super().__init__(runner)
        self._runner = runner
        self._fn = fn
        self._generation = 0

    def request(self, arg: Any) -> None:
        self._generation += 1
        generation = self._generation
        self._runner.run(
            self._call, generation, arg,
            on_done=lambda res, g=generation, a=arg: self._deliver(g, a, res),
            on_failed=lambda msg, _tb, g=generation, a=arg: self._fail(g, a, msg),
        )

    def _call(self, generation: int, arg: Any) -> Any:
        """In the worker: skip requests already superseded while they waited for a thread."""
        if generation != self._generation:
            return None
        return self._fn(arg)

    def _deliver(self, generation: int, arg: Any, res: Any) -> None:
        if generation == self._generation:
            self.result.emit(arg, res)

    def _fail(self, generation: int, arg: Any, message: str) -> None:
        if generation == self._generation:
            self.failed.emit(arg, message)


class WorkspaceBridge(QObject):
    """Re-emits the Qt-free workspace events and undo-stack changes as Qt signals.

    The core calls its observers on whatever thread made the change (an undo or an entity
    correction runs on a worker). These callbacks only emit; widgets connect to the signals
    with ``Qt.QueuedConnection`` (see ``connect_queued``), so every slot runs on the GUI thread
    whichever thread emitted.
    """

    documentsChanged = Signal(object)
    entitiesChanged = Signal(int)
    annotationsChanged = Signal(int)
    indexUpdated = Signal(object)
    undoChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._links: list[tuple[Any, Callable[[Any], None]]] = []
        self._unsubscribe: Callable[[], None] = lambda: None

    def attach(self, ws: Any) -> None:
        self.detach()
        self._links = [
            (ws.events.documents_changed, self._documents),
            (ws.events.entities_changed, self._entities),
            (ws.events.annotations_changed, self._annotations),
            (ws.events.index_updated, self._index),
        ]
        for event, callback in self._links:
            event.connect(callback)
        self._unsubscribe = ws.undo_stack.subscribe(self._undo)

    def detach(self) -> None:
        for event, callback in self._links:
            event.disconnect(callback)
        self._links = []
        self._unsubscribe()
        self._unsubscribe = lambda: None

    # Called on any thread: emit only.
    def _documents(self, ids: Any) -> None:
        self.documentsChanged.emit(ids)

    def _entities(self, doc_id: int) -> None:
        self.entitiesChanged.emit(int(doc_id))

    def _annotations(self, doc_id: int) -> None:
        self.annotationsChanged.emit(int(doc_id))

    def _index(self, ids: Any) -> None:
        self.indexUpdated.emit(ids)

    def _undo(self) -> None:
        self.undoChanged.emit()


def connect_queued(signal: Any, slot: Callable[..., Any]) -> None:
    """Connect so ``slot`` (a bound method of a GUI-thread QObject) runs in the GUI event loop."""
    signal.connect(slot, Qt.ConnectionType.QueuedConnection)
