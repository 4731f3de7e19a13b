"""*Behöver åtgärd* and *bekräftade / mottagare*: the one definition every window and report uses.

Written once here, in plain Python. The store keeps what it needs of it on each meeting's
summary row (store/log_summary.py computes the columns with these functions) and its SQL only
compares those stored columns with the clock (store/attention.py), so the main window, the
meeting log, the reminders and the export cannot disagree about the same meeting.

- A **recipient** (*mottagare*) is an active participant who has a delivery (*utskick*): people
  who join in the room, or were replaced, are not sent the details and are not counted.
- A recipient's state is that of their **current** delivery, the newest: a resend or another
  channel replaces the earlier one.
- **Confirmed**: the current delivery is confirmed. **Unconfirmed**: it is not sent or only
  sent. *Kan inte delta* is neither: the recipient has answered.
- **Behöver åtgärd**, most important first: the room is still active after the meeting is over
  (ended, held or cancelled), then an unconfirmed recipient of a planned meeting that has not
  ended, from `warning_hours` before its start. While the automatic deletion is on a room left
  behind (domain/room_lifecycle.py), the room's code says why it is still there: a call is
  still going on (*pågår fortfarande*), or the server did not delete it. Then a planned
  meeting over its end whose server room was watched and saw nobody (*ingen anslöt*,
  domain/room_calls.py), until the user starts (*Starta mötet*) or cancels it. Last, a planned
  meeting not yet over that was changed after booking and has a recipient whose details must
  be sent again (*skicka igen*), whatever the warning window says: the old time or room is
  still in that recipient's calendar.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from vardmote_desktop.domain.room_lifecycle import CleanupState
from vardmote_desktop.domain.types import DeliveryState, MeetingStatus, RoomState

UNCONFIRMED_STATES = frozenset({DeliveryState.NOT_SENT, DeliveryState.SENT})


class Attention(StrEnum):
    """Why a meeting needs action; also the code the UI turns into Swedish (ui/texts.py).

    Declared in order of importance: `ORDER` and every list of codes follow it.
    """

    CANCELLED_ROOM = "cancelled_room"  # cancelled, its room still active
    ROOM_NOT_DELETED = "room_not_deleted"  # ended or held, its room still active
    # The same room left behind, said more precisely while the automatic deletion is on it
    # (domain/room_lifecycle.py): a call is still going on, or the server did not delete it.
    ROOM_IN_USE = "room_in_use"  # *pågår fortfarande*: not a warning, the app waits
    ROOM_DELETE_FAILED = "room_delete_failed"  # tried and failed; the reason is kept
    # Not a room code: the room was watched while the meeting was on and nobody joined.
    NOBODY_JOINED = "nobody_joined"  # *ingen anslöt*
    UNCONFIRMED = "unconfirmed"  # a recipient has not confirmed and the meeting is near
    RESEND = "resend"  # changed after booking: a recipient must be sent the details again


ORDER: tuple[Attention, ...] = tuple(Attention)
ROOM_CODES = frozenset(
    {
        Attention.CANCELLED_ROOM,
        Attention.ROOM_NOT_DELETED,
        Attention.ROOM_IN_USE,
        Attention.ROOM_DELETE_FAILED,
    }
)
_IN_USE = frozenset({CleanupState.IN_CALL.value, CleanupState.DOOR_CLOSED.value})


@dataclass(frozen=True)
class Recipients:
    """The recipient figures of one meeting."""

    total: int = 0
    confirmed: int = 0
    unconfirmed: int = 0


def current_state(deliveries: Sequence[DeliveryState]) -> DeliveryState | None:
    """The state of the newest delivery (the sequence is oldest first), None without any."""
    return deliveries[-1] if deliveries else None


def count_recipients(people: Iterable[tuple[bool, DeliveryState | None]]) -> Recipients:
    """Figures from each participant's (active, state of the current delivery)."""
    total = confirmed = unconfirmed = 0
    for active, state in people:
        if not active or state is None:
            continue
        total += 1
        confirmed += state is DeliveryState.CONFIRMED
        unconfirmed += state in UNCONFIRMED_STATES
    return Recipients(total, confirmed, unconfirmed)


def ends_at(starts_at: datetime, duration_minutes: int) -> datetime:
    """The planned end."""
    return starts_at + timedelta(minutes=duration_minutes)


@dataclass(frozen=True)
class MeetingFacts:
    """What the rule looks at: the meeting's state, times, room, and recipients' figures."""

    status: MeetingStatus
    starts_at: datetime
    ends_at: datetime
    room_state: RoomState | None
    unconfirmed: bool  # at least one recipient unconfirmed (Recipients.unconfirmed > 0)
    room_cleanup: str | None = None  # the automatic deletion's state, if one is under way
    # The summary's room_call is "nobody" (domain/room_calls.summary_value): watched, no call.
    nobody_seen: bool = False
    # The summary's resend: an active recipient's current delivery is a not-sent one made by a
    # change after booking (services/meeting_changes.py).
    resend: bool = False


def is_over(facts: MeetingFacts, now: datetime) -> bool:
    """Held, cancelled, or past its planned end."""
    return facts.status is not MeetingStatus.PLANNED or facts.ends_at <= now


def room_left(facts: MeetingFacts, now: datetime) -> bool:
    """*Rum ej borttaget*: the room is still active although the meeting is over."""
    return facts.room_state is RoomState.ACTIVE and is_over(facts, now)


def unconfirmed_soon(facts: MeetingFacts, now: datetime, warning_hours: float) -> bool:
    """A planned meeting, not ended, within the warning window, with a recipient unconfirmed."""
    return (
        facts.unconfirmed
        and not is_over(facts, now)
        and now >= facts.starts_at - timedelta(hours=warning_hours)
    )


def nobody_joined(facts: MeetingFacts, now: datetime) -> bool:
    """*Ingen anslöt*: a planned meeting past its end whose watched room saw no call."""
    return facts.nobody_seen and facts.status is MeetingStatus.PLANNED and is_over(facts, now)


def resend_due(facts: MeetingFacts, now: datetime) -> bool:
    """*Skicka igen*: changed after booking, a recipient not yet told, the meeting not over."""
    return facts.resend and not is_over(facts, now)


def attention(facts: MeetingFacts, now: datetime, warning_hours: float) -> tuple[Attention, ...]:
    """Why the meeting needs action at `now`, most important first; empty if it does not."""
    codes: list[Attention] = []
    if room_left(facts, now):
        codes.append(_room_code(facts))
    if nobody_joined(facts, now):
        codes.append(Attention.NOBODY_JOINED)
    if unconfirmed_soon(facts, now, warning_hours):
        codes.append(Attention.UNCONFIRMED)
    if resend_due(facts, now):
        codes.append(Attention.RESEND)
    return tuple(codes)


def _room_code(facts: MeetingFacts) -> Attention:
    """Which of the room codes: the automatic deletion's own word first, when it has one."""
    if facts.room_cleanup in _IN_USE:
        return Attention.ROOM_IN_USE
    if facts.room_cleanup == CleanupState.FAILED.value:
        return Attention.ROOM_DELETE_FAILED
    if facts.status is MeetingStatus.CANCELLED:
        return Attention.CANCELLED_ROOM
    return Attention.ROOM_NOT_DELETED


def next_change(
    status: MeetingStatus, starts_at: datetime, ends: datetime, now: datetime, warning_hours: float
) -> datetime | None:
    """The next moment after `now` at which the clock alone can move the meeting to another
    group: its warning window opens, or it ends. None once it is over (only a change to the
    meeting itself moves it then)."""
    if status is not MeetingStatus.PLANNED or ends <= now:
        return None
    window = starts_at - timedelta(hours=warning_hours)
    return min(t for t in (window, ends) if t > now)


class Group(StrEnum):
    """The main window's three disjoint groups."""

    NEEDS_ACTION = "needs_action"  # Behöver åtgärd
    UPCOMING = "upcoming"  # Kommande
    PAST = "past"  # Tidigare


def group(facts: MeetingFacts, now: datetime, warning_hours: float) -> Group:
    """Which group the meeting is listed under at `now`."""
    if attention(facts, now, warning_hours):
        return Group.NEEDS_ACTION
    return Group.PAST if is_over(facts, now) else Group.UPCOMING


def needs_action_key(codes: Sequence[Attention], starts_at: datetime) -> tuple[int, datetime]:
    """Sort key inside *Behöver åtgärd*: the most important code first, then the soonest start."""
    rank = min((ORDER.index(code) for code in codes), default=len(ORDER))
    # Both room codes weigh the same: a room left behind is a room left behind.
    return (0 if rank < len(ROOM_CODES) else 1, starts_at)
