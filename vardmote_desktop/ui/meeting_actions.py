"""The *Möte* menu's actions on the selected meeting and recipient, run off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from vardmote_desktop.domain.attention import ends_at
from vardmote_desktop.domain.confirmation import is_same_day_change
from vardmote_desktop.domain.meeting_state import room_still_needed, start_is_far
from vardmote_desktop.domain.types import (
    DeliveryState,
    MeetingStatus,
    PlatformKind,
    RoomState,
)
from vardmote_desktop.services.dto import MeetingDetail
from vardmote_desktop.ui import texts
from vardmote_desktop.ui.followup_dialogs import StartChecklistDialog, SubstituteDialog
from vardmote_desktop.ui.meeting_change_actions import MeetingChangeActions
from vardmote_desktop.ui.meeting_detail import MeetingDetailPane

if TYPE_CHECKING:
    from vardmote_desktop.services.context import AppContext

Runner = Callable[[Callable[[], Any], Callable[[Any], None]], object]


def _done(_result: object) -> None:
    """An action finished: nothing to do here. The commit reaches every window, this one too,
    through the change bus (services/changes.py), which re-reads the meeting's row and detail."""


class MeetingActions(QObject):
    """Owns the actions; enables each only where the routine allows it."""

    dialogOpened = Signal(QDialog)  # lets tests (and screen readers) find the open dialog

    def __init__(self, pane: MeetingDetailPane, run: Runner, parent: QWidget) -> None:
        super().__init__(parent)
        self._pane = pane
        self._run = run
        self._parent = parent
        self.context: AppContext | None = None

        def make(text: str, slot: Callable[[], None], shortcut: str | None = None) -> QAction:
            action = QAction(text, parent)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            return action

        self.mark_sent = make(self.tr("Markera som &skickad"), self._mark_sent, "Ctrl+Shift+S")
        self.confirm = make(self.tr("Markera som &bekräftad"), self._confirm, "Ctrl+Shift+B")
        self.cannot_attend = make(self.tr("&Kan inte delta"), self._cannot_attend)
        self.substitute = make(self.tr("Byt till &ersättare…"), self._substitute, "Ctrl+Shift+E")
        self.start = make(self.tr("&Starta mötet…"), self._start, "Ctrl+Shift+M")
        self.cancel = make(self.tr("Ställ &in mötet…"), self._cancel)
        self.delete_room = make(self.tr("Ta bort &mötesrum…"), self._delete_room, "Ctrl+Shift+D")
        # Changing the booked meeting and copying what to send again (ui/meeting_change_actions).
        self.changes = MeetingChangeActions(pane, run, parent, lambda: self.context)
        self.changes.dialogOpened.connect(self.dialogOpened)
        self.meeting_actions = [
            self.start,
            self.cancel,
            self.delete_room,
            *self.changes.meeting_actions,
        ]
        self.participant_actions = [
            self.mark_sent,
            self.confirm,
            self.cannot_attend,
            self.substitute,
            *self.changes.participant_actions,
        ]
        pane.add_buttons(self.meeting_actions, self.participant_actions)
        pane.participantSelected.connect(self.update)
        self.update()

    def update(self) -> None:
        detail = self._pane.detail
        person = self._pane.selected_participant()
        planned = detail is not None and detail.summary.status is MeetingStatus.PLANNED
        room = detail.room if detail else None
        state = person.delivery.state if person and person.delivery else None
        active = person is not None and person.active and planned
        self.mark_sent.setEnabled(active and state in (DeliveryState.NOT_SENT, DeliveryState.SENT))
        self.confirm.setEnabled(active and state is DeliveryState.SENT)
        self.cannot_attend.setEnabled(
            active and state is not None and state is not DeliveryState.CANNOT_ATTEND
        )
        self.substitute.setEnabled(active)
        started = detail is not None and detail.held_at is not None
        self.start.setEnabled(planned and room is not None and not started)
        self.cancel.setEnabled(planned)
        self.delete_room.setEnabled(room is not None and room.state is RoomState.ACTIVE)
        self.changes.update()

    # --- handlers -----------------------------------------------------------------------------
    def _participant_call(self, call: Callable[[Any, int], None]) -> None:
        context, detail, person = self.context, self._pane.detail, self._pane.selected_participant()
        if context is None or detail is None or person is None:
            return
        pid = person.id
        self._run(lambda: call(context, pid), _done)

    def _mark_sent(self) -> None:
        self._participant_call(lambda c, pid: c.followup.mark_sent(pid))

    def _confirm(self) -> None:
        self._participant_call(lambda c, pid: c.followup.confirm(pid))

    def _cannot_attend(self) -> None:
        self._participant_call(lambda c, pid: c.followup.cannot_attend(pid))

    def _substitute(self) -> None:
        context, detail, person = self.context, self._pane.detail, self._pane.selected_participant()
        if context is None or detail is None or person is None:
            return
        same_day = is_same_day_change(
            context.meetings.now().astimezone(), detail.summary.starts_at.astimezone()
        )
        dialog = SubstituteDialog(
            context.profile, detail.summary.meeting_type, person, same_day, self._parent
        )
        dialog.accepted.connect(lambda: self._replace(context, detail, person.id, dialog))
        self.dialogOpened.emit(dialog)
        dialog.open()

    def _replace(
        self, context: AppContext, detail: MeetingDetail, pid: int, dialog: SubstituteDialog
    ) -> None:
        plan = dialog.substitute
        if plan is None:
            return
        link = dialog.in_link.isChecked()
        self._run(
            lambda: context.followup.replace_participant(pid, plan, in_cosmic_link=link),
            _done,
        )

    def _start(self) -> None:
        context, detail = self.context, self._pane.detail
        if context is None or detail is None:
            return
        summary = detail.summary
        ends = ends_at(summary.starts_at, summary.duration_minutes)
        now = context.meetings.now()
        if start_is_far(summary.starts_at, ends, now):
            # Started by mistake (the wrong meeting, the wrong day): ask before the checklist.
            self._warn(
                self.tr("Starta mötet"),
                self._far_text(summary.starts_at, ends, now),
                lambda: self._checklist(context, detail),
            )
            return
        self._checklist(context, detail)

    def _far_text(self, starts_at: datetime, ends: datetime, now: datetime) -> str:
        if now < starts_at:
            minutes = int((starts_at - now).total_seconds() // 60)
            text = texts.count(
                minutes,
                self.tr("Mötet börjar först %1, om %n minut. Starta det ändå nu?"),
                self.tr("Mötet börjar först %1, om %n minuter. Starta det ändå nu?"),
            )
            return text.replace("%1", texts.when(starts_at))
        return self.tr("Mötet skulle ha slutat %1. Starta det ändå nu?").replace(
            "%1", texts.when(ends)
        )

    def _checklist(self, context: AppContext, detail: MeetingDetail) -> None:
        dialog = StartChecklistDialog(self._parent)
        meeting_id = detail.summary.id
        dialog.accepted.connect(
            lambda: self._run(lambda: context.followup.start(meeting_id), _done)
        )
        self.dialogOpened.emit(dialog)
        dialog.open()

    def _warn(self, title: str, text: str, on_yes: Callable[[], object]) -> None:
        """A question about something probably wrong: the warning icon, No by default."""
        self._ask(title, text, on_yes, icon=QMessageBox.Icon.Warning)

    def _ask(
        self,
        title: str,
        text: str,
        on_yes: Callable[[], object],
        icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    ) -> None:
        box = QMessageBox(
            icon,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._parent,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(on_yes)  # Yes has the accept role; No and Esc reject
        self.dialogOpened.emit(box)
        box.open()

    def _cancel(self) -> None:
        context, detail = self.context, self._pane.detail
        if context is None or detail is None:
            return
        meeting_id = detail.summary.id
        self._ask(
            self.tr("Ställ in mötet"),
            self.tr("Ställa in mötet? Mötesrummet måste ändå tas bort efteråt."),
            lambda: self._run(lambda: context.followup.cancel(meeting_id), _done),
        )

    def _delete_room(self) -> None:
        context, detail = self.context, self._pane.detail
        if context is None or detail is None or detail.room is None:
            return
        meeting_id, room = detail.summary.id, detail.room
        manual = room.platform is PlatformKind.MANUAL
        question = (
            self.tr("Har du tagit bort mötesrummet ”%1” i %2? Svara ja först när det är gjort.")
            .replace("%1", room.name or "")
            .replace("%2", context.profile.video_tool)
            if manual
            else self.tr("Ta bort mötesrummet ”%1” på videoplattformen?").replace(
                "%1", room.name or ""
            )
        )
        summary = detail.summary
        ends = ends_at(summary.starts_at, summary.duration_minutes)
        icon = QMessageBox.Icon.Question
        if room_still_needed(summary.status, ends, context.meetings.now()):
            # Deleted before its meeting: nobody could join. Said first, as a warning.
            early = self.tr(
                "Mötet är inte över: det slutar %1. Tas rummet bort nu kan ingen ansluta."
            )
            question = early.replace("%1", texts.when(ends)) + " " + question
            icon = QMessageBox.Icon.Warning
        self._ask(
            self.tr("Ta bort mötesrum"),
            question,
            lambda: self._run(
                lambda: context.rooms.delete_room(meeting_id, user_confirmed=manual),
                _done,
            ),
            icon=icon,
        )
