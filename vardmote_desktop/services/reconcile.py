"""*Städa rum*: the server's rooms that carry our mark, compared with the meeting log.

Two kinds of mismatch are left behind by crashes and by people working in the vendor's app:
- orphans: on the server, not in the log (created, then the PC crashed or the network went
  before the meeting was stored, or the wizard was cancelled after the room was made);
- missing: active in the log, gone on the server (deleted in the vendor's admin tool).
The user sees both and confirms what to delete or mark; nothing is removed without that.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, sessionmaker

from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.types import PlatformKind, RoomState
from vardmote_desktop.platforms.base import PlatformNotFound, PlatformRoom, VideoPlatform
from vardmote_desktop.services.errors import PlatformNotConfigured
from vardmote_desktop.services.platforms import PlatformService
from vardmote_desktop.services.rooms import RoomService
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store.events import EventRepository
from vardmote_desktop.store.models import Room

MISSING_HOW = "missing_on_server"


@dataclass(frozen=True)
class LoggedRoom:
    """A room the log holds as active on our server."""

    meeting_id: int
    name: str | None
    platform_room_id: str | None
    starts_at: datetime


@dataclass(frozen=True)
class ReconcileReport:
    """What *Städa rum* found; matched counts the rooms that agree."""

    platform: PlatformKind
    orphans: tuple[PlatformRoom, ...]
    missing: tuple[LoggedRoom, ...]
    matched: int


class ReconcileService:
    """Finds and, on the user's word, clears the differences between server and log."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        settings: Settings,
        platforms: PlatformService,
        rooms: RoomService,
    ) -> None:
        self._factory = factory
        self._settings = settings
        self._platforms = platforms
        self._rooms = rooms

    def scan(self) -> ReconcileReport:
        """List our rooms on the server and the log's active rooms; raises PlatformError."""
        kind = self._require_server()
        with self._platforms.client(kind) as client:
            return self._compare(kind, client)

    def delete_orphans(self, room_ids: Iterable[str]) -> list[PlatformRoom]:
        """Delete these server rooms, but only those that are still orphans right now.

        The server is read again first: a room booked on another PC since the scan, or one
        that is not ours, is never deleted because of a stale list.
        """
        wanted = set(room_ids)
        kind = self._require_server()
        deleted: list[PlatformRoom] = []
        with self._platforms.client(kind) as client:
            for room in self._compare(kind, client).orphans:
                if room.room_id is None or room.room_id not in wanted:
                    continue
                client.delete_room(room.room_id)
                deleted.append(room)
                with transaction(self._factory) as session:
                    EventRepository(session).append(
                        "room_deleted",
                        self._settings.actor,
                        details={
                            "room": room.name or "",
                            "how": "orphan",
                            "platform": kind.value,
                            "platform_room_id": room.room_id,
                        },
                    )
        return deleted

    def mark_missing_deleted(self, meeting_ids: Iterable[int]) -> list[int]:
        """Mark these meetings' rooms deleted when the server confirms they are gone."""
        kind = self._require_server()
        wanted = set(meeting_ids)
        marked: list[int] = []
        with self._platforms.client(kind) as client:
            for logged in self._logged_rooms(kind):
                if logged.meeting_id not in wanted or not _gone(client, logged):
                    continue
                self._rooms.mark_deleted(logged.meeting_id, MISSING_HOW)
                marked.append(logged.meeting_id)
        return marked

    # -- comparing -------------------------------------------------------------------------------
    def _require_server(self) -> PlatformKind:
        kind = self._platforms.kind
        if not self._platforms.uses_server:
            raise PlatformNotConfigured()
        return kind

    def _compare(self, kind: PlatformKind, client: VideoPlatform) -> ReconcileReport:
        ours = _unit_rooms(self._settings.unit or "")
        server = [r for r in client.list_rooms(name_prefix=_unit(self._settings)) if ours(r.name)]
        logged = self._logged_rooms(kind)
        logged_ids = {r.platform_room_id for r in logged if r.platform_room_id}
        server_ids = {r.room_id for r in server if r.room_id}
        # Compared with the log's ACTIVE rooms only: a room the log holds as deleted but the
        # server still has is a leftover just like one the log never knew (a crash).
        orphans = tuple(r for r in server if r.room_id not in logged_ids)
        missing = tuple(r for r in logged if r.platform_room_id not in server_ids)
        matched = sum(1 for r in server if r.room_id in logged_ids)
        return ReconcileReport(kind, orphans, missing, matched)

    def _logged_rooms(self, kind: PlatformKind) -> list[LoggedRoom]:
        with transaction(self._factory) as session:
            statement = (
                select(Room)
                .where(Room.state == RoomState.ACTIVE, Room.platform == kind)
                .order_by(Room.id)
                .options(joinedload(Room.meeting))
            )
            return [
                LoggedRoom(r.meeting_id, r.name, r.platform_room_id, r.meeting.starts_at)
                for r in session.scalars(statement)
            ]


def _unit(settings: Settings) -> str:
    return " ".join((settings.unit or "").split())


def _unit_rooms(unit: str) -> Callable[[str | None], bool]:
    """'HC Torsås' matches 'HC Torsås 8' but not 'HC Torsås Norra 1' (another unit's room)."""
    pattern = re.compile(re.escape(" ".join(unit.split())) + r" [0-9]+")
    return lambda name: bool(name) and pattern.fullmatch(name or "") is not None


def _gone(client: VideoPlatform, logged: LoggedRoom) -> bool:
    if not logged.platform_room_id:
        return True  # never had a server id: nothing on the server to keep
    try:
        client.get_room(logged.platform_room_id)
    except PlatformNotFound:
        return True
    return False
