"""The statistics follow every change at once (running totals, store/statistics_totals.py)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tests.store.test_statistics import NOW, add_meeting, at, known_data_set
from vardmote_desktop.domain.types import EventAction, RoomState
from vardmote_desktop.services.statistics import StatisticsService
from vardmote_desktop.store.events import EventRepository
from vardmote_desktop.store.models import Room


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
