"""The worker: operations run off the UI thread, in order, and their results come back on the UI thread."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from notecheck.qt.worker import Worker
from notecheck.records import Changes


class StandIn:
    """In place of a workspace, for operations that do not touch it."""

    def close(self) -> None:
        pass


@pytest.fixture
def worker(qtbot):
    w = Worker()
    yield w
    w.shutdown()


def test_qt_worker_runs_operations_in_order_off_the_ui_thread(qtbot, worker: Worker) -> None:
    seen: list[tuple[int, str]] = []
    delivered: list[tuple[int, bool]] = []
    main_thread = QApplication.instance().thread()
    worker._workspace = StandIn()
    for n in range(5):
        def op(_ws, _task, n=n):
            time.sleep(0.01 * (5 - n))  # later operations are quicker, yet must finish later
            seen.append((n, threading.current_thread().name))
            return n
        worker.run(op, done=lambda n: delivered.append((n, QThread.currentThread() is main_thread)))
    qtbot.waitUntil(lambda: len(delivered) == 5, timeout=5000)
    assert [n for n, _ in seen] == [0, 1, 2, 3, 4]
    assert all(name.startswith("notecheck-workspace") for _, name in seen)
    assert delivered == [(n, True) for n in range(5)]


def test_qt_worker_delivers_failures_to_the_handler(qtbot, worker: Worker) -> None:
    worker._workspace = StandIn()
    errors: list[BaseException] = []

    def op(_ws, _task):
        raise ValueError("no such flag")

    worker.run(op, failed=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert str(errors[0]) == "no such flag"


def test_qt_worker_reports_unhandled_failures_and_missing_database(qtbot, worker: Worker) -> None:
    with qtbot.waitSignal(worker.failed, timeout=5000) as blocker:
        worker.run(lambda ws, task: ws.queue_ids())
    assert "no database is open" in str(blocker.args[0])


def test_qt_worker_announces_what_an_operation_changed(qtbot, worker: Worker) -> None:
    worker._workspace = StandIn()

    class Result:
        changes = Changes(flags=frozenset({7}), queue=True)

    order: list[str] = []
    worker.changed.connect(lambda changes, origin: order.append(f"changed {sorted(changes.flags)} {origin}"))
    worker.run(lambda _ws, _t: Result(), done=lambda _r: order.append("done"), origin="page")
    qtbot.waitUntil(lambda: len(order) == 2, timeout=5000)
    assert order == ["done", "changed [7] page"]


def test_qt_worker_job_reports_progress_and_stops_when_cancelled(qtbot, worker: Worker) -> None:
    worker._workspace = StandIn()
    progress: list[int] = []
    started = threading.Event()

    def job(_ws, task):
        for n in range(1000):
            if task.cancelled:
                return n
            task.progress(n)
            started.set()
            time.sleep(0.005)
        return 1000

    results: list[int] = []
    task = worker.run_job(job, progress=progress.append, done=results.append)
    qtbot.waitUntil(lambda: len(progress) >= 3, timeout=5000)
    task.cancel()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0] < 1000
    assert progress[:3] == [0, 1, 2]
