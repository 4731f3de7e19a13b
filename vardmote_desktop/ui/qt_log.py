"""Qt's side of the support log: its version for the start line, its own messages into the file."""

from __future__ import annotations

import logging
from collections.abc import Callable

import PySide6
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler, qVersion

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_versions() -> str:
    """Qt's run-time version and the binding's, for the first log line of a start."""
    return f"Qt {qVersion()} (PySide6 {PySide6.__version__})"


def capture_qt_messages() -> Callable[[], None]:
    """Qt's warnings (plugins, fonts, painting) go to the "qt" logger; returns the undo.

    Qt calls the handler from any thread; logging is thread-safe, and the handlers' redacting
    filters mask the messages like any other record.
    """
    qt_log = logging.getLogger("qt")

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        qt_log.log(_LEVELS.get(kind, logging.WARNING), "%s", message)

    previous = qInstallMessageHandler(handler)

    def restore() -> None:
        qInstallMessageHandler(previous)

    return restore
