"""Units and the room counter: numbers grow, are never repeated, survive deleted rooms."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

from tests.store.builders import meeting, room
from vardmote_desktop.domain.types import RoomState
from vardmote_desktop.store.errors import NotFoundError
from vardmote_desktop.store.models import Room, Unit
from vardmote_desktop.store.units import UnitRepository, allocate_room_number, get_or_create_unit


def test_get_or_create_unit_is_idempotent_and_normalises_spaces(session: Session) -> None:
    unit = get_or_create_unit(session, "HC  Torsås ")
    again = UnitRepository(session).get_or_create("HC Torsås")
    assert unit is again
    assert unit.name == "HC Torsås"
    assert session.query(Unit).count() == 1
    with pytest.raises(ValueError):
        get_or_create_unit(session, "   ")


def test_room_numbers_grow_and_are_never_repeated(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as session:
        unit = get_or_create_unit(session, "HC Torsås")
        other = get_or_create_unit(session, "HC Emmaboda")
        session.commit()

    numbers = []
    for _ in range(3):
        with session_factory() as session:
            number = allocate_room_number(session, unit.id)
            booked = meeting(session.get_one(Unit, unit.id))
            booked.room = room(number, booked.unit)
            session.add(booked)
            session.commit()
            numbers.append(number)
    assert numbers == [1, 2, 3]

    with session_factory() as session:
        # The room is deleted on the server and even removed from the log: 3 stays used.
        session.execute(delete(Room).where(Room.number == 3))
        session.commit()
    with session_factory() as session:
        repository = UnitRepository(session)
        assert repository.allocate_room_number(unit.id) == 4
        assert repository.allocate_room_number(unit.id) == 5
        assert repository.allocate_room_number(other.id) == 1  # every unit counts for itself
        session.commit()
        refreshed = session.get_one(Unit, unit.id)
        assert refreshed.next_room_number == 6


def test_a_deleted_room_keeps_its_number(session: Session) -> None:
    unit = get_or_create_unit(session, "HC Torsås")
    booked = meeting(unit)
    booked.room = room(allocate_room_number(session, unit.id), unit, state=RoomState.DELETED)
    session.add(booked)
    session.flush()
    assert allocate_room_number(session, unit.id) == 2


def test_unknown_unit_has_no_counter(session: Session) -> None:
    with pytest.raises(NotFoundError):
        allocate_room_number(session, 424242)


def test_concurrent_allocations_never_collide(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as session:
        unit_id = get_or_create_unit(session, "HC Torsås").id
        session.commit()
    results: list[int] = []

    def allocate_in_other_session() -> None:
        with session_factory() as other:
            results.append(allocate_room_number(other, unit_id))
            other.commit()

    with session_factory() as first:
        taken = allocate_room_number(first, unit_id)  # holds the row (or database) lock
        worker = threading.Thread(target=allocate_in_other_session)
        worker.start()
        worker.join(timeout=0.3)
        assert worker.is_alive(), "the second allocation should wait for the first"
        first.commit()
    worker.join(timeout=10)
    assert (taken, results) == (1, [2])
