"""The compliance officer's page: the active rule sets, an editor with live problems, examples, preview, publish.

Edits are drafts: every keystroke (debounced) is checked off the UI thread and problems are marked at
their line. A draft can run its rules' examples and be previewed against the stored calls; only a
draft that loads without a problem can be published, so a broken file never replaces the active rules.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from notecheck.qt import labels
from notecheck.qt import operations as ops
from notecheck.qt.preview_model import PreviewModel
from notecheck.qt.rule_editor import Problem, RuleEditor
from notecheck.qt.worker import Task, Worker
from notecheck.records import Changes, PublishResult, RulebookInfo, RulebookPreview, UserInfo

CHECK_DELAY_MS = 400
PUBLISHERS = ("compliance_officer", "admin")


class RulesPage(QWidget):
    """Active rule book, rule-file editor with live checking, examples, preview and publishing."""

    message = Signal(str)
    checked = Signal(object)
    """A RuleCheck for the current draft arrived."""
    previewed = Signal(object)
    published = Signal(object)

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.info: RulebookInfo | None = None
        self.stored: dict[str, str] = {}
        self.files: dict[str, str] = {}
        self.current: str | None = None
        self.user: UserInfo | None = None
        self.last_check: ops.RuleCheck | None = None
        self._check_request = 0
        self._loading_text = False
        self._job: Task | None = None

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Rule set"), self.tr("Version"), self.tr("File")])
        self.tree.setRootIsDecorated(True)
        self.tree.itemActivated.connect(self._tree_item_chosen)
        self.tree.itemClicked.connect(self._tree_item_chosen)
        self.open_button = QPushButton(self.tr("Open rule file…"))
        self.open_button.clicked.connect(self._choose_file)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Active rule book"))
        title.setStyleSheet("font-weight: bold")
        left_layout.addWidget(title)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.open_button)

        self.file_label = QLabel(self.tr("No file open"))
        self.file_label.setStyleSheet("font-weight: bold")
        self.examples_button = QPushButton(self.tr("Run examples"))
        self.examples_button.clicked.connect(self.run_examples)
        self.preview_button = QPushButton(self.tr("Preview on stored calls"))
        self.preview_button.clicked.connect(self.preview)
        self.publish_button = QPushButton(self.tr("Publish…"))
        self.publish_button.clicked.connect(self._ask_publish)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Throw away the changes to this file"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.save_button.clicked.connect(self._save_copy)
        buttons = QHBoxLayout()
        buttons.addWidget(self.file_label, 1)
        for b in (self.revert_button, self.save_button, self.examples_button, self.preview_button,
                  self.publish_button):
            buttons.addWidget(b)

        self.editor = RuleEditor()
        self.editor.textChanged.connect(self._edited)
        self.check_status = QLabel()
        self.problems_list = QListWidget()
        self.problems_list.itemActivated.connect(self._problem_chosen)
        self.problems_list.itemClicked.connect(self._problem_chosen)
        problems = QWidget()
        problems_layout = QVBoxLayout(problems)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.check_status)
        problems_layout.addWidget(self.problems_list, 1)

        self.preview_summary = QLabel(self.tr("Preview what a change does to the stored calls before publishing it."))
        self.preview_summary.setWordWrap(True)
        self.preview_bar = QProgressBar()
        self.preview_bar.setVisible(False)
        self.added_model = PreviewModel(self)
        self.removed_model = PreviewModel(self)
        self.preview_tabs = QTabWidget()
        for model, label in ((self.added_model, self.tr("Added")), (self.removed_model, self.tr("Removed"))):
            view = QTableView()
            view.setModel(model)
            view.verticalHeader().setVisible(False)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.horizontalHeader().setStretchLastSection(True)
            view.setWordWrap(False)
            view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
            for column, width in enumerate((130, 50, 200, 70, 200, 90)):
                view.setColumnWidth(column, width)
            self.preview_tabs.addTab(view, label)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.preview_summary)
        preview_layout.addWidget(self.preview_bar)
        preview_layout.addWidget(self.preview_tabs, 1)

        self.bottom = QTabWidget()
        self.bottom.addTab(problems, self.tr("Problems"))
        self.bottom.addTab(preview, self.tr("Preview"))
        right_split = QSplitter(Qt.Orientation.Vertical)
        right_split.addWidget(self.editor)
        right_split.addWidget(self.bottom)
        right_split.setStretchFactor(0, 3)
        right_split.setStretchFactor(1, 1)
        right_split.setSizes([520, 200])
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(buttons)
        right_layout.addWidget(right_split, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self._update_buttons()

    # -- the active rule book -----------------------------------------------------------------------
    def set_user(self, user: UserInfo | None) -> None:
        self.user = user
        self._update_buttons()

    def load_active(self) -> None:
        """Fetch the active rule book and its files (drafts of unchanged files follow the new version)."""
        self.worker.run(lambda ws, _t: ops.stored_rules(ws), done=self._active_arrived)

    def _active_arrived(self, result: tuple[RulebookInfo | None, dict[str, str]]) -> None:
        info, stored = result
        edited = {name for name, text in self.files.items() if self.stored.get(name) != text}
        self.info = info
        self.stored = dict(stored)
        for name, text in stored.items():
            if name not in edited:
                self.files[name] = text
        self._fill_tree()
        if self.current is None and self.files:
            self.open_file(sorted(self.files)[0])
        elif self.current is not None and self.current not in edited:
            self._show_text(self.files.get(self.current, ""))
        self._update_buttons()

    def _fill_tree(self) -> None:
        self.tree.clear()
        if self.info is None:
            self.summary.setText(self.tr("No rule book has been published yet: the rules shipped with notecheck "
                                         "are published on the first import."))
        else:
            when = labels.local_time(self.info.published_at)
            self.summary.setText(self.tr("Version %1, published %2 by %3.").replace("%1", self.info.sha256[:12])
                                 .replace("%2", when).replace("%3", self.info.published_by or "—"))
        by_file = {rs.filename: rs for rs in (self.info.rulesets if self.info else ())}
        for name in sorted(self.files):
            rs = by_file.get(name)
            edited = self.stored.get(name) != self.files[name]
            item = QTreeWidgetItem([rs.name if rs else Path(name).stem, rs.version if rs else "",
                                    name + (" *" if edited else "")])
            item.setData(0, Qt.ItemDataRole.UserRole, name)
            if rs:
                item.setToolTip(0, f"{rs.name}@{rs.version} ({rs.sha256[:12]})")
            if edited:
                item.setToolTip(2, self.tr("Changed, not published"))
            self.tree.addTopLevelItem(item)
        for i in range(3):
            self.tree.resizeColumnToContents(i)

    def _tree_item_chosen(self, item: QTreeWidgetItem) -> None:
        name = item.data(0, Qt.ItemDataRole.UserRole)
        if name and name != self.current:
            self.open_file(name)

    # -- editing ------------------------------------------------------------------------------------
    def open_file(self, name: str) -> None:
        """Show a rule file of the draft in the editor."""
        self._keep_editor_text()
        self.current = name
        self.file_label.setText(name)
        self._show_text(self.files.get(name, ""))
        self.last_check = None
        if self.isVisible():  # else when the page is first shown (checking loads the matching engine)
            self.check_now()
        self._update_buttons()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.last_check is None and self.files:
            self.check_now()

    def open_path(self, path: str | Path) -> None:
        """Add a rule file from disk to the draft (replacing a file of the same name) and open it."""
        source = Path(path)

        def read(_task: Any) -> str:
            return source.read_text(encoding="utf-8")

        def done(text: str) -> None:
            self._keep_editor_text()
            self.files[source.name] = text
            self._fill_tree()
            self.open_file(source.name)

        self.worker.run_free(read, done=done, failed=lambda e: self.message.emit(str(e)))

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open rule file"), "",
                                              self.tr("Rule files (*.yaml *.yml)"))
        if path:
            self.open_path(path)

    def _show_text(self, text: str) -> None:
        self._loading_text = True
        self.editor.setPlainText(text)
        self._loading_text = False

    def _keep_editor_text(self) -> None:
        if self.current is not None:
            self.files[self.current] = self.editor.toPlainText()

    def _edited(self) -> None:
        if self._loading_text or self.current is None:
            return
        self.files[self.current] = self.editor.toPlainText()
        self.last_check = None
        self._update_buttons()
        self.check_status.setText(self.tr("Checking…"))
        self._timer.start()

    def revert(self) -> None:
        if self.current is None:
            return
        if self.current in self.stored:
            self.files[self.current] = self.stored[self.current]
            self._show_text(self.stored[self.current])
        self._fill_tree()
        self.check_now()

    def draft(self) -> dict[str, str]:
        self._keep_editor_text()
        return dict(self.files)

    def changed(self) -> bool:
        return self.draft() != self.stored

    # -- checking -----------------------------------------------------------------------------------
    def check_now(self, examples: bool = False) -> None:
        """Check the whole draft off the UI thread (with the rules' examples if asked)."""
        self._timer.stop()
        sources = self.draft()
        if not sources:
            return
        self._check_request += 1
        request = self._check_request
        self.check_status.setText(self.tr("Running the examples…") if examples else self.tr("Checking…"))

        def check(_task: Any) -> ops.RuleCheck:
            return ops.check_rules(sources, examples=examples)

        self.worker.run_free(check, done=lambda result: self._checked(request, result, examples),
                             failed=lambda e: self.message.emit(str(e)))

    def run_examples(self) -> None:
        self.check_now(examples=True)

    def _checked(self, request: int, result: ops.RuleCheck, examples: bool) -> None:
        if request != self._check_request:
            return
        self.last_check = result
        self._fill_tree()
        self._show_problems(result.problems)
        if result.ok:
            if examples:
                text = self.tr("All %1 examples of %2 rules behave as written.").replace("%1", str(result.examples)) \
                    .replace("%2", str(result.rules))
            else:
                text = self.tr("No problems: %1 rules in %2.").replace("%1", str(result.rules)) \
                    .replace("%2", ", ".join(result.rulesets))
            self.check_status.setText(f"<span style='color:#2e7d32'>{text}</span>")
        else:
            self.check_status.setText("<span style='color:#c62828'>"
                                      + self.tr("%n problem(s): the active rules stay in use until they are fixed.",
                                                "", len(result.problems))
                                      + "</span>")
            self.bottom.setCurrentIndex(0)
        self._update_buttons()
        self.checked.emit(result)

    def _show_problems(self, problems: tuple[ops.RuleProblem, ...]) -> None:
        self.problems_list.clear()
        for p in problems:
            item = QListWidgetItem(str(p))
            item.setData(Qt.ItemDataRole.UserRole, (p.file, p.line, p.column))
            item.setForeground(Qt.GlobalColor.darkRed)
            self.problems_list.addItem(item)
        here = [Problem(p.line, p.column, p.message) for p in problems if p.file == self.current]
        self.editor.set_problems(here)

    def _problem_chosen(self, item: QListWidgetItem) -> None:
        file, line, column = item.data(Qt.ItemDataRole.UserRole)
        if file in self.files and file != self.current:
            self.open_file(file)
        self.editor.go_to(line, column)

    # -- preview and publish ------------------------------------------------------------------------
    def preview(self) -> None:
        sources = self.draft()
        self.bottom.setCurrentIndex(1)
        self.preview_bar.setVisible(True)
        self.preview_bar.setRange(0, 0)
        self.preview_summary.setText(self.tr("Scanning the stored calls with the draft…"))

        def progress(update: Any) -> None:
            self.preview_bar.setRange(0, max(update.total, 1))
            self.preview_bar.setValue(update.done)

        self._job = self.worker.run_job(lambda ws, task: ops.preview_rules(ws, task, sources), progress=progress,
                                        done=self._previewed, failed=self._job_failed)

    def _previewed(self, preview: RulebookPreview) -> None:
        self.preview_bar.setVisible(False)
        self.added_model.set_items(preview.added)
        self.removed_model.set_items(preview.removed)
        self.preview_tabs.setTabText(0, self.tr("Added (%1)").replace("%1", str(len(preview.added))))
        self.preview_tabs.setTabText(1, self.tr("Removed (%1)").replace("%1", str(len(preview.removed))))
        reviewed = sum(1 for item in preview.removed if item.status and item.status != "open")
        text = self.tr("On %1 stored calls the draft adds %2 flags and no longer raises %3 (%4 of them already "
                       "reviewed); %5 stay as they are.").replace("%1", str(preview.calls)) \
            .replace("%2", str(len(preview.added))).replace("%3", str(len(preview.removed))) \
            .replace("%4", str(reviewed)).replace("%5", str(preview.unchanged))
        self.preview_summary.setText(text)
        self.previewed.emit(preview)

    def _job_failed(self, error: BaseException) -> None:
        self.preview_bar.setVisible(False)
        from notecheck.rulebook import RulebookError

        if isinstance(error, RulebookError):
            problems = tuple(ops.RuleProblem(Path(e.path).name, e.line, e.column, e.message) for e in error.errors)
            self.last_check = ops.RuleCheck(problems)
            self._show_problems(problems)
            self.check_status.setText("<span style='color:#c62828'>"
                                      + self.tr("The draft has problems; nothing was changed.") + "</span>")
            self.bottom.setCurrentIndex(0)
            self._update_buttons()
        else:
            self.preview_summary.setText(str(error))
        self.message.emit(str(error))

    def _ask_publish(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Publish rules"))
        note = QLineEdit()
        note.setPlaceholderText(self.tr("What changed and why"))
        text = QLabel(self.tr("Publish the draft as the new active rule book? The stored calls are scanned again; "
                              "reviewed flags keep their decisions."))
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(note)
        layout.addWidget(buttons)
        dialog.accepted.connect(lambda: self.publish(note.text()))
        dialog.finished.connect(dialog.deleteLater)
        self.publish_dialog = dialog
        dialog.open()

    def publish(self, note: str) -> None:
        sources = self.draft()
        self.publish_button.setEnabled(False)
        self.message.emit(self.tr("Publishing the rules and scanning the stored calls again…"))
        self._job = self.worker.run_job(lambda ws, task: ops.publish_rules(ws, task, sources, note),
                                        done=self._published, failed=self._job_failed, origin=self)

    def _published(self, result: PublishResult) -> None:
        rescan = result.rescan
        text = self.tr("Published %1.").replace("%1", result.rulebook.sha256[:12])
        if rescan is not None:
            text += " " + self.tr("Re-scan: %1 flags added, %2 no longer raised.").replace("%1", str(rescan.added)) \
                .replace("%2", str(rescan.retired))
        self.message.emit(text)
        self.published.emit(result)

    def apply_changes(self, changes: Changes) -> None:
        if changes.rules:
            self.load_active()

    # -- buttons ------------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        has_draft = bool(self.files)
        self.examples_button.setEnabled(has_draft)
        self.preview_button.setEnabled(has_draft)
        self.save_button.setEnabled(self.current is not None)
        self.revert_button.setEnabled(self.current is not None and self.current in self.stored)
        why = self.why_not_publish()
        self.publish_button.setEnabled(why is None)
        self.publish_button.setToolTip(why or self.tr("Make the draft the active rule book"))

    def why_not_publish(self) -> str | None:
        if self.user is None or self.user.role not in PUBLISHERS:
            return self.tr("Only a compliance officer or an administrator can publish rules.")
        if not self.files:
            return self.tr("There are no rule files to publish.")
        if self.last_check is None:
            return self.tr("The draft is being checked.")
        if not self.last_check.ok:
            return self.tr("The draft has problems; fix them first (the active rules stay in use).")
        if not self.changed():
            return self.tr("The draft is the same as the active rules.")
        return None

    def _save_copy(self) -> None:
        if self.current is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), self.current,
                                              self.tr("Rule files (*.yaml *.yml)"))
        if not path:
            return
        text = self.editor.toPlainText()
        self.worker.run_free(lambda _t: Path(path).write_text(text, encoding="utf-8"),
                             done=lambda _n: self.message.emit(self.tr("Saved %1.").replace("%1", path)),
                             failed=lambda e: self.message.emit(str(e)))
