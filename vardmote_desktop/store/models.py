"""Typed SQLAlchemy models of the meeting log (*möteslogg*): meetings, rooms, people, history."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import (
    Mapped,
    composite,
    mapped_column,
    relationship,
)

from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.types import (
    Channel,
    DeliveryState,
    MeetingMode,
    MeetingStatus,
    MeetingType,
    OrganisationKind,
    PlatformKind,
    RoomState,
)
from vardmote_desktop.store.base import Base
from vardmote_desktop.store.columns import enum_column_type, utcnow


class Unit(Base):
    """*Enhet* (ward, health centre): owns the room counter that only grows."""

    __tablename__ = "units"
    __table_args__ = (CheckConstraint("next_room_number >= 1", name="next_room_number_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    # Never decremented, never reset: a room number is never given out twice (domain.md).
    next_room_number: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class Meeting(Base):
    """*Möte*: one planned meeting about one patient (no patient identity stored)."""

    __tablename__ = "meetings"
    __table_args__ = (
        CheckConstraint("duration_minutes > 0", name="duration_positive"),
        Index(None, "starts_at"),
        Index(None, "status"),
        Index(None, "unit_id"),
        # Sorting and filtering the meeting log (migration 0002): each column then newest first.
        Index(None, "starts_at", "id"),
        Index(None, "meeting_type", "starts_at", "id"),
        Index(None, "mode", "starts_at", "id"),
        Index(None, "organiser", "starts_at", "id"),
        Index(None, "status", "starts_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_type: Mapped[MeetingType] = mapped_column(enum_column_type(MeetingType))
    mode: Mapped[MeetingMode] = mapped_column(enum_column_type(MeetingMode))
    status: Mapped[MeetingStatus] = mapped_column(
        enum_column_type(MeetingStatus), default=MeetingStatus.PLANNED
    )
    starts_at: Mapped[datetime]
    duration_minutes: Mapped[int]
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    organiser: Mapped[str] = mapped_column(String(200))  # the user who booked (kallande)
    profile_key: Mapped[str] = mapped_column(String(64))
    # A short user-chosen reference such as the Lifecare SP case; never a personnummer.
    reference: Mapped[str | None] = mapped_column(String(100))
    requested_via: Mapped[str | None] = mapped_column(String(32))  # e.g. "lifecare_sp"
    suitability_ok: Mapped[bool]
    suitability_note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    cancelled_at: Mapped[datetime | None]
    held_at: Mapped[datetime | None]

    unit: Mapped[Unit] = relationship()
    roles: Mapped[list[MeetingRole]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MeetingRole.id"
    )
    room: Mapped[Room | None] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", single_parent=True
    )
    participants: Mapped[list[Participant]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Participant.id"
    )
    events: Mapped[list[Event]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Event.id"
    )


class MeetingRole(Base):
    """Who requests, invites, rigs, starts or helps on site for one meeting."""

    __tablename__ = "meeting_roles"
    __table_args__ = (Index(None, "meeting_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(32))  # "requester", "inviter", "rigger", ...
    holder: Mapped[str] = mapped_column(String(200))

    meeting: Mapped[Meeting] = relationship(back_populates="roles")


class Room(Base):
    """*Mötesrum*: one per meeting; its name, number and address are never reused."""

    __tablename__ = "rooms"
    __table_args__ = (
        # The database itself refuses a reused room: an old invitation must never lead into a
        # new meeting (domain.md). NULLs (external rooms, rooms not yet named) do not collide.
        UniqueConstraint("unit_id", "number"),
        # Only our own rooms' addresses are unique: a municipality may well invite to the same
        # Sefos or Inera room again, and that room is not ours to name or delete.
        Index(
            "uq_rooms_video_address_ours",
            "video_address",
            unique=True,
            sqlite_where=text("platform != 'external'"),
            postgresql_where=text("platform != 'external'"),
        ),
        Index(None, "state"),
        Index(None, "call_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), unique=True
    )
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    number: Mapped[int | None]
    name: Mapped[str | None] = mapped_column(String(200), unique=True)
    platform: Mapped[PlatformKind] = mapped_column(enum_column_type(PlatformKind))
    platform_room_id: Mapped[str | None] = mapped_column(String(200))
    video_address: Mapped[str | None] = mapped_column(String(320))
    call_id: Mapped[str | None] = mapped_column(String(64))  # text: leading zeros matter
    passcode: Mapped[str | None] = mapped_column(String(64))
    web_link: Mapped[str | None] = mapped_column(String(2048))
    # The four columns above as one value: read and write a room's join details through this;
    # the columns stay for SQL (lookups by call ID, the summary's search text).
    join: Mapped[JoinInfo] = composite("video_address", "call_id", "passcode", "web_link")
    dial_in: Mapped[str | None] = mapped_column(String(64))
    state: Mapped[RoomState] = mapped_column(enum_column_type(RoomState), default=RoomState.ACTIVE)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None]
    deleted_how: Mapped[str | None] = mapped_column(String(32))  # e.g. "api", "manual"

    meeting: Mapped[Meeting] = relationship(back_populates="room")
    unit: Mapped[Unit | None] = relationship()


class Participant(Base):
    """*Deltagare*; a replaced one stays in the history, inactive, pointing at the *ersättare*."""

    __tablename__ = "participants"
    __table_args__ = (Index(None, "meeting_id"), Index(None, "replaced_by_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    organisation_kind: Mapped[OrganisationKind] = mapped_column(enum_column_type(OrganisationKind))
    organisation: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(100))
    is_relative: Mapped[bool] = mapped_column(default=False)
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(64))
    joins_by_video: Mapped[bool] = mapped_column(default=True)
    replaced_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )
    replaced_at: Mapped[datetime | None]
    active: Mapped[bool] = mapped_column(default=True)

    meeting: Mapped[Meeting] = relationship(back_populates="participants")
    replaced_by: Mapped[Participant | None] = relationship(remote_side=[id])
    deliveries: Mapped[list[Delivery]] = relationship(
        back_populates="participant", cascade="all, delete-orphan", order_by="Delivery.id"
    )


class Delivery(Base):
    """*Utskick*: one recipient, one channel, and whether it was confirmed."""

    __tablename__ = "deliveries"
    __table_args__ = (Index(None, "participant_id", "state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    channel: Mapped[Channel] = mapped_column(enum_column_type(Channel))
    state: Mapped[DeliveryState] = mapped_column(
        enum_column_type(DeliveryState), default=DeliveryState.NOT_SENT
    )
    sent_at: Mapped[datetime | None]
    confirmed_at: Mapped[datetime | None]
    confirmed_how: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Made by a change after booking (0013): the recipient must be sent the details again (or
    # for the first time, when added after booking); read only while the state is not sent.
    resend: Mapped[bool] = mapped_column(default=False, server_default=false())

    participant: Mapped[Participant] = relationship(back_populates="deliveries")


class Event(Base):
    """*Händelse*: one line of history, append-only (guarded by store.listeners)."""

    __tablename__ = "events"
    __table_args__ = (Index(None, "meeting_id", "at"), Index(None, "meeting_id", "id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    # NULL for app-wide events such as a retention purge.
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64))  # a code such as "room_deleted"
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # SHA-256 chained to the previous event of the same meeting (store.history_chain); NULL only
    # for a row written outside the app, which the check reports.
    chain_hash: Mapped[str | None] = mapped_column(String(64))

    meeting: Mapped[Meeting | None] = relationship(back_populates="events")


class MeetingSummary(Base):
    """What the meeting log shows and filters on, kept per meeting so that a page needs no joins.

    Derived, kept in step after every ORM flush (store.log_summary); the text index over
    search_text (FTS5, pg_trgm) lives in migration 0002 only.
    """

    __tablename__ = "meeting_summaries"
    __table_args__ = (
        Index(None, "room_name", "meeting_id"),
        Index(None, "room_state", "meeting_id"),
        Index(None, "recipients_confirmed", "recipients_total", "meeting_id"),
        Index(None, "unconfirmed", "meeting_id"),
    )

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    room_name: Mapped[str | None] = mapped_column(String(200))
    room_state: Mapped[RoomState | None] = mapped_column(enum_column_type(RoomState))
    # Recipients and confirmed ones, and whether one is unconfirmed, all as domain.attention
    # defines them (the current delivery of each active participant; recomputed by 0007).
    recipients_total: Mapped[int] = mapped_column(default=0, server_default="0")
    recipients_confirmed: Mapped[int] = mapped_column(default=0, server_default="0")
    unconfirmed: Mapped[bool] = mapped_column(default=False, server_default=false())
    # The planned end (0007), so that "is the meeting over" is a plain comparison with now.
    ends_at: Mapped[datetime | None]
    # Lower-cased room name, video address, call ID, reference, participants' names,
    # organisations and e-mail addresses, one per line.
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    # For the statistics without joins (0004, 0005): minutes from sending to confirmation per
    # confirmed delivery ("12,0,340"), and whether the room was deleted a later day (UTC).
    confirm_minutes: Mapped[str] = mapped_column(Text, default="", server_default="")
    room_late: Mapped[bool] = mapped_column(default=False, server_default=false())
    # The room's automatic deletion (0008): a domain.room_lifecycle.CleanupState value and,
    # when it failed, the server's reason; None when nothing is under way.
    room_cleanup: Mapped[str | None] = mapped_column(String(32))
    room_cleanup_reason: Mapped[str | None] = mapped_column(Text)
    # What the app saw in the room (0009): a domain.room_calls.CallOutcome value once the
    # planned end has passed ("held": a call was seen; "nobody": no one joined), else None.
    room_call: Mapped[str | None] = mapped_column(String(16))
    # A change after booking left an active recipient to be sent the details again (0013):
    # *Behöver åtgärd* until it is sent, however far off the meeting is.
    resend: Mapped[bool] = mapped_column(default=False, server_default=false())
    # The meeting's start (0014), a copy kept in step like ends_at: the main window's groups
    # walk indexes of the summary in start order (store/attention.py).
    starts_at: Mapped[datetime | None]


# Search index objects made by migration 0002 outside the models (FTS5 table with its shadow
# tables on SQLite, a GIN index on PostgreSQL); schema comparisons skip them.
SEARCH_INDEX_PREFIXES = ("meeting_search", "ix_meeting_summaries_search_trgm")


def is_search_index(name: str | None) -> bool:
    """Whether a table or index name belongs to the text search index of migration 0002."""
    return bool(name) and str(name).startswith(SEARCH_INDEX_PREFIXES)


# Set in Session.info only by store.events.allow_event_deletion (the retention purge); the
# guard that reads it is attached to the application's sessions by store/listeners.py.
EVENT_PURGE_FLAG = "vardmote_desktop.store.event_purge"


class Draft(Base):
    """A half-finished wizard, kept so that the user can resume it."""

    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_type: Mapped[MeetingType] = mapped_column(enum_column_type(MeetingType))
    # Replace the whole dict to change it: plain JSON columns do not track in-place mutation.
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class StatisticsArchive(Base):
    """Anonymous statistics left by the retention purge (*gallring*), so the numbers survive it.

    One row per purge, calendar month (UTC), type and mode; rows are summed when read. Nothing
    in it points at a meeting, a room or a person.
    """

    __tablename__ = "statistics_archive"
    __table_args__ = (Index(None, "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7))  # "2025-03", the meetings' UTC month
    meeting_type: Mapped[MeetingType] = mapped_column(enum_column_type(MeetingType))
    mode: Mapped[MeetingMode] = mapped_column(enum_column_type(MeetingMode))
    meetings: Mapped[int]  # not cancelled
    cancelled: Mapped[int]
    rooms: Mapped[int]  # our own rooms (external ones are not ours to delete)
    rooms_deleted_late: Mapped[int]
    rooms_not_deleted: Mapped[int]
    confirmations: Mapped[int]
    # Histogram of invitation-to-confirmation times: bucket start in minutes (as text) → count.
    confirmation_minutes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    archived_at: Mapped[datetime] = mapped_column(default=utcnow)


class StatisticsMonthCache(Base):
    """Unused since migration 0011 (running totals, store/statistics_totals.py); kept until a
    release that drops it, so that older releases on a shared log still find it."""

    __tablename__ = "statistics_month_cache"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # "2026-03" (UTC)
    meeting_count: Mapped[int]  # the month's meetings when computed: a change means recompute
    event_id: Mapped[int]  # the newest history event then
    figures: Mapped[dict[str, Any]] = mapped_column(default=dict)
    computed_at: Mapped[datetime] = mapped_column(default=utcnow)


# Statistics indexes (migration 0003), declared here so that Meeting, Room and Delivery stay as
# they are: the per-month grouping and the room and confirmation figures read covering indexes
# instead of table rows.
Index(
    "ix_meetings_statistics", Meeting.starts_at, Meeting.meeting_type, Meeting.mode, Meeting.status
)
Index("ix_rooms_statistics", Room.meeting_id, Room.state, Room.deleted_at)
Index(
    "ix_deliveries_statistics",
    Delivery.participant_id,
    Delivery.state,
    Delivery.sent_at,
    Delivery.confirmed_at,
)
