"""Reminders (*påminnelser*) for the system tray: what needs the user now, each shown once.

Three kinds: a recipient still unconfirmed close to the meeting, a meeting about to start, and
a room not deleted after its meeting. A reminder carries the meeting's id, type, start and room
name, never a participant or anything about the patient, because a desktop notification can be
read by anyone passing the screen.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session, sessionmaker

from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.domain.types import MeetingStatus, MeetingType
from vardmote_desktop.services.base import Clock, Service, utc_now
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store import attention
from vardmote_desktop.store.models import Meeting, MeetingSummary

STARTING_SOON = timedelta(minutes=15)
LIMIT_PER_KIND = 50  # a tray that shows more than this helps nobody; the log lists them all


class ReminderKind(StrEnum):
    """Also the code the UI turns into Swedish (ui/reminders.py)."""

    STARTING_SOON = "starting_soon"  # Mötet börjar snart
    UNCONFIRMED = "unconfirmed"  # Obekräftade mottagare
    ROOM_NOT_DELETED = "room_not_deleted"  # Rum ej borttaget


@dataclass(frozen=True)
class Reminder:
    kind: ReminderKind
    meeting_id: int
    meeting_type: MeetingType
    starts_at: datetime
    room_name: str | None  # e.g. "HC Torsås 8": the room, never a person
    cancelled: bool = False  # the meeting was cancelled: it never took place

    @property
    def code(self) -> str:
        return self.kind.value


class ReminderService(Service):
    """Finds due reminders; remembers (for this session) which it has already handed out."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        settings: Settings,
        profile: SiteProfile,
        clock: Clock = utc_now,
        *,
        starting_soon: timedelta = STARTING_SOON,
    ) -> None:
        super().__init__(factory, settings, profile, clock)
        self._starting_soon = starting_soon
        self._shown: set[tuple[ReminderKind, int]] = set()
        self._lock = threading.Lock()  # the tray polls on worker threads

    def due(self, now: datetime) -> list[Reminder]:
        """Reminders due at `now` not handed out before in this session, most urgent first."""
        pending = self.pending(now)
        with self._lock:
            fresh = [r for r in pending if (r.kind, r.meeting_id) not in self._shown]
            self._shown.update((r.kind, r.meeting_id) for r in fresh)
        return fresh

    def pending(self, now: datetime) -> list[Reminder]:
        """Every reminder due at `now`, shown before or not (the tray menu lists them)."""
        with transaction(self._factory) as session:
            soon = and_(
                Meeting.status == MeetingStatus.PLANNED,
                Meeting.starts_at >= now,
                Meeting.starts_at <= now + self._starting_soon,
            )
            # The same rule as *Behöver åtgärd* (domain.attention), from the summary row.
            unconfirmed = attention.unconfirmed_soon(now, self.warning_hours)
            room_left = attention.room_left(now)
            return [
                *self._find(session, ReminderKind.STARTING_SOON, soon, newest_first=False),
                *self._find(session, ReminderKind.UNCONFIRMED, unconfirmed, newest_first=False),
                *self._find(session, ReminderKind.ROOM_NOT_DELETED, room_left, newest_first=True),
            ]

    @staticmethod
    def _find(
        session: Session, kind: ReminderKind, where: ColumnElement[bool], *, newest_first: bool
    ) -> list[Reminder]:
        order: Any = Meeting.starts_at.desc() if newest_first else Meeting.starts_at.asc()
        statement = (
            select(
                Meeting.id,
                Meeting.meeting_type,
                Meeting.starts_at,
                MeetingSummary.room_name,
                Meeting.status,
            )
            .join(MeetingSummary, MeetingSummary.meeting_id == Meeting.id)
            .where(where)
            .order_by(order, Meeting.id)
            .limit(LIMIT_PER_KIND)
        )
        return [
            Reminder(
                kind,
                row.id,
                row.meeting_type,
                row.starts_at,
                row.room_name,
                cancelled=row.status == MeetingStatus.CANCELLED,
            )
            for row in session.execute(statement)
        ]
