"""The display name in the first-run dialog: it goes into every history line, so an identity
number typed there is refused next to the field as soon as it is left, and at OK."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.helpers.person import click, type_text
from vardmote_desktop.ui.launcher import Launcher


def test_an_identity_number_in_the_display_name_is_refused_where_it_is_typed(
    qtbot: QtBot, launch: Callable[..., Launcher]
) -> None:
    launcher = launch()
    dialog = launcher.first_run
    assert dialog is not None
    form = dialog.form
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    type_text(form.unit, "HC Torsås")
    type_text(form.user, "Anna 19121212–1212")
    QTest.keyClick(form.user, Qt.Key.Key_Tab)  # leaving the field, as a person does
    assert form.user_error.isVisible()
    assert "personnummer" in form.user_error.text()
    click(qtbot, dialog.ok_button)
    assert launcher.window is None  # still open: nothing saved, nothing typed lost
    assert form.unit.text() == "HC Torsås"

    form.user.clear()
    type_text(form.user, "Anna Svensson")
    click(qtbot, dialog.ok_button)
    assert launcher.window is not None
    assert dialog.settings.user_name == "Anna Svensson"
