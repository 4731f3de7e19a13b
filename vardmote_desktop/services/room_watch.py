"""What really happened in our server rooms: was a call seen while the meeting was on?

Run by the automatic deletion (services/lifecycle.py) under its lease and in its run: one
question per room and run (every few minutes) from shortly before the start to the grace after
the end (domain/room_calls.py), recording when a call was first and last seen and the most
participants. Once the planned end has passed, a meeting whose room saw a call becomes
*Genomfört*; one whose watched room saw nobody is flagged *ingen anslöt*.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, sessionmaker

from vardmote_desktop.domain.attention import ends_at
from vardmote_desktop.domain.room_calls import WATCH_LEAD, CallOutcome, is_watched, outcome
from vardmote_desktop.domain.room_lifecycle import CleanupState
from vardmote_desktop.domain.types import EventAction, MeetingStatus, PlatformKind, RoomState
from vardmote_desktop.platforms.base import PlatformError, VideoPlatform
from vardmote_desktop.services.base import Clock
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store.log_summary import refresh_meeting_summary
from vardmote_desktop.store.models import Meeting, Room
from vardmote_desktop.store.unit_models import RoomCall

# Longest meeting whose room is watched: bounds the watch query to a range of starts_at.
_LONGEST_MEETING = timedelta(hours=24)
# A room's record is settled at the first run after the planned end; older ones are not read.
_SETTLE_WITHIN = timedelta(days=7)


@dataclass(frozen=True)
class ServerRoom:
    """One of our rooms on the server, with what the deletion knows of it."""

    meeting_id: int
    room_id: int
    name: str
    server_id: str
    ends: datetime
    state: CleanupState | None
    attempts: int
    door_closed: bool


# Writes one history event about a room in the given session (the caller's actor and clock).
Record = Callable[..., None]


def refresh_summary(session: Session, room: ServerRoom) -> None:
    # room_cleanups and room_calls are not tables the flush listener watches: the summary row
    # (what *Behöver åtgärd* shows) is brought in step here.
    session.flush()
    refresh_meeting_summary(session, room.meeting_id)


class RoomWatch:
    """Asks about calls in rooms whose meeting is on, and settles what happened afterwards."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        clock: Clock,
        grace: timedelta,
        record: Record,
    ) -> None:
        self._factory = factory
        self._clock = clock
        self._grace = grace  # after the planned end: as long as the deletion waits
        self._record = record

    def rooms(self, kind: PlatformKind) -> list[ServerRoom]:
        """Active server rooms whose meeting is on: from shortly before its start to its end
        plus the deletion's grace (domain/room_calls.is_watched)."""
        now = self._clock()
        statement = (
            select(Room, Meeting)
            .join(Meeting, Meeting.id == Room.meeting_id)
            .where(
                Room.state == RoomState.ACTIVE,
                Room.platform == kind,
                Room.platform_room_id.is_not(None),
                Meeting.status != MeetingStatus.CANCELLED,
                Meeting.starts_at <= now + WATCH_LEAD,
                Meeting.starts_at > now - self._grace - _LONGEST_MEETING,
            )
            .order_by(Meeting.starts_at, Room.id)
        )
        watched = []
        with transaction(self._factory) as session:
            for room, meeting in session.execute(statement):
                ends = ends_at(meeting.starts_at, meeting.duration_minutes)
                if not is_watched(meeting.status, meeting.starts_at, ends, now, self._grace):
                    continue
                watched.append(
                    ServerRoom(
                        meeting_id=meeting.id,
                        room_id=room.id,
                        name=room.name or room.video_address or "",
                        server_id=room.platform_room_id or "",
                        ends=ends,
                        state=None,
                        attempts=0,
                        door_closed=False,
                    )
                )
        return watched

    def watch(self, client: VideoPlatform, room: ServerRoom) -> None:
        """Ask the server once whether a call is going on, and keep what it says."""
        try:
            activity = client.call_activity(room.server_id)
        except PlatformError:
            return  # not known this time (gone, or the server did not answer): asked next run
        self.record_activity(room, activity.active, activity.participants)

    def record_activity(self, room: ServerRoom, active: bool, participants: int) -> None:
        """Keep what the server said about a room's call (also from the deletion's own check)."""
        now = self._clock()
        with transaction(self._factory) as session:
            meeting = session.get(Meeting, room.meeting_id)
            if meeting is None or meeting.status is MeetingStatus.CANCELLED:
                return
            row = session.get(RoomCall, room.room_id)
            if row is None:
                row = RoomCall(
                    room_id=room.room_id, watched_from=now, checked_at=now, max_participants=0
                )
                session.add(row)
            row.checked_at = now
            if not active:
                return
            first = row.first_seen_at is None
            if first:
                row.first_seen_at = now
            row.last_seen_at = now
            row.max_participants = max(row.max_participants or 0, participants)
            if first:
                self._record(session, EventAction.ROOM_CALL_SEEN, room, participants=participants)

    def settle(self) -> tuple[list[int], list[int]]:
        """Meetings past their planned end get their outcome: *Genomfört* or *ingen anslöt*.

        Returns the meetings that became held and those flagged nobody joined.
        """
        held: list[int] = []
        nobody: list[int] = []
        now = self._clock()
        statement = (
            select(RoomCall, Room, Meeting)
            .join(Room, Room.id == RoomCall.room_id)
            .join(Meeting, Meeting.id == Room.meeting_id)
            .where(
                RoomCall.checked_at > now - _SETTLE_WITHIN,
                or_(
                    RoomCall.outcome.is_(None),
                    # A call seen after "nobody" (a late start) makes it held after all.
                    and_(
                        RoomCall.outcome == CallOutcome.NOBODY.value,
                        RoomCall.first_seen_at.is_not(None),
                    ),
                ),
            )
            .order_by(RoomCall.room_id)
        )
        with transaction(self._factory) as session:
            for call, room, meeting in session.execute(statement).all():
                ends = ends_at(meeting.starts_at, meeting.duration_minutes)
                found = outcome(ends, now, call.watched_from, call.first_seen_at)
                if found is None or found.value == call.outcome:
                    continue
                call.outcome = found.value
                about = ServerRoom(
                    meeting_id=meeting.id,
                    room_id=room.id,
                    name=room.name or room.video_address or "",
                    server_id=room.platform_room_id or "",
                    ends=ends,
                    state=None,
                    attempts=0,
                    door_closed=False,
                )
                if meeting.status is not MeetingStatus.PLANNED:
                    pass  # cancelled meanwhile: the outcome is kept, the status stays
                elif found is CallOutcome.HELD:
                    meeting.status = MeetingStatus.HELD
                    self._record(
                        session,
                        EventAction.MEETING_HELD,
                        about,
                        first_seen=_iso(call.first_seen_at),
                        last_seen=_iso(call.last_seen_at),
                        participants=call.max_participants,
                    )
                    held.append(meeting.id)
                else:
                    self._record(session, EventAction.NOBODY_JOINED, about)
                    nobody.append(meeting.id)
                refresh_summary(session, about)
        return held, nobody


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None
