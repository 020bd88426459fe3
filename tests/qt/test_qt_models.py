"""Every custom model passes Qt's model tester, filled with real rows."""

from __future__ import annotations

from conftest import WAIT, wait_idle
from PySide6.QtCore import Qt

from notecheck.qt.audit_view import AuditModel
from notecheck.qt.import_panel import ImportFilesModel
from notecheck.qt.preview_model import PreviewModel
from notecheck.qt.queue_model import QueueModel
from notecheck.records import FileOutcome, PreviewItem
from notecheck.store.queue import QueueFilter


def test_qt_queue_model_passes_the_model_tester(qtbot, qtmodeltester, signed_in) -> None:
    window = signed_in("alice")
    model = QueueModel(window.worker)
    with qtbot.waitSignal(model.loaded, timeout=WAIT):
        model.set_query(QueueFilter())
    assert model.rowCount() == 11
    model.flag_row(0)
    qtbot.waitUntil(lambda: model.fully_loaded(range(model.rowCount())), timeout=WAIT)
    qtmodeltester.check(model, force_py=True)
    with qtbot.waitSignal(model.loaded, timeout=WAIT):
        model.sort(1, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model, force_py=True)


def test_qt_queue_model_passes_the_model_tester_while_ids_arrive_in_two_steps(qtbot, qtmodeltester, signed_in,
                                                                              monkeypatch) -> None:
    """A new filter shows the first page at once and the remaining ids after; the model stays consistent."""
    window = signed_in("alice")
    monkeypatch.setattr("notecheck.qt.queue_model.PAGE", 4)
    model = QueueModel(window.worker)
    qtmodeltester.check(model, force_py=True)
    with qtbot.waitSignal(model.completed, timeout=WAIT):
        model.set_query(QueueFilter())
    assert model.rowCount() == 11 and model.complete
    qtbot.waitUntil(lambda: all(model.flag_row(r) is not None for r in range(11)), timeout=WAIT)
    qtmodeltester.check(model, force_py=True)


def test_qt_import_files_model_passes_the_model_tester(qtmodeltester) -> None:
    model = ImportFilesModel()
    model.add(FileOutcome("/calls/a.txt", "imported", 1, 3))
    model.add(FileOutcome("/calls/b.txt", "failed", message="/calls/b.txt:4: no speaker"))
    model.add(FileOutcome("/calls/c.pdf", "skipped", message="unknown file type .pdf"))
    qtmodeltester.check(model, force_py=True)
    model.add(FileOutcome("/calls/d.txt", "duplicate", 1, message="already imported as call 1"))
    model.clear()
    qtmodeltester.check(model, force_py=True)


def test_qt_preview_model_passes_the_model_tester(qtmodeltester) -> None:
    model = PreviewModel()
    model.set_items([
        PreviewItem(1, "EN-1", 2, 8, "abuse.deadbeat", "abusive_language", "low", "deadbeat",
                    "If you do not pay I will call your boss, you deadbeat."),
        PreviewItem(4, "ZHT-1", 2, 8, "third-party.employer", "third_party_pressure", "high", "聯繫你單位",
                    "𠮷先生，妳再不還錢，我們就聯繫你單位。", flag_id=11, status="confirmed"),
    ])
    qtmodeltester.check(model, force_py=True)


def test_qt_audit_model_passes_the_model_tester(qtbot, qtmodeltester, signed_in) -> None:
    window = signed_in("alice")
    model = AuditModel(window.worker)
    with qtbot.waitSignal(model.loaded, timeout=WAIT):
        model.load()
    assert model.rowCount() > 5
    assert {e.action for e in model.rows} >= {"user_add", "publish", "import"}
    qtmodeltester.check(model, force_py=True)
    wait_idle(qtbot, window)

