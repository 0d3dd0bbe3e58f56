"""Terminal and JSON rendering of real results, and the CLI parser of ``chugiai search``."""

from __future__ import annotations

import argparse
import json

from desktop_app.cli import cmd_search
from desktop_app.search import SearchIndex
from desktop_app.search.render import BOLD, RESET, format_results, results_to_json

from .conftest import seed_records

TEXTS = {r.doc_id: r.text for r in seed_records()}


def test_json_shape_and_offsets(seed_index: SearchIndex):
    data = results_to_json(seed_index.search("tinh uy binh thuan", page_size=2))
    json.dumps(data, ensure_ascii=False)
    assert {"query", "effective_query", "repairs", "total", "page", "hits", "facets"} <= set(data)
    hit = data["hits"][0]
    assert {"doc_id", "title", "date", "source", "score", "snippets", "note_hits"} <= set(hit)
    for snippet in hit["snippets"]:
        assert TEXTS[hit["doc_id"]][snippet["start"] : snippet["end"]] == snippet["text"]
        for s, e in snippet["matches"]:
            assert TEXTS[hit["doc_id"]][s:e].lower() in {"tỉnh", "ủy", "uỷ", "bình", "thuận"}


def test_text_output_marks_matches(seed_index: SearchIndex):
    results = seed_index.search('"Bình Thuận" "bảo vệ', page_size=1)
    plain = format_results(results)
    assert "note: Closed an unbalanced quote" in plain
    assert "[Bình Thuận]" in plain
    bold = format_results(results, bold=True)
    assert f"{BOLD}Bình Thuận{RESET}" in bold
    assert "\x1b" not in plain


def test_cli_parser_reads_limit_and_page():
    parser = argparse.ArgumentParser()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--library")
    common.add_argument("--json", action="store_true")
    cmd_search.register(parser.add_subparsers(dest="command"), common)
    args = parser.parse_args(["search", "tinh", "uy", "--limit", "5", "--page", "2", "--json"])
    assert (args.query, args.limit, args.page, args.json) == (["tinh", "uy"], 5, 2, True)
    assert args.func is cmd_search.cmd_search
