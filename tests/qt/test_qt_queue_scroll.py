"""A queue of 100,000 flags: ids sorted in SQL, rows fetched as they scroll into view, the UI never waiting."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
import synthetic_queue
from conftest import WAIT

from notecheck.qt.queue_model import MAX_PAGES, PAGE


@pytest.fixture(scope="session")
def big_queue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big-queue") / "notecheck.db"
    synthetic_queue.build(path, 100_000)
    return path


@pytest.mark.slow
def test_qt_queue_model_scrolls_100000_flags_smoothly(qtbot, make_window, big_queue: Path, tmp_path: Path) -> None:
    db = tmp_path / "big.db"
    shutil.copyfile(big_queue, db)
    window = make_window(db_url=f"sqlite:///{db}", user=synthetic_queue.USER, password=synthetic_queue.PASSWORD)
    with qtbot.waitSignal(window.ready, timeout=WAIT):
        pass
    queue = window.review.queue
    queue.status.setCurrentIndex(queue.status.count() - 1)  # All
    qtbot.waitUntil(lambda: queue.model.rowCount() == 100_000, timeout=WAIT)
    table = queue.table
    bar = table.verticalScrollBar()
    slowest = 0.0
    for step in range(0, 21):
        bar.setValue(bar.maximum() * step // 20)
        started = time.perf_counter()
        table.viewport().repaint()  # draws the rows now in view, from the cache or as placeholders
        slowest = max(slowest, time.perf_counter() - started)
        first, last = table.rowAt(0), table.rowAt(table.viewport().height() - 1)
        last = last if last >= 0 else queue.model.rowCount() - 1
        qtbot.waitUntil(lambda first=first, last=last: queue.model.fully_loaded(range(first, last + 1)),
                        timeout=WAIT)
        table.viewport().repaint()
        assert queue.model.index(first, 0).data() != "…"
        assert queue.model.index(last, 2).data().startswith("synthetic.")
    assert slowest < 0.1, f"drawing a screenful took {slowest:.3f} s on the UI thread"
    assert len(queue.model._rows) <= PAGE * MAX_PAGES
    ranks = {"critical": 4, "high": 3, "medium": 2, "low": 1}
    qtbot.waitUntil(lambda: all(queue.model.flag_row(r) is not None for r in range(5)), timeout=WAIT)
    top = [queue.model.flag_row(r) for r in range(5)]
    assert [ranks[r.severity] for r in top] == [4] * 5
