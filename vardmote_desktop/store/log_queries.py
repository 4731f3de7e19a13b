"""The meeting log at scale: one page of rows, counts and streams for a LogQuery.

Design, chosen to keep a page under 100 ms at a million meetings on SQLite and PostgreSQL:

- **Summaries, not joins.** Every row comes from `meetings` joined 1:1 (primary key) with
  `meeting_summaries`, which holds the room name/state, recipients confirmed/total, the
  *obekräftade* flag and a lower-cased search text (store/log_summary.py keeps it in step after
  every ORM flush). A page therefore never touches participants, deliveries or rooms.
- **Search.** LIKE '%x%' over millions of participant rows would scan them all. The search text
  is indexed by trigrams instead: an FTS5 `trigram` table on SQLite (external content, kept by
  triggers on `meeting_summaries`) and a pg_trgm GIN index on PostgreSQL; both answer substring
  queries of three characters or more from the index. Shorter needles fall back to a scan,
  which the LIMIT usually stops early. DDL lives in migration 0002; the Python is shared except
  for the one search predicate.
- **Sorting.** Each sortable column has an index ending in the tie-breakers (starts_at, id), so
  the first page is an index walk with LIMIT in either direction; ties always fall back to the
  meeting id, so paging is stable.
- **Paging** is by offset: the view fetches forwards page by page and a person does not scroll
  to row 500 000; the export streams one query instead (`iter_rows`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from vardmote_desktop.domain.log_query import (
    DEFAULT_PAGE_SIZE,
    CancelledFilter,
    LogColumn,
    LogPage,
    LogQuery,
    LogRow,
)
from vardmote_desktop.domain.types import MeetingStatus, RoomState
from vardmote_desktop.store import attention
from vardmote_desktop.store.log_search import COMMON_NEEDLE_MATCHES, RARE_TRIGRAM, fts_condition
from vardmote_desktop.store.models import Meeting, MeetingSummary

MIN_INDEXED_NEEDLE = 3  # trigram indexes need three characters to narrow anything down
MAX_PAGE_SIZE = 2000

_COLUMNS = (
    Meeting.id,
    Meeting.starts_at,
    Meeting.duration_minutes,
    Meeting.meeting_type,
    Meeting.mode,
    Meeting.status,
    MeetingSummary.room_name,
    MeetingSummary.room_state,
    Meeting.organiser,
    MeetingSummary.recipients_confirmed,
    MeetingSummary.recipients_total,
    Meeting.reference,
)


def _sort_keys(column: LogColumn) -> tuple[Any, ...]:
    # Keys match the indexes of migration 0002 column for column, so no sort step is needed.
    meeting_tail = (Meeting.starts_at, Meeting.id)
    return {
        LogColumn.STARTS_AT: meeting_tail,
        LogColumn.TYPE: (Meeting.meeting_type, *meeting_tail),
        LogColumn.MODE: (Meeting.mode, *meeting_tail),
        LogColumn.ORGANISER: (Meeting.organiser, *meeting_tail),
        LogColumn.ROOM_NAME: (MeetingSummary.room_name, MeetingSummary.meeting_id),
        LogColumn.ROOM_STATE: (MeetingSummary.room_state, MeetingSummary.meeting_id),
        LogColumn.RECIPIENTS: (
            MeetingSummary.recipients_confirmed,
            MeetingSummary.recipients_total,
            MeetingSummary.meeting_id,
        ),
    }[column]


class LogRepository:
    """Reads the log for one session; never writes."""

    def __init__(
        self,
        session: Session,
        *,
        common_matches: int = COMMON_NEEDLE_MATCHES,
        rare_trigram: int = RARE_TRIGRAM,
    ) -> None:
        self._session = session
        self._common_matches = common_matches  # set low in tests to reach every search path
        self._rare_trigram = rare_trigram

    def page(
        self, query: LogQuery, now: datetime, offset: int = 0, limit: int = DEFAULT_PAGE_SIZE
    ) -> LogPage:
        """Up to `limit` rows from `offset` on, in the query's order."""
        limit = max(1, min(limit, MAX_PAGE_SIZE))
        statement = self._ordered(query, now).offset(max(0, offset)).limit(limit + 1)
        rows = [_row(r) for r in self._session.execute(statement)]
        return LogPage(tuple(rows[:limit]), offset, len(rows) > limit, query)

    def count(self, query: LogQuery, now: datetime) -> int:
        """How many meetings match (the status bar's number; can take a moment on huge logs)."""
        statement = (
            select(func.count())
            .select_from(Meeting)
            .join(MeetingSummary, MeetingSummary.meeting_id == Meeting.id)
            .where(*self._conditions(query, now, counting=True))
        )
        return int(self._session.execute(statement).scalar_one())

    def iter_rows(self, query: LogQuery, now: datetime, batch: int = 1000) -> Iterator[LogRow]:
        """Every matching row in order, fetched `batch` at a time from one streamed query."""
        result = self._session.execute(
            self._ordered(query, now), execution_options={"yield_per": batch}
        )
        for partition in result.partitions():
            for row in partition:
                yield _row(row)

    def rows_of(self, query: LogQuery, now: datetime, meeting_ids: Iterable[int]) -> list[LogRow]:
        """The rows of these meetings that match the query, to update a page in place."""
        ids = sorted(set(meeting_ids))[:MAX_PAGE_SIZE]  # a change touches a few meetings
        if not ids:
            return []
        statement = self._ordered(query, now).where(Meeting.id.in_(ids))
        return [_row(r) for r in self._session.execute(statement)]

    def _ordered(self, query: LogQuery, now: datetime) -> Select[*tuple[Any, ...]]:
        keys = _sort_keys(query.sort)
        if self._rare_filter(query):
            # coalesce(k, k) is k, but no index can deliver it in order: the planner then starts
            # from the rare filter's index and sorts its few matches instead of walking the whole
            # date index. SQLite cannot see that the bound state value is a rare one, and
            # PostgreSQL misjudged "active room, meeting over" (195 ms at a million meetings).
            keys = tuple(func.coalesce(k, k) for k in keys)
        order = [k.desc() if query.descending else k.asc() for k in keys]
        return (
            select(*_COLUMNS)
            .select_from(Meeting)
            .join(MeetingSummary, MeetingSummary.meeting_id == Meeting.id)
            .where(*self._conditions(query, now))
            .order_by(*order)
        )

    def _conditions(
        self, query: LogQuery, now: datetime, *, counting: bool = False
    ) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if query.types:
            conditions.append(Meeting.meeting_type.in_(sorted(query.types)))
        if query.starts_from is not None:
            conditions.append(Meeting.starts_at >= query.starts_from)
        if query.starts_before is not None:
            conditions.append(Meeting.starts_at < query.starts_before)
        if query.room_state is not None:
            conditions.append(MeetingSummary.room_state == query.room_state)
        if query.room_left:
            conditions.append(attention.room_left(now))
        if query.unconfirmed:
            # Any recipient unconfirmed, whenever the meeting is: the log looks back too.
            unconfirmed: ColumnElement[Any] = MeetingSummary.unconfirmed.expression
            if not counting:
                # Common enough that walking the sort's index finds a page sooner (_rare_filter);
                # SQLite 3.53 (SQLCipher's, the encrypted log's) took the flag's index instead
                # and sorted every match: 39 ms against 2 at 100 000 meetings. coalesce(x, x)
                # is x, but no index serves it; a count still takes the flag's index.
                unconfirmed = func.coalesce(unconfirmed, unconfirmed)
            conditions.append(unconfirmed.is_(True))
        if query.cancelled == CancelledFilter.EXCLUDE:
            conditions.append(Meeting.status != MeetingStatus.CANCELLED)
        elif query.cancelled == CancelledFilter.ONLY:
            conditions.append(Meeting.status == MeetingStatus.CANCELLED)
        if query.needle:
            conditions.append(self._search(query.needle, counting=counting))
        return conditions

    @staticmethod
    def _rare_filter(query: LogQuery) -> bool:
        """Whether the query asks for something few meetings have (a room not deleted).

        Not *obekräftade*: common enough that walking the date index finds a page sooner.
        """
        rare_state = query.room_state is not None and query.room_state is not RoomState.DELETED
        return rare_state or query.room_left

    def _search(self, needle: str, *, counting: bool = False) -> ColumnElement[bool]:
        dialect = self._session.get_bind().dialect.name
        if dialect == "sqlite" and len(needle) >= MIN_INDEXED_NEEDLE:
            return fts_condition(
                self._session,
                needle,
                counting=counting,
                common_matches=self._common_matches,
                rare_trigram=self._rare_trigram,
            )
        # PostgreSQL: pg_trgm's GIN index serves LIKE '%x%' directly.
        return MeetingSummary.search_text.contains(needle, autoescape=True)


def _row(row: Any) -> LogRow:
    return LogRow(
        id=row.id,
        starts_at=row.starts_at,
        duration_minutes=row.duration_minutes,
        meeting_type=row.meeting_type,
        mode=row.mode,
        status=row.status,
        room_name=row.room_name,
        room_state=row.room_state,
        organiser=row.organiser,
        recipients_confirmed=row.recipients_confirmed,
        recipients_total=row.recipients_total,
        reference=row.reference,
    )
