"""Retention (*gallring*): old meetings become anonymous statistics, then leave the log.

A meeting that started more than the retention period ago (the site's setting, else the
profile's, default 12 months) is summarised into `statistics_archive` (month, type, mode,
counts, a histogram of confirmation times, rooms deleted late) and purged with everything it
owns, history included. A meeting whose room is still active is kept: the room must be deleted
first, and the warning about it outlives retention. Each purge records an app-wide
"retention_purge" event {count, before, months}.

Work is done in batches of BATCH meetings per transaction, oldest first, so a large backlog
never holds one huge transaction, and archive and purge always commit together. The app runs it
in the background once the main window's list is shown (ui/main_window.py), asking `stop`
between batches, so closing the app (or a kill) loses nothing and the next start goes on.
Drafts and the migration's backup files older than the period are removed too (issue 11).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import and_
from sqlalchemy.orm import Session

from vardmote_desktop.domain.types import EventAction
from vardmote_desktop.services.base import Service
from vardmote_desktop.services.errors import RetentionConflict
from vardmote_desktop.services.statistics import add_months, coarsen, month_of
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store import statistics as queries
from vardmote_desktop.store.backup_files import purge_old_backups
from vardmote_desktop.store.drafts import DraftRepository
from vardmote_desktop.store.events import EventRepository
from vardmote_desktop.store.meetings import MeetingRepository
from vardmote_desktop.store.models import Meeting, StatisticsArchive
from vardmote_desktop.store.statistics import GroupKey, RoomCounts

PURGE_ACTION = EventAction.RETENTION_PURGE
# Meetings per transaction: each holds the write lock for a fraction of a second, so the app
# and the other PCs of a shared log never wait behind the purge.
BATCH = 200
CONFLICTS_AT_MOST = 5  # batches in a row rolled back for another PC's purge: give up till later


@dataclass(frozen=True)
class RetentionResult:
    """How many meetings were purged, and the start time before which they were purged."""

    count: int
    cutoff: datetime
    months: int
    drafts: int = 0  # drafts purged too
    stopped: bool = False  # asked to stop before the backlog was done: the next run goes on


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
    batch = BATCH

    @property
    def months(self) -> int:
        return self._site.retention_months

    def cutoff(self) -> datetime:
        """Meetings that started before this are due for purging."""
        return months_before(self._clock(), self.months)

    def due(self, at_most: int) -> int:
        """How many meetings are due for purging, counted up to `at_most` (one indexed query,
        no lock): whether a start has a day's few or a backlog."""
        with transaction(self._factory) as session:
            return len(
                MeetingRepository(session).oldest_purgeable(self.cutoff(), at_most, lock=False)
            )

    def run_at_startup(self, stop: Callable[[], bool] = lambda: False) -> RetentionResult:
        """The automatic run, in the background once the list is shown: one indexed query when
        nothing is due, and no event then. `stop` is asked between batches (the app closes)."""
        return self._run(record_empty=False, stop=stop)

    def run_now(self, stop: Callable[[], bool] = lambda: False) -> RetentionResult:
        """The user's *Rensa gamla möten*: always recorded, even when nothing was due."""
        return self._run(record_empty=True, stop=stop)

    def _run(self, *, record_empty: bool, stop: Callable[[], bool]) -> RetentionResult:
        now = self._clock()
        cutoff = months_before(now, self.months)
        drafts = self._purge_leftovers(cutoff)
        total = 0
        conflicts = 0
        while not stop():
            # One short transaction per batch, archive and purge together: a close or a kill
            # between batches loses nothing, and the next start goes on from the oldest left.
            try:
                with transaction(self._factory) as session:
                    ids = MeetingRepository(session).oldest_purgeable(cutoff, self.batch)
                    if not ids:
                        if record_empty and total == 0:
                            self._record(session, 0, cutoff, now)
                        return RetentionResult(total, cutoff, self.months, drafts=drafts)
                    total += self._purge(session, cutoff, ids, now)
                conflicts = 0
            except RetentionConflict:
                # The batch changed between its count and its delete (another PC wrote to one
                # of its meetings; the batch's rows are locked on PostgreSQL, but not what they
                # own): rolled back whole, archive too, and the next batch is chosen afresh.
                # Only a log that keeps changing under every batch ends the run until the
                # next start.
                conflicts += 1
                if conflicts >= CONFLICTS_AT_MOST:
                    raise
        return RetentionResult(total, cutoff, self.months, drafts=drafts, stopped=True)

    def _purge_leftovers(self, cutoff: datetime) -> int:
        """Drafts and the migration's backup copies older than the period (issue 11): both
        can hold the names and addresses that the meetings' purge removes."""
        with transaction(self._factory) as session:
            drafts = DraftRepository(session).purge_changed_before(cutoff)
            engine = session.get_bind().engine
        database = engine.url.database
        if engine.dialect.name == "sqlite" and database and not database.startswith((":", "file:")):
            purge_old_backups(Path(database), cutoff)
        return drafts

    def _purge(self, session: Session, before: datetime, ids: list[int], now: datetime) -> int:
        where = and_(queries.purgeable_before(before), Meeting.id.in_(ids))
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
        meetings = MeetingRepository(session)
        through = meetings.latest_start(ids)  # the other PCs' lists reach back to here, or not
        purged = meetings.purge_started_before(before, only=ids)
        if purged != sum(sum(c.values()) for c in counts.values()):
            # Archived and purged must be the same meetings; roll both back and try later.
            raise RetentionConflict()
        self._record(session, purged, before, now, through)
        return purged

    def _record(
        self,
        session: Session,
        count: int,
        before: datetime,
        now: datetime,
        through: datetime | None = None,
    ) -> None:
        details = {"count": count, "before": before.isoformat(), "months": self.months}
        if through is not None:
            # The newest start purged: a window listing nothing that old re-reads nothing
            # (store/listeners.purge_reach).
            details["through"] = through.isoformat()
        EventRepository(session).append(PURGE_ACTION, self._settings.actor, details=details, at=now)
