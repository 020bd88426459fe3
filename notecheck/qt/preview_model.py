"""Flags a candidate rule book would add or no longer raise, as a table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from notecheck.qt import labels
from notecheck.qt.queue_model import excerpt_around
from notecheck.qt.rows_model import RowsModel
from notecheck.records import PreviewItem


class PreviewModel(RowsModel[PreviewItem]):
    """One row per flag added (or removed) by a rule change, with the words and their sentence."""

    def set_items(self, items: Sequence[PreviewItem]) -> None:
        self.beginResetModel()
        self.rows = list(items)
        self.endResetModel()

    def titles(self) -> list[str]:
        return [self.tr("Call"), self.tr("Line"), self.tr("Rule"), self.tr("Severity"), self.tr("Words"),
                self.tr("Review"), self.tr("Excerpt")]

    def cell(self, item: PreviewItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = [item.call_ref, str(item.line), item.rule, labels.severity_label(item.severity), item.text,
                      labels.status_label(item.status) if item.status else "", excerpt_around(item.excerpt, item.text)]
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 6:
            return item.excerpt
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            return labels.color(labels.SEVERITY_COLORS.get(item.severity, "#000000"))
        return None
