"""Retention with a fake clock: what is due, what is kept, what is recorded, and when."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import func, select

from tests.services.conftest import Store
from tests.store.test_statistics import add_meeting
from vardmote_desktop.domain.types import RoomState
from vardmote_desktop.services.retention import PURGE_ACTION, RetentionService, months_before
from vardmote_desktop.store.events import EventRepository
from vardmote_desktop.store.models import Meeting, Room, StatisticsArchive


def service(store: Store) -> RetentionService:
    return RetentionService(store.factory, store.settings, store.profile, clock=store.clock)


def purge_events(store: Store) -> list[dict[str, object]]:
    with store.factory() as session:
        events = EventRepository(session).app_wide()
        return [dict(e.details) for e in events if e.action == PURGE_ACTION]


def meeting_count(store: Store) -> int:
    with store.factory() as session:
        return session.scalar(select(func.count()).select_from(Meeting)) or 0


def test_months_before_keeps_the_day_where_the_month_has_it() -> None:
    assert months_before(datetime(2026, 12, 1, 8, tzinfo=UTC), 12) == datetime(
        2025, 12, 1, 8, tzinfo=UTC
    )
    assert months_before(datetime(2026, 3, 31, tzinfo=UTC), 1) == datetime(2026, 2, 28, tzinfo=UTC)
    assert months_before(datetime(2026, 1, 15, tzinfo=UTC), 14) == datetime(
        2024, 11, 15, tzinfo=UTC
    )


def test_start_up_with_nothing_due_records_nothing(store: Store) -> None:
    with store.factory() as session:
        add_meeting(session, datetime(2026, 6, 1, 9, tzinfo=UTC))  # six months old: kept
        session.commit()
    result = service(store).run_at_startup()
    assert result.count == 0 and result.months == 12
    assert purge_events(store) == []
    # On demand the run is recorded even when nothing was due.
    assert service(store).run_now().count == 0
    assert [e["count"] for e in purge_events(store)] == [0]


def test_old_meetings_archived_and_purged_active_rooms_kept(store: Store) -> None:
    with store.factory() as session:
        add_meeting(session, datetime(2025, 10, 3, 9, tzinfo=UTC), confirmed_after=(20, 40))
        add_meeting(
            session,
            datetime(2025, 11, 3, 9, tzinfo=UTC),
            room=RoomState.DELETED,
            deleted_at=datetime(2025, 11, 3, 11, tzinfo=UTC),
        )
        kept = add_meeting(session, datetime(2025, 11, 4, 9, tzinfo=UTC), room=RoomState.ACTIVE)
        add_meeting(session, datetime(2026, 1, 4, 9, tzinfo=UTC))  # within twelve months
        session.commit()
        kept_id = kept.id

    result = service(store).run_at_startup()

    assert result.count == 2
    assert meeting_count(store) == 2
    assert sum(int(str(e["count"])) for e in purge_events(store)) == 2
    with store.factory() as session:
        assert session.get(Meeting, kept_id) is not None  # its room must be deleted first
        rows = session.scalars(select(StatisticsArchive).order_by(StatisticsArchive.month)).all()
        assert [(r.month, r.meetings, r.rooms, r.confirmations) for r in rows] == [
            ("2025-10", 1, 0, 2),
            ("2025-11", 1, 1, 0),
        ]
        assert rows[0].confirmation_minutes == {"20": 1, "40": 1}
        # Once the room is deleted, the next start purges that meeting too.
        room = session.scalars(select(Room).where(Room.meeting_id == kept_id)).one()
        room.state = RoomState.DELETED
        room.deleted_at = datetime(2025, 11, 4, 10, 30, tzinfo=UTC)
        session.commit()
    assert service(store).run_at_startup().count == 1
    assert meeting_count(store) == 1
    assert service(store).run_at_startup().count == 0  # nothing left to do


def test_retention_months_setting_overrides_the_profile(store: Store) -> None:
    store.settings = replace(store.settings, retention_months=6)
    with store.factory() as session:
        add_meeting(session, datetime(2026, 5, 1, 9, tzinfo=UTC))  # seven months old
        session.commit()
    assert service(store).months == 6
    assert service(store).run_at_startup().count == 1
    store.clock.advance(days=1)
    assert service(store).run_at_startup().count == 0
