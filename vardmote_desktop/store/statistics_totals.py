"""Statistics as running totals, kept in step with every write (migration 0011, issue 14).

The statistics page must open at once for any period, so nothing is aggregated when it opens:
per UTC month, meeting type and mode, `statistics_totals` holds the counts and
`statistics_minutes` the histogram of invitation-to-confirmation times (bucketed). Each meeting's
share is remembered in `statistics_counted` (no foreign key: the row outlives its meeting until
its share has been taken back). Whenever a meeting's summary is recomputed (store/log_summary.py,
which runs after every ORM flush and after bulk writes), `apply_changes` compares the meeting's
new share with the remembered one and adds the difference.

Every change is an increment in SQL (INSERT … ON CONFLICT DO UPDATE SET n = n + excluded.n), never
read-modify-write, so PCs writing to one shared PostgreSQL log at once cannot lose a count; the
remembered shares of the meetings in hand are locked first (FOR UPDATE), so two PCs changing the
same meeting take its share back once. Rooms left undeleted depend on the clock and are still
counted live (store/statistics.rooms_left).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Boolean, Connection, Integer, String, Text, delete, func, insert, select
from sqlalchemy.orm import Mapped, mapped_column

from vardmote_desktop.domain.room_calls import CallOutcome
from vardmote_desktop.domain.types import MeetingMode, MeetingStatus, MeetingType, RoomState
from vardmote_desktop.store.base import Base
from vardmote_desktop.store.columns import ENUM_LENGTH, enum_column_type
from vardmote_desktop.store.models import Meeting, MeetingSummary

_CHUNK = 500  # ids per IN (...) list: well under SQLite's bound-parameter limit
TOTAL_COLUMNS = ("meetings", "cancelled", "rooms", "rooms_late", "held_seen", "nobody")


class StatisticsTotal(Base):
    """Counts of one UTC month, meeting type and mode (meetings: not cancelled)."""

    __tablename__ = "statistics_totals"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # "2026-03"
    meeting_type: Mapped[MeetingType] = mapped_column(
        enum_column_type(MeetingType), primary_key=True
    )
    mode: Mapped[MeetingMode] = mapped_column(enum_column_type(MeetingMode), primary_key=True)
    meetings: Mapped[int] = mapped_column(default=0, server_default="0")
    cancelled: Mapped[int] = mapped_column(default=0, server_default="0")
    rooms: Mapped[int] = mapped_column(default=0, server_default="0")  # our own rooms
    rooms_late: Mapped[int] = mapped_column(default=0, server_default="0")
    held_seen: Mapped[int] = mapped_column(default=0, server_default="0")
    nobody: Mapped[int] = mapped_column(default=0, server_default="0")


class StatisticsMinutes(Base):
    """Confirmed deliveries of one month and type whose confirmation took `bucket` minutes."""

    __tablename__ = "statistics_minutes"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    meeting_type: Mapped[MeetingType] = mapped_column(
        enum_column_type(MeetingType), primary_key=True
    )
    bucket: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    n: Mapped[int] = mapped_column(default=0, server_default="0")


class StatisticsCounted(Base):
    """One meeting's share of the totals as last added (taken back when it changes or goes)."""

    __tablename__ = "statistics_counted"

    meeting_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    month: Mapped[str] = mapped_column(String(7))
    meeting_type: Mapped[MeetingType] = mapped_column(enum_column_type(MeetingType))
    mode: Mapped[MeetingMode] = mapped_column(enum_column_type(MeetingMode))
    cancelled: Mapped[bool] = mapped_column(Boolean)
    room: Mapped[bool] = mapped_column(Boolean)
    room_late: Mapped[bool] = mapped_column(Boolean)
    call: Mapped[str | None] = mapped_column(String(ENUM_LENGTH))
    minutes: Mapped[str] = mapped_column(Text, default="", server_default="")  # as the summary


def bucket(minutes: int) -> int:
    """The start of the histogram bucket holding this many minutes (coarser as times grow)."""
    if minutes < 60:
        return minutes
    if minutes < 24 * 60:
        return minutes - minutes % 15
    return minutes - minutes % 60


def minute_buckets(text: str) -> Counter[int]:
    """The summary's "12,0,340" as buckets; a clock skew's negative time counts as immediate."""
    if not text:
        return Counter()
    return Counter(bucket(max(0, int(part))) for part in text.split(","))


def month_text(moment: datetime) -> str:
    utc = moment.astimezone(UTC)
    return f"{utc.year:04d}-{utc.month:02d}"


@dataclass(frozen=True)
class Share:
    """What one meeting adds to the totals."""

    month: str
    meeting_type: MeetingType
    mode: MeetingMode
    cancelled: bool
    room: bool
    room_late: bool
    call: str | None
    minutes: str

    def counts(self) -> dict[str, int]:
        return {
            "meetings": int(not self.cancelled),
            "cancelled": int(self.cancelled),
            "rooms": int(self.room),
            "rooms_late": int(self.room and self.room_late),
            "held_seen": int(self.call == CallOutcome.HELD.value),
            "nobody": int(self.call == CallOutcome.NOBODY.value),
        }


_OURS = (RoomState.ACTIVE, RoomState.DELETED)


def current_shares(connection: Connection, meeting_ids: list[int]) -> dict[int, Share]:
    """The shares of these meetings now, from the meeting and its (fresh) summary row."""
    statement = (
        select(
            Meeting.id,
            Meeting.starts_at,
            Meeting.meeting_type,
            Meeting.mode,
            Meeting.status,
            MeetingSummary.room_state,
            MeetingSummary.room_late,
            MeetingSummary.room_call,
            MeetingSummary.confirm_minutes,
        )
        .join(MeetingSummary, MeetingSummary.meeting_id == Meeting.id)
        .where(Meeting.id.in_(meeting_ids))
    )
    return {
        row.id: Share(
            month=month_text(row.starts_at),
            meeting_type=row.meeting_type,
            mode=row.mode,
            cancelled=row.status is MeetingStatus.CANCELLED,
            room=row.room_state in _OURS,
            room_late=bool(row.room_late),
            call=row.room_call,
            minutes=row.confirm_minutes or "",
        )
        for row in connection.execute(statement)
    }


def _counted(connection: Connection, meeting_ids: list[int]) -> dict[int, Share]:
    c = StatisticsCounted.__table__.c
    statement = select(StatisticsCounted.__table__).where(c.meeting_id.in_(meeting_ids))
    if connection.dialect.name == "postgresql":
        # Two PCs changing one meeting: the second waits, then sees the first one's share.
        statement = statement.order_by(c.meeting_id).with_for_update()
    return {
        row.meeting_id: Share(
            row.month,
            MeetingType(row.meeting_type),
            MeetingMode(row.mode),
            bool(row.cancelled),
            bool(row.room),
            bool(row.room_late),
            row.call,
            row.minutes or "",
        )
        for row in connection.execute(statement)
    }


def apply_changes(connection: Connection, meeting_ids: Iterable[int]) -> None:
    """Bring the totals in step with these meetings (gone ones are taken back)."""
    ids = sorted(set(meeting_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        old = _counted(connection, chunk)
        new = current_shares(connection, chunk)
        changed = [i for i in chunk if old.get(i) != new.get(i)]
        if not changed:
            continue
        totals: dict[tuple[str, MeetingType, MeetingMode], Counter[str]] = {}
        minutes: Counter[tuple[str, MeetingType, int]] = Counter()
        for meeting_id in changed:
            for share, sign in ((old.get(meeting_id), -1), (new.get(meeting_id), 1)):
                if share is None:
                    continue
                key = (share.month, share.meeting_type, share.mode)
                delta = totals.setdefault(key, Counter())
                for name, value in share.counts().items():
                    delta[name] += sign * value
                for where, n in minute_buckets(share.minutes).items():
                    minutes[(share.month, share.meeting_type, where)] += sign * n
        _add_totals(connection, totals)
        _add_minutes(connection, minutes)
        gone = delete(StatisticsCounted).where(StatisticsCounted.meeting_id.in_(changed))
        connection.execute(gone)
        rows = [_counted_row(i, new[i]) for i in changed if i in new]
        if rows:
            connection.execute(insert(StatisticsCounted), rows)


def _counted_row(meeting_id: int, share: Share) -> dict[str, Any]:
    return {
        "meeting_id": meeting_id,
        "month": share.month,
        "meeting_type": share.meeting_type,
        "mode": share.mode,
        "cancelled": share.cancelled,
        "room": share.room,
        "room_late": share.room_late,
        "call": share.call,
        "minutes": share.minutes,
    }


def _upsert(
    connection: Connection, table: Any, keys: list[str], rows: list[dict[str, Any]]
) -> None:
    """INSERT … ON CONFLICT DO UPDATE SET col = col + excluded.col: an atomic increment."""
    if not rows:
        return
    # Imported here: the PostgreSQL dialect costs tens of milliseconds while the log opens.
    dialect = connection.dialect.name
    statement: Any
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        statement = pg_insert(table)
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        statement = sqlite_insert(table)
    else:
        raise ValueError(f"unsupported database backend: {dialect!r}")
    added = [name for name in rows[0] if name not in keys]
    statement = statement.on_conflict_do_update(
        index_elements=keys,
        set_={name: table.c[name] + statement.excluded[name] for name in added},
    )
    connection.execute(statement, rows)


def _add_totals(
    connection: Connection, deltas: dict[tuple[str, MeetingType, MeetingMode], Counter[str]]
) -> None:
    rows = [
        {
            "month": month,
            "meeting_type": kind,
            "mode": mode,
            **{name: delta[name] for name in TOTAL_COLUMNS},
        }
        for (month, kind, mode), delta in sorted(deltas.items())
        if any(delta.values())
    ]
    _upsert(connection, StatisticsTotal.__table__, ["month", "meeting_type", "mode"], rows)


def _add_minutes(connection: Connection, deltas: Counter[tuple[str, MeetingType, int]]) -> None:
    rows = [
        {"month": month, "meeting_type": kind, "bucket": where, "n": n}
        for (month, kind, where), n in sorted(deltas.items())
        if n
    ]
    _upsert(connection, StatisticsMinutes.__table__, ["month", "meeting_type", "bucket"], rows)


@dataclass(frozen=True)
class PeriodTotals:
    """The totals of months first..last as read for the statistics page."""

    rows: list[Any]  # month, meeting_type, mode and TOTAL_COLUMNS, summed
    minutes: Counter[int]


def read_period(connection: Connection, first_month: str, last_month: str) -> PeriodTotals:
    """Two indexed range reads over a few hundred rows at most, whatever the log's size."""
    t = StatisticsTotal.__table__.c
    rows = list(
        connection.execute(
            select(t.month, t.meeting_type, t.mode, *(t[name] for name in TOTAL_COLUMNS)).where(
                t.month >= first_month, t.month <= last_month
            )
        )
    )
    m = StatisticsMinutes.__table__.c
    statement = (
        select(m.bucket, func.sum(m.n))
        .where(m.month >= first_month, m.month <= last_month)
        .group_by(m.bucket)
    )
    minutes = Counter({int(b): int(n) for b, n in connection.execute(statement) if n})
    return PeriodTotals(rows, minutes)
