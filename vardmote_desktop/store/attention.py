"""domain.attention's rule as SQL over the summary row: the one place the store writes it.

The summary row holds what the rule needs that would otherwise take joins or date arithmetic
(room state, whether a recipient is unconfirmed, the planned end), computed by the domain's
own functions in store/log_summary.py. What is left here only compares those columns and the
meeting's status and start with `now`, clause for clause as domain.attention reads, so the
grouping, the log's filters and the reminders agree with the Python rule (tests/store/
test_attention_agreement.py checks it on random meetings, on SQLite and PostgreSQL).

Every statement using these must join MeetingSummary to Meeting (1:1, primary key).

`now` (and `soon`, the end of the unconfirmed warning window) are either values or the named
parameters NOW and SOON: the main window's group statements use the parameters, so their SQL is
the same text every time and can be replayed without SQLAlchemy before it is even imported
(store/first_list.py, issue 14).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Index,
    and_,
    bindparam,
    case,
    func,
    not_,
    or_,
    select,
    union,
)

from vardmote_desktop.domain.attention import Group
from vardmote_desktop.domain.room_calls import CallOutcome
from vardmote_desktop.domain.types import MeetingStatus, RoomState
from vardmote_desktop.store.columns import UTCDateTime
from vardmote_desktop.store.models import Meeting, MeetingSummary

Moment = datetime | BindParameter[datetime]
NOW = bindparam("now", type_=UTCDateTime())
SOON = bindparam("soon", type_=UTCDateTime())  # now + the unconfirmed warning hours


def group_parameters(now: datetime, warning_hours: float) -> dict[str, datetime]:
    """The values of NOW and SOON for a statement built from the parameters."""
    return {"now": now, "soon": now + timedelta(hours=warning_hours)}


# The indexes the groups start from (migration 0011): a meeting that is not over has its end
# ahead (or none stored yet), and the few rooms left and meetings nobody joined are found by value,
# so neither *Behöver åtgärd* nor *Kommande* walks the whole history (issue 14).
Index("ix_meeting_summaries_ends_at", MeetingSummary.ends_at)
Index("ix_meeting_summaries_room_call", MeetingSummary.room_call)


def _ends_ahead(now: Moment) -> ColumnElement[bool]:
    return or_(MeetingSummary.ends_at > now, MeetingSummary.ends_at.is_(None))


def not_over_candidates(now: Moment) -> ColumnElement[bool]:
    """Implied by not is_over(now): the meetings whose end is ahead (or not stored yet), as an
    id list the ends_at index gives, so the planner starts from them and not from the history."""
    ahead = select(MeetingSummary.meeting_id).where(_ends_ahead(now))
    return Meeting.id.in_(ahead)


def needs_action_candidates(now: Moment) -> ColumnElement[bool]:
    """Implied by needs_action(...): four index probes instead of a walk of every meeting."""
    # A UNION, one index each: as one OR the planner guesses from its statistics that a
    # quarter of all rooms are active and walks every summary instead.
    candidates = union(
        select(MeetingSummary.meeting_id).where(MeetingSummary.room_state == RoomState.ACTIVE),
        select(MeetingSummary.meeting_id).where(
            MeetingSummary.room_call == CallOutcome.NOBODY.value
        ),
        select(MeetingSummary.meeting_id).where(_ends_ahead(now)),
    )
    return Meeting.id.in_(candidates)


def is_over(now: Moment) -> ColumnElement[bool]:
    """domain.attention.is_over: held, cancelled, or past its planned end."""
    # A row written by a release before 0007 on a shared log has no end until its meeting
    # next changes; its start stands in, so the meeting is still listed in one group.
    ends = func.coalesce(MeetingSummary.ends_at, Meeting.starts_at)
    return or_(Meeting.status != MeetingStatus.PLANNED, ends <= now)


def room_left(now: Moment) -> ColumnElement[bool]:
    """domain.attention.room_left: the room is still active although the meeting is over."""
    # IS NOT NULL first: a meeting without a room must give false, not NULL, or NOT(...) in
    # the other groups would drop it from every group.
    state = MeetingSummary.room_state
    return and_(state.is_not(None), state == RoomState.ACTIVE, is_over(now))


def unconfirmed_soon(now: Moment, soon: Moment) -> ColumnElement[bool]:
    """domain.attention.unconfirmed_soon; `soon` is now + the warning hours."""
    return and_(
        MeetingSummary.unconfirmed.is_(True),
        not_(is_over(now)),
        Meeting.starts_at <= soon,
    )


def nobody_joined(now: Moment) -> ColumnElement[bool]:
    """domain.attention.nobody_joined: a planned meeting past its end, its room saw no call."""
    call = MeetingSummary.room_call
    return and_(
        call.is_not(None),
        call == CallOutcome.NOBODY.value,
        Meeting.status == MeetingStatus.PLANNED,
        is_over(now),
    )


def resend_due(now: Moment) -> ColumnElement[bool]:
    """domain.attention.resend_due: changed after booking, a recipient to tell, not over."""
    return and_(MeetingSummary.resend.is_(True), not_(is_over(now)))


def needs_action(now: Moment, soon: Moment) -> ColumnElement[bool]:
    """domain.attention.attention(...) is not empty."""
    return or_(room_left(now), nobody_joined(now), unconfirmed_soon(now, soon), resend_due(now))


def in_group(grouping: Group, now: Moment = NOW, soon: Moment = SOON) -> ColumnElement[bool]:
    """domain.attention.group(...) == grouping."""
    needs = needs_action(now, soon)
    if grouping is Group.NEEDS_ACTION:
        return and_(needs_action_candidates(now), needs)
    if grouping is Group.PAST:
        return and_(is_over(now), not_(needs))
    # "Planned" and "ends ahead" are implied by "not over"; said out loud, they let an index
    # start from the meetings still to come instead of walking the history from the oldest.
    return and_(
        not_over_candidates(now),
        Meeting.status == MeetingStatus.PLANNED,
        not_(is_over(now)),
        not_(needs),
    )


def group_order(grouping: Group, now: Moment = NOW) -> tuple[Any, ...]:
    """Each group's order: needs action as domain.attention.needs_action_key, upcoming soonest
    first, past newest first; the meeting id breaks ties so pages are stable."""
    if grouping is Group.NEEDS_ACTION:
        room_first = case((room_left(now), 0), else_=1)
        return (room_first, Meeting.starts_at.asc(), Meeting.id)
    if grouping is Group.PAST:
        return (Meeting.starts_at.desc(), Meeting.id)
    return (Meeting.starts_at.asc(), Meeting.id)
