"""Step 2: when, which mode, the reference and who holds each role of the routine."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from vardmote_desktop.domain.types import Channel, MeetingMode
from vardmote_desktop.domain.validation import validate_free_text, validate_reference
from vardmote_desktop.ui import texts
from vardmote_desktop.ui.datetime_fields import (
    DateField,
    WholeLineEdit,
    WholeSpinBox,
    default_start,
    is_night,
    is_past,
    parse_time,
    spoken_span,
)
from vardmote_desktop.ui.messages import validation_message
from vardmote_desktop.ui.palette_colors import warning_style as palette_warning_style
from vardmote_desktop.ui.widgets import ErrorLabel, with_error
from vardmote_desktop.ui.wizards.state import WizardState


def warning_style(widget: QWidget) -> str:
    # Amber, not the error red: the value is readable, the person is only asked to look again.
    return palette_warning_style(widget.palette())


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
            self.tr("Del&vis digitalt: fysiskt möte där några deltar via video")
        )
        self.mode_group = QButtonGroup(self)
        for button in (self.digital, self.partly):
            button.setAccessibleName(button.text().replace("&", ""))
            self.mode_group.addButton(button)
            mode_layout.addWidget(button)
        self.digital.setChecked(True)
        layout.addWidget(self.mode_box)

        form = QFormLayout()
        # Text fields read strictly (ui/datetime_fields.py): a section-based QDateEdit put typed
        # digits into whichever section held the cursor and booked a date nobody typed.
        start = default_start(datetime.now().astimezone())
        # The proposal is the plan's until changed, so a draft saved before this page was
        # left resumes with the time that was on screen.
        state.plan.starts_at = start
        self.date = DateField()
        self.date.set_value(start.date())
        self.date_error = ErrorLabel()
        self.time = WholeLineEdit()
        self.time.setAccessibleName(self.tr("Tid"))
        self.time.setPlaceholderText(self.tr("t.ex. 13:30"))
        self.time.setText(f"{start:%H:%M}")
        self.when_error = ErrorLabel()
        self.duration = WholeSpinBox()
        self.duration.setRange(10, 480)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Längd i minuter"))
        self._add_row(form, self.tr("&Datum:"), self.date, self.date_error, buddy=self.date.edit)
        self._add_row(form, self.tr("&Tid:"), self.time, self.when_error)
        self._add_row(form, self.tr("&Längd:"), self.duration)
        # The time in words, so a slip (01:30 for 13:30, the 12th for the 3rd) is seen at once.
        self.spoken = QLabel()
        bold = self.spoken.font()
        bold.setBold(True)
        self.spoken.setFont(bold)
        self.spoken.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("", self.spoken)
        # Past or night: asked before Nästa, with a tick that must be set again after a change.
        self.concern = QLabel()
        self.concern.setWordWrap(True)
        self.concern.setStyleSheet(warning_style(self.concern))
        self.concern_ok = QCheckBox(self.tr("&Ja, tiden stämmer"))
        self.concern_ok.setAccessibleName(self.tr("Ja, tiden stämmer"))
        concern_box = QWidget()
        concern_layout = QVBoxLayout(concern_box)
        concern_layout.setContentsMargins(0, 0, 0, 0)
        concern_layout.addWidget(self.concern)
        concern_layout.addWidget(self.concern_ok)
        self.concern_row = concern_box
        form.addRow("", concern_box)
        concern_box.hide()
        self.date.changed.connect(self._when_changed)
        self.time.textChanged.connect(self._when_changed)
        self.duration.valueChanged.connect(self._when_changed)
        self.date.edit.editingFinished.connect(self._date_left)
        self.time.editingFinished.connect(self._time_left)
        self._when_changed()

        # The region's own messaging system (profile): Lifecare SP, Cosmic…
        system = state.profile.messaging_system
        self.requested = QCheckBox(
            self.tr("Kommunen &skickade begäran om mötet i %1").replace("%1", system)
        )
        self.requested.setAccessibleName(self.tr("Begärt i %1").replace("%1", system))
        self.requested.setVisible(workflow.asks_request)
        if workflow.asks_request:
            form.addRow("", self.requested)
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Referens"))
        self.reference.setPlaceholderText(
            self.tr("t.ex. ärendenummer i %1 – aldrig personnummer").replace("%1", system)
        )
        self.reference_error = ErrorLabel()
        self._add_row(form, self.tr("&Referens:"), self.reference, self.reference_error)

        self.in_link = QCheckBox(
            self.tr("Patienten är utskrivningsplanerad och finns i &Cosmic Link")
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
            edit.setPlaceholderText(role.usual_holder.replace("{system}", system))
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
        field: QWidget,
        error: ErrorLabel | None = None,
        buddy: QWidget | None = None,
    ) -> None:
        label = QLabel(text)
        label.setBuddy(buddy or field)
        form.addRow(label, with_error(field, error) if error else field)

    def initializePage(self) -> None:
        self.mode_box.setVisible(self._state.workflow.asks_mode(self._state.plan.suitability_ok))
        self._show_concern()  # a resumed draft's time may have passed meanwhile

    def restore(self) -> None:
        """Fill in the fields of a resumed draft."""
        plan = self._state.plan
        local = plan.starts_at.astimezone()
        self.date.set_value(local.date())
        self.time.setText(f"{local:%H:%M}")
        self.duration.setValue(plan.duration_minutes)
        self.reference.setText(plan.reference or "")
        self.requested.setChecked(plan.requested_via is not None)
        self.in_link.setChecked(plan.patient_in_cosmic_link)
        self.partly.setChecked(plan.mode is MeetingMode.PARTLY_DIGITAL)
        for code, edit in self.role_edits.items():
            if code in plan.roles:
                edit.setText(plan.roles[code])

    # --- date and time -----------------------------------------------------------------------
    def starts_at(self) -> datetime | None:
        """The start typed, in local wall time made aware; None while either field is unreadable."""
        day = self.date.value(date.today())
        clock = parse_time(self.time.text())
        if day is None or clock is None:
            return None
        return datetime.combine(day, clock).astimezone()

    def _date_message(self) -> str | None:
        if not self.date.text().strip():
            return self.tr("Fyll i datum, t.ex. 2026-12-03.")
        if self.date.value(date.today()) is None:
            return self.tr("Datumet går inte att läsa. Skriv t.ex. 2026-12-03 eller 3/12.")
        return None

    def _time_message(self) -> str | None:
        if not self.time.text().strip():
            return self.tr("Fyll i tid, t.ex. 13:30.")
        if parse_time(self.time.text()) is None:
            return self.tr("Tiden går inte att läsa. Skriv t.ex. 13:30 eller 1330.")
        return None

    def _date_left(self) -> None:
        # Said when the person leaves the field, not at every key while still typing.
        self.date_error.show_error(self._date_message())
        day = self.date.value(date.today())
        if day is not None and self.date.text() != day.isoformat():
            self.date.set_value(day)  # 3/12 is shown as 2026-12-03: the reading, made visible
        self._show_concern()

    def _time_left(self) -> None:
        self.when_error.show_error(self._time_message())
        clock = parse_time(self.time.text())
        if clock is not None and self.time.text() != f"{clock:%H:%M}":
            self.time.setText(f"{clock:%H:%M}")  # a change here would clear the tick
        self._show_concern()

    def _when_changed(self) -> None:
        starts_at = self.starts_at()
        if starts_at is None:
            missing = not (self.date.text().strip() and self.time.text().strip())
            self.spoken.setText(
                self.tr("Datum eller tid saknas.")
                if missing
                else self.tr("Datum eller tid går inte att läsa.")
            )
        else:
            today = date.today()
            self.spoken.setText(spoken_span(starts_at, self.duration.value(), today))
        # The name a screen reader says carries the words themselves, not just "Vald tid".
        self.spoken.setAccessibleName(self.tr("Vald tid: %1").replace("%1", self.spoken.text()))
        # A fixed field loses its message at once; a new one appears when the field is left.
        if self._date_message() is None:
            self.date_error.show_error(None)
        if self._time_message() is None:
            self.when_error.show_error(None)
        self.concern_ok.setChecked(False)  # a tick given for another time does not count
        if not self.concern_row.isHidden():  # a question already asked follows the new value
            self._show_concern()

    def _concerns(self) -> list[str]:
        starts_at = self.starts_at()
        if starts_at is None:
            return []
        found = []
        if is_past(starts_at, datetime.now().astimezone()):
            found.append(self.tr("Tiden har redan passerat."))
        if is_night(starts_at, self.duration.value()):
            found.append(self.tr("Mötet ligger utanför dagtid (07–20)."))
        return found

    def _show_concern(self) -> bool:
        """Show what to confirm, if anything; True when there is something to confirm."""
        found = self._concerns()
        if found:
            self.concern.setText(" ".join([*found, self.tr("Stämmer tiden?")]))
        self.concern_row.setVisible(bool(found))
        return bool(found)

    def validatePage(self) -> bool:
        ok = True
        date_message, time_message = self._date_message(), self._time_message()
        self.date_error.show_error(date_message)
        self.when_error.show_error(time_message)
        ok &= date_message is None and time_message is None
        starts_at = self.starts_at()
        needs_tick = self._show_concern() and not self.concern_ok.isChecked()
        ok &= not needs_tick
        ref = validate_reference(self.reference.text())
        self.reference_error.show_error(validation_message(ref))
        ok &= ref.ok
        for code, edit in self.role_edits.items():
            result = validate_free_text(edit.text(), max_length=120)
            self.role_errors[code].show_error(validation_message(result))
            ok &= result.ok
        if not ok or starts_at is None:
            self._focus_first_problem(date_message, time_message, needs_tick)
            return False
        plan = self._state.plan
        plan.starts_at = starts_at
        plan.duration_minutes = self.duration.value()
        plan.reference = self.reference.text().strip() or None
        profile = self._state.profile
        plan.requested_via = profile.messaging_code if self.requested.isChecked() else None
        plan.patient_in_cosmic_link = self.in_link.isChecked()
        plan.roles = {c: e.text().strip() for c, e in self.role_edits.items() if e.text().strip()}
        if plan.suitability_ok:
            plan.mode = (
                MeetingMode.PARTLY_DIGITAL
                if self.mode_box.isVisible() and self.partly.isChecked()
                else MeetingMode.DIGITAL
            )
        return True

    def _focus_first_problem(
        self, date_message: str | None, time_message: str | None, needs_tick: bool
    ) -> None:
        """Enter on a page with a problem puts the cursor where the first fix is needed."""
        if date_message:
            self.date.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif time_message:
            self.time.setFocus(Qt.FocusReason.OtherFocusReason)
        elif needs_tick:
            self.concern_ok.setFocus(Qt.FocusReason.OtherFocusReason)
