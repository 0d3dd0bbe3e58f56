"""Entity extraction throughput (characters/second on one core) and gold F1 per type."""

from __future__ import annotations

import random
import time
from pathlib import Path

from benchmarks.corpus import real_corpus_files
from desktop_app.entities import extract
from desktop_app.entities.evaluate import evaluate, format_report
from desktop_app.textnorm import normalize_text

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "gold"
DEV = Path(__file__).resolve().parents[1] / "tests" / "data" / "dev"
DEV2 = Path(__file__).resolve().parents[1] / "tests" / "data" / "dev2"

_PEOPLE = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu", "Phạm Quốc Dũng", "Hoàng Thu Hà"]
_TITLES = ["Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Giám đốc Sở Y tế", "Thứ trưởng Bộ Tài chính"]
_PLACES = ["Nghệ An", "Quảng Nam", "Cần Thơ", "Lào Cai", "Bình Định"]


def _generated(n_sentences: int, seed: int = 7) -> str:
    """Plausible news sentences, so the figure is not only about the five seeds."""
    rnd = random.Random(seed)
    out = []
    for i in range(n_sentences):
        p, t, loc = rnd.choice(_PEOPLE), rnd.choice(_TITLES), rnd.choice(_PLACES)
        out.append(
            f"Sáng {rnd.randint(1, 28)}/{rnd.randint(1, 12)}, tại tỉnh {loc}, đồng chí {p}, {t} "
            f"đã chủ trì hội nghị triển khai Nghị quyết số {i % 90 + 1}-NQ/TW của Bộ Chính trị "
            "về công tác cán bộ trong tình hình mới, với sự tham dự của lãnh đạo các sở, ngành."
        )
        if i % 5 == 4:
            out.append("")
    return "\n".join(out)


def _rate(texts: list[str], rounds: int) -> float:
    chars = sum(len(t) for t in texts) * rounds
    # CPU time of this process: "per core", and less disturbed by other work on the machine
    started = time.process_time()
    for _ in range(rounds):
        for t in texts:
            extract(t, document_date="2023-01-01")
    return chars / (time.process_time() - started)


def _real_articles(count: int) -> list[str]:
    """``count`` articles spread evenly over ``BENCH_CORPUS`` (every n-th file by name), as the
    reader stores them; empty when no corpus is set."""
    files = real_corpus_files(10**9)
    if not files:
        return []
    step = max(1, len(files) // count)
    return [normalize_text(f.read_text(encoding="utf-8", errors="replace")) for f in files[::step][:count]]


def run() -> None:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("*.txt"))]
    extract(seeds[0])  # load gazetteers outside the timing
    print(f"seeds (5 docs, {sum(map(len, seeds))} chars) x 10: {_rate(seeds, 10):,.0f} chars/s")
    big = "\n\n".join(seeds * 20)
    print(f"one long document ({len(big)} chars): {_rate([big], 2):,.0f} chars/s")
    generated = _generated(1500)
    print(f"generated news ({len(generated)} chars): {_rate([generated], 2):,.0f} chars/s")
    real = _real_articles(400)
    if real:
        rates = sorted(_rate(real, 1) for _ in range(3))
        print(
            f"real articles ({len(real)} spread over BENCH_CORPUS, {sum(map(len, real))} chars), three "
            f"passes: median {rates[1]:,.0f}, best {rates[2]:,.0f} chars/s"
        )
    print("seed gold:")
    print(format_report(evaluate(GOLD)))
    print("dev set (12 real news articles annotated by hand; the rules were improved against its errors, so expect lower on unseen text):")
    print(format_report(evaluate(DEV)))
    print(
        "dev2 set (12 more real news articles, chosen by a fixed rule and annotated before the "
        "extractor ran on them; rules were then improved against its error patterns, so it too "
        "over-estimates unseen text):"
    )
    print(format_report(evaluate(DEV2)))
