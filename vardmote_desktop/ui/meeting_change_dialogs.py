"""Dialogs for changing a booked meeting: a new time and length, a participant added or edited."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from vardmote_desktop.domain.confirmation import is_same_day_change
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.domain.types import Channel, MeetingMode, MeetingType
from vardmote_desktop.services.dto import ParticipantInfo, ParticipantPlan
from vardmote_desktop.services.list_rows import MeetingSummary
from vardmote_desktop.ui import texts
from vardmote_desktop.ui.channel_choice import offer_channels, recipient_facts
from vardmote_desktop.ui.datetime_fields import (
    DateField,
    WholeLineEdit,
    WholeSpinBox,
    parse_time,
    spoken_span,
)
from vardmote_desktop.ui.messages import channel_reason
from vardmote_desktop.ui.palette_colors import warning_style
from vardmote_desktop.ui.widgets import ErrorLabel, with_error
from vardmote_desktop.ui.wizards.channel_fix import instead_text
from vardmote_desktop.ui.wizards.participant_form import ParticipantForm


def _t(text: str) -> str:
    # pyside6-lupdate files a bare _t()/tr() call under the nameless context
    # (-tr-function-alias tr+=_t, installer/translations.py): the context looked up.
    return QCoreApplication.translate("", text)


def _resend_note() -> QLabel:
    note = QLabel(
        _t(
            "Mottagare som redan fått mötesuppgifterna måste få dem igen: mötet visas under "
            "Behöver åtgärd tills de är skickade."
        )
    )
    note.setWordWrap(True)
    return note


class RescheduleDialog(QDialog):
    """*Ändra tid och längd*: the date and time read strictly, echoed in words."""

    def __init__(
        self, summary: MeetingSummary, parent: QWidget | None = None, now: datetime | None = None
    ) -> None:
        super().__init__(parent)
        self._now = (now or datetime.now()).astimezone()
        self._old_start = summary.starts_at
        self.setWindowTitle(self.tr("Ändra tid och längd"))
        self.setAccessibleName(self.tr("Ändra tid och längd"))
        local = summary.starts_at.astimezone()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date = DateField()
        self.date.set_value(local.date())
        self.time = WholeLineEdit()
        self.time.setAccessibleName(self.tr("Tid"))
        self.time.setText(f"{local:%H:%M}")
        self.duration = WholeSpinBox()
        self.duration.setRange(10, 480)
        self.duration.setSingleStep(15)
        self.duration.setValue(summary.duration_minutes)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Längd i minuter"))
        self.error = ErrorLabel()
        for text, field, buddy in (
            (self.tr("&Datum:"), self.date, self.date.edit),
            (self.tr("&Tid:"), self.time, self.time),
            (self.tr("&Längd:"), self.duration, self.duration),
        ):
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, field)
        self.spoken = QLabel()
        bold = self.spoken.font()
        bold.setBold(True)
        self.spoken.setFont(bold)
        form.addRow("", self.spoken)
        form.addRow("", self.error)
        layout.addLayout(form)
        layout.addWidget(_resend_note())
        # The routine: a change the same day is phoned through, a message may not be seen.
        self.same_day = QLabel(
            self.tr(
                "Ändring samma dag: ring mottagarna också, ett meddelande hinner kanske inte läsas."
            )
        )
        self.same_day.setWordWrap(True)
        self.same_day.setStyleSheet(warning_style(self.palette()))
        self.same_day.setAccessibleName(self.tr("Ändring samma dag"))
        layout.addWidget(self.same_day)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Spara ny tid"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.date.changed.connect(self._changed)
        self.time.textChanged.connect(self._changed)
        self.duration.valueChanged.connect(self._changed)
        self.starts_at: datetime | None = None
        self._changed()
        self.date.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> datetime | None:
        day = self.date.value(date.today())
        clock = parse_time(self.time.text())
        if day is None or clock is None:
            return None
        return datetime.combine(day, clock).astimezone()

    def _changed(self) -> None:
        chosen = self.chosen()
        self.spoken.setText(
            spoken_span(chosen, self.duration.value(), date.today())
            if chosen is not None
            else self.tr("Datum eller tid går inte att läsa.")
        )
        self.spoken.setAccessibleName(self.tr("Vald tid: %1").replace("%1", self.spoken.text()))
        self.error.show_error(None)
        moments = [self._old_start] + ([chosen] if chosen is not None else [])
        self.same_day.setVisible(any(is_same_day_change(self._now, m) for m in moments))

    def _accept(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            self.error.show_error(
                self.tr("Skriv datum som 2026-12-03 eller 3/12 och tid som 13:30.")
            )
            return
        self.starts_at = chosen
        self.accept()


class ParticipantDialog(QDialog):
    """*Lägg till deltagare* or *Ändra deltagare*: the participant's details and a channel the
    routine allows, with the reason in words when the one wanted is not."""

    def __init__(
        self,
        profile: SiteProfile,
        meeting_type: MeetingType,
        participant: ParticipantInfo | None = None,
        parent: QWidget | None = None,
        mode: MeetingMode = MeetingMode.DIGITAL,
        video: bool = True,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._meeting_type = meeting_type
        editing = participant is not None
        title = (
            self.tr("Ändra deltagare: %1").replace("%1", participant.name)
            if participant is not None
            else self.tr("Lägg till deltagare")
        )
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        self.form = ParticipantForm(profile.allows(Channel.COSMIC_MESSENGER))
        # As in the wizard: whether they join by video is asked only in a partly digital meeting.
        self.form.video.setVisible(mode is MeetingMode.PARTLY_DIGITAL)
        layout.addWidget(self.form)
        row = QFormLayout()
        self.in_link = QCheckBox(self.tr("Patienten finns i Cosmic &Link"))
        self.in_link.setAccessibleName(self.tr("Patienten finns i Cosmic Link"))
        self.in_link.setVisible(profile.allows(Channel.COSMIC_LINK))
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Kanal"))
        channel_label = QLabel(self.tr("&Kanal:"))
        channel_label.setBuddy(self.channel)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.error = ErrorLabel()
        row.addRow("", self.in_link)
        row.addRow(channel_label, with_error(self.channel, self.error))
        row.addRow("", self.reason)
        # A meeting without a room (video judged unsuitable) sends no join details at all.
        self._video = video
        channel_box = QWidget()
        channel_box.setLayout(row)
        channel_box.setVisible(video)
        layout.addWidget(channel_box)
        layout.addWidget(_resend_note())
        if participant is not None:
            self._fill(participant)
        for signal in (self.form.email.textChanged, self.form.phone.textChanged):
            signal.connect(self._advise)
        for box in (self.form.messenger, self.form.relative, self.form.video, self.in_link):
            box.toggled.connect(self._advise)
        self.form.kind.currentIndexChanged.connect(self._advise)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Spara &ändringar") if editing else self.tr("Lä&gg till"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.plan: ParticipantPlan | None = None
        self._advise()
        self.form.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, p: ParticipantInfo) -> None:
        channel = p.delivery.channel if p.delivery else None
        self.form.fill(
            ParticipantPlan(
                name=p.name,
                organisation_kind=p.organisation_kind,
                organisation=p.organisation,
                role=p.role,
                is_relative=p.is_relative,
                email=p.email,
                phone=p.phone,
                joins_by_video=p.joins_by_video,
                # Not stored: the channel chosen at booking says it.
                has_cosmic_messenger=channel is Channel.COSMIC_MESSENGER,
            )
        )
        self.in_link.setChecked(channel is Channel.COSMIC_LINK)
        if channel is not None:
            self.channel.addItem(texts.channel(channel), channel)

    def _advise(self) -> None:
        facts = recipient_facts(self.form, self.in_link, self._meeting_type)
        advice = offer_channels(self.channel, self._profile, facts)
        if advice.allowed:
            self.reason.setText(channel_reason(advice.reason))
        else:  # which channel the routine wants instead, in this site's words
            has_email = bool(self.form.email.text().strip())
            self.reason.setText(instead_text(self._profile, has_email, self))
        self.error.show_error(None)

    def _accept(self) -> None:
        person = self.form.read()
        if person is None:
            return
        channel = self.channel.currentData() if self._video else None
        if channel is None and person.joins_by_video and self._video:
            self.error.show_error(self.reason.text())
            self.channel.setFocus()
            return
        person.channel = Channel(channel) if channel is not None else None
        self.plan = person
        self.accept()
