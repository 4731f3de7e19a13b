"""A list row of the main window from a meeting's stored columns: the one place it is made.

Used by the services' overview (rows read through SQLAlchemy) and by the first list read
through the bare driver before SQLAlchemy loads (services/first_list.py), so both give the
same row, attention and group for the same meeting.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from vardmote_desktop.domain.attention import MeetingFacts, attention, ends_at, group
from vardmote_desktop.domain.room_calls import CallOutcome
from vardmote_desktop.services.dto import MeetingSummary

LIST_LIMIT = 200  # rows per group of the main window's list


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
