"""The real start paints its window before it reads a setting (issue 14), and goes on in it.

`run_gui` is driven here as a ward PC runs it, event loop and all, on the test's application:
the settings are read only once the window has painted; a first start's dialog comes over that
window and the same window then shows the log; a settings file that cannot be read is said in
the window, with the exit code IT's scripts see.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.person import click, type_text
from tests.ui.test_retention_after_list import filled_log
from vardmote_desktop.__main__ import Startup, prepare
from vardmote_desktop.ui.first_run import FirstRunDialog
from vardmote_desktop.ui.launcher import QT_WORDS, install_qt_words, run_gui
from vardmote_desktop.ui.main_window import MainWindow
from vardmote_desktop.ui.single_instance import SingleInstance


@pytest.fixture
def app(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    """The application as a new process has it: no Qt words yet (run_gui installs them)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui sets its crash hook
    for _ in range(2):
        if (earlier := qapp.findChild(QTranslator, QT_WORDS + "sv")) is not None:
            qapp.removeTranslator(earlier)
            earlier.setParent(None)
    yield qapp
    install_qt_words(qapp, "sv")  # as the session's other tests have them (swedish_qt)


def main_window(app: QApplication) -> MainWindow:
    (window,) = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    return window


def close_when_ready(app: QApplication, also: Callable[[], bool] = lambda: True) -> None:
    """Once the list is on screen and nothing runs (and `also` holds), close the window as a
    person would."""

    def poll() -> None:
        window = main_window(app)
        if not window.built or window.busy() or not also():
            QTimer.singleShot(50, poll)
            return
        window.close()
        if window.context is not None:
            window.context.close()

    poll()


def run(
    prepare_later: Callable[[], Startup], *, then: Callable[[], None], instance: str | None = None
) -> int:
    """run_gui until its window closes; `then` runs once the event loop has started.

    An error in a callback ends the loop with 99 and is raised here: run_gui's own crash
    hook would open its dialog and wait for a person."""
    errors: list[BaseException] = []

    def caught(_kind: type[BaseException], error: BaseException, _tb: object) -> None:
        errors.append(error)
        QApplication.exit(99)

    def first() -> None:
        sys.excepthook = caught  # after run_gui set its own (the fixture puts it back)
        then()

    QTimer.singleShot(0, first)
    code = run_gui(prepare_later, instance, None)
    if errors:
        raise errors[0]
    return code


def test_the_settings_are_read_after_the_window_has_painted(
    app: QApplication, qtbot: QtBot
) -> None:
    seen: dict[str, object] = {}

    def prepare_later() -> Startup:
        window = main_window(app)
        seen.update(visible=window.isVisible(), title=window.windowTitle(), built=window.built)
        startup = prepare(["--profile", "kalmar", "--unit", "HC Torsås", "--language", "sv"])
        QTimer.singleShot(0, lambda: close_when_ready(app))
        return startup

    painted: list[bool] = []

    def watch() -> None:
        window = main_window(app)
        window.firstPainted.connect(lambda: painted.append(True))

    assert run(prepare_later, then=watch) == 0
    assert painted == [True]
    # On screen with the product's name and nothing else: no setting was read before this.
    assert seen == {"visible": True, "title": "Vårdmöte", "built": False}


def test_a_first_start_asks_over_the_painted_window_and_shows_the_log_in_it(
    app: QApplication, qtbot: QtBot
) -> None:
    windows: list[MainWindow] = []
    answered: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FirstRunDialog):
            QTimer.singleShot(20, answer)
            return
        window = main_window(app)
        windows.append(window)
        answered.extend([window.windowTitle(), dialog.ok_button.text()])
        answered.append("modal over the window" if dialog.isModal() else "not modal")
        answered.append("centred on it" if dialog.parentWidget() is window else "elsewhere")
        combo = dialog.form.profile
        combo.setCurrentIndex(combo.findData("kalmar"))
        type_text(dialog.form.unit, "HC Torsås")
        click(qtbot, dialog.ok_button)
        close_when_ready(app)

    assert run(lambda: prepare(["--language", "sv"]), then=answer) == 0
    (window,) = windows
    # The window that painted first is the one that showed the log, now named for the unit.
    # Its own Börja, not put back to Qt's OK when Qt's words were installed just before.
    assert answered == ["Vårdmöte", "&Börja", "modal over the window", "centred on it"]
    assert window.windowTitle() == "Vårdmöte – HC Torsås"
    assert window.built
    status = window.statusBar().currentMessage()
    assert "HC Torsås" in status and "SQLite" in status  # the log opened, in this window


def test_a_settings_file_that_cannot_be_read_is_said_in_the_window(
    app: QApplication,
    qtbot: QtBot,
    isolated_home: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings = isolated_home / "config" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text('{"profile": "kalmar", "unit": ', encoding="utf-8")  # cut off
    said: dict[str, object] = {}

    def read_and_dismiss() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_dismiss)
            return
        parent = box.parentWidget()
        said.update(
            title=box.windowTitle(),
            text=box.text(),
            detail=box.informativeText(),
            over=isinstance(parent, QWidget) and parent.windowTitle(),
        )
        QTest.keyClick(box, Qt.Key.Key_Return)  # OK, as a person ends it

    assert run(lambda: prepare([]), then=read_and_dismiss) == 2
    assert said["title"] == "Vårdmöte kan inte starta"
    assert str(said["text"]).startswith("Inställningarna kunde inte läsas.")
    assert str(settings) in str(said["detail"])  # which file, for IT
    assert said["over"] == "Vårdmöte"
    assert f"vardmote-desktop: kan inte läsa {settings}" in capsys.readouterr().err
    for window in app.topLevelWidgets():
        if isinstance(window, MainWindow):
            window.close()


def test_later_starts_are_heard_once_the_window_is_ready(
    app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    # Listening loads QtNetwork (13–17 ms on the GUI thread): not among the start's steps, each
    # kept within a frame, but in an event of its own once the window is ready to book.
    url = filled_log(tmp_path, 30)  # the first list read directly, before the services
    listening: dict[str, bool] = {}

    def guard() -> SingleInstance:
        (found,) = app.findChildren(SingleInstance)
        return found

    def prepare_later() -> Startup:
        listening["after the paint"] = guard().listening
        QTimer.singleShot(0, lambda: close_when_ready(app, lambda: guard().listening))
        options = ["--profile", "kalmar", "--unit", "HC Torsås", "--database", url]
        return prepare([*options, "--language", "sv"])

    def watch() -> None:
        window = main_window(app)
        window.listShown.connect(lambda: listening.setdefault("list shown", guard().listening))
        window.overviewShown.connect(lambda: listening.setdefault("ready", guard().listening))

    name = f"vardmote-test-{uuid.uuid4().hex[:12]}"
    try:
        assert run(prepare_later, then=watch, instance=name) == 0
        # Listening from the event after the window became ready (close_when_ready waits).
        assert listening == {"after the paint": False, "list shown": False, "ready": False}
    finally:
        guard().close()
        guard().setParent(None)
