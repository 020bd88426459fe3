"""The audit trail: every recorded action, oldest first, fetched page by page; and a check of its hash chain."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from notecheck.qt import labels
from notecheck.qt.rows_model import Index, RowsModel
from notecheck.qt.worker import Worker
from notecheck.records import AuditEventView, AuditReport, Changes

PAGE = 500


class AuditModel(RowsModel[AuditEventView]):
    """Audit events, loaded a page at a time as the view scrolls (canFetchMore / fetchMore, off the UI thread)."""

    loaded = Signal()

    def __init__(self, worker: Worker, parent: Any = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.flag_id: int | None = None
        self._exhausted = True
        self._fetching = False
        self._generation = 0

    def load(self, flag_id: int | None = None) -> None:
        self.beginResetModel()
        self._generation += 1
        self.flag_id = flag_id
        self.rows = []
        self._exhausted = False
        self._fetching = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted or self._fetching:
            return
        self._fetching = True
        generation, flag_id = self._generation, self.flag_id
        after = self.rows[-1].id if self.rows else 0

        def fetch(ws: Any, _task: Any) -> list[AuditEventView]:
            return ws.audit_events(flag_id=flag_id, after_id=after, limit=PAGE)

        self._worker.run(fetch, done=lambda events: self._arrived(generation, events),
                         failed=lambda _e: self._failed(generation))

    def _arrived(self, generation: int, events: Sequence[AuditEventView]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if len(events) < PAGE:
            self._exhausted = True
        if events:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(events) - 1)
            self.rows.extend(events)
            self.endInsertRows()
        self.loaded.emit()

    def _failed(self, generation: int) -> None:
        if generation == self._generation:
            self._fetching = False
            self._exhausted = True

    def titles(self) -> list[str]:
        return [self.tr("#"), self.tr("Time (UTC)"), self.tr("Who"), self.tr("Role"), self.tr("Action"),
                self.tr("Subject"), self.tr("Reason"), self.tr("Rules")]

    def cell(self, e: AuditEventView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return [str(e.id), e.at.strftime("%Y-%m-%d %H:%M:%S"), e.actor, labels.role_label(e.role),
                    labels.action_label(e.action), e.subject, e.reason or "", e.ruleset or ""][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{e.action} {e.subject}\nbefore: {e.before}\nafter: {e.after}\nhash: {e.hash}"
        return None


class AuditPage(QWidget):
    """The audit events (all, or one flag's) and a button that checks the chain has not been tampered with."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.model = AuditModel(worker, self)
        self.flag_filter = QLineEdit()
        self.flag_filter.setPlaceholderText(self.tr("Flag id (empty: every event)"))
        self.flag_filter.setClearButtonEnabled(True)
        self.flag_filter.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.flag_filter.placeholderText()) + 40)
        self.flag_filter.returnPressed.connect(self._filter)
        show = QPushButton(self.tr("Show"))
        show.clicked.connect(self._filter)
        self.verify_button = QPushButton(self.tr("Verify the chain"))
        self.verify_button.clicked.connect(self.verify)
        self.verdict = QLabel()
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Flag")))
        top.addWidget(self.flag_filter)
        top.addWidget(show)
        top.addStretch(1)
        top.addWidget(self.verdict)
        top.addWidget(self.verify_button)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        for column, width in enumerate((50, 140, 90, 120, 110, 110, 260)):
            self.table.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._stale = True

    def show_flag(self, flag_id: int | None) -> None:
        self.flag_filter.setText("" if flag_id is None else str(flag_id))
        self.model.load(flag_id)
        self._stale = False

    def _filter(self) -> None:
        text = self.flag_filter.text().strip()
        self.show_flag(int(text) if text.isdigit() else None)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self._filter()

    def apply_changes(self, changes: Changes) -> None:
        if changes.audit:
            if self.isVisible():
                self._filter()
            else:
                self._stale = True

    def verify(self) -> None:
        self.verdict.setText(self.tr("Checking…"))

        def run(ws: Any, _task: Any) -> AuditReport:
            return ws.verify_audit()

        self.worker.run(run, done=self._verified, failed=lambda e: self.verdict.setText(str(e)))

    def _verified(self, report: AuditReport) -> None:
        if report.ok:
            self.verdict.setText("<span style='color:#2e7d32'>"
                                 + self.tr("Intact: %1 events, head %2.").replace("%1", str(report.events))
                                 .replace("%2", report.head[:12]) + "</span>")
        else:
            self.verdict.setText("<span style='color:#c62828'>" + report.problem + "</span>")
