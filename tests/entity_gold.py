"""Shared by the entity tests: the gold folders, their format check, score floors, span lists."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from desktop_app.entities import extract
from desktop_app.entities.evaluate import evaluate, format_report
from desktop_app.models import EntityType
from desktop_app.textnorm import normalize_text

DATA = Path(__file__).resolve().parent / "data"


def spans(text: str, **kwargs: object) -> list[tuple[str, str]]:
    """(type, surface) of every entity the extractor finds in ``text``."""
    return [(e.type.value, e.text) for e in extract(text, **kwargs).entities]  # type: ignore[arg-type]


def assert_well_formed(folder: Path, count: int) -> None:
    """``count`` gold files: NFC normalized texts, spans in order, inside the text, typed."""
    names = sorted(p.stem for p in folder.glob("*.json"))
    assert len(names) == count
    for name in names:
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        assert text == normalize_text(text) and unicodedata.is_normalized("NFC", text)
        end = 0
        for span in json.loads((folder / f"{name}.json").read_text(encoding="utf-8")):
            assert text[span["start"] : span["end"]] == span["text"], (name, span)
            assert span["type"] in {t.value for t in EntityType}
            assert span["start"] >= end, (name, span)
            end = span["end"]


def assert_scores(folder: Path, micro: float, floors: dict[str, float]) -> None:
    """Micro-F1 and per-type F1 at least at the floors (the report is the failure message)."""
    report = evaluate(folder)
    table = format_report(report, details=True)
    assert report.micro.f1 >= micro, table
    for typ, floor in floors.items():
        assert report.per_type[typ].f1 >= floor, (typ, table)
