"""*Städa rum*'s verdicts with a fixed clock: only what is provably ours and finished goes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from vardmote_desktop.domain.room_cleanup import CleanupRules, LogView, Verdict, classify
from vardmote_desktop.domain.room_tag import RoomTag

NOW = datetime(2026, 12, 10, 12, 0, tzinfo=UTC)
ME = "aaaa"
OTHER = "bbbb"


def tag(owner: str | None, *, created: timedelta | None, ends: timedelta | None) -> RoomTag:
    """created/ends relative to NOW (negative: in the past)."""
    return RoomTag(
        owner,
        NOW + created if created is not None else None,
        NOW + ends if ends is not None else None,
    )


OLD = timedelta(days=-3)


@pytest.mark.parametrize(
    ("room", "log", "verdict"),
    [
        (tag(ME, created=OLD, ends=timedelta(days=2)), LogView(active=True), Verdict.MATCHED),
        (tag(OTHER, created=OLD, ends=None), LogView(deleted=True), Verdict.DELETED_IN_LOG),
        (tag(ME, created=OLD, ends=None), LogView(in_draft=True), Verdict.IN_DRAFT),
        (tag(ME, created=timedelta(minutes=-5), ends=None), LogView(), Verdict.RECENT),
        (tag(OTHER, created=timedelta(minutes=-14), ends=OLD), LogView(), Verdict.RECENT),
        (tag(ME, created=timedelta(minutes=-17), ends=None), LogView(), Verdict.OURS_NOT_IN_LOG),
        (tag(ME, created=OLD, ends=timedelta(days=5)), LogView(), Verdict.OURS_NOT_IN_LOG),
        (tag(ME, created=None, ends=None), LogView(), Verdict.UNKNOWN_OWNER),
        (RoomTag(None, None, None, version=0), LogView(), Verdict.UNKNOWN_OWNER),
        (tag(OTHER, created=OLD, ends=timedelta(days=1)), LogView(), Verdict.OTHER_LOG_AHEAD),
        (tag(OTHER, created=OLD, ends=timedelta(hours=-23)), LogView(), Verdict.OTHER_LOG_AHEAD),
        (tag(OTHER, created=OLD, ends=timedelta(hours=-26)), LogView(), Verdict.OTHER_LOG_ENDED),
        (tag(OTHER, created=OLD, ends=None), LogView(), Verdict.OTHER_LOG_UNKNOWN_END),
    ],
)
def test_verdicts(room: RoomTag, log: LogView, verdict: Verdict) -> None:
    assert classify(room, ME, log, NOW) is verdict


def test_only_three_verdicts_are_offered() -> None:
    offered = {v for v in Verdict if v.offered}
    assert offered == {Verdict.OURS_NOT_IN_LOG, Verdict.DELETED_IN_LOG, Verdict.OTHER_LOG_ENDED}


def test_margins_are_tunable() -> None:
    rules = CleanupRules(recent=timedelta(hours=2), other_log_grace=timedelta(hours=1))
    fresh = tag(ME, created=timedelta(minutes=-90), ends=None)
    assert classify(fresh, ME, LogView(), NOW, rules) is Verdict.RECENT
    assert classify(fresh, ME, LogView(), NOW) is Verdict.OURS_NOT_IN_LOG
    ended = tag(OTHER, created=OLD, ends=timedelta(hours=-3))
    assert classify(ended, ME, LogView(), NOW, rules) is Verdict.OTHER_LOG_ENDED
    assert classify(ended, ME, LogView(), NOW) is Verdict.OTHER_LOG_AHEAD


def test_the_minute_precision_of_the_mark_never_makes_a_room_look_old_enough_early() -> None:
    # Made 12:00:59, marked 12:00: still recent at 12:15:30 although the mark says 15.5 min.
    room = RoomTag(ME, datetime(2026, 12, 10, 12, 0, tzinfo=UTC), None)
    at = datetime(2026, 12, 10, 12, 15, 30, tzinfo=UTC)
    assert classify(room, ME, LogView(), at) is Verdict.RECENT


def test_a_site_sets_its_margins_in_its_profile() -> None:
    assert CleanupRules.from_site({}) == CleanupRules()
    rules = CleanupRules.from_site(
        {"cleanup_recent_minutes": "30", "cleanup_other_log_grace_hours": " 48 "}
    )
    assert rules == CleanupRules(timedelta(minutes=30), timedelta(hours=48))
    for bad in ({"cleanup_recent_minutes": "kvart"}, {"cleanup_other_log_grace_hours": "0"}):
        with pytest.raises(ValueError):
            CleanupRules.from_site(bad)
