"""Scopes (documents, query, tag, all), the dialog's counts, and ``chugiai export``."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from desktop_app.cli.main import main
from desktop_app.export import (
    ExportOptions,
    ExportScope,
    export_report,
    resolve_scope,
    summarise_scope,
)
from desktop_app.workspace import Workspace

from .docx_read import anchored_texts, comment_texts


def test_documents_scope_keeps_given_order_and_drops_unknown(library: Workspace) -> None:
    assert resolve_scope(library, ExportScope("documents", doc_ids=(3, 999, 1, 3))) == [3, 1]


def test_all_scope_is_chronological_with_undated_last(library: Workspace) -> None:
    ids = resolve_scope(library, ExportScope("all"))
    dates = {d.id: d.date for d in library.documents()}
    assert sorted(ids) == sorted(dates)
    dated = [dates[i] for i in ids if dates[i]]
    assert dated == sorted(dated)
    assert all(dates[i] is None for i in ids[len(dated):])


def test_query_scope_follows_search_ranking(library: Workspace) -> None:
    ids = resolve_scope(library, ExportScope("query", query="bảo vệ"))
    hits = library.search("bảo vệ", page_size=50).hits
    assert ids == [h.doc_id for h in hits] and len(ids) == 5
    assert resolve_scope(library, ExportScope("query", query="xyzkhôngcó")) == []


def test_tag_scope_reports_only_that_tags_notes(library: Workspace, tmp_path: Path) -> None:
    scope = ExportScope("tag", tag="nhân sự")
    tagged = [a for a in library.annotations() if "nhân sự" in a.tags]
    assert resolve_scope(library, scope) == sorted(
        {a.document_id for a in tagged}, key=resolve_scope(library, ExportScope("all")).index)
    summary = summarise_scope(library, scope)
    assert (summary.annotations, summary.tags, summary.comments) == (len(tagged), 1, len(tagged))
    out = tmp_path / "tag.docx"
    result = export_report(library, scope, ExportOptions(full_text=True), out)
    assert result.annotations == result.comments == len(tagged)
    assert set(anchored_texts(out).values()) == {a.quote for a in tagged}


def test_summarise_scope_counts_everything(library: Workspace) -> None:
    notes = library.annotations()
    summary = summarise_scope(library, ExportScope("all"))
    assert summary.documents == 5
    assert summary.annotations == len(notes)
    assert summary.tags == len({t for a in notes for t in a.tags}) == 3
    assert summary.comments == len(notes) - 1  # one orphaned note


def test_invalid_scopes_are_refused() -> None:
    with pytest.raises(ValueError):
        ExportScope("query", query="  ")
    with pytest.raises(ValueError):
        ExportScope("tag")


def test_cli_exports_ids_with_full_text_and_prints_json(library: Workspace, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cli"
    code = main(["export", "1", "2", "--out", str(out), "--full-text", "--title", "Tổng hợp quý",
                 "--library", str(library.folder), "--json"])
    assert code == 0
    printed = json.loads(capsys.readouterr().out)
    written = Path(printed["path"])
    assert written == tmp_path / "cli.docx" and written.is_file()
    assert printed["documents"] == 2
    assert printed["comments"] == len(comment_texts(written)) > 0
    document = docx.Document(str(written))
    assert document.paragraphs[4].text == "Tổng hợp quý"
    assert document.core_properties.title == "Tổng hợp quý"


def test_cli_query_and_tag_and_errors(library: Workspace, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    lib = ["--library", str(library.folder)]
    assert main(["export", "--query", "Hà Tĩnh", "--out", str(tmp_path / "q.docx"), *lib]) == 0
    assert "document(s)" in capsys.readouterr().out
    assert main(["export", "--tag", "theo dõi", "--out", str(tmp_path / "t.docx"), *lib]) == 0
    assert main(["export", "--out", str(tmp_path / "none.docx"), *lib]) == 2
    assert "say what to export" in capsys.readouterr().err
    assert main(["export", "--all", "--out", str(tmp_path / "missing" / "x.docx"), *lib]) == 1
    assert "cannot write" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["q.docx", "t.docx"]
