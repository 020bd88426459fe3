"""Take the README's screenshots of every view, in English and Chinese, at 1280×800 and 1024×700.

Builds a database in a temporary folder (the built-in samples and the labelled corpus, scanned with the
shipped rules, some flags already reviewed), opens the real window on it and saves a PNG of each view:

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots/capture.py
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from notecheck.qt import operations as ops  # noqa: E402
from notecheck.qt.app import launch  # noqa: E402
from notecheck.qt.main_window import AppConfig, MainWindow  # noqa: E402
from notecheck.store.queue import QueueFilter  # noqa: E402
from notecheck.workspace import Workspace  # noqa: E402

OUT = Path(__file__).resolve().parent
CORPUS = ROOT / "tests" / "data" / "corpus" / "calls"
SIZES = {"": (1280, 800), "-1024": (1024, 700)}


def build(folder: Path) -> str:
    url = f"sqlite:///{folder / 'notecheck.db'}"
    ws = Workspace.open(url)
    ops.create_demo_team(ws)
    report = ws.import_paths([*ops.sample_paths(), CORPUS])
    print(f"imported {report.count('imported')} files", file=sys.stderr)
    ws.sign_in("alice", ops.DEMO_PASSWORD)
    open_ids = ws.queue_ids(QueueFilter(statuses=("open",)))
    rows = ws.flag_rows(open_ids)
    by_rule: dict[str, list[int]] = {}
    for row in rows:
        by_rule.setdefault(row.rule, []).append(row.id)
    confirm, dismiss = [], []
    precision = (0.0, 1.0, 0.5, 0.8, 0.25, 1.0, 0.6, 1.0)
    for n, (_rule, ids) in enumerate(sorted(by_rule.items())):
        decided = ids[: max(1, len(ids) * 3 // 4)]
        kept = round(len(decided) * precision[n % len(precision)])
        confirm.extend(decided[:kept])
        dismiss.extend(decided[kept:])
    ws.confirm(confirm[: len(confirm) * 2 // 3])
    ws.dismiss(dismiss, reason="The agent was quoting the customer")
    ws.sign_in("bob", ops.DEMO_PASSWORD)
    ws.confirm(confirm[len(confirm) * 2 // 3:][:3])  # bob's own decisions: four eyes keeps him from signing off
    ws.sign_off(confirm[: len(confirm) // 3])
    ws.close()
    return url


def wait(condition: Callable[[], bool], timeout_ms: int = 60_000) -> None:
    loop_timer = QTimer()
    loop_timer.setSingleShot(True)
    loop_timer.start(timeout_ms)
    while not condition():
        if not loop_timer.isActive():
            raise TimeoutError("the window did not get there in time")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def settle(window: MainWindow, ms: int = 400) -> None:
    wait(lambda: not window.worker.busy)
    end = QTimer()
    end.setSingleShot(True)
    end.start(ms)
    wait(lambda: not end.isActive())


def save(widget: QWidget, name: str) -> None:
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT), file=sys.stderr)


def show_flag(window: MainWindow, call_ref: str, words: str = "") -> None:
    queue = window.review.queue
    queue.search.setText(call_ref)
    wait(lambda: queue.model.rowCount() > 0 and queue.current_flag() is not None
         and queue.current_flag().call_ref == call_ref)
    if words:
        for row in range(queue.model.rowCount()):
            queue.model.flag_row(row)
        wait(lambda: queue.model.fully_loaded(range(queue.model.rowCount())))
        target = next(r for r in range(queue.model.rowCount()) if words in queue.model.flag_row(r).text)
        queue.select_row(target)
    wait(lambda: window.review.call.history is not None
         and window.review.call.history.flag.row.id == queue.current_flag().id)
    settle(window)


NEW_RULE = """  - id: cn.pressure.same-day
    category: misrepresentation
    severity: low
    message: 要求当天中午前还款
    match:
      phrases: [中午12点之前]
    examples:
      flag: [中午12点之前赶紧把钱还上]
      pass: [您方便的时候再联系我们]
"""


def changed_rules(text: str) -> str:
    """The Chinese rules with one rule taken out and one added: what the preview shows."""
    start = text.index("  - id: cn.credit.networked\n")
    end = text.index("\n  - id: ", start + 1) + 1
    text = text[:start] + text[end:]
    at = text.index("\nrules:\n") + len("\nrules:\n")
    return text[:at] + NEW_RULE + text[at:]


def capture(url: str, folder: Path, language: str, suffix: str) -> None:
    width, height = SIZES[suffix]
    tag = "" if language == "en" else "-zh"
    config = AppConfig(db_url=url, settings_path=str(folder / f"settings{tag}{suffix}.ini"), user="alice",
                       password=ops.DEMO_PASSWORD, language=language)
    _app, window = launch(config)
    window.resize(width, height)
    wait(lambda: window.user is not None)
    settle(window, 800)

    show_flag(window, "SEED-孫-張", "聯網")
    save(window, f"review{tag}{suffix}")
    if suffix:
        window.close()
        return

    window.review.queue.search.setText("")
    window.review.queue.status.setCurrentIndex(window.review.queue.status.count() - 1)
    settle(window)
    window.import_paths([CORPUS / "en01_credit_card.txt", ROOT / "docs" / "screenshots" / "capture.py",
                         folder / "broken.json"])
    wait(lambda: window.import_panel.report is not None)
    show_flag(window, "KRS-20260302-0147")
    save(window, f"review-english{tag}")
    window.import_dock.hide()

    window.show_sign_in()
    wait(lambda: window.sign_in_dialog is not None and window.sign_in_dialog.isVisible())
    dialog = window.sign_in_dialog
    dialog.user.setCurrentIndex(dialog.user.findData("bob"))
    dialog.password.setText(ops.DEMO_PASSWORD)
    settle(window)
    save(dialog, f"sign-in{tag}")
    dialog.sign_in_button.click()
    wait(lambda: window.user is not None and window.user.name == "bob")
    settle(window, 800)
    signoff = window.signoff.queue
    own = next((r for r in range(signoff.model.rowCount())
                if signoff.model.flag_row(r) is not None and signoff.model.flag_row(r).decided_by == "bob"), None)
    if own is not None:
        signoff.select_row(own)
    settle(window, 800)
    save(window, f"sign-off{tag}")

    window.tabs.setCurrentWidget(window.dashboard_holder)
    wait(lambda: window.dashboard.stats is not None)
    settle(window, 800)
    save(window, f"dashboard{tag}")

    window.tabs.setCurrentWidget(window.audit)
    wait(lambda: window.audit.model.rowCount() > 0)
    window.audit.verify()
    settle(window)
    window.audit.table.scrollToBottom()
    settle(window)
    save(window, f"audit{tag}")

    window.show_sign_in()
    wait(lambda: window.sign_in_dialog is not None and window.sign_in_dialog.isVisible())
    dialog = window.sign_in_dialog
    dialog.user.setCurrentIndex(dialog.user.findData("cora"))
    dialog.password.setText(ops.DEMO_PASSWORD)
    dialog.sign_in_button.click()
    wait(lambda: window.user is not None and window.user.name == "cora")
    rules = window.rules
    wait(lambda: rules.current is not None and rules.last_check is not None)
    name = next(n for n in sorted(rules.files) if n.startswith("collections"))
    rules.open_file(name)
    wait(lambda: rules.last_check is not None)
    text = rules.files[name]
    broken = text.replace("severity: medium", "severity: urgent", 1)
    rules.editor.setPlainText(broken)
    wait(lambda: rules.last_check is not None and not rules.last_check.ok)
    line = rules.last_check.problems[0].line
    rules.editor.go_to(line)
    settle(window)
    save(window, f"rules-error{tag}")
    rules.editor.setPlainText(changed_rules(text))
    wait(lambda: rules.last_check is not None and rules.last_check.ok)
    previews: list[object] = []
    rules.previewed.connect(previews.append)
    rules.preview()
    wait(lambda: bool(previews))
    settle(window)
    save(window, f"rules-preview{tag}")
    window.close()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="notecheck-screens-") as tmp:
        folder = Path(tmp)
        (folder / "broken.json").write_text('{"segments": [', encoding="utf-8")
        url = build(folder)
        for language in ("en", "zh_CN"):
            for suffix in SIZES:
                capture(url, folder, language, suffix)
    del app


if __name__ == "__main__":
    main()
