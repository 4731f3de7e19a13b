"""Guards against a Qt binding that corrupts the interpreter (PySide6 6.12.0 did)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QWidget


def test_void_calls_keep_none_alive(qapp: QApplication) -> None:
    # PySide6 6.12.0 dropped a reference to None per void call; on Python 3.11 None then gets
    # deallocated and the process aborts after a few thousand clicks. A real session makes far
    # more calls than the test suite, so check the binding itself.
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setEnabled(True)
        qapp.processEvents()
    assert sys.getrefcount(None) >= before - 100
