"""Rooms that close themselves, on the CMS and Pexip emulators and a real SQLite log.

The clock is the test's: "an hour after the end" and "the next morning" are moves of it, and
the emulators are the witness of what reached the server (DELETEs sent, calls cut, new codes).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.helpers.cms_emulator import CmsEmulator
from tests.helpers.loopback import Fault
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.pexip_emulator import PexipEmulator
from tests.services.conftest import Store
from vardmote_desktop.config.settings import Settings, with_changes
from vardmote_desktop.domain.types import (
    EventAction,
    MeetingMode,
    MeetingType,
    PlatformKind,
    RoomState,
)
from vardmote_desktop.platforms.credentials import CredentialStore
from vardmote_desktop.services.dto import MeetingPlan
from vardmote_desktop.services.followup import FollowUpService
from vardmote_desktop.services.lifecycle import RoomLifecycleService
from vardmote_desktop.services.meetings import MeetingService
from vardmote_desktop.services.platforms import PlatformService
from vardmote_desktop.services.rooms import RoomService
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store.events import EventRepository
from vardmote_desktop.store.models import Room
from vardmote_desktop.store.unit_models import RoomCleanup

TEST_TIMEOUT = (2.0, 2.0)
PC = "AVD12-PC03"


def no_sleep(seconds: float) -> None:
    """The client's own backoff between retries is skipped: the emulators answer at once."""


@dataclass
class Rig:
    kind: PlatformKind
    server: CmsEmulator | PexipEmulator
    store: Store
    rooms: RoomService
    meetings: MeetingService
    followup: FollowUpService
    lifecycle: RoomLifecycleService
    platforms: PlatformService
    settings: Settings

    def book(self, *, hours: float = 1, minutes: int = 60) -> tuple[int, str]:
        """A meeting starting in `hours` with a room on the server: (meeting id, server id)."""
        starts = self.store.clock.now + timedelta(hours=hours)
        room = self.rooms.create_room(
            self.rooms.reserve_name(), ends_at=starts + timedelta(minutes=minutes)
        )
        plan = MeetingPlan(
            MeetingType.DISTANCE, MeetingMode.DIGITAL, starts, duration_minutes=minutes, room=room
        )
        assert room.platform_room_id
        return self.meetings.book(plan), room.platform_room_id

    def on_server(self, server_id: str) -> bool:
        if isinstance(self.server, CmsEmulator):
            return server_id in self.server.spaces
        return int(server_id) in self.server.conferences

    def start_call(self, server_id: str, *, people: int = 1, waiting: bool = False) -> None:
        if isinstance(self.server, CmsEmulator):
            self.server.start_call(server_id, participants=people)
            return
        name = self.server.conferences[int(server_id)]["name"]
        for _ in range(max(people, 1)):  # nobody at all is no call on Pexip: one waits
            self.server.join(name, waiting=waiting, web_client=True)

    def end_calls(self) -> None:
        if isinstance(self.server, CmsEmulator):
            for call_id in list(self.server.calls):
                self.server.end_call(call_id)
        else:
            for participant_id in list(self.server.participants):
                self.server.leave(participant_id)

    def cut(self) -> list[str]:
        if isinstance(self.server, CmsEmulator):
            return self.server.cut_calls
        return self.server.cut_participants

    def deletes(self, server_id: str) -> int:
        return sum(
            r.path.rstrip("/").endswith(f"/{server_id}") for r in self.server.requests_for("DELETE")
        )

    def room_state(self, meeting_id: int) -> RoomState:
        with transaction(self.store.factory) as session:
            room = session.scalars(select(Room).where(Room.meeting_id == meeting_id)).one()
            return room.state

    def cleanup(self, meeting_id: int) -> tuple[str, str | None] | None:
        with transaction(self.store.factory) as session:
            room = session.scalars(select(Room).where(Room.meeting_id == meeting_id)).one()
            row = session.get(RoomCleanup, room.id)
            return (row.state, row.reason) if row is not None else None

    def shown(self, meeting_id: int) -> tuple[tuple[str, ...], str | None, tuple[str, ...]]:
        """What *Behöver åtgärd* says of the meeting: its row's codes and problem, and the
        detail page's codes (read from the log summary and from the rows: they must agree)."""
        row = next(r for r in self.meetings.overview().needs_action if r.id == meeting_id)
        detail = self.meetings.detail(meeting_id).summary
        return tuple(row.attention), row.room_problem, tuple(detail.attention)

    def history(self, meeting_id: int) -> list[tuple[str, str]]:
        with transaction(self.store.factory) as session:
            return [(e.action, e.actor) for e in EventRepository(session).for_meeting(meeting_id)]

    def automatic(self, meeting_id: int) -> list[str]:
        return [a for a, actor in self.history(meeting_id) if actor == f"automatiskt ({PC})"]


@pytest.fixture(params=["cms", "pexip"])
def rig(
    request: pytest.FixtureRequest, store: Store, memory_keyring: MemoryKeyring
) -> Iterator[Rig]:
    server: CmsEmulator | PexipEmulator = (
        CmsEmulator() if request.param == "cms" else PexipEmulator()
    )
    with server:
        settings = with_changes(
            store.settings,
            platform=request.param,
            server_url=server.base_url,
            server_user=server.username,
        )
        credentials = CredentialStore()
        credentials.set_password(request.param, server.username, server.password)
        platforms = PlatformService(
            settings, store.profile, credentials, timeout=TEST_TIMEOUT, sleep=no_sleep
        )
        yield Rig(
            PlatformKind(request.param),
            server,
            store,
            RoomService(
                store.factory, settings, store.profile, clock=store.clock, platforms=platforms
            ),
            MeetingService(store.factory, settings, store.profile, clock=store.clock),
            FollowUpService(store.factory, settings, store.profile, clock=store.clock),
            RoomLifecycleService(
                store.factory, settings, store.profile, platforms, store.clock, pc=PC
            ),
            platforms,
            settings,
        )


def test_a_room_goes_after_its_grace_and_is_proved_gone_by_a_404(rig: Rig) -> None:
    meeting, server_id = rig.book(hours=1, minutes=60)  # ends at 10:00
    rig.store.clock.advance(hours=2, minutes=59)  # 10:59: within the hour's grace
    assert rig.lifecycle.run_once().deleted == ()
    assert rig.on_server(server_id) and rig.room_state(meeting) is RoomState.ACTIVE

    rig.store.clock.advance(minutes=1)  # 11:00
    report = rig.lifecycle.run_once()
    assert report.acted and report.deleted == (meeting,)
    assert not rig.on_server(server_id)
    assert rig.room_state(meeting) is RoomState.DELETED
    # Deleted, then read back: the server answered 404.
    to_room = [r.method for r in rig.server.requests if r.path.rstrip("/").endswith(server_id)]
    assert to_room[-2:] == ["DELETE", "GET"]
    assert rig.automatic(meeting) == [
        EventAction.ROOM_DELETED,
        EventAction.ROOM_DELETION_VERIFIED,
    ]
    assert rig.lifecycle.run_once().deleted == ()  # nothing left to do, nothing sent again
    assert rig.deletes(server_id) == 1


def test_a_cancelled_meetings_room_goes_at_once(rig: Rig) -> None:
    meeting, server_id = rig.book(hours=24)
    kept, kept_id = rig.book(hours=24)
    rig.followup.cancel(meeting)
    assert rig.lifecycle.run_once().deleted == (meeting,)
    assert not rig.on_server(server_id) and rig.on_server(kept_id)
    assert rig.room_state(kept) is RoomState.ACTIVE


# CMS keeps a call alive with nobody in it; Pexip counts people waiting (PIN, waiting room).
@pytest.mark.parametrize("call", ["people", "empty_or_waiting"])
def test_a_room_with_a_call_is_never_deleted_and_its_door_closes_late(rig: Rig, call: str) -> None:
    meeting, server_id = rig.book(hours=1, minutes=60)  # ends at 10:00
    rig.start_call(server_id, people=2 if call == "people" else 0, waiting=call != "people")
    before = _door(rig, server_id)

    rig.store.clock.advance(hours=3)  # an hour after the end
    report = rig.lifecycle.run_once()
    assert report.postponed == (meeting,) and report.deleted == ()
    assert rig.cleanup(meeting) == ("in_call", None)
    # Not "Rum ej borttaget": the meeting is going on, and the app says so.
    assert rig.shown(meeting) == (("room_in_use",), None, ("room_in_use",))
    for _ in range(6):  # re-checked every few minutes for half an hour: still going on
        rig.store.clock.advance(minutes=5)
        assert rig.lifecycle.run_once().deleted == ()
    assert _door(rig, server_id) == before  # not yet: four hours after the end

    rig.store.clock.advance(hours=3)  # 14:35, more than four hours after the end
    assert rig.lifecycle.run_once().doors_closed == (meeting,)
    assert _door(rig, server_id) != before
    if isinstance(rig.server, CmsEmulator):
        assert rig.server.spaces[server_id].non_member_access == "false"
    rig.store.clock.advance(minutes=5)
    assert rig.lifecycle.run_once().doors_closed == ()  # closed once
    assert rig.on_server(server_id) and rig.deletes(server_id) == 0 and rig.cut() == []
    assert rig.room_state(meeting) is RoomState.ACTIVE

    rig.end_calls()
    rig.store.clock.advance(minutes=5)
    assert rig.lifecycle.run_once().deleted == (meeting,)
    assert not rig.on_server(server_id) and rig.cut() == []
    assert rig.automatic(meeting) == [
        EventAction.ROOM_CALL_SEEN,  # what really happened: a call, so *Genomfört*
        EventAction.ROOM_DELETION_POSTPONED,  # once, not once per re-check
        EventAction.MEETING_HELD,
        EventAction.ROOM_DOOR_CLOSED,
        EventAction.ROOM_DELETED,
        EventAction.ROOM_DELETION_VERIFIED,
    ]


def _door(rig: Rig, server_id: str) -> tuple[object, ...]:
    """What lets someone in: passcode and web-link secret (CMS) or the PINs (Pexip)."""
    if isinstance(rig.server, CmsEmulator):
        space = rig.server.spaces[server_id]
        return (space.passcode, space.secret)
    conference = rig.server.conferences[int(server_id)]
    return (conference["pin"], conference["guest_pin"])


def test_a_failed_delete_stays_visible_and_is_retried_with_backoff(rig: Rig) -> None:
    meeting, server_id = rig.book(hours=1)
    rig.store.clock.advance(hours=3)
    rig.server.fail(500, count=4, method="DELETE")  # the client's retries, all refused
    report = rig.lifecycle.run_once()
    assert report.failed == (meeting,) and report.deleted == ()
    assert rig.on_server(server_id) and rig.room_state(meeting) is RoomState.ACTIVE
    state, reason = rig.cleanup(meeting) or ("", None)
    assert state == "failed" and reason and "500" in reason
    assert rig.shown(meeting) == (("room_delete_failed",), reason, ("room_delete_failed",))
    assert rig.automatic(meeting) == [EventAction.ROOM_DELETION_FAILED]

    rig.store.clock.advance(minutes=1)  # backoff: not yet
    assert rig.lifecycle.run_once().failed == ()
    assert rig.deletes(server_id) == 4

    rig.store.clock.advance(minutes=1)
    assert rig.lifecycle.run_once().deleted == (meeting,)
    assert rig.cleanup(meeting) is None and rig.room_state(meeting) is RoomState.DELETED
    assert all(r.id != meeting for r in rig.meetings.overview().needs_action)


def test_a_500_after_deleting_still_ends_with_the_log_true(rig: Rig) -> None:
    meeting, server_id = rig.book(hours=1)
    rig.store.clock.advance(hours=3)
    # The server deletes, then answers 500: the retry's 404 and the read-back prove it gone.
    rig.server.inject(Fault(status=500, process=True, method="DELETE"))
    assert rig.lifecycle.run_once().deleted == (meeting,)
    assert not rig.on_server(server_id) and rig.room_state(meeting) is RoomState.DELETED


def test_a_room_still_on_the_server_after_its_delete_is_not_counted_deleted(rig: Rig) -> None:
    meeting, server_id = rig.book(hours=1)
    rig.store.clock.advance(hours=3)
    # A 200 for a DELETE that did nothing: the read-back finds the room.
    rig.server.inject(Fault(status=204 if rig.kind is PlatformKind.PEXIP else 200, method="DELETE"))
    assert rig.lifecycle.run_once().failed == (meeting,)
    assert rig.on_server(server_id) and rig.room_state(meeting) is RoomState.ACTIVE
    assert (rig.cleanup(meeting) or ("", None))[0] == "failed"


def test_a_pc_started_the_next_morning_clears_yesterdays_rooms(rig: Rig) -> None:
    booked = [rig.book(hours=h) for h in (1, 3, 6)]
    later, later_id = rig.book(hours=26)  # tomorrow's meeting keeps its room
    rig.store.clock.advance(hours=24)  # every PC was off overnight
    assert set(rig.lifecycle.run_once().deleted) == {m for m, _ in booked}
    assert all(not rig.on_server(s) for _, s in booked) and rig.on_server(later_id)
    assert rig.room_state(later) is RoomState.ACTIVE


def test_the_site_files_waits_win_over_the_profiles(rig: Rig) -> None:
    # The profile says 90 minutes; the site defaults file (a setting, lockable) says 30.
    profile = replace(rig.store.profile, extra={"room_delete_after_minutes": "90"})
    settings = replace(rig.settings, room_delete_after_minutes=30, room_close_door_after_hours=1)
    lifecycle = RoomLifecycleService(
        rig.store.factory, settings, profile, rig.platforms, rig.store.clock, pc=PC
    )
    meeting, server_id = rig.book(hours=1, minutes=60)  # ends at 10:00
    rig.start_call(server_id)
    rig.store.clock.advance(hours=2, minutes=29)  # 10:29
    assert lifecycle.run_once().postponed == ()  # not due yet: nobody asked about the call
    rig.store.clock.advance(minutes=1)  # 10:30: due, but a call is going on
    assert lifecycle.run_once().postponed == (meeting,)
    rig.store.clock.advance(minutes=30)  # 11:00: an hour after the end, the site's long wait
    assert lifecycle.run_once().doors_closed == (meeting,)
    rig.end_calls()
    rig.store.clock.advance(minutes=5)
    assert lifecycle.run_once().deleted == (meeting,)
    assert rig.automatic(meeting)[-3:] == [
        EventAction.ROOM_DOOR_CLOSED,
        EventAction.ROOM_DELETED,
        EventAction.ROOM_DELETION_VERIFIED,
    ]
