"""The room page checks a pasted invitation for our room made by hand as soon as it is pasted.

Real services on a real log, the real wizard; the invitation goes through the clipboard and
the page's *Klistra in inbjudan* button, as a person pastes it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from tests.helpers.person import click
from vardmote_desktop.__main__ import prepare
from vardmote_desktop.app import build_context
from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.types import MeetingMode, MeetingType, PlatformKind
from vardmote_desktop.services.context import AppContext
from vardmote_desktop.services.dto import MeetingPlan, RoomPlan
from vardmote_desktop.ui.wizards.meeting_wizard import ROOM, MeetingWizard
from vardmote_desktop.ui.wizards.page_room import RoomPage

TOOLS = {"kalmar": "Cisco Meeting", "region_pexip": "Pexip"}


@pytest.fixture(params=sorted(TOOLS))
def context(request: pytest.FixtureRequest) -> Iterator[AppContext]:
    profile = str(request.param)
    startup = prepare(["--profile", profile, "--unit", "HC Torsås"])
    context = build_context(startup.settings, startup.profiles[profile], startup.paths)
    try:
        yield context
    finally:
        context.close()


def _room_page(qtbot: QtBot, context: AppContext) -> tuple[MeetingWizard, RoomPage]:
    wizard = MeetingWizard(MeetingType.DISTANCE, context, None)
    qtbot.addWidget(wizard)
    wizard.show()
    room = wizard.page(ROOM)
    assert isinstance(room, RoomPage)
    wizard.setStartId(ROOM)
    wizard.restart()
    qtbot.waitUntil(lambda: bool(room.manual_hint.call_id.value()), timeout=10_000)
    assert room.manual_hint.isVisible()
    return wizard, room


def _paste(qtbot: QtBot, room: RoomPage, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    click(qtbot, room.paste_button)


def _next_enabled(wizard: MeetingWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_room_with_another_address_is_refused_with_what_to_do_in_the_video_tool(
    qtbot: QtBot, swedish_qt: None, context: AppContext
) -> None:
    wizard, room = _room_page(qtbot, context)
    address = room.manual_hint.video_address.value()
    call_id = room.manual_hint.call_id.value()
    tool = TOOLS[context.profile.key]
    label = context.profile.call_id_label

    # A room made in the tool with the name only: the tool chose its own address and ID.
    _paste(qtbot, room, "Videoadress: hc.torsas.egen@ltkalmar.se\nSamtals-ID: 698765432\n")
    assert not _next_enabled(wizard)  # at once, before the check has answered
    qtbot.waitUntil(room.read_error.isVisible, timeout=10_000)
    message = room.read_error.text()
    assert message.startswith(
        f"Inbjudan går inte till rummet med adressen ovan. Öppna rummet i {tool}, ge det "
        f"videoadressen {address} och {label} {call_id}"
    )
    assert not room.isComplete() and not _next_enabled(wizard)

    # The right address but the tool's own call ID: still not the room the page asked for.
    _paste(qtbot, room, f"Videoadress: {address}\nSamtals-ID: 698765432\n")
    qtbot.waitUntil(lambda: room.read_error.text().startswith("Inbjudan går inte"), timeout=10_000)
    assert not _next_enabled(wizard)

    # Changed in the tool as the message says and copied again: accepted.
    _paste(qtbot, room, f"Videoadress: {address}\nSamtals-ID: {call_id}\n")
    qtbot.waitUntil(lambda: _next_enabled(wizard), timeout=10_000)
    assert not room.read_error.isVisible() and room.isComplete()


def test_an_earlier_meetings_invitation_never_gets_past_the_room_page(
    qtbot: QtBot, swedish_qt: None, context: AppContext
) -> None:
    old = RoomPlan(
        PlatformKind.MANUAL,
        "HC Torsås 5",
        5,
        join=JoinInfo(video_address="hc.torsas.5@ltkalmar.se", call_id="612345678"),
    )
    starts = datetime.now(UTC) - timedelta(days=3)
    context.meetings.book(MeetingPlan(MeetingType.DISTANCE, MeetingMode.DIGITAL, starts, room=old))
    wizard, room = _room_page(qtbot, context)

    _paste(qtbot, room, "Videoadress: hc.torsas.5@ltkalmar.se\nSamtals-ID: 612345678\n")
    assert room.join.video_address.value() == "hc.torsas.5@ltkalmar.se"  # read and shown…
    assert not _next_enabled(wizard)  # …but no way on until it is checked
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentId() == ROOM
    qtbot.waitUntil(room.read_error.isVisible, timeout=10_000)
    assert room.read_error.text().startswith("Inbjudan går till ett rum som redan har använts")
    assert "Ett oväntat fel" not in room.read_error.text()
    qtbot.wait(100)
    assert not _next_enabled(wizard) and wizard.currentId() == ROOM
