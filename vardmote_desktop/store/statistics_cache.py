"""The statistics page's cache: one row of figures per month, recomputed only when it changed.

Aggregating a million meetings with their deliveries takes seconds on SQLite however it is
written, so a month's figures (counts per type and mode, rooms and rooms deleted late, the
histogram of confirmation times) are kept here. A month is recomputed when
- its number of meetings differs from the cached one (a cheap range count), or
- a history event newer than the cached watermark belongs to one of its meetings: every
  service records an event for every change to a meeting (docs/architecture.md).
Events just under the watermark are re-checked for a few minutes, because on PostgreSQL ids
are handed out before commit and can become visible out of order. Rooms left after their
meeting depend on the time and are never cached.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vardmote_desktop.store.columns import utcnow
from vardmote_desktop.store.models import Event, Meeting, StatisticsMonthCache
from vardmote_desktop.store.statistics import month_key, month_of_meeting, month_start

WATERMARK_MARGIN = 1000  # ids, and
WATERMARK_MINUTES = timedelta(minutes=10)  # time (commit delays, clock skew between PCs)


def _next(month: str) -> str:
    year, number = (int(part) for part in month.split("-"))
    return f"{year + number // 12:04d}-{number % 12 + 1:02d}"


def meeting_counts_per_month(session: Session, months: Iterable[str]) -> dict[str, int]:
    """How many meetings each month has: one count of an index range per month."""
    result: dict[str, int] = {}
    for month in months:
        start, end = month_start(month), month_start(_next(month))
        statement = select(func.count()).where(
            and_(Meeting.starts_at >= start, Meeting.starts_at < end)
        )
        result[month] = session.scalar(statement) or 0
    return result


def newest_event_id(session: Session) -> int:
    return session.scalar(select(func.max(Event.id))) or 0


def months_changed_since(session: Session, event_id: int, computed_at: datetime) -> set[str]:
    """Months of the meetings with history newer than the watermark.

    Events just under the watermark but written in the minutes before the computation are
    looked at again: on PostgreSQL a transaction that took its id earlier may have committed
    later (SQLite writers are serialised, so there it never matters).
    """
    month = month_of_meeting(session).label("month")
    recent = and_(
        Event.id > event_id - WATERMARK_MARGIN,
        Event.at > computed_at - WATERMARK_MINUTES,
    )
    statement = (
        select(month)
        .distinct()
        .select_from(Event)
        .join(Meeting, Meeting.id == Event.meeting_id)
        .where(or_(Event.id > event_id, recent))
    )
    return {month_key(value) for value in session.scalars(statement)}


def load(session: Session, months: Iterable[str]) -> dict[str, StatisticsMonthCache]:
    statement = select(StatisticsMonthCache).where(StatisticsMonthCache.month.in_(list(months)))
    return {row.month: row for row in session.scalars(statement)}


def store(
    session: Session,
    figures: Mapping[str, tuple[int, dict[str, Any]]],
    event_id: int,
    now: datetime | None = None,
) -> bool:
    """Replace the cached months {month: (meeting_count, figures)}; False if another PC won.

    The caller runs this in its own transaction: a lost race only means the other PC's
    equally fresh figures are kept.
    """
    if not figures:
        return True
    try:
        with session.begin_nested():
            months = list(figures)
            session.execute(
                delete(StatisticsMonthCache).where(StatisticsMonthCache.month.in_(months))
            )
            session.add_all(
                StatisticsMonthCache(
                    month=month,
                    meeting_count=count,
                    event_id=event_id,
                    figures=data,
                    computed_at=now or utcnow(),
                )
                for month, (count, data) in figures.items()
            )
    except IntegrityError:
        return False
    return True


def forget(session: Session, months: Iterable[str] | None = None) -> None:
    """Drop cached months (all when None), e.g. after the retention purge moved them."""
    statement = delete(StatisticsMonthCache)
    if months is not None:
        statement = statement.where(StatisticsMonthCache.month.in_(list(months)))
    session.execute(statement)
