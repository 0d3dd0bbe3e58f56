"""Entity operations of the workspace: re-extraction, corrections, library-wide entity views."""

from __future__ import annotations

import json
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.models import CorrectionAction, EntityCorrection, EntityType, Extraction
from desktop_app.textnorm import search_key
from desktop_app.workspace.progress import CancelToken, ProgressFn, no_progress

if TYPE_CHECKING:
    from desktop_app.entities.user_dictionary import UserDictionary
    from desktop_app.store import EntityStat, Mention, Store
    from desktop_app.workspace.events import WorkspaceEvents

CORRECTIONS_FORMAT = "chugiai-entity-corrections"
_PARALLEL_MIN = 50  # below this many documents, worker start-up costs more than it saves


class ExtractingMixin:
    store: Store
    events: WorkspaceEvents

    def user_dictionary(self) -> UserDictionary:
        """The library-wide corrections as the extractor's user dictionary."""
        from desktop_app.entities.user_dictionary import UserDictionary

        return UserDictionary.from_corrections(self.store.corrections.list())

    def extraction(self, doc_id: int) -> Extraction:
        return self.store.entities.get(doc_id)

    def entity_stats(self, entity_type: EntityType | None = None, limit: int | None = None
                     ) -> list[EntityStat]:
        return self.store.entities.stats(entity_type, limit)

    def mentions(self, entity_type: EntityType, key: str) -> list[Mention]:
        return self.store.entities.mentions(entity_type, key)

    def outdated_extractions(self) -> list[int]:
        """Documents whose entities an older extractor found: a new version re-extracts them."""
        from desktop_app.entities import EXTRACTOR_VERSION

        return [i for i, v in self.store.documents.extractor_versions().items() if v != EXTRACTOR_VERSION]

    def reextract(self, doc_ids: Iterable[int] | None = None, *, progress: ProgressFn = no_progress,
                  cancel: CancelToken | None = None) -> int:
        """Run the extractor again (new extractor version or new user dictionary).

        Large batches are extracted in worker processes; each document's new entities are
        stored in one transaction as its result arrives, so a cancel keeps what was done.
        """
        from desktop_app.entities import EXTRACTOR_VERSION, apply_corrections

        ids = list(doc_ids) if doc_ids is not None else self.store.documents.ids()
        dictionary = self.user_dictionary()
        done = 0
        for doc_id, text, found in _extractions(self.store, ids, dictionary, cancel):
            found = apply_corrections(found, self.store.corrections.list(doc_id), text=text)
            self.store.entities.replace(doc_id, found, EXTRACTOR_VERSION)
            self.events.entities_changed.emit(doc_id)
            done += 1
            progress(done, len(ids), str(doc_id))
        self.sync_index()  # type: ignore[attr-defined]
        if cancel is not None:
            cancel.check()  # report the cancel once what was done is searchable
        return done

    def _docs_containing(self, text: str) -> list[int]:
        needle = search_key(text)
        return [i for i, body, _ in self.store.documents.iter_texts() if needle in search_key(body)]

    def correct_entity(self, action: CorrectionAction, text: str,
                       entity_type: EntityType | None = None, *, document_id: int | None = None,
                       start: int | None = None, end: int | None = None) -> EntityCorrection:
        """Record a correction and apply it now to the documents it concerns.

        With ``document_id`` None it applies to every document, now and on future imports.
        """
        if action != CorrectionAction.REMOVE and entity_type is None:
            raise ValueError("adding or retyping an entity needs a type")
        cid = self.store.corrections.add(action, text, entity_type, document_id=document_id,
                                         start=start, end=end)
        self._apply_correction_to(document_id, text)
        correction = self.store.corrections.get(cid)
        assert correction is not None
        return correction

    def undo_correction(self, correction_id: int) -> EntityCorrection | None:
        old = self.store.corrections.get(correction_id)
        if old is not None:
            self.store.corrections.remove(correction_id)
            self._apply_correction_to(old.document_id, old.text)
        return old

    def redo_correction(self, correction: EntityCorrection) -> None:
        self.store.corrections.restore(correction)
        self._apply_correction_to(correction.document_id, correction.text)

    def _apply_correction_to(self, document_id: int | None, text: str) -> None:
        targets = [document_id] if document_id is not None else self._docs_containing(text)
        if targets:
            self.reextract(targets)

    def export_corrections(self, path: Path) -> int:
        """Write the corrections to a JSON file colleagues can import; returns how many."""
        from desktop_app.export.atomic import atomic_write_bytes

        hashes = {d: self.store.documents.get(d) for d in {
            c.document_id for c in self.store.corrections.list() if c.document_id is not None}}
        items = []
        for c in self.store.corrections.list():
            doc = hashes.get(c.document_id) if c.document_id is not None else None
            items.append({
                "action": str(c.action), "text": c.text, "type": str(c.type) if c.type else None,
                "document": doc.content_hash if doc else None, "start": c.start, "end": c.end,
                "created": c.created,
            })
        data = {"format": CORRECTIONS_FORMAT, "version": 1, "corrections": items}
        atomic_write_bytes(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
        return len(items)

    def import_corrections(self, path: Path) -> int:
        """Add the corrections of a file written by ``export_corrections``; returns how many."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"cannot read corrections from {path}: {exc}") from exc
        if not isinstance(data, dict) or data.get("format") != CORRECTIONS_FORMAT:
            raise ValueError(f"{path} is not a Chú Giải corrections file")
        by_hash = {}
        for doc_id in self.store.documents.ids():
            doc = self.store.documents.get(doc_id)
            if doc is not None:
                by_hash[doc.content_hash] = doc_id
        added = 0
        touched: set[int | None] = set()
        with self.store.transaction():
            for item in data.get("corrections", []):
                doc_id = by_hash.get(item.get("document")) if item.get("document") else None
                if item.get("document") and doc_id is None:
                    continue  # that document is not in this library
                self.store.corrections.add(
                    CorrectionAction(item["action"]), item["text"],
                    EntityType(item["type"]) if item.get("type") else None,
                    document_id=doc_id, start=item.get("start"), end=item.get("end"),
                    created=item.get("created"),
                )
                touched.add(doc_id)
                added += 1
        if None in touched:
            self.reextract()
        else:
            self.reextract([t for t in touched if t is not None])
        return added


def _extract_one(text: str, date: str | None, dictionary: UserDictionary) -> Extraction:
    """Worker-process entry point."""
    from desktop_app.entities import extract

    return extract(text, document_date=date, dictionary=dictionary)


def _extractions(store: Store, ids: list[int], dictionary: UserDictionary,
                 cancel: CancelToken | None) -> Iterator[tuple[int, str, Extraction]]:
    """(id, text, extraction) for each existing document, in parallel for large batches."""
    def docs() -> Iterator[tuple[int, str, str | None]]:
        for doc_id in ids:
            doc = store.documents.get(doc_id)
            if doc is not None:
                yield doc_id, doc.clean_text, doc.date

    if len(ids) < _PARALLEL_MIN or (os.cpu_count() or 1) < 2:
        for doc_id, text, date in docs():
            if cancel is not None and cancel.cancelled:
                return
            yield doc_id, text, _extract_one(text, date, dictionary)
        return
    context = multiprocessing.get_context("spawn")  # never fork a threaded GUI process
    workers = min(os.cpu_count() or 2, 4)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque[tuple[int, str, Future[Extraction]]] = deque()
        source = docs()
        while True:
            while len(pending) < workers * 4:
                nxt = next(source, None)
                if nxt is None:
                    break
                pending.append((nxt[0], nxt[1], pool.submit(_extract_one, nxt[1], nxt[2], dictionary)))
            if not pending:
                return
            if cancel is not None and cancel.cancelled:
                for *_, future in pending:
                    future.cancel()
                return
            doc_id, text, future = pending.popleft()
            yield doc_id, text, future.result()
