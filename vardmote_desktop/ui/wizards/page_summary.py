"""Last step: what will be stored, in the users' words; Färdig books the meeting.

By video the summary has no page of its own (domain/workflows.py): its `SummaryView` closes
the channels page, which is then the last one.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizardPage

from vardmote_desktop.ui import texts
from vardmote_desktop.ui.datetime_fields import spoken_span
from vardmote_desktop.ui.widgets import ErrorLabel
from vardmote_desktop.ui.wizards.state import WizardState


class SummaryView(QWidget):
    """The plan in the users' words, and where a failed booking is explained."""

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Sammanfattning"))
        self.error = ErrorLabel()
        layout.addWidget(self.summary)
        layout.addWidget(self.error)

    def show_plan(self, with_participants: bool = True) -> None:
        """The plan as it stands; without the participants where the page above lists them."""
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
        if with_participants:
            lines.append(self.tr("<br><b>Deltagare</b>"))
            for p in plan.participants:
                channel = texts.channel(p.channel) if p.channel else self.tr("ingen videoinbjudan")
                state = self.tr(", skickad") if p.sent_now else ""
                lines.append(f"{escape(p.name)} – {escape(channel)}{state}")
        self.summary.setText("<br>".join(lines))
        self.error.show_error(None)


class SummaryPage(QWizardPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self._state = state
        self.setTitle(self.tr("Sammanfattning"))
        layout = QVBoxLayout(self)
        self.view = SummaryView(state)
        self.summary = self.view.summary
        self.error = self.view.error
        layout.addWidget(self.view)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        self.view.show_plan()
