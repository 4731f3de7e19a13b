"""Rooms (*mötesrum*): lookups, and the rooms still to delete (*Rum ej borttaget*)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from vardmote_desktop.domain.types import RoomState
from vardmote_desktop.store.meetings import meeting_is_over
from vardmote_desktop.store.models import Meeting, Room


class RoomRepository:
    """Rooms of one session; never commits (the service owns the transaction)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, room: Room) -> Room:
        """Add a room and flush, so that a reused name, number or address fails here."""
        self._session.add(room)
        self._session.flush()
        return room

    def get(self, room_id: int) -> Room | None:
        """The room with this id, if any."""
        return self._session.get(Room, room_id)

    def for_meeting(self, meeting_id: int) -> Room | None:
        """The meeting's one room, if it has one."""
        return self._session.scalars(select(Room).where(Room.meeting_id == meeting_id)).first()

    def by_call_id(self, call_id: str) -> list[Room]:
        """Rooms with this call ID, newest first (old deleted rooms may share it on the server)."""
        statement = select(Room).where(Room.call_id == call_id).order_by(Room.id.desc())
        return list(self._session.scalars(statement))

    def active(self) -> list[Room]:
        """Every room we still hold on a server (for *Städa rum*)."""
        statement = select(Room).where(Room.state == RoomState.ACTIVE).order_by(Room.id)
        return list(self._session.scalars(statement))

    def active_rooms_of_ended_meetings(self, now: datetime) -> list[Room]:
        """Active rooms whose meeting is over (ended, held or cancelled): the top warning."""
        statement = (
            select(Room)
            .join(Room.meeting)
            .where(Room.state == RoomState.ACTIVE, meeting_is_over(self._session, now))
            .order_by(Meeting.starts_at, Room.id)
            .options(joinedload(Room.meeting))
        )
        return list(self._session.scalars(statement))
