"""domain.room_calls: when a room is watched, and what its meeting's outcome is."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from vardmote_desktop.domain.attention import (
    Attention,
    Group,
    MeetingFacts,
    attention,
    group,
    needs_action_key,
)
from vardmote_desktop.domain.room_calls import CallOutcome, is_watched, outcome, summary_value
from vardmote_desktop.domain.types import MeetingStatus, RoomState

START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
END = START + timedelta(hours=1)
GRACE = timedelta(minutes=60)
M = timedelta(minutes=1)


def test_a_room_is_watched_from_shortly_before_its_start_to_the_grace_after_its_end() -> None:
    def watched(at: datetime, status: MeetingStatus = MeetingStatus.PLANNED) -> bool:
        return is_watched(status, START, END, at, GRACE)

    assert not watched(START - 16 * M)
    assert watched(START - 15 * M) and watched(END) and watched(END + GRACE - M)
    assert not watched(END + GRACE)
    assert watched(END, MeetingStatus.HELD)  # last seen is kept up to date during the grace
    assert not watched(START, MeetingStatus.CANCELLED)


def test_the_outcome_is_known_only_from_the_planned_end() -> None:
    assert outcome(END, END - M, START, START) is None  # going on: not yet *Genomfört*
    assert outcome(END, END, START, START) is CallOutcome.HELD
    assert outcome(END, END - M, START, None) is None
    assert outcome(END, END, START, None) is CallOutcome.NOBODY
    # First looked at after the end: whether anyone came cannot be told.
    assert outcome(END, END + M, END, None) is None
    assert outcome(END, END + M, END, END) is CallOutcome.HELD  # still going on then


def test_starting_or_cancelling_the_meeting_answers_nobody_joined() -> None:
    nobody = CallOutcome.NOBODY.value
    assert summary_value(nobody, MeetingStatus.PLANNED, None) == nobody
    assert summary_value(nobody, MeetingStatus.PLANNED, START) is None
    assert summary_value(nobody, MeetingStatus.CANCELLED, None) is None
    assert summary_value("held", MeetingStatus.HELD, None) == "held"
    assert summary_value(None, MeetingStatus.PLANNED, None) is None


def test_nobody_joined_needs_action_after_the_end_and_after_the_room_codes() -> None:
    facts = MeetingFacts(MeetingStatus.PLANNED, START, END, RoomState.ACTIVE, False, None, True)
    assert attention(facts, END - M, 0) == ()
    assert attention(facts, END, 0) == (Attention.ROOM_NOT_DELETED, Attention.NOBODY_JOINED)
    deleted = replace(facts, room_state=RoomState.DELETED)
    assert attention(deleted, END, 0) == (Attention.NOBODY_JOINED,)
    assert group(deleted, END, 0) is Group.NEEDS_ACTION
    assert needs_action_key((Attention.NOBODY_JOINED,), START)[0] == 1  # not a room left
    held = replace(deleted, status=MeetingStatus.HELD)
    assert attention(held, END, 0) == () and group(held, END, 0) is Group.PAST
