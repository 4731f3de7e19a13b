"""Addresses ever handed out (*använda adresser*) and the log's own identity.

A video address or call ID that once led into a meeting must never lead into another one, so
every one this log hands out is kept here, past the retention purge (it is not personal data).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.naming import address_user_part
from vardmote_desktop.store.errors import NotFoundError
from vardmote_desktop.store.unit_models import LogIdentity, UsedAddress

URI = "uri"  # the user part of a video address, lower case, no domain
CALL_ID = "call_id"


class UsedAddressRepository:
    """Claims and lookups; never commits (the service owns the transaction)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def is_used(self, kind: str, value: str) -> bool:
        statement = select(UsedAddress.id).where(
            UsedAddress.kind == kind, UsedAddress.value == _clean(kind, value)
        )
        return self._session.scalar(statement) is not None

    def claim(self, kind: str, value: str, at: datetime) -> bool:
        """Record the value as handed out; False when it already was (by anyone on this log).

        INSERT … ON CONFLICT DO NOTHING: two PCs on one PostgreSQL log racing for the same
        value get one True and one False, never an error that rolls back the caller's work.
        """
        values = {"kind": kind, "value": _clean(kind, value), "used_at": at}
        dialect = self._session.get_bind().dialect.name
        # RETURNING says whether a row went in; rowcount is not reliable for ORM-enabled inserts.
        if dialect == "postgresql":
            statement = postgresql.insert(UsedAddress).values(values).on_conflict_do_nothing()
            inserted = self._session.scalar(statement.returning(UsedAddress.id))
        elif dialect == "sqlite":
            statement_lite = sqlite.insert(UsedAddress).values(values).on_conflict_do_nothing()
            inserted = self._session.scalar(statement_lite.returning(UsedAddress.id))
        else:
            raise ValueError(f"unsupported database backend: {dialect!r}")
        return inserted is not None


def claim_room_addresses(session: Session, join: JoinInfo, at: datetime) -> None:
    """Record a booked room's address and call ID as handed out (kept past the purge).

    For booking to call in its own transaction: a room made by hand may carry an address the
    app did not draw, and it must never serve another meeting either.
    """
    used = UsedAddressRepository(session)
    if join.video_address and "@" in join.video_address:
        used.claim(URI, address_user_part(join.video_address), at)
    if join.call_id and join.call_id.strip():
        used.claim(CALL_ID, join.call_id, at)


def log_id(session: Session) -> str:
    """This log's identity (LogIdentity.log_id), made by migration 0006."""
    identity = session.get(LogIdentity, 1)
    if identity is None:
        raise NotFoundError("the log has no identity row")
    return identity.log_id


def _clean(kind: str, value: str) -> str:
    # The servers compare URIs without case (CMS stores them lower-cased); call IDs are digits.
    return value.strip().lower() if kind == URI else value.strip()
