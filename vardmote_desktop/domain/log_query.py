"""What a reviewer asks of the meeting log (*möteslogg*): search, filters, sort, and the rows.

Plain data shared by the store (which turns it into SQL), the services, the export and the log
window, so it lives here, free of Qt and SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from vardmote_desktop.domain.types import MeetingMode, MeetingStatus, MeetingType, RoomState

DEFAULT_PAGE_SIZE = 200


class LogColumn(StrEnum):
    """The log's columns, in display order; each one can be sorted on."""

    STARTS_AT = "starts_at"
    TYPE = "meeting_type"
    MODE = "mode"
    ROOM_NAME = "room_name"
    ROOM_STATE = "room_state"
    ORGANISER = "organiser"
    RECIPIENTS = "recipients"  # confirmed / total


class CancelledFilter(StrEnum):
    """*Inställda*: show them with the rest, hide them, or show only them."""

    INCLUDE = "include"
    EXCLUDE = "exclude"
    ONLY = "only"


@dataclass(frozen=True)
class LogQuery:
    """A search of the log; the defaults show every meeting, newest first.

    `starts_from` is inclusive and `starts_before` exclusive (UTC-aware datetimes; the caller
    turns the user's local dates into them). `room_left` is *rum ej borttaget*: the room is
    still active although the meeting has ended or was cancelled.
    """

    text: str = ""
    types: frozenset[MeetingType] = frozenset()  # empty: every type
    starts_from: datetime | None = None
    starts_before: datetime | None = None
    room_state: RoomState | None = None
    room_left: bool = False
    unconfirmed: bool = False
    cancelled: CancelledFilter = CancelledFilter.INCLUDE
    sort: LogColumn = LogColumn.STARTS_AT
    descending: bool = True

    def __post_init__(self) -> None:
        # Values can arrive as plain strings (a Qt combo box's item data turns a StrEnum into
        # str): make them the enums again, so that `is` comparisons and describe() hold.
        object.__setattr__(self, "types", frozenset(MeetingType(t) for t in self.types))
        if self.room_state is not None:
            object.__setattr__(self, "room_state", RoomState(self.room_state))
        object.__setattr__(self, "cancelled", CancelledFilter(self.cancelled))
        object.__setattr__(self, "sort", LogColumn(self.sort))

    @property
    def needle(self) -> str:
        """The search text as matched: trimmed and lower-cased like the stored search text."""
        return " ".join(self.text.split()).lower()


@dataclass(frozen=True)
class LogRow:
    """One line of the log."""

    id: int
    starts_at: datetime
    duration_minutes: int
    meeting_type: MeetingType
    mode: MeetingMode
    status: MeetingStatus
    room_name: str | None
    room_state: RoomState | None
    organiser: str
    recipients_confirmed: int
    recipients_total: int
    reference: str | None = None


@dataclass(frozen=True)
class LogPage:
    """Rows from `offset` on; `has_more` when another page may follow."""

    rows: tuple[LogRow, ...]
    offset: int
    has_more: bool
    query: LogQuery = field(default_factory=LogQuery)

    @property
    def next_offset(self) -> int:
        return self.offset + len(self.rows)


def local_midnight(day: date) -> datetime:
    """The start of `day` in the computer's time zone, as an aware datetime."""
    return datetime.combine(day, time()).astimezone()


def with_dates(query: LogQuery, first: date | None, last: date | None) -> LogQuery:
    """The query limited to meetings starting on `first` … `last` (local dates, inclusive)."""
    return replace(
        query,
        starts_from=local_midnight(first) if first is not None else None,
        starts_before=local_midnight(last + timedelta(days=1)) if last is not None else None,
    )
