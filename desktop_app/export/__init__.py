"""Export annotated summaries of library documents to a Word (DOCX) report.

Public API for the CLI and the GUI export dialog::

    scope = ExportScope("tag", tag="quan trọng")
    summarise_scope(ws, scope)            # counts for the dialog's live summary
    export_report(ws, scope, ExportOptions(full_text=True), Path("báo cáo.docx"),
                  progress=on_progress, cancel=token)

``export_report`` raises ``OutputError`` (unwritable path, file open elsewhere) and
``desktop_app.workspace.Cancelled``; in both cases nothing is written.
"""

from __future__ import annotations

from desktop_app.export.atomic import OutputError
from desktop_app.export.options import ExportOptions, ExportResult, ExportScope, ScopeSummary
from desktop_app.export.report import export_report
from desktop_app.export.scope import describe_scope, resolve_scope, summarise_scope

__all__ = [
    "ExportOptions",
    "ExportResult",
    "ExportScope",
    "OutputError",
    "ScopeSummary",
    "describe_scope",
    "export_report",
    "resolve_scope",
    "summarise_scope",
]
