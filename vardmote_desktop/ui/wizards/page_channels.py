"""Step 5: a secure channel per recipient, what to paste there, and whether it is sent."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from vardmote_desktop.domain.channels import channel_options, check_channel
from vardmote_desktop.domain.types import Channel
from vardmote_desktop.domain.workflows import Step, invites_by_video
from vardmote_desktop.services.dto import OutgoingText, ParticipantPlan
from vardmote_desktop.services.errors import ServiceError
from vardmote_desktop.ui import texts
from vardmote_desktop.ui.errors import user_message
from vardmote_desktop.ui.messages import channel_reason
from vardmote_desktop.ui.widgets import ErrorLabel
from vardmote_desktop.ui.wizards.channel_fix import RecipientFix
from vardmote_desktop.ui.wizards.page_summary import SummaryView
from vardmote_desktop.ui.wizards.state import Invitations, WizardState
from vardmote_desktop.ui.wizards.state import outgoing_text as text_for


class RecipientRow(QGroupBox):
    """One recipient: the allowed channels, the advice in one sentence, copy and sent."""

    def __init__(self, page: ChannelsPage, participant: ParticipantPlan) -> None:
        super().__init__(participant.name)
        self._page = page
        self.participant = participant
        state = page.state
        grid = QGridLayout(self)
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Kanal för %1").replace("%1", participant.name))
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        # No channel reaches them: say which to use instead and fix the participant here.
        self.fix = RecipientFix(state.profile, participant)
        self.fix.changed.connect(self._fill_channels)
        self.fix.hide()
        self.copy_subject = QPushButton(self.tr("Kopiera ämnesrad"))
        self.copy_body = QPushButton(self.tr("Kopiera meddelande"))
        self.copy_subject.setAccessibleName(
            self.tr("Kopiera ämnesrad till %1").replace("%1", participant.name)
        )
        for button in (self.copy_subject, self.copy_body):
            # Space copies; Enter is the wizard's Nästa even here, never a second copy.
            button.setAutoDefault(False)
        self.copy_subject.clicked.connect(lambda: self._copy(subject=True))
        self.copy_body.clicked.connect(lambda: self._copy(subject=False))
        self.sent = QCheckBox(self.tr("Skickat nu"))
        self.sent.setAccessibleName(self.tr("Skickat till %1").replace("%1", participant.name))
        self.sent.setChecked(participant.sent_now)
        self.error = ErrorLabel()
        # No mnemonic: the rows repeat it. Tab reaches each row's list, buttons and tick.
        channel_label = QLabel(self.tr("Kanal:"))
        channel_label.setBuddy(self.channel)
        grid.addWidget(channel_label, 0, 0)
        grid.addWidget(self.channel, 0, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_subject)
        buttons.addWidget(self.copy_body)
        buttons.addWidget(self.sent)
        buttons.addStretch(1)
        grid.addLayout(buttons, 0, 2)
        grid.addWidget(self.reason, 1, 0, 1, 3)
        grid.addWidget(self.fix, 2, 0, 1, 3)
        grid.addWidget(self.error, 3, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        self._fill_channels()
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self._channel_changed()

    def _fill_channels(self) -> None:
        """The channels the routine allows for what is known of the recipient now."""
        state = self._page.state
        participant = self.participant
        self.facts = participant.facts(state.plan.meeting_type, state.plan.patient_in_cosmic_link)
        advice = channel_options(state.profile, self.facts)
        current = self.selected()
        self.channel.blockSignals(True)
        self.channel.clear()
        for channel in advice.allowed:
            self.channel.addItem(texts.channel(channel), channel)
        chosen = current or participant.channel or advice.recommended
        if chosen is not None and self.channel.findData(chosen) >= 0:
            self.channel.setCurrentIndex(self.channel.findData(chosen))
        self.channel.blockSignals(False)
        if advice.allowed:
            self.reason.setText(channel_reason(advice.reason))
            self.error.show_error(None)
        else:
            none = self.tr("Ingen tillåten kanal når %1.")
            self.reason.setText(none.replace("%1", participant.name))
            self.fix.show()  # stays once shown, so the person sees what they changed
        self._channel_changed()

    def selected(self) -> Channel | None:
        data = self.channel.currentData()
        return Channel(data) if data is not None else None

    def _channel_changed(self) -> None:
        channel = self.selected()
        self.copy_subject.setVisible(channel is Channel.COSMIC_MESSENGER)
        self.copy_body.setEnabled(channel is not None)
        self.copy_body.setText(
            self.tr("Text att läsa upp")
            if channel is Channel.PHONE
            else self.tr("Kopiera meddelande")
        )
        name = self.participant.name
        self.copy_body.setAccessibleName(  # says what the button does now, and for whom
            self.tr("Kopiera text att läsa upp för %1").replace("%1", name)
            if channel is Channel.PHONE
            else self.tr("Kopiera meddelande till %1").replace("%1", name)
        )
        self.sent.setText(
            self.tr("Ringt nu") if channel is Channel.PHONE else self.tr("Skickat nu")
        )

    def _copy(self, *, subject: bool) -> None:
        channel = self.selected()
        if channel is None:
            return
        try:
            text: OutgoingText = self._page.outgoing_text(channel)
        except ServiceError as exc:  # the privacy guard refused it: say so next to the button
            self.error.show_error(user_message(exc))
            return
        self.error.show_error(None)
        QGuiApplication.clipboard().setText((text.subject or "") if subject else text.body)

    def store(self) -> bool:
        channel = self.selected()
        refusal = check_channel(self._page.state.profile, self.facts, channel) if channel else None
        if channel is None or refusal is not None:
            self.error.show_error(channel_reason(refusal) if refusal else self.tr("Välj en kanal."))
            if channel is None:
                self.fix.show()
            return False
        self.participant.channel = channel
        self.participant.sent_now = self.sent.isChecked()
        return True


class ChannelsPage(QWizardPage):
    def __init__(self, state: WizardState, invitations: Invitations) -> None:
        super().__init__()
        self.state = state
        self._invitations = invitations
        self.setTitle(self.tr("Förmedla mötesuppgifterna säkert"))
        self.setSubTitle(
            self.tr(
                "Välj kanal för varje mottagare. Skicka aldrig mötesuppgifter "
                "eller patientuppgifter med vanlig e-post."
            )
        )
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.copy_all = QPushButton(self.tr("Kopiera &inbjudan"))
        self.copy_all.setAccessibleName(self.tr("Kopiera inbjudan"))
        self.copy_all.setAutoDefault(False)  # Enter goes on; Space or Alt+I copies
        self.copy_all.clicked.connect(self._copy_invitation)
        self.copy_all.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.copy_error = ErrorLabel()
        top.addWidget(self.copy_all)
        top.addWidget(self.copy_error, 1)
        top.addStretch(0)
        layout.addLayout(top)
        self.recipients_area = QScrollArea()
        self.recipients_area.setWidgetResizable(True)
        layout.addWidget(self.recipients_area)
        self.rows: list[RecipientRow] = []
        # The summary merged in (domain/workflows.py): this page is the last, Färdig books.
        self.summary_box = QGroupBox(self.tr("Sammanfattning"))
        self.summary_view = SummaryView(state)
        QVBoxLayout(self.summary_box).addWidget(self.summary_view)
        # Never squeezed by the recipients' list: that one scrolls, the summary is read whole.
        self.summary_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.summary_box)

    def initializePage(self) -> None:
        body = QWidget()
        rows_layout = QVBoxLayout(body)
        plan = self.state.plan
        self.rows = [
            RecipientRow(self, p)
            for p in plan.participants
            if invites_by_video(plan.mode, p.joins_by_video)
        ]
        for row in self.rows:
            rows_layout.addWidget(row)
        if not self.rows:
            rows_layout.addWidget(QLabel(self.tr("Ingen deltar via video.")))
        rows_layout.addStretch(1)
        self.recipients_area.setWidget(body)
        last = self.state.step_after(Step.CHANNELS) is None
        self.summary_box.setVisible(last)
        if last:
            self.summary_view.show_plan(with_participants=False)  # the rows above list them

    def _copy_invitation(self) -> None:
        try:
            text = self.outgoing_text(None)
        except ServiceError as exc:  # the privacy guard refused it: say so next to the button
            self.copy_error.show_error(user_message(exc))
            return
        self.copy_error.show_error(None)
        QGuiApplication.clipboard().setText(text.body)

    def validatePage(self) -> bool:
        return all([row.store() for row in self.rows])

    def outgoing_text(self, channel: Channel | None) -> OutgoingText:
        """The invitation (channel None) or what to paste into one channel."""
        return text_for(self._invitations, self.state.plan, channel)
