"""Step 3: the participants: name, organisation, role, relative, contact, video or not."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from vardmote_desktop.domain.channels import check_channel
from vardmote_desktop.domain.types import Channel, MeetingMode
from vardmote_desktop.services.contact_values import Contact, match_key
from vardmote_desktop.services.dto import ParticipantPlan
from vardmote_desktop.ui import texts
from vardmote_desktop.ui.contacts_suggestions import ContactSuggestions
from vardmote_desktop.ui.errors import user_message
from vardmote_desktop.ui.runner import Run
from vardmote_desktop.ui.widgets import ErrorLabel
from vardmote_desktop.ui.wizards.participant_form import ParticipantForm
from vardmote_desktop.ui.wizards.state import Contacts, WizardState


class ParticipantsPage(QWizardPage):
    """The participants, typed or picked from the unit's contacts (offered as the name is
    typed); a typed one is kept as a contact unless *Spara som kontakt* is unticked."""

    def __init__(
        self, state: WizardState, contacts: Contacts | None = None, run: Run | None = None
    ) -> None:
        super().__init__()
        self._state = state
        self._contacts = contacts
        self._run = run
        self.setTitle(self.tr("Deltagare"))
        self.setSubTitle(
            self.tr(
                "Lägg till alla som ska delta, även närstående. "
                "Skriv aldrig personnummer eller uppgifter om patienten."
            )
        )
        layout = QVBoxLayout(self)
        self.form = ParticipantForm(state.profile.allows(Channel.COSMIC_MESSENGER))
        # The unit's contacts beside the fields, filtered by the name as it is typed.
        self.suggestions = ContactSuggestions()
        self.suggestions_label = QLabel(self.tr("Enhetens kontakter (kl&icka för att lägga till):"))
        self.suggestions_label.setBuddy(self.suggestions)
        self.suggestions_label.setWordWrap(True)
        self.suggestions.chosen.connect(self.add_contact)
        self.form.name.textChanged.connect(self._filter_contacts)
        suggestions_box = QVBoxLayout()
        suggestions_box.addWidget(self.suggestions_label)
        suggestions_box.addWidget(self.suggestions)
        suggestions_box.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.form, 3)
        top.addLayout(suggestions_box, 2)
        layout.addLayout(top)
        self.contacts_loaded = False
        self.add_button = QPushButton(self.tr("&Lägg till deltagare"))
        self.add_button.setAccessibleName(self.tr("Lägg till deltagare"))
        self.add_button.clicked.connect(self.add_from_form)
        self.edit_button = QPushButton(self.tr("Än&dra vald"))
        self.edit_button.setAccessibleName(self.tr("Ändra vald deltagare"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("&Ta bort vald"))
        self.remove_button.setAccessibleName(self.tr("Ta bort vald deltagare"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            # Enter belongs to the wizard's Nästa (or, in the fields, to adding): a focused
            # button is pressed with Space, never by an Enter meant for something else.
            button.setAutoDefault(False)
            buttons.addWidget(button)
        # Made after the buttons, so Tab reaches it after them, as it is placed.
        self.save_contact = QCheckBox(self.tr("Spara som &kontakt"))
        self.save_contact.setAccessibleName(self.tr("Spara som kontakt"))
        self.save_contact.setToolTip(
            self.tr("En ny deltagare sparas bland enhetens kontakter (aldrig närstående).")
        )
        self.save_contact.setChecked(True)
        for part in (self.suggestions_label, self.suggestions, self.save_contact):
            part.setVisible(contacts is not None and run is not None)
        buttons.addWidget(self.save_contact)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.list_error = ErrorLabel()
        layout.addWidget(self.list_error)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Tillagda deltagare"))
        self.table.setAccessibleDescription(
            self.tr("Delete tar bort vald deltagare, F2 lägger den i fälten för ändring.")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Namn"), self.tr("Organisation"), self.tr("Kontakt"), self.tr("Video")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        # Tab leaves the table (rows are chosen with the arrow keys); Delete and F2 act on a row.
        self.table.setTabKeyNavigation(False)
        self.table.installEventFilter(self)
        layout.addWidget(self.table)
        # Enter anywhere in the fields adds what is typed; with nothing typed it goes on.
        form = self.form
        for widget in (*form.text_fields(), form.kind, form.relative, form.messenger, form.video):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, plain = event.key(), event.modifiers() == Qt.KeyboardModifier.NoModifier
            if watched is self.table and plain and key == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
            if watched is self.table and plain and key == Qt.Key.Key_F2:
                self.edit_selected()
                return True
            offered = self.suggestions.count() and self.suggestions.isVisible()
            if watched is self.form.name and plain and key == Qt.Key.Key_Down and offered:
                self.suggestions.setFocus(Qt.FocusReason.OtherFocusReason)
                return True  # ↓ from the name goes into the offered contacts
            enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            typed = self.form.name.text().strip() and self._name_only()
            chosen = self.suggestions.currentItem() if offered and typed else None
            if enter and watched is self.form.name and chosen is not None:
                # A name alone cannot be added (no e-mail or phone): Enter takes the contact
                # shown first for it.
                self.suggestions.chosen.emit(chosen.data(Qt.ItemDataRole.UserRole))
                return True
            if enter and watched is not self.table and self.form.has_input():
                self.add_from_form()
                return True  # the wizard must not also take this Enter as Nästa
        return super().eventFilter(watched, event)

    def initializePage(self) -> None:
        self.form.video.setVisible(self._state.plan.mode is MeetingMode.PARTLY_DIGITAL)
        self._refresh()
        self._load_contacts()

    # --- the unit's contacts -----------------------------------------------------------------
    def _load_contacts(self) -> None:
        contacts, run = self._contacts, self._run
        if contacts is None or run is None:
            return
        run(contacts.all, self._contacts_loaded, self._contacts_failed)

    def _contacts_loaded(self, found: list[Contact]) -> None:
        self.suggestions.set_contacts(found)
        self.contacts_loaded = True
        self._filter_contacts()

    def _contacts_failed(self, exc: BaseException) -> None:
        # Typing every field still works; say why nothing is offered.
        self.list_error.show_error(user_message(exc))

    def _filter_contacts(self) -> None:
        taken = {match_key(p.name, p.organisation) for p in self._state.plan.participants}
        self.suggestions.filter(self.form.name.text(), taken)

    def _name_only(self) -> bool:
        form = self.form
        return not any(e.text().strip() for e in form.text_fields() if e is not form.name)

    def add_contact(self, contact: Contact) -> None:
        """A picked contact becomes a participant in one action, with every field filled."""
        if not self._name_only():
            # More than a name typed: a participant being written, never thrown away.
            self.list_error.show_error(
                self.tr("Lägg till eller töm fälten först, så att inget skrivet försvinner.")
            )
            return
        self.list_error.show_error(None)
        participant = contact.participant()
        participant.joins_by_video = self.form.video.isChecked() or self.form.video.isHidden()
        plan = self._state.plan
        facts = participant.facts(plan.meeting_type, plan.patient_in_cosmic_link)
        channel = participant.channel
        if channel is not None and check_channel(self._state.profile, facts, channel) is not None:
            participant.channel = None  # not allowed in this meeting: the channel page advises

        self._state.plan.participants.append(participant)
        self.form.clear()  # the typed letters were only the search
        self._refresh()

    def _keep_as_contact(self, participant: ParticipantPlan) -> None:
        contacts, run = self._contacts, self._run
        if contacts is None or run is None or participant.is_relative:
            return  # relatives are never contacts
        if not self.save_contact.isChecked():
            return

        def failed(exc: BaseException) -> None:
            self.list_error.show_error(
                self.tr("Deltagaren lades till men sparades inte som kontakt: %1").replace(
                    "%1", user_message(exc)
                )
            )

        kept = replace(participant)  # a copy: the channel page edits the plan's own meanwhile
        run(lambda: contacts.save_participant(kept), lambda _: self._load_contacts(), failed)

    def add_from_form(self) -> None:
        self.list_error.show_error(None)
        participant = self.form.read()
        if participant is None:
            field = self.form.first_error_field()
            if field is not None:  # the cursor goes to what needs fixing
                field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._state.plan.participants.append(participant)
        self.form.clear()
        self._refresh()
        self._keep_as_contact(participant)

    def _selected_row(self) -> int | None:
        row = self.table.currentRow()
        return row if 0 <= row < len(self._state.plan.participants) else None

    def remove_selected(self) -> None:
        row = self._selected_row()
        if row is not None:
            del self._state.plan.participants[row]
            self._refresh()
            if self.table.rowCount():
                self.table.selectRow(min(row, self.table.rowCount() - 1))

    def edit_selected(self) -> None:
        """Move the chosen participant back into the fields; Enter adds the corrected one."""
        row = self._selected_row()
        if row is None:
            self.list_error.show_error(self.tr("Välj en deltagare i listan först."))
            return
        if self.form.has_input():  # never overwrite what is being typed
            self.list_error.show_error(
                self.tr("Lägg till eller töm fälten först, så att inget skrivet försvinner.")
            )
            return
        self.list_error.show_error(None)
        participant = self._state.plan.participants.pop(row)
        self._refresh()
        self.form.fill(participant)

    def _refresh(self) -> None:
        people = self._state.plan.participants
        self.table.setRowCount(len(people))
        for row, p in enumerate(people):
            org = p.organisation or texts.organisation_kind(p.organisation_kind)
            if p.is_relative:
                org += self.tr(" (närstående)")
            values = [
                p.name,
                org,
                p.email or p.phone or "",
                self.tr("ja") if p.joins_by_video else self.tr("nej"),
            ]
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self._filter_contacts()  # who takes part now is not offered again
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self._state.plan.participants) or not self._state.plan.suitability_ok

    def validatePage(self) -> bool:
        # Text still in the form is a participant the user meant to add: add it, or say why not.
        if self.form.has_input():
            before = len(self._state.plan.participants)
            self.add_from_form()
            return len(self._state.plan.participants) > before
        return self.isComplete()
