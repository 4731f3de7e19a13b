"""Typing, clicking and reading as a person would; typing includes å, ä, ö (keyClicks is ASCII)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QRadioButton, QTableWidget, QWidget
from pytestqt.qtbot import QtBot


def type_text(widget: QWidget, text: str) -> None:
    """One key press and release per character, delivered to the widget like real typing."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QCoreApplication.sendEvent(widget, event)


def click(qtbot: QtBot, widget: QWidget) -> None:
    """A left click where a person would aim: on the label of a check box or radio button."""
    if isinstance(widget, QCheckBox | QRadioButton):
        # Their click area is the indicator and text only, not the whole stretched widget.
        point = QPoint(8, widget.height() // 2)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    """The text in one cell of a table; a cell with no item fails the test."""
    item = table.item(row, column)
    assert item is not None, f"no item at ({row}, {column})"
    return item.text()
