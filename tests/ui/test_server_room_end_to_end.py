"""From the main window, with a video server: the wizard creates the room on the server and the
detail pane deletes it there after the meeting (CMS and Pexip emulators)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.helpers.cms_emulator import CmsEmulator, Space
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.person import click
from tests.helpers.pexip_emulator import PexipEmulator
from tests.ui.conftest import wait_ready
from tests.ui.test_followup_actions import button_for
from tests.ui.wizard_driver import Person, Scenario, open_wizard, run_wizard
from vardmote_desktop.domain.room_tag import parse_tag
from vardmote_desktop.domain.types import PlatformKind, RoomState
from vardmote_desktop.platforms.credentials import CredentialStore
from vardmote_desktop.ui.launcher import Launcher

PROFILES = {
    "cms": ("kalmar", "Distansmöte mellan huvudmän"),
    "pexip": ("region_pexip", "Utskrivningsplanering i slutenvård"),
}


@pytest.fixture(params=["cms", "pexip"])
def server(request: pytest.FixtureRequest) -> Iterator[CmsEmulator | PexipEmulator]:
    emulator = CmsEmulator() if request.param == "cms" else PexipEmulator()
    with emulator:
        yield emulator


def test_room_created_on_the_server_and_deleted_after_the_meeting(
    qtbot: QtBot,
    launch: Callable[..., Launcher],
    server: CmsEmulator | PexipEmulator,
    memory_keyring: MemoryKeyring,
) -> None:
    kind = "cms" if isinstance(server, CmsEmulator) else "pexip"
    profile, type_name = PROFILES[kind]
    CredentialStore(memory_keyring).set_password(kind, server.username, server.password)
    window = launch(
        "--profile",
        profile,
        "--unit",
        "HC Torsås",
        "--platform",
        kind,
        "--server",
        server.base_url,
        "--server-user",
        server.username,
    ).window
    assert window is not None
    wait_ready(qtbot, window)
    scenario = Scenario(
        people=[
            Person(
                "Handläggare Åkesson",
                "Kommunen",
                email="h@kommun.example.se",
                phone="070-000 00 51",
                messenger=kind == "cms",
            )
        ],
        create_on_server=True,
    )
    meeting_id = run_wizard(qtbot, open_wizard(qtbot, window, type_name), scenario)
    assert window.context is not None
    room = window.context.meetings.detail(meeting_id).room
    assert room is not None and room.platform is PlatformKind(kind)
    assert room.name == "HC Torsås 1" and room.join.call_id and room.join.call_id.isdigit()
    assert room.join.video_address is not None and room.join.video_address.startswith(
        "hc.torsas.1."
    )
    (created,) = server.find("HC Torsås 1")
    # The room's mark on the server carries the wizard's planned end for every PC to read.
    mark = parse_tag(created.cdr_tag if isinstance(created, Space) else created["tag"])
    meeting = window.context.meetings.detail(meeting_id).summary
    assert mark is not None and mark.owner and mark.ends_at is not None
    assert mark.ends_at == (
        meeting.starts_at + timedelta(minutes=meeting.duration_minutes)
    ).replace(second=0, microsecond=0)

    with qtbot.waitSignal(window.detailShown, timeout=10_000):
        window.bring_up_meeting(meeting_id)
    qtbot.waitUntil(lambda: not window.busy(), timeout=10_000)
    with qtbot.waitSignal(window.meeting_actions.dialogOpened) as opened:
        click(qtbot, button_for(window, "Ta bort &mötesrum…"))
    confirm = opened.args[0]
    assert isinstance(confirm, QMessageBox) and "videoplattformen" in confirm.text()
    with qtbot.waitSignal(window.detailShown, timeout=15_000):
        click(qtbot, confirm.button(QMessageBox.StandardButton.Yes))
    detail = window.detail.detail
    assert detail is not None and detail.room is not None
    assert detail.room.state is RoomState.DELETED
    assert server.find("HC Torsås 1") == []
