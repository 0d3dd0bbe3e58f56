"""GUI figures: cold start to first paint, opening a 1 MB document with 5,000 highlights,
and search-as-you-type latency (keystroke to results painted) on a generated library.

BENCH_GUI_DOCS sets the library size for the search figure (default 10000). The library is
imported once into /tmp/chugiai-bench-<n>-{gen,real} (BENCH_GUI_CACHE) and reused; with
BENCH_CORPUS=DIR its first n real articles are imported (read in place), else generated ones.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5

_CHILD = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QEvent, QObject
    from desktop_app.ui.app import AppController, LaunchOptions, ensure_app
    app = ensure_app()
    controller = AppController(LaunchOptions(library=sys.argv[1]))
    window = controller.start()

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                heavy = [m for m in ("whoosh", "numpy", "underthesea", "docx", "desktop_app.workspace",
                          "desktop_app.ui.annotations.integration") if m in sys.modules]
                print(time.time(), ",".join(heavy) or "-", flush=True)
                app.exit(0)
            return False

    f = FirstPaint()
    window.installEventFilter(f)
    sys.exit(app.exec())
    """
)


# The reference the issue quotes ("a bare PySide6 window paints in about 120 ms"), measured in
# the same run so a loaded or slower machine shows in both figures.
_BARE = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 800)

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                print(time.time(), "-", flush=True)
                app.exit(0)
            return False

    f = FirstPaint()
    window.installEventFilter(f)
    window.show()
    sys.exit(app.exec())
    """
)


def _env() -> dict[str, str]:
    """The child's environment. Bytecode is cached (outside the repository) as for an installed
    app: with PYTHONDONTWRITEBYTECODE set (as in this dev environment) every start would compile
    ~40 modules from source, ~50 ms that no user pays."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "chugiai-bench-pycache")
    return env


def _first_paint_ms(script: str, library: Path) -> tuple[list[float], str]:
    times, heavy = [], ""
    subprocess.run([sys.executable, "-c", script, str(library)], capture_output=True,
                   env=_env(), cwd=ROOT, timeout=120)  # warm-up: writes the bytecode cache
    for _ in range(RUNS):
        started = time.time()
        out = subprocess.run([sys.executable, "-c", script, str(library)], capture_output=True,
                             text=True, env=_env(), cwd=ROOT, timeout=120)
        stamp, heavy = out.stdout.split()[:2]
        times.append((float(stamp) - started) * 1000)
    return times, heavy


def cold_start(library: Path) -> None:
    bare, _ = _first_paint_ms(_BARE, library)
    times, heavy = _first_paint_ms(_CHILD, library)
    print(f"cold start to first painted window: median {statistics.median(times):.0f} ms "
          f"(runs: {', '.join(f'{t:.0f}' for t in times)}; target <= 300 ms); "
          f"heavy modules loaded before paint: {heavy}")
    print(f"  bare PySide6 window, same run: median {statistics.median(bare):.0f} ms "
          f"(the issue quotes ~120 ms); our overhead over it: "
          f"{statistics.median(times) - statistics.median(bare):.0f} ms")


def _big_document(seed_text: str, size: int = 1_000_000):
    from desktop_app.models import Document, Entity, EntityType, Extraction

    paragraphs = [p for p in seed_text.split("\n") if len(p) > 40]
    rng = random.Random(1)
    parts, length = [], 0
    while length < size:
        p = rng.choice(paragraphs)
        parts.append(p)
        length += len(p) + 2
    text = "\n\n".join(parts)[:size]
    starts = sorted(rng.sample(range(0, len(text) - 30, 50), 5000))
    types = list(EntityType)
    entities = tuple(Entity(s, s + rng.randint(4, 20), types[i % len(types)], "x", "x")
                     for i, s in enumerate(starts))
    doc = Document(1, "h", "big.txt", "/big.txt", "txt", "utf-8", "Văn bản lớn", None, None,
                   None, None, "", text, text)
    return doc, Extraction(entities)


def open_big_document() -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.reader import Reader

    app = QApplication.instance() or QApplication([])
    seed_text = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt"))
    doc, extraction = _big_document(seed_text)
    reader = Reader()
    reader.resize(1000, 800)
    reader.show()
    app.processEvents()
    painted: list[float] = []

    class Paint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    watcher = Paint()
    reader.text_edit.viewport().installEventFilter(watcher)
    times, full = [], []
    for _ in range(RUNS):
        painted.clear()
        started = time.perf_counter()
        reader.open_document(doc, extraction)
        reader.text_edit.viewport().repaint()
        times.append((painted[0] - started) * 1000 if painted else float("nan"))
        t = time.perf_counter()
        reader.highlighter.flush()
        full.append((time.perf_counter() - t) * 1000)
        reader.clear()
        app.processEvents()
    print(f"open 1 MB document with 5,000 highlights to first paint: median "
          f"{statistics.median(times):.0f} ms (runs: {', '.join(f'{t:.0f}' for t in times)}; "
          f"target <= 100 ms); formatting the blocks out of view afterwards (in idle time): "
          f"{statistics.median(full):.0f} ms")


def _library_sources(n: int, folder: Path) -> tuple[list[Path], str]:
    """The first ``n`` articles of ``BENCH_CORPUS`` (read in place, never copied into the
    repository), else ``n`` generated ones written under ``folder``."""
    from benchmarks.corpus import real_corpus_files, write_generated

    real = real_corpus_files(n)
    if real is not None:
        return real, f"real corpus {os.environ['BENCH_CORPUS']}"
    return write_generated(folder / "generated", n), "generated from the seeds"


def cached_library(n: int) -> tuple[Path, str]:
    """A library of ``n`` imported documents, built once into a folder outside the repository
    (``BENCH_GUI_CACHE``, default /tmp/chugiai-bench-<n>[-real]) and reused while complete:
    importing runs the whole pipeline (~75 documents/s), too slow to repeat per run."""
    kind = "real" if os.environ.get("BENCH_CORPUS") else "gen"
    cache = Path(os.environ.get("BENCH_GUI_CACHE", f"/tmp/chugiai-bench-{n}-{kind}"))
    marker = cache / "complete.txt"
    if marker.exists():
        return cache / "library", marker.read_text(encoding="utf-8").strip()
    import shutil

    from desktop_app.workspace import open_workspace

    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir(parents=True)
    files, source = _library_sources(n, cache)
    started = time.perf_counter()
    with open_workspace(cache / "library", seed=False) as ws:
        report = ws.import_paths(files)
        count = len(ws.documents())
    seconds = time.perf_counter() - started
    note = (f"{count} documents, {source}; built in {seconds:.0f} s "
            f"({count / max(seconds, 1e-9):.0f} docs/s, {len(report.failed)} failed)")
    marker.write_text(note + "\n", encoding="utf-8")
    return cache / "library", note


QUERIES = ["bảo vệ", "chinh tri", "Hà Nội", "hội nghị", "đảng ủy", "kiem tra", "an ninh",
           "kinh tế", "giáo dục", "phát triển"]


def _type(widget: Any, char: str) -> None:
    """One keystroke carrying ``char`` (QTest.keyClick only handles ASCII characters)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, char))


def search_latency() -> None:
    """Type each query, then time its last keystroke until the results are painted."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.search_pane import DEBOUNCE_MS, SearchPane
    from desktop_app.ui.workers import Runner
    from desktop_app.workspace import open_workspace

    n = int(os.environ.get("BENCH_GUI_DOCS", "10000"))
    library, note = cached_library(n)
    app = QApplication.instance() or QApplication([])
    with open_workspace(library, seed=False) as ws:
        runner = Runner()
        pane = SearchPane(runner)
        pane.resize(420, 800)
        pane.show()
        pane.set_search_function(ws.search)
        warm = QEventLoop()  # open the index on the search thread, as a session's first query does
        pane.resultsShown.connect(warm.quit)
        pane.set_query("khởi động")
        warm.exec()
        pane.resultsShown.disconnect()
        typed, worker = [], []
        for q in QUERIES:
            pane.query_edit.setText(q[:-1])  # typed before; its search is not measured
            pane.search_now()
            runner.wait()
            app.processEvents()
            # Wait in a real event loop: a processEvents() spin would hold the GIL and slow the
            # search worker several times over, which the application never does.
            loop = QEventLoop()
            pane.resultsShown.connect(loop.quit)
            started = time.perf_counter()
            _type(pane.query_edit, q[-1])
            assert pane.query_edit.text() == q, pane.query_edit.text()
            loop.exec()
            pane.hits_view.viewport().repaint()
            painted = time.perf_counter()
            typed.append((painted - started) * 1000)
            worker.append((painted - started) * 1000 - DEBOUNCE_MS)
            pane.resultsShown.disconnect()
        runner.shutdown()
    print(f"search as you type on {n} documents ({note}):")
    print(f"  last keystroke to results painted: median {statistics.median(typed):.0f} ms, "
          f"max {max(typed):.0f} ms (includes the {DEBOUNCE_MS} ms debounce)")
    print(f"  search + model + paint after the debounce: median "
          f"{statistics.median(worker):.0f} ms, max {max(worker):.0f} ms "
          f"({len(QUERIES)} queries)")


def run() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        library = Path(tmp) / "library"
        from desktop_app.workspace import open_workspace

        open_workspace(library, seed=True).close()
        cold_start(library)
    open_big_document()
    search_latency()
