"""The per-month statistics cache: reused while nothing changed, recomputed when something did."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tests.store.test_statistics import NOW, add_meeting, at, known_data_set
from vardmote_desktop.domain.types import EventAction, RoomState
from vardmote_desktop.services.statistics import StatisticsService
from vardmote_desktop.store.events import EventRepository
from vardmote_desktop.store.models import Room, StatisticsMonthCache


def cached(session_factory: sessionmaker[Session]) -> dict[str, StatisticsMonthCache]:
    with session_factory() as session:
        rows = session.scalars(select(StatisticsMonthCache)).all()
        return {row.month: row for row in rows}


def test_unchanged_months_come_from_the_cache(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as session:
        known_data_set(session)
    service = StatisticsService(session_factory, clock=lambda: NOW)
    first = service.compute("2026-01", "2026-03")
    rows = cached(session_factory)
    assert sorted(rows) == ["2026-01", "2026-02", "2026-03"]
    assert rows["2026-02"].meeting_count == 4

    later = StatisticsService(session_factory, clock=lambda: NOW + timedelta(hours=1))
    assert later.compute("2026-01", "2026-03") == first
    again = cached(session_factory)
    assert {m: r.computed_at for m, r in again.items()} == {
        m: r.computed_at for m, r in rows.items()
    }


def test_a_change_with_its_event_recomputes_the_month(
    session_factory: sessionmaker[Session],
) -> None:
    with session_factory() as session:
        known_data_set(session)
    service = StatisticsService(session_factory, clock=lambda: NOW)
    assert service.compute("2026-01", "2026-03").rooms_deleted_late == 1
    with session_factory() as session:
        # The room left after the meeting of 10 February is deleted now, a month late.
        room = session.scalars(select(Room).where(Room.state == RoomState.ACTIVE)).first()
        assert room is not None and room.meeting.starts_at == at(2, 10, 8)
        room.state = RoomState.DELETED
        room.deleted_at = NOW
        EventRepository(session).append(
            EventAction.ROOM_DELETED, "Samordnare Test", meeting_id=room.meeting_id
        )
        session.commit()
    figures = service.compute("2026-01", "2026-03")
    assert (figures.rooms_deleted_late, figures.rooms_not_deleted) == (2, 0)


def test_a_new_meeting_changes_the_count_and_is_seen(
    session_factory: sessionmaker[Session],
) -> None:
    with session_factory() as session:
        known_data_set(session)
    service = StatisticsService(session_factory, clock=lambda: NOW)
    assert service.compute("2026-01", "2026-03").meetings == 6
    with session_factory() as session:
        add_meeting(session, at(1, 15))  # written without an event: the count still tells
        session.commit()
    assert service.compute("2026-01", "2026-03").meetings == 7
