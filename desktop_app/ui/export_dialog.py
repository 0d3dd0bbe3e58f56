"""File → Export report…: choose what to export and how, then write the DOCX on a worker.

The dialog is a thin form over ``desktop_app.export``: the scope radio buttons build an
``ExportScope``, the switches an ``ExportOptions``; ``summarise_scope`` (which may run a
search) and ``export_report`` (which builds the whole document) both run on the window's
``Runner`` so the GUI never waits on them. Cancel sets the task's ``CancelToken``; the core
then leaves nothing behind.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.export import (
    ExportOptions,
    ExportResult,
    ExportScope,
    ScopeSummary,
    summarise_scope,
)
from desktop_app.export import export_report as write_report
from desktop_app.ui.workers import Latest, Runner, Task

SCOPES = ("current", "selected", "query", "tag", "all")
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def default_folder() -> Path:
    """~/Documents when it exists (where office users look for reports), else home."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if docs and Path(docs).is_dir():
        return Path(docs)
    return Path.home()


def file_name_for(title: str) -> str:
    """A file name from the report title: Vietnamese letters kept, path characters removed."""
    cleaned = _UNSAFE.sub(" ", title).strip(" .")
    return (cleaned or "report") + ".docx"


class ExportDialog(QDialog):
    """Scope, parts of the report, destination; a live summary; progress with Cancel."""

    exported = Signal(object)  # ExportResult
    summaryShown = Signal(object)  # ScopeSummary (tests wait for it)
    exportFailed = Signal(str)
    exportCancelled = Signal()

    def __init__(self, ws: Any, runner: Runner, current_id: int | None,
                 selected_ids: list[int], query: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export report"))
        self.ws, self.runner = ws, runner
        self.current_id, self.selected_ids, self.query = current_id, list(selected_ids), query
        self.task: Task | None = None
        self.result: ExportResult | None = None
        self._path_edited = False
        self._summary = Latest(runner, lambda scope: summarise_scope(ws, scope))
        self._summary.result.connect(self._summary_ready)
        self._summary.failed.connect(lambda _s, msg: self.summary_label.setText(msg))

        layout = QVBoxLayout(self)
        layout.addWidget(self._scope_box())
        layout.addWidget(self._options_box())
        layout.addLayout(self._output_row())
        self.summary_label = QLabel()
        self.summary_label.setObjectName("exportSummary")
        layout.addWidget(self.summary_label)
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = QLabel()
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_folder_button = self.buttons.addButton(self.tr("Open folder"),
                                                         QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button.hide()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.buttons)

        self._choose_initial_scope()
        self.path_edit.setText(str(default_folder() / file_name_for(self.title_edit.text())))
        self.update_summary()

    # --- form ---------------------------------------------------------------------------------
    def _scope_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What to export"))
        grid = QGridLayout(box)
        self.scope_group = QButtonGroup(self)
        labels = {
            "current": self.tr("The document in the reader"),
            "selected": self.tr("The documents selected in the library (%1)").replace(
                "%1", str(len(self.selected_ids))),
            "query": self.tr("The search results for “%1”").replace("%1", self.query)
            if self.query else self.tr("The search results (type a query first)"),
            "tag": self.tr("The notes tagged"),
            "all": self.tr("The whole library"),
        }
        self.scope_buttons: dict[str, QRadioButton] = {}
        for row, key in enumerate(SCOPES):
            button = QRadioButton(labels[key])
            button.setObjectName(f"scope_{key}")
            self.scope_group.addButton(button, row)
            self.scope_buttons[key] = button
            grid.addWidget(button, row, 0)
        self.tag_combo = QComboBox()
        self.tag_combo.setObjectName("exportTag")
        for tag in self.ws.store.annotations.tags():
            self.tag_combo.addItem(tag.name)
        grid.addWidget(self.tag_combo, SCOPES.index("tag"), 1)
        self.scope_buttons["current"].setEnabled(self.current_id is not None)
        self.scope_buttons["selected"].setEnabled(bool(self.selected_ids))
        self.scope_buttons["query"].setEnabled(bool(self.query))
        self.scope_buttons["tag"].setEnabled(self.tag_combo.count() > 0)
        self.tag_combo.setEnabled(False)
        self.scope_group.idToggled.connect(self._scope_toggled)
        self.tag_combo.currentIndexChanged.connect(lambda _i: self.update_summary())
        return box

    def _options_box(self) -> QGroupBox:
        defaults = ExportOptions()
        box = QGroupBox(self.tr("Report"))
        form = QFormLayout(box)
        self.title_edit = QLineEdit(defaults.title)
        self.title_edit.textEdited.connect(self._title_edited)
        self.author_edit = QLineEdit(defaults.author)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Author:"), self.author_edit)

        def check(text: str, on: bool) -> QCheckBox:
            c = QCheckBox(text)
            c.setChecked(on)
            return c

        self.title_page = check(self.tr("Title page"), defaults.title_page)
        self.toc = check(self.tr("Table of contents"), defaults.toc)
        self.metadata = check(self.tr("Document details (date, source, author)"),
                              defaults.metadata)
        self.summary = check(self.tr("Summary of"), defaults.summary)
        self.sentences = QSpinBox()
        self.sentences.setRange(1, 20)
        self.sentences.setValue(defaults.summary_sentences)
        self.sentences.setSuffix(self.tr(" sentences"))
        self.summary.toggled.connect(self.sentences.setEnabled)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary)
        summary_row.addWidget(self.sentences)
        summary_row.addStretch(1)
        self.entities = check(self.tr("Key people, organisations, places and documents"),
                              defaults.entities)
        self.annotations = check(self.tr("Notes"), defaults.annotations)
        self.full_text = check(self.tr("Full text"), defaults.full_text)
        self.comments = check(self.tr("with the notes as Word comments"), defaults.comments)
        self.comments.setEnabled(defaults.full_text)
        self.full_text.toggled.connect(self.comments.setEnabled)
        full_row = QHBoxLayout()
        full_row.addWidget(self.full_text)
        full_row.addWidget(self.comments)
        full_row.addStretch(1)
        self.appendix = check(self.tr("Appendix: index of entities"), defaults.appendix)
        for widget in (self.title_page, self.toc, self.metadata):
            form.addRow(widget)
        form.addRow(summary_row)
        form.addRow(self.entities)
        form.addRow(self.annotations)
        form.addRow(full_row)
        form.addRow(self.appendix)
        return box

    def _output_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Save as:")))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPath")
        self.path_edit.textEdited.connect(lambda _t: setattr(self, "_path_edited", True))
        row.addWidget(self.path_edit, 1)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.choose_path)
        row.addWidget(browse)
        return row

    def _choose_initial_scope(self) -> None:
        for key in ("selected", "current", "query", "all"):
            button = self.scope_buttons[key]
            if button.isEnabled() and (key != "selected" or len(self.selected_ids) > 1):
                button.setChecked(True)
                return
        self.scope_buttons["all"].setChecked(True)

    def _title_edited(self, title: str) -> None:
        if not self._path_edited:
            folder = Path(self.path_edit.text()).parent if self.path_edit.text() else default_folder()
            self.path_edit.setText(str(folder / file_name_for(title)))

    def choose_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"),
                                              self.path_edit.text(),
                                              self.tr("Word document (*.docx)"))
        if path:
            if not path.lower().endswith(".docx"):
                path += ".docx"
            self.path_edit.setText(QDir.toNativeSeparators(path))
            self._path_edited = True

    # --- scope and summary --------------------------------------------------------------------
    def scope_key(self) -> str:
        checked = self.scope_group.checkedId()
        return SCOPES[checked] if checked >= 0 else "all"

    def set_scope(self, key: str) -> None:
        self.scope_buttons[key].setChecked(True)

    def scope(self) -> ExportScope:
        key = self.scope_key()
        if key == "current" and self.current_id is not None:
            return ExportScope("documents", doc_ids=(self.current_id,))
        if key == "selected" and self.selected_ids:
            return ExportScope("documents", doc_ids=tuple(self.selected_ids))
        if key == "query" and self.query:
            return ExportScope("query", query=self.query)
        if key == "tag" and self.tag_combo.currentText():
            return ExportScope("tag", tag=self.tag_combo.currentText())
        return ExportScope("all")

    def options(self) -> ExportOptions:
        return ExportOptions(
            title=self.title_edit.text().strip() or ExportOptions().title,
            author=self.author_edit.text().strip(),
            title_page=self.title_page.isChecked(), toc=self.toc.isChecked(),
            metadata=self.metadata.isChecked(), summary=self.summary.isChecked(),
            summary_sentences=self.sentences.value(), entities=self.entities.isChecked(),
            annotations=self.annotations.isChecked(), full_text=self.full_text.isChecked(),
            comments=self.comments.isChecked(), appendix=self.appendix.isChecked())

    def _scope_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.tag_combo.setEnabled(self.scope_key() == "tag")
            self.update_summary()

    def update_summary(self) -> None:
        self.summary_label.setText(self.tr("Counting…"))
        self._summary.request(self.scope())

    def _summary_ready(self, _scope: ExportScope, summary: ScopeSummary) -> None:
        text = self.tr("%1 document(s), %2 note(s), %3 as Word comments")
        for i, n in enumerate((summary.documents, summary.annotations, summary.comments), 1):
            text = text.replace(f"%{i}", str(n))
        self.summary_label.setText(text)
        self.export_button.setEnabled(self.task is None and summary.documents > 0)
        self.summaryShown.emit(summary)

    # --- export -------------------------------------------------------------------------------
    def start_export(self) -> None:
        if self.task is not None:
            return
        text = self.path_edit.text().strip()
        if not text:
            self._show_error(self.tr("Choose where to save the report."))
            return
        out = Path(text).expanduser()
        if out.suffix.lower() != ".docx":
            out = out.with_name(out.name + ".docx")
        self.result = None
        self.message.hide()
        self.open_folder_button.hide()
        task = Task(write_report, self.ws, self.scope(), self.options(), out,
                    with_progress=True, with_cancel=True)
        task.signals.progress.connect(self._progress)
        task.signals.cancelled.connect(self._cancelled)
        task.signals.finished.connect(self._finished)
        self.task = task
        self.progress.setRange(0, 0)
        self.progress.show()
        self.export_button.setEnabled(False)
        self.runner.start(task, self._done, self._failed)

    def _progress(self, done: int, total: int, _what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self) -> None:
        self.task = None
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.progress.hide()

    def _done(self, result: ExportResult) -> None:
        self.result = result
        text = self.tr("Saved %1: %2 document(s), %3 note(s).")
        for i, value in enumerate((str(result.path), result.documents, result.annotations), 1):
            text = text.replace(f"%{i}", str(value))
        self._show_message(text, error=False)
        self.open_folder_button.show()
        self.cancel_button.setText(self.tr("Close"))
        self.exported.emit(result)

    def _failed(self, message: str, _trace: str) -> None:
        # OutputError carries a sentence for the user; anything else is a bug worth showing.
        self._show_error(self.tr("The report was not saved: %1").replace("%1", message))
        self.exportFailed.emit(message)

    def _cancelled(self) -> None:
        self._show_message(self.tr("Export cancelled; nothing was written."), error=False)
        self.exportCancelled.emit()

    def _show_error(self, text: str) -> None:
        self._show_message(text, error=True)

    def _show_message(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #c0392b; font-weight: bold;" if error else "")
        self.message.show()

    def cancel(self) -> None:
        """Stop a running export; without one, close the dialog."""
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.message.setText(self.tr("Cancelling…"))
            self.message.show()
        else:
            self.reject()

    def reject(self) -> None:
        if self.task is not None:  # Esc or the window's close button while exporting
            self.task.cancel()
        super().reject()

    def open_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path.parent)))
