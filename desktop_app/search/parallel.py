"""Large rebuilds split over worker processes, each writing one Whoosh segment of its own.

Inverting and writing ~70 new terms per article is CPU-bound Python, so one process indexes
about 250 articles a second whatever the disk. For a big rebuild the parent streams chunks of
records to ``workers`` processes in turn; each inverts its share with ``BulkSegmentWriter``
(no lock: the parent holds the index's write lock throughout) and writes a finished segment.
The parent then commits one TOC naming every worker's segment, so readers see the old index
until the new one is complete, exactly as with a single-process rebuild.

Processes are started with the ``spawn`` context, never ``fork``: the GUI rebuilds from a
worker thread of a Qt process, and forking a multi-threaded process can deadlock the child.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
from collections.abc import Callable, Iterable
from multiprocessing.process import BaseProcess
from multiprocessing.queues import Queue

from whoosh import index as windex
from whoosh.codec.base import Segment
from whoosh.writing import CLEAR

from desktop_app.search.bulk import BulkSegmentWriter
from desktop_app.search.types import IndexRecord

__all__ = ["CHUNK", "PARALLEL_MIN_DOCS", "parallel_rebuild", "worker_count"]

PARALLEL_MIN_DOCS = 2000  # below this, starting interpreters costs more than it saves
CHUNK = 200  # records per message: large enough to amortise pickling, small for progress
_INBOX_DEPTH = 3  # chunks queued per worker: bounds the parent's memory
_POLL_SECONDS = 0.5


class RebuildWorkerError(RuntimeError):
    """A worker process failed or died; the rebuild is abandoned and the old index kept."""


def worker_count(count: int) -> int:
    """How many processes a rebuild of ``count`` records should use (1: stay in process)."""
    if count < PARALLEL_MIN_DOCS:
        return 1
    return max(1, min(4, os.cpu_count() or 1))


def _work(index_dir: str, indexname: str, inbox: Queue, outbox: Queue, limitmb: int, store_text: bool) -> None:
    """Worker process: index the chunks it receives into one fresh segment."""
    from desktop_app.search.index import record_fields  # the worker imports lazily, once

    try:
        ix = windex.open_dir(index_dir, indexname=indexname)
        writer = BulkSegmentWriter(ix, limitmb=limitmb, lock=False)
        while True:
            chunk = inbox.get()
            if chunk is None:
                break
            for record in chunk:
                writer.add_document(**record_fields(record, store_text))
            outbox.put(("progress", len(chunk)))
        outbox.put(("segment", writer.finish_unlocked()))
    except (OSError, ValueError, TypeError, KeyError, AttributeError, windex.IndexError) as exc:
        outbox.put(("error", f"{type(exc).__name__}: {exc}"))


class _Pool:
    """The worker processes of one rebuild with their queues."""

    def __init__(self, index_dir: str, indexname: str, workers: int, limitmb: int, store_text: bool) -> None:
        ctx = mp.get_context("spawn")
        self.outbox: Queue = ctx.Queue()
        self.inboxes: list[Queue] = [ctx.Queue(_INBOX_DEPTH) for _ in range(workers)]
        self.procs: list[BaseProcess] = [
            ctx.Process(
                target=_work,
                args=(index_dir, indexname, inbox, self.outbox, limitmb, store_text),
                name=f"chugiai-index-{i}",
                daemon=True,
            )
            for i, inbox in enumerate(self.inboxes)
        ]
        for proc in self.procs:
            proc.start()
        self.segments: list[Segment] = []
        self.done = 0

    def _handle(self, message: tuple[str, object]) -> None:
        kind, value = message
        if kind == "progress":
            self.done += int(value)  # type: ignore[call-overload]
        elif kind == "segment":
            self.segments.append(value)  # type: ignore[arg-type]
        else:
            raise RebuildWorkerError(str(value))

    def drain(self, block: bool) -> None:
        """Handle the workers' messages; with ``block``, wait for at least one."""
        while True:
            try:
                message = self.outbox.get(block, _POLL_SECONDS if block else 0)
            except queue.Empty:
                if block:
                    self._check_alive()
                    continue
                return
            self._handle(message)
            block = False

    def _check_alive(self) -> None:
        if any(p.exitcode not in (None, 0) for p in self.procs):
            raise RebuildWorkerError("an indexing process died")

    def send(self, worker: int, chunk: list[IndexRecord] | None) -> None:
        """Queue ``chunk`` for ``worker``, handling messages while its inbox is full."""
        inbox = self.inboxes[worker]
        while True:
            try:
                inbox.put(chunk, timeout=_POLL_SECONDS)
                return
            except queue.Full:
                self.drain(block=False)
                self._check_alive()

    def stop(self) -> None:
        for proc in self.procs:
            if proc.is_alive():
                proc.terminate()
            proc.join(5)
        for q in (*self.inboxes, self.outbox):
            q.cancel_join_thread()  # chunks left for a terminated worker are dropped, not awaited
            q.close()


def parallel_rebuild(
    ix: windex.Index,
    records: Iterable[IndexRecord],
    count: int,
    workers: int,
    *,
    limitmb: int,
    timeout: float,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    store_text: bool = True,
) -> bool:
    """Rebuild ``ix`` from ``records`` with ``workers`` processes; False if cancelled.

    The parent's writer holds the lock and commits; its own segment stays empty.
    """
    parent = BulkSegmentWriter(ix, limitmb=limitmb, timeout=timeout)
    pool: _Pool | None = None
    try:
        pool = _Pool(ix.storage.folder, ix.indexname, workers, limitmb, store_text)
        chunk: list[IndexRecord] = []
        turn = 0
        reported = 0
        for record in records:
            chunk.append(record)
            if len(chunk) < CHUNK:
                continue
            if cancel is not None and cancel():
                parent.cancel()
                return False
            pool.send(turn % workers, chunk)
            turn += 1
            chunk = []
            pool.drain(block=False)
            if progress is not None and pool.done != reported:
                reported = pool.done
                progress(reported, count)
        if chunk:
            pool.send(turn % workers, chunk)
        for worker in range(workers):
            pool.send(worker, None)
        while len(pool.segments) < workers:
            pool.drain(block=True)
            if progress is not None and pool.done != reported:
                reported = pool.done
                progress(reported, max(count, reported))
        segments = [s for s in pool.segments if s.doc_count_all()]
        parent.commit_segments(segments, mergetype=CLEAR)
    except BaseException:
        if not parent.is_closed:
            parent.cancel()
        raise
    finally:
        if pool is not None:
            pool.stop()
    return True
