"""*Städa rum*: the server's rooms that carry our mark, compared with the meeting log.

Two kinds of mismatch are left behind by crashes and by people working in the vendor's app:
- orphans: on the server, not in the log (created, then the PC crashed or the network went
  before the meeting was stored, or the wizard was cancelled after the room was made);
- missing: active in the log, gone on the server (deleted in the vendor's admin tool).
A unit's PCs share the server but not always the log, so a room not in this log is offered only
when its mark proves it is finished (domain/room_cleanup.py); the others are listed as left
alone, with the reason. The user confirms what to delete or mark; nothing goes without that.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, sessionmaker

from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.domain.room_cleanup import CleanupRules, LogView, Verdict, classify
from vardmote_desktop.domain.room_tag import RoomTag, format_tag, parse_tag
from vardmote_desktop.domain.types import DeletionKind, EventAction, PlatformKind, RoomState
from vardmote_desktop.platforms.base import PlatformNotFound, PlatformRoom, VideoPlatform
from vardmote_desktop.services.base import Clock, Service, utc_now
from vardmote_desktop.services.errors import PlatformNotConfigured
from vardmote_desktop.services.platforms import PlatformService
from vardmote_desktop.services.rooms import RoomService
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store.addresses import log_id
from vardmote_desktop.store.drafts import DraftRepository
from vardmote_desktop.store.events import EventRepository
from vardmote_desktop.store.models import Room


@dataclass(frozen=True)
class LoggedRoom:
    """A room the log holds as active on our server."""

    meeting_id: int
    name: str | None
    platform_room_id: str | None
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class ServerRoom:
    """One of our rooms on the server, what its mark says, and *Städa rum*'s verdict on it."""

    room: PlatformRoom
    tag: RoomTag
    verdict: Verdict


@dataclass(frozen=True)
class ReconcileReport:
    """What *Städa rum* found; matched counts the rooms that agree.

    orphans are the rooms offered for deletion (their reasons in offered); left_alone are our
    rooms not in this log that must stay, each with why.
    """

    platform: PlatformKind
    orphans: tuple[PlatformRoom, ...]
    missing: tuple[LoggedRoom, ...]
    matched: int
    offered: tuple[ServerRoom, ...] = ()
    left_alone: tuple[ServerRoom, ...] = ()


@dataclass(frozen=True)
class _LogFacts:
    log_id: str
    active: list[LoggedRoom]
    deleted: set[tuple[str, str | None]]  # (server id, name) of rooms this log deleted
    draft_ids: set[str]  # server ids held by saved drafts
    draft_names: set[str]  # room names reserved by saved drafts


class ReconcileService(Service):
    """Finds and, on the user's word, clears the differences between server and log."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        settings: Settings,
        profile: SiteProfile,
        clock: Clock = utc_now,
        *,
        platforms: PlatformService,
        rooms: RoomService,
        rules: CleanupRules | None = None,
    ) -> None:
        super().__init__(factory, settings, profile, clock)
        self._platforms = platforms
        self._rooms = rooms
        # The site's margins live in its profile, so every PC of a region uses the same ones.
        self._rules = rules or CleanupRules.from_site(profile.extra)

    def scan(self) -> ReconcileReport:
        """List our rooms on the server and the log's active rooms; raises PlatformError."""
        kind = self._require_server()
        with self._platforms.client(kind) as client:
            return self._compare(kind, client)

    def delete_orphans(self, room_ids: Iterable[str]) -> list[PlatformRoom]:
        """Delete these server rooms, but only those that are still orphans right now.

        The server and the log are read again first: a room booked on another PC since the
        scan, one a draft took meanwhile, or one that is not ours, is never deleted because of a
        stale list.
        """
        wanted = set(room_ids)
        kind = self._require_server()
        deleted: list[PlatformRoom] = []
        with self._platforms.client(kind) as client:
            for found in self._compare(kind, client, restamp=False).offered:
                room = found.room
                if room.room_id is None or room.room_id not in wanted:
                    continue
                client.delete_room(room.room_id)
                deleted.append(room)
                with transaction(self._factory) as session:
                    EventRepository(session).append(
                        EventAction.ROOM_DELETED,
                        self._settings.actor,
                        details={
                            "room": room.name or "",
                            "how": DeletionKind.ORPHAN.value,
                            "reason": found.verdict.value,
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
            for logged in self._log_facts(kind).active:
                if logged.meeting_id not in wanted or not _gone(client, logged):
                    continue
                self._rooms.mark_deleted(logged.meeting_id, DeletionKind.MISSING_ON_SERVER)
                marked.append(logged.meeting_id)
        return marked

    # -- comparing -------------------------------------------------------------------------------
    def _require_server(self) -> PlatformKind:
        kind = self._platforms.kind
        if not self._platforms.uses_server:
            raise PlatformNotConfigured()
        return kind

    def _compare(
        self, kind: PlatformKind, client: VideoPlatform, *, restamp: bool = True
    ) -> ReconcileReport:
        ours = _unit_rooms(self._settings.unit or "")
        server = [r for r in client.list_rooms(name_prefix=_unit(self._settings)) if ours(r.name)]
        facts = self._log_facts(kind)
        now = self._clock()
        logged_ids = {r.platform_room_id: r for r in facts.active if r.platform_room_id}
        server_ids = {r.room_id for r in server if r.room_id}
        offered: list[ServerRoom] = []
        left: list[ServerRoom] = []
        matched = 0
        for room in server:
            tag = parse_tag(room.tag)
            if tag is None:
                continue  # list_rooms yields marked rooms only; a changed mark is not ours now
            mine = tag.owner in (facts.log_id, None)
            view = LogView(
                active=room.room_id in logged_ids,
                deleted=(room.room_id or "", room.name) in facts.deleted,
                in_draft=room.room_id in facts.draft_ids
                or (mine and room.name in facts.draft_names),
            )
            verdict = classify(tag, facts.log_id, view, now, self._rules)
            if verdict is Verdict.MATCHED:
                matched += 1
                logged = logged_ids[room.room_id or ""]
                if restamp and tag.owner == facts.log_id and tag.ends_at != _minute(logged.ends_at):
                    # The meeting was moved after its room was made: other PCs read the mark.
                    fixed = RoomTag(facts.log_id, tag.created_at, logged.ends_at)
                    client.set_tag(room.room_id or "", format_tag(fixed))
            elif verdict.offered:
                offered.append(ServerRoom(room, tag, verdict))
            else:
                left.append(ServerRoom(room, tag, verdict))
        missing = tuple(r for r in facts.active if r.platform_room_id not in server_ids)
        return ReconcileReport(
            kind,
            tuple(found.room for found in offered),
            missing,
            matched,
            tuple(offered),
            tuple(left),
        )

    def _log_facts(self, kind: PlatformKind) -> _LogFacts:
        with transaction(self._factory) as session:
            statement = (
                select(Room)
                .where(Room.platform == kind, Room.state != RoomState.EXTERNAL)
                .order_by(Room.id)
                .options(joinedload(Room.meeting))
            )
            active: list[LoggedRoom] = []
            deleted: set[tuple[str, str | None]] = set()
            for r in session.scalars(statement):
                if r.state is RoomState.ACTIVE:
                    starts = r.meeting.starts_at
                    ends = starts + timedelta(minutes=r.meeting.duration_minutes)
                    active.append(
                        LoggedRoom(r.meeting_id, r.name, r.platform_room_id, starts, ends)
                    )
                elif r.platform_room_id:
                    deleted.add((r.platform_room_id, r.name))
            draft_ids: set[str] = set()
            draft_names: set[str] = set()
            # Every draft of the log, whoever wrote it: a colleague's half-made meeting counts.
            for draft in DraftRepository(session).list_all():
                room = (draft.payload.get("plan") or {}).get("room") or {}
                if room.get("platform_room_id"):
                    draft_ids.add(str(room["platform_room_id"]))
                for name in (room.get("name"), (draft.payload.get("reserved") or {}).get("name")):
                    if name:
                        draft_names.add(str(name))
            return _LogFacts(log_id(session), active, deleted, draft_ids, draft_names)


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


def _minute(moment: datetime) -> datetime:
    """The mark keeps minutes: compare what it can hold."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).replace(second=0, microsecond=0)
