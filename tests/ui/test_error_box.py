"""A failed action is told in a box that waits for no one: opened, not exec'd, so the list,
the reminders and the background work go on behind it (and a test can never hang on one)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.helpers.person import click
from tests.ui.conftest import wait_ready
from vardmote_desktop.services.errors import DatabaseLocked
from vardmote_desktop.ui.errors import user_message
from vardmote_desktop.ui.launcher import Launcher


@pytest.mark.logs_errors  # "action failed: DatabaseLocked" is the expected log line
def test_a_failed_action_opens_its_own_message_and_the_window_goes_on(
    qtbot: QtBot, launch: Callable[..., Launcher]
) -> None:
    launcher = launch("--profile", "kalmar", "--unit", "HC Torsås")
    window = launcher.window
    assert window is not None
    wait_ready(qtbot, window)

    def locked() -> None:
        raise DatabaseLocked()

    with qtbot.waitSignal(window.dialogOpened, timeout=10_000) as opened:
        window.run(locked, lambda _: None)
    box = opened.args[0]
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.windowTitle() == "Det gick inte"
    assert box.text() == user_message(DatabaseLocked())  # the lock's own advice, in Swedish
    assert "oväntat" not in box.text()

    # With the box still open the window's own work goes on: a refresh reaches the list.
    with qtbot.waitSignal(window.overviewShown, timeout=10_000):
        window.refresh()
    assert box.isVisible()
    with qtbot.waitSignal(box.finished, timeout=5_000):
        click(qtbot, box.button(QMessageBox.StandardButton.Ok))
