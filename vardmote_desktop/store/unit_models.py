"""Tables for a unit on several PCs: the log's identity, addresses ever handed out, schema
readers, the automatic deletion's lease and state, and what the server rooms saw."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vardmote_desktop.store.base import Base
from vardmote_desktop.store.columns import utcnow


class LogIdentity(Base):
    """This log's own id (one row, made with the log): marks the rooms it creates on a server."""

    __tablename__ = "log_identity"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    log_id: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class UsedAddress(Base):
    """A video address user part or call ID this log handed out once: never handed out again.

    Kept past the retention purge (an address is not personal data), unlike the rooms.
    """

    __tablename__ = "used_addresses"
    __table_args__ = (UniqueConstraint("kind", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "uri" (user part) or "call_id"
    value: Mapped[str] = mapped_column(String(320))
    used_at: Mapped[datetime] = mapped_column(default=utcnow)


class SchemaCompat(Base):
    """One row: the schema's revision and the oldest revision whose code can still use it.

    Written only by the migrations' on_version_apply hook (store/schema_compat.py), read by
    store/migrate.py before the ORM is used; the model exists so the schema matches the models.
    """

    __tablename__ = "schema_compat"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    revision: Mapped[str] = mapped_column(String(32))
    oldest_reader: Mapped[str] = mapped_column(String(32))
    written_by: Mapped[str] = mapped_column(String(64))  # the release that last migrated
    reader_release: Mapped[str] = mapped_column(String(64))  # the release that set oldest_reader


class RoomLease(Base):
    """A job only one PC of the unit runs at a time (automatic room deletion): holder, until when.

    Taken and renewed by one atomic statement (store/lease.py), so two PCs never both hold it.
    """

    __tablename__ = "room_leases"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))  # "log id / PC": who acts now
    expires_at: Mapped[datetime]


class RoomCleanup(Base):
    """Where the automatic deletion of one room stands, shared by every PC of the log.

    state is a domain.room_lifecycle.CleanupState value; reason the server's last answer when
    it failed, shown in *Behöver åtgärd*.
    """

    __tablename__ = "room_cleanups"

    room_id: Mapped[int] = mapped_column(
        ForeignKey("rooms.id", ondelete="CASCADE"), primary_key=True
    )
    state: Mapped[str] = mapped_column(String(32))
    attempts: Mapped[int] = mapped_column(default=0)
    next_try_at: Mapped[datetime | None]
    reason: Mapped[str | None] = mapped_column(Text)
    door_closed_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class RoomCall(Base):
    """What the app saw of calls in one of our server rooms while its meeting was on (0009).

    Written only by services/lifecycle.py under the clean-up lease. outcome is a
    domain.room_calls.CallOutcome value once the meeting's planned end has passed, else None.
    """

    __tablename__ = "room_calls"

    room_id: Mapped[int] = mapped_column(
        ForeignKey("rooms.id", ondelete="CASCADE"), primary_key=True
    )
    watched_from: Mapped[datetime]  # the first time the server was asked about the room
    checked_at: Mapped[datetime]  # the latest time
    first_seen_at: Mapped[datetime | None]
    last_seen_at: Mapped[datetime | None]
    max_participants: Mapped[int] = mapped_column(default=0)
    outcome: Mapped[str | None] = mapped_column(String(16))
