"""Per-thread state survives between tasks on a kept Qt pool thread.

PySide runs each QRunnable through a fresh Python thread state, so ``threading.local`` values
vanish between tasks: the search thread reopened its Whoosh searcher for every query (five
times slower searches in the window than in the CLI). ``PerThread`` keys by the OS thread.
"""

from __future__ import annotations

import itertools
import threading
from pathlib import Path

from desktop_app.per_thread import PerThread
from desktop_app.ui.workers import Runner
from desktop_app.workspace import open_workspace


def _run_twice(qtbot, fn) -> list[object]:
    parent = Runner()
    runner = parent.child(max_threads=1, keep_threads=True)
    seen: list[object] = []
    for n in (1, 2):
        runner.run(fn, on_done=seen.append)
        qtbot.waitUntil(lambda n=n: len(seen) == n, timeout=30000)
    parent.shutdown()
    return seen


def test_values_keyed_by_os_thread_survive_between_tasks(qtbot) -> None:
    per_thread: PerThread[int] = PerThread()
    made = itertools.count()

    def task() -> tuple[int, int]:
        return per_thread.get_or_create(lambda: next(made)), threading.get_ident()

    (first, tid1), (second, tid2) = _run_twice(qtbot, task)
    assert tid1 == tid2  # the kept thread ran both tasks
    assert first == second == 0


def test_a_search_thread_keeps_its_searcher_and_reader(qtbot, tmp_path: Path) -> None:
    with open_workspace(tmp_path / "lib") as ws:
        ws.sync_index()
        index = ws.indexer.index()

        def search() -> tuple[object, object]:
            ws.search("tinh uy")
            return index._thread_searchers.get()[1], ws.store.db._readers.get()

        (searcher1, conn1), (searcher2, conn2) = _run_twice(qtbot, search)
        assert searcher1 is searcher2
        assert conn1 is conn2
