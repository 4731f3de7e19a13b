"""Retention (*gallring*): old meetings become anonymous statistics, then leave the log.

A meeting that started more than the retention period ago (the site's setting, else the
profile's, default 12 months) is summarised into `statistics_archive` (month, type, mode,
counts, a histogram of confirmation times, rooms deleted late) and purged with everything it
owns, history included. A meeting whose room is still active is kept: the room must be deleted
first, and the warning about it outlives retention. Each purge records an app-wide
"retention_purge" event {count, before, months}.

Work is done one calendar month per transaction, oldest first, so a large backlog never holds
one huge transaction, and archive and purge always commit together.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from vardmote_desktop.domain.types import EventAction
from vardmote_desktop.services.base import Service
from vardmote_desktop.services.errors import RetentionConflict
from vardmote_desktop.services.statistics import add_months, coarsen, month_of
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store import statistics as queries
from vardmote_desktop.store import statistics_cache
from vardmote_desktop.store.events import EventRepository
from vardmote_desktop.store.meetings import MeetingRepository
from vardmote_desktop.store.models import StatisticsArchive
from vardmote_desktop.store.statistics import GroupKey, RoomCounts

PURGE_ACTION = EventAction.RETENTION_PURGE


@dataclass(frozen=True)
class RetentionResult:
    """How many meetings were purged, and the start time before which they were purged."""

    count: int
    cutoff: datetime
    months: int


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time `months` calendar months earlier (the 31st → the month's last)."""
    year, month = (int(part) for part in add_months(month_of(moment), -months).split("-"))
    utc = moment.astimezone(UTC)
    for day in range(utc.day, 27, -1):  # every month has at least 28 days
        try:
            return utc.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    return utc.replace(year=year, month=month, day=min(utc.day, 28))


class RetentionService(Service):
    @property
    def months(self) -> int:
        return self._site.retention_months

    def cutoff(self) -> datetime:
        """Meetings that started before this are due for purging."""
        return months_before(self._clock(), self.months)

    def run_at_startup(self) -> RetentionResult:
        """The automatic run: one indexed query when nothing is due, no event then."""
        return self._run(record_empty=False)

    def run_now(self) -> RetentionResult:
        """The user's *Rensa gamla möten*: always recorded, even when nothing was due."""
        return self._run(record_empty=True)

    def _run(self, *, record_empty: bool) -> RetentionResult:
        now = self._clock()
        cutoff = months_before(now, self.months)
        with transaction(self._factory) as session:
            oldest = queries.oldest_purgeable_start(session, cutoff)
            if oldest is None:
                if record_empty:
                    self._record(session, 0, cutoff, now)
                return RetentionResult(0, cutoff, self.months)
        total = 0
        for before in self._steps(oldest, cutoff):
            with transaction(self._factory) as session:
                total += self._purge(session, before, now)
        return RetentionResult(total, cutoff, self.months)

    @staticmethod
    def _steps(oldest: datetime, cutoff: datetime) -> Iterator[datetime]:
        """Month ends from the oldest meeting's month up to the cutoff, the cutoff last."""
        boundary = queries.month_start(add_months(month_of(oldest), 1))
        while boundary < cutoff:
            yield boundary
            boundary = queries.month_start(add_months(month_of(boundary), 1))
        yield cutoff

    def _purge(self, session: Session, before: datetime, now: datetime) -> int:
        where = queries.purgeable_before(before)
        counts = queries.meeting_counts(session, where)
        minutes = queries.confirmation_minutes(session, where, by_group=True)
        rooms = queries.room_counts(session, where, by_group=True)
        left = queries.rooms_left(session, where, now, by_group=True)
        keys = sorted(
            {key for key in [*counts, *minutes, *rooms, *left] if isinstance(key, GroupKey)},
            key=lambda k: (k.month, k.meeting_type.value, k.mode.value),
        )
        if not keys:
            return 0
        rows = []
        for key in keys:
            histogram = coarsen(minutes.get(key, Counter()))
            room = rooms.get(key, RoomCounts()) + RoomCounts(0, 0, left.get(key, 0))
            count = counts.get(key, Counter())
            rows.append(
                StatisticsArchive(
                    month=key.month,
                    meeting_type=key.meeting_type,
                    mode=key.mode,
                    meetings=count[False],
                    cancelled=count[True],
                    rooms=room.rooms,
                    rooms_deleted_late=room.deleted_late,
                    rooms_not_deleted=room.not_deleted,
                    confirmations=sum(histogram.values()),
                    confirmation_minutes={str(k): v for k, v in sorted(histogram.items())},
                    archived_at=now,
                )
            )
        queries.add_archived(session, rows)
        # The purged meetings now count through the archive, not through the cached months.
        statistics_cache.forget(session, {key.month for key in keys})
        purged = MeetingRepository(session).purge_started_before(before)
        if purged != sum(sum(c.values()) for c in counts.values()):
            # Archived and purged must be the same meetings; roll both back and try later.
            raise RetentionConflict()
        self._record(session, purged, before, now)
        return purged

    def _record(self, session: Session, count: int, before: datetime, now: datetime) -> None:
        details = {"count": count, "before": before.isoformat(), "months": self.months}
        EventRepository(session).append(PURGE_ACTION, self._settings.actor, details=details, at=now)
