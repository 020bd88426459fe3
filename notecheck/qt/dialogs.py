"""Small dialogs for decisions: a reason (picked from common ones, with free text) and a manual flag."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from notecheck.qt import labels
from notecheck.qt.queue_view import CATEGORIES, SEVERITIES


class ReasonDialog(QDialog):
    """Asks why: a common reason from a list and/or words of one's own; OK only once there is a reason."""

    def __init__(self, title: str, prompt: str, reasons: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.picker = QComboBox()
        self.picker.addItem(self.tr("Choose a reason…"), "")
        for r in reasons:
            self.picker.addItem(r, r)
        self.details = QPlainTextEdit()
        self.details.setPlaceholderText(self.tr("Details (optional when a reason is chosen)"))
        self.details.setFixedHeight(80)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.picker)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        self.picker.currentIndexChanged.connect(lambda _i: self._update())
        self.details.textChanged.connect(self._update)
        self._update()
        self.resize(440, self.sizeHint().height())

    def reason(self) -> str:
        picked = self.picker.currentData() or ""
        extra = " ".join(self.details.toPlainText().split())
        if picked and extra:
            return f"{picked}: {extra}"
        return picked or extra

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason()))

    @classmethod
    def dismissal(cls, parent: QWidget, count: int) -> ReasonDialog:
        return cls(QCoreApplication.translate("ReasonDialog", "Dismiss"),
                   QCoreApplication.translate("ReasonDialog", "Why is this not a violation? (%n flag(s))", "", count),
                   [QCoreApplication.translate("ReasonDialog", "Negated or conditional in context"),
                    QCoreApplication.translate("ReasonDialog", "The customer said it"),
                    QCoreApplication.translate("ReasonDialog", "The agent was quoting the customer"),
                    QCoreApplication.translate("ReasonDialog", "Accurate, permitted statement"),
                    QCoreApplication.translate("ReasonDialog", "Transcription error"),
                    QCoreApplication.translate("ReasonDialog", "Duplicate of another flag")], parent)

    @classmethod
    def returning(cls, parent: QWidget, count: int) -> ReasonDialog:
        return cls(QCoreApplication.translate("ReasonDialog", "Return to reviewer"),
                   QCoreApplication.translate("ReasonDialog", "Why should the reviewer decide again? (%n flag(s))", "",
                                              count),
                   [QCoreApplication.translate("ReasonDialog", "Listen to the whole call"),
                    QCoreApplication.translate("ReasonDialog", "The decision looks wrong"),
                    QCoreApplication.translate("ReasonDialog", "The reason does not explain the decision"),
                    QCoreApplication.translate("ReasonDialog", "Needs compliance input")], parent)


def ask_reason(dialog: ReasonDialog, then: Callable[[str], None]) -> None:
    """Open the dialog without blocking; call `then(reason)` if it is accepted."""
    dialog.accepted.connect(lambda: then(dialog.reason()))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


class ManualFlagDialog(QDialog):
    """A flag the rules missed: the chosen words, a category, a severity and a note."""

    def __init__(self, words: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a flag"))
        self.words = QLabel(f"“{words}”")
        self.words.setWordWrap(True)
        self.category = QComboBox()
        for c in CATEGORIES:
            self.category.addItem(labels.category_label(c), c)
        self.severity = QComboBox()
        for s in SEVERITIES:
            self.severity.addItem(labels.severity_label(s), s)
        self.severity.setCurrentIndex(SEVERITIES.index("medium"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What the rules missed"))
        form = QFormLayout()
        form.addRow(self.tr("Words"), self.words)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())
