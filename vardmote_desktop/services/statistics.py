"""The statistics page's figures (*statistik*): how a unit follows up that video comes first.

Live meetings are aggregated in SQL (store.statistics) and added to the anonymous rows the
retention purge archived, so the numbers of a month do not change when its meetings are purged.

The median time from invitation to confirmation is computed in Python from a histogram that
SQL has already grouped by the minute: portable (no percentile_cont, which SQLite lacks), and
what crosses to Python stays small at any number of deliveries. Histograms are coarsened the
same way live and archived (see `bucket`), so the median is exact to the minute under an hour,
to 15 minutes under a day, and to the hour beyond.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from vardmote_desktop.domain.room_calls import CallOutcome
from vardmote_desktop.domain.types import MeetingMode, MeetingType
from vardmote_desktop.services.base import Clock, utc_now
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store import statistics as queries
from vardmote_desktop.store import statistics_totals as running
from vardmote_desktop.store.models import StatisticsArchive

VIDEO_MODES = frozenset({MeetingMode.DIGITAL, MeetingMode.PARTLY_DIGITAL})


# --- months ("YYYY-MM", UTC) ---------------------------------------------------------------------
def month_of(moment: datetime) -> str:
    utc = moment.astimezone(UTC)
    return f"{utc.year:04d}-{utc.month:02d}"


def add_months(month: str, count: int) -> str:
    year, number = (int(part) for part in month.split("-"))
    index = year * 12 + number - 1 + count
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def months_between(first: str, last: str) -> tuple[str, ...]:
    """Every month from first to last inclusive."""
    months = [first]
    while months[-1] < last:
        months.append(add_months(months[-1], 1))
    return tuple(months)


# --- histograms of minutes ----------------------------------------------------------------------
bucket = running.bucket  # one bucketing for the running totals, the archive and a recount


def coarsen(histogram: Mapping[int, int]) -> Counter[int]:
    result: Counter[int] = Counter()
    for minutes, count in histogram.items():
        result[bucket(minutes)] += count
    return result


def median(histogram: Mapping[int, int]) -> float | None:
    """The median of a histogram {value: count}; None when it is empty."""
    total = sum(histogram.values())
    if total == 0:
        return None
    low_index, high_index = (total - 1) // 2, total // 2
    low = high = None
    seen = 0
    for value in sorted(histogram):
        seen += histogram[value]
        if low is None and seen > low_index:
            low = value
        if seen > high_index:
            high = value
            break
    assert low is not None and high is not None
    return (low + high) / 2


@dataclass(frozen=True)
class Statistics:
    """The figures for months first_month..last_month, live and archived together."""

    first_month: str
    last_month: str
    months: tuple[str, ...]
    per_month: Mapping[str, Mapping[MeetingType, int]]  # meetings not cancelled
    by_mode: Mapping[MeetingMode, int]  # meetings not cancelled
    cancelled: int
    confirmations: int
    median_confirmation_minutes: float | None
    rooms: int  # our own rooms (external ones are the municipality's)
    rooms_deleted_late: int  # deleted on a later day than the meeting (UTC days)
    rooms_not_deleted: int  # still there after the meeting is over
    archived_meetings: int  # meetings (cancelled too) counted from the retention archive
    # What was seen in our server rooms while the app ran (domain/room_calls.py), per month:
    # meetings held with a call seen, and meetings whose room saw nobody (*ingen anslöt*).
    # Not in the retention archive: archived months count 0.
    held_call_seen_per_month: Mapping[str, int] = field(default_factory=dict)
    nobody_joined_per_month: Mapping[str, int] = field(default_factory=dict)

    @property
    def held_call_seen(self) -> int:
        return sum(self.held_call_seen_per_month.values())

    @property
    def nobody_joined(self) -> int:
        return sum(self.nobody_joined_per_month.values())

    @property
    def meetings(self) -> int:
        return sum(self.by_mode.values())

    @property
    def video(self) -> int:
        """Held by video: *digitalt* and *delvis digitalt*."""
        return sum(n for mode, n in self.by_mode.items() if mode in VIDEO_MODES)

    @property
    def not_video(self) -> int:
        """*Fysiskt* and *telefon*."""
        return self.meetings - self.video

    @property
    def video_share(self) -> float | None:
        return self.video / self.meetings if self.meetings else None


class StatisticsService:
    """Anonymous figures from the log alone: no settings, no profile, so not a base.Service."""

    def __init__(self, factory: sessionmaker[Session], clock: Clock = utc_now) -> None:
        self._factory = factory
        self._clock = clock

    def default_period(self) -> tuple[str, str]:
        """The last twelve months, this one included."""
        this_month = month_of(self._clock())
        return add_months(this_month, -11), this_month

    def compute(self, first_month: str, last_month: str) -> Statistics:
        """The figures for the months first_month..last_month ('YYYY-MM', inclusive).

        Read from the running totals (store/statistics_totals.py): a few hundred rows at most
        for any period, however large the log. Rooms left undeleted depend on the clock and
        are counted live; archived months are added from the retention archive.
        """
        if first_month > last_month:
            raise ValueError(f"empty period {first_month}..{last_month}")
        now = self._clock()
        months = months_between(first_month, last_month)
        totals = _Totals(months)
        with transaction(self._factory) as session:
            period = running.read_period(session.connection(), first_month, last_month)
            for row in period.rows:
                totals.add_running(row)
            totals.minutes.update(period.minutes)
            start = queries.month_start(first_month)
            end = queries.month_start(add_months(last_month, 1))
            totals.rooms_not_deleted += queries.rooms_left_between(session, start, end, now)
            for archived in queries.archived(session, first_month, last_month):
                totals.add_archived(archived)
        return totals.statistics(first_month, last_month)

    def recount(self, first_month: str, last_month: str) -> Statistics:
        """The same figures counted again from every meeting of the period: slow, for checks
        (the running totals must always agree with it) and for the benchmarks' floor."""
        now = self._clock()
        months = months_between(first_month, last_month)
        totals = _Totals(months)
        with transaction(self._factory) as session:
            for month in months:
                totals.add_month(month, _month_figures(session, month))
            start = queries.month_start(first_month)
            end = queries.month_start(add_months(last_month, 1))
            where = queries.meetings_started_between(start, end)
            totals.rooms_not_deleted += queries.rooms_left(session, where, now).get(None, 0)
            for archived in queries.archived(session, first_month, last_month):
                totals.add_archived(archived)
        return totals.statistics(first_month, last_month)


def _month_figures(session: Session, month: str) -> dict[str, Any]:
    """One month aggregated in SQL, in the cache's JSON shape."""
    start = queries.month_start(month)
    where = queries.meetings_started_between(start, queries.month_start(add_months(month, 1)))
    counts = queries.meeting_counts(session, where, month=month)
    histogram, rooms = queries.summary_figures(session, where)
    minutes = coarsen(histogram)
    outcomes = queries.call_outcomes(session, where)
    return {
        "counts": [
            [key.meeting_type.value, key.mode.value, count[False], count[True]]
            for key, count in counts.items()
        ],
        "rooms": rooms.rooms,
        "late": rooms.deleted_late,
        "held_seen": outcomes[CallOutcome.HELD.value],
        "nobody": outcomes[CallOutcome.NOBODY.value],
        "minutes": {str(bucket_start): n for bucket_start, n in sorted(minutes.items())},
    }


class _Totals:
    """Sums months (cached or fresh) and archive rows into one Statistics."""

    def __init__(self, months: tuple[str, ...]) -> None:
        self.months = months
        self.per_month: dict[str, Counter[MeetingType]] = {month: Counter() for month in months}
        self.by_mode: Counter[MeetingMode] = Counter()
        self.minutes: Counter[int] = Counter()
        self.cancelled = self.rooms = self.rooms_deleted_late = self.rooms_not_deleted = 0
        self.archived_meetings = 0
        self.held_seen: Counter[str] = Counter()
        self.nobody: Counter[str] = Counter()

    def _add(self, month: str, kind: MeetingType, mode: MeetingMode, held: int, off: int) -> None:
        self.per_month[month][kind] += held
        self.by_mode[mode] += held
        self.cancelled += off

    def add_month(self, month: str, figures: Mapping[str, Any]) -> None:
        for kind, mode, held, off in figures["counts"]:
            self._add(month, MeetingType(kind), MeetingMode(mode), held, off)
        self.rooms += figures["rooms"]
        self.rooms_deleted_late += figures["late"]
        # Months cached by a release before 0009 lack them; any change recomputes the month.
        self.held_seen[month] += int(figures.get("held_seen", 0))
        self.nobody[month] += int(figures.get("nobody", 0))
        self.minutes.update({int(k): int(v) for k, v in figures["minutes"].items()})

    def add_running(self, row: Any) -> None:
        """One row of store.statistics_totals.read_period."""
        self._add(row.month, row.meeting_type, row.mode, row.meetings, row.cancelled)
        self.rooms += row.rooms
        self.rooms_deleted_late += row.rooms_late
        self.held_seen[row.month] += row.held_seen
        self.nobody[row.month] += row.nobody

    def add_archived(self, row: StatisticsArchive) -> None:
        self._add(row.month, row.meeting_type, row.mode, row.meetings, row.cancelled)
        self.archived_meetings += row.meetings + row.cancelled
        self.rooms += row.rooms
        self.rooms_deleted_late += row.rooms_deleted_late
        self.rooms_not_deleted += row.rooms_not_deleted
        self.minutes.update({int(k): int(v) for k, v in row.confirmation_minutes.items()})

    def statistics(self, first_month: str, last_month: str) -> Statistics:
        return Statistics(
            first_month=first_month,
            last_month=last_month,
            months=self.months,
            per_month={month: dict(+counts) for month, counts in self.per_month.items()},
            by_mode=dict(+self.by_mode),
            cancelled=self.cancelled,
            confirmations=sum(self.minutes.values()),
            median_confirmation_minutes=median(self.minutes),
            rooms=self.rooms,
            rooms_deleted_late=self.rooms_deleted_late,
            rooms_not_deleted=self.rooms_not_deleted,
            archived_meetings=self.archived_meetings,
            held_call_seen_per_month={m: self.held_seen[m] for m in self.months},
            nobody_joined_per_month={m: self.nobody[m] for m in self.months},
        )
