"""The unit's lease: one PC at a time runs a job on a shared log, taken by one atomic statement.

A lease is a row (name, holder, expires_at). Taking it is an UPDATE that only matches a row
that has expired or is already ours, or else an INSERT that does nothing when the row exists:
both are single statements, so two PCs racing for it on PostgreSQL or SQLite cannot both win.
A PC that stops (switched off, crashed) just lets its lease expire.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import or_, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from vardmote_desktop.store.unit_models import RoomLease

ROOM_CLEANUP = "room_cleanup"


def take(session: Session, name: str, holder: str, now: datetime, ttl: timedelta) -> bool:
    """Take or renew the lease until now + ttl; False when another holder's has not expired."""
    expires = now + ttl
    # RETURNING says whether this statement took the row; a rowcount is not reliable for
    # INSERT ... ON CONFLICT on every driver. SQLite has RETURNING since 3.35.
    connection = session.connection()
    renewed = connection.execute(
        update(RoomLease)
        .where(
            RoomLease.name == name,
            or_(RoomLease.expires_at <= now, RoomLease.holder == holder),
        )
        .values(holder=holder, expires_at=expires)
        .returning(RoomLease.name)
    )
    if renewed.first() is not None:
        return True
    values = {"name": name, "holder": holder, "expires_at": expires}
    if connection.dialect.name == "postgresql":
        inserted = connection.execute(
            pg_insert(RoomLease).values(**values).on_conflict_do_nothing().returning(RoomLease.name)
        )
    else:
        inserted = connection.execute(
            sqlite_insert(RoomLease)
            .values(**values)
            .on_conflict_do_nothing()
            .returning(RoomLease.name)
        )
    return inserted.first() is not None


def release(session: Session, name: str, holder: str, now: datetime) -> None:
    """Give the lease up early (it expires now), only if it is still ours."""
    session.connection().execute(
        update(RoomLease)
        .where(RoomLease.name == name, RoomLease.holder == holder)
        .values(expires_at=now)
    )
