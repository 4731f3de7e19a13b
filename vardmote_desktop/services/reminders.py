"""Reminders (*påminnelser*) for the system tray: what needs the user now, each shown once.

Three kinds: a recipient still unconfirmed close to the meeting, a meeting about to start, and
a room not deleted after its meeting. A reminder carries the meeting's id, type, start and room
name, never a participant or anything about the patient, because a desktop notification can be
read by anyone passing the screen.

A manual room (a pasted invitation) can be neither checked nor deleted by the app, so its
*Rum ej borttaget* escalates: at the meeting's end, at the end plus the site's grace, and the
next morning (domain/room_lifecycle.reminder_stage); each stage is shown once. A server room
is deleted by the app itself (services/lifecycle.py): it is reminded of once, only when that
has not happened by the end plus the grace or has failed, never while a call is going on
(*pågår fortfarande* is not a warning).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, not_, or_, select
from sqlalchemy.orm import Session, sessionmaker

from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.domain.room_lifecycle import CleanupState, ReminderStage, reminder_stage
from vardmote_desktop.domain.types import MeetingStatus, MeetingType, PlatformKind
from vardmote_desktop.services.base import Clock, Service, utc_now
from vardmote_desktop.services.lifecycle import lifecycle_rules
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store import attention
from vardmote_desktop.store.models import Meeting, MeetingSummary, Room

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
    # A manual room's escalation (None for every other reminder): each stage is shown once.
    stage: ReminderStage | None = None

    @property
    def code(self) -> str:
        return self.kind.value

    @property
    def key(self) -> tuple[ReminderKind, int, ReminderStage | None]:
        """What "shown once" counts: a manual room's next stage is a new reminder."""
        return (self.kind, self.meeting_id, self.stage)


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
        zone: tzinfo | None = None,
    ) -> None:
        super().__init__(factory, settings, profile, clock)
        self._starting_soon = starting_soon
        # The same grace as the automatic deletion of server rooms (site file, profile).
        self._grace = lifecycle_rules(settings, profile).grace
        self._zone = zone  # None: the PC's own time zone, for "the next morning"
        self._shown: set[tuple[ReminderKind, int, ReminderStage | None]] = set()
        self._lock = threading.Lock()  # the tray polls on worker threads

    def due(self, now: datetime) -> list[Reminder]:
        """Reminders due at `now` not handed out before in this session, most urgent first."""
        pending = self.pending(now)
        with self._lock:
            fresh = [r for r in pending if r.key not in self._shown]
            self._shown.update(r.key for r in fresh)
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
            unconfirmed = attention.unconfirmed_soon(now, now + timedelta(hours=self.warning_hours))
            manual = exists().where(
                Room.meeting_id == Meeting.id, Room.platform == PlatformKind.MANUAL
            )
            server_left = and_(
                attention.room_left(now), not_(manual), self._not_deleted_by_now(now)
            )
            rooms = [
                *self._find(session, ReminderKind.ROOM_NOT_DELETED, server_left, newest_first=True),
                *self._manual_rooms(session, now, and_(attention.room_left(now), manual)),
            ]
            rooms.sort(key=lambda r: (r.starts_at, r.meeting_id), reverse=True)
            return [
                *self._find(session, ReminderKind.STARTING_SOON, soon, newest_first=False),
                *self._find(session, ReminderKind.UNCONFIRMED, unconfirmed, newest_first=False),
                *rooms[:LIMIT_PER_KIND],
            ]

    def _not_deleted_by_now(self, now: datetime) -> ColumnElement[bool]:
        """A server room the automatic deletion should have removed: it failed, or nothing is
        under way although the grace after the planned end has passed."""
        cleanup = MeetingSummary.room_cleanup
        ends = func.coalesce(MeetingSummary.ends_at, Meeting.starts_at)
        return or_(
            and_(cleanup.is_not(None), cleanup == CleanupState.FAILED.value),
            and_(cleanup.is_(None), ends <= now - self._grace),
        )

    def _manual_rooms(
        self, session: Session, now: datetime, where: ColumnElement[bool]
    ) -> list[Reminder]:
        """Manual rooms left after their meeting, each at the stage its reminder has reached."""
        zone = self._zone or now.astimezone().tzinfo or UTC
        left = self._find(session, ReminderKind.ROOM_NOT_DELETED, where, newest_first=True)
        rows = session.execute(
            select(MeetingSummary.meeting_id, MeetingSummary.ends_at).where(
                MeetingSummary.meeting_id.in_([r.meeting_id for r in left])
            )
        )
        ends = {meeting_id: end for meeting_id, end in rows}
        reminders = []
        for reminder in left:
            # A row from before 0007 has no end: its start stands in, as *Behöver åtgärd* does.
            stage = reminder_stage(
                ends.get(reminder.meeting_id) or reminder.starts_at,
                now,
                self._grace,
                zone,
                cancelled=reminder.cancelled,
            )
            if stage is not None:
                reminders.append(replace(reminder, stage=stage))
        return reminders

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
