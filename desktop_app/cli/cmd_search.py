"""``chugiai search QUERY``: search the library from the terminal."""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli.output import print_json
from desktop_app.search.render import format_results, results_to_json


def cmd_search(args: argparse.Namespace) -> int:
    from desktop_app.workspace import open_workspace

    query = " ".join(args.query)
    ws = open_workspace(args.library)
    try:
        results = ws.search(query, page=args.page, page_size=args.limit)
    finally:
        ws.close()
    if args.json:
        print_json(results_to_json(results))
    else:
        print(format_results(results, bold=sys.stdout.isatty()))
    return 0


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "search",
        parents=[common],
        help="search the library",
        description=(
            "Search the library. Words are ANDed; use \"phrases\", OR, NOT or -word, word*, "
            "title: person: org: loc: doc: tag: source: filters, date:2023-01..2023-06, "
            "year:2022. Typing without diacritics matches every diacritic variant."
        ),
    )
    parser.add_argument("query", nargs="+", help="the query (quote it in the shell)")
    parser.add_argument("--limit", type=_positive, default=20, metavar="N", help="hits per page")
    parser.add_argument("--page", type=_positive, default=1, metavar="N", help="page number")
    parser.set_defaults(func=cmd_search)
