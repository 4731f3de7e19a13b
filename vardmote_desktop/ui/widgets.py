"""Small shared widgets: a read-only value with a copy button, a field with its error label."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.privacy import contains_identity_number, redact_identity_numbers
from vardmote_desktop.ui.palette_colors import error_color

# For text on a light window only; ErrorLabel and ui/palette_colors.py follow the palette.
ERROR_STYLE = "color: #a4262c;"


class CopyField(QWidget):
    """A value the user passes on (video address, call ID…) with its own *Kopiera* button.

    Nothing leaves through the clipboard unguarded: a value holding anything that reads as a
    personal identity number, in any written form, is not copied, and a Swedish message says
    why under the field. `known` (see set_value) lets the room's own call ID through.
    """

    def __init__(self, button_text: str, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setReadOnly(True)
        self.edit.setAccessibleName(accessible_name)
        self.button = QPushButton(button_text, self)
        self.button.setAccessibleName(button_text)
        self.button.clicked.connect(self.copy)
        self.error = ErrorLabel(self)
        self._known: tuple[str, ...] = ()
        self._value = ""
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.set_value(None)

    def set_value(self, value: str | None, *, known: Iterable[str] = ()) -> None:
        """Show `value`; `known` is the room's own data in it (call ID, dial-in number).

        A call ID that happens to read as a personnummer is copied when it is given in `known`;
        the same digits written any other way are still refused.
        """
        self._known = tuple(known)
        self._value = value or ""
        # What is shown can be selected and copied with Ctrl+C, past the button: a refused
        # value is therefore shown masked, and only the button copies (after the guard).
        self.edit.setText(redact_identity_numbers(self._value, known=self._known))
        self.edit.setPlaceholderText(self.tr("saknas") if not value else "")
        self.button.setEnabled(bool(value))
        self.error.show_error(None)

    def value(self) -> str:
        return self.edit.text()

    def copy(self) -> bool:
        """Put the value on the clipboard, unless the privacy guard refuses it; True if copied."""
        text = self._value
        if contains_identity_number(text, known=self._known):
            self.error.show_error(
                self.tr(
                    "Kopierades inte: texten innehåller något som liknar ett personnummer "
                    "eller samordningsnummer."
                )
            )
            return False
        self.error.show_error(None)
        QGuiApplication.clipboard().setText(text)
        return True


class ErrorLabel(QLabel):
    """The clear Swedish message shown right under a field that needs fixing.

    Its red is chosen for the palette in use (ui/palette_colors.py) and again when the theme
    changes, so it stays readable on a dark or high-contrast window.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._follow_palette()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._follow_palette()

    def _follow_palette(self) -> None:
        # The theme's own colours (the parent's, or the application's), not this label's red.
        parent = self.parentWidget()
        theme = parent.palette() if parent is not None else QGuiApplication.palette()
        palette = self.palette()
        color = error_color(theme)
        if palette.color(QPalette.ColorRole.WindowText) != color:  # else no new change event
            palette.setColor(QPalette.ColorRole.WindowText, color)
            self.setPalette(palette)

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


class JoinDetails:
    """The ways to join a room, each with its copy button, added to a form layout.

    Shared by the wizard's room step and the detail pane so both say the same thing the
    same way: video address, call ID (in the profile's word), PIN, web link, phone dial-in.
    """

    def __init__(self, form: QFormLayout, call_id_label: str) -> None:
        def tr(text: str) -> str:
            # pyside6-lupdate files a bare _t()/tr() call under the nameless context
            # (-tr-function-alias tr+=_t, installer/translations.py): the context looked up.
            return QCoreApplication.translate("", text)

        label = call_id_label
        self.video_address = CopyField(tr("Kopiera videoadress"), tr("Videoadress"))
        self.call_id = CopyField(tr("Kopiera %1").replace("%1", label), label)
        self.passcode = CopyField(tr("Kopiera PIN-kod"), tr("PIN-kod"))
        self.web_link = CopyField(tr("Kopiera webblänk"), tr("Webblänk"))
        self.dial_in = CopyField(tr("Kopiera telefonnummer"), tr("Telefon"))
        form.addRow(tr("Videoadress:"), self.video_address)
        form.addRow(label[:1].upper() + label[1:] + ":", self.call_id)
        form.addRow(tr("PIN-kod:"), self.passcode)
        form.addRow(tr("Webblänk:"), self.web_link)
        form.addRow(tr("Via telefon:"), self.dial_in)

    def show(self, join: JoinInfo, dial_in_number: str | None) -> None:
        """Show a room's join details (JoinInfo.empty() clears them) and the profile's line."""
        call_id = join.call_id
        self.video_address.set_value(join.video_address)
        # The room's own call ID (and the dial-in line built from it) is meeting data: the
        # guard must not refuse to copy it because its digits happen to read as a personnummer.
        own = tuple(v for v in (call_id, dial_in_number) if v)
        self.call_id.set_value(call_id, known=own)
        self.passcode.set_value(join.passcode)
        self.web_link.set_value(join.web_link, known=own)
        dial = None
        if dial_in_number and call_id:
            dial = QCoreApplication.translate("JoinDetails", "%1, ange %2")
            dial = dial.replace("%1", dial_in_number).replace("%2", call_id)
        self.dial_in.set_value(dial, known=own)


def open_message(
    parent: QWidget,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    opened: Callable[[QWidget], None] | None = None,
) -> QMessageBox:
    """A message box opened, not exec'd: a nested event loop would hold up the list, the
    reminders and the background work behind one unanswered box. `opened` hears it (the
    windows' dialogOpened, which tests use to answer it)."""
    box = QMessageBox(icon, title, text, parent=parent)
    box.setAccessibleName(title)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if opened is not None:
        opened(box)
    box.open()
    return box
