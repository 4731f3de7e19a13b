"""Rooms: reserve a never-reused name, read a pasted invitation, create on a platform."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.naming import room_name
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.domain.types import PlatformKind
from vardmote_desktop.platforms.manual import InvitationParseError, parse_invitation
from vardmote_desktop.services.dto import ReservedName, RoomPlan
from vardmote_desktop.services.errors import PlatformNotConfigured, ServiceError
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store.events import EventRepository
from vardmote_desktop.store.models import Room
from vardmote_desktop.store.units import UnitRepository

# A free-standing link is all a municipality's Sefos or Inera invitation may give us.
_LINK = re.compile(r"https://[^\s<>\"']+")
# A name taken outside the counter (typed by hand elsewhere) is skipped; this bounds the search.
_MAX_SKIPS = 100


class InvitationUnreadable(ServiceError):
    """Neither a video address nor a call ID in the pasted text; str() is the Swedish reason."""


class RoomService:
    def __init__(
        self,
        factory: sessionmaker[Session],
        settings: Settings,
        profile: SiteProfile,
    ) -> None:
        self._factory = factory
        self._settings = settings
        self._profile = profile

    @property
    def platform(self) -> PlatformKind:
        return PlatformKind(self._settings.platform)

    def reserve_name(self) -> ReservedName:
        """Take the unit's next number; it is spent even if the wizard is cancelled."""
        unit_name = self._settings.unit or ""
        with transaction(self._factory) as session:
            units = UnitRepository(session)
            unit = units.get_or_create(unit_name)
            for _ in range(_MAX_SKIPS):
                number = units.allocate_room_number(unit.id)
                name = room_name(unit.name, number)
                taken = session.scalar(select(Room.id).where(Room.name == name))
                if taken is None:
                    break
            else:
                raise ServiceError("no free room name")
            EventRepository(session).append(
                "room_number_reserved", self._settings.actor, details={"room": name}
            )
        return ReservedName(number=number, name=name)

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

    def create_room(self, reserved: ReservedName) -> RoomPlan:
        """Create the room on the configured server (CMS or Pexip)."""
        raise PlatformNotConfigured()
