"""What to export and how: plain frozen records shared by the CLI, the GUI dialog and the writer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

ScopeKind = Literal["documents", "query", "tag", "all"]


@dataclass(frozen=True, slots=True)
class ExportScope:
    """Which documents go into the report.

    ``documents``: ``doc_ids`` in that order (the current or selected documents); ``query``: the
    documents matching ``query``, best first; ``tag``: documents with a note tagged ``tag``, and
    only those notes; ``all``: the whole library, oldest first.
    """

    kind: ScopeKind
    doc_ids: tuple[int, ...] = ()
    query: str | None = None
    tag: str | None = None

    def __post_init__(self) -> None:
        if self.kind == "query" and not (self.query or "").strip():
            raise ValueError("a query scope needs a query")
        if self.kind == "tag" and not (self.tag or "").strip():
            raise ValueError("a tag scope needs a tag")
        if self.kind not in ("documents", "query", "tag", "all"):
            raise ValueError(f"unknown scope kind {self.kind!r}")


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """The parts of the report, each switchable. Comments only apply with ``full_text``."""

    title: str = "Báo cáo tổng hợp"
    author: str = ""
    title_page: bool = True
    toc: bool = True
    metadata: bool = True
    summary: bool = True
    summary_sentences: int = 3
    entities: bool = True
    annotations: bool = True
    full_text: bool = False
    comments: bool = True
    appendix: bool = True
    entity_highlights: bool = True


@dataclass(frozen=True, slots=True)
class ScopeSummary:
    """Counts for the export dialog's live summary line."""

    documents: int
    annotations: int
    tags: int
    comments: int  # annotations that can be anchored as Word comments (not orphaned)


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What was written."""

    path: Path
    documents: int
    annotations: int
    comments: int
    seconds: float
