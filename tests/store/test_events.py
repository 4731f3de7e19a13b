"""History events are append-only; only the retention purge removes them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from tests.store.builders import NOW, meeting, participant, room
from vardmote_desktop.domain.types import EventAction, MeetingStatus, RoomState
from vardmote_desktop.store.errors import AppendOnlyError
from vardmote_desktop.store.events import EventRepository
from vardmote_desktop.store.meetings import MeetingRepository
from vardmote_desktop.store.models import Event, Meeting, Participant
from vardmote_desktop.store.units import get_or_create_unit


def _booked(session: Session) -> Meeting:
    booked = meeting(get_or_create_unit(session, "HC Torsås"))
    session.add(booked)
    session.flush()
    return booked


def test_events_are_appended_and_read_in_order(session: Session) -> None:
    booked = _booked(session)
    events = EventRepository(session)
    events.append(EventAction.ROOM_CREATED, "Anna", meeting_id=booked.id, at=NOW, details={"nr": 8})
    earlier = NOW - timedelta(minutes=1)
    events.append(EventAction.MEETING_BOOKED, "Anna", meeting_id=booked.id, at=earlier)
    events.append(EventAction.RETENTION_PURGE, "system", details={"purged": 3}, at=NOW)
    assert [e.action for e in events.for_meeting(booked.id)] == ["meeting_booked", "room_created"]
    assert [(e.action, e.details) for e in events.app_wide()] == [
        ("retention_purge", {"purged": 3})
    ]


def test_an_action_outside_the_vocabulary_is_refused(session: Session) -> None:
    # Plain strings are still accepted while some services pass them, but only known values.
    # The type checker would stop both calls; this is what an unchecked caller gets.
    with pytest.raises(ValueError, match="meeting_boked"):
        EventRepository(session).append("meeting_boked", "Anna")  # type: ignore[arg-type]
    stored = EventRepository(session).append("meeting_booked", "Anna")  # type: ignore[arg-type]
    assert stored.action == EventAction.MEETING_BOOKED


def test_an_event_cannot_be_changed(session: Session) -> None:
    item = EventRepository(session).append(
        EventAction.MEETING_BOOKED, "Anna", meeting_id=_booked(session).id
    )
    item.actor = "Someone else"
    with pytest.raises(AppendOnlyError):
        session.flush()


def test_an_event_cannot_be_deleted(session: Session) -> None:
    item = EventRepository(session).append(
        EventAction.MEETING_BOOKED, "Anna", meeting_id=_booked(session).id
    )
    session.delete(item)
    with pytest.raises(AppendOnlyError):
        session.flush()


@pytest.mark.parametrize("statement", [update(Event).values(actor="x"), delete(Event)])
def test_bulk_statements_cannot_touch_events(session: Session, statement: object) -> None:
    EventRepository(session).append(EventAction.MEETING_BOOKED, "Anna")
    with pytest.raises(AppendOnlyError):
        session.execute(statement)  # type: ignore[call-overload]


def test_deleting_a_meeting_with_history_is_refused(session: Session) -> None:
    booked = _booked(session)
    EventRepository(session).append(EventAction.MEETING_BOOKED, "Anna", meeting_id=booked.id)
    session.delete(booked)
    with pytest.raises(AppendOnlyError):
        session.flush()


def test_retention_purge_removes_old_meetings_with_their_history(session: Session) -> None:
    unit = get_or_create_unit(session, "HC Torsås")
    old = meeting(unit, NOW - timedelta(days=400), status=MeetingStatus.HELD)
    old.room = room(1, unit, state=RoomState.DELETED)
    first, substitute = participant("Kim"), participant("Sam")
    old.participants.extend([first, substitute])
    old_with_room_left = meeting(unit, NOW - timedelta(days=400))
    old_with_room_left.room = room(2, unit)  # still active: the warning must outlive retention
    recent = meeting(unit, NOW - timedelta(days=10))
    session.add_all([old, old_with_room_left, recent])
    session.flush()
    first.active, first.replaced_by = False, substitute
    events = EventRepository(session)
    for item in (old, old_with_room_left, recent):
        events.append(EventAction.MEETING_BOOKED, "Anna", meeting_id=item.id)
    session.commit()

    purged = MeetingRepository(session).purge_started_before(NOW - timedelta(days=365))
    session.commit()

    assert purged == 1
    remaining = session.scalars(select(Meeting.id).order_by(Meeting.id)).all()
    assert remaining == [old_with_room_left.id, recent.id]
    assert session.scalar(select(func.count(Event.id))) == 2
    assert session.scalar(select(func.count(Participant.id))) == 0
    # After the purge the guard is back on.
    leftover = events.for_meeting(recent.id)[0]
    session.delete(leftover)
    with pytest.raises(AppendOnlyError):
        session.flush()
