"""What a meeting's state is called on screen, following what really happened (*Genomfört*).

The stored status changes only through the services (MeetingStatus); what the user reads also
looks at *Starta mötet* and the clock: a started meeting is *pågår* until its planned end and
*genomfört* after it, so a started meeting never stays "Planerat". Also the rule for asking
before an action far from the meeting's time (starting it, deleting its room).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from vardmote_desktop.domain.types import MeetingStatus

# *Starta mötet* this long before the start or after the end is asked about first.
FAR_FROM_TIME = timedelta(minutes=30)


class ShownStatus(StrEnum):
    PLANNED = "planned"  # Planerat
    STARTED = "started"  # Pågår: started, the planned end not yet passed
    HELD = "held"  # Genomfört
    CANCELLED = "cancelled"  # Inställt


def shown_status(
    status: MeetingStatus, held_at: datetime | None, ends_at: datetime, now: datetime
) -> ShownStatus:
    """The state the user reads: stored status, with *Starta mötet* and the planned end."""
    if status is MeetingStatus.CANCELLED:
        return ShownStatus.CANCELLED
    if status is MeetingStatus.HELD:
        return ShownStatus.HELD
    if held_at is None:
        return ShownStatus.PLANNED
    return ShownStatus.HELD if now >= ends_at else ShownStatus.STARTED


def start_is_far(starts_at: datetime, ends_at: datetime, now: datetime) -> bool:
    """Starting now is well before the start or after the end: ask first."""
    return now < starts_at - FAR_FROM_TIME or now > ends_at + FAR_FROM_TIME


def room_still_needed(status: MeetingStatus, ends_at: datetime, now: datetime) -> bool:
    """Deleting the room now would leave a planned meeting without it: ask first."""
    return status is MeetingStatus.PLANNED and now < ends_at
