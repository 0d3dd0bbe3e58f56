"""Library subcommands: import, list, show, remove, check."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from desktop_app.cli.output import error, print_json, to_jsonable
from desktop_app.models import EntityType, ImportReport
from desktop_app.workspace import LibraryError, Workspace, open_workspace


def _open(args: argparse.Namespace) -> Workspace:
    return open_workspace(args.library)


def _progress_printer(enabled: bool, verb: str = "importing") -> Callable[[int, int, str], None]:
    def show(done: int, total: int, what: str) -> None:
        if enabled and total:
            sys.stderr.write(f"\r[{done}/{total}] {verb}…")
            if done == total:
                sys.stderr.write("\n")
    return show


def _report_json(report: ImportReport) -> dict[str, object]:
    return {
        "added": [{"path": p, "id": i} for p, i in report.added],
        "updated": [{"path": p, "id": i} for p, i in report.updated],
        "unchanged": [{"path": p, "id": i} for p, i in report.unchanged],
        "duplicates": [{"path": p, "duplicate_of": i} for p, i in report.duplicates],
        "failed": [{"path": p, "reason": r} for p, r in report.failed],
    }


def cmd_import(args: argparse.Namespace) -> int:
    with _open(args) as ws:
        report = ws.import_paths(args.paths, progress=_progress_printer(
            not args.json and sys.stderr.isatty()))
    if args.json:
        print_json(_report_json(report))
    else:
        for label, rows in (("added", report.added), ("updated", report.updated),
                            ("unchanged", report.unchanged)):
            for path, doc_id in rows:
                print(f"{label:9} #{doc_id}  {path}")
        for path, doc_id in report.duplicates:
            print(f"duplicate {path} (same text as #{doc_id}; skipped)")
        for path, reason in report.failed:
            print(f"FAILED    {path}: {reason}")
        print(f"{len(report.added)} added, {len(report.updated)} updated, "
              f"{len(report.duplicates)} duplicate, {len(report.unchanged)} unchanged, "
              f"{len(report.failed)} failed")
    return 0 if report.ok else 1


def cmd_list(args: argparse.Namespace) -> int:
    with _open(args) as ws:
        docs = ws.documents()
    if args.json:
        print_json(docs)
        return 0
    for d in docs:
        print(f"#{d.id:<5} {d.date or '—':16} {d.title[:80]}"
              f"{'  · ' + d.author if d.author else ''}")
    print(f"{len(docs)} document(s)")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with _open(args) as ws:
        doc = ws.document(args.id)
        if doc is None:
            error(f"no document #{args.id}")
            return 1
        extraction = ws.extraction(doc.id)
        notes = ws.annotations(doc.id)
    if args.json:
        data = to_jsonable(doc)
        if not args.raw:
            data.pop("raw_text")
        data["furniture"] = [{"text": b.text, "reason": b.reason} for b in doc.furniture]
        data["entities"] = to_jsonable(extraction.entities)
        data["legal_refs"] = to_jsonable(extraction.legal_refs)
        data["roles"] = to_jsonable(extraction.roles)
        data["annotations"] = to_jsonable(notes)
        print_json(data)
        return 0
    print(doc.title)
    print("=" * min(len(doc.title), 80))
    for label, value in (("date", doc.date), ("source", doc.source), ("author", doc.author),
                         ("category", doc.category), ("file", doc.source_path),
                         ("format", doc.format), ("encoding", doc.encoding)):
        if value:
            print(f"{label:9} {value}")
    print(f"entities  {len(extraction.entities)}   notes {len(notes)}\n")
    print(doc.clean_text)
    if doc.furniture:
        print("\n--- removed page furniture ---")
        for block in doc.furniture:
            print(f"[{block.reason}] {block.text}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with _open(args) as ws:
        removed = ws.remove(args.ids)
    missing = sorted(set(args.ids) - set(removed))
    if args.json:
        print_json({"removed": removed, "missing": missing})
    else:
        for doc_id in removed:
            print(f"removed #{doc_id}")
        for doc_id in missing:
            error(f"no document #{doc_id}")
    return 1 if missing else 0


def cmd_check(args: argparse.Namespace) -> int:
    with _open(args) as ws:
        report = ws.check()
    if args.json:
        print_json({"documents": report.documents, "problems": report.problems,
                    "repaired": report.repaired,
                    "orphaned_annotations": report.orphaned_annotations, "ok": report.ok})
    else:
        print(f"{report.documents} document(s)")
        for line in report.repaired:
            print(f"repaired: {line}")
        for line in report.problems:
            print(f"PROBLEM: {line}")
        if report.orphaned_annotations:
            print(f"{report.orphaned_annotations} orphaned note(s) wait for review in the app")
        print("library is sound" if report.ok else "library has problems")
    return 0 if report.ok else 1


def cmd_entities(args: argparse.Namespace) -> int:
    entity_type = EntityType(args.type.upper()) if args.type else None
    with _open(args) as ws:
        stats = ws.entity_stats(entity_type, args.limit)
    if args.json:
        print_json([{"type": s.type, "key": s.key, "mentions": s.mentions,
                     "documents": s.documents} for s in stats])
        return 0
    for s in stats:
        print(f"{s.type:9} {s.mentions:5} mentions in {s.documents:4} document(s)  {s.key}")
    return 0


def cmd_reextract(args: argparse.Namespace) -> int:
    show = _progress_printer(not args.json and sys.stderr.isatty(), "extracting")
    with _open(args) as ws:
        count = ws.reextract(args.ids or None, progress=show)
        stats = ws.entity_stats()
    if args.json:
        print_json({"documents": count, "entities": sum(s.mentions for s in stats)})
    else:
        print(f"extracted entities again in {count} document(s): "
              f"{sum(s.mentions for s in stats)} mentions of {len(stats)} entities")
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("import", parents=[common], help="import files and folders")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(func=_guard(cmd_import))
    p = sub.add_parser("list", parents=[common], help="list the documents of the library")
    p.set_defaults(func=_guard(cmd_list))
    p = sub.add_parser("show", parents=[common], help="metadata, clean text and furniture of a document")
    p.add_argument("id", type=int)
    p.add_argument("--raw", action="store_true", help="include the raw extracted text in JSON")
    p.set_defaults(func=_guard(cmd_show))
    p = sub.add_parser("remove", parents=[common], help="remove documents")
    p.add_argument("ids", nargs="+", type=int, metavar="ID")
    p.set_defaults(func=_guard(cmd_remove))
    p = sub.add_parser("check", parents=[common], help="verify the library, repair derived data")
    p.set_defaults(func=_guard(cmd_check))
    p = sub.add_parser("entities", parents=[common],
                       help="canonical entities across the library with mention and document counts")
    p.add_argument("--type", choices=[t.value for t in EntityType] + [t.value.lower() for t in EntityType],
                   help="only this type")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="at most N entities")
    p.set_defaults(func=_guard(cmd_entities))
    p = sub.add_parser("reextract", parents=[common],
                       help="extract entities again (all documents, or those given), keeping corrections")
    p.add_argument("ids", nargs="*", type=int, metavar="ID")
    p.set_defaults(func=_guard(cmd_reextract))


def _guard(func):  # noqa: ANN001 - decorator
    """Turn a library that cannot be opened into a clear message and exit code 2."""
    def run(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except LibraryError as exc:
            error(str(exc))
            return 2
    return run
