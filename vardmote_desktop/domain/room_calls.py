"""What really happened in a server room: when to watch it, and what its meeting's outcome is.

Plain rules over times the caller passes in. While the app runs, the clean-up run
(services/lifecycle.py) asks the server about each of our rooms whose meeting is on — from
`lead` before its start to the deletion's grace after its planned end — and keeps when a call
was first and last seen and the most participants. Once the planned end has passed, the meeting
is settled: a call was seen → *Genomfört* (MeetingStatus.HELD); none was, although the room
was watched before the end → *ingen anslöt* for the coordinator (domain/attention.py).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from vardmote_desktop.domain.types import MeetingStatus

# How long before the planned start a room is watched: people join a little early.
WATCH_LEAD = timedelta(minutes=15)


class CallOutcome(StrEnum):
    """Stored in `room_calls.outcome` and `meeting_summaries.room_call`."""

    HELD = "held"  # a call was seen in the room
    NOBODY = "nobody"  # the room was watched before the planned end and nobody came


def is_watched(
    status: MeetingStatus,
    starts_at: datetime,
    ends_at: datetime,
    now: datetime,
    grace: timedelta,
    lead: timedelta = WATCH_LEAD,
) -> bool:
    """Whether the server is asked about the room at `now`: its meeting is on (or just over)."""
    if status is MeetingStatus.CANCELLED:
        return False
    return starts_at - lead <= now < ends_at + grace


def outcome(
    ends_at: datetime,
    now: datetime,
    watched_from: datetime,
    first_seen_at: datetime | None,
) -> CallOutcome | None:
    """The meeting's outcome at `now`; None before its planned end or if nobody could know.

    A call seen at any time settles it as held (even one seen after "nobody": a late start).
    Without one, "nobody" only when the room was watched before the planned end: a PC that
    first looks during the grace cannot tell whether a call came and went.
    """
    if first_seen_at is not None:
        return CallOutcome.HELD if now >= ends_at else None
    if now >= ends_at and watched_from < ends_at:
        return CallOutcome.NOBODY
    return None


def summary_value(
    stored: str | None, status: MeetingStatus, held_at: datetime | None
) -> str | None:
    """The summary's `room_call` (what *Behöver åtgärd* and the statistics read).

    "nobody" no longer once the user started (*Starta mötet*, e.g. it was held by phone) or
    cancelled the meeting: that is how the coordinator answers the *ingen anslöt* flag. A
    cancelled meeting counts as neither held nor nobody, whatever its room saw.
    """
    if status is MeetingStatus.CANCELLED:
        return None
    if stored == CallOutcome.NOBODY and held_at is not None:
        return None
    return stored
