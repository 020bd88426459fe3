"""Flags a candidate rule book would add or no longer raise, as a table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from notecheck.qt import labels
from notecheck.qt.queue_model import excerpt_around
from notecheck.records import PreviewItem

Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """One row per flag added (or removed) by a rule change, with the words and their sentence."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[PreviewItem] = []

    def set_items(self, items: Sequence[PreviewItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def _titles(self) -> list[str]:
        return [self.tr("Call"), self.tr("Line"), self.tr("Rule"), self.tr("Severity"), self.tr("Words"),
                self.tr("Review"), self.tr("Excerpt")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 7:
            return self._titles()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items) or not 0 <= index.column() < 7:
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = [item.call_ref, str(item.line), item.rule, labels.severity_label(item.severity), item.text,
                      labels.status_label(item.status) if item.status else "", excerpt_around(item.excerpt, item.text)]
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 6:
            return item.excerpt
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            return labels.color(labels.SEVERITY_COLORS.get(item.severity, "#000000"))
        return None
