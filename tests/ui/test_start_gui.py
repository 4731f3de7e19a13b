"""Qt's own words wait for the first paint, except where Qt's buttons are on the first screen.

run_gui's start without the event loop (`start_gui`), on the test's application: the window is
painted by Qt as on a ward PC, and Qt's Swedish (qtbase_sv) is looked for as run_gui installs it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from vardmote_desktop.__main__ import prepare
from vardmote_desktop.ui.launcher import QT_WORDS, Launcher, install_qt_words, start_gui


def qt_words(app: QApplication) -> QTranslator | None:
    return app.findChild(QTranslator, QT_WORDS + "sv")


@pytest.fixture
def app(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    """The application without Qt's words, as a new process; the hook and the words put back
    after."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    for _ in range(2):  # an earlier test's start left one: this test starts as a new process
        if (earlier := qt_words(qapp)) is not None:
            qapp.removeTranslator(earlier)
            earlier.setParent(None)
    yield qapp
    install_qt_words(qapp, "sv")  # as the session's other tests have them (swedish_qt)


def start(app: QApplication, *argv: str) -> Launcher:
    startup = prepare([*argv, "--language", "sv"])
    return start_gui(app, startup.settings, startup.profiles, startup.save, startup.make_context)


def test_qt_words_are_installed_after_the_main_windows_first_paint(
    qtbot: QtBot, app: QApplication
) -> None:
    launcher = start(app, "--profile", "kalmar", "--unit", "HC Torsås")
    window = launcher.window
    assert window is not None
    assert qt_words(app) is None  # the window is made and shown, not yet painted
    with qtbot.waitSignal(window.firstPainted, timeout=10_000):
        pass
    assert qt_words(app) is not None
    qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
    window.close()
    if window.context is not None:
        window.context.close()


def test_the_first_run_dialog_is_made_with_qt_words_in_place(
    qtbot: QtBot, app: QApplication
) -> None:
    launcher = start(app)  # no profile, no unit: the first start of all
    dialog = launcher.first_run
    assert dialog is not None and launcher.window is None
    qtbot.addWidget(dialog)
    assert qt_words(app) is not None
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Avbryt"
    dialog.reject()
