"""The meeting log (*möteslogg*) use cases: pages, counts, streamed rows, one meeting's detail."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.log_query import DEFAULT_PAGE_SIZE, LogPage, LogQuery, LogRow
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.services.base import Clock, Service, utc_now
from vardmote_desktop.services.dto import MeetingDetail
from vardmote_desktop.services.meetings import MeetingService
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store.log_queries import LogRepository


class LogService(Service):
    """Reads the log for the log window, the export and the command line; never writes."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        settings: Settings,
        profile: SiteProfile,
        clock: Clock = utc_now,
        *,
        meetings: MeetingService | None = None,
    ) -> None:
        super().__init__(factory, settings, profile, clock)
        # The detail pane shows exactly what the main window shows: one source of truth.
        self._meetings = meetings or MeetingService(factory, settings, profile, clock)

    def page(self, query: LogQuery, offset: int = 0, limit: int = DEFAULT_PAGE_SIZE) -> LogPage:
        """Up to `limit` rows from `offset` on (the log window asks for one page at a time)."""
        with transaction(self._factory) as session:
            return LogRepository(session).page(query, self._clock(), offset, limit)

    def count(self, query: LogQuery) -> int:
        """How many meetings match the query."""
        with transaction(self._factory) as session:
            return LogRepository(session).count(query, self._clock())

    def rows(self, query: LogQuery, batch: int = 1000) -> Iterator[LogRow]:
        """Every matching row, streamed `batch` at a time; keep the loop short-lived (export)."""
        with transaction(self._factory) as session:
            yield from LogRepository(session).iter_rows(query, self._clock(), batch)

    def rows_of(self, query: LogQuery, meeting_ids: Iterable[int]) -> list[LogRow]:
        """The rows of these changed meetings that still match the query (in its order)."""
        with transaction(self._factory) as session:
            return LogRepository(session).rows_of(query, self._clock(), meeting_ids)

    def detail(self, meeting_id: int) -> MeetingDetail:
        """One meeting with participants, deliveries and history (MeetingService.detail)."""
        return self._meetings.detail(meeting_id)

    def now(self) -> datetime:
        """The service's clock (the export stamps its report with it)."""
        return self._clock()
