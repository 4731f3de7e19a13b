"""Fixtures that start the application the way a ward PC does: prepare(), then the Launcher."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from tests.helpers.cms_emulator import CmsEmulator
from tests.helpers.memory_keyring import MemoryKeyring
from vardmote_desktop.__main__ import prepare
from vardmote_desktop.app import build_context
from vardmote_desktop.platforms.credentials import CredentialStore
from vardmote_desktop.services.context import AppContext
from vardmote_desktop.ui.launcher import Launcher
from vardmote_desktop.ui.main_window import MainWindow
from vardmote_desktop.ui.meeting_list import MEETING_ID_ROLE
from vardmote_desktop.ui.wizards.page_room import RoomPage

INVITATION_KALMAR = (
    "Du är inbjuden till ett videomöte\r\n"
    "Videoadress: hc.torsas.1@video.example.se\r\n"
    "Samtals-ID: 612345678\r\n"
    "Ring 0480 44 55 11 och ange samtals-ID 612345678 följt av #\r\n"
)


def own_invitation(qtbot: QtBot, room: RoomPage) -> str:
    """The invitation Cisco Meeting gives for a room made as the room page says: with the video
    address and call ID the page shows for it (any other is refused)."""
    hint = room.manual_hint
    qtbot.waitUntil(
        lambda: bool(hint.video_address.value() and hint.call_id.value()), timeout=10_000
    )
    call_id = hint.call_id.value()
    return INVITATION_KALMAR.replace(
        "hc.torsas.1@video.example.se", hint.video_address.value()
    ).replace("612345678", call_id)


@pytest.fixture
def launch(qtbot: QtBot, swedish_qt: None) -> Iterator[Callable[..., Launcher]]:
    """Start the app with command-line options; windows are closed after the test."""
    launchers: list[Launcher] = []

    def start(*argv: str) -> Launcher:
        startup = prepare(list(argv))
        launcher = Launcher(
            startup.settings,
            startup.profiles,
            startup.save,
            startup.make_context,
            first_list=startup.first_list,  # as the real start: the list before the services
        )
        launcher.start()
        launchers.append(launcher)
        return launcher

    yield start
    for launcher in launchers:
        window = launcher.window
        if window is not None:

            def idle(w: MainWindow = window) -> bool:  # bound now: `window` moves on
                return not w.busy()

            qtbot.waitUntil(idle, timeout=10_000)
            window.close()
            if window.context is not None:
                window.context.close()


def listed(window: MainWindow, group: str) -> dict[int, str]:
    """The meetings under a group heading of the main list, with their *Bekräftade* cell."""
    item = window.meeting_list._groups[group]
    rows = (item.child(i) for i in range(item.childCount()))
    return {row.data(0, MEETING_ID_ROLE): row.text(3) for row in rows if row is not None}


def wait_ready(qtbot: QtBot, window: MainWindow) -> None:
    """The window paints, opens the log on a worker and shows the first overview."""
    with qtbot.waitSignal(window.overviewShown, timeout=20_000):
        window.show()
        if window.context is not None:
            window.refresh()


@pytest.fixture
def cms_site(memory_keyring: MemoryKeyring) -> Iterator[tuple[CmsEmulator, AppContext]]:
    """A Kalmar log on a loopback CMS, wired as the app does (its password in the keyring)."""
    with CmsEmulator() as server:
        CredentialStore().set_password("cms", server.username, server.password)
        argv = ["--profile", "kalmar", "--unit", "HC Torsås", "--platform", "cms"]
        startup = prepare([*argv, "--server", server.base_url, "--server-user", server.username])
        context = build_context(startup.settings, startup.profiles["kalmar"], startup.paths)
        try:
            yield server, context
        finally:
            QThreadPool.globalInstance().waitForDone(10_000)
            context.close()
