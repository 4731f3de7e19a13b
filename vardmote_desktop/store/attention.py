"""domain.attention's rule as SQL over the summary row: the one place the store writes it.

The summary row holds what the rule needs that would otherwise take joins or date arithmetic
(room state, whether a recipient is unconfirmed, the planned end), computed by the domain's
own functions in store/log_summary.py. What is left here only compares those columns and the
meeting's status and start with `now`, clause for clause as domain.attention reads, so the
grouping, the log's filters and the reminders agree with the Python rule (tests/store/
test_attention_agreement.py checks it on random meetings, on SQLite and PostgreSQL).

Every statement using these must join MeetingSummary to Meeting (1:1, primary key).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, not_, or_

from vardmote_desktop.domain.attention import Group
from vardmote_desktop.domain.room_calls import CallOutcome
from vardmote_desktop.domain.types import MeetingStatus, RoomState
from vardmote_desktop.store.models import Meeting, MeetingSummary


def is_over(now: datetime) -> ColumnElement[bool]:
    """domain.attention.is_over: held, cancelled, or past its planned end."""
    # A row written by a release before 0007 on a shared log has no end until its meeting
    # next changes; its start stands in, so the meeting is still listed in one group.
    ends = func.coalesce(MeetingSummary.ends_at, Meeting.starts_at)
    return or_(Meeting.status != MeetingStatus.PLANNED, ends <= now)


def room_left(now: datetime) -> ColumnElement[bool]:
    """domain.attention.room_left: the room is still active although the meeting is over."""
    # IS NOT NULL first: a meeting without a room must give false, not NULL, or NOT(...) in
    # the other groups would drop it from every group.
    state = MeetingSummary.room_state
    return and_(state.is_not(None), state == RoomState.ACTIVE, is_over(now))


def unconfirmed_soon(now: datetime, warning_hours: float) -> ColumnElement[bool]:
    """domain.attention.unconfirmed_soon."""
    return and_(
        MeetingSummary.unconfirmed.is_(True),
        not_(is_over(now)),
        Meeting.starts_at <= now + timedelta(hours=warning_hours),
    )


def nobody_joined(now: datetime) -> ColumnElement[bool]:
    """domain.attention.nobody_joined: a planned meeting past its end, its room saw no call."""
    call = MeetingSummary.room_call
    return and_(
        call.is_not(None),
        call == CallOutcome.NOBODY.value,
        Meeting.status == MeetingStatus.PLANNED,
        is_over(now),
    )


def resend_due(now: datetime) -> ColumnElement[bool]:
    """domain.attention.resend_due: changed after booking, a recipient to tell, not over."""
    return and_(MeetingSummary.resend.is_(True), not_(is_over(now)))


def needs_action(now: datetime, warning_hours: float) -> ColumnElement[bool]:
    """domain.attention.attention(...) is not empty."""
    return or_(
        room_left(now), nobody_joined(now), unconfirmed_soon(now, warning_hours), resend_due(now)
    )


def in_group(grouping: Group, now: datetime, warning_hours: float) -> ColumnElement[bool]:
    """domain.attention.group(...) == grouping."""
    needs = needs_action(now, warning_hours)
    if grouping is Group.NEEDS_ACTION:
        return needs
    if grouping is Group.PAST:
        return and_(is_over(now), not_(needs))
    # "Planned" is implied by "not over"; said out loud, it lets the (status, starts_at) index
    # skip the held and cancelled past instead of walking it from the oldest meeting.
    return and_(Meeting.status == MeetingStatus.PLANNED, not_(is_over(now)), not_(needs))


def group_order(grouping: Group, now: datetime) -> tuple[Any, ...]:
    """Each group's order: needs action as domain.attention.needs_action_key, upcoming soonest
    first, past newest first; the meeting id breaks ties so pages are stable."""
    if grouping is Group.NEEDS_ACTION:
        room_first = case((room_left(now), 0), else_=1)
        return (room_first, Meeting.starts_at.asc(), Meeting.id)
    if grouping is Group.PAST:
        return (Meeting.starts_at.desc(), Meeting.id)
    return (Meeting.starts_at.asc(), Meeting.id)
