"""A queue of flags: filters, a search box, counts per status, and the lazy table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from notecheck.qt import labels
from notecheck.qt.queue_model import COLUMNS, QueueModel
from notecheck.qt.worker import Worker
from notecheck.records import FlagRow

if TYPE_CHECKING:
    from notecheck.store.queue import QueueFilter

CATEGORIES = ("threat_violence", "threat_legal", "third_party_pressure", "credit_misstatement", "abusive_language",
              "public_shaming", "impersonation", "misrepresentation")
SEVERITIES = ("critical", "high", "medium", "low")
LANGUAGES = ("en", "zh", "mixed")
COLUMN_WIDTHS = {"severity": 84, "category": 150, "rule": 190, "agent": 90, "date": 90, "language": 70,
                 "status": 90}


class QueueView(QWidget):
    """Filters over a lazy flag table; tells its page which flag is current and which are selected."""

    current_changed = Signal(object)
    """The current FlagRow (None when nothing is current)."""
    selection_changed = Signal()

    def __init__(self, worker: Worker, status_choices: Sequence[tuple[str, tuple[str, ...]]], *,
                 with_reviewer: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QueueModel(worker, self)
        self._status_choices = list(status_choices)
        self._pending_current: int | None = None
        self._last_current: int | None = None
        self._keep_id: int | None = None
        self._keep_row = 0

        self.status = QComboBox()
        for label, _statuses in self._status_choices:
            self.status.addItem(label)
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), "")
        for c in CATEGORIES:
            self.category.addItem(labels.category_label(c), c)
        self.severity = QComboBox()
        self.severity.addItem(self.tr("All severities"), "")
        for s in SEVERITIES:
            self.severity.addItem(labels.severity_label(s), s)
        self.language = QComboBox()
        self.language.addItem(self.tr("All languages"), "")
        for lang in LANGUAGES:
            self.language.addItem(labels.language_label(lang), lang)
        self.agent = QComboBox()
        self.agent.addItem(self.tr("All agents"), "")
        self.reviewer = QComboBox()
        self.reviewer.addItem(self.tr("All reviewers"), "")
        self.reviewer.setVisible(with_reviewer)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search words, messages, call ids"))
        self.search.setClearButtonEnabled(True)
        self.retired = QCheckBox(self.tr("Retired too"))
        self.retired.setToolTip(self.tr("Also show flags the active rules no longer raise"))
        self.counts_label = QLabel()
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)

        filters = QHBoxLayout()
        for w in (self.status, self.category, self.severity, self.language, self.agent, self.reviewer):
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(w)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.retired)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        for i, column in enumerate(COLUMNS):
            if column.key in COLUMN_WIDTHS:
                self.table.setColumnWidth(i, COLUMN_WIDTHS[column.key])
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.status, self.category, self.severity, self.language, self.agent, self.reviewer):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.retired.toggled.connect(lambda _b: self.apply_filters())
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.selection_changed.emit())
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.loaded.connect(self._restore_current)
        self.model.counts_changed.connect(self._show_counts)
        self.model.rows_fetched.connect(self._rows_fetched)
        self.model.completed.connect(self._ids_completed)
        self._active = False

    # -- filters ------------------------------------------------------------------------------------
    def query_filter(self) -> QueueFilter:
        from notecheck.store.queue import QueueFilter  # SQLAlchemy: imported on the worker before this is needed

        statuses = self._status_choices[max(0, self.status.currentIndex())][1]
        agent = self.agent.currentData() or ""
        reviewer = self.reviewer.currentData() or ""
        return QueueFilter(
            statuses=statuses,
            categories=(self.category.currentData(),) if self.category.currentData() else (),
            severities=(self.severity.currentData(),) if self.severity.currentData() else (),
            languages=(self.language.currentData(),) if self.language.currentData() else (),
            agents=(agent,) if agent else (),
            decided_by=reviewer or None,
            raised=None if self.retired.isChecked() else True,
            search=self.search.text().strip(),
        )

    def activate(self) -> None:
        """Start querying (once); until then the filters only remember their state."""
        if not self._active:
            self._active = True
            self.apply_filters()

    def apply_filters(self) -> None:
        if not self._active:
            return
        self._search_timer.stop()
        self.model.set_query(self.query_filter())

    def set_agents(self, agents: Sequence[str]) -> None:
        self._refill(self.agent, agents, lambda a: a)

    def set_reviewers(self, reviewers: Sequence[tuple[str, str]]) -> None:
        """(user name, label) pairs."""
        current = self.reviewer.currentData()
        self.reviewer.blockSignals(True)
        while self.reviewer.count() > 1:
            self.reviewer.removeItem(1)
        for name, label in reviewers:
            self.reviewer.addItem(label, name)
        found = self.reviewer.findData(current)
        self.reviewer.setCurrentIndex(max(found, 0))
        self.reviewer.blockSignals(False)

    def _refill(self, combo: QComboBox, values: Sequence[str], label: Any) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for v in values:
            combo.addItem(label(v), v)
        found = combo.findData(current)
        if found < 0 and current:
            combo.addItem(label(current), current)
            found = combo.count() - 1
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def filters_state(self) -> dict[str, Any]:
        sort = self.model.sort_key
        return {"status": self.status.currentIndex(), "category": self.category.currentData(),
                "severity": self.severity.currentData(), "language": self.language.currentData(),
                "agent": self.agent.currentData(), "reviewer": self.reviewer.currentData(),
                "search": self.search.text(), "retired": self.retired.isChecked(),
                "sort": list(sort)}

    def restore_filters(self, state: dict[str, Any] | None) -> None:
        if not state:
            return
        widgets = (self.status, self.category, self.severity, self.language, self.agent, self.reviewer, self.search,
                   self.retired)
        for w in widgets:
            w.blockSignals(True)
        try:
            if isinstance(state.get("status"), int) and 0 <= state["status"] < self.status.count():
                self.status.setCurrentIndex(state["status"])
            for combo, key in ((self.category, "category"), (self.severity, "severity"), (self.language, "language")):
                found = combo.findData(state.get(key) or "")
                combo.setCurrentIndex(max(found, 0))
            for combo, key in ((self.agent, "agent"), (self.reviewer, "reviewer")):
                value = state.get(key) or ""
                if value and combo.findData(value) < 0:
                    combo.addItem(value, value)
                combo.setCurrentIndex(max(combo.findData(value), 0))
            self.search.setText(str(state.get("search") or ""))
            self.retired.setChecked(bool(state.get("retired")))
            sort = state.get("sort")
            if isinstance(sort, list) and len(sort) == 2:
                self.model.set_sort_key(str(sort[0]), bool(sort[1]))
                if self.model.sort_key == (str(sort[0]), bool(sort[1])):
                    column = next((i for i, c in enumerate(COLUMNS) if c.sort == sort[0]), 0)
                    order = Qt.SortOrder.DescendingOrder if sort[1] else Qt.SortOrder.AscendingOrder
                    self.table.horizontalHeader().setSortIndicator(column, order)
        finally:
            for w in widgets:
                w.blockSignals(False)

    def _show_counts(self, counts: dict[str, int]) -> None:
        order = ("open", "escalated", "returned", "confirmed", "dismissed", "signed_off")
        parts = [f"<b>{counts.get(s, 0)}</b> {labels.status_label(s)}" for s in order]
        shown = self.tr("%1 shown").replace("%1", str(self.model.rowCount()))
        self.counts_label.setText(f"{shown} — " + " · ".join(parts))

    # -- current flag and selection -----------------------------------------------------------------
    def current_flag(self) -> FlagRow | None:
        index = self.table.currentIndex()
        return self.model.flag_row(index.row()) if index.isValid() else None

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.flag_id(index.row()) if index.isValid() else None

    def selected_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return rows

    def selected_flags(self) -> list[FlagRow] | None:
        """The selected flags, or None if some are still loading."""
        rows = self.selected_rows()
        found = [self.model.flag_row(r) for r in rows]
        return None if any(f is None for f in found) else [f for f in found if f is not None]

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def select_flag(self, flag_id: int) -> bool:
        row = self.model.row_of(flag_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def move(self, step: int) -> None:
        """Next (+1) or previous (−1) flag."""
        index = self.table.currentIndex()
        row = index.row() + step if index.isValid() else 0
        self.select_row(min(max(row, 0), self.model.rowCount() - 1))

    def keep_position(self, next_id: int | None) -> None:
        """After the next reload select this flag (or, if it left the queue, the row where it was)."""
        self._keep_id = next_id

    def _remember_current(self) -> None:
        index = self.table.currentIndex()
        self._keep_row = index.row() if index.isValid() else 0
        if self._keep_id is None and index.isValid():
            self._keep_id = self.model.flag_id(index.row())

    def _restore_current(self) -> None:
        keep, self._keep_id = self._keep_id, None
        row = self.model.row_of(keep) if keep is not None else None
        if row is None:
            row = min(self._keep_row, self.model.rowCount() - 1)
        if row >= 0 and self.model.rowCount():
            self.select_row(row)
        else:
            self._announce(None)
        self._show_counts(self.model.counts)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self._announce(None)
            return
        row = self.model.flag_row(current.row())
        if row is None:  # announced when its page arrives
            self._pending_current = current.row()
            return
        self._announce(row)

    def _rows_fetched(self, first: int, last: int) -> None:
        index = self.table.currentIndex()
        if self._pending_current is None or not index.isValid() or index.row() != self._pending_current:
            return
        if first <= index.row() <= last:
            row = self.model.flag_row(index.row())
            if row is not None:
                self._announce(row)

    def _ids_completed(self) -> None:
        if self._pending_current is not None:
            self.model.flag_row(self._pending_current)  # its page can be asked for now

    def _announce(self, row: FlagRow | None) -> None:
        self._pending_current = None
        self._last_current = row.id if row else None
        self.current_changed.emit(row)

    def refresh_current(self) -> None:
        """Announce the current flag again (its row was fetched afresh)."""
        index = self.table.currentIndex()
        if index.isValid():
            row = self.model.flag_row(index.row())
            if row is not None:
                self._announce(row)
