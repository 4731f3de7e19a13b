"""*Kontakter*: the unit's contacts listed, changed and removed (added in the wizard or here)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vardmote_desktop.services.contact_values import Contact
from vardmote_desktop.ui import texts
from vardmote_desktop.ui.errors import user_message
from vardmote_desktop.ui.widgets import ErrorLabel
from vardmote_desktop.ui.wizards.participant_form import ParticipantForm
from vardmote_desktop.ui.workers import WorkerSet

if TYPE_CHECKING:
    from vardmote_desktop.services.contacts import ContactService


class ContactsWindow(QDialog):
    """The unit's contacts: a row chosen fills the fields; *Spara* changes it, *Ta bort* removes
    it, *Lägg till ny* keeps the fields as a new contact. `loaded` after every (re)load."""

    loaded = Signal()

    def __init__(
        self, contacts: ContactService, show_messenger: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._contacts = contacts
        self._jobs = WorkerSet(self, self._failed)
        self.shown: list[Contact] = []
        self.question: QMessageBox | None = None  # the open "Ta bort?" question, if any
        self.setWindowTitle(self.tr("Kontakter"))
        self.setMinimumSize(680, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Personal i kommun och region som enheten möter. Erbjuds i guiden när du skriver "
                "en deltagares namn. Aldrig patienter eller närstående."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Enhetens kontakter"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Namn"), self.tr("Organisation"), self.tr("Roll"), self.tr("Kontakt")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.currentCellChanged.connect(lambda *_: self._row_chosen())
        layout.addWidget(self.table, 1)
        self.form = ParticipantForm(show_messenger)
        self.form.relative.hide()  # contacts are staff: never relatives
        self.form.video.hide()  # asked per meeting, not per person
        layout.addWidget(self.form)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Spara ändring"))
        self.add_button = QPushButton(self.tr("&Lägg till ny"))
        self.remove_button = QPushButton(self.tr("&Ta bort"))
        for button, slot in (
            (self.save_button, self.save_selected),
            (self.add_button, self.add_new),
            (self.remove_button, self.remove_selected),
        ):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = ErrorLabel()
        layout.addWidget(self.status)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("St&äng"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()

    # --- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        self._jobs.run(self._contacts.all, self._show)

    def _show(self, found: list[Contact]) -> None:
        self.shown = found
        self.table.setRowCount(len(found))
        for row, contact in enumerate(found):
            where = contact.organisation or texts.organisation_kind(contact.organisation_kind)
            values = [contact.name, where, contact.role, contact.phone or contact.email or ""]
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self._row_chosen()
        self.loaded.emit()

    def selected(self) -> Contact | None:
        row = self.table.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def _row_chosen(self) -> None:
        contact = self.selected()
        self.save_button.setEnabled(contact is not None)
        self.remove_button.setEnabled(contact is not None)
        if contact is not None:
            self.form.fill(contact.participant())
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)  # fill() moved it to the name

    # --- changes -----------------------------------------------------------------------------
    def _from_form(self, contact_id: int | None, channel: object = None) -> Contact | None:
        participant = self.form.read()
        if participant is None:
            return None
        contact = Contact.of(participant)
        return Contact(**{**contact.__dict__, "id": contact_id, "channel": channel})

    def save_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        contact = self._from_form(chosen.id, chosen.channel)
        if contact is not None:
            self._jobs.run(lambda: self._contacts.update(contact), lambda _: self._done())

    def add_new(self) -> None:
        contact = self._from_form(None)
        if contact is not None:
            self._jobs.run(lambda: self._contacts.add(contact), lambda _: self._done())

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.id is None:
            return
        buttons = QMessageBox.StandardButton
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Ta bort kontakt"),
            self.tr("Ta bort %1 från enhetens kontakter? Bokade möten påverkas inte.").replace(
                "%1", chosen.name
            ),
            buttons.Yes | buttons.No,
            self,
        )
        box.button(buttons.Yes).setText(self.tr("&Ta bort"))
        box.button(buttons.No).setText(self.tr("&Behåll"))
        box.setDefaultButton(buttons.No)
        contact_id = chosen.id

        def answered(button: object) -> None:
            if button is box.button(buttons.Yes):
                self._jobs.run(lambda: self._contacts.remove(contact_id), lambda _: self._done())

        box.buttonClicked.connect(answered)
        self.question = box
        box.open()

    def _done(self) -> None:
        self.status.show_error(None)
        self.form.clear()
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.status.show_error(user_message(exc))
