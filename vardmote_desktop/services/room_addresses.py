"""Addresses of our rooms (*videoadress*, *samtals-ID*): drawn once, never handed out twice.

The part of RoomService that answers "which address may this room have": a fresh one drawn
and claimed for the unit, the one drawn for a room the user makes by hand, and whether a pasted
invitation's address was used before or is not the one drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vardmote_desktop.domain.naming import RoomAddress, address_user_part, new_room_address
from vardmote_desktop.domain.types import EventAction, PlatformKind
from vardmote_desktop.services.base import Service
from vardmote_desktop.services.dto import ReservedName, RoomPlan
from vardmote_desktop.services.errors import NoFreeVideoAddress
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store import addresses
from vardmote_desktop.store.addresses import UsedAddressRepository
from vardmote_desktop.store.events import EventRepository
from vardmote_desktop.store.models import Event, Room

# Draws before giving up: each is random, so more than a couple means something is wrong.
_MAX_DRAWS = 100


@dataclass(frozen=True)
class AddressReuse:
    """A pasted invitation's address (video_address) and/or call ID led into a room before."""

    video_address: bool
    call_id: bool


class RoomAddresses(Service):
    """Drawing, remembering and checking our rooms' addresses (a base of RoomService)."""

    def _draw_address(self, name: str) -> RoomAddress:
        """A URI user part and call ID never handed out by this log, claimed and committed now.

        The random part makes them unique across the unit by construction (other PCs may keep
        their own logs); the claim makes sure this log never hands one out twice, and the
        commit happens before any server call so a crash cannot release it.
        """
        with transaction(self._factory) as session:
            used = UsedAddressRepository(session)
            now = self._clock()
            for _ in range(_MAX_DRAWS):
                address = new_room_address(name)
                # Both are claimed (spent) even when only one was free: never handed out again.
                uri_free = used.claim(addresses.URI, address.uri_user, now)
                call_id_free = used.claim(addresses.CALL_ID, address.call_id, now)
                if uri_free and call_id_free:
                    return address
        raise NoFreeVideoAddress()

    def manual_address(self, reserved: ReservedName) -> RoomAddress:
        """The address and call ID the user is to give the room they make by hand.

        Drawn once per reserved name and remembered (an app-wide event), so a resumed draft
        shows the same values the user may already have typed in the vendor's app.
        """
        with transaction(self._factory) as session:
            kept = _reserved_address(session, reserved.name)
        if kept is not None:
            return kept
        address = self._draw_address(reserved.name)
        with transaction(self._factory) as session:
            EventRepository(session).append(
                EventAction.ROOM_ADDRESS_RESERVED,
                self._settings.actor,
                details={
                    "room": reserved.name,
                    "uri": address.uri_user,
                    "call_id": address.call_id,
                },
            )
        return address

    def reused_address(self, plan: RoomPlan, reserved: ReservedName | None) -> AddressReuse | None:
        """Whether a pasted room's address or call ID was handed out before (not for this room).

        Only our own rooms count: a municipality may well invite to the same room again.
        """
        if plan.platform is PlatformKind.EXTERNAL:
            return None
        uri = plan.join.uri_user_part()
        call_id = (plan.join.call_id or "").strip() or None
        with transaction(self._factory) as session:
            own = _reserved_address(session, reserved.name) if reserved else None
            used = UsedAddressRepository(session)
            uri_used = bool(uri) and uri != (own.uri_user if own else None)
            uri_used = uri_used and (
                used.is_used(addresses.URI, uri or "") or _in_rooms(session, uri)
            )
            call_used = bool(call_id) and call_id != (own.call_id if own else None)
            call_used = call_used and (
                used.is_used(addresses.CALL_ID, call_id or "")
                or session.scalar(
                    select(Room.id).where(
                        Room.call_id == call_id, Room.platform != PlatformKind.EXTERNAL
                    )
                )
                is not None
            )
        if not (uri_used or call_used):
            return None
        return AddressReuse(video_address=uri_used, call_id=call_used)

    def address_mismatch(self, plan: RoomPlan, reserved: ReservedName | None) -> RoomAddress | None:
        """The address our room made by hand must have, when the pasted one is another.

        Only for our room on the manual platform: its video address and call ID are the ones
        drawn for the reserved name (manual_address), so that they are never reused. None when
        the pasted invitation has them (or nothing to compare with).
        """
        if plan.platform is not PlatformKind.MANUAL or reserved is None:
            return None
        expected = self.manual_address(reserved)
        uri = (plan.join.uri_user_part() or "").strip().lower()
        call_id = "".join((plan.join.call_id or "").split())
        wrong_uri = bool(uri) and uri != expected.uri_user.lower()
        wrong_call = bool(call_id) and call_id != expected.call_id
        return expected if wrong_uri or wrong_call or not (uri or call_id) else None


def _reserved_address(session: Session, room: str) -> RoomAddress | None:
    """The address drawn for this reserved name, if one was (newest first)."""
    statement = (
        select(Event)
        .where(Event.action == EventAction.ROOM_ADDRESS_RESERVED, Event.meeting_id.is_(None))
        .order_by(Event.id.desc())
    )
    for event in session.scalars(statement):
        details = event.details
        if details.get("room") == room and details.get("uri") and details.get("call_id"):
            return RoomAddress(str(details["uri"]), str(details["call_id"]))
    return None


def _in_rooms(session: Session, uri: str | None) -> bool:
    """A room of ours in the log with this user part (before 0006 nothing else recorded it)."""
    if not uri:
        return False
    statement = select(Room.video_address).where(
        Room.platform != PlatformKind.EXTERNAL,
        Room.video_address.is_not(None),
        Room.video_address.ilike(f"{uri}@%"),
    )
    return any(address_user_part(a or "") == uri for a in session.scalars(statement))
