"""Annotation subcommands: annotate, annotations, export-annotations, import-annotations.

``export_annotation_file`` and ``import_annotation_file`` are plain functions so the GUI's
File menu runs exactly the same interchange as the command line.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.annotations.anchoring import AnchorStatus, reanchor
from desktop_app.annotations.jsonld import DocRef, ImportedAnnotation, from_jsonld, to_jsonld
from desktop_app.cli.output import error, print_json, to_jsonable
from desktop_app.export.atomic import OutputError, atomic_output
from desktop_app.models import Annotation
from desktop_app.workspace import LibraryError, Workspace, open_workspace

_HEX_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")

# --- interchange (shared with the GUI) ---------------------------------------------------------


def export_annotation_file(ws: Workspace, path: Path, doc_ids: Iterable[int] | None = None) -> int:
    """Write the notes of ``doc_ids`` (all documents when None) as W3C JSON-LD; returns the count.

    The file is replaced atomically: an interrupted export never leaves half a file behind.
    Raises ``ValueError`` for an unknown document and ``OutputError`` for an unwritable path.
    """
    wanted = None if doc_ids is None else list(dict.fromkeys(doc_ids))
    if wanted is not None:
        missing = [i for i in wanted if ws.document(i) is None]
        if missing:
            raise ValueError("no document " + ", ".join(f"#{i}" for i in missing))
    notes = ws.store.annotations.all(wanted)
    refs: dict[int, DocRef] = {}
    for doc_id in {a.document_id for a in notes}:
        doc = ws.document(doc_id)
        if doc is not None:
            refs[doc_id] = DocRef(doc.id, doc.content_hash, doc.title, doc.source_path)
    data = to_jsonld(notes, refs)
    payload = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    with atomic_output(Path(path)) as handle:
        handle.write(payload)
    return len(notes)


@dataclass(slots=True)
class AnnotationImport:
    """What importing a file did, note by note: nothing is dropped without being listed."""

    imported: list[Annotation] = field(default_factory=list)  # placed on their passage
    orphaned: list[Annotation] = field(default_factory=list)  # stored, waiting for re-attach
    unmatched: list[ImportedAnnotation] = field(default_factory=list)  # no such document here
    already_present: list[Annotation] = field(default_factory=list)  # identical note exists


def _title_key(title: str) -> str:
    return " ".join(unicodedata.normalize("NFC", title).casefold().split())


def _match_document(ws: Workspace, item: ImportedAnnotation,
                    by_title: dict[str, list[int]]) -> int | None:
    """Same content (hash) first; else the same title, preferring a text containing the quote."""
    if item.content_hash:
        found = ws.store.documents.find_by_hash(item.content_hash)
        if found is not None:
            return found
    candidates = by_title.get(_title_key(item.document_title or ""), [])
    for doc_id in candidates:
        if item.selector.quote in (ws.store.documents.clean_text(doc_id) or ""):
            return doc_id
    return candidates[0] if candidates else None


def _same_note(a: Annotation, b: Annotation) -> bool:
    return ((a.start, a.end, a.quote, a.note, a.tags, a.orphaned)
            == (b.start, b.end, b.quote, b.note, b.tags, b.orphaned))


def import_annotation_file(ws: Workspace, path: Path) -> AnnotationImport:
    """Add the notes of a W3C JSON-LD file to the matching documents of this library.

    Each note is re-anchored against the target document's current text; one that cannot be
    placed is stored as orphaned for review. Importing the same file twice adds nothing.
    The whole import is one undo step. Raises ``ValueError`` (with the reason) for a file that
    is not readable JSON-LD and ``OSError`` when it cannot be read.
    """
    raw = Path(path).read_bytes()
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path} is not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path} is not JSON: {exc}") from exc
    items = from_jsonld(data)
    by_title: dict[str, list[int]] = {}
    for summary in ws.documents():
        by_title.setdefault(_title_key(summary.title), []).append(summary.id)
    outcome = AnnotationImport()
    texts: dict[int, str] = {}
    existing: dict[int, list[Annotation]] = {}
    with ws.undo_stack.macro("import notes"):
        for item in items:
            doc_id = _match_document(ws, item, by_title)
            if doc_id is None:
                outcome.unmatched.append(item)
                continue
            if doc_id not in texts:
                texts[doc_id] = ws.store.documents.clean_text(doc_id) or ""
                existing[doc_id] = ws.annotations(doc_id)
            text = texts[doc_id]
            placed = reanchor(item.selector, text)
            sel = placed.selector
            orphaned = placed.status is AnchorStatus.ORPHANED
            start = min(max(sel.start, 0), len(text))
            end = min(max(sel.end, start), len(text))
            candidate = Annotation(
                0, doc_id, start, end, sel.quote, sel.prefix, sel.suffix, note=item.note,
                tags=item.tags, colour=item.colour, author=item.author, created=item.created,
                modified=item.modified, orphaned=orphaned,
            )
            twin = next((a for a in existing[doc_id] if _same_note(a, candidate)), None)
            if twin is not None:
                outcome.already_present.append(twin)
                continue
            saved = ws.create_annotation(candidate)
            existing[doc_id].append(saved)
            (outcome.orphaned if orphaned else outcome.imported).append(saved)
    return outcome


# --- commands ----------------------------------------------------------------------------------


def _short(text: str, limit: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def cmd_annotate(args: argparse.Namespace) -> int:
    quote = unicodedata.normalize("NFC", args.quote)
    with open_workspace(args.library) as ws:
        if ws.document(args.id) is None:
            error(f"no document #{args.id}")
            return 1
        try:
            start, end = ws.locate_quote(args.id, quote, args.occurrence)
        except ValueError as exc:
            error(f"cannot annotate document #{args.id}: {exc}")
            return 1
        for name in args.tag:
            if not name.strip():
                error("a tag needs a name")
                return 1
        if args.colour is not None and not _HEX_COLOUR.match(args.colour):
            error(f"colour {args.colour!r} is not #rgb or #rrggbb (e.g. #f4d03f)")
            return 1
        fresh = ws.new_annotation(args.id, start, end, note=args.note, tags=tuple(args.tag),
                                  colour=args.colour, author=args.author)
        saved = ws.create_annotation(fresh)
        # Reported while the library is still open: the note is already committed to disk.
        if args.json:
            print_json(saved)
        else:
            print(f"note #{saved.id} on document #{saved.document_id} "
                  f"[{saved.start}-{saved.end}] “{_short(saved.quote)}”")
        sys.stdout.flush()
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_workspace(args.library) as ws:
        if args.document is not None and ws.document(args.document) is None:
            error(f"no document #{args.document}")
            return 1
        notes = ws.annotations(args.document)
        titles = {d.id: d.title for d in ws.documents()}
    notes = [a for a in notes if all(t in a.tags for t in args.tag)]
    if args.json:
        rows = []
        for a in notes:
            row = to_jsonable(a)
            row["document_title"] = titles.get(a.document_id, "")
            rows.append(row)
        print_json(rows)
        return 0
    for a in notes:
        flags = "  (to re-attach)" if a.orphaned else ""
        tags = f"  [{', '.join(a.tags)}]" if a.tags else ""
        print(f"#{a.id:<5} doc #{a.document_id} {a.start}-{a.end}{tags}{flags}")
        print(f"       “{_short(a.quote)}”")
        if a.note:
            print(f"       {_short(a.note, 100)}")
    print(f"{len(notes)} note(s)")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with open_workspace(args.library) as ws:
        try:
            count = export_annotation_file(ws, Path(args.out), args.document)
        except ValueError as exc:
            error(str(exc))
            return 1
        except OutputError as exc:
            error(str(exc))
            return 1
    if args.json:
        print_json({"exported": count, "out": str(args.out)})
    else:
        print(f"exported {count} note(s) to {args.out}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with open_workspace(args.library) as ws:
        try:
            outcome = import_annotation_file(ws, Path(args.file))
        except (ValueError, OSError) as exc:
            error(f"cannot import {args.file}: {exc}")
            return 1
    if args.json:
        print_json({
            "imported": [a.id for a in outcome.imported],
            "orphaned": [a.id for a in outcome.orphaned],
            "already_present": [a.id for a in outcome.already_present],
            "unmatched": [{"title": u.document_title, "source": u.target_source,
                           "quote": u.selector.quote} for u in outcome.unmatched],
        })
        return 0
    for a in outcome.orphaned:
        print(f"to re-attach: note #{a.id} on document #{a.document_id}: "
              f"passage “{_short(a.quote)}” not found in the current text")
    for u in outcome.unmatched:
        print(f"unmatched: “{_short(u.selector.quote)}” — no document "
              f"{'titled ' + repr(u.document_title) if u.document_title else u.target_source}")
    print(f"{len(outcome.imported)} imported, {len(outcome.orphaned)} orphaned (to re-attach), "
          f"{len(outcome.unmatched)} unmatched, {len(outcome.already_present)} already present")
    return 0


def _guard(func):  # noqa: ANN001 - decorator
    """A library that cannot be opened or written becomes a clear message and exit code 2."""
    def run(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except (LibraryError, sqlite3.Error) as exc:
            error(str(exc))
            return 2
    return run


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("annotate", parents=[common],
                       help="add a note to the passage of a document that matches a quote")
    p.add_argument("id", type=int, metavar="ID", help="document id (see `chugiai list`)")
    p.add_argument("--quote", required=True, help="the exact passage, as in `chugiai show ID`")
    p.add_argument("--occurrence", type=int, default=1, metavar="N",
                   help="which occurrence of the quote (default 1)")
    p.add_argument("--note", default="", help="note text (simple Markdown); omit for a highlight")
    p.add_argument("--tag", action="append", default=[], metavar="T",
                   help="tag (repeatable; created on the fly)")
    p.add_argument("--colour", "--color", default=None, metavar="C", help="colour, e.g. #f4d03f")
    p.add_argument("--author", default="", metavar="A")
    p.set_defaults(func=_guard(cmd_annotate))

    p = sub.add_parser("annotations", parents=[common], help="list notes")
    p.add_argument("--document", type=int, default=None, metavar="ID")
    p.add_argument("--tag", action="append", default=[], metavar="T",
                   help="only notes carrying this tag (repeatable: all of them)")
    p.set_defaults(func=_guard(cmd_list))

    p = sub.add_parser("export-annotations", parents=[common],
                       help="write notes as W3C Web Annotation JSON-LD")
    p.add_argument("--out", required=True, metavar="FILE.jsonld")
    p.add_argument("--document", type=int, action="append", default=None, metavar="ID",
                   help="only this document (repeatable; default: all)")
    p.set_defaults(func=_guard(cmd_export))

    p = sub.add_parser("import-annotations", parents=[common],
                       help="add notes from a W3C Web Annotation JSON-LD file")
    p.add_argument("file", metavar="FILE.jsonld")
    p.set_defaults(func=_guard(cmd_import))
