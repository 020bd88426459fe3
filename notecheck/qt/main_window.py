"""The main window: pages for review, sign-off, rules, dashboard and audit; import; sign-in; routing changes.

The window never holds the workspace: it submits operations to its `Worker` and redraws from their
results. Every write's `Changes` goes to each page, which decides for itself what to redraw.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from notecheck.qt import labels
from notecheck.qt import operations as ops
from notecheck.qt.audit_view import AuditPage
from notecheck.qt.export_dialog import ExportDialog
from notecheck.qt.import_panel import ImportPanel
from notecheck.qt.review_page import ReviewPage
from notecheck.qt.rules_view import RulesPage
from notecheck.qt.settings import Settings
from notecheck.qt.sign_in import SignInDialog, UsersDialog, WelcomeDialog
from notecheck.qt.signoff_page import SignOffPage
from notecheck.qt.worker import Task, Worker
from notecheck.records import Changes, ImportReport, UserInfo

HOME_PAGE = {"qa_reviewer": 0, "supervisor": 1, "compliance_officer": 2, "admin": 0}


@dataclass
class AppConfig:
    """How the window starts: which database, which rules for a new one, demo mode, where settings live."""

    db_url: str | None = None
    rules: list[str] = field(default_factory=list)
    """Rule files published when a new database gets its first calls (empty: the shipped rules)."""
    demo: bool = False
    """Offer the built-in samples and demo accounts (one per role, password `demo`)."""
    settings_path: str | None = None
    user: str | None = None
    password: str | None = None
    """Sign in without asking (scripts, benchmarks)."""
    language: str = ""


class MainWindow(QMainWindow):
    """notecheck's window."""

    ready = Signal()
    """Signed in and the first rows of the queue are on screen."""
    signed_in = Signal(object)
    import_finished = Signal(object)
    """An import ended: its ImportReport, or the exception that stopped it."""

    def __init__(self, config: AppConfig | None = None, settings: Settings | None = None) -> None:
        super().__init__()
        self.config = config or AppConfig()
        self.settings = settings or Settings(self.config.settings_path)
        self.worker = Worker(self)
        self.user: UserInfo | None = None
        self.users: tuple[UserInfo, ...] = ()
        self.team_mode = False
        self.import_task: Task | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.welcome_dialog: WelcomeDialog | None = None
        self.users_dialog: UsersDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self._ready_sent = False
        self._dashboard: Any = None

        self.setWindowTitle("notecheck")
        self.setAcceptDrops(True)
        self.review = ReviewPage(self.worker)
        self.signoff = SignOffPage(self.worker)
        self.rules = RulesPage(self.worker)
        self.audit = AuditPage(self.worker)
        self.dashboard_holder = QWidget()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.review, self.tr("Review"))
        self.tabs.addTab(self.signoff, self.tr("Sign-off"))
        self.tabs.addTab(self.rules, self.tr("Rules"))
        self.tabs.addTab(self.dashboard_holder, self.tr("Dashboard"))
        self.tabs.addTab(self.audit, self.tr("Audit"))
        self.waiting = QLabel(self.tr("Sign in to see the review queue."))
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.waiting)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)

        self.import_panel = ImportPanel()
        self.import_dock = QDockWidget(self.tr("Import"), self)
        self.import_dock.setObjectName("import_dock")
        self.import_dock.setWidget(self.import_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.import_dock)
        self.import_dock.hide()
        self.import_panel.cancel_requested.connect(self.cancel_import)

        self.user_label = QLabel(self.tr("Not signed in"))
        self.busy_label = QLabel()
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self._build_actions()

        for page in (self.review, self.signoff, self.rules):
            page.message.connect(self.show_message)
        self.worker.changed.connect(self.apply_changes)
        self.worker.failed.connect(lambda e: self.show_message(str(e), error=True))
        self.worker.busy_changed.connect(lambda busy: self.busy_label.setText(self.tr("Working…") if busy else ""))
        self.tabs.currentChanged.connect(self._tab_changed)
        self._ready_queue = self.review.queue
        self._after_ready: list[Any] = []
        for queue in (self.review.queue, self.signoff.queue):
            queue.model.loaded.connect(self._maybe_ready)
            queue.model.rows_fetched.connect(lambda _a, _b: self._maybe_ready())
        self.rules.published.connect(lambda _r: self.review.queue.model.reload())

        self._restore_layout()
        self._tab_changed(self.tabs.currentIndex())
        self._set_signed_in_actions(False)

    # -- actions and menus --------------------------------------------------------------------------
    def _action(self, text: str, slot: Any, shortcut: Any = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.import_files_action = self._action(self.tr("Import &files…"), self._choose_files,
                                                QKeySequence.StandardKey.Open,
                                                self.tr("Import call transcripts and note files"))
        self.import_folder_action = self._action(self.tr("Import f&older…"), self._choose_folder, "Ctrl+Shift+O",
                                                 self.tr("Import every call file in a folder and its subfolders"))
        self.export_action = self._action(self.tr("&Export flags…"), self.open_export, "Ctrl+E",
                                          self.tr("Export flags to CSV, Excel or JSON Lines"))
        self.export_chart_action = self._action(self.tr("Save dashboard &image…"), self._save_dashboard_image)
        self.users_action = self._action(self.tr("&People…"), self.open_users)
        self.switch_action = self._action(self.tr("&Switch user…"), self.show_sign_in)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.audit_flag_action = self._action(self.tr("Show this flag's &audit trail"), self._audit_current, "Ctrl+H")

        menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.import_files_action, self.import_folder_action, None, self.export_action,
                       self.export_chart_action, None, self.users_action, self.switch_action, None, self.quit_action):
            menu.addSeparator() if action is None else menu.addAction(action)
        self.file_menu = menu

        menu = self.menuBar().addMenu(self.tr("&Review"))
        for action in self.review.actions_in_order:
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.audit_flag_action)
        self.review_menu = menu

        menu = self.menuBar().addMenu(self.tr("&Sign-off"))
        for action in self.signoff.actions_in_order:
            menu.addAction(action)

        menu = self.menuBar().addMenu(self.tr("R&ules"))
        self.open_rule_action = self._action(self.tr("&Open rule file…"), self.rules._choose_file)
        self.examples_action = self._action(self.tr("Run the &examples"), self.rules.run_examples, "F5")
        self.preview_action = self._action(self.tr("&Preview on stored calls"), self.rules.preview, "F6")
        for action in (self.open_rule_action, self.examples_action, self.preview_action):
            menu.addAction(action)

        menu = self.menuBar().addMenu(self.tr("&View"))
        self.page_actions = []
        for i in range(self.tabs.count()):
            action = self._action(self.tabs.tabText(i), lambda _c=False, i=i: self.tabs.setCurrentIndex(i),
                                  f"Ctrl+{i + 1}")
            menu.addAction(action)
            self.page_actions.append(action)
        menu.addSeparator()
        menu.addAction(self.import_dock.toggleViewAction())
        languages = menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = self.settings.language
        for value, label in (("", self.tr("As the system")), ("en", "English"), ("zh_CN", "中文（简体）")):
            action = QAction(label, self, checkable=True)
            action.setChecked(value == current)
            action.triggered.connect(lambda _c=False, v=value: self._set_language(v))
            group.addAction(action)
            languages.addAction(action)

        menu = self.menuBar().addMenu(self.tr("&Help"))
        menu.addAction(self._action(self.tr("&Keyboard shortcuts"), self._show_shortcuts, "F1"))
        menu.addAction(self._action(self.tr("&About notecheck"), self._about))

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.import_files_action, self.import_folder_action, self.export_action):
            toolbar.addAction(action)
        self.toolbar = toolbar

    def _set_signed_in_actions(self, signed_in: bool) -> None:
        for action in (self.import_files_action, self.import_folder_action, self.export_action,
                       self.switch_action, self.audit_flag_action):
            action.setEnabled(signed_in)
        self.users_action.setEnabled(signed_in and self.user is not None and self.user.role == "admin")

    def _tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        self.review.set_active(page is self.review and self.user is not None)
        self.signoff.set_active(page is self.signoff and self.user is not None)
        if page is self.dashboard_holder and self.user is not None:
            self._ensure_dashboard()

    def _ensure_dashboard(self) -> Any:
        """Build the dashboard (and import QtCharts) the first time it is needed."""
        if self._dashboard is None:
            from PySide6.QtWidgets import QVBoxLayout

            from notecheck.qt.dashboard import DashboardPage

            self._dashboard = DashboardPage(self.worker)
            layout = QVBoxLayout(self.dashboard_holder)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self._dashboard)
            if self.dashboard_holder.isVisible():
                self._dashboard.refresh()
        return self._dashboard

    @property
    def dashboard(self) -> Any:
        return self._ensure_dashboard()

    # -- starting -----------------------------------------------------------------------------------
    def start(self) -> None:
        """Open the database in the background; then sign in (or welcome a new database)."""
        self.show_message(self.tr("Opening the database…"))
        self.worker.open(self.config.db_url, done=lambda _url: self._load_people(),
                         failed=lambda e: self._fatal(self.tr("The database cannot be opened"), e))

    def _load_people(self) -> None:
        self.worker.run(lambda ws, _t: ops.opened(ws), done=self._opened,
                        failed=lambda e: self._fatal(self.tr("The database cannot be read"), e))

    def _opened(self, info: ops.Opened) -> None:
        self.users = info.users
        self.team_mode = info.team_mode
        self.setWindowTitle(f"notecheck — {info.url}")
        self.statusBar().clearMessage()
        if info.users or info.team_mode:
            self._prefetch(info.users)
        if info.team_mode:
            self._sign_in(None, None)
        elif not info.users and self.config.demo:
            self._start_demo()
        elif not info.users:
            self.show_welcome()
        elif self.config.user:
            self._sign_in(self.config.user, self.config.password or "")
        else:
            self.show_sign_in()

    def _prefetch(self, users: tuple[UserInfo, ...]) -> None:
        """While the person signs in, load the queue they will most likely see first (shown only once they have)."""
        self._restore_filters()
        expected = self.config.user or self.settings.last_user
        role = next((u.role for u in users if u.name == expected), "qa_reviewer")
        self._page_queue(self._start_page(expected, role)).activate()

    def _restore_filters(self) -> None:
        if not getattr(self, "_filters_restored", False):
            self._filters_restored = True
            self.review.queue.restore_filters(self.settings.json("filters/review"))
            self.signoff.queue.restore_filters(self.settings.json("filters/signoff"))

    def _start_page(self, name: str, role: str) -> int:
        """The page a person starts on: the one they left, else their role's."""
        saved = str(self.settings.value("window/tab", "") or "")
        if name == self.settings.last_user and saved.isdigit() and int(saved) < self.tabs.count():
            return int(saved)
        return HOME_PAGE.get(role, 0)

    def _page_queue(self, page: int) -> Any:
        return self.signoff.queue if self.tabs.widget(page) is self.signoff else self.review.queue

    def _start_demo(self) -> None:
        self.show_message(self.tr("Creating the demo accounts and importing the sample calls…"))

        def made(users: tuple[UserInfo, ...]) -> None:
            self.users = users
            self.import_paths(ops.sample_paths(), then=lambda _r: self.show_sign_in())

        self.worker.run(lambda ws, _t: ops.create_demo_team(ws), done=made,
                        failed=lambda e: self._fatal(self.tr("The demo cannot be set up"), e))

    def show_welcome(self) -> None:
        dialog = WelcomeDialog(self)
        self.welcome_dialog = dialog

        def submitted(name: str, display: str, password: str, samples: bool) -> None:
            def done(user: UserInfo) -> None:
                dialog.accept()
                self.welcome_dialog = None
                self._signed_in(user)
                if samples:
                    self.import_paths(ops.sample_paths())

            self.worker.run(lambda ws, _t: ops.create_first_account(ws, name=name, password=password,
                                                                   display_name=display),
                            done=done, failed=lambda e: dialog.refused(str(e)))

        dialog.submitted.connect(submitted)
        dialog.rejected.connect(self._closed_without_account)
        dialog.open()

    def _closed_without_account(self) -> None:
        if self.user is None:
            self.show_message(self.tr("No account yet: use File → Switch user to start again."))
            self.switch_action.setEnabled(True)

    def show_sign_in(self) -> None:
        def refresh(users: tuple[UserInfo, ...]) -> None:
            self.users = users
            hint = ""
            if self.config.demo:
                hint = self.tr("Demo accounts: alice (QA reviewer), bob (supervisor), cora (compliance officer), "
                               "adam (administrator). The password is “%1”.").replace("%1", ops.DEMO_PASSWORD)
            last = self.user.name if self.user else self.settings.last_user
            dialog = SignInDialog(users, last, hint, self)
            self.sign_in_dialog = dialog
            dialog.submitted.connect(lambda name, password: self._sign_in(name, password, dialog))
            dialog.open()

        if not self.users:
            self.show_welcome()
            return
        self.worker.run(lambda ws, _t: tuple(ws.users()), done=refresh)

    def _sign_in(self, name: str | None, password: str | None, dialog: SignInDialog | None = None) -> None:
        def done(user: UserInfo) -> None:
            if dialog is not None:
                dialog.accept()
                self.sign_in_dialog = None
            self._signed_in(user)

        def refused(error: BaseException) -> None:
            if dialog is not None:
                dialog.refused(str(error))
            else:
                self.show_message(str(error), error=True)
                self.show_sign_in()

        self.worker.run_now(lambda ws, _t: ws.sign_in(name, password), done=done, failed=refused)

    def _signed_in(self, user: UserInfo) -> None:
        first = self.user is None
        page = self._start_page(user.name, user.role) if first else HOME_PAGE.get(user.role, 0)
        self.user = user
        self.settings.last_user = user.name
        self.user_label.setText(f"{user.display_name or user.name} — {labels.role_label(user.role)}")
        self.rules.set_user(user)
        self._set_signed_in_actions(True)
        self._restore_filters()
        self.tabs.setCurrentIndex(page)
        self.stack.setCurrentWidget(self.tabs)
        self._tab_changed(page)
        home = self._page_queue(page)
        self._ready_queue = home
        others = [q for q in (self.review.queue, self.signoff.queue) if q is not home]
        if first:
            home.activate()
            later = [q.activate for q in others] + [self.rules.load_active, self._load_filter_choices]
            if self._ready_sent:
                for step in later:
                    step()
            else:
                self._after_ready = later
        else:  # another person: everything afresh
            for queue in (home, *others):
                queue.activate()
                queue.apply_filters()
            self.rules.load_active()
            self._load_filter_choices()
        self.show_message(self.tr("Signed in as %1.").replace("%1", user.display_name or user.name))
        self.signed_in.emit(user)
        self._maybe_ready()

    def _load_filter_choices(self) -> None:
        def load(ws: Any, _t: Any) -> tuple[list[str], tuple[UserInfo, ...]]:
            from notecheck.store.queue import QueueFilter

            agents = sorted(a.agent for a in ws.dashboard(QueueFilter(raised=None)).by_agent)
            return agents, tuple(ws.users())

        def done(result: tuple[list[str], tuple[UserInfo, ...]]) -> None:
            agents, users = result
            self.users = users
            self.review.queue.set_agents(agents)
            self.signoff.queue.set_agents(agents)
            self.signoff.set_people(users)

        self.worker.run(load, done=done)

    def _maybe_ready(self) -> None:
        """`ready` once signed in with the first rows of the start page's queue loaded (or an empty queue)."""
        if self._ready_sent or self.user is None:
            return
        model = self._ready_queue.model
        if model.query_filter is None or model._loading:
            return
        if model.rowCount() and model.cached(model.flag_id(0)) is None:
            return
        self._ready_sent = True
        later, self._after_ready = self._after_ready, []
        for step in later:
            step()
        self.ready.emit()

    def _fatal(self, what: str, error: BaseException) -> None:
        self.show_message(f"{what}: {error}", error=True)
        box = QMessageBox(QMessageBox.Icon.Critical, "notecheck", f"{what}:\n{error}", QMessageBox.StandardButton.Ok,
                          self)
        box.open()
        self.error_box = box

    # -- changes ------------------------------------------------------------------------------------
    def apply_changes(self, changes: Changes, _origin: object = None) -> None:
        """Every page decides for itself what to redraw."""
        self.review.apply_changes(changes)
        self.signoff.apply_changes(changes)
        self.rules.apply_changes(changes)
        self.audit.apply_changes(changes)
        if self._dashboard is not None:
            self._dashboard.apply_changes(changes)
        if changes.calls:
            self._load_filter_choices()

    def show_message(self, text: str, error: bool = False) -> None:
        self.statusBar().setStyleSheet("QStatusBar { color: #c62828; }" if error else "")
        self.statusBar().showMessage(text, 15000)

    # -- import -------------------------------------------------------------------------------------
    def import_paths(self, paths: list[Any], then: Any = None) -> Task | None:
        """Import files and folders in the background, listing each file's outcome as it is done."""
        if self.import_task is not None and not self.import_task.done:
            self.show_message(self.tr("An import is already running."), error=True)
            return None
        chosen = [str(p) for p in paths]
        rules = list(self.config.rules)
        self.import_panel.start()
        if self.import_dock.isHidden():
            self.import_dock.show()
            self.resizeDocks([self.import_dock], [150], Qt.Orientation.Vertical)

        def done(report: ImportReport) -> None:
            self.import_panel.finish(report)
            self.show_message(self.import_panel.label.text(), error=bool(report.count("failed")))
            self.import_finished.emit(report)
            if then is not None:
                then(report)

        def failed(error: BaseException) -> None:
            self.import_panel.fail(error)
            self.show_message(str(error), error=True)
            self.import_finished.emit(error)
            if then is not None:
                then(None)

        self.import_task = self.worker.run_job(lambda ws, task: ops.import_paths(ws, task, chosen, rules),
                                               progress=self.import_panel.progress, done=done, failed=failed,
                                               origin=self)
        return self.import_task

    def cancel_import(self) -> None:
        if self.import_task is not None:
            self.import_task.cancel()

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import call files"), self._last_folder(),
                                                self.tr("Calls and notes (*.txt *.vtt *.srt *.json *.csv)"))
        if paths:
            self.settings.set_value("import/folder", str(Path(paths[0]).parent))
            self.import_paths(paths)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"), self._last_folder())
        if folder:
            self.settings.set_value("import/folder", folder)
            self.import_paths([folder])

    def _last_folder(self) -> str:
        return str(self.settings.value("import/folder", "") or Path.home())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.user is not None and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- export, people, help -----------------------------------------------------------------------
    def open_export(self) -> None:
        dialog = ExportDialog(str(self.settings.value("export/folder", "") or ""), self)
        self.export_dialog = dialog

        def accepted() -> None:
            path = dialog.path.text().strip()
            fmt = dialog.format.currentData()
            mask = dialog.mask.isChecked()
            model = self._current_queue().model
            query_filter = model.query_filter if dialog.scope.currentData() == "queue" else None
            sort = model.query_sort if dialog.scope.currentData() == "queue" else None
            self.settings.set_value("export/folder", str(Path(path).parent))

            def run(ws: Any, _task: Any) -> int:
                from notecheck.store.queue import QueueFilter

                return ws.export_flags(path, fmt=fmt, filter=query_filter or QueueFilter(raised=None), sort=sort,
                                       mask=mask)

            self.worker.run_job(run, done=lambda n: self.show_message(
                self.tr("Exported %1 flags to %2.").replace("%1", str(n)).replace("%2", path)),
                failed=lambda e: self.show_message(str(e), error=True))

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _current_queue(self) -> Any:
        return self.signoff.queue if self.tabs.currentWidget() is self.signoff else self.review.queue

    def _save_dashboard_image(self) -> None:
        self.tabs.setCurrentWidget(self.dashboard_holder)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save dashboard image"),
                                              str(Path.home() / "notecheck-dashboard.png"), "PNG (*.png)")
        if path:
            self.dashboard.grab().save(path)
            self.show_message(self.tr("Saved %1.").replace("%1", path))

    def open_users(self) -> None:
        dialog = UsersDialog(self)
        self.users_dialog = dialog
        dialog.set_users(self.users)

        def add(name: str, display: str, role: str, password: str) -> None:
            def done(_user: UserInfo) -> None:
                dialog.added()
                self.worker.run(lambda ws, _t: tuple(ws.users()), done=lambda users: (
                    setattr(self, "users", users), dialog.set_users(users), self.signoff.set_people(users)))

            self.worker.run(lambda ws, _t: ws.add_user(name, role, password, display), done=done,
                            failed=lambda e: dialog.refused(str(e)))

        dialog.add_requested.connect(add)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _audit_current(self) -> None:
        flag = self._current_queue().current_flag()
        self.tabs.setCurrentWidget(self.audit)
        self.audit.show_flag(flag.id if flag else None)

    def _show_shortcuts(self) -> None:
        text = self.tr(
            "<table>"
            "<tr><td><b>C</b></td><td>confirm the selected flags</td></tr>"
            "<tr><td><b>D</b></td><td>dismiss, with a reason</td></tr>"
            "<tr><td><b>E</b></td><td>escalate to compliance</td></tr>"
            "<tr><td><b>M</b></td><td>flag the words selected in the transcript</td></tr>"
            "<tr><td><b>J / K</b></td><td>next / previous flag</td></tr>"
            "<tr><td><b>Ctrl+Z</b></td><td>undo your last decision</td></tr>"
            "<tr><td><b>S / R</b></td><td>sign off / return (sign-off page)</td></tr>"
            "<tr><td><b>Ctrl+1…5</b></td><td>pages</td></tr>"
            "<tr><td><b>Ctrl+O</b></td><td>import files</td></tr>"
            "<tr><td><b>Ctrl+E</b></td><td>export flags</td></tr>"
            "</table>")
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Keyboard shortcuts"), text, QMessageBox.StandardButton.Ok,
                          self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.open()

    def _about(self) -> None:
        from notecheck import __version__

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About notecheck"),
                          self.tr("notecheck %1 audits debt-collection calls and collector notes for prohibited "
                                  "practices, in English and Chinese.").replace("%1", __version__),
                          QMessageBox.StandardButton.Ok, self)
        box.open()

    def _set_language(self, value: str) -> None:
        self.settings.language = value
        self.show_message(self.tr("The language changes the next time notecheck starts."))

    # -- layout and closing -------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.bytes("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.bytes("window/state")
        if state is not None:
            self.restoreState(state)
        for key, splitter in self._splitters().items():
            saved = self.settings.bytes(f"splitters/{key}")
            if saved is not None:
                splitter.restoreState(saved)
        tab = self.settings.value("window/tab")
        if tab is not None and str(tab).isdigit() and int(tab) < self.tabs.count():
            self.tabs.setCurrentIndex(int(tab))

    def _splitters(self) -> dict[str, Any]:
        return {"review": self.review.splitter, "review_call": self.review.call.splitter,
                "signoff": self.signoff.splitter, "signoff_call": self.signoff.call.splitter,
                "rules": self.rules.splitter}

    def save_layout(self) -> None:
        self.settings.set_value("window/geometry", self.saveGeometry())
        self.settings.set_value("window/state", self.saveState())
        self.settings.set_value("window/tab", self.tabs.currentIndex())
        for key, splitter in self._splitters().items():
            self.settings.set_value(f"splitters/{key}", splitter.saveState())
        if self.user is not None:
            self.settings.set_json("filters/review", self.review.queue.filters_state())
            self.settings.set_json("filters/signoff", self.signoff.queue.filters_state())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.worker.shutdown()
        super().closeEvent(event)

