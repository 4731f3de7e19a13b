"""Small shared widgets: a read-only value with a copy button, a field with its error label."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #a4262c;"


class CopyField(QWidget):
    """A value the user passes on (video address, call ID…) with its own *Kopiera* button."""

    def __init__(self, button_text: str, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setReadOnly(True)
        self.edit.setAccessibleName(accessible_name)
        self.button = QPushButton(button_text, self)
        self.button.setAccessibleName(button_text)
        self.button.clicked.connect(self.copy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.set_value(None)

    def set_value(self, value: str | None) -> None:
        self.edit.setText(value or "")
        self.edit.setPlaceholderText(self.tr("saknas") if not value else "")
        self.button.setEnabled(bool(value))

    def value(self) -> str:
        return self.edit.text()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.edit.text())


class ErrorLabel(QLabel):
    """The clear Swedish message shown right under a field that needs fixing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_error(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))


def with_error(field: QWidget, error: ErrorLabel) -> QWidget:
    """A field stacked over its error label, for form layouts."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return box
