"""Dialogs after booking: a substitute (*ersättare*) and the start checklist."""

from __future__ import annotations

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

from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.domain.types import Channel, MeetingType
from vardmote_desktop.services.dto import ParticipantInfo, ParticipantPlan
from vardmote_desktop.ui.channel_choice import offer_channels, recipient_facts
from vardmote_desktop.ui.messages import channel_reason
from vardmote_desktop.ui.palette_colors import error_style
from vardmote_desktop.ui.wizards.participant_form import ParticipantForm


class SubstituteDialog(QDialog):
    """*Byt till ersättare*: name and contact as given through the region's messaging system
    (Lifecare SP, Cosmic: the profile's), and a channel."""

    def __init__(
        self,
        profile: SiteProfile,
        meeting_type: MeetingType,
        replaced: ParticipantInfo,
        same_day: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._meeting_type = meeting_type
        self.setWindowTitle(self.tr("Byt till ersättare för %1").replace("%1", replaced.name))
        layout = QVBoxLayout(self)
        reminder = QLabel(
            self.tr(
                "Inbjudan får aldrig vidarebefordras till en kollega. Ersättarens namn och "
                "e-postadress meddelas via %1; ersättaren får en egen inbjudan och "
                "bekräftar på nytt."
            ).replace("%1", profile.messaging_system)
        )
        reminder.setWordWrap(True)
        layout.addWidget(reminder)
        if same_day:
            warning = QLabel(
                self.tr(
                    "Ändring samma dag: kontakta den som kallat via %1, telefon eller "
                    "e-post, så att mötet kan genomföras."
                ).replace("%1", profile.messaging_system)
            )
            warning.setWordWrap(True)
            warning.setStyleSheet(error_style(self.palette()))
            warning.setAccessibleName(self.tr("Ändring samma dag"))
            layout.addWidget(warning)
        self.form = ParticipantForm(profile.allows(Channel.COSMIC_MESSENGER))
        self.form.video.hide()
        index = self.form.kind.findData(replaced.organisation_kind)
        self.form.kind.setCurrentIndex(index)
        self.form.organisation.setText(replaced.organisation)
        self.form.role.setText(replaced.role)
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
        row.addRow("", self.in_link)
        row.addRow(channel_label, self.channel)
        row.addRow("", self.reason)
        layout.addLayout(row)
        for signal in (self.form.email.textChanged, self.form.phone.textChanged):
            signal.connect(self._advise)
        for box in (self.form.messenger, self.form.relative, self.in_link):
            box.toggled.connect(self._advise)
        self.form.kind.currentIndexChanged.connect(self._advise)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Byt"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.substitute: ParticipantPlan | None = None
        self._advise()

    def _advise(self) -> None:
        facts = recipient_facts(self.form, self.in_link, self._meeting_type)
        advice = offer_channels(self.channel, self._profile, facts)
        self.reason.setText(channel_reason(advice.reason))

    def _accept(self) -> None:
        person = self.form.read()
        if person is None:
            return
        channel = self.channel.currentData()
        person.channel = Channel(channel) if channel is not None else None
        self.substitute = person
        self.accept()


class StartChecklistDialog(QDialog):
    """*Starta mötet: kontrollera att alla ser och hör varandra.*"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Starta mötet"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Inled alltid mötet med att kontrollera bild och ljud."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.sees = QCheckBox(self.tr("Alla &ser varandra"))
        self.hears = QCheckBox(self.tr("Ljudet är bra för &alla"))
        for box in (self.sees, self.hears):
            box.setAccessibleName(box.text().replace("&", ""))
            box.toggled.connect(self._update)
            layout.addWidget(box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Mötet är igång"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(self.sees.isChecked() and self.hears.isChecked())
