"""*Städa rum* on the manual platform: no server at all, manual rooms deleted on the user's word."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.person import click
from vardmote_desktop.__main__ import prepare
from vardmote_desktop.app import build_context
from vardmote_desktop.domain.types import MeetingMode, MeetingType, PlatformKind, RoomState
from vardmote_desktop.services.context import AppContext
from vardmote_desktop.services.dto import MeetingPlan, RoomPlan
from vardmote_desktop.ui.cleanup_dialog import CleanupDialog


@pytest.fixture
def context() -> Iterator[AppContext]:
    startup = prepare(["--profile", "kalmar", "--unit", "HC Torsås"])
    context = build_context(startup.settings, startup.profiles["kalmar"], startup.paths)
    try:
        yield context
    finally:
        context.close()


def test_manual_rooms_after_ended_meetings_need_the_users_confirmation(
    qtbot: QtBot, swedish_qt: None, context: AppContext
) -> None:
    room = RoomPlan(PlatformKind.MANUAL, "HC Torsås 5", 5, "hc.torsas.5@ltkalmar.se", "612345678")
    yesterday = datetime.now(UTC) - timedelta(days=1)
    plan = MeetingPlan(MeetingType.DISTANCE, MeetingMode.DIGITAL, yesterday, room=room)
    meeting_id = context.meetings.book(plan)

    dialog = CleanupDialog(context.reconcile, context.rooms, context.profile)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy.running, timeout=10_000)
    assert "inte kopplat till en videoserver" in dialog.status.text()
    assert not dialog.delete_orphans_button.isEnabled()
    assert dialog.ended_label.text() == "1 rum: HC Torsås 5"
    assert dialog.manual_confirm.isVisible()
    assert dialog.manual_confirm.text() == "Jag har tagit bort de manuella rummen i Cisco Meeting"

    click(qtbot, dialog.delete_ended_button)
    qtbot.waitUntil(lambda: "Väntar på din bekräftelse" in dialog.status.text(), timeout=10_000)
    detail = context.meetings.detail(meeting_id)
    assert detail.room is not None and detail.room.state is RoomState.ACTIVE

    qtbot.waitUntil(lambda: dialog.delete_ended_button.isEnabled(), timeout=10_000)
    click(qtbot, dialog.manual_confirm)
    click(qtbot, dialog.delete_ended_button)
    qtbot.waitUntil(lambda: not dialog.busy.running, timeout=10_000)
    assert dialog.status.text().startswith("1 rum togs bort.\n")  # then the new scan's finding
    detail = context.meetings.detail(meeting_id)
    assert detail.room is not None and detail.room.state is RoomState.DELETED
    assert detail.events[-1].details == {"room": "HC Torsås 5", "how": "manual"}
    assert dialog.ended_label.text() == "Inga rum väntar på att tas bort."
