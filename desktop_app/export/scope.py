"""Turn an ``ExportScope`` into documents and annotations, and count them for the dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.export.options import ExportScope, ScopeSummary
from desktop_app.models import Annotation, DocumentSummary

if TYPE_CHECKING:
    from desktop_app.workspace import Workspace

_SEARCH_PAGE = 200


def _chronological(docs: list[DocumentSummary]) -> list[int]:
    """Oldest first, undated last, then by title: the order a reader of a dossier expects."""
    return [d.id for d in sorted(docs, key=lambda d: (d.date is None, d.date or "", d.title, d.id))]


def _query_ids(ws: Workspace, query: str) -> list[int]:
    ids: list[int] = []
    page = 1
    while True:
        results = ws.search(query, page=page, page_size=_SEARCH_PAGE)
        ids.extend(hit.doc_id for hit in results.hits)
        if not results.hits or len(ids) >= results.total:
            return list(dict.fromkeys(ids))
        page += 1


def resolve_scope(ws: Workspace, scope: ExportScope) -> list[int]:
    """Document ids of the report, in report order; unknown ids are dropped."""
    if scope.kind == "documents":
        known = {d.id for d in ws.documents(scope.doc_ids)}
        return [i for i in dict.fromkeys(scope.doc_ids) if i in known]
    if scope.kind == "query":
        assert scope.query is not None
        return _query_ids(ws, scope.query)
    if scope.kind == "tag":
        tagged = {a.document_id for a in ws.annotations() if scope.tag in a.tags}
        return _chronological(ws.documents(tagged)) if tagged else []
    return _chronological(ws.documents())


def annotations_in_scope(ws: Workspace, scope: ExportScope, doc_id: int) -> list[Annotation]:
    """A document's annotations that belong in the report, in text order.

    A tag scope reports on that tag, so only its notes are included.
    """
    notes = ws.annotations(doc_id)
    if scope.kind == "tag":
        notes = [a for a in notes if scope.tag in a.tags]
    return sorted(notes, key=lambda a: (a.start, a.end, a.id))


def summarise_scope(ws: Workspace, scope: ExportScope) -> ScopeSummary:
    """How many documents, notes, tags and anchorable comments an export of ``scope`` holds."""
    ids = resolve_scope(ws, scope)
    wanted = set(ids)
    notes = [a for a in ws.annotations() if a.document_id in wanted]
    if scope.kind == "tag":
        notes = [a for a in notes if scope.tag in a.tags]
    tags = {t for a in notes for t in a.tags}
    return ScopeSummary(
        documents=len(ids),
        annotations=len(notes),
        tags=len(tags),
        comments=sum(1 for a in notes if not a.orphaned),
    )


def describe_scope(scope: ExportScope, documents: int) -> str:
    """The scope in words for the title page."""
    if scope.kind == "query":
        return f"Kết quả tìm kiếm “{scope.query}” ({documents} tài liệu)"
    if scope.kind == "tag":
        return f"Các chú giải gắn thẻ “{scope.tag}” ({documents} tài liệu)"
    if scope.kind == "all":
        return f"Toàn bộ thư viện ({documents} tài liệu)"
    return f"{documents} tài liệu được chọn"
