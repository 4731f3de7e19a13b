"""Rooms that close themselves, as the app wires them: build_context's service on a timer.

The real context (app.build_context) on a CMS emulator; the timer's first run comes right after
start (the PC started "the next morning"), and a cancellation made here starts a run at once.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from tests.helpers.cms_emulator import CmsEmulator
from vardmote_desktop.domain.types import MeetingMode, MeetingType
from vardmote_desktop.services.context import AppContext
from vardmote_desktop.services.dto import MeetingPlan
from vardmote_desktop.ui.room_lifecycle import RoomAutoCleanup

HOUR_MS = 60 * 60 * 1000  # the timer never fires by itself within a test


def _book(context: AppContext, starts: datetime) -> tuple[int, str]:
    room = context.rooms.create_room(context.rooms.reserve_name(), ends_at=starts)
    plan = MeetingPlan(MeetingType.DISTANCE, MeetingMode.DIGITAL, starts, room=room)
    assert room.platform_room_id
    return context.meetings.book(plan), room.platform_room_id


def test_the_first_run_after_start_clears_yesterdays_rooms(
    qtbot: QtBot, cms_site: tuple[CmsEmulator, AppContext]
) -> None:
    server, context = cms_site
    _, old = _book(context, datetime.now(UTC) - timedelta(days=1))
    _, ahead = _book(context, datetime.now(UTC) + timedelta(days=1))
    assert context.lifecycle is not None
    cleanup = RoomAutoCleanup(context.lifecycle.run_once, context.changes, every_ms=HOUR_MS)
    cleanup.start()
    qtbot.waitUntil(lambda: cleanup.runs >= 1 and not cleanup.busy(), timeout=10_000)
    cleanup.stop()
    assert old not in server.spaces and ahead in server.spaces


def test_a_cancellation_here_starts_a_run_at_once(
    qtbot: QtBot, cms_site: tuple[CmsEmulator, AppContext]
) -> None:
    server, context = cms_site
    meeting, room = _book(context, datetime.now(UTC) + timedelta(days=1))
    assert context.lifecycle is not None
    cleanup = RoomAutoCleanup(context.lifecycle.run_once, context.changes, every_ms=HOUR_MS)
    cleanup.start()
    qtbot.waitUntil(lambda: cleanup.runs == 1 and not cleanup.busy(), timeout=10_000)
    assert room in server.spaces  # tomorrow's meeting keeps its room

    context.followup.cancel(meeting)
    qtbot.waitUntil(lambda: room not in server.spaces, timeout=10_000)
    qtbot.waitUntil(lambda: not cleanup.busy(), timeout=10_000)
    cleanup.stop()
