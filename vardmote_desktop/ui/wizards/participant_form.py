"""The fields of one participant: shared by the wizard, the change dialogs and Kontakter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from vardmote_desktop.domain.types import OrganisationKind
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
            # Mnemonics chosen not to clash with the wizard's &Nästa and Till&baka.
            (self.tr("N&amn:"), self.name, "name", self.tr("Namn")),
            (self.tr("&Organisation:"), self.kind, None, self.tr("Organisationstyp")),
            (
                self.tr("&Enhet/förvaltning:"),
                self.organisation,
                "organisation",
                self.tr("Enhet eller förvaltning"),
            ),
            (self.tr("&Roll:"), self.role, "role", self.tr("Roll")),
            (self.tr("E-&post:"), self.email, "email", self.tr("E-post")),
            (self.tr("Tele&fon:"), self.phone, "phone", self.tr("Telefon")),
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

    def text_fields(self) -> tuple[QLineEdit, ...]:
        return (self.name, self.organisation, self.role, self.email, self.phone)

    def has_input(self) -> bool:
        """Anything typed that is not yet in the list."""
        return any(edit.text().strip() for edit in self.text_fields())

    def first_error_field(self) -> QWidget | None:
        fields = {"name": self.name, "organisation": self.organisation, "role": self.role}
        fields |= {"email": self.email, "phone": self.phone}
        return next(
            (fields[k] for k, label in self.errors.items() if label.isVisibleTo(self)), None
        )

    def fill(self, participant: ParticipantPlan) -> None:
        """Put a listed participant back into the fields, to be corrected and added again."""
        self.name.setText(participant.name)
        self.kind.setCurrentIndex(max(self.kind.findData(participant.organisation_kind), 0))
        self.organisation.setText(participant.organisation)
        self.role.setText(participant.role)
        self.email.setText(participant.email or "")
        self.phone.setText(participant.phone or "")
        self.relative.setChecked(participant.is_relative)
        self.messenger.setChecked(participant.has_cosmic_messenger)
        self.video.setChecked(participant.joins_by_video)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

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
