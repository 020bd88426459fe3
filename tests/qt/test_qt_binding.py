"""The Qt binding in use keeps Python's reference counts: a call returning None or True must not consume a
reference it never took (PySide6 6.12.0 does, and the app aborts once None's count reaches zero)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit


class Emitter(QObject):
    fired = Signal(object)


def immortal() -> bool:
    """Python 3.12+ never frees None or True, whatever their count says."""
    before = sys.getrefcount(None)
    held = [None] * 10
    return sys.getrefcount(None) == before and bool(held)


@pytest.mark.parametrize("call", ["void method", "signal emit", "data that is None"])
def test_qt_binding_keeps_reference_counts(qtbot, call: str) -> None:
    if immortal():
        pytest.skip("None and True are immortal on this Python: a lost reference cannot free them")
    line, combo, emitter = QLineEdit(), QComboBox(), Emitter()
    combo.addItem("any", None)
    emitter.fired.connect(lambda _value: None)
    qtbot.addWidget(line)
    qtbot.addWidget(combo)
    action = {"void method": lambda: line.setText("x"), "signal emit": lambda: emitter.fired.emit(1),
              "data that is None": combo.currentData}[call]
    action()
    before = (sys.getrefcount(None), sys.getrefcount(True))
    results = [action() for _ in range(500)]
    after = (sys.getrefcount(None), sys.getrefcount(True))
    kept = (results.count(None), sum(1 for r in results if r is True))
    assert after[0] - before[0] == kept[0] and after[1] - before[1] == kept[1], \
        f"{call}: the binding loses references (None {after[0] - before[0] - kept[0]}, True {after[1] - before[1] - kept[1]})"
