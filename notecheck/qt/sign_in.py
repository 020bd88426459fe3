"""Signing in (user and role), the first-run welcome that creates the first account, and adding people."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from notecheck.qt import labels
from notecheck.records import UserInfo

USER_NAME = re.compile(r"^[a-z_][a-z0-9_.\-]{0,62}$")
ROLES = ("qa_reviewer", "supervisor", "compliance_officer", "admin")


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #c62828")
    label.setWordWrap(True)
    return label


class SignInDialog(QDialog):
    """Pick who you are (each person has a role) and give your password."""

    submitted = Signal(str, str)

    def __init__(self, users: Sequence[UserInfo], last_user: str = "", hint: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to notecheck"))
        self.user = QComboBox()
        for u in users:
            if u.active:
                self.user.addItem(f"{u.display_name or u.name} — {labels.role_label(u.role)}", u.name)
        found = self.user.findData(last_user)
        if found >= 0:
            self.user.setCurrentIndex(found)
        self.roles = {u.name: u.role for u in users}
        self.role = QLabel()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password"), self.password)
        self.buttons = QDialogButtonBox()
        self.sign_in_button = self.buttons.addButton(self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            note.setStyleSheet("color: #555")
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.user.currentIndexChanged.connect(lambda _i: self._show_role())
        self._show_role()
        self.password.setFocus()
        self.resize(420, self.sizeHint().height())

    def _show_role(self) -> None:
        self.role.setText(labels.role_label(self.roles.get(self.user.currentData() or "", "")))

    def _submit(self) -> None:
        name = self.user.currentData()
        if not name:
            self.error.setText(self.tr("There is no one to sign in as."))
            return
        self.error.clear()
        self.sign_in_button.setEnabled(False)
        self.submitted.emit(name, self.password.text())

    def refused(self, message: str) -> None:
        self.sign_in_button.setEnabled(True)
        self.error.setText(message)
        self.password.selectAll()
        self.password.setFocus()


class WelcomeDialog(QDialog):
    """First run: create the first account (an administrator) and, if wished, load the sample calls."""

    submitted = Signal(str, str, str, bool)
    """name, display name, password, load samples."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to notecheck"))
        intro = QLabel(self.tr("This database is new. Create the first account — it administers notecheck and adds "
                               "the reviewers, supervisors and compliance officers."))
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("lower-case, e.g. maria.chen"))
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.samples = QCheckBox(self.tr("Load the built-in sample calls to try it out"))
        self.samples.setChecked(True)
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.name)
        form.addRow(self.tr("Full name"), self.display_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat password"), self.repeat)
        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(self.tr("Create account"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.samples)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())

    def _submit(self) -> None:
        name = self.name.text().strip()
        if not USER_NAME.match(name):
            self.error.setText(self.tr("User names use lower-case letters, digits, '_', '.' and '-'."))
            return
        if not self.password.text():
            self.error.setText(self.tr("Choose a password."))
            return
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("The passwords differ."))
            return
        self.error.clear()
        self.create_button.setEnabled(False)
        self.submitted.emit(name, self.display_name.text().strip(), self.password.text(), self.samples.isChecked())

    def refused(self, message: str) -> None:
        self.create_button.setEnabled(True)
        self.error.setText(message)


class UsersDialog(QDialog):
    """The people in this database, and a form to add one (administrators only)."""

    add_requested = Signal(str, str, str, str)
    """name, display name, role, password."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("People"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("User"), self.tr("Name"), self.tr("Role")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.name = QLineEdit()
        self.display_name = QLineEdit()
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(labels.role_label(role), role)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self._submit)
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.name)
        form.addRow(self.tr("Full name"), self.display_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password"), self.password)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        title = QLabel(self.tr("Add a person"))
        title.setStyleSheet("font-weight: bold")
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.resize(520, 480)

    def set_users(self, users: Sequence[UserInfo]) -> None:
        self.table.setRowCount(len(users))
        for r, u in enumerate(users):
            for c, text in enumerate((u.name, u.display_name, labels.role_label(u.role))):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def _submit(self) -> None:
        name = self.name.text().strip()
        if not USER_NAME.match(name):
            self.error.setText(self.tr("User names use lower-case letters, digits, '_', '.' and '-'."))
            return
        if not self.password.text():
            self.error.setText(self.tr("Choose a password."))
            return
        self.error.clear()
        self.add_button.setEnabled(False)
        self.add_requested.emit(name, self.display_name.text().strip(), self.role.currentData(), self.password.text())

    def added(self) -> None:
        self.add_button.setEnabled(True)
        self.name.clear()
        self.display_name.clear()
        self.password.clear()

    def refused(self, message: str) -> None:
        self.add_button.setEnabled(True)
        self.error.setText(message)
