"""Search benchmark: index time, size and query latency, beside a plain-Whoosh baseline.

Corpus: ``BENCH_CORPUS=DIR`` (one .txt article per file, first line the title), else
``/work/bench-corpus`` if present, else ``BENCH_DOCS`` (default 2,000) generated articles drawn
from a syllable bigram model of the seeds. Rebuilds of 2,000 documents or more use one worker
process per core (``search.parallel``). Each query returns the top 20 with snippets; the
baseline runs the same queries as plain phrases with Whoosh's StandardAnalyzer and highlights.
As in a library, the index does not store the texts: snippets read each hit's text from a
SQLite table, as the library store gives it (``SearchIndex(text_for=...)``).
"""

from __future__ import annotations

import os
import random
import re
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from desktop_app.search import IndexRecord, SearchIndex
from desktop_app.textnorm import fold_accents, normalize_text

ROOT = Path(__file__).resolve().parent.parent
_WORD = re.compile(r"[^\W_]+|[.,;]")


def _read_dir(folder: Path, limit: int) -> list[IndexRecord]:
    records = []
    for i, path in enumerate(sorted(folder.rglob("*.txt"))[:limit]):
        text = normalize_text(path.read_bytes().decode("utf-8", "replace"))
        if text:
            records.append(IndexRecord(i + 1, text.split("\n", 1)[0][:200], text))
    return records


def _generate(n: int, seed: int = 7) -> list[IndexRecord]:
    """Articles from a syllable bigram model of the seeds: Vietnamese-looking, news-like."""
    rng = random.Random(seed)
    follow: defaultdict[str, list[str]] = defaultdict(list)
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        words = _WORD.findall(normalize_text(path.read_text("utf-8")))
        for a, b in zip(words, words[1:], strict=False):
            follow[a].append(b)
    starts = [w for w in follow if w[:1].isupper()]
    records = []
    for i in range(n):
        words, w = [], rng.choice(starts)
        for _ in range(rng.randint(300, 900)):
            words.append(w)
            nxt = follow.get(w)
            w = rng.choice(nxt) if nxt else rng.choice(starts)
        text = " ".join(words).replace(" .", ".").replace(" ,", ",").replace(" ;", ";")
        title = " ".join(words[:12])
        year = 2015 + i % 9
        records.append(IndexRecord(i + 1, title, f"{title}\n\n{text}", date=f"{year}-0{1 + i % 9}-1{i % 9}",
                                   source=f"Báo {rng.choice(['Tổ Quốc', 'Nhân Dân', 'Công an', 'Thanh Niên'])}"))
    return records


def _queries(records: list[IndexRecord], rng: random.Random) -> list[str]:
    """≥ 50 queries: syllables, 2–4-syllable phrases, accent-free, boolean, field filters."""
    sample = rng.sample(records, min(200, len(records)))
    phrases: list[list[str]] = []
    for rec in sample:
        words = [w for w in _WORD.findall(rec.text) if w not in ".,;"]
        if len(words) > 10:
            start = rng.randrange(len(words) - 5)
            phrases.append(words[start : start + rng.choice((1, 2, 2, 3, 4))])
    qs: list[str] = []
    singles = [p[0] for p in phrases]
    qs += singles[:12]
    qs += [f'"{" ".join(p)}"' for p in phrases if len(p) >= 2][:14]
    qs += [fold_accents(" ".join(p)) for p in phrases if len(p) == 2][:10]
    qs += [f"{a} OR {b}" for a, b in zip(singles[12:16], singles[16:20], strict=False)]
    qs += [f"{a} -{b}" for a, b in zip(singles[20:24], singles[24:28], strict=False)]
    qs += [f"{s} year:2020" for s in singles[28:31]] + [f"title:{s}" for s in singles[31:34]]
    qs += [f'"{" ".join(p)}" date:2018..2021' for p in phrases[40:44] if len(p) >= 2]
    qs += ["tinh uy", "bao ve chinh tri noi bo", "Bộ Chính trị", "39-CT/TW", "chuy*"]
    return qs


def _dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _latencies(run, queries: list[str]) -> tuple[float, float]:
    for q in queries[:5]:
        run(q)  # warm caches
    times = []
    for q in queries:
        t = time.perf_counter()
        run(q)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def _ours(records: list[IndexRecord], queries: list[str], tmp: Path) -> tuple[float, int, float, float]:
    folder = tmp / "ours"
    db = sqlite3.connect(tmp / "store.sqlite3", check_same_thread=False)
    db.execute("CREATE TABLE IF NOT EXISTS doc (id INTEGER PRIMARY KEY, text TEXT)")
    db.executemany("INSERT OR REPLACE INTO doc VALUES (?, ?)", ((r.doc_id, r.text) for r in records))
    db.commit()

    def text_for(doc_id: int) -> str | None:
        row = db.execute("SELECT text FROM doc WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    index = SearchIndex(folder, text_for=text_for)
    t = time.perf_counter()
    index.rebuild(records, len(records))
    indexing = time.perf_counter() - t
    size = _dir_size(folder)
    med, p95 = _latencies(lambda q: index.search(q, page_size=20), queries)
    index.close()
    return indexing, size, med, p95


def _baseline(records: list[IndexRecord], queries: list[str], tmp: Path) -> tuple[float, int, float, float]:
    from whoosh import fields, index
    from whoosh.qparser import QueryParser

    schema = fields.Schema(id=fields.ID(stored=True), title=fields.TEXT(stored=True),
                           body=fields.TEXT(stored=True))
    (tmp / "plain").mkdir()
    ix = index.create_in(str(tmp / "plain"), schema)
    t = time.perf_counter()
    writer = ix.writer(limitmb=256)
    for r in records:
        writer.add_document(id=str(r.doc_id), title=r.title, body=r.text)
    writer.commit()
    indexing = time.perf_counter() - t
    size = _dir_size(tmp / "plain")
    parser = QueryParser("body", schema)
    searcher = ix.searcher()

    def run(q: str) -> None:
        phrase = '"' + q.replace('"', "") + '"'
        for hit in searcher.search(parser.parse(phrase), limit=20):
            hit.highlights("body")

    med, p95 = _latencies(run, queries)
    searcher.close()
    return indexing, size, med, p95


def _one_size(records: list[IndexRecord], label: str) -> None:
    queries = _queries(records, random.Random(11))
    chars = sum(len(r.text) for r in records)
    print(f"\n{label}: {len(records)} docs, {chars / 1e6:.1f} M chars; {len(queries)} queries, top 20 + snippets")
    tmp = Path(tempfile.mkdtemp(prefix="bench-search-"))
    try:
        ours = _ours(records, queries, tmp)
        base = _baseline(records, queries, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{'':24}{'chugiai':>12}{'plain Whoosh':>14}")
    print(f"{'index time (s)':24}{ours[0]:12.1f}{base[0]:14.1f}")
    print(f"{'index size (MB)':24}{ours[1] / 1e6:12.1f}{base[1] / 1e6:14.1f}")
    print(f"{'query median (ms)':24}{ours[2]:12.1f}{base[2]:14.1f}")
    print(f"{'query p95 (ms)':24}{ours[3]:12.1f}{base[3]:14.1f}")


def run() -> None:
    corpus = os.environ.get("BENCH_CORPUS") or ("/work/bench-corpus" if Path("/work/bench-corpus").is_dir() else "")
    sizes = [int(n) for n in os.environ.get("BENCH_DOCS", "10000,35000" if corpus else "2000").split(",")]
    for size in sizes:
        if corpus:
            _one_size(_read_dir(Path(corpus), size), f"corpus {corpus}")
        else:
            _one_size(_generate(size), "generated corpus (seed syllable bigrams)")
