"""domain.attention: recipients by their current delivery, Behöver åtgärd and its order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from vardmote_desktop.domain.attention import (
    Attention,
    Group,
    MeetingFacts,
    Recipients,
    attention,
    count_recipients,
    current_state,
    group,
    needs_action_key,
    next_change,
)
from vardmote_desktop.domain.types import DeliveryState, MeetingStatus, RoomState

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
H = timedelta(hours=1)
S = DeliveryState


def facts(
    starts: timedelta,
    *,
    status: MeetingStatus = MeetingStatus.PLANNED,
    room: RoomState | None = None,
    unconfirmed: bool = False,
) -> MeetingFacts:
    return MeetingFacts(status, NOW + starts, NOW + starts + H, room, unconfirmed)


def test_recipients_are_active_people_with_a_delivery_counted_by_the_newest() -> None:
    people = [
        (True, current_state([S.SENT, S.CONFIRMED])),  # resent and confirmed
        (True, current_state([S.CONFIRMED, S.SENT])),  # resent after a confirmation
        (True, current_state([])),  # joins in the room: no delivery, no recipient
        (False, current_state([S.SENT])),  # replaced: not a recipient any more
        (True, current_state([S.CANNOT_ATTEND])),  # answered: neither
    ]
    assert count_recipients(people) == Recipients(total=3, confirmed=1, unconfirmed=1)


@pytest.mark.parametrize(
    ("meeting", "codes", "where"),
    [
        (facts(-3 * H, room=RoomState.ACTIVE), (Attention.ROOM_NOT_DELETED,), Group.NEEDS_ACTION),
        (
            facts(48 * H, status=MeetingStatus.CANCELLED, room=RoomState.ACTIVE, unconfirmed=True),
            (Attention.CANCELLED_ROOM,),
            Group.NEEDS_ACTION,
        ),
        (
            facts(-0.5 * H, room=RoomState.ACTIVE, unconfirmed=True),
            (Attention.UNCONFIRMED,),
            Group.NEEDS_ACTION,
        ),
        (facts(23 * H, unconfirmed=True), (Attention.UNCONFIRMED,), Group.NEEDS_ACTION),
        (facts(25 * H, unconfirmed=True), (), Group.UPCOMING),
        (facts(-H, unconfirmed=True), (), Group.PAST),  # ended exactly now: over
        (facts(-3 * H, room=RoomState.DELETED), (), Group.PAST),
        (facts(-3 * H, room=RoomState.EXTERNAL), (), Group.PAST),  # not ours to delete
    ],
)
def test_needs_action_and_groups(
    meeting: MeetingFacts, codes: tuple[Attention, ...], where: Group
) -> None:
    assert attention(meeting, NOW, 24) == codes
    assert group(meeting, NOW, 24) is where


def test_rooms_left_behind_come_first() -> None:
    room = needs_action_key((Attention.ROOM_NOT_DELETED,), NOW + H)
    cancelled = needs_action_key((Attention.CANCELLED_ROOM,), NOW + 2 * H)
    unconfirmed = needs_action_key((Attention.UNCONFIRMED,), NOW - H)
    assert sorted([unconfirmed, cancelled, room]) == [room, cancelled, unconfirmed]


def test_the_clock_moves_a_meeting_when_its_window_opens_or_it_ends() -> None:
    planned = MeetingStatus.PLANNED
    assert next_change(planned, NOW + 30 * H, NOW + 31 * H, NOW, 24) == NOW + 6 * H
    assert next_change(planned, NOW + H, NOW + 2 * H, NOW, 24) == NOW + 2 * H
    assert next_change(planned, NOW - 3 * H, NOW - 2 * H, NOW, 24) is None
    assert next_change(MeetingStatus.HELD, NOW + H, NOW + 2 * H, NOW, 24) is None
