"""The main window's list rows: their types, and the one place a row is made from a meeting's
stored columns.

Used by the services' overview (rows read through SQLAlchemy) and by the first list read
through the bare driver before SQLAlchemy loads (services/first_list.py), so both give the
same row, attention and group for the same meeting. The types live here, not in
services/dto.py, so that the first list does not make the services' other dataclasses (about
1.3 ms each on a slow PC) nor import what they hold (issue 14).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from vardmote_desktop.domain.attention import (
    Attention,
    Group,
    MeetingFacts,
    attention,
    ends_at,
    group,
)
from vardmote_desktop.domain.room_calls import CallOutcome
from vardmote_desktop.domain.types import MeetingMode, MeetingStatus, MeetingType, RoomState

LIST_LIMIT = 200  # rows per group of the main window's list


@dataclass(frozen=True)
class MeetingSummary:
    """One row of the main window's list."""

    id: int
    meeting_type: MeetingType
    mode: MeetingMode
    status: MeetingStatus
    starts_at: datetime
    duration_minutes: int
    room_name: str | None
    room_state: RoomState | None
    recipients: int  # *mottagare* and *bekräftade* as domain.attention defines them
    confirmed: int
    attention: tuple[Attention, ...] = ()  # most important first (domain.attention.ORDER)
    group: Group = Group.UPCOMING  # where the main window lists it
    room_problem: str | None = None  # why the automatic deletion failed (the server's answer)


@dataclass(frozen=True)
class OverviewChanges:
    """The list rows of some changed meetings; the ids in `gone` no longer exist."""

    rows: tuple[MeetingSummary, ...]
    gone: frozenset[int]


@dataclass(frozen=True)
class Overview:
    """The three groups of the main window."""

    needs_action: tuple[MeetingSummary, ...]
    upcoming: tuple[MeetingSummary, ...]
    past: tuple[MeetingSummary, ...]


def summary_row(row: Any, now: datetime, warning_hours: float) -> MeetingSummary:
    """A row of store.meetings.ROW_COLUMNS (meeting and its summary) as a list row."""
    facts = MeetingFacts(
        status=row.status,
        starts_at=row.starts_at,
        ends_at=row.ends_at or ends_at(row.starts_at, row.duration_minutes),
        room_state=row.room_state,
        unconfirmed=bool(row.unconfirmed),
        room_cleanup=row.room_cleanup,
        nobody_seen=row.room_call == CallOutcome.NOBODY,
        resend=bool(row.resend),
    )
    return MeetingSummary(
        id=row.id,
        meeting_type=row.meeting_type,
        mode=row.mode,
        status=row.status,
        starts_at=row.starts_at,
        duration_minutes=row.duration_minutes,
        room_name=row.room_name,
        room_state=row.room_state,
        recipients=row.recipients_total,
        confirmed=row.recipients_confirmed,
        attention=attention(facts, now, warning_hours),
        group=group(facts, now, warning_hours),
        room_problem=row.room_cleanup_reason,
    )
