"""A bug's dialog names the log file that holds it and copies its details, masked, for support."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vardmote_desktop.logsetup import setup_logging
from vardmote_desktop.ui.crash_dialog import CrashDialog
from vardmote_desktop.ui.launcher import _crash_hook

PNR = "19121212-1212"  # Skatteverket's test number, as a careless exception message holds it


class WizardBroke(Exception):
    """Stands for a bug somewhere in the window."""


@pytest.fixture
def root_handlers() -> Iterator[None]:
    """Whatever the hook starts is taken off the root logger afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def _raise_and_hook(hook: object) -> None:
    try:
        raise WizardBroke(f"page 3 had {PNR}")
    except WizardBroke as exc:
        assert callable(hook)
        hook(type(exc), exc, exc.__traceback__)


@pytest.mark.logs_errors
def test_the_crash_dialog_names_the_log_it_started_and_copies_masked_details(
    qtbot: QtBot, tmp_path: Path, root_handlers: None
) -> None:
    logs = tmp_path / "logs"
    started: list[Path] = []

    def start_logging() -> None:  # as __main__'s: the log is not open before the first paint
        started.append(setup_logging(logs))

    seen: dict[str, str] = {}

    def person_at_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CrashDialog)
        seen["path"] = dialog.log_path.text()
        seen["visible"] = str(dialog.log_path.isVisibleTo(dialog))
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        seen["copied"] = dialog.copied.text()
        dialog.reject()

    QTimer.singleShot(0, person_at_the_dialog)
    _raise_and_hook(_crash_hook(start_logging))

    log_file = logs / "vardmote.log"
    assert started == [log_file]
    assert seen["path"] == str(log_file)
    assert seen["visible"] == "True"
    assert seen["copied"]
    written = log_file.read_text(encoding="utf-8")
    assert "WizardBroke" in written and PNR not in written
    details = QGuiApplication.clipboard().text()
    assert "WizardBroke: page 3 had" in details
    assert "Traceback (most recent call last)" in details
    assert f"Loggfil: {log_file}" in details
    assert "Vårdmöte " in details  # the version line support reads first
    assert PNR not in details


@pytest.mark.logs_errors
def test_without_a_log_file_the_dialog_names_none_and_still_copies(
    qtbot: QtBot, root_handlers: None
) -> None:
    seen: dict[str, object] = {}

    def person_at_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CrashDialog)
        seen["path shown"] = dialog.log_path.isVisibleTo(dialog)
        seen["message"] = dialog.message.text()
        dialog.copy_button.click()
        dialog.reject()

    QTimer.singleShot(0, person_at_the_dialog)
    _raise_and_hook(_crash_hook(None))  # no logging started: no file to point to

    assert seen["path shown"] is False
    assert "Loggfilen kunde inte skrivas" in str(seen["message"])
    assert "Loggfil: -" in QGuiApplication.clipboard().text()


@pytest.mark.logs_errors
def test_qt_words_are_put_in_place_before_the_dialog_is_made(
    qtbot: QtBot, root_handlers: None
) -> None:
    # A bug before the first paint: run_gui's Qt words are not installed yet; the hook does it
    # first, so the dialog's Stäng is Qt's Swedish.
    order: list[str] = []

    def person_at_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CrashDialog)
        order.append("dialog")
        dialog.reject()

    QTimer.singleShot(0, person_at_the_dialog)
    _raise_and_hook(_crash_hook(None, lambda: order.append("Qt's words")))
    assert order == ["Qt's words", "dialog"]
