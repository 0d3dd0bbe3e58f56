"""Score the extractor against hand-annotated gold files: exact span + type match.

A gold folder holds ``<name>.txt`` (the NFC text the offsets refer to) and ``<name>.json``
(``[{"start", "end", "type", "text"}]``). Optional ``<name>.date`` gives the document date.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.entities.extractor import extract
from desktop_app.models import EntityType

_TYPES = tuple(t.value for t in EntityType)


@dataclass(frozen=True, slots=True)
class TypeScore:
    """Counts and scores for one entity type (or the micro-average)."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Per-type and micro-averaged scores, and every disagreement for inspection."""

    per_type: dict[str, TypeScore]
    micro: TypeScore
    documents: int
    missed: list[tuple[str, int, int, str, str]] = field(default_factory=list)  # file, s, e, type, text
    spurious: list[tuple[str, int, int, str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        def score(s: TypeScore) -> dict[str, float | int]:
            return {
                "precision": round(s.precision, 4),
                "recall": round(s.recall, 4),
                "f1": round(s.f1, 4),
                "tp": s.tp,
                "fp": s.fp,
                "fn": s.fn,
            }

        return {
            "documents": self.documents,
            "micro": score(self.micro),
            "per_type": {t: score(s) for t, s in self.per_type.items()},
            "missed": [list(m) for m in self.missed],
            "spurious": [list(m) for m in self.spurious],
        }


def _document_date(txt: Path) -> str | None:
    side = txt.with_suffix(".date")
    return side.read_text(encoding="utf-8").strip() if side.exists() else None


def evaluate(gold_dir: Path) -> EvalReport:
    """Run ``extract`` on every gold text of ``gold_dir`` and compare with its annotations."""
    counts = {t: [0, 0, 0] for t in _TYPES}
    missed: list[tuple[str, int, int, str, str]] = []
    spurious: list[tuple[str, int, int, str, str]] = []
    files = sorted(Path(gold_dir).glob("*.json"))
    for gold_file in files:
        txt = gold_file.with_suffix(".txt")
        text = txt.read_text(encoding="utf-8")
        gold = {(g["start"], g["end"], g["type"]) for g in json.loads(gold_file.read_text("utf-8"))}
        found = {
            (e.start, e.end, e.type.value)
            for e in extract(text, document_date=_document_date(txt)).entities
        }
        for *_, t in gold & found:
            counts[t][0] += 1
        for s, e, t in sorted(found - gold):
            counts[t][1] += 1
            spurious.append((gold_file.stem, s, e, t, text[s:e]))
        for s, e, t in sorted(gold - found):
            counts[t][2] += 1
            missed.append((gold_file.stem, s, e, t, text[s:e]))
    per_type = {t: TypeScore(*c) for t, c in counts.items()}
    micro = TypeScore(*(sum(c[i] for c in counts.values()) for i in range(3)))
    return EvalReport(per_type, micro, len(files), missed, spurious)


def format_report(report: EvalReport, *, details: bool = False) -> str:
    """A plain-text table of precision, recall and F1 per type, and optionally the errors."""
    lines = [f"{'type':<10} {'prec':>6} {'rec':>6} {'f1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    rows = [*report.per_type.items(), ("micro", report.micro)]
    for name, s in rows:
        lines.append(
            f"{name:<10} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}"
        )
    lines.append(f"({report.documents} documents, exact span and type)")
    if details:
        for label, items in (("missed", report.missed), ("spurious", report.spurious)):
            for doc, s, e, t, text in items:
                lines.append(f"{label:<8} {doc} {s}-{e} {t:<9} {text!r}")
    return "\n".join(lines)
