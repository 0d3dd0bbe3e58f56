"""The import pipeline: files → text and metadata → entities → one transaction per document.

Reading, cleaning and entity extraction are pure functions of a file, so they run in worker
processes; only the main process writes to the library. Each document is stored with its
entities (and, for a re-import, its re-anchored annotations) in one transaction, so a crash
leaves only whole documents. A broken file fails alone with a reason a person understands.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path

from desktop_app.models import Annotation, Extraction, ImportedText, ImportReport
from desktop_app.store import Store, content_hash
from desktop_app.workspace.progress import CancelToken, ProgressFn, no_progress

# Below this many files the cost of starting worker processes outweighs the gain.
_PARALLEL_THRESHOLD = 8


@dataclass(frozen=True, slots=True)
class ReadResult:
    """What a worker sends back for one file: either the document or why it failed."""

    path: str
    imported: ImportedText | None = None
    extraction: Extraction | None = None
    error: str | None = None


def supported_suffixes() -> frozenset[str]:
    from desktop_app.importing import SUPPORTED_SUFFIXES

    return frozenset(SUPPORTED_SUFFIXES)


def expand_paths(paths: Iterable[str | os.PathLike[str]], report: ImportReport) -> list[Path]:
    """Files to import: named files as given, folders recursively (supported types only).

    Missing paths and named files of an unsupported type are recorded as failures.
    """
    suffixes = supported_suffixes()
    files: list[Path] = []
    for raw in paths:
        path = Path(raw).expanduser()
        try:
            path = path.resolve(strict=True)
        except (FileNotFoundError, OSError, RuntimeError):
            report.failed.append((str(raw), "no such file or folder"))
            continue
        if path.is_dir():
            try:
                found = sorted(
                    p for p in path.rglob("*")
                    if p.suffix.lower() in suffixes and p.is_file() and not p.name.startswith(".")
                )
            except PermissionError as exc:
                report.failed.append((str(path), f"cannot list the folder: {exc.strerror}"))
                continue
            files.extend(found)
        elif path.suffix.lower() in suffixes:
            files.append(path)
        else:
            report.failed.append(
                (str(path), f"unsupported file type '{path.suffix or '(none)'}'; supported: "
                 + ", ".join(sorted(suffixes)))
            )
    return list(dict.fromkeys(files))


def read_and_extract(path: str, dictionary: object | None = None) -> ReadResult:
    """Worker entry point: read one file and extract its entities. Never raises for bad input."""
    from desktop_app.entities import extract
    from desktop_app.importing import UnreadableFileError, read_document

    try:
        imported = read_document(Path(path))
    except UnreadableFileError as exc:
        return ReadResult(path, error=str(exc))
    except FileNotFoundError:
        return ReadResult(path, error="the file disappeared while importing (moved or renamed?)")
    except PermissionError:
        return ReadResult(path, error="permission denied")
    except (OSError, MemoryError, ValueError, UnicodeError) as exc:
        return ReadResult(path, error=f"cannot read the file: {exc}")
    extraction = extract(imported.clean_text, document_date=imported.date, dictionary=dictionary)  # type: ignore[arg-type]
    return ReadResult(path, imported=imported, extraction=extraction)


def _results(files: Sequence[Path], dictionary: object | None, cancel: CancelToken | None
             ) -> Iterator[ReadResult]:
    """Read files in order, in worker processes when there are many; stop early on cancel."""
    if len(files) < _PARALLEL_THRESHOLD or (os.cpu_count() or 1) < 2:
        for path in files:
            if cancel and cancel.cancelled:
                return
            yield read_and_extract(str(path), dictionary)
        return
    workers = min(os.cpu_count() or 2, 4)
    context = multiprocessing.get_context("spawn")  # fork is unsafe in a threaded GUI process
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque[tuple[Path, Future[ReadResult]]] = deque()
        queue = iter(files)
        for path in queue:
            pending.append((path, pool.submit(read_and_extract, str(path), dictionary)))
            if len(pending) >= workers * 4:
                break
        while pending:
            if cancel and cancel.cancelled:
                for _, future in pending:
                    future.cancel()
                return
            path, future = pending.popleft()
            try:
                yield future.result()
            except BrokenProcessPool:
                yield ReadResult(str(path), error="the reader process crashed on this file")
            nxt = next(queue, None)
            if nxt is not None:
                pending.append((nxt, pool.submit(read_and_extract, str(nxt), dictionary)))


def _title(imported: ImportedText, path: Path) -> str:
    return (imported.title or "").strip() or path.stem


def _reanchored(store: Store, doc_id: int, old_text: str, new_text: str) -> list[Annotation]:
    """The document's annotations moved onto its new text; those that cannot be placed orphaned."""
    from desktop_app.annotations.anchoring import AnchorStatus, Selector, reanchor

    moved = []
    for ann in store.annotations.for_document(doc_id):
        result = reanchor(Selector(ann.start, ann.end, ann.quote, ann.prefix, ann.suffix),
                          new_text, old_text)
        sel = result.selector
        moved.append(replace(
            ann, start=sel.start, end=sel.end, quote=sel.quote, prefix=sel.prefix,
            suffix=sel.suffix, orphaned=result.status == AnchorStatus.ORPHANED,
        ))
    return moved


def store_result(store: Store, result: ReadResult, report: ImportReport, extractor_version: str
                 ) -> int | None:
    """Write one read file into the library in one transaction; returns the document id touched."""
    from desktop_app.entities import apply_corrections

    if result.error is not None or result.imported is None or result.extraction is None:
        report.failed.append((result.path, result.error or "unknown error"))
        return None
    imported, path = result.imported, Path(result.path)
    if not imported.clean_text.strip():
        report.failed.append((result.path, "no text found in the file"))
        return None
    digest = content_hash(imported.clean_text)
    with store.transaction():
        existing = store.documents.find_by_path(str(path))
        if existing and existing[1] == digest:
            report.unchanged.append((result.path, existing[0]))
            return None
        same_text = store.documents.find_by_hash(digest)
        if same_text is not None:
            report.duplicates.append((result.path, same_text))
            return None
        if existing:
            doc_id = existing[0]
            old_text = store.documents.clean_text(doc_id) or ""
            store.documents.replace_content(doc_id, imported, file_name=path.name,
                                            source_path=str(path), title=_title(imported, path))
            for ann in _reanchored(store, doc_id, old_text, imported.clean_text):
                store.annotations.save(ann)
            report.updated.append((result.path, doc_id))
        else:
            doc_id = store.documents.add(imported, file_name=path.name, source_path=str(path),
                                         title=_title(imported, path))
            report.added.append((result.path, doc_id))
        extraction = apply_corrections(result.extraction, store.corrections.list(doc_id),
                                       text=imported.clean_text)
        store.entities.replace(doc_id, extraction, extractor_version)
    return doc_id


def import_paths(store: Store, paths: Iterable[str | os.PathLike[str]], *,
                 dictionary: object | None, extractor_version: str,
                 progress: ProgressFn = no_progress, cancel: CancelToken | None = None,
                 on_stored: Callable[[int], None] | None = None) -> ImportReport:
    """Import files and folders into ``store``; see the module docstring for the guarantees."""
    report = ImportReport()
    files = expand_paths(paths, report)
    total = len(files)
    progress(0, total, "")
    for done, result in enumerate(_results(files, dictionary, cancel), start=1):
        doc_id = store_result(store, result, report, extractor_version)
        if doc_id is not None and on_stored is not None:
            on_stored(doc_id)
        progress(done, total, result.path)
    return report
