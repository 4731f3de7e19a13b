"""Rooms (*mötesrum*): reserve a never-reused name, read a pasted invitation, create one on the
server, and delete it after the meeting (*ta bort rummet*)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.naming import (
    room_name,
)
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.domain.room_tag import RoomTag, format_tag, parse_tag
from vardmote_desktop.domain.types import DeletionKind, EventAction, PlatformKind, RoomState
from vardmote_desktop.platforms.base import PlatformError, PlatformUnexpectedLocation
from vardmote_desktop.platforms.manual import InvitationParseError, parse_invitation
from vardmote_desktop.services import convert
from vardmote_desktop.services.base import Clock, utc_now
from vardmote_desktop.services.dto import ReservedName, RoomInfo, RoomPlan
from vardmote_desktop.services.errors import (
    CreatedRoomUnidentified,
    InvalidMove,
    InvitationUnreadable,
    ManualDeletionUnconfirmed,
    NoFreeRoomName,
    PlatformNotConfigured,
    ServiceError,
)
from vardmote_desktop.services.privacy_guard import check_join
from vardmote_desktop.services.room_addresses import RoomAddresses
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store import addresses
from vardmote_desktop.store.events import EventRepository
from vardmote_desktop.store.meetings import MeetingRepository
from vardmote_desktop.store.models import Room
from vardmote_desktop.store.rooms import RoomRepository
from vardmote_desktop.store.units import UnitRepository

if TYPE_CHECKING:  # the service itself pulls in requests and keyring: not needed to read rooms
    from vardmote_desktop.services.platforms import PlatformService

# A free-standing link is all a municipality's Sefos or Inera invitation may give us.
_LINK = re.compile(r"https://[^\s<>\"']+")
# A name taken outside the counter (typed by hand elsewhere) is skipped; this bounds the search.
_MAX_SKIPS = 100
# Names taken on the server by someone else: how many new numbers a create tries before giving up.
_MAX_SERVER_CLASHES = 20


@dataclass(frozen=True)
class EndedRoom:
    """An active room whose meeting is over: one line of *Ta bort rum efter avslutade möten*."""

    meeting_id: int
    name: str | None
    platform: PlatformKind
    starts_at: datetime


@dataclass(frozen=True)
class RoomDeletion:
    """What happened to one room of a batch: deleted, skipped (error None) or failed."""

    meeting_id: int
    name: str | None
    platform: PlatformKind
    deleted: bool
    error: ServiceError | PlatformError | None = None


class RoomService(RoomAddresses):
    def __init__(
        self,
        factory: sessionmaker[Session],
        settings: Settings,
        profile: SiteProfile,
        clock: Clock = utc_now,
        *,
        platforms: PlatformService | None = None,
    ) -> None:
        super().__init__(factory, settings, profile, clock)
        self._platforms = platforms

    @property
    def platform(self) -> PlatformKind:
        if self._platforms is not None:
            return self._platforms.kind  # follows a change made in the settings dialog
        return PlatformKind(self._settings.platform)

    @property
    def video_domain(self) -> str:
        """The domain of our rooms' video addresses (the site's setting, else the profile's)."""
        return self._site.video_domain

    def reserve_name(self) -> ReservedName:
        """Take the unit's next number; it is spent even if the wizard is cancelled."""
        with transaction(self._factory) as session:
            reserved = self._allocate(session)
            EventRepository(session).append(
                EventAction.ROOM_NUMBER_RESERVED,
                self._settings.actor,
                details={"room": reserved.name},
            )
        return reserved

    def _allocate(self, session: Session) -> ReservedName:
        units = UnitRepository(session)
        unit = units.get_or_create(self._settings.unit or "")
        for _ in range(_MAX_SKIPS):
            number = units.allocate_room_number(unit.id)
            name = room_name(unit.name, number)
            if session.scalar(select(Room.id).where(Room.name == name)) is None:
                return ReservedName(number=number, name=name)
        raise NoFreeRoomName()

    def read_invitation(
        self, text: str, reserved: ReservedName | None = None, *, external: bool = False
    ) -> RoomPlan:
        """The room details in a pasted invitation (ours, or the municipality's link).

        Our room comes back under the reserved name (when one is given); the municipality's
        room has no name of ours.
        """
        platform = PlatformKind.EXTERNAL if external else PlatformKind.MANUAL
        named = reserved if not external else None
        try:
            join = parse_invitation(text)
        except InvitationParseError as exc:
            link = _LINK.search(text) if external else None
            if link is None:
                raise InvitationUnreadable(exc.reason) from exc
            join = JoinInfo(web_link=link.group(0))
        check_join(join, None if external else self._profile.dial_in_number)
        return RoomPlan(
            platform=platform,
            name=named.name if named else None,
            number=named.number if named else None,
            join=join,
        )

    def _tag(self, session: Session, created_at: datetime, ends_at: datetime | None) -> str:
        return format_tag(RoomTag(addresses.log_id(session), created_at, ends_at))

    # --- creating on the server -----------------------------------------------------------------
    def cancel_server_calls(self) -> None:
        """*Avbryt* while the server is asked: the waiting calls stop now, not at their deadline.

        A room the server made before it heard the cancel carries our mark: *Städa rum* finds it.
        """
        if self._platforms is not None:
            self._platforms.cancel_calls()

    def create_room(self, reserved: ReservedName, ends_at: datetime | None = None) -> RoomPlan:
        """Create the room on the configured server (CMS or Pexip), under the reserved name.

        When someone else's room already has that name on the server, the next candidate is a
        NEW number from the unit's counter, committed at once, so a number that clashed is never
        handed out again. Address and call ID are ours, drawn fresh (see _draw_address). The
        room carries this log's mark and, when known, its meeting's planned end, so *Städa rum*
        on every PC can tell whose it is. The meeting does not exist yet, so the event is
        app-wide; book() stores the room.
        """
        platforms = self._platforms
        kind = self.platform
        if platforms is None or not platforms.uses_server:
            raise PlatformNotConfigured()
        numbers = {reserved.name: reserved.number}
        tried: list[str] = []

        def candidates() -> Iterator[str]:
            tried.append(reserved.name)
            yield reserved.name
            previous = reserved.name
            for _ in range(_MAX_SERVER_CLASHES):
                # Runs between two server calls: its own short transaction, committed at once.
                with transaction(self._factory) as session:
                    fresh = self._allocate(session)
                    EventRepository(session).append(
                        EventAction.ROOM_NUMBER_RESERVED,
                        self._settings.actor,
                        details={"room": fresh.name, "taken_on_server": previous},
                    )
                numbers[fresh.name] = fresh.number
                previous = fresh.name
                tried.append(fresh.name)
                yield fresh.name

        with transaction(self._factory) as session:
            tag = self._tag(session, self._clock(), ends_at)
        with platforms.client(kind) as client:
            try:
                room = client.create_room(candidates(), self._draw_address, tag)
            except PlatformUnexpectedLocation as exc:
                # Another object's id is not a room: never recorded, never deleted later.
                raise CreatedRoomUnidentified() from exc
        # The client stops at the candidate it created: the last one handed out.
        name = room.name if room.name in numbers else tried[-1]
        with transaction(self._factory) as session:
            # What the server reports is what callers dial: recorded too, should it differ.
            addresses.claim_room_addresses(session, room.join, self._clock())
            EventRepository(session).append(
                EventAction.ROOM_CREATED,
                self._settings.actor,
                details={"room": name, "platform": kind.value, "platform_room_id": room.room_id},
            )
        return RoomPlan(
            platform=kind,
            name=name,
            number=numbers[name],
            join=room.join,
            platform_room_id=room.room_id,
        )

    def stamp_planned_end(self, meeting_id: int) -> bool:
        """Write the booked meeting's planned end into its server room's mark, if it differs.

        Rooms are created before the meeting is booked, and the wizard's time can still change:
        the mark must carry the booked end so another PC's *Städa rum* leaves the room alone.
        Returns True when the server was changed.
        """
        with transaction(self._factory) as session:
            room = RoomRepository(session).for_meeting(meeting_id)
            if (
                room is None
                or room.state is not RoomState.ACTIVE
                or room.platform not in (PlatformKind.CMS, PlatformKind.PEXIP)
                or not room.platform_room_id
            ):
                return False
            meeting = room.meeting
            ends = meeting.starts_at + timedelta(minutes=meeting.duration_minutes)
            kind, server_id, created = room.platform, room.platform_room_id, room.created_at
            log = addresses.log_id(session)
        if self._platforms is None:
            raise PlatformNotConfigured()
        with self._platforms.client(kind) as client:
            current = parse_tag(client.get_room(server_id).tag)
            if current is None or (current.owner == log and current.ends_at == _minute(ends)):
                return False  # not ours to mark, or already right
            created_at = current.created_at or _aware(created)
            client.set_tag(server_id, format_tag(RoomTag(log, created_at, ends)))
        return True

    # --- deleting -------------------------------------------------------------------------------
    def delete_room(self, meeting_id: int, *, user_confirmed: bool = False) -> RoomInfo:
        """Delete a meeting's room: through the API (CMS, Pexip) or as the user confirms (manual).

        A room already gone on the server counts as deleted. The municipality's (external)
        rooms are not ours to delete. Deleting twice returns the deleted room unchanged.
        """
        with transaction(self._factory) as session:
            room = RoomRepository(session).for_meeting(meeting_id)
            if room is None:
                MeetingRepository(session).require(meeting_id)  # NotFound when the meeting is gone
                raise InvalidMove()
            if room.state is RoomState.DELETED:
                return convert.room_info(room)
            if room.platform is PlatformKind.EXTERNAL or room.state is not RoomState.ACTIVE:
                raise InvalidMove()
            kind, server_id = room.platform, room.platform_room_id
        if kind is PlatformKind.MANUAL:
            if not user_confirmed:
                raise ManualDeletionUnconfirmed()
            return self.mark_deleted(meeting_id, DeletionKind.MANUAL)
        if self._platforms is None or not server_id:
            raise PlatformNotConfigured()
        # No transaction is held across the network call: a slow server must not lock the log.
        with self._platforms.client(kind) as client:
            client.delete_room(server_id)
        return self.mark_deleted(meeting_id, DeletionKind.API)

    def mark_deleted(self, meeting_id: int, how: DeletionKind) -> RoomInfo:
        """Record the room as deleted (*borttaget*) with when and how, and log the event."""
        with transaction(self._factory) as session:
            room = RoomRepository(session).for_meeting(meeting_id)
            if room is None:
                raise InvalidMove()
            if room.state is RoomState.ACTIVE:
                room.state = RoomState.DELETED
                room.deleted_at = self._clock()
                room.deleted_how = how
                EventRepository(session).append(
                    EventAction.ROOM_DELETED,
                    self._settings.actor,
                    meeting_id=meeting_id,
                    details={"room": room.name or room.join.video_address or "", "how": how},
                    at=room.deleted_at,
                )
            return convert.room_info(room)

    def ended_rooms(self) -> list[EndedRoom]:
        """Active rooms whose meeting has ended or was cancelled, oldest meeting first."""
        with transaction(self._factory) as session:
            rooms = RoomRepository(session).active_rooms_of_ended_meetings(self._clock())
            return [EndedRoom(r.meeting_id, r.name, r.platform, r.meeting.starts_at) for r in rooms]

    def delete_ended_rooms(self, user_confirmed_manual: bool) -> list[RoomDeletion]:
        """Delete every room whose meeting is over, in one action; one failure stops no other.

        Manual rooms are marked deleted only when the user confirmed deleting them in the
        vendor's app; otherwise they are skipped (deleted False, error None).
        """
        results: list[RoomDeletion] = []
        for room in self.ended_rooms():
            if room.platform is PlatformKind.MANUAL and not user_confirmed_manual:
                results.append(RoomDeletion(room.meeting_id, room.name, room.platform, False))
                continue
            try:
                self.delete_room(room.meeting_id, user_confirmed=user_confirmed_manual)
            except (ServiceError, PlatformError) as exc:
                results.append(RoomDeletion(room.meeting_id, room.name, room.platform, False, exc))
            else:
                results.append(RoomDeletion(room.meeting_id, room.name, room.platform, True))
        return results


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _minute(moment: datetime) -> datetime:
    """The mark keeps minutes: compare what it can hold."""
    return _aware(moment).astimezone(UTC).replace(second=0, microsecond=0)
