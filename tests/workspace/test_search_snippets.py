"""Snippets come from SQLite, not from the index, and searching never waits for a writer."""

from __future__ import annotations

import threading
from pathlib import Path

from desktop_app.search import SearchResults
from desktop_app.workspace import open_workspace


def test_search_with_snippets_runs_while_a_writer_holds_the_library(tmp_path: Path) -> None:
    with open_workspace(tmp_path / "lib") as ws:
        ws.sync_index()
        held, release, searched = threading.Event(), threading.Event(), threading.Event()
        found: list[SearchResults] = []

        def writer() -> None:
            with ws.store.db.transaction():
                held.set()
                release.wait(60)

        def searcher() -> None:
            found.append(ws.search('"Tỉnh ủy"'))
            searched.set()

        holder = threading.Thread(target=writer)
        holder.start()
        try:
            assert held.wait(10)
            threading.Thread(target=searcher, daemon=True).start()
            assert searched.wait(20), "search waited for the writer"
        finally:
            release.set()
            holder.join()
        results = found[0]
        assert results.total >= 2
        hit = results.hits[0]
        text = ws.store.documents.clean_text(hit.doc_id)
        snippet = hit.snippets[0]
        assert snippet.text in text
        for m in snippet.matches:
            assert text[m.start:m.end].casefold().replace("uỷ", "ủy") == "tỉnh ủy"
        # The index keeps no copy of the text (the payload's text slot is empty).
        with ws.indexer.index()._index().searcher() as s:
            payload = s.stored_fields(next(iter(s.document_numbers())))["payload"]
        assert payload[4] is None


def test_snippets_read_from_a_library_path_that_needs_uri_escaping(tmp_path: Path) -> None:
    with open_workspace(tmp_path / "Thư viện #1 ?x") as ws:
        results = ws.search("tinh uy")
        assert results.total >= 2
        assert all(hit.snippets and hit.snippets[0].text for hit in results.hits)
