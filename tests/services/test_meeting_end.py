"""A started meeting is *Genomfört* in the log once its planned end has passed (issue #13.6).

Through the room lifecycle's run, as the window's timer drives it, on a manual room (Kalmar's
pasted invitation): a real migrated SQLite file, and a shared PostgreSQL log where two PCs run
at once and the end is recorded exactly once.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.services.conftest import FakeClock, Store
from tests.services.test_followup import book
from tests.store.conftest import postgres_server as postgres_server
from tests.store.conftest import store_url as store_url
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.log_query import LogQuery
from vardmote_desktop.domain.types import (
    EventAction,
    MeetingMode,
    MeetingStatus,
    MeetingType,
    PlatformKind,
)
from vardmote_desktop.services.dto import MeetingPlan, RoomPlan
from vardmote_desktop.services.lifecycle import RoomLifecycleService
from vardmote_desktop.services.log import LogService
from vardmote_desktop.services.meetings import MeetingService
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.migrate import upgrade_to_head
from vardmote_desktop.store.models import Event


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


def _book_another(store: Store) -> int:
    """A second meeting at the same hour in a room of its own (addresses are never reused)."""
    meetings = MeetingService(store.factory, store.settings, store.profile, store.clock)
    plan = MeetingPlan(
        meeting_type=MeetingType.DISTANCE,
        mode=MeetingMode.DIGITAL,
        starts_at=store.clock() + timedelta(hours=1),
        room=RoomPlan(
            platform=PlatformKind.MANUAL,
            name="HC Torsås 2",
            number=2,
            join=JoinInfo(video_address="hc.torsas.2@video.example.se", call_id="012345679"),
        ),
    )
    return meetings.book(plan)


def _lifecycle(store: Store, pc: str) -> RoomLifecycleService:
    return RoomLifecycleService(
        store.factory, store.settings, store.profile, None, store.clock, pc=pc
    )


def _ended(store: Store, meeting_id: int) -> list[Event]:
    with transaction(store.factory) as session:
        statement = select(Event).where(
            Event.meeting_id == meeting_id, Event.action == EventAction.MEETING_ENDED.value
        )
        found = list(session.scalars(statement))
        session.expunge_all()
        return found


def test_a_started_meeting_is_held_after_its_end_and_the_log_says_so(store: Store) -> None:
    meetings, followup, started = book(store, hours_ahead=1)
    never_started = _book_another(store)
    lifecycle = _lifecycle(store, "PC-1")
    store.clock.advance(hours=1, minutes=5)
    followup.start(started)

    lifecycle.run_once()  # on, not over: *Pågår*, still planned in the log
    assert meetings.detail(started).summary.status is MeetingStatus.PLANNED
    assert _ended(store, started) == []

    store.clock.advance(hours=1)  # the planned hour is over
    lifecycle.run_once()
    assert meetings.detail(started).summary.status is MeetingStatus.HELD
    assert meetings.detail(never_started).summary.status is MeetingStatus.PLANNED
    [event] = _ended(store, started)
    assert event.actor == "automatiskt (PC-1)"
    # The Möteslogg (and so its export) says *Genomfört* too, not only the detail pane.
    log = LogService(store.factory, store.settings, store.profile, store.clock)
    statuses = {row.id: row.status for row in log.rows(LogQuery())}
    assert statuses == {started: MeetingStatus.HELD, never_started: MeetingStatus.PLANNED}

    lifecycle.run_once()  # nothing more to record
    assert len(_ended(store, started)) == 1


def test_a_cancelled_meeting_stays_cancelled(store: Store) -> None:
    meetings, followup, meeting_id = book(store, hours_ahead=1)
    followup.cancel(meeting_id)
    store.clock.advance(hours=3)
    _lifecycle(store, "PC-1").run_once()
    assert meetings.detail(meeting_id).summary.status is MeetingStatus.CANCELLED
    assert _ended(store, meeting_id) == []


def test_two_pcs_at_once_record_the_end_once(store: Store) -> None:
    _, followup, meeting_ids = book(store, hours_ahead=1)
    store.clock.advance(hours=1, minutes=5)
    followup.start(meeting_ids)
    store.clock.advance(hours=2)
    pcs = [_lifecycle(store, f"PC-{n}") for n in range(4)]
    gate = threading.Barrier(len(pcs))
    errors: list[BaseException] = []

    def run(pc: RoomLifecycleService) -> None:
        try:
            gate.wait(timeout=10)
            pc.run_once()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(pc,)) for pc in pcs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert len(_ended(store, meeting_ids)) == 1
