"""One wizard per meeting type, assembled from the shared pages in the routine's order.

The order and its conditions are data in `domain/workflows.py`; `nextId` reads them from there.
Each page gets the `WizardState` it edits and the services it calls, never this wizard.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QPushButton, QWidget, QWizard, QWizardPage

from vardmote_desktop.domain.types import MeetingType
from vardmote_desktop.domain.workflows import Step, Workflow, workflow
from vardmote_desktop.services.dto import MeetingPlan
from vardmote_desktop.services.errors import DraftGone, RoomNameTaken
from vardmote_desktop.ui import texts
from vardmote_desktop.ui.errors import user_message
from vardmote_desktop.ui.wizards.help import WizardHelp
from vardmote_desktop.ui.wizards.page_channels import ChannelsPage
from vardmote_desktop.ui.wizards.page_details import DetailsPage
from vardmote_desktop.ui.wizards.page_participants import ParticipantsPage
from vardmote_desktop.ui.wizards.page_room import RoomPage
from vardmote_desktop.ui.wizards.page_suitability import SuitabilityPage
from vardmote_desktop.ui.wizards.page_summary import SummaryPage
from vardmote_desktop.ui.wizards.state import WizardState, apply_last_used, log_only
from vardmote_desktop.ui.workers import Worker, WorkerSet

if TYPE_CHECKING:
    from vardmote_desktop.services.contact_values import LastUsed
    from vardmote_desktop.services.context import AppContext
    from vardmote_desktop.services.drafts import DraftInfo

log = logging.getLogger(__name__)

# The page ids are the steps' numbers (stored in drafts); kept here for the tests' imports.
SUITABILITY, DETAILS, PARTICIPANTS, ROOM, CHANNELS, SUMMARY = (
    Step.SUITABILITY,
    Step.DETAILS,
    Step.PARTICIPANTS,
    Step.ROOM,
    Step.CHANNELS,
    Step.SUMMARY,
)


def usable(widget: QWidget) -> bool:
    """Visible, enabled and taking focus by Tab: where a person's cursor may be."""
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def first_usable(page: QWidget) -> QWidget | None:
    """The first usable widget of the page in Tab order."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if page.isAncestorOf(widget) and usable(widget):
            return widget.focusProxy() or widget
        widget = widget.nextInFocusChain()
    return None


class MeetingWizard(QWizard):
    """Collects a MeetingPlan page by page; Färdig books it through the meeting service."""

    booked = Signal(int)

    def __init__(
        self,
        meeting_type: MeetingType,
        context: AppContext,
        parent: QWidget | None = None,
        draft: DraftInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        routine = workflow(meeting_type)
        self.state = WizardState(
            plan=MeetingPlan(
                meeting_type=meeting_type,
                mode=routine.modes[0],
                starts_at=datetime.now().astimezone() + timedelta(days=1),
            ),
            workflow=routine,
            profile=context.profile,
            actor=context.settings.identity.display_name,  # a person's name, for the roles
        )
        self._jobs = WorkerSet(self, self._failed)
        self._saving = False
        self.meeting_id: int | None = None
        self.setWindowTitle(
            self.tr("Nytt möte – %1").replace("%1", texts.meeting_type(meeting_type))
        )
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(760, 620)
        state = self.state
        self.suitability_page = SuitabilityPage(state)
        self.details_page = DetailsPage(state)
        self.participants_page = ParticipantsPage(state, context.contacts, self.run)
        self.room_page = RoomPage(state, context.rooms, self.run)
        self.channels_page = ChannelsPage(state, context.invitations)
        self.summary_page = SummaryPage(state)
        self.pages: dict[Step, QWizardPage] = {
            Step.SUITABILITY: self.suitability_page,
            Step.DETAILS: self.details_page,
            Step.PARTICIPANTS: self.participants_page,
            Step.ROOM: self.room_page,
            Step.CHANNELS: self.channels_page,
            Step.SUMMARY: self.summary_page,
        }
        for step, page in self.pages.items():
            self.setPage(step, page)
        # F1 and Hjälp: the routine's help for the page on screen (ui/wizards/help.py).
        self.help = WizardHelp(self, context.profile)
        self.setStartId(routine.steps[0].step)
        self.draft_id: int | None = None
        self._draft_in_flight = False
        self._draft_pending = False
        self._booked_elsewhere = False  # Färdig found this plan's room booked (RoomNameTaken)
        if draft is not None:
            self._resume(draft)
        elif context.contacts is not None:
            # What the unit chose last time in this type's wizard, pre-filled (state.py).
            contacts = context.contacts
            self.run(lambda: contacts.last_used(meeting_type), self._last_used_loaded, log_only)
        # Saved at every step, so a wizard closed half-way or a killed application loses at
        # most the page in front of the user.
        self.currentIdChanged.connect(self._save_draft)
        self.currentIdChanged.connect(self._page_shown)

    @property
    def plan(self) -> MeetingPlan:
        return self.state.plan

    @property
    def workflow(self) -> Workflow:
        return self.state.workflow

    def _resume(self, draft: DraftInfo) -> None:
        self.draft_id = draft.id
        self.state.plan = draft.plan
        self.suitability_page.restore()
        self.details_page.restore()
        self.room_page.restore(draft.reserved)

    def _last_used_loaded(self, last: LastUsed) -> None:
        self.state.last_used = last
        if self.currentId() in (-1, Step.SUITABILITY):  # nothing on the details page typed yet
            apply_last_used(self.state)
            self.details_page.restore()

    def _save_draft(self, page_id: int = -1) -> None:
        if page_id >= 0:
            self._booked_elsewhere = False  # moved to a page: the plan may change, so it is kept
        if self._saving or (page_id == Step.SUITABILITY and self.draft_id is None):
            return  # nothing entered yet, or the meeting is being booked
        if self._booked_elsewhere:
            return  # closed (page -1) after Färdig found it booked on another PC: see reject()
        if self._draft_in_flight:
            # One save at a time: two first saves in parallel would create two drafts.
            self._draft_pending = True
            return
        self._draft_in_flight = True
        # A copy taken here: the pages keep editing the plan while the worker writes it.
        plan, reserved, draft_id = copy.deepcopy(self.plan), self.room_page.reserved, self.draft_id
        page = max(self.currentId(), 0)

        def save() -> int:
            return self.context.drafts.save(draft_id, plan, page, reserved)

        self.run(save, self._draft_saved, self._draft_failed)

    def _draft_saved(self, draft_id: int) -> None:
        self.draft_id = draft_id
        self._draft_done()

    def _draft_failed(self, exc: BaseException) -> None:
        # Not worth interrupting the user: the meeting itself is still saved on Färdig.
        log.warning("draft not saved: %s", type(exc).__name__)
        self._draft_done()

    def _draft_done(self) -> None:
        self._draft_in_flight = False
        if self._saving and self.meeting_id is None:
            # Färdig was pressed during the save: now the draft has its id. Avbryt pressed
            # since then closed the wizard before anything was booked: the draft stays.
            if self.isVisible():
                self._start_booking()
            else:
                self._saving = False
            return
        if self._draft_pending:
            self._draft_pending = False
            self._save_draft(self.currentId())

    # --- keyboard ----------------------------------------------------------------------------
    def _page_shown(self, page_id: int) -> None:
        """Enter goes on, and the cursor starts on something a person can see and use."""
        page = self.page(page_id)
        if page is None:
            return
        # A QPushButton in a dialog is "auto default": once it has had focus, Enter presses it
        # (Enter on the channel page copied again). Enter belongs to Nästa/Färdig; a focused
        # page button is pressed with Space. Swept at every page change, for rows built late.
        for button in page.findChildren(QPushButton):
            button.setAutoDefault(False)
        focus = QApplication.focusWidget()
        if focus is not None and usable(focus) and (page.isAncestorOf(focus) or focus is page):
            return
        # QWizard gives focus to the page's first child in the focus chain even when it is
        # hidden (the time page's mode buttons when no mode is asked): take the first usable.
        target = first_usable(page)
        if target is None:
            go_on = self.button(QWizard.WizardButton.NextButton)
            if not usable(go_on):
                go_on = self.button(QWizard.WizardButton.FinishButton)
            target = go_on
        target.setFocus(Qt.FocusReason.TabFocusReason)

    def nextId(self) -> int:
        """The routine's next step (domain/workflows.py), or -1 after the last."""
        current = self.currentId()
        if current < 0:
            return -1
        following = self.state.step_after(Step(current))
        return -1 if following is None else int(following)

    def run(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> Worker:
        return self._jobs.run(fn, done, failed)

    def busy(self) -> bool:
        return self._jobs.busy()

    def _failed(self, exc: BaseException) -> None:
        self._booked_elsewhere = isinstance(exc, RoomNameTaken)
        if isinstance(exc, DraftGone):
            # Booked or discarded on another PC: said, and the next Färdig books without it
            # (the room name still guards a meeting already booked with our room).
            self.draft_id = None
        # Said on the last page, the summary's or the channels page the summary is merged into.
        final = self.channels_page if self.currentPage() is self.channels_page else None
        view = final.summary_view if final is not None else self.summary_page.view
        view.error.show_error(user_message(exc))
        self._saving = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)

    def accept(self) -> None:
        if self._saving:
            return
        # The last page may decide something (the channels page, the summary merged into it):
        # its answers go into the plan before booking, as Nästa would have put them.
        if not self.validateCurrentPage():
            return
        self._saving = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        if not self._draft_in_flight:
            self._start_booking()
        # else _draft_done books: a save finishing after the booking would write the draft
        # again, for a meeting already booked (and one that is the first would have no id yet).

    def _start_booking(self) -> None:
        plan, draft_id = self.plan, self.draft_id
        self.run(lambda: self._book(plan, draft_id), self._on_booked)

    def _book(self, plan: MeetingPlan, draft_id: int | None) -> int:
        """Book, then (on the worker still) put the booked end into the server room's mark.

        The room was made before the time was final; another PC's *Städa rum* trusts the mark.
        A server that fails here does not undo the booking: the next *Städa rum* on a PC of
        this log corrects the mark, so the failure is only logged.
        """
        from vardmote_desktop.platforms.base import PlatformError
        from vardmote_desktop.services.errors import ServiceError

        meeting_id = self.context.meetings.book(plan, draft_id)  # the draft goes with it
        if self.context.contacts is not None:
            try:  # next time's pre-filled values; the booking stands without them
                self.context.contacts.remember(plan)
            except ServiceError as exc:
                log.warning("last-used values not kept: %s", type(exc).__name__)
        if plan.room is not None and plan.room.platform_room_id:
            try:
                self.context.rooms.stamp_planned_end(meeting_id)
            except (PlatformError, ServiceError) as exc:
                log.warning("room mark not updated after booking: %s", type(exc).__name__)
        return meeting_id

    def _on_booked(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        self.draft_id = None  # taken in the booking's own transaction
        self.booked.emit(meeting_id)
        super().accept()

    def reject(self) -> None:
        if self._booked_elsewhere:
            # The same meeting, booked on another PC: kept as a draft it would be offered again
            # under Nytt möte, and refused again.
            draft_id, self.draft_id = self.draft_id, None
            if draft_id is not None:
                self.run(lambda: self.context.drafts.discard(draft_id), lambda _: None)
        else:
            # The draft stays: Nytt möte offers to continue it next time.
            self._save_draft(self.currentId())
        super().reject()
