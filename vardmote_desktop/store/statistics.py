"""Statistics queries (*statistik*): every figure is grouped in SQL, never row by row in Python.

Months are UTC calendar months ("2026-03"): SQLite has no time zones, and meetings are held in
the daytime, so the hour or two by which a Swedish month boundary differs changes nothing in
practice. The same month key is used by the retention archive, so live and archived numbers add.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    String,
    and_,
    case,
    cast,
    exists,
    func,
    not_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased

from vardmote_desktop.domain.types import (
    DeliveryState,
    MeetingMode,
    MeetingStatus,
    MeetingType,
    RoomState,
)
from vardmote_desktop.store import attention
from vardmote_desktop.store.meetings import meeting_is_over
from vardmote_desktop.store.models import (
    Delivery,
    Meeting,
    MeetingSummary,
    Participant,
    Room,
    StatisticsArchive,
)


@dataclass(frozen=True)
class GroupKey:
    """The archive's grain: one UTC month, one meeting type, one mode."""

    month: str
    meeting_type: MeetingType
    mode: MeetingMode


@dataclass(frozen=True)
class RoomCounts:
    """Our own rooms (not external), those deleted after the grace period, and those left."""

    rooms: int = 0
    deleted_late: int = 0
    not_deleted: int = 0

    def __add__(self, other: RoomCounts) -> RoomCounts:
        return RoomCounts(
            self.rooms + other.rooms,
            self.deleted_late + other.deleted_late,
            self.not_deleted + other.not_deleted,
        )


def month_start(month: str) -> datetime:
    """'2026-03' → 2026-03-01 00:00 UTC."""
    return datetime.fromisoformat(f"{month}-01T00:00:00+00:00")


def _dialect(session: Session) -> str:
    name = session.get_bind().dialect.name
    if name not in ("sqlite", "postgresql"):
        raise ValueError(f"unsupported database backend: {name!r}")
    return name


def month_of_meeting(session: Session) -> ColumnElement[Any]:
    if _dialect(session) == "sqlite":
        # Stored as 'YYYY-MM-DD HH:MM:SS.ffffff' UTC text: the first seven characters are the
        # month, far cheaper than strftime on a million rows.
        return func.substr(type_coerce(Meeting.starts_at, String()), 1, 7)
    return func.date_trunc("month", func.timezone("UTC", Meeting.starts_at))


def month_key(value: Any) -> str:
    # SQLite answers '2026-03'; PostgreSQL a (naive, UTC) timestamp at the month's start.
    return value if isinstance(value, str) else f"{value.year:04d}-{value.month:02d}"


def _minutes_to_confirm(session: Session) -> ColumnElement[int]:
    if _dialect(session) == "sqlite":
        days = func.julianday(Delivery.confirmed_at) - func.julianday(Delivery.sent_at)
        return cast(days * 1440, Integer)
    seconds = func.date_part("epoch", Delivery.confirmed_at - Delivery.sent_at)
    return cast(func.floor(seconds / 60), Integer)


def _deleted_late(session: Session) -> ColumnElement[bool]:
    """Deleted on a later (UTC) day than the meeting: the routine deletes it right afterwards.

    A day rather than a number of hours keeps the test to a cheap comparison of two dates.
    """
    if _dialect(session) == "sqlite":
        day_deleted = func.substr(type_coerce(Room.deleted_at, String()), 1, 10)
        day_held = func.substr(type_coerce(Meeting.starts_at, String()), 1, 10)
        return and_(Room.state == RoomState.DELETED, day_deleted > day_held)
    date_deleted = cast(func.timezone("UTC", Room.deleted_at), Date)
    date_held = cast(func.timezone("UTC", Meeting.starts_at), Date)
    return and_(Room.state == RoomState.DELETED, date_deleted > date_held)


def _group_columns(session: Session) -> list[Any]:
    return [month_of_meeting(session).label("month"), Meeting.meeting_type, Meeting.mode]


def _key(row: Any) -> GroupKey:
    return GroupKey(month_key(row.month), row.meeting_type, row.mode)


def meetings_started_between(start: datetime, end: datetime) -> ColumnElement[bool]:
    """Meetings starting in [start, end): a range scan of the starts_at index."""
    return and_(Meeting.starts_at >= start, Meeting.starts_at < end)


def purgeable_before(cutoff: datetime) -> ColumnElement[bool]:
    """Exactly the meetings MeetingRepository.purge_started_before(cutoff) removes."""
    # An alias, so that the EXISTS still has a FROM inside queries that join rooms themselves.
    room = aliased(Room)
    room_left = exists().where(room.meeting_id == Meeting.id, room.state == RoomState.ACTIVE)
    return and_(Meeting.starts_at < cutoff, not_(room_left))


def meeting_counts(
    session: Session, where: ColumnElement[bool], *, month: str | None = None
) -> dict[GroupKey, Counter[bool]]:
    """Per month, type and mode: meetings counted by whether they were cancelled (True).

    With `month` given (where selects only that month) the month is not computed per row:
    grouping by type and mode alone lets SQLite answer from its covering index, 4× faster.
    """
    cancelled = (Meeting.status == MeetingStatus.CANCELLED).label("cancelled")
    columns: list[Any] = [Meeting.meeting_type, Meeting.mode]
    if month is None:
        columns = _group_columns(session)
    statement = (
        select(*columns, cancelled, func.count().label("n"))
        .where(where)
        .group_by(*columns, cancelled)
    )
    result: dict[GroupKey, Counter[bool]] = {}
    for row in session.execute(statement):
        key = _key(row) if month is None else GroupKey(month, row.meeting_type, row.mode)
        result.setdefault(key, Counter())[bool(row.cancelled)] += row.n
    return result


def confirmation_minutes(
    session: Session, where: ColumnElement[bool], *, by_group: bool = False
) -> dict[GroupKey | None, Counter[int]]:
    """Histogram of whole minutes from sending to confirmation, of deliveries confirmed.

    Grouped in SQL by the minute, so what crosses to Python is at most a few thousand rows
    however many deliveries there are; ungrouped results sit under the key None.
    """
    minutes = _minutes_to_confirm(session).label("minutes")
    columns = _group_columns(session) if by_group else []
    statement = (
        select(*columns, minutes, func.count().label("n"))
        .select_from(Delivery)
        .join(Participant, Participant.id == Delivery.participant_id)
        .join(Meeting, Meeting.id == Participant.meeting_id)
        .where(
            where,
            Delivery.state == DeliveryState.CONFIRMED,
            Delivery.sent_at.is_not(None),
            Delivery.confirmed_at.is_not(None),
        )
        .group_by(*columns, minutes)
    )
    result: dict[GroupKey | None, Counter[int]] = {}
    for row in session.execute(statement):
        key = _key(row) if by_group else None
        # A phone call is confirmed as it is made; a clock skew must not give negative times.
        result.setdefault(key, Counter())[max(0, int(row.minutes))] += row.n
    return result


def summary_figures(
    session: Session, where: ColumnElement[bool]
) -> tuple[Counter[int], RoomCounts]:
    """The confirmation-time histogram and the room counts (not left), from the log summaries.

    The same figures as confirmation_minutes and room_counts (ungrouped), in one pass over one
    summary row per meeting instead of joins through participants, deliveries and rooms: how a
    month's figures are rebuilt on a large log (migrations 0004 and 0005).
    """
    ours = (RoomState.ACTIVE.value, RoomState.DELETED.value)
    statement = (
        select(
            MeetingSummary.confirm_minutes,
            # The stored text, not the enum: no conversion for a hundred thousand rows.
            type_coerce(MeetingSummary.room_state, String()),
            MeetingSummary.room_late,
        )
        .join(Meeting, Meeting.id == MeetingSummary.meeting_id)
        .where(where)
    )
    texts: list[str] = []
    rooms = late = 0
    # Core, not the ORM's row loading: plain tuples are all this needs, and far cheaper.
    for minutes_text, room_state, room_late in session.connection().execute(statement):
        if minutes_text:
            texts.append(minutes_text)
        if room_state in ours:
            rooms += 1
            late += bool(room_late)
    # One split of one joined string: a month can hold a hundred thousand numbers.
    joined = ",".join(texts)
    histogram: Counter[int] = Counter(map(int, joined.split(","))) if joined else Counter()
    negative = sum(n for minutes, n in histogram.items() if minutes < 0)
    if negative:  # a clock skew must not give negative times: count them as immediate
        histogram = Counter({m: n for m, n in histogram.items() if m >= 0})
        histogram[0] += negative
    return histogram, RoomCounts(rooms, late, 0)


def call_outcomes(session: Session, where: ColumnElement[bool]) -> Counter[str]:
    """Meetings by what was seen in their server room (domain/room_calls.CallOutcome values):
    "held" (a call was seen) and "nobody" (no one joined). One grouped pass over the summary
    rows of the period; meetings without a watched room are not counted."""
    call = MeetingSummary.room_call
    statement = (
        select(call, func.count().label("n"))
        .join(Meeting, Meeting.id == MeetingSummary.meeting_id)
        .where(where, call.is_not(None))
        .group_by(call)
    )
    return Counter({str(value): int(n) for value, n in session.execute(statement)})


def room_counts(
    session: Session, where: ColumnElement[bool], *, by_group: bool = False
) -> dict[GroupKey | None, RoomCounts]:
    """Our rooms and those deleted late (see _deleted_late); not_deleted is left at 0."""
    columns = _group_columns(session) if by_group else []
    late = func.coalesce(func.sum(case((_deleted_late(session), 1), else_=0)), 0)
    statement = (
        select(*columns, func.count().label("rooms"), late.label("late"))
        .select_from(Meeting)
        .join(Room, Room.meeting_id == Meeting.id)
        .where(where, Room.state != RoomState.EXTERNAL)
        .group_by(*columns)
    )
    return {
        _key(row) if by_group else None: RoomCounts(row.rooms, int(row.late), 0)
        for row in session.execute(statement)
        if row.rooms
    }


def rooms_left(
    session: Session, where: ColumnElement[bool], now: datetime, *, by_group: bool = False
) -> dict[GroupKey | None, int]:
    """Rooms still active after their meeting is over.

    Written as IN (active rooms) rather than a join, so that the planner starts from the few
    active rooms instead of walking every meeting of the period.
    """
    columns = _group_columns(session) if by_group else []
    active = select(Room.meeting_id).where(Room.state == RoomState.ACTIVE)
    statement = (
        select(*columns, func.count().label("left"))
        .select_from(Meeting)
        .where(where, Meeting.id.in_(active), meeting_is_over(session, now))
        .group_by(*columns)
    )
    return {
        _key(row) if by_group else None: row.left for row in session.execute(statement) if row.left
    }


def archived(session: Session, first_month: str, last_month: str) -> list[StatisticsArchive]:
    """Archive rows for the months first_month..last_month ('YYYY-MM', inclusive)."""
    statement = (
        select(StatisticsArchive)
        .where(StatisticsArchive.month >= first_month, StatisticsArchive.month <= last_month)
        .order_by(StatisticsArchive.month, StatisticsArchive.id)
    )
    return list(session.scalars(statement))


def add_archived(session: Session, rows: Iterable[StatisticsArchive]) -> None:
    """Append archive rows (flushed, in the caller's transaction)."""
    session.add_all(list(rows))
    session.flush()


def rooms_left_between(session: Session, start: datetime, end: datetime, now: datetime) -> int:
    """Rooms still active after their meeting is over, of the meetings starting in [start, end).

    The statistics page's one live figure (it depends on the clock). It starts from the few
    active rooms on the summaries' room_state index, joined to their meetings by primary key,
    rather than from the period's meetings, so its cost follows the rooms left, not the log.
    """
    active = select(MeetingSummary.meeting_id).where(MeetingSummary.room_state == RoomState.ACTIVE)
    statement = (
        select(func.count())
        .select_from(MeetingSummary)
        .join(Meeting, Meeting.id == MeetingSummary.meeting_id)
        .where(
            MeetingSummary.meeting_id.in_(active),
            attention.room_left(now),
            Meeting.starts_at >= start,
            Meeting.starts_at < end,
        )
    )
    return int(session.scalar(statement) or 0)
