"""The unit's contacts offered as a participant's name is typed: one click adds one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from vardmote_desktop.services.contact_values import Contact, match_key, search
from vardmote_desktop.ui import texts

SHOWN = 10  # a short list: the most met first, the rest found by typing


def contact_line(contact: Contact) -> str:
    """'Åsa Öhrström – Torsås kommun, hemsjukvården (sjuksköterska)'."""
    where = contact.organisation or texts.organisation_kind(contact.organisation_kind)
    line = f"{contact.name} – {where}"
    return f"{line} ({contact.role})" if contact.role else line


class ContactSuggestions(QListWidget):
    """The contacts matching the typed name, most used first; click, Enter or Space picks one.

    `chosen` carries the contact. Contacts already taking part (`taken`) are not offered again.
    """

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contacts: list[Contact] = []
        self._typed = ""
        self._taken: set[str] = set()
        self.setAccessibleName(self.tr("Enhetens kontakter"))
        self.setAccessibleDescription(
            self.tr("Klicka, eller tryck Enter eller blanksteg, för att lägga till kontakten.")
        )
        self.setMaximumHeight(190)
        self.itemClicked.connect(self._pick)
        self.installEventFilter(self)

    def set_contacts(self, contacts: list[Contact]) -> None:
        self._contacts = list(contacts)
        self._show()

    def filter(self, typed: str, taken: set[str]) -> None:
        """Offer what matches `typed` (every contact when empty) and is not yet taking part."""
        self._typed, self._taken = typed, taken
        self._show()

    def shown(self) -> list[Contact]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]

    def _show(self) -> None:
        free = [c for c in self._contacts if match_key(c.name, c.organisation) not in self._taken]
        self.clear()
        for contact in search(free, self._typed, SHOWN):
            item = QListWidgetItem(contact_line(contact))
            item.setData(Qt.ItemDataRole.UserRole, contact)
            self.addItem(item)
        if self.count():
            self.setCurrentRow(0)

    def _pick(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            item = self.currentItem()
            if event.key() in keys and plain and item is not None:
                self._pick(item)
                return True  # the wizard must not also take this Enter as Nästa
        return super().eventFilter(watched, event)
