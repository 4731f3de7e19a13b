"""Meetings: fetch, add, the main window's three groups, and the retention purge."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Interval,
    Select,
    and_,
    exists,
    func,
    literal_column,
    not_,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, joinedload, selectinload

from vardmote_desktop.domain.types import DeliveryState, MeetingStatus, RoomState
from vardmote_desktop.store.columns import UTCDateTime
from vardmote_desktop.store.errors import NotFoundError
from vardmote_desktop.store.events import allow_event_deletion
from vardmote_desktop.store.models import Delivery, Meeting, Participant, Room

DEFAULT_UNCONFIRMED_HOURS = 24  # the site profile's unconfirmed_warning_hours overrides it
_UNCONFIRMED = (DeliveryState.NOT_SENT, DeliveryState.SENT)


def meeting_ends_at(session: Session) -> ColumnElement[datetime]:
    """SQL for starts_at + duration_minutes, comparable with a UTC datetime parameter.

    Date arithmetic is not portable: PostgreSQL adds an interval; SQLite's strftime adds
    minutes to the stored 'YYYY-MM-DD HH:MM:SS.ffffff' text and answers in the same shape.
    """
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        minute = literal_column("INTERVAL '1 minute'", type_=Interval())
        ends: ColumnElement[Any] = Meeting.starts_at + Meeting.duration_minutes * minute
    elif dialect == "sqlite":
        ends = func.strftime(
            "%Y-%m-%d %H:%M:%f",
            Meeting.starts_at,
            func.printf("+%d minutes", Meeting.duration_minutes),
        )
    else:
        raise ValueError(f"unsupported database backend: {dialect!r}")
    return type_coerce(ends, UTCDateTime())


def meeting_is_over(session: Session, now: datetime) -> ColumnElement[bool]:
    """Held, cancelled, or past its planned end."""
    return or_(Meeting.status != MeetingStatus.PLANNED, meeting_ends_at(session) <= now)


@dataclass(frozen=True)
class MeetingGroups:
    """The main window's lists: *Behöver åtgärd*, *Kommande*, *Tidigare* (disjoint)."""

    needs_action: list[Meeting]
    upcoming: list[Meeting]
    past: list[Meeting]


class MeetingRepository:
    """Meetings of one session; never commits (the service owns the transaction)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, meeting_id: int) -> Meeting | None:
        """The meeting with this id, if any."""
        return self._session.get(Meeting, meeting_id)

    def require(self, meeting_id: int) -> Meeting:
        """The meeting with this id, or NotFoundError."""
        meeting = self.get(meeting_id)
        if meeting is None:
            raise NotFoundError(f"no meeting with id {meeting_id}")
        return meeting

    def add(self, meeting: Meeting) -> Meeting:
        """Add a meeting (with any children attached) and flush so that it has an id."""
        self._session.add(meeting)
        self._session.flush()
        return meeting

    def groups(
        self,
        now: datetime,
        *,
        unconfirmed_hours: float = DEFAULT_UNCONFIRMED_HOURS,
        limit: int = 200,
    ) -> MeetingGroups:
        """The three groups, at most `limit` meetings each, with room and unit loaded.

        Needs action: a room still active after its meeting is over (ended, held or cancelled),
        or a planned meeting starting within `unconfirmed_hours` (and not yet ended) that has an
        active participant whose delivery is not sent or not confirmed. Upcoming: other planned
        meetings not yet ended, soonest first. Past: the rest, newest first.
        """
        session = self._session
        room_left = exists().where(Room.meeting_id == Meeting.id, Room.state == RoomState.ACTIVE)
        unconfirmed = exists().where(
            Delivery.participant_id == Participant.id,
            Participant.meeting_id == Meeting.id,
            Participant.active.is_(True),
            Delivery.state.in_(_UNCONFIRMED),
        )
        over = meeting_is_over(session, now)
        soon = and_(
            Meeting.status == MeetingStatus.PLANNED,
            Meeting.starts_at <= now + timedelta(hours=unconfirmed_hours),
            not_(over),
            unconfirmed,
        )
        needs_action = or_(and_(room_left, over), soon)
        return MeetingGroups(
            needs_action=self._list(needs_action, Meeting.starts_at.asc(), limit),
            upcoming=self._list(
                and_(not_(over), not_(needs_action)), Meeting.starts_at.asc(), limit
            ),
            past=self._list(and_(over, not_(needs_action)), Meeting.starts_at.desc(), limit),
        )

    def purge_started_before(self, cutoff: datetime) -> int:
        """Delete meetings that started before cutoff, with everything they own, history too.

        The retention purge: the only way events leave the log. A meeting whose room is still
        active is kept, because the warning that the room must be deleted outlives retention.
        The caller records an app-wide event saying how many were purged.
        """
        room_left = exists().where(Room.meeting_id == Meeting.id, Room.state == RoomState.ACTIVE)
        statement = (
            select(Meeting)
            .where(Meeting.starts_at < cutoff, not_(room_left))
            .options(
                selectinload(Meeting.roles),
                selectinload(Meeting.room),
                selectinload(Meeting.events),
                selectinload(Meeting.participants).selectinload(Participant.deliveries),
            )
        )
        meetings = list(self._session.scalars(statement))
        with allow_event_deletion(self._session):
            for meeting in meetings:
                self._session.delete(meeting)
            self._session.flush()
        return len(meetings)

    def _list(
        self, where: ColumnElement[bool], order: ColumnElement[Any], limit: int
    ) -> list[Meeting]:
        statement: Select[Meeting] = (
            select(Meeting)
            .where(where)
            .order_by(order, Meeting.id)
            .limit(limit)
            .options(selectinload(Meeting.room), joinedload(Meeting.unit))
        )
        return list(self._session.scalars(statement))
