"""`chugiai gui --screenshot FILE.png`: drive the window to a state, grab it, and exit.

Used for the README pictures and by tests: waits for the workspace, the library list, the
document (and the query's results), lets layouts settle, then saves ``QWidget.grab()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from desktop_app.ui.app import AppController, LaunchOptions
    from desktop_app.ui.main_window import MainWindow

SETTLE_MS = 500
TIMEOUT_MS = 120_000


class Screenshooter(QObject):
    done = Signal(bool)

    def __init__(self, window: MainWindow, options: LaunchOptions,
                 controller: AppController) -> None:
        super().__init__(window)
        self.window = window
        self.options = options
        self._waiting: set[str] = set()
        window.libraryRefreshed.connect(self._library_ready)
        controller.workspaceFailed.connect(lambda msg: self._fail(f"library: {msg}"))
        self._timeout = QTimer(self, singleShot=True, interval=TIMEOUT_MS)
        self._timeout.timeout.connect(lambda: self._fail("timed out"))
        self._timeout.start()
        self._started = False

    def _fail(self, why: str) -> None:
        print(f"screenshot failed: {why}")
        self.done.emit(False)

    def _library_ready(self) -> None:
        if self._started:
            return
        self._started = True
        w = self.window
        if self.options.query:
            self._waiting.add("results")
            w.search.resultsShown.connect(self._results)
            w.search.set_query(self.options.query)
        if self.options.open_id is not None:
            self._open(self.options.open_id)
        elif not self.options.query:
            ids = w.library.visible_ids()
            if ids:
                self._open(ids[0])
        self._maybe_finish()

    def _open(self, doc_id: int) -> None:
        self._waiting.add("document")
        self.window.reader.documentOpened.connect(self._document_opened)
        self.window.open_document(doc_id)

    def _results(self, results: Any) -> None:
        self._waiting.discard("results")
        w = self.window
        if results.hits and self.options.open_id is None:
            w.search.hits_view.setCurrentIndex(w.search.hits_model.index(0))
            hit = results.hits[0]
            self._waiting.add("document")
            w.reader.documentOpened.connect(self._document_opened)
            w.open_document(hit.doc_id, [(m.start, m.end) for m in hit.matches])
        self._maybe_finish()

    def _document_opened(self, _doc_id: int) -> None:
        self._waiting.discard("document")
        self._maybe_finish()

    def _maybe_finish(self) -> None:
        if not self._waiting:
            QTimer.singleShot(SETTLE_MS, self._grab)

    def _grab(self) -> None:
        if self._waiting:
            return
        self.window.reader.highlighter.flush()
        QApplication.processEvents()
        path = self.options.screenshot
        assert path is not None
        ok = self.window.grab().save(path)
        if ok:
            print(f"saved {path}")
        self._timeout.stop()
        self.done.emit(ok)
