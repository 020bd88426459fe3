"""Import progress: a bar, what each file came to (errors listed, the rest carrying on), and cancel."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from notecheck.qt.rows_model import RowsModel
from notecheck.records import FileOutcome, ImportProgress, ImportReport

STATUS_COLORS = {"imported": "#2e7d32", "duplicate": "#8a6d00", "failed": "#c62828", "skipped": "#6d6d6d"}


class ImportFilesModel(RowsModel[FileOutcome]):
    """One row per file of an import, in the order they were done."""

    def add(self, outcome: FileOutcome) -> None:
        at = len(self.rows)
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.append(outcome)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = []
        self.endResetModel()

    def failures(self) -> list[FileOutcome]:
        return [o for o in self.rows if o.status == "failed"]

    def titles(self) -> list[str]:
        return [self.tr("File"), self.tr("Result"), self.tr("Flags"), self.tr("Message")]

    def cell(self, outcome: FileOutcome, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return os.path.basename(outcome.path) or outcome.path
            if column == 1:
                return self._status(outcome.status)
            if column == 2:
                return str(outcome.flags) if outcome.status == "imported" else ""
            return outcome.message
        if role == Qt.ItemDataRole.ToolTipRole:
            return outcome.path if column == 0 else outcome.message or None
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QColor(STATUS_COLORS.get(outcome.status, "#000000"))
        return None

    def _status(self, status: str) -> str:
        names = {"imported": self.tr("imported"), "duplicate": self.tr("already imported"),
                 "failed": self.tr("failed"), "skipped": self.tr("skipped")}
        return names.get(status, status)


class ImportPanel(QWidget):
    """Shows a running import; Cancel stops it between files."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ImportFilesModel(self)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.label = QLabel(self.tr("No import yet."))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self._cancel)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 140)
        self.table.setColumnWidth(2, 50)
        top = QHBoxLayout()
        top.addWidget(self.label, 1)
        top.addWidget(self.bar, 2)
        top.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.running = False
        self.report: ImportReport | None = None

    def start(self) -> None:
        self.running = True
        self.report = None
        self.model.clear()
        self.bar.setRange(0, 0)
        self.bar.setValue(0)
        self.label.setText(self.tr("Looking for call files…"))
        self.cancel_button.setEnabled(True)

    def progress(self, update: ImportProgress) -> None:
        self.model.add(update.outcome)
        self.bar.setRange(0, max(update.total, 1))
        self.bar.setValue(update.done)
        self.label.setText(self.tr("%1 of %2 files").replace("%1", str(update.done)).replace("%2", str(update.total)))
        if update.outcome.status == "failed":
            self.table.scrollToBottom()

    def finish(self, report: ImportReport) -> None:
        self.running = False
        self.report = report
        self.cancel_button.setEnabled(False)
        done = self.model.rowCount()
        self.bar.setRange(0, max(done, 1))
        self.bar.setValue(done)
        summary = self.tr("Imported %1, already there %2, failed %3, skipped %4.") \
            .replace("%1", str(report.count("imported"))).replace("%2", str(report.count("duplicate"))) \
            .replace("%3", str(report.count("failed"))).replace("%4", str(report.count("skipped")))
        if report.cancelled:
            summary = self.tr("Cancelled.") + " " + summary
        self.label.setText(summary)

    def fail(self, error: BaseException) -> None:
        self.running = False
        self.cancel_button.setEnabled(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.label.setText(self.tr("Import failed: %1").replace("%1", str(error)))

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling after the current file…"))
        self.cancel_requested.emit()
