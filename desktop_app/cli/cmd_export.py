"""``chugiai export``: write a Word (DOCX) report of documents, search results, a tag or all."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.output import error, print_json

if TYPE_CHECKING:
    from desktop_app.export import ExportScope
    from desktop_app.workspace import ProgressFn


def _progress_printer(enabled: bool) -> ProgressFn:
    def show(done: int, total: int, what: str) -> None:
        if enabled and total:
            sys.stderr.write(f"\r[{done}/{total}] exporting…")
            if done == total:
                sys.stderr.write("\n")
    return show


def _scope(args: argparse.Namespace) -> ExportScope:
    from desktop_app.export import ExportScope

    if args.all:
        return ExportScope("all")
    if args.query is not None:
        return ExportScope("query", query=args.query)
    if args.tag is not None:
        return ExportScope("tag", tag=args.tag)
    return ExportScope("documents", doc_ids=tuple(args.ids))


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.export import ExportOptions, OutputError, export_report
    from desktop_app.workspace import open_workspace

    if not (args.all or args.query is not None or args.tag is not None or args.ids):
        error("say what to export: --all, --query Q, --tag T or document ids")
        return 2
    if args.ids and (args.all or args.query is not None or args.tag is not None):
        error("give either document ids or one of --all, --query, --tag")
        return 2
    options = ExportOptions(
        title=args.title, author=args.author, full_text=args.full_text,
        comments=not args.no_comments, toc=not args.no_toc, appendix=not args.no_appendix,
        summary_sentences=args.summary_sentences, summary=args.summary_sentences > 0,
    )
    out = Path(args.out)
    if out.suffix.lower() != ".docx":
        out = out.with_name(out.name + ".docx")
    with open_workspace(args.library) as ws:
        scope = _scope(args)
        try:
            result = export_report(ws, scope, options, out, progress=_progress_printer(
                not args.json and sys.stderr.isatty()))
        except OutputError as exc:
            error(str(exc))
            return 1
    if args.json:
        print_json({"path": str(result.path), "documents": result.documents,
                    "annotations": result.annotations, "comments": result.comments,
                    "seconds": round(result.seconds, 3)})
    else:
        print(f"wrote {result.path}: {result.documents} document(s), {result.annotations} "
              f"note(s), {result.comments} comment(s) in {result.seconds:.2f} s")
        if result.documents == 0:
            print("(the scope matched no documents: the report has only its title page)")
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "export",
        parents=[common],
        help="export a Word (DOCX) report",
        description=(
            "Export a Word report: title page, table of contents, per document its metadata, a "
            "summary, key entities and the notes grouped by tag, and an index of legal "
            "references and people. With --full-text the clean text follows, with entity "
            "highlights and every note as a real Word comment on its passage."
        ),
    )
    parser.add_argument("ids", nargs="*", type=int, metavar="ID", help="document ids")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help="the whole library")
    which.add_argument("--query", metavar="Q", help="the documents matching a search")
    which.add_argument("--tag", metavar="T", help="the notes tagged T and their documents")
    parser.add_argument("--out", required=True, metavar="FILE.docx", help="where to write")
    parser.add_argument("--full-text", action="store_true",
                        help="include the full text with notes as Word comments")
    parser.add_argument("--title", default="Báo cáo tổng hợp", metavar="TEXT",
                        help="report title")
    parser.add_argument("--author", default="", metavar="NAME", help="author on the title page")
    parser.add_argument("--summary-sentences", type=int, default=3, metavar="N",
                        help="sentences in each summary (0: no summary)")
    parser.add_argument("--no-comments", action="store_true",
                        help="with --full-text, do not add Word comments")
    parser.add_argument("--no-toc", action="store_true", help="no table of contents")
    parser.add_argument("--no-appendix", action="store_true", help="no index appendix")
    parser.set_defaults(func=cmd_export)
