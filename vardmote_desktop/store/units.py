"""Units (*enheter*) and their room counter: room numbers only grow and are never reused."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from vardmote_desktop.store.errors import NotFoundError
from vardmote_desktop.store.models import Unit


def allocate_room_number(session: Session, unit_id: int) -> int:
    """Take the unit's next room number in one atomic UPDATE … RETURNING.

    The row is write-locked until the caller's transaction ends (PostgreSQL row lock, SQLite
    database lock), so two PCs never get the same number. If that transaction rolls back, the
    counter rolls back with it and the number can be handed out again: harmless in the
    database, whose room row rolled back too, but not on the video server. So a service that
    creates a platform room commits the allocation in its own short transaction first; a failed
    booking then leaves a gap in the numbers, which is fine — a reused number is not. The
    UNIQUE(unit_id, number) constraint on rooms is the last line of defence.
    """
    statement = (
        update(Unit)
        .where(Unit.id == unit_id)
        .values(next_room_number=Unit.next_room_number + 1)
        .returning(Unit.next_room_number)
    )
    new_next = session.execute(statement).scalar_one_or_none()
    if new_next is None:
        raise NotFoundError(f"no unit with id {unit_id}")
    return new_next - 1


def get_or_create_unit(session: Session, name: str) -> Unit:
    """The unit with this name (spaces normalised), created with counter 1 if new.

    INSERT … ON CONFLICT DO NOTHING keeps this safe when two PCs share a PostgreSQL log.
    """
    clean = " ".join(name.split())
    if not clean:
        raise ValueError("a unit needs a name")
    existing = session.scalars(select(Unit).where(Unit.name == clean)).one_or_none()
    if existing is not None:
        return existing
    dialect = session.get_bind().dialect.name
    values = {"name": clean, "next_room_number": 1}
    if dialect == "postgresql":
        pg_insert = postgresql.insert(Unit).values(values).on_conflict_do_nothing()
        session.execute(pg_insert)
    elif dialect == "sqlite":
        sqlite_insert = sqlite.insert(Unit).values(values).on_conflict_do_nothing()
        session.execute(sqlite_insert)
    else:
        raise ValueError(f"unsupported database backend: {dialect!r}")
    return session.scalars(select(Unit).where(Unit.name == clean)).one()


class UnitRepository:
    """Units of one session; never commits (the service owns the transaction)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, unit_id: int) -> Unit | None:
        """The unit with this id, if any."""
        return self._session.get(Unit, unit_id)

    def get_or_create(self, name: str) -> Unit:
        """See get_or_create_unit."""
        return get_or_create_unit(self._session, name)

    def allocate_room_number(self, unit_id: int) -> int:
        """See allocate_room_number."""
        return allocate_room_number(self._session, unit_id)
