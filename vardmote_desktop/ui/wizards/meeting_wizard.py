"""One wizard per meeting type, assembled from the shared pages in the routine's order."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from vardmote_desktop.domain.types import Channel, MeetingMode, MeetingType
from vardmote_desktop.domain.workflows import workflow
from vardmote_desktop.services.dto import MeetingPlan, OutgoingText
from vardmote_desktop.ui import texts
from vardmote_desktop.ui.errors import user_message
from vardmote_desktop.ui.wizards.page_channels import ChannelsPage
from vardmote_desktop.ui.wizards.page_details import DetailsPage
from vardmote_desktop.ui.wizards.page_participants import ParticipantsPage
from vardmote_desktop.ui.wizards.page_room import RoomPage
from vardmote_desktop.ui.wizards.page_suitability import SuitabilityPage
from vardmote_desktop.ui.wizards.page_summary import SummaryPage
from vardmote_desktop.ui.workers import Worker, run_in_background

if TYPE_CHECKING:
    from vardmote_desktop.services.context import AppContext

SUITABILITY, DETAILS, PARTICIPANTS, ROOM, CHANNELS, SUMMARY = range(6)


class MeetingWizard(QWizard):
    """Collects a MeetingPlan page by page; Färdig books it through the meeting service."""

    booked = Signal(int)

    def __init__(
        self, meeting_type: MeetingType, context: AppContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.profile = context.profile
        self.actor = context.settings.actor
        self.workflow = workflow(meeting_type)
        self.plan = MeetingPlan(
            meeting_type=meeting_type,
            mode=self.workflow.modes[0],
            starts_at=datetime.now().astimezone() + timedelta(days=1),
        )
        self._workers: list[Worker] = []
        self._saving = False
        self.meeting_id: int | None = None
        self.setWindowTitle(
            self.tr("Nytt möte – %1").replace("%1", texts.meeting_type(meeting_type))
        )
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(760, 620)
        self.pages: dict[int, QWizardPage] = {
            SUITABILITY: SuitabilityPage(self),
            DETAILS: DetailsPage(self),
            PARTICIPANTS: ParticipantsPage(self),
            ROOM: RoomPage(self),
            CHANNELS: ChannelsPage(self),
            SUMMARY: SummaryPage(self),
        }
        for page_id, page in self.pages.items():
            self.setPage(page_id, page)
        self.setStartId(SUITABILITY)

    def page_after(self, page: QWizardPage) -> int:
        """The routine's order; a meeting unsuitable for video skips the room and channels."""
        current = next(k for k, v in self.pages.items() if v is page)
        video = self.plan.suitability_ok and self.plan.mode in (
            MeetingMode.DIGITAL,
            MeetingMode.PARTLY_DIGITAL,
        )
        order = [SUITABILITY, DETAILS, PARTICIPANTS]
        order += [ROOM, CHANNELS] if video else []
        order.append(SUMMARY)
        index = order.index(current)
        return order[index + 1] if index + 1 < len(order) else -1

    def run(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> Worker:
        worker = run_in_background(self, fn, done, failed or self._failed)
        self._workers = [w for w in self._workers if w.running] + [worker]
        return worker

    def busy(self) -> bool:
        return any(w.running for w in self._workers)

    def _failed(self, exc: BaseException) -> None:
        summary = self.pages[SUMMARY]
        assert isinstance(summary, SummaryPage)
        summary.error.show_error(user_message(exc))
        self._saving = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)

    def outgoing_text(self, channel: Channel | None) -> OutgoingText:
        """The invitation (channel None) or what to paste into one channel."""
        room = self.plan.room
        if room is None:
            return OutgoingText(body="")
        return self.context.invitations.outgoing(channel, room, self.plan.starts_at)

    def accept(self) -> None:
        if self._saving:
            return
        self._saving = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        plan = self.plan
        self.run(lambda: self.context.meetings.book(plan), self._on_booked)

    def _on_booked(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        self.booked.emit(meeting_id)
        super().accept()

    def reject(self) -> None:
        for worker in self._workers:
            worker.cancel()
        super().reject()
