"""Every control a person can operate has a name a screen reader can say."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_ready
from tests.ui.wizard_driver import open_wizard
from vardmote_desktop.ui.launcher import Launcher

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QPlainTextEdit,
    QAbstractSpinBox,
    QAbstractItemView,
)


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.objectName().startswith("qt_"):
            continue
        if widget.window() is not root.window():
            continue  # a combo box's popup list is its own window, named by the combo box
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), QAbstractSpinBox | QComboBox
        ):
            continue  # the editor inside a spin box or combo box speaks through its owner
        parent = widget.parent()
        if isinstance(parent, QAbstractItemView) or type(widget).__name__ == "QScrollBar":
            continue  # item-view internals
        name = widget.accessibleName() or (
            widget.text().replace("&", "") if isinstance(widget, QAbstractButton) else ""
        )
        if not name.strip():
            missing.append(f"{type(widget).__name__} in {type(widget.window()).__name__}")
    return missing


def test_main_window_and_every_wizard_page_name_their_controls(
    qtbot: QtBot, launch: Callable[..., Launcher]
) -> None:
    window = launch("--profile", "kalmar", "--unit", "HC Torsås").window
    assert window is not None
    wait_ready(qtbot, window)
    assert unnamed(window) == []
    wizard = open_wizard(qtbot, window, "SIP i öppenvård")
    for page_id in wizard.pageIds():
        assert unnamed(wizard.page(page_id)) == [], f"page {page_id}"
