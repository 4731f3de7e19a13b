"""A manual room's reminder stage: at the end, after the grace, the next morning (local)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vardmote_desktop.domain.room_lifecycle import ReminderStage, reminder_stage

STOCKHOLM = ZoneInfo("Europe/Stockholm")
HOUR = timedelta(hours=1)
ENDS = datetime(2026, 12, 1, 9, tzinfo=UTC)  # 10:00 in Stockholm


@pytest.mark.parametrize(
    ("now", "stage"),
    [
        (datetime(2026, 12, 1, 8, 59, tzinfo=UTC), None),
        (datetime(2026, 12, 1, 9, 0, tzinfo=UTC), ReminderStage.AT_END),
        (datetime(2026, 12, 1, 9, 59, tzinfo=UTC), ReminderStage.AT_END),
        (datetime(2026, 12, 1, 10, 0, tzinfo=UTC), ReminderStage.AFTER_GRACE),
        (datetime(2026, 12, 2, 5, 59, tzinfo=UTC), ReminderStage.AFTER_GRACE),  # 06:59 local
        (datetime(2026, 12, 2, 6, 0, tzinfo=UTC), ReminderStage.NEXT_MORNING),  # 07:00 local
        (datetime(2027, 1, 15, 12, 0, tzinfo=UTC), ReminderStage.NEXT_MORNING),
    ],
)
def test_the_stages_in_order(now: datetime, stage: ReminderStage | None) -> None:
    assert reminder_stage(ENDS, now, HOUR, STOCKHOLM) is stage


def test_a_cancelled_meeting_is_due_before_its_end() -> None:
    early = datetime(2026, 11, 28, 12, tzinfo=UTC)
    assert reminder_stage(ENDS, early, HOUR, STOCKHOLM, cancelled=True) is ReminderStage.AT_END
    assert reminder_stage(ENDS, early, HOUR, STOCKHOLM) is None


def test_a_late_meeting_whose_grace_runs_past_midnight() -> None:
    ends = datetime(2026, 12, 1, 22, 30, tzinfo=STOCKHOLM)
    at = datetime(2026, 12, 2, 0, 30, tzinfo=STOCKHOLM)
    assert reminder_stage(ends, at, 2 * HOUR, STOCKHOLM) is ReminderStage.AFTER_GRACE
    morning = datetime(2026, 12, 2, 7, 0, tzinfo=STOCKHOLM)
    assert reminder_stage(ends, morning, 2 * HOUR, STOCKHOLM) is ReminderStage.NEXT_MORNING


def test_a_grace_longer_than_the_night_still_ends_at_the_most_urgent_stage() -> None:
    now = ENDS + timedelta(hours=30)
    assert reminder_stage(ENDS, now, timedelta(hours=26), STOCKHOLM) is ReminderStage.NEXT_MORNING


@given(
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1)),
    st.integers(min_value=0, max_value=72 * 60),
    st.integers(min_value=1, max_value=24 * 60),
)
def test_the_stage_never_goes_back_as_time_passes(
    start: datetime, minutes: int, grace: int
) -> None:
    ends = start.replace(tzinfo=UTC)
    order = [None, *ReminderStage]
    earlier = reminder_stage(
        ends, ends + timedelta(minutes=minutes), timedelta(minutes=grace), STOCKHOLM
    )
    later = reminder_stage(
        ends, ends + timedelta(minutes=minutes + 30), timedelta(minutes=grace), STOCKHOLM
    )
    assert order.index(later) >= order.index(earlier)
