"""Step 3: the participants: name, organisation, role, relative, contact, video or not."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from vardmote_desktop.domain.types import Channel, MeetingMode, OrganisationKind
from vardmote_desktop.domain.validation import (
    validate_contact,
    validate_email,
    validate_free_text,
    validate_participant_name,
    validate_phone,
)
from vardmote_desktop.services.dto import ParticipantPlan
from vardmote_desktop.ui import texts
from vardmote_desktop.ui.messages import validation_message
from vardmote_desktop.ui.widgets import ErrorLabel, with_error
from vardmote_desktop.ui.wizards.state import WizardState


class ParticipantForm(QWidget):
    """The fields of one participant, each with its message; also used for substitutes."""

    def __init__(self, show_messenger: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind in OrganisationKind:
            self.kind.addItem(texts.organisation_kind(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(OrganisationKind.MUNICIPALITY))
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("t.ex. Torsås kommun, hemsjukvården"))
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("t.ex. biståndshandläggare"))
        self.relative = QCheckBox(self.tr("När&stående"))
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.messenger = QCheckBox(self.tr("Nås i Cosmic &Messenger"))
        self.video = QCheckBox(self.tr("Deltar via &video"))
        self.video.setChecked(True)
        self.errors = {
            key: ErrorLabel() for key in ("name", "organisation", "role", "email", "phone")
        }
        rows = [
            (self.tr("&Namn:"), self.name, "name", self.tr("Namn")),
            (self.tr("&Organisation:"), self.kind, None, self.tr("Organisationstyp")),
            (
                self.tr("Enhet/&förvaltning:"),
                self.organisation,
                "organisation",
                self.tr("Enhet eller förvaltning"),
            ),
            (self.tr("&Roll:"), self.role, "role", self.tr("Roll")),
            (self.tr("&E-post:"), self.email, "email", self.tr("E-post")),
            (self.tr("&Telefon:"), self.phone, "phone", self.tr("Telefon")),
        ]
        for text, field, key, accessible in rows:
            field.setAccessibleName(accessible)
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, with_error(field, self.errors[key]) if key else field)
        checks = QHBoxLayout()
        for box in (self.relative, self.messenger, self.video):
            box.setAccessibleName(box.text().replace("&", ""))
            checks.addWidget(box)
        checks.addStretch(1)
        form.addRow("", checks)
        self.messenger.setVisible(show_messenger)

    def read(self) -> ParticipantPlan | None:
        """The participant, or None after showing a message next to each field to fix."""
        checks = {
            "name": validate_participant_name(self.name.text()),
            "organisation": validate_free_text(self.organisation.text(), max_length=120),
            "role": validate_free_text(self.role.text(), max_length=80),
            "email": validate_email(self.email.text()) if self.email.text().strip() else None,
            "phone": validate_phone(self.phone.text()) if self.phone.text().strip() else None,
        }
        contact = validate_contact(
            self.email.text().strip() or None, self.phone.text().strip() or None
        )
        ok = True
        for key, result in checks.items():
            self.errors[key].show_error(validation_message(result))
            ok &= result is None or result.ok
        if not contact.ok and all(r is None or r.ok for r in (checks["email"], checks["phone"])):
            self.errors["email"].show_error(validation_message(contact))
            ok = False
        if not ok:
            return None
        return ParticipantPlan(
            name=" ".join(self.name.text().split()),
            organisation_kind=OrganisationKind(self.kind.currentData()),
            organisation=self.organisation.text().strip(),
            role=self.role.text().strip(),
            is_relative=self.relative.isChecked(),
            email=self.email.text().strip() or None,
            phone=self.phone.text().strip() or None,
            joins_by_video=self.video.isChecked() or self.video.isHidden(),
            has_cosmic_messenger=self.messenger.isChecked(),
        )

    def clear(self) -> None:
        for edit in (self.name, self.organisation, self.role, self.email, self.phone):
            edit.clear()
        self.relative.setChecked(False)
        self.messenger.setChecked(False)
        self.video.setChecked(True)
        self.name.setFocus()


class ParticipantsPage(QWizardPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self._state = state
        self.setTitle(self.tr("Deltagare"))
        self.setSubTitle(
            self.tr(
                "Lägg till alla som ska delta, även närstående. "
                "Skriv aldrig personnummer eller uppgifter om patienten."
            )
        )
        layout = QVBoxLayout(self)
        self.form = ParticipantForm(state.profile.allows(Channel.COSMIC_MESSENGER))
        layout.addWidget(self.form)
        self.add_button = QPushButton(self.tr("&Lägg till deltagare"))
        self.add_button.setAccessibleName(self.tr("Lägg till deltagare"))
        self.add_button.clicked.connect(self.add_from_form)
        self.form.name.returnPressed.connect(self.add_from_form)
        self.remove_button = QPushButton(self.tr("Ta &bort vald"))
        self.remove_button.setAccessibleName(self.tr("Ta bort vald deltagare"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Tillagda deltagare"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Namn"), self.tr("Organisation"), self.tr("Kontakt"), self.tr("Video")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        layout.addWidget(self.table)

    def initializePage(self) -> None:
        self.form.video.setVisible(self._state.plan.mode is MeetingMode.PARTLY_DIGITAL)
        self._refresh()

    def add_from_form(self) -> None:
        participant = self.form.read()
        if participant is None:
            return
        self._state.plan.participants.append(participant)
        self.form.clear()
        self._refresh()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._state.plan.participants):
            del self._state.plan.participants[row]
            self._refresh()

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
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self._state.plan.participants) or not self._state.plan.suitability_ok

    def validatePage(self) -> bool:
        # Text still in the form is a participant the user meant to add: add it, or say why not.
        if self.form.name.text().strip():
            before = len(self._state.plan.participants)
            self.add_from_form()
            return len(self._state.plan.participants) > before
        return self.isComplete()
