"""Step 2: when, which mode, the reference and who holds each role of the routine."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWizardPage,
)

from vardmote_desktop.domain.types import Channel, MeetingMode
from vardmote_desktop.domain.validation import validate_free_text, validate_reference
from vardmote_desktop.ui import texts
from vardmote_desktop.ui.messages import validation_message
from vardmote_desktop.ui.widgets import ErrorLabel, with_error
from vardmote_desktop.ui.wizards.state import WizardState


class DetailsPage(QWizardPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self._state = state
        workflow = state.workflow
        self.setTitle(self.tr("Tid, mötesform och roller"))
        layout = QVBoxLayout(self)

        self.mode_box = QGroupBox(self.tr("Mötesform"))
        mode_layout = QVBoxLayout(self.mode_box)
        self.digital = QRadioButton(self.tr("&Planerat digitalt: alla deltar via video"))
        self.partly = QRadioButton(
            self.tr("&Delvis digitalt: fysiskt möte där några deltar via video")
        )
        self.mode_group = QButtonGroup(self)
        for button in (self.digital, self.partly):
            button.setAccessibleName(button.text().replace("&", ""))
            self.mode_group.addButton(button)
            mode_layout.addWidget(button)
        self.digital.setChecked(True)
        layout.addWidget(self.mode_box)

        form = QFormLayout()
        start = datetime.now().replace(minute=0, second=0, microsecond=0) + timedelta(days=1)
        self.date = QDateEdit(QDate(start.year, start.month, start.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Datum"))
        self.time = QTimeEdit(QTime(start.hour, 0))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Tid"))
        self.when_error = ErrorLabel()
        self.duration = QSpinBox()
        self.duration.setRange(10, 480)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Längd i minuter"))
        self._add_row(form, self.tr("&Datum:"), self.date)
        self._add_row(form, self.tr("&Tid:"), self.time, self.when_error)
        self._add_row(form, self.tr("&Längd:"), self.duration)

        self.requested = QCheckBox(self.tr("Kommunen begärde mötet i &Lifecare SP"))
        self.requested.setAccessibleName(self.tr("Begärt i Lifecare SP"))
        self.requested.setVisible(workflow.asks_request)
        if workflow.asks_request:
            form.addRow("", self.requested)
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Referens"))
        self.reference.setPlaceholderText(self.tr("t.ex. Lifecare SP-ärende – aldrig personnummer"))
        self.reference_error = ErrorLabel()
        self._add_row(form, self.tr("&Referens:"), self.reference, self.reference_error)

        self.in_link = QCheckBox(
            self.tr("Patienten är utskrivningsplanerad och finns i Cosmic &Link")
        )
        self.in_link.setAccessibleName(self.tr("Patienten finns i Cosmic Link"))
        if state.profile.allows(Channel.COSMIC_LINK):
            form.addRow("", self.in_link)
        layout.addLayout(form)

        roles_box = QGroupBox(self.tr("Roller enligt rutinen"))
        roles_form = QFormLayout(roles_box)
        self.role_edits: dict[str, QLineEdit] = {}
        self.role_errors: dict[str, ErrorLabel] = {}
        for role in workflow.roles:
            edit = QLineEdit(state.actor if role.is_ours else "")
            edit.setPlaceholderText(role.usual_holder)
            edit.setAccessibleName(texts.role(role.code))
            error = ErrorLabel()
            label = QLabel(texts.role(role.code) + ":")
            label.setBuddy(edit)
            roles_form.addRow(label, with_error(edit, error))
            self.role_edits[role.code] = edit
            self.role_errors[role.code] = error
        layout.addWidget(roles_box)
        layout.addStretch(1)

    @staticmethod
    def _add_row(
        form: QFormLayout,
        text: str,
        field: QLineEdit | QDateEdit | QTimeEdit | QSpinBox,
        error: ErrorLabel | None = None,
    ) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, with_error(field, error) if error else field)

    def initializePage(self) -> None:
        self.mode_box.setVisible(self._state.workflow.asks_mode(self._state.plan.suitability_ok))

    def restore(self) -> None:
        """Fill in the fields of a resumed draft."""
        plan = self._state.plan
        local = plan.starts_at.astimezone()
        self.date.setDate(QDate(local.year, local.month, local.day))
        self.time.setTime(QTime(local.hour, local.minute))
        self.duration.setValue(plan.duration_minutes)
        self.reference.setText(plan.reference or "")
        self.requested.setChecked(plan.requested_via == "lifecare_sp")
        self.in_link.setChecked(plan.patient_in_cosmic_link)
        self.partly.setChecked(plan.mode is MeetingMode.PARTLY_DIGITAL)
        for code, edit in self.role_edits.items():
            if code in plan.roles:
                edit.setText(plan.roles[code])

    def starts_at(self) -> datetime:
        day = self.date.date().toPython()
        clock = self.time.time().toPython()
        assert isinstance(day, date) and isinstance(clock, time)
        return datetime.combine(day, clock).astimezone()  # local wall time, made aware

    def validatePage(self) -> bool:
        ok = True
        starts_at = self.starts_at()
        past = starts_at < datetime.now().astimezone() - timedelta(minutes=5)
        self.when_error.show_error(self.tr("Tiden har redan passerat.") if past else None)
        ok &= not past
        ref = validate_reference(self.reference.text())
        self.reference_error.show_error(validation_message(ref))
        ok &= ref.ok
        for code, edit in self.role_edits.items():
            result = validate_free_text(edit.text(), max_length=120)
            self.role_errors[code].show_error(validation_message(result))
            ok &= result.ok
        if not ok:
            return False
        plan = self._state.plan
        plan.starts_at = starts_at
        plan.duration_minutes = self.duration.value()
        plan.reference = self.reference.text().strip() or None
        plan.requested_via = "lifecare_sp" if self.requested.isChecked() else None
        plan.patient_in_cosmic_link = self.in_link.isChecked()
        plan.roles = {c: e.text().strip() for c, e in self.role_edits.items() if e.text().strip()}
        if plan.suitability_ok:
            plan.mode = (
                MeetingMode.PARTLY_DIGITAL
                if self.mode_box.isVisible() and self.partly.isChecked()
                else MeetingMode.DIGITAL
            )
        return True
