"""The dialog for a bug: which log file holds it, and its details to copy for the support desk."""

from __future__ import annotations

import logging
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vardmote_desktop.about import environment_line
from vardmote_desktop.domain.privacy import redact_personal_data
from vardmote_desktop.ui.qt_log import qt_versions


def _t(text: str) -> str:
    # pyside6-lupdate files a bare _t()/tr() call under the nameless context
    # (-tr-function-alias tr+=_t, installer/translations.py): the context looked up.
    return QCoreApplication.translate("", text)


def current_log_file() -> Path | None:
    """The file the log is written to now, if logging has started and the file exists."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.FileHandler):
            path = Path(handler.baseFilename)
            if path.is_file():
                return path
    return None


def crash_details(
    kind: type[BaseException],
    value: BaseException,
    tb: TracebackType | None,
    log_file: Path | None,
) -> str:
    """What *Kopiera detaljer* puts on the clipboard: as in the log, personal data masked."""
    lines = [
        f"Tid: {datetime.now().astimezone().isoformat(timespec='seconds')}",
        environment_line(qt_versions()),
        f"Loggfil: {log_file if log_file is not None else '-'}",
        "",
        "".join(traceback.format_exception(kind, value, tb)).rstrip(),
    ]
    return redact_personal_data("\n".join(lines))


class CrashDialog(QDialog):
    """'Ett oväntat fel inträffade', the log file's path, and the details for support."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(_t("Ett fel inträffade"))
        layout = QVBoxLayout(self)
        if log_file is not None:
            message = _t("Ett oväntat fel inträffade. Det har skrivits till loggfilen:")
        else:
            message = _t(
                "Ett oväntat fel inträffade. Loggfilen kunde inte skrivas; kopiera detaljerna "
                "och skicka dem till IT."
            )
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.log_path = QLineEdit(str(log_file) if log_file is not None else "")
        self.log_path.setReadOnly(True)
        self.log_path.setAccessibleName(_t("Loggfilens sökväg"))
        self.log_path.setVisible(log_file is not None)
        self.log_path.setMinimumWidth(420)
        layout.addWidget(self.log_path)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(_t("&Kopiera detaljer"))
        self.copy_button.setAccessibleName(_t("Kopiera detaljer till urklipp"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.copied = QLabel("")
        layout.addWidget(self.copied)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copied.setText(_t("Detaljerna är kopierade. Klistra in dem i ärendet till IT."))
