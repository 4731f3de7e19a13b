"""Rooms that close themselves: delete a meeting's server room after its end, never mid-call.

Whichever PC of the unit runs the app does it, one PC at a time (the lease in the log). A room
is due a set time after its meeting's planned end, or at once when the meeting is cancelled
(domain/room_lifecycle.py). Before deleting, the server is asked whether a call is going on:
if so the deletion waits (*pågår fortfarande*), and a call still going on long after the end
gets its door closed (new passcode / PIN) without anyone being cut off. A deletion counts only
when reading the room back answers 404. Failures are retried with backoff and stay visible with
their reason. Every step is an event in the meeting's history, actor "automatiskt (PC)".

Under the same lease and in the same run it keeps what really happened in each room while its
meeting is on (domain/room_calls.py): one question per room and run (every few minutes) from
shortly before the start to the grace after the end, recording when a call was first and last
seen and the most participants. Once the planned end has passed, a meeting whose room saw a
call becomes *Genomfört*; one whose watched room saw nobody is flagged *ingen anslöt*.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.attention import ends_at
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.domain.room_lifecycle import (
    CleanupState,
    LifecycleRules,
    Step,
    automatic_actor,
    decide,
    is_due,
    retry_delay,
)
from vardmote_desktop.domain.types import (
    DeletionKind,
    EventAction,
    PlatformKind,
    RoomState,
)
from vardmote_desktop.platforms.base import PlatformError, PlatformNotFound, VideoPlatform
from vardmote_desktop.services.base import Clock, utc_now
from vardmote_desktop.services.errors import ServiceError
from vardmote_desktop.services.meeting_end import finish_started_meetings
from vardmote_desktop.services.room_watch import RoomWatch, ServerRoom, refresh_summary
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store import lease
from vardmote_desktop.store.events import EventRepository
from vardmote_desktop.store.models import Meeting, Room
from vardmote_desktop.store.unit_models import RoomCleanup

if TYPE_CHECKING:
    from vardmote_desktop.services.platforms import PlatformService

log = logging.getLogger(__name__)

# The settings (site defaults file, lockable) that override the profile's `extra` keys.
_RULE_SETTINGS = ("room_delete_after_minutes", "room_close_door_after_hours")


def lifecycle_rules(settings: Settings, profile: SiteProfile) -> LifecycleRules:
    """The site's waits: a setting (site defaults file) over the profile's extra, else built-in.

    A setting that is not a whole number of at least one is left out with a warning (the
    profile's or the built-in wait stands): a typo in a site file must neither shrink a safety
    margin nor keep the log from opening.
    """
    values = dict(profile.extra)
    for key in _RULE_SETTINGS:
        value = getattr(settings, key)
        if value is None:
            continue
        try:
            LifecycleRules.from_site({key: str(value)})
        except ValueError:
            log.warning("%s i inställningarna är inte ett heltal ≥ 1 och används inte", key)
            continue
        values[key] = str(value)
    return LifecycleRules.from_site(values)


# Longer than one run takes, so a run never outlives its lease; short enough that when the
# holder is switched off another PC takes over within minutes.
LEASE_TTL = timedelta(minutes=10)
_SERVER_ROOMS = (PlatformKind.CMS, PlatformKind.PEXIP)


class StillOnServer(PlatformError):
    """The server said it deleted the room, but reading it back still finds it."""


@dataclass(frozen=True)
class LifecycleReport:
    """What one run did, by meeting id; acted False when another PC held the lease."""

    acted: bool
    deleted: tuple[int, ...] = ()
    postponed: tuple[int, ...] = ()
    doors_closed: tuple[int, ...] = ()
    failed: tuple[int, ...] = ()
    held: tuple[int, ...] = ()  # became *Genomfört*: a call was seen
    nobody: tuple[int, ...] = ()  # *ingen anslöt*


@dataclass
class _Tally:
    deleted: list[int] = field(default_factory=list)
    postponed: list[int] = field(default_factory=list)
    doors_closed: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    held: list[int] = field(default_factory=list)
    nobody: list[int] = field(default_factory=list)


class RoomLifecycleService:
    """Runs the automatic deletion once per call of run_once (the window calls it on a timer)."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        settings: Settings,
        profile: SiteProfile,
        platforms: PlatformService | None,
        clock: Clock = utc_now,
        *,
        rules: LifecycleRules | None = None,
        pc: str | None = None,
    ) -> None:
        self._factory = factory
        self._settings = settings
        self._platforms = platforms
        self._clock = clock
        self._rules = rules or lifecycle_rules(settings, profile)
        identity = settings.identity
        host = pc if pc is not None else identity.host
        self._actor = automatic_actor(host)
        # The PC (and login) that acts: a restart of the same PC renews its own lease at once.
        self._holder = f"{identity.login}@{host}"
        self._watch = RoomWatch(factory, clock, self._rules.grace, self._append)

    @property
    def actor(self) -> str:
        return self._actor

    def run_once(self) -> LifecycleReport:
        """Take the lease, then handle every due room of the configured server platform."""
        # Manual rooms too: a started meeting past its end is *Genomfört* whatever its room.
        finish_started_meetings(self._factory, self._clock, self._actor)
        platforms = self._platforms
        if platforms is None or not platforms.uses_server:
            return LifecycleReport(acted=False)  # nothing this PC could delete: leave the lease
        kind = platforms.kind
        if not self._take_lease():
            return LifecycleReport(acted=False)
        tally = _Tally()
        try:
            due = self._due_rooms(kind)
            watched = self._watch.rooms(kind)
            held = True
            due_ids = {room.room_id for room in due}
            if due or watched:
                with platforms.client(kind) as client:
                    for room in [*watched, *due]:
                        # Held too long (a very slow server): another PC goes on.
                        held = self._take_lease()
                        if not held:
                            break
                        if room.room_id in due_ids:
                            self._handle(client, room, tally)
                        else:
                            self._watch.watch(client, room)
            if held and self._take_lease():
                tally.held, tally.nobody = self._watch.settle()
        except ServiceError:
            # Not configured on this PC (no password this session): another PC may be.
            return LifecycleReport(acted=False)
        finally:
            # Given back at once: the next run, on whichever PC comes first, starts fresh, and
            # a PC closed now does not hold up the others until the lease expires.
            self._release_lease()
        return LifecycleReport(
            True,
            tuple(tally.deleted),
            tuple(tally.postponed),
            tuple(tally.doors_closed),
            tuple(tally.failed),
            tuple(tally.held),
            tuple(tally.nobody),
        )

    # --- the lease -----------------------------------------------------------------------------
    def _take_lease(self) -> bool:
        with transaction(self._factory) as session:
            return lease.take(session, lease.ROOM_CLEANUP, self._holder, self._clock(), LEASE_TTL)

    def _release_lease(self) -> None:
        with transaction(self._factory) as session:
            lease.release(session, lease.ROOM_CLEANUP, self._holder, self._clock())

    # --- which rooms ---------------------------------------------------------------------------
    def _due_rooms(self, kind: PlatformKind) -> list[ServerRoom]:
        """Active server rooms whose time has come and whose next try is not in the future."""
        now = self._clock()
        statement = (
            select(Room, Meeting, RoomCleanup)
            .join(Meeting, Meeting.id == Room.meeting_id)
            .outerjoin(RoomCleanup, RoomCleanup.room_id == Room.id)
            .where(
                Room.state == RoomState.ACTIVE,
                Room.platform == kind,
                Room.platform_room_id.is_not(None),
            )
            .order_by(Meeting.starts_at, Room.id)
        )
        due = []
        with transaction(self._factory) as session:
            for room, meeting, cleanup in session.execute(statement):
                ends = ends_at(meeting.starts_at, meeting.duration_minutes)
                if not is_due(meeting.status, ends, now, self._rules):
                    continue
                if cleanup is not None and cleanup.next_try_at and cleanup.next_try_at > now:
                    continue
                due.append(
                    ServerRoom(
                        meeting_id=meeting.id,
                        room_id=room.id,
                        name=room.name or room.video_address or "",
                        server_id=room.platform_room_id or "",
                        ends=ends,
                        state=CleanupState(cleanup.state) if cleanup is not None else None,
                        attempts=cleanup.attempts if cleanup is not None else 0,
                        door_closed=cleanup is not None and cleanup.door_closed_at is not None,
                    )
                )
        return due

    # --- one room ------------------------------------------------------------------------------
    def _handle(self, client: VideoPlatform, room: ServerRoom, tally: _Tally) -> None:
        now = self._clock()
        try:
            try:
                activity = client.call_activity(room.server_id)
            except PlatformNotFound:
                self._verify_gone(client, room)  # gone already (deleted by hand on the server)
                self._record_deleted(room, DeletionKind.MISSING_ON_SERVER)
                tally.deleted.append(room.meeting_id)
                return
            self._watch.record_activity(room, activity.active, activity.participants)
            step = decide(activity.active, room.door_closed, room.ends, now, self._rules)
            if step is Step.POSTPONE:
                self._record_postponed(room, activity.participants)
                tally.postponed.append(room.meeting_id)
            elif step is Step.CLOSE_DOOR:
                client.close_door(room.server_id)
                self._record_door_closed(room, activity.participants)
                tally.doors_closed.append(room.meeting_id)
            else:
                client.delete_room(room.server_id)
                self._verify_gone(client, room)
                self._record_deleted(room, DeletionKind.API)
                tally.deleted.append(room.meeting_id)
        except PlatformError as exc:
            self._record_failed(room, exc)
            tally.failed.append(room.meeting_id)

    @staticmethod
    def _verify_gone(client: VideoPlatform, room: ServerRoom) -> None:
        """The only proof a room is gone: reading it back answers 404 (platforms.md)."""
        try:
            client.get_room(room.server_id)
        except PlatformNotFound:
            return
        raise StillOnServer("the server still has the room after deleting it")

    # --- recording -----------------------------------------------------------------------------
    def _append(
        self, session: Session, action: EventAction, room: ServerRoom, **details: Any
    ) -> None:
        EventRepository(session).append(
            action,
            self._actor,
            meeting_id=room.meeting_id,
            details={"room": room.name, **details},
            at=self._clock(),
        )

    def _active_room(self, session: Session, room: ServerRoom) -> Room | None:
        """The room, if it is still active (a user may have deleted it meanwhile)."""
        row = session.get(Room, room.room_id)
        return row if row is not None and row.state is RoomState.ACTIVE else None

    def _cleanup(self, session: Session, room: ServerRoom) -> RoomCleanup:
        row = session.get(RoomCleanup, room.room_id)
        if row is None:
            row = RoomCleanup(room_id=room.room_id, state=CleanupState.IN_CALL.value, attempts=0)
            session.add(row)
        row.updated_at = self._clock()
        return row

    def _record_deleted(self, room: ServerRoom, how: DeletionKind) -> None:
        with transaction(self._factory) as session:
            row = self._active_room(session, room)
            if row is None:
                return
            row.state = RoomState.DELETED
            row.deleted_at = self._clock()
            row.deleted_how = how
            self._append(session, EventAction.ROOM_DELETED, room, how=how, automatic=True)
            self._append(session, EventAction.ROOM_DELETION_VERIFIED, room)
            cleanup = session.get(RoomCleanup, room.room_id)
            if cleanup is not None:
                session.delete(cleanup)
            refresh_summary(session, room)

    def _record_postponed(self, room: ServerRoom, participants: int) -> None:
        now = self._clock()
        with transaction(self._factory) as session:
            if self._active_room(session, room) is None:
                return
            cleanup = self._cleanup(session, room)
            first = room.state not in (CleanupState.IN_CALL, CleanupState.DOOR_CLOSED)
            if cleanup.door_closed_at is None:
                cleanup.state = CleanupState.IN_CALL.value
            cleanup.reason = None
            cleanup.next_try_at = now + self._rules.recheck
            # One event when the wait begins, not one per re-check every few minutes.
            if first:
                self._append(
                    session, EventAction.ROOM_DELETION_POSTPONED, room, participants=participants
                )
            refresh_summary(session, room)

    def _record_door_closed(self, room: ServerRoom, participants: int) -> None:
        now = self._clock()
        with transaction(self._factory) as session:
            if self._active_room(session, room) is None:
                return
            cleanup = self._cleanup(session, room)
            cleanup.state = CleanupState.DOOR_CLOSED.value
            cleanup.door_closed_at = now
            cleanup.reason = None
            cleanup.next_try_at = now + self._rules.recheck
            self._append(session, EventAction.ROOM_DOOR_CLOSED, room, participants=participants)
            refresh_summary(session, room)

    def _record_failed(self, room: ServerRoom, error: PlatformError) -> None:
        now = self._clock()
        reason = str(error)[:500] or type(error).__name__
        with transaction(self._factory) as session:
            if self._active_room(session, room) is None:
                return
            cleanup = self._cleanup(session, room)
            cleanup.attempts = room.attempts + 1
            cleanup.state = CleanupState.FAILED.value
            cleanup.reason = reason
            cleanup.next_try_at = now + retry_delay(cleanup.attempts, self._rules)
            self._append(
                session,
                EventAction.ROOM_DELETION_FAILED,
                room,
                reason=reason,
                attempt=cleanup.attempts,
            )
            refresh_summary(session, room)
