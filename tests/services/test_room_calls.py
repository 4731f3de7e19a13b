"""What really happened in our server rooms: calls seen while the meeting was on.

The CMS and Pexip emulators hold the calls, the test's clock moves, and the log is a migrated
SQLite file and a throwaway PostgreSQL database (the shared log).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from tests.helpers.loopback import Fault
from tests.services.conftest import FakeClock, Store
from tests.services.test_room_lifecycle import PC, Rig
from tests.services.test_room_lifecycle import rig as rig
from tests.store.conftest import postgres_server as postgres_server
from tests.store.conftest import store_url as store_url
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.types import (
    EventAction,
    MeetingMode,
    MeetingStatus,
    MeetingType,
    PlatformKind,
    RoomState,
)
from vardmote_desktop.services.dto import MeetingPlan, RoomPlan
from vardmote_desktop.services.statistics import StatisticsService
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.migrate import upgrade_to_head
from vardmote_desktop.store.models import Meeting, MeetingSummary, Room
from vardmote_desktop.store.unit_models import RoomCall

NINE = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # rig.book(hours=1) starts then; now is 08:00


@pytest.fixture
def store(store_url: str, clock: FakeClock) -> Iterator[Store]:
    """The services' store, on SQLite and on PostgreSQL."""
    engine = create_store_engine(store_url)
    upgrade_to_head(engine)
    profile = load_profiles()["kalmar"]
    settings = Settings(profile=profile.key, unit="HC Torsås", user_name="Samordnare Test")
    try:
        yield Store(make_session_factory(engine), settings, profile, clock)
    finally:
        engine.dispose()


def _at(rig: Rig, hour: int, minute: int = 0) -> None:
    rig.store.clock.now = NINE.replace(hour=hour, minute=minute)


def _seen(rig: Rig, meeting: int) -> tuple[datetime | None, datetime | None, int, str | None]:
    with transaction(rig.store.factory) as session:
        room = session.scalars(select(Room).where(Room.meeting_id == meeting)).one()
        call = session.get(RoomCall, room.id)
        assert call is not None
        return call.first_seen_at, call.last_seen_at, call.max_participants, call.outcome


def _status(rig: Rig, meeting: int) -> MeetingStatus:
    with transaction(rig.store.factory) as session:
        found = session.get(Meeting, meeting)
        assert found is not None
        return found.status


def _codes(rig: Rig, meeting: int) -> tuple[str, ...]:
    """The meeting's codes in *Behöver åtgärd* (empty when it is not listed there), checked
    against the detail page's, read from the rows instead of the summary."""
    rows = [r for r in rig.meetings.overview().needs_action if r.id == meeting]
    detail = tuple(rig.meetings.detail(meeting).summary.attention)
    listed = tuple(rows[0].attention) if rows else ()
    assert listed == detail
    return listed


def test_a_call_seen_is_recorded_and_the_meeting_becomes_held(rig: Rig) -> None:
    meeting, server_id = rig.book(hours=1, minutes=60)  # 09:00-10:00
    assert rig.lifecycle.run_once().acted
    with transaction(rig.store.factory) as session:  # 08:00: too early to ask the server
        assert session.scalars(select(RoomCall)).all() == []

    _at(rig, 8, 50)
    rig.lifecycle.run_once()
    assert _seen(rig, meeting) == (None, None, 0, None)
    _at(rig, 9, 5)
    rig.start_call(server_id, people=2)
    rig.lifecycle.run_once()
    _at(rig, 9, 30)
    rig.lifecycle.run_once()
    # Still planned while it goes on: "over" comes from the planned end.
    assert _status(rig, meeting) is MeetingStatus.PLANNED
    rig.end_calls()
    _at(rig, 9, 45)
    rig.lifecycle.run_once()
    first, last, most, outcome = _seen(rig, meeting)
    assert (first, last, most, outcome) == (
        NINE + timedelta(minutes=5),
        NINE + timedelta(minutes=30),
        2,
        None,
    )

    _at(rig, 10, 0)
    report = rig.lifecycle.run_once()
    assert report.held == (meeting,) and report.nobody == ()
    assert _status(rig, meeting) is MeetingStatus.HELD
    assert _seen(rig, meeting)[3] == "held"
    assert "nobody_joined" not in _codes(rig, meeting)
    assert rig.automatic(meeting) == [EventAction.ROOM_CALL_SEEN, EventAction.MEETING_HELD]
    assert rig.lifecycle.run_once().held == ()  # settled once

    _at(rig, 11, 0)  # the grace is over: the room goes as before
    assert rig.lifecycle.run_once().deleted == (meeting,)
    assert _codes(rig, meeting) == ()
    assert _status(rig, meeting) is MeetingStatus.HELD


def test_a_room_nobody_joined_is_flagged_until_the_coordinator_answers(rig: Rig) -> None:
    meeting, _ = rig.book(hours=1, minutes=60)
    for hour, minute in ((8, 50), (9, 10), (9, 40)):
        _at(rig, hour, minute)
        rig.lifecycle.run_once()
    _at(rig, 10, 0)
    report = rig.lifecycle.run_once()
    assert report.nobody == (meeting,) and report.held == ()
    assert _status(rig, meeting) is MeetingStatus.PLANNED
    assert _codes(rig, meeting) == ("room_not_deleted", "nobody_joined")
    assert rig.automatic(meeting) == [EventAction.NOBODY_JOINED]

    _at(rig, 11, 0)  # the room is deleted; the flag stays for the coordinator
    assert rig.lifecycle.run_once().deleted == (meeting,)
    assert rig.room_state(meeting) is RoomState.DELETED
    assert _codes(rig, meeting) == ("nobody_joined",)
    assert rig.automatic(meeting)[0] == EventAction.NOBODY_JOINED

    rig.followup.start(meeting)  # it was held after all (by phone): *Starta mötet* answers
    assert _codes(rig, meeting) == ()


def test_nobody_is_not_claimed_when_the_room_was_first_watched_after_the_end(rig: Rig) -> None:
    meeting, _ = rig.book(hours=1, minutes=60)
    _at(rig, 10, 30)  # the app was not running during the meeting
    report = rig.lifecycle.run_once()
    assert report.nobody == () and report.held == ()
    assert _seen(rig, meeting)[3] is None
    assert _codes(rig, meeting) == ("room_not_deleted",)
    assert rig.automatic(meeting) == []


def test_a_late_call_after_nobody_makes_the_meeting_held(rig: Rig) -> None:
    meeting, server_id = rig.book(hours=1, minutes=60)
    _at(rig, 9, 30)
    rig.lifecycle.run_once()
    _at(rig, 10, 0)
    assert rig.lifecycle.run_once().nobody == (meeting,)
    rig.start_call(server_id, people=3)  # they were late
    _at(rig, 10, 5)
    assert rig.lifecycle.run_once().held == (meeting,)
    assert _status(rig, meeting) is MeetingStatus.HELD
    assert _codes(rig, meeting) == ("room_not_deleted",)
    assert rig.automatic(meeting) == [
        EventAction.NOBODY_JOINED,
        EventAction.ROOM_CALL_SEEN,
        EventAction.MEETING_HELD,
    ]


def test_a_cancelled_meeting_is_neither_held_nor_flagged(rig: Rig) -> None:
    meeting, server_id = rig.book(hours=1, minutes=60)
    _at(rig, 9, 10)
    rig.start_call(server_id)
    rig.lifecycle.run_once()
    rig.followup.cancel(meeting)
    _at(rig, 10, 0)
    report = rig.lifecycle.run_once()
    assert report.held == () and report.nobody == ()
    assert _status(rig, meeting) is MeetingStatus.CANCELLED
    figures = StatisticsService(rig.store.factory, rig.store.clock).compute("2026-12", "2026-12")
    assert (figures.held_call_seen, figures.nobody_joined) == (0, 0)


def test_the_statistics_count_meetings_held_and_those_nobody_joined(rig: Rig) -> None:
    statistics = StatisticsService(rig.store.factory, rig.store.clock)
    held, server_id = rig.book(hours=1, minutes=60)
    nobody, _ = rig.book(hours=1, minutes=30)
    unknown, _ = rig.book(hours=5, minutes=30)  # never watched: counted in neither
    before = statistics.compute("2026-12", "2026-12")  # cached before anything was seen
    assert (before.held_call_seen, before.nobody_joined) == (0, 0)

    _at(rig, 9, 5)
    rig.start_call(server_id, people=4)
    rig.lifecycle.run_once()
    _at(rig, 10, 0)
    report = rig.lifecycle.run_once()
    assert set(report.held) == {held} and set(report.nobody) == {nobody}

    figures = statistics.compute("2026-11", "2026-12")
    assert figures.held_call_seen_per_month == {"2026-11": 0, "2026-12": 1}
    assert figures.nobody_joined_per_month == {"2026-11": 0, "2026-12": 1}
    with transaction(rig.store.factory) as session:
        summary = session.get(MeetingSummary, unknown)
        assert summary is not None and summary.room_call is None

    rig.followup.start(nobody)  # the coordinator says it took place after all
    after = statistics.compute("2026-12", "2026-12")
    assert (after.held_call_seen, after.nobody_joined) == (1, 0)


def test_manual_rooms_are_never_asked_about_nor_flagged(rig: Rig) -> None:
    """A room made by hand keeps the confirm-by-user flow: the server is never asked."""
    starts = rig.store.clock.now + timedelta(hours=1)
    room = RoomPlan(
        PlatformKind.MANUAL,
        "HC Torsås 9",
        9,
        join=JoinInfo(video_address="hand.made@ltkalmar.se", call_id="600100200"),
    )
    plan = MeetingPlan(MeetingType.DISTANCE, MeetingMode.DIGITAL, starts, 60, room=room)
    meeting = rig.meetings.book(plan)
    ours, server_id = rig.book(hours=1, minutes=60)
    rig.start_call(server_id)
    for hour, minute in ((9, 10), (10, 0)):
        _at(rig, hour, minute)
        rig.lifecycle.run_once()
    assert rig.automatic(ours) == [EventAction.ROOM_CALL_SEEN, EventAction.MEETING_HELD]
    assert rig.history(ours)[-1] == (EventAction.MEETING_HELD, f"automatiskt ({PC})")
    assert rig.automatic(meeting) == []
    assert _status(rig, meeting) is MeetingStatus.PLANNED
    assert _codes(rig, meeting) == ("room_not_deleted",)
    with transaction(rig.store.factory) as session:
        assert session.scalars(select(RoomCall.room_id)).all() == [
            session.scalars(select(Room.id).where(Room.meeting_id == ours)).one()
        ]


def test_a_server_that_does_not_answer_is_asked_again_next_run(rig: Rig) -> None:
    meeting, server_id = rig.book(hours=1, minutes=60)
    rig.start_call(server_id, people=2)
    _at(rig, 9, 10)
    rig.server.inject(Fault(status=503, method="GET"), count=4)  # the client's try and retries
    assert rig.lifecycle.run_once().acted
    with transaction(rig.store.factory) as session:
        assert session.scalars(select(RoomCall)).all() == []  # nothing known, nothing claimed
    assert rig.server.pending_faults() == 0
    _at(rig, 9, 13)
    rig.lifecycle.run_once()
    assert _seen(rig, meeting)[:3] == (NINE + timedelta(minutes=13),) * 2 + (2,)
