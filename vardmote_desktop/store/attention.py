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

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    BindParameter,
    Boolean,
    ColumnElement,
    CompoundSelect,
    Index,
    Select,
    and_,
    bindparam,
    func,
    not_,
    or_,
    select,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal

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


# The indexes the groups' parts walk (migrations 0011, 0014; issue 14): the rooms still active
# in start order; the meetings whose end is ahead, with what finds those started already, those
# near with a recipient unconfirmed and those to send again without reading their rows; the few
# meetings nobody joined by value. With the meetings' own (status, starts_at, id) and
# (starts_at, id), no group walks more of the history than the rows it lists.
Index(
    "ix_meeting_summaries_room_state_starts_at",
    MeetingSummary.room_state,
    MeetingSummary.starts_at,
    MeetingSummary.meeting_id,
)
Index(
    "ix_meeting_summaries_ends_at_starts_at",
    MeetingSummary.ends_at,
    MeetingSummary.starts_at,
    MeetingSummary.unconfirmed,
    MeetingSummary.resend,
)
Index("ix_meeting_summaries_room_call", MeetingSummary.room_call)


class AmongIds(ColumnElement[bool]):
    """`column IN (ids)`, written on PostgreSQL as `column = ANY(ARRAY(ids))`.

    Why: PostgreSQL estimates an IN (subquery) from the statistics of the columns it reads,
    which overrate the few ids these lists hold at a million meetings; it then hashes the whole
    meetings table or hands the work to parallel workers (20–190 ms). An array it cannot see
    into is estimated at a handful of ids, so it looks each up by primary key, which is what
    they need. SQLite already looks up each id of an IN list.
    """

    inherit_cache = True
    type = Boolean()
    _is_implicitly_boolean = True  # no "= 1" after it on SQLite
    # What SQLAlchemy's statement cache keys the element by (a list, as its base declares).
    _traverse_internals = [  # noqa: RUF012
        ("column", InternalTraversal.dp_clauseelement),
        ("ids", InternalTraversal.dp_clauseelement),
    ]

    def __init__(
        self,
        column: ColumnElement[int] | QueryableAttribute[int],
        ids: Select[Any] | CompoundSelect[Any],
    ) -> None:
        self.column = column if isinstance(column, ColumnElement) else column.__clause_element__()
        self.ids = ids


@compiles(AmongIds)
def _among_ids_in(element: AmongIds, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.column.in_(element.ids), **kw)


@compiles(AmongIds, "postgresql")
def _among_ids_any(element: AmongIds, compiler: SQLCompiler, **kw: Any) -> str:
    column = compiler.process(element.column, **kw)
    return f"{column} = ANY(ARRAY{compiler.process(element.ids.scalar_subquery(), **kw)})"


def _ends_ahead(now: Moment) -> ColumnElement[bool]:
    return or_(MeetingSummary.ends_at > now, MeetingSummary.ends_at.is_(None))


def _to_tell_ahead(now: Moment, soon: Moment) -> ColumnElement[bool]:
    """Implied by unconfirmed_soon or resend_due and not room_left: the few meetings whose end
    is ahead and that have a recipient to tell, found in ix_meeting_summaries_ends_at_starts_at
    without reading the rows of every meeting still to come, and those nobody joined.

    UNION ALL, not UNION: an id twice does no harm inside IN, while a UNION's deduplication
    merges its parts in meeting_id order, and SQLite 3.53 (SQLCipher's: every encrypted local
    log) then read all of meeting_summaries in that order rather than sort the few rows the
    index range finds: 115 ms at 100 000 meetings plain and 335 ms encrypted, where SQLite
    3.40 walked the index in 13 ms (tests/store/test_list_plans.py)."""
    candidates = union_all(
        select(MeetingSummary.meeting_id).where(
            MeetingSummary.room_call == CallOutcome.NOBODY.value
        ),
        select(MeetingSummary.meeting_id).where(
            _ends_ahead(now), MeetingSummary.starts_at <= soon, MeetingSummary.unconfirmed
        ),
        select(MeetingSummary.meeting_id).where(_ends_ahead(now), MeetingSummary.resend),
    )
    return AmongIds(Meeting.id, candidates)


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
        return needs
    if grouping is Group.PAST:
        return and_(is_over(now), not_(needs))
    return and_(Meeting.status == MeetingStatus.PLANNED, not_(is_over(now)), not_(needs))


@dataclass(frozen=True)
class Part:
    """Some of a group's meetings (`where` says which, the group's rule included), found from an
    index in an order that gives the part's first rows first: the group's statement takes each
    part's first `limit` rows and sorts their union (store/meetings.group_statement). A group's
    parts are disjoint and together are the group, so the union holds its first `limit` rows."""

    where: ColumnElement[bool]
    order: tuple[Any, ...]
    # The group's order (domain.attention): by rank, then upcoming and needs action soonest
    # first, past newest first, the meeting id breaking ties so pages are stable. Needs action
    # ranks the rooms left 0 and the rest 1, as domain.attention.needs_action_key.
    rank: int = 0


def group_parts(grouping: Group, now: Moment = NOW, soon: Moment = SOON) -> tuple[Part, ...]:
    """The parts of a group.

    Without them a group's first rows are the first of all its candidates, which must all be
    read and sorted: at a million meetings, thousands of rooms left and meetings to come, each
    looked up in meetings (PostgreSQL: 190 ms for *Behöver åtgärd*). The split rests on the
    summary's copies: starts_at equal to the meeting's, and an end never before the start.
    Each part's condition is as plain as the rule allows, so that the planner's estimate of
    it is near enough to choose the walk over reading everything.
    """
    in_it = in_group(grouping, now, soon)
    soonest = (Meeting.starts_at.asc(), Meeting.id)
    if grouping is Group.NEEDS_ACTION:
        # Rooms left, oldest first, from the index of active rooms in start order up to now (not
        # through the rooms of every meeting still to come: a well-kept ward has few left and
        # thousands booked); those of meetings still to start are left only when the meeting is
        # held or cancelled. room_left implies needs_action: said alone, the planner walks.
        left = room_left(now)
        by_summary = (MeetingSummary.starts_at.asc(), MeetingSummary.meeting_id)
        parts = [Part(and_(left, MeetingSummary.starts_at <= now), by_summary)]
        # Those as a list of ids: walked in order, the planner expects each status to hold its
        # share of all meetings still to come and hands the walk to parallel workers (20 ms).
        ahead = select(Meeting.id).where(or_(*_not_planned_ahead(now)))
        parts.append(Part(and_(left, AmongIds(Meeting.id, ahead)), soonest))
        parts.append(Part(and_(in_it, not_(left), _to_tell_ahead(now, soon)), soonest, rank=1))
        return tuple(parts)
    if grouping is Group.UPCOMING:
        # Those yet to start from the meetings' (status, starts_at) index; those under way
        # (started, end ahead) from the summary's ends_at index, where they are few.
        later = and_(Meeting.status == MeetingStatus.PLANNED, Meeting.starts_at > now)
        under_way = select(MeetingSummary.meeting_id).where(
            MeetingSummary.ends_at > now, MeetingSummary.starts_at <= now
        )
        started = and_(Meeting.starts_at <= now, AmongIds(Meeting.id, under_way))
        return Part(and_(in_it, later), soonest), Part(and_(in_it, started), soonest)
    # Past: those started, newest first, from the starts_at index; those still to start are
    # over only when held or cancelled (an end is never before its start).
    newest = (Meeting.starts_at.desc(), Meeting.id)
    back_from_now = Part(and_(in_it, Meeting.starts_at <= now), newest)
    return back_from_now, *(Part(and_(in_it, ahead), newest) for ahead in _not_planned_ahead(now))


def _not_planned_ahead(now: Moment) -> list[ColumnElement[bool]]:
    """Meetings still to start that are held or cancelled, one condition per status, so that
    each walks the meetings' (status, starts_at) index in order (as one IN the planner counts
    every held meeting and walks all those still to come instead)."""
    statuses = [status for status in MeetingStatus if status is not MeetingStatus.PLANNED]
    return [and_(Meeting.status == status, Meeting.starts_at > now) for status in statuses]
