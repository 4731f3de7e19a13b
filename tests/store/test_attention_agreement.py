"""The SQL groups agree with domain.attention's rule on random meetings (SQLite, PostgreSQL).

Meetings with random status, times, room, participants and delivery histories (resends
included) are written through the ORM; the Python rule is applied to the raw data, the SQL of
store/attention.py to what the summary stored. Both must list every meeting in the same group
with the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from tests.store.builders import NOW, delivery, meeting, participant, room
from vardmote_desktop.domain.attention import (
    Group,
    MeetingFacts,
    count_recipients,
    current_state,
    ends_at,
    group,
)
from vardmote_desktop.domain.room_calls import CallOutcome, summary_value
from vardmote_desktop.domain.types import DeliveryState, MeetingStatus, RoomState
from vardmote_desktop.store.log_summary import refresh_meeting_summaries
from vardmote_desktop.store.meetings import MeetingRepository
from vardmote_desktop.store.models import Meeting, MeetingSummary
from vardmote_desktop.store.unit_models import RoomCall
from vardmote_desktop.store.units import get_or_create_unit


@dataclass(frozen=True)
class Person:
    active: bool
    deliveries: tuple[DeliveryState, ...]  # oldest first


@dataclass(frozen=True)
class Plan:
    status: MeetingStatus
    start_minutes: int  # from NOW
    duration_minutes: int
    room_state: RoomState | None
    people: tuple[Person, ...]
    call: CallOutcome | None = None  # what the automatic run saw in the room (if it has one)
    started: bool = False  # *Starta mötet* recorded held_at


# Minutes around the edges that matter: the warning window (hours) and the meeting's end.
_OFFSETS = st.one_of(
    st.integers(-3000, 3000),
    st.sampled_from([-60, -30, -1, 0, 1, 30, 60, 6 * 60, 24 * 60, 24 * 60 + 1]),
)
_PERSON = st.builds(
    Person,
    active=st.booleans(),
    deliveries=st.lists(st.sampled_from(list(DeliveryState)), max_size=3).map(tuple),
)


@st.composite
def _plans(draw: st.DrawFn) -> Plan:
    duration = draw(st.sampled_from([1, 30, 60, 90]))
    # Often exactly ending now: "over" is ends_at <= now, and both sides must say so.
    start = draw(st.one_of(_OFFSETS, st.just(-duration)))
    return Plan(
        status=draw(st.sampled_from(list(MeetingStatus))),
        start_minutes=start,
        duration_minutes=duration,
        room_state=draw(st.one_of(st.none(), st.sampled_from(list(RoomState)))),
        people=tuple(draw(st.lists(_PERSON, max_size=4))),
        call=draw(st.one_of(st.none(), st.sampled_from(list(CallOutcome)))),
        started=draw(st.booleans()),
    )


_PLAN = _plans()


def _python_rule(plan: Plan, hours: float) -> tuple[Group, int, int]:
    figures = count_recipients((p.active, current_state(p.deliveries)) for p in plan.people)
    starts = NOW + timedelta(minutes=plan.start_minutes)
    facts = MeetingFacts(
        status=plan.status,
        starts_at=starts,
        ends_at=ends_at(starts, plan.duration_minutes),
        room_state=plan.room_state,
        unconfirmed=figures.unconfirmed > 0,
        nobody_seen=plan.room_state is not None
        and summary_value(plan.call, plan.status, NOW if plan.started else None)
        == CallOutcome.NOBODY,
    )
    return group(facts, NOW, hours), figures.total, figures.confirmed


def _store(session: Session, plans: list[Plan]) -> list[int]:
    session.execute(delete(Meeting))  # rooms, people and summaries go with it (cascade)
    unit = get_or_create_unit(session, "HC Torsås")
    stored = []
    for number, plan in enumerate(plans, start=1):
        item = meeting(
            unit,
            NOW + timedelta(minutes=plan.start_minutes),
            status=plan.status,
            duration_minutes=plan.duration_minutes,
        )
        if plan.room_state is not None:
            item.room = room(number, unit, state=plan.room_state)
        for person in plan.people:
            someone = participant(active=person.active)
            someone.deliveries.extend(delivery(state) for state in person.deliveries)
            item.participants.append(someone)
        if plan.started:
            item.held_at = NOW
        session.add(item)
        stored.append(item)
    session.flush()
    for item, plan in zip(stored, plans, strict=True):
        if item.room is not None and plan.call is not None:
            session.add(
                RoomCall(
                    room_id=item.room.id,
                    watched_from=NOW,
                    checked_at=NOW,
                    max_participants=0,
                    outcome=plan.call.value,
                )
            )
    session.flush()  # room_calls is not watched by the flush listener: refreshed here
    refresh_meeting_summaries(session.connection(), [item.id for item in stored])
    session.commit()
    return [item.id for item in stored]


@settings(
    max_examples=60,
    deadline=None,  # PostgreSQL round trips vary; the claim is agreement, not speed
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    plans=st.lists(_PLAN, min_size=1, max_size=6),
    hours=st.sampled_from([0.0, 0.5, 6.0, 24.0, 48.0]),
)
def test_sql_groups_follow_the_python_rule(
    session_factory: sessionmaker[Session], plans: list[Plan], hours: float
) -> None:
    with session_factory() as session:
        ids = _store(session, plans)
        groups = MeetingRepository(session).groups(NOW, unconfirmed_hours=hours)
        in_sql = {row.id: Group.NEEDS_ACTION for row in groups.needs_action}
        in_sql |= {row.id: Group.UPCOMING for row in groups.upcoming}
        in_sql |= {row.id: Group.PAST for row in groups.past}
        stored = {
            row.meeting_id: (row.recipients_total, row.recipients_confirmed)
            for row in session.scalars(select(MeetingSummary))
        }
    expected = {i: _python_rule(plan, hours) for i, plan in zip(ids, plans, strict=True)}
    assert in_sql == {i: rule[0] for i, rule in expected.items()}
    assert stored == {i: rule[1:] for i, rule in expected.items()}


def _python_order(plans: dict[int, Plan], hours: float) -> dict[Group, list[int]]:
    """Each group's ids in the order the main window lists them (domain.attention's keys)."""
    keys: dict[Group, list[tuple[Any, ...]]] = {grouping: [] for grouping in Group}
    for meeting_id, plan in plans.items():
        grouping = _python_rule(plan, hours)[0]
        starts = NOW + timedelta(minutes=plan.start_minutes)
        if grouping is Group.NEEDS_ACTION:
            left = plan.room_state is RoomState.ACTIVE and (
                plan.status is not MeetingStatus.PLANNED
                or starts + timedelta(minutes=plan.duration_minutes) <= NOW
            )
            keys[grouping].append((0 if left else 1, starts, meeting_id))
        elif grouping is Group.UPCOMING:
            keys[grouping].append((starts, meeting_id))
        else:
            keys[grouping].append((-starts.timestamp(), meeting_id))
    return {grouping: [key[-1] for key in sorted(found)] for grouping, found in keys.items()}


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    plans=st.lists(_PLAN, min_size=1, max_size=8),
    hours=st.sampled_from([0.0, 24.0]),
    limit=st.integers(1, 4),
    moved=st.integers(-3000, 3000),
)
def test_each_group_lists_its_first_rows_in_order(
    session_factory: sessionmaker[Session],
    plans: list[Plan],
    hours: float,
    limit: int,
    moved: int,
) -> None:
    """A group's statement takes the first rows of each of its parts (store/attention.py
    group_parts) and sorts them: with a limit below the group's size, the rows and their order
    must still be the rule's first ones; also after a meeting is moved (the summary's copy of
    the start follows it)."""
    with session_factory() as session:
        ids = _store(session, plans)
        first = session.get(Meeting, ids[0])
        assert first is not None
        first.starts_at = NOW + timedelta(minutes=moved)
        session.commit()  # the flush refreshes the summary
        stored = dict(zip(ids, plans, strict=True))
        stored[ids[0]] = replace(plans[0], start_minutes=moved)
        groups = MeetingRepository(session).groups(NOW, unconfirmed_hours=hours, limit=limit)
        listed = {
            Group.NEEDS_ACTION: [row.id for row in groups.needs_action],
            Group.UPCOMING: [row.id for row in groups.upcoming],
            Group.PAST: [row.id for row in groups.past],
        }
        copies = session.execute(select(MeetingSummary.starts_at, Meeting.starts_at).join(Meeting))
        assert all(copy == start for copy, start in copies)
    expected = _python_order(stored, hours)
    assert listed == {grouping: found[:limit] for grouping, found in expected.items()}
