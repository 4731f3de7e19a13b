"""The main window's list and detail pane kept in step with the log.

What the window shows is read on a worker and applied here: the whole overview, one meeting's
detail, only the rows of meetings changed here or on another PC, and the rows the clock moves
to another group (a warning window opens, a meeting ends). The main window owns the widgets
and its start; this is what it does with the log once it is open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vardmote_desktop.services.changes import Changes
    from vardmote_desktop.services.context import AppContext
    from vardmote_desktop.services.dto import MeetingDetail
    from vardmote_desktop.services.list_rows import Overview, OverviewChanges
    from vardmote_desktop.ui.group_clock import GroupClock
    from vardmote_desktop.ui.meeting_actions import MeetingActions
    from vardmote_desktop.ui.meeting_detail import MeetingDetailPane
    from vardmote_desktop.ui.meeting_list import MeetingList
    from vardmote_desktop.ui.reminders import ReminderTray
    from vardmote_desktop.ui.runner import Run


@dataclass(frozen=True)
class OnScreen:
    """What the window announces once a read is on screen (its signals)."""

    overview: Callable[[], None]
    rows: Callable[[OverviewChanges], None]
    detail: Callable[[int], None]


class ScreenSync:
    def __init__(
        self,
        listing: MeetingList,
        detail: MeetingDetailPane,
        actions: MeetingActions,
        clock: GroupClock,
        *,
        run: Run,
        context: Callable[[], AppContext | None],
        tray: Callable[[], ReminderTray | None],
        failed: Callable[[BaseException], None],
        shown: OnScreen,
    ) -> None:
        self._list = listing
        self._detail = detail
        self._actions = actions
        self._clock = clock
        self._run = run
        self._context = context
        self._tray = tray
        self._failed = failed
        self._shown = shown
        self._select_when_listed: int | None = None
        clock.due.connect(self._rows_due)

    def refresh(self) -> None:
        context = self._context()
        if context is not None:
            self._run(context.meetings.overview, self._on_overview)

    def _on_overview(self, overview: Overview) -> None:
        self._list.show_overview(overview)
        self._schedule_clock_check()
        self._shown.overview()

    def show_meeting(self, meeting_id: int) -> None:
        context = self._context()
        if context is not None:
            self._run(lambda: context.meetings.detail(meeting_id), self._on_detail)

    def _on_detail(self, detail: MeetingDetail) -> None:
        self._detail.show_detail(detail)
        self._actions.update()
        self._shown.detail(detail.summary.id)

    def booked(self, meeting_id: int) -> None:
        """A meeting booked here: its row arrives through the change bus; selected once there."""
        self._select_when_listed = meeting_id
        self.show_meeting(meeting_id)

    def on_changes(self, changes: Changes) -> None:
        """Re-read only the changed meetings' rows (and the detail, if it shows one of them)."""
        context = self._context()
        if context is None:
            return
        from vardmote_desktop.ui.changes import CHANGED_ROWS_AT_MOST, purge_touches

        shown = self._detail.detail
        everything = changes.everything or purge_touches(changes, self._list.shown(), shown)
        if everything or len(changes.meeting_ids) > CHANGED_ROWS_AT_MOST:
            self.refresh()
        elif changes.meeting_ids:
            ids = changes.meeting_ids
            self._run(lambda: context.meetings.changed_rows(ids), self._on_changed_rows)
        if shown is not None and (everything or shown.summary.id in changes.meeting_ids):
            self._reload_detail(context, shown.summary.id)
        tray = self._tray()
        if tray is not None and (everything or changes.meeting_ids):
            tray.poll()  # a reminder due now shows now, not at the next minute

    def _on_changed_rows(self, changes: OverviewChanges) -> None:
        self._list.apply_changes(changes)
        self._schedule_clock_check()
        booked = self._select_when_listed
        if booked is not None and any(row.id == booked for row in changes.rows):
            self._select_when_listed = None
            # Only the highlight: booked() has loaded its detail already.
            self._list.blockSignals(True)
            self._list.select_meeting(booked)
            self._list.blockSignals(False)
        self._shown.rows(changes)

    def _schedule_clock_check(self) -> None:
        context = self._context()
        self._clock.schedule(context.meetings if context is not None else None)

    def _rows_due(self, due: frozenset[int]) -> None:
        """The clock moved these rows to another group: re-read just them."""
        context = self._context()
        if context is not None:
            self._run(lambda: context.meetings.changed_rows(due), self._on_changed_rows)

    def _reload_detail(self, context: AppContext, meeting_id: int) -> None:
        def failed(exc: BaseException) -> None:
            from vardmote_desktop.services.errors import NotFound

            if isinstance(exc, NotFound):
                self._detail.clear()  # purged or removed elsewhere: nothing left to show
            else:
                self._failed(exc)

        self._run(lambda: context.meetings.detail(meeting_id), self._on_detail, failed)
