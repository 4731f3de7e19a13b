"""The main window's groups: needs action, upcoming, past — disjoint and from SQL alone."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy.orm import Session

from tests.store.builders import NOW, delivery, meeting, participant, room
from vardmote_desktop.domain.types import DeliveryState, MeetingStatus, RoomState
from vardmote_desktop.store.errors import NotFoundError
from vardmote_desktop.store.meetings import MeetingRepository
from vardmote_desktop.store.models import Meeting, Unit
from vardmote_desktop.store.rooms import RoomRepository
from vardmote_desktop.store.units import get_or_create_unit

H = timedelta(hours=1)


def _with_room(item: Meeting, unit: Unit, number: int, state: RoomState) -> Meeting:
    item.room = room(number, unit, state=state)
    return item


def _with_delivery(item: Meeting, state: DeliveryState, *, active: bool = True) -> Meeting:
    person = participant(active=active)
    person.deliveries.append(delivery(state))
    item.participants.append(person)
    return item


def _scenario(session: Session) -> dict[str, Meeting]:
    unit = get_or_create_unit(session, "HC Torsås")
    active, deleted = RoomState.ACTIVE, RoomState.DELETED
    meetings = {
        "ended_room_left": _with_room(meeting(unit, NOW - 3 * H), unit, 1, active),
        "held_early_room_left": _with_room(
            meeting(unit, NOW - 0.5 * H, status=MeetingStatus.HELD), unit, 2, active
        ),
        "cancelled_room_left": _with_room(
            meeting(unit, NOW + 48 * H, status=MeetingStatus.CANCELLED), unit, 3, active
        ),
        "soon_unconfirmed": _with_delivery(meeting(unit, NOW + 5 * H), DeliveryState.SENT),
        "soon_not_sent": _with_delivery(meeting(unit, NOW + 23 * H), DeliveryState.NOT_SENT),
        "soon_confirmed": _with_delivery(meeting(unit, NOW + 2 * H), DeliveryState.CONFIRMED),
        "soon_replaced_only": _with_delivery(
            meeting(unit, NOW + 3 * H), DeliveryState.SENT, active=False
        ),
        "later_unconfirmed": _with_delivery(meeting(unit, NOW + 72 * H), DeliveryState.SENT),
        "ongoing_room_active": _with_room(
            meeting(unit, NOW - 0.5 * H, duration_minutes=60), unit, 4, active
        ),
        "ended_room_deleted": _with_room(meeting(unit, NOW - 30 * H), unit, 5, deleted),
        "cancelled_room_deleted": _with_room(
            meeting(unit, NOW + 10 * H, status=MeetingStatus.CANCELLED), unit, 6, deleted
        ),
        "ended_no_room": meeting(unit, NOW - 50 * H, status=MeetingStatus.HELD),
    }
    session.add_all(meetings.values())
    session.commit()
    return meetings


def _names(found: list[Any], meetings: dict[str, Meeting]) -> list[str]:
    by_id = {item.id: name for name, item in meetings.items()}
    return [by_id[item.id] for item in found]


def test_meetings_fall_into_the_right_groups(session: Session) -> None:
    meetings = _scenario(session)
    groups = MeetingRepository(session).groups(NOW, unconfirmed_hours=24)
    # Rooms left behind first (domain.attention.needs_action_key), then the soonest start.
    assert _names(groups.needs_action, meetings) == [
        "ended_room_left",
        "held_early_room_left",
        "cancelled_room_left",
        "soon_unconfirmed",
        "soon_not_sent",
    ]
    assert _names(groups.upcoming, meetings) == [
        "ongoing_room_active",
        "soon_confirmed",
        "soon_replaced_only",
        "later_unconfirmed",
    ]
    assert _names(groups.past, meetings) == [
        "cancelled_room_deleted",
        "ended_room_deleted",
        "ended_no_room",
    ]


def test_each_group_is_limited(session: Session) -> None:
    _scenario(session)
    groups = MeetingRepository(session).groups(NOW, limit=2)
    assert [len(groups.needs_action), len(groups.upcoming), len(groups.past)] == [2, 2, 2]


def test_a_shorter_warning_window_moves_meetings_to_upcoming(session: Session) -> None:
    meetings = _scenario(session)
    groups = MeetingRepository(session).groups(NOW, unconfirmed_hours=6)
    assert "soon_not_sent" in _names(groups.upcoming, meetings)
    assert "soon_unconfirmed" in _names(groups.needs_action, meetings)


def test_rooms_left_after_their_meeting(session: Session) -> None:
    meetings = _scenario(session)
    left = RoomRepository(session).active_rooms_of_ended_meetings(NOW)
    assert [r.meeting_id for r in left] == [
        meetings[name].id
        for name in ("ended_room_left", "held_early_room_left", "cancelled_room_left")
    ]
    assert len(RoomRepository(session).active()) == 4


def test_get_add_and_require(session: Session) -> None:
    repository = MeetingRepository(session)
    added = repository.add(meeting(get_or_create_unit(session, "HC Torsås")))
    assert repository.get(added.id) is added
    assert repository.require(added.id) is added
    assert repository.get(987654) is None
    with pytest.raises(NotFoundError):
        repository.require(987654)


def test_room_lookups(session: Session) -> None:
    unit = get_or_create_unit(session, "HC Torsås")
    booked = meeting(unit)
    session.add(booked)
    made = room(7, unit)
    made.meeting = booked
    rooms = RoomRepository(session)
    created = rooms.add(made)
    assert rooms.get(created.id) is created
    assert rooms.for_meeting(booked.id) is created
    assert rooms.by_call_id("0000007") == [created]
    assert rooms.by_call_id("7") == []
