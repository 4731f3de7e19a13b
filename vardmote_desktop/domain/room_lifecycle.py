"""Rooms that close themselves: when a room is due for automatic deletion, and what to do then.

Plain rules over times the caller passes in (never a clock of its own), so the service, its
tests and any later PC judge the same room the same way. The routine's last step is *ta bort
rummet så att det inte används igen*; the app does it itself a set time after the meeting's
planned end, at once when the meeting is cancelled, and never while a call is going on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from enum import Enum, StrEnum

from vardmote_desktop.domain.profiles import site_whole_number
from vardmote_desktop.domain.types import MeetingStatus

# Recorded as the actor of every automatic step: the history says which PC acted.
AUTOMATIC_ACTOR = "automatiskt ({pc})"


def automatic_actor(pc: str) -> str:
    """'automatiskt (AVD12-PC03)': who did an automatic step, as the history shows it."""
    return AUTOMATIC_ACTOR.format(pc=pc.replace("(", "[").replace(")", "]").strip() or "?")


class CleanupState(StrEnum):
    """Where one room's automatic deletion stands; stored in `room_cleanups.state`."""

    IN_CALL = "in_call"  # a call is going on: postponed (*pågår fortfarande*)
    DOOR_CLOSED = "door_closed"  # still going on long after its end: nobody new gets in
    FAILED = "failed"  # the server did not delete it (or it is still there): retried


class Step(Enum):
    """What to do with a room that is due."""

    DELETE = "delete"
    POSTPONE = "postpone"
    CLOSE_DOOR = "close_door"


@dataclass(frozen=True)
class LifecycleRules:
    """Site-tunable times: a profile's extra keys (from_site), which the site defaults file's
    settings of the same names override (services/lifecycle.lifecycle_rules)."""

    grace: timedelta = timedelta(minutes=60)  # after the planned end, before deletion
    close_door_after: timedelta = timedelta(hours=4)  # after the end, a call still going on
    recheck: timedelta = timedelta(minutes=5)  # a room with a call is asked again after this
    retry_base: timedelta = timedelta(minutes=2)  # first wait after a failed deletion
    retry_max: timedelta = timedelta(hours=1)  # longest wait between failed attempts

    @classmethod
    def from_site(cls, values: Mapping[str, str]) -> LifecycleRules:
        """Keys: room_delete_after_minutes, room_close_door_after_hours (whole numbers ≥ 1)."""
        rules = cls()
        grace = site_whole_number(values, "room_delete_after_minutes")
        door = site_whole_number(values, "room_close_door_after_hours")
        return cls(
            grace=timedelta(minutes=grace) if grace is not None else rules.grace,
            close_door_after=timedelta(hours=door) if door is not None else rules.close_door_after,
        )


def due_at(status: MeetingStatus, ends_at: datetime, rules: LifecycleRules) -> datetime | None:
    """When the room should go: its end plus the grace; None for a cancelled meeting (at once)."""
    if status is MeetingStatus.CANCELLED:
        return None
    return ends_at + rules.grace


def is_due(status: MeetingStatus, ends_at: datetime, now: datetime, rules: LifecycleRules) -> bool:
    """Whether the room's automatic deletion should be tried at `now`."""
    when = due_at(status, ends_at, rules)
    return when is None or now >= when


def decide(
    call_active: bool, door_closed: bool, ends_at: datetime, now: datetime, rules: LifecycleRules
) -> Step:
    """Delete an idle room; never cut a call: wait, and close the door once it runs long."""
    if not call_active:
        return Step.DELETE
    if not door_closed and now >= ends_at + rules.close_door_after:
        return Step.CLOSE_DOOR
    return Step.POSTPONE


def retry_delay(attempts: int, rules: LifecycleRules) -> timedelta:
    """Exponential backoff after the attempts-th failure (1-based), capped at retry_max."""
    factor: int = 2 ** max(0, min(attempts - 1, 20))
    delay: timedelta = rules.retry_base * factor
    return min(rules.retry_max, delay)


# -- manual rooms: the reminder escalates, since nobody but a person can delete them ----------

# "The next morning": when a ward's day begins, in the PC's own time zone.
NEXT_MORNING_AT = time(7, 0)


class ReminderStage(StrEnum):
    """How far a manual room's *Rum ej borttaget* reminder has escalated (each shown once)."""

    AT_END = "at_end"  # the meeting's planned end (or its cancellation)
    AFTER_GRACE = "after_grace"  # the end plus the site's grace: still there
    NEXT_MORNING = "next_morning"  # left overnight: the most urgent


def reminder_stage(
    ends_at: datetime,
    now: datetime,
    grace: timedelta,
    zone: tzinfo,
    *,
    cancelled: bool = False,
    morning: time = NEXT_MORNING_AT,
) -> ReminderStage | None:
    """The stage a manual room's reminder has reached at `now`; None before the meeting's end.

    A cancelled meeting's room is due at once (AT_END) and escalates like any other from its
    planned end. The next morning is `morning` on the day after the end, in `zone`.
    """
    next_day = ends_at.astimezone(zone).date() + timedelta(days=1)
    steps = (
        (ends_at, ReminderStage.AT_END),
        (ends_at + grace, ReminderStage.AFTER_GRACE),
        (datetime.combine(next_day, morning, tzinfo=zone), ReminderStage.NEXT_MORNING),
    )
    reached = [stage for when, stage in steps if now >= when]
    if not reached:
        return ReminderStage.AT_END if cancelled else None
    order = list(ReminderStage)
    return max(reached, key=order.index)
