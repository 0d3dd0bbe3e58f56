"""The gold set is well-formed and the extractor meets its targets on it."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from desktop_app.entities.evaluate import evaluate, format_report
from desktop_app.models import EntityType
from desktop_app.textnorm import normalize_text

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
NAMES = sorted(p.stem for p in GOLD.glob("*.json"))


def test_gold_covers_every_seed() -> None:
    assert NAMES == sorted(p.stem for p in SEEDS.glob("*.txt"))


@pytest.mark.parametrize("name", NAMES)
def test_gold_text_is_the_normalised_seed(name: str) -> None:
    text = (GOLD / f"{name}.txt").read_text(encoding="utf-8")
    assert text == normalize_text((SEEDS / f"{name}.txt").read_bytes().decode("utf-8"))
    assert unicodedata.is_normalized("NFC", text)


@pytest.mark.parametrize("name", NAMES)
def test_gold_spans_match_text_and_do_not_overlap(name: str) -> None:
    text = (GOLD / f"{name}.txt").read_text(encoding="utf-8")
    spans = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    assert spans, "every seed has entities"
    previous_end = 0
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]
        assert span["type"] in {t.value for t in EntityType}
        assert span["start"] >= previous_end, f"overlap at {span}"
        assert span["text"] == span["text"].strip()
        previous_end = span["end"]


def test_extractor_meets_targets_on_gold() -> None:
    report = evaluate(GOLD)
    table = format_report(report, details=True)
    assert report.micro.f1 >= 0.95, table
    # every legal reference and every date is found exactly
    for typ in ("LEGAL_DOC", "DATE"):
        assert report.per_type[typ].fn == 0, table
        assert report.per_type[typ].fp == 0, table
    for typ in ("PERSON", "ORG", "TITLE"):
        assert report.per_type[typ].f1 >= 0.9, table


def test_report_formats_and_serialises() -> None:
    report = evaluate(GOLD)
    data = report.to_dict()
    assert data["documents"] == len(NAMES)
    assert set(data["per_type"]) == {t.value for t in EntityType}
    assert "micro" in format_report(report)
