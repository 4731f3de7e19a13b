"""Running totals (migration 0011) always equal a full recount, on SQLite and PostgreSQL.

Random bookings, cancellations, confirmations, moves, deletions (of participants and whole
meetings), bulk Core updates and retention runs are applied to one log; after each batch the
statistics page's figures, read from the totals, must equal the figures counted again from
every meeting (StatisticsService.recount).
"""

from __future__ import annotations

import importlib.util
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from tests.store.test_statistics import add_meeting
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.types import (
    DeliveryState,
    MeetingMode,
    MeetingStatus,
    MeetingType,
    PlatformKind,
    RoomState,
)
from vardmote_desktop.services.retention import RetentionService
from vardmote_desktop.services.statistics import StatisticsService
from vardmote_desktop.store.events import allow_event_deletion
from vardmote_desktop.store.log_summary import refresh_meeting_summary
from vardmote_desktop.store.migrate import MIGRATIONS_DIR
from vardmote_desktop.store.models import Delivery, Meeting, Participant, Room
from vardmote_desktop.store.statistics_totals import StatisticsCounted, StatisticsTotal

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
MIGRATION_FILE = MIGRATIONS_DIR / "versions" / "0011_statistics_totals.py"
FIRST, LAST = "2024-06", "2027-03"

book = st.tuples(
    st.just("book"),
    st.integers(-28, 3),  # months from NOW: some past the 12-month retention
    st.sampled_from(list(MeetingType)),
    st.sampled_from(list(MeetingMode)),
    st.sampled_from([None, RoomState.ACTIVE, RoomState.DELETED, RoomState.EXTERNAL]),
    st.lists(st.one_of(st.none(), st.integers(-5, 3000)), max_size=3),
    st.sampled_from(list(MeetingStatus)),
)
change = st.tuples(
    st.sampled_from(["cancel", "confirm", "move", "drop_person", "delete", "bulk_room"]),
    st.integers(0, 10_000),  # which meeting (modulo how many there are)
    st.integers(-20, 3),
)
operation = st.one_of(book, change, st.just(("retention",)))


def _apply(factory: sessionmaker[Session], op: tuple[object, ...]) -> None:
    with factory() as session:
        if op[0] == "book":
            _, months, kind, mode, room, minutes, status = op
            assert isinstance(months, int) and isinstance(minutes, list)
            starts = NOW + timedelta(days=30 * months, hours=len(minutes))
            meeting = add_meeting(
                session,
                starts,
                kind,  # type: ignore[arg-type]
                mode,  # type: ignore[arg-type]
                status=status,  # type: ignore[arg-type]
                confirmed_after=tuple(minutes),
            )
            if isinstance(room, RoomState):
                _add_room(session, meeting, room)
        elif op[0] == "retention":
            profile = load_profiles()["kalmar"]
            site = Settings(profile="kalmar", unit="HC Statistik", user_name="Samordnare Test")
            RetentionService(factory, site, profile, clock=lambda: NOW).run_now()
        else:
            _change(session, op)
        session.commit()


def _add_room(session: Session, meeting: Meeting, state: RoomState) -> None:
    # Numbered past the highest ever used: deletions would make a count-based number collide.
    external = state is RoomState.EXTERNAL
    number = (session.scalar(select(func.max(Room.number))) or 0) + 1
    meeting.room = Room(
        unit=None if external else meeting.unit,
        number=None if external else number,
        name=None if external else f"Enhet Statistik {number}",
        platform=PlatformKind.EXTERNAL if external else PlatformKind.MANUAL,
        state=state,
        deleted_at=meeting.starts_at + timedelta(days=1) if state is RoomState.DELETED else None,
    )
    session.flush()


def _change(session: Session, op: tuple[object, ...]) -> None:
    action, pick, months = op
    assert isinstance(pick, int) and isinstance(months, int)
    ids = session.scalars(select(Meeting.id).order_by(Meeting.id)).all()
    if not ids:
        return
    meeting = session.get(Meeting, ids[pick % len(ids)])
    assert meeting is not None
    if action == "cancel":
        meeting.status = MeetingStatus.CANCELLED
    elif action == "move":
        meeting.starts_at = NOW + timedelta(days=30 * months)
    elif action == "confirm":
        for person in meeting.participants:
            for delivery in person.deliveries:
                if delivery.state is not DeliveryState.CONFIRMED and delivery.sent_at:
                    delivery.state = DeliveryState.CONFIRMED
                    delivery.confirmed_at = delivery.sent_at + timedelta(minutes=abs(months) * 7)
    elif action == "drop_person" and meeting.participants:
        session.delete(meeting.participants[0])
    elif action == "delete":
        with allow_event_deletion(session):
            session.delete(meeting)
            session.flush()
    elif action == "bulk_room" and meeting.room is not None:
        # A Core statement the ORM does not see, followed by the explicit refresh.
        session.execute(
            update(Room).where(Room.id == meeting.room.id).values(state=RoomState.DELETED)
        )
        refresh_meeting_summary(session, meeting.id)


@settings(
    max_examples=12,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=st.lists(operation, min_size=1, max_size=12))
def test_totals_equal_a_full_recount(
    session_factory: sessionmaker[Session], ops: list[tuple[object, ...]]
) -> None:
    # One log for every example: later examples start from a log the earlier ones filled.
    for op in ops:
        _apply(session_factory, op)
    service = StatisticsService(session_factory, clock=lambda: NOW)
    assert service.compute(FIRST, LAST) == service.recount(FIRST, LAST)
    for month in ("2025-01", "2026-11", "2026-12"):
        assert service.compute(month, month) == service.recount(month, month)
    with session_factory() as session:
        counted = session.scalar(select(func.count()).select_from(StatisticsCounted))
        assert counted == session.scalar(select(func.count()).select_from(Meeting))


def test_migration_builds_totals_for_an_existing_log(
    session_factory: sessionmaker[Session],
) -> None:
    """Totals dropped and rebuilt by the migration's own SQL equal the running ones."""
    with session_factory() as session:
        for months in (-14, -2, 0):
            add_meeting(session, NOW + timedelta(days=30 * months), confirmed_after=(5, 90, None))
        add_meeting(session, NOW, status=MeetingStatus.CANCELLED, room=RoomState.DELETED)
        session.commit()
    service = StatisticsService(session_factory, clock=lambda: NOW)
    before = service.compute(FIRST, LAST)
    assert before.meetings == 3 and before.confirmations == 6
    engine = session_factory.kw["bind"]
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    spec = importlib.util.spec_from_file_location("m0011", MIGRATION_FILE)
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    with engine.begin() as connection:
        for table in ("statistics_totals", "statistics_minutes", "statistics_counted"):
            connection.exec_driver_sql(f"DELETE FROM {table}")
        with Operations.context(MigrationContext.configure(connection)):
            migration._build()
    assert service.compute(FIRST, LAST) == before
    with session_factory() as session:
        rows = session.scalars(select(StatisticsTotal)).all()
        assert sum(r.meetings for r in rows) == 3 and sum(r.cancelled for r in rows) == 1


def test_a_purged_meeting_leaves_the_totals_and_reaches_the_archive(
    session_factory: sessionmaker[Session],
) -> None:
    with session_factory() as session:
        add_meeting(session, NOW - timedelta(days=500), confirmed_after=(12,))
        session.commit()
    service = StatisticsService(session_factory, clock=lambda: NOW)
    before = service.compute(FIRST, LAST)
    assert before.meetings == 1 and before.archived_meetings == 0
    _apply(session_factory, ("retention",))
    after = service.compute(FIRST, LAST)
    assert (after.meetings, after.archived_meetings, after.confirmations) == (1, 1, 1)
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(StatisticsCounted)) == 0
        assert session.scalar(select(func.sum(StatisticsTotal.meetings))) == 0
        assert session.scalar(select(func.count()).select_from(Participant)) == 0
        assert session.scalar(select(func.count()).select_from(Delivery)) == 0
