"""Exporting flags: which ones, which format, where, and whether to mask personal numbers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

FORMATS = (("csv", "CSV (*.csv)"), ("xlsx", "Excel (*.xlsx)"), ("jsonl", "JSON Lines (*.jsonl)"))


class ExportDialog(QDialog):
    """Choose the flags (the queue as filtered, or all), a format and a file."""

    def __init__(self, default_folder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export flags"))
        self.scope = QComboBox()
        self.scope.addItem(self.tr("The flags the queue shows"), "queue")
        self.scope.addItem(self.tr("Every flag, retired ones too"), "all")
        self.format = QComboBox()
        for value, label in FORMATS:
            self.format.addItem(label, value)
        self.path = QLineEdit(str(Path(default_folder or Path.home()) / "notecheck-flags.csv"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.mask = QCheckBox(self.tr("Mask phone, account and ID numbers"))
        self.mask.setChecked(True)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Flags"), self.scope)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("File"), where)
        form.addRow("", self.mask)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.format.currentIndexChanged.connect(lambda _i: self._suffix())
        self.resize(520, self.sizeHint().height())

    def _suffix(self) -> None:
        path = Path(self.path.text() or "notecheck-flags")
        self.path.setText(str(path.with_suffix("." + self.format.currentData())))

    def _browse(self) -> None:
        label = dict(FORMATS)[self.format.currentData()]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export flags"), self.path.text(), label)
        if path:
            self.path.setText(path)
