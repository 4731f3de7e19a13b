"""Rooms (*mötesrum*): reserve a never-reused name, read a pasted invitation, create one on the
server, and delete it after the meeting (*ta bort rummet*)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.naming import room_name
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.domain.types import PlatformKind, RoomState
from vardmote_desktop.platforms.base import PlatformError
from vardmote_desktop.platforms.manual import InvitationParseError, parse_invitation
from vardmote_desktop.services import convert
from vardmote_desktop.services.base import Clock, utc_now
from vardmote_desktop.services.dto import ReservedName, RoomInfo, RoomPlan
from vardmote_desktop.services.errors import (
    InvalidMove,
    ManualDeletionUnconfirmed,
    PlatformNotConfigured,
    ServiceError,
)
from vardmote_desktop.services.transaction import transaction
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


class InvitationUnreadable(ServiceError):
    """Neither a video address nor a call ID in the pasted text; str() is the Swedish reason."""


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


class RoomService:
    def __init__(
        self,
        factory: sessionmaker[Session],
        settings: Settings,
        profile: SiteProfile,
        platforms: PlatformService | None = None,
        clock: Clock = utc_now,
    ) -> None:
        self._factory = factory
        self._settings = settings
        self._profile = profile
        self._platforms = platforms
        self._clock = clock

    @property
    def platform(self) -> PlatformKind:
        if self._platforms is not None:
            return self._platforms.kind  # follows a change made in the settings dialog
        return PlatformKind(self._settings.platform)

    def reserve_name(self) -> ReservedName:
        """Take the unit's next number; it is spent even if the wizard is cancelled."""
        with transaction(self._factory) as session:
            reserved = self._allocate(session)
            EventRepository(session).append(
                "room_number_reserved", self._settings.actor, details={"room": reserved.name}
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
        raise ServiceError("no free room name")

    def read_invitation(self, text: str, *, external: bool = False) -> RoomPlan:
        """The room details in a pasted invitation (ours, or the municipality's link)."""
        platform = PlatformKind.EXTERNAL if external else PlatformKind.MANUAL
        try:
            room = parse_invitation(text)
        except InvitationParseError as exc:
            link = _LINK.search(text) if external else None
            if link is None:
                raise InvitationUnreadable(str(exc)) from exc
            return RoomPlan(platform=platform, web_link=link.group(0))
        return RoomPlan(
            platform=platform,
            video_address=room.video_address,
            call_id=room.call_id,
            passcode=room.passcode,
            web_link=room.web_link,
        )

    # --- creating on the server -----------------------------------------------------------------
    def create_room(self, reserved: ReservedName) -> RoomPlan:
        """Create the room on the configured server (CMS or Pexip), under the reserved name.

        When someone else's room already has that name or address on the server, the next
        candidate is a NEW number from the unit's counter, committed at once, so a number that
        clashed is never handed out again. The returned plan carries the name actually used.
        The meeting does not exist yet, so the event is app-wide; book() stores the room.
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
                        "room_number_reserved",
                        self._settings.actor,
                        details={"room": fresh.name, "taken_on_server": previous},
                    )
                numbers[fresh.name] = fresh.number
                previous = fresh.name
                tried.append(fresh.name)
                yield fresh.name

        with platforms.client(kind) as client:
            room = client.create_room(candidates())
        # The client stops at the candidate it created: the last one handed out.
        name = room.name if room.name in numbers else tried[-1]
        with transaction(self._factory) as session:
            EventRepository(session).append(
                "room_created",
                self._settings.actor,
                details={"room": name, "platform": kind.value, "platform_room_id": room.room_id},
            )
        return RoomPlan(
            platform=kind,
            name=name,
            number=numbers[name],
            video_address=room.video_address,
            call_id=room.call_id,
            passcode=room.passcode,
            web_link=room.web_link,
            platform_room_id=room.room_id,
        )

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
            return self.mark_deleted(meeting_id, "manual")
        if self._platforms is None or not server_id:
            raise PlatformNotConfigured()
        # No transaction is held across the network call: a slow server must not lock the log.
        with self._platforms.client(kind) as client:
            client.delete_room(server_id)
        return self.mark_deleted(meeting_id, "api")

    def mark_deleted(self, meeting_id: int, how: str) -> RoomInfo:
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
                    "room_deleted",
                    self._settings.actor,
                    meeting_id=meeting_id,
                    details={"room": room.name or room.video_address or "", "how": how},
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
