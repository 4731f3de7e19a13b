"""Shown states follow *Starta mötet* and the clock; far-from-time actions are asked about."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from vardmote_desktop.domain.meeting_state import (
    ShownStatus,
    room_still_needed,
    shown_status,
    start_is_far,
)
from vardmote_desktop.domain.types import MeetingStatus

START = datetime(2026, 12, 3, 12, 30, tzinfo=UTC)
END = START + timedelta(hours=1)


def test_started_is_running_until_the_end_then_held() -> None:
    planned = MeetingStatus.PLANNED
    assert shown_status(planned, None, END, START) is ShownStatus.PLANNED
    assert shown_status(planned, None, END, END + timedelta(hours=2)) is ShownStatus.PLANNED
    assert shown_status(planned, START, END, START + timedelta(minutes=5)) is ShownStatus.STARTED
    assert shown_status(planned, START, END, END) is ShownStatus.HELD
    assert shown_status(MeetingStatus.HELD, None, END, START) is ShownStatus.HELD
    assert shown_status(MeetingStatus.CANCELLED, START, END, END) is ShownStatus.CANCELLED


def test_start_far_from_the_time_is_asked_about() -> None:
    assert not start_is_far(START, END, START - timedelta(minutes=30))
    assert start_is_far(START, END, START - timedelta(minutes=31))
    assert not start_is_far(START, END, END + timedelta(minutes=30))
    assert start_is_far(START, END, END + timedelta(minutes=31))


def test_room_of_a_meeting_not_over_is_still_needed() -> None:
    assert room_still_needed(MeetingStatus.PLANNED, END, START)
    assert not room_still_needed(MeetingStatus.PLANNED, END, END)
    assert not room_still_needed(MeetingStatus.CANCELLED, END, START)
