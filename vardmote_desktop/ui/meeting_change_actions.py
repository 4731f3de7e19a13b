"""Changing a booked meeting from the detail pane, and copying what to send (again).

*Ändra tid och längd*, *Lägg till / Ändra / Ta bort deltagare* run through the meeting
service off the GUI thread (services/meeting_changes.py); *Kopiera inbjudan* and *Kopiera
meddelande* put the invitation, or the text for the selected recipient's channel, on the
clipboard through the privacy guard, so re-sending after a change is two clicks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from vardmote_desktop.domain.types import MeetingStatus, RoomState
from vardmote_desktop.services.dto import MeetingDetail, ParticipantInfo, RoomPlan
from vardmote_desktop.services.errors import ServiceError
from vardmote_desktop.ui.errors import user_message
from vardmote_desktop.ui.meeting_change_dialogs import ParticipantDialog, RescheduleDialog
from vardmote_desktop.ui.meeting_detail import MeetingDetailPane

if TYPE_CHECKING:
    from vardmote_desktop.services.context import AppContext

log = logging.getLogger(__name__)

Runner = Callable[[Callable[[], Any], Callable[[Any], None]], object]


def _done(_result: object) -> None:
    """The change bus brings the commit back to every window (services/changes.py)."""


def changeable(detail: MeetingDetail | None) -> bool:
    """A planned meeting whose room was not deleted: its time and people can still change."""
    if detail is None or detail.summary.status is not MeetingStatus.PLANNED:
        return False
    return detail.room is None or detail.room.state is not RoomState.DELETED


class MeetingChangeActions(QObject):
    """The change and copy actions; MeetingActions lists them in the menu and the pane."""

    dialogOpened = Signal(QDialog)

    def __init__(
        self,
        pane: MeetingDetailPane,
        run: Runner,
        parent: QWidget,
        context: Callable[[], AppContext | None],
    ) -> None:
        super().__init__(parent)
        self._pane = pane
        self._run = run
        self._parent = parent
        self._context = context

        def make(text: str, slot: Callable[[], None], shortcut: str | None = None) -> QAction:
            action = QAction(text, parent)
            if shortcut:
                action.setShortcut(shortcut)
            action.triggered.connect(slot)
            return action

        self.reschedule = make(self.tr("Ändra &tid och längd…"), self._reschedule, "Ctrl+Shift+T")
        self.copy_invitation = make(self.tr("Kopiera i&nbjudan"), self._copy_invitation)
        self.add = make(self.tr("&Lägg till deltagare…"), self._add, "Ctrl+Shift+L")
        self.edit = make(self.tr("Ändra &deltagare…"), self._edit)
        self.remove = make(self.tr("Ta bort delta&gare…"), self._remove)
        self.copy_message = make(self.tr("Kopier&a meddelande"), self._copy_message)
        self.meeting_actions = [self.reschedule, self.copy_invitation]
        self.participant_actions = [self.copy_message, self.add, self.edit, self.remove]

    def update(self) -> None:
        detail = self._pane.detail
        person = self._pane.selected_participant()
        can_change = changeable(detail)
        room = detail.room if detail is not None else None
        has_join = room is not None and room.state is not RoomState.DELETED
        active = person is not None and person.active
        self.reschedule.setEnabled(can_change)
        self.add.setEnabled(can_change)
        self.edit.setEnabled(can_change and active)
        self.remove.setEnabled(can_change and active)
        self.copy_invitation.setEnabled(has_join)
        self.copy_message.setEnabled(
            has_join and active and person is not None and person.delivery is not None
        )

    # --- changes ------------------------------------------------------------------------------
    def _reschedule(self) -> None:
        context, detail = self._context(), self._pane.detail
        if context is None or detail is None:
            return
        dialog = RescheduleDialog(detail.summary, self._parent, now=context.meetings.now())
        meeting_id, has_server_room = detail.summary.id, self._server_room(detail)

        def accepted() -> None:
            starts_at, minutes = dialog.starts_at, dialog.duration.value()
            if starts_at is None:
                return
            self._run(lambda: self._move(context, meeting_id, starts_at, minutes, has_server_room),
                      _done)  # fmt: skip

        dialog.accepted.connect(accepted)
        self._open(dialog)

    @staticmethod
    def _server_room(detail: MeetingDetail) -> bool:
        room = detail.room
        return room is not None and bool(room.platform_room_id) and room.state is RoomState.ACTIVE

    @staticmethod
    def _move(
        context: AppContext, meeting_id: int, starts_at: Any, minutes: int, server_room: bool
    ) -> int:
        """On the worker: the new time, then the server room's mark follows the planned end.

        The mark tells another PC's *Städa rum* when the meeting ends. A server that fails here
        does not undo the change: the next *Städa rum* of this log corrects the mark, as after
        booking (ui/wizards/meeting_wizard.py), so the failure is only logged.
        """
        from vardmote_desktop.platforms.base import PlatformError

        reset = context.meetings.reschedule(meeting_id, starts_at, minutes)
        if server_room:
            try:
                context.rooms.stamp_planned_end(meeting_id)
            except (PlatformError, ServiceError) as exc:
                log.warning("room mark not updated after a new time: %s", type(exc).__name__)
        return reset

    def _add(self) -> None:
        context, detail = self._context(), self._pane.detail
        if context is None or detail is None:
            return
        summary = detail.summary
        dialog = ParticipantDialog(
            context.profile,
            summary.meeting_type,
            None,
            self._parent,
            mode=summary.mode,
            video=detail.suitability_ok and detail.room is not None,
        )
        meeting_id = detail.summary.id

        def accepted() -> None:
            plan, link = dialog.plan, dialog.in_link.isChecked()
            if plan is not None:
                self._run(
                    lambda: context.meetings.add_participant(meeting_id, plan, in_cosmic_link=link),
                    _done,
                )

        dialog.accepted.connect(accepted)
        self._open(dialog)

    def _edit(self) -> None:
        context, detail, person = self._context(), self._pane.detail, self._selected()
        if context is None or detail is None or person is None:
            return
        summary = detail.summary
        dialog = ParticipantDialog(
            context.profile,
            summary.meeting_type,
            person,
            self._parent,
            mode=summary.mode,
            video=detail.suitability_ok and detail.room is not None,
        )
        pid = person.id

        def accepted() -> None:
            plan, link = dialog.plan, dialog.in_link.isChecked()
            if plan is not None:
                self._run(
                    lambda: context.meetings.edit_participant(pid, plan, in_cosmic_link=link),
                    _done,
                )

        dialog.accepted.connect(accepted)
        self._open(dialog)

    def _remove(self) -> None:
        context, person = self._context(), self._selected()
        if context is None or person is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Ta bort deltagare"),
            self.tr(
                "Ta bort %1 från mötet? Berätta för personen att hen inte längre är kallad; "
                "historiken behåller att hen var med."
            ).replace("%1", person.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._parent,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        pid = person.id
        box.accepted.connect(lambda: self._run(lambda: context.meetings.remove_participant(pid),
                                               _done))  # fmt: skip
        self._open(box)

    # --- copying ------------------------------------------------------------------------------
    def _copy_invitation(self) -> None:
        self._copy(None)

    def _copy_message(self) -> None:
        person = self._selected()
        if person is not None and person.delivery is not None:
            self._copy(person)

    def _copy(self, person: ParticipantInfo | None) -> None:
        context, detail = self._context(), self._pane.detail
        if context is None or detail is None or detail.room is None:
            return
        room = detail.room
        plan = RoomPlan(platform=room.platform, name=room.name, join=room.join)
        channel = person.delivery.channel if person is not None and person.delivery else None
        try:
            text = context.invitations.outgoing(channel, plan, detail.summary.starts_at)
        except ServiceError as exc:  # the privacy guard refused it: say so in the pane
            self._pane.show_copy_result(user_message(exc), ok=False)
            return
        QGuiApplication.clipboard().setText(text.body)
        done = (
            self.tr("Meddelandet till %1 är kopierat.").replace("%1", person.name)
            if person is not None
            else self.tr("Inbjudan är kopierad.")
        )
        if text.subject:  # Cosmic Messenger: the subject line is typed in its own field
            done += " " + self.tr("Ämnesrad: %1").replace("%1", text.subject)
        self._pane.show_copy_result(done, ok=True)

    # --- helpers ------------------------------------------------------------------------------
    def _selected(self) -> ParticipantInfo | None:
        person = self._pane.selected_participant()
        return person if person is not None and person.active else None

    def _open(self, dialog: QDialog) -> None:
        self.dialogOpened.emit(dialog)
        dialog.open()
