"""Meetings change group as time passes: wake up when one listed meeting's moment comes."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from vardmote_desktop.domain.attention import next_change

if TYPE_CHECKING:
    from vardmote_desktop.services.list_rows import MeetingSummary
    from vardmote_desktop.services.meetings import MeetingService

LONGEST_SLEEP_S = 3600  # then look again: the machine may have slept, the clock jumped


class GroupClock(QObject):
    """Emits `due` with the ids whose warning window opened or whose meeting ended.

    No polling: one single-shot timer set for the earliest such moment among the rows shown.
    """

    due = Signal(frozenset)

    def __init__(
        self, shown: Callable[[], Iterable[MeetingSummary]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._shown = shown  # the rows on screen now
        self._moves: dict[int, datetime] = {}
        self._meetings: MeetingService | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)

    def schedule(self, meetings: MeetingService | None) -> None:
        """Plan the next wake-up for the rows now on screen (domain.attention.next_change)."""
        self._meetings = meetings
        self._moves = {}
        if meetings is not None:
            now, hours = meetings.now(), meetings.warning_hours
            for m in self._shown():
                ends = m.starts_at + timedelta(minutes=m.duration_minutes)
                when = next_change(m.status, m.starts_at, ends, now, hours)
                if when is not None:
                    self._moves[m.id] = when
        if meetings is None or not self._moves:
            self._timer.stop()
            return
        wait = (min(self._moves.values()) - meetings.now()).total_seconds()
        # A second late so the moment has passed; at most an hour, then look again.
        self._timer.start(int(min(max(wait + 1, 1), LONGEST_SLEEP_S) * 1000))

    def stop(self) -> None:
        self._timer.stop()

    def _check(self) -> None:
        meetings = self._meetings
        if meetings is None:
            return
        now = meetings.now()
        due = frozenset(i for i, when in self._moves.items() if when <= now)
        if due:
            self.due.emit(due)  # the window re-reads their rows, then schedules again
        else:
            self.schedule(meetings)  # woken early (the hourly look): plan again
