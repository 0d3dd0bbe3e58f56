"""Benchmark corpora: a real one from ``BENCH_CORPUS=DIR`` (one article per file) or a generated one.

Fetched corpora live outside the repository and are never committed.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

from desktop_app.paths import seeds_dir


def real_corpus_files(limit: int) -> list[Path] | None:
    """The first ``limit`` files of ``BENCH_CORPUS`` in name order, or None when it is not set."""
    folder = os.environ.get("BENCH_CORPUS")
    if not folder:
        return None
    files = sorted(p for p in Path(folder).iterdir() if p.suffix.lower() in {".txt", ".md"})
    return files[:limit]


def generated_articles(count: int, seed: int = 7) -> list[str]:
    """News-like Vietnamese articles built from the seeds' sentences, shuffled deterministically."""
    sentences: list[str] = []
    for path in sorted(seeds_dir().glob("*.txt")):
        for para in path.read_text(encoding="utf-8").split("\n"):
            sentences += [s.strip() + "." for s in para.split(". ") if len(s.split()) > 6]
    rng = random.Random(seed)
    articles = []
    for i in range(count):
        body = [rng.choice(sentences) for _ in range(rng.randint(12, 30))]
        title = " ".join(rng.choice(sentences).split()[:rng.randint(6, 14)])
        paras = "\n\n".join(" ".join(body[j:j + 4]) for j in range(0, len(body), 4))
        articles.append(f"{title} (bài {i})\n\nNgày {1 + i % 28}/{1 + i % 12}/2023\n\n{paras}\n")
    return articles


def write_generated(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(generated_articles(count)):
        path = folder / f"{i:06}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
