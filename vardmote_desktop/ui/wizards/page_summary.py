"""Last step: what will be stored, in the users' words; Färdig books the meeting."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizardPage

from vardmote_desktop.ui import texts
from vardmote_desktop.ui.datetime_fields import spoken_span
from vardmote_desktop.ui.widgets import ErrorLabel
from vardmote_desktop.ui.wizards.state import WizardState


class SummaryPage(QWizardPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self._state = state
        self.setTitle(self.tr("Sammanfattning"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Sammanfattning"))
        self.error = ErrorLabel()
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        plan = self._state.plan
        lines = [
            f"<b>{escape(texts.meeting_type(plan.meeting_type))}</b>",
            # In words and as the glossary's date: a slip in either is seen before Färdig.
            texts.count(
                plan.duration_minutes,
                self.tr("Tid: %1 (%2, %n minut)"),
                self.tr("Tid: %1 (%2, %n minuter)"),
            )
            .replace("%1", spoken_span(plan.starts_at, plan.duration_minutes, date.today()))
            .replace("%2", f"{plan.starts_at.astimezone():%Y-%m-%d}"),
            self.tr("Mötesform: %1").replace("%1", texts.meeting_mode(plan.mode)),
        ]
        if not plan.suitability_ok:
            lines.append(self.tr("Video passar inte: mötet loggas utan mötesrum."))
        if plan.reference:
            lines.append(self.tr("Referens: %1").replace("%1", escape(plan.reference)))
        for code, holder in plan.roles.items():
            lines.append(f"{escape(texts.role(code))}: {escape(holder)}")
        room = plan.room
        if room is not None and plan.suitability_ok:
            name = room.name or self.tr("kommunens rum")
            lines.append(self.tr("Mötesrum: %1").replace("%1", escape(name)))
            join = room.join
            if join.video_address:
                lines.append(self.tr("Videoadress: %1").replace("%1", escape(join.video_address)))
            if join.call_id:
                label = self._state.profile.call_id_label
                lines.append(f"{escape(label[:1].upper() + label[1:])}: {escape(join.call_id)}")
        lines.append(self.tr("<br><b>Deltagare</b>"))
        for p in plan.participants:
            channel = texts.channel(p.channel) if p.channel else self.tr("ingen videoinbjudan")
            state = self.tr(", skickad") if p.sent_now else ""
            lines.append(f"{escape(p.name)} – {escape(channel)}{state}")
        self.summary.setText("<br>".join(lines))
        self.error.show_error(None)
