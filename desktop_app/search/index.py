"""``SearchIndex``: the Whoosh index of a library, its upkeep and its search entry point.

One writer at a time (an internal lock; writes may run on a worker thread). Searches never wait
for writes: each thread keeps its own searcher and refreshes it to the last committed state.
``ensure`` rebuilds an index that is missing, corrupt, left mid-write by a killed process, or of
an older schema, so the library never ends up unsearchable.
"""

from __future__ import annotations

import gc
import json
import os
import pickle
import shutil
import struct
import threading
import warnings
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path

from whoosh import index as windex
from whoosh.filedb.filestore import FileStorage
from whoosh.searching import Searcher
from whoosh.writing import CLEAR, NO_MERGE, IndexWriter, LockError

from desktop_app.per_thread import PerThread
from desktop_app.search import schema as S
from desktop_app.search.bulk import BulkSegmentWriter
from desktop_app.search.facets import encode_facets
from desktop_app.search.lexicon import LexiconCache
from desktop_app.search.parallel import parallel_rebuild, worker_count
from desktop_app.search.searching import run_search
from desktop_app.search.types import IndexRecord, SearchResults
from desktop_app.textnorm import search_key

__all__ = ["SearchIndex"]

VERSION_FILE = "chugiai-search.json"
WRITELOCK = "MAIN_WRITELOCK"  # Whoosh's lock file: "<indexname>_WRITELOCK"
DIRTY_FILE = "WRITING"  # present while a writer works; left behind by a killed process
INDEX_NAME = "MAIN"
WRITER_LIMIT_MB = 256
BULK_UPSERT_MIN = 64  # from this many documents an upsert writes one fresh segment in bulk
_CORRUPT_ERRORS = (
    windex.IndexError,
    OSError,
    EOFError,
    ValueError,
    KeyError,
    IndexError,
    struct.error,
    pickle.UnpicklingError,
    zlib.error,
    AttributeError,
)


def _date_term(date: str | None) -> str | None:
    if date and len(date) >= 4 and date[:4].isdigit():
        return date[:10]
    return None


def record_fields(record: IndexRecord, store_text: bool = True) -> dict[str, object]:
    """Whoosh ``add_document`` arguments for one record (the text stored only if asked)."""
    by_type: dict[str, list[str]] = {name: [] for name in S.ENTITY_FIELDS}
    type_to_field = {t: f for f, t in S.ENTITY_FIELDS.items()}
    facets: list[tuple[str, str]] = []
    for ent in record.entities:
        name = type_to_field.get(ent.type)
        if name is not None:
            by_type[name].extend((ent.key, ent.text) if ent.key != ent.text else (ent.text,))
        facets.append((f"E:{ent.type}", ent.key))
    date = _date_term(record.date)
    if date:
        facets.append(("Y", date[:4]))
    if record.source:
        facets.append(("S", record.source))
    tags = list(dict.fromkeys([*record.tags, *(t for n in record.notes for t in n.tags)]))
    facets.extend(("T", t) for t in tags)
    fields: dict[str, object] = {
        S.ID: str(record.doc_id),
        S.TITLE: record.title,
        S.TITLE_BI: record.title,
        S.BODY: record.text,
        S.BODY_BI: record.text,
        S.FACETS: encode_facets(facets),
        S.PAYLOAD: (
            record.doc_id,
            record.title,
            record.date,
            record.source,
            record.text if store_text else None,
            tuple((n.annotation_id, n.text, tuple(n.tags)) for n in record.notes),
        ),
    }
    if record.notes:
        fields[S.NOTES] = [n.text for n in record.notes] + [t for n in record.notes for t in n.tags]
    if tags:
        fields[S.TAGS] = [search_key(t) for t in tags]
    if record.source:
        fields[S.SOURCE] = record.source
    if date:
        fields[S.DATE] = date
    for name, texts in by_type.items():
        if texts:
            fields[name] = texts
    return fields


class SearchIndex:
    """The search index of one library, kept in ``index_dir``."""

    def __init__(self, index_dir: Path, text_for: Callable[[int], str | None] | None = None) -> None:
        """``text_for(doc_id)`` gives a document's clean text for snippets (the library store
        has it); with it the index does not store the texts and is about a third smaller.
        Without it the texts are stored in the index. An index written either way reads fine
        either way, except that one written without texts needs ``text_for`` for snippets."""
        self.index_dir = Path(index_dir)
        self._text_for = text_for
        self._store_text = text_for is None
        self._write_lock = threading.Lock()
        self._ix: windex.Index | None = None
        # One searcher per thread (close() closes them all, dead threads' ones included).
        self._thread_searchers: PerThread[tuple[windex.Index, Searcher]] = PerThread()
        self._lexicon = LexiconCache()

    # ------------------------------------------------------------ opening

    def _version_ok(self) -> bool:
        try:
            data = json.loads((self.index_dir / VERSION_FILE).read_text("utf-8"))
        except (OSError, ValueError):
            return False
        return isinstance(data, dict) and data.get("schema_version") == S.SCHEMA_VERSION

    def _killed_writer(self) -> bool:
        """A writer's marker is there but nobody holds the lock: its process died mid-write."""
        if not (self.index_dir / DIRTY_FILE).exists():
            return False
        lock = FileStorage(str(self.index_dir)).lock(WRITELOCK)
        if lock.acquire(blocking=False):
            lock.release()
            return True
        return False

    def _try_open(self) -> windex.Index | None:
        if not self._version_ok() or self._killed_writer():
            return None
        # Whoosh leaves a broken TOC file open when it fails: let it be collected quietly.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            try:
                ix = windex.open_dir(str(self.index_dir), indexname=INDEX_NAME)
                with ix.searcher() as searcher:
                    searcher.doc_count()
                    for leaf, _ in searcher.reader().leaf_readers():
                        if leaf.has_column(S.FACETS):
                            leaf.column_reader(S.FACETS)
                        for fieldname in (S.ID, S.BODY):
                            if fieldname in leaf.indexed_field_names():
                                next(iter(leaf.lexicon(fieldname)), None)
            except _CORRUPT_ERRORS:
                gc.collect()
                return None
        return ix

    def ensure(
        self,
        records: Callable[[], Iterable[IndexRecord]],
        count: int,
        progress: Callable[[int, int], None] | None = None,
    ) -> bool:
        """Open the index, rebuilding it from ``records()`` if it is unusable; True if rebuilt."""
        ix = self._try_open()
        if ix is not None:
            self._set_index(ix)
            return False
        self.rebuild(records(), count, progress)
        return True

    def _set_index(self, ix: windex.Index) -> None:
        self.close()
        self._ix = ix

    def _index(self) -> windex.Index:
        if self._ix is None:
            ix = self._try_open()
            if ix is None:
                ix = self._create()
            self._ix = ix
        return self._ix

    def _create(self) -> windex.Index:
        """A fresh empty index, wiping whatever was in the folder."""
        self.close()
        if self.index_dir.exists():
            shutil.rmtree(self.index_dir)
        self.index_dir.mkdir(parents=True, exist_ok=True)
        ix = windex.create_in(str(self.index_dir), S.build_schema(), indexname=INDEX_NAME)
        self._write_version()
        return ix

    def _write_version(self) -> None:
        tmp = self.index_dir / (VERSION_FILE + ".tmp")
        tmp.write_text(json.dumps({"schema_version": S.SCHEMA_VERSION}), "utf-8")
        os.replace(tmp, self.index_dir / VERSION_FILE)

    # ------------------------------------------------------------ writing

    def _writer(self, ix: windex.Index) -> IndexWriter:
        """A stock Whoosh writer for small changes (it can merge segments; rebuilds use
        ``BulkSegmentWriter``, single-process: safe from a GUI worker thread, and faster than
        Whoosh's two-process writer on this data)."""
        return ix.writer(limitmb=WRITER_LIMIT_MB, timeout=30.0)

    def _mark_dirty(self, dirty: bool) -> None:
        marker = self.index_dir / DIRTY_FILE
        if dirty:
            marker.write_text(str(os.getpid()), "utf-8")
        else:
            marker.unlink(missing_ok=True)

    def rebuild(
        self,
        records: Iterable[IndexRecord],
        count: int,
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> None:
        """Index ``records`` from scratch; on cancel the previous index stays as it was."""
        with self._write_lock:
            ix = self._ix if self._ix is not None and self._version_ok() else None
            if ix is None:
                ix = self._try_open()
            if ix is None:
                ix = self._create()
            if ix is not self._ix:
                self._set_index(ix)
            workers = worker_count(count)
            if workers > 1:
                self._mark_dirty(True)
                finished = parallel_rebuild(
                    ix, records, count, workers, limitmb=WRITER_LIMIT_MB, timeout=30.0,
                    progress=progress, cancel=cancel, store_text=self._store_text,
                )
                self._mark_dirty(False)
                if finished and progress is not None:
                    progress(count, count)
                return
            writer = BulkSegmentWriter(ix, limitmb=WRITER_LIMIT_MB, timeout=30.0)
            self._mark_dirty(True)
            done = 0
            try:
                for record in records:
                    if cancel is not None and done % 50 == 0 and cancel():
                        writer.cancel()
                        self._mark_dirty(False)
                        return
                    writer.add_document(**record_fields(record, self._store_text))
                    done += 1
                    if progress is not None and done % 100 == 0:
                        progress(done, count)
                writer.commit(mergetype=CLEAR)
            except BaseException:
                writer.cancel()
                raise
            self._mark_dirty(False)
            if progress is not None:
                progress(done, max(count, done))

    def upsert(self, records: Iterable[IndexRecord]) -> None:
        """Add or replace documents (matched on doc_id) without rebuilding.

        A large batch (an import) is written as one fresh segment by ``BulkSegmentWriter``,
        after marking the old versions deleted; small edits go through Whoosh's writer, which
        also merges the small segments that accumulate.
        """
        with self._write_lock:
            ix = self._index()
            self._mark_dirty(True)
            batch = list(records)
            bulk = len(batch) >= BULK_UPSERT_MIN
            writer = (BulkSegmentWriter(ix, limitmb=WRITER_LIMIT_MB, timeout=30.0) if bulk
                      else self._writer(ix))
            try:
                for record in batch:
                    writer.delete_by_term(S.ID, str(record.doc_id))
                    writer.add_document(**record_fields(record, self._store_text))
                if bulk:
                    writer.commit(mergetype=NO_MERGE)
                else:
                    writer.commit()
            except BaseException:
                writer.cancel()
                raise
            self._mark_dirty(False)

    def delete(self, doc_ids: Iterable[int]) -> None:
        """Remove documents from the index."""
        with self._write_lock:
            writer = self._writer(self._index())
            self._mark_dirty(True)
            try:
                for doc_id in doc_ids:
                    writer.delete_by_term(S.ID, str(doc_id))
                writer.commit()
            except BaseException:
                writer.cancel()
                raise
            self._mark_dirty(False)

    # ------------------------------------------------------------ reading

    def _searcher(self) -> Searcher:
        """This thread's searcher, reopened after a commit (never blocks on a writer).

        Not ``Searcher.refresh()``: it reuses segment readers with their old deletion sets, so
        documents replaced by ``update_document`` would still be found.
        """
        ix = self._index()
        held = self._thread_searchers.get()
        if held is not None:
            held_ix, searcher = held
            if held_ix is ix and searcher.up_to_date():
                return searcher
            searcher.close()
        searcher = ix.searcher()
        self._thread_searchers.set((ix, searcher))
        return searcher

    def search(
        self, query: str, *, page: int = 1, page_size: int = 20, facets: bool = True
    ) -> SearchResults:
        """Run ``query`` (see ``search.query`` for the language); never raises on bad syntax."""
        return run_search(
            self._searcher(), self._lexicon, query, page=page, page_size=page_size, facets=facets,
            text_for=self._text_for,
        )

    def doc_count(self) -> int:
        return self._searcher().doc_count()

    def close(self) -> None:
        """Close searchers and forget the open index (it reopens on next use)."""
        for _, searcher in self._thread_searchers.pop_all():
            searcher.close()
        self._ix = None


__all__ += ["LockError", "record_fields"]
