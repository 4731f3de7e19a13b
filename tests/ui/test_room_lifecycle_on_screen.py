"""Rooms that close themselves, on screen: the main window follows the real automatic run.

The window is the application's own (build_context's services, the window's RoomAutoCleanup
running the lifecycle against a loopback CMS); only the clock is the test's, shared by the run
and the meeting list, so "during the meeting", "after the end" and "after the grace" are moves
of it. The run is started as its timer would start it. What the run changes reaches the window
through the change bus, as it happens: nobody presses *Uppdatera*.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from tests.helpers.cms_emulator import CmsEmulator
from tests.helpers.person import cell_text
from tests.services.conftest import FakeClock
from tests.ui.conftest import wait_ready
from vardmote_desktop.__main__ import prepare
from vardmote_desktop.app import build_context, create_log_engine
from vardmote_desktop.domain.types import MeetingMode, MeetingType
from vardmote_desktop.platforms.credentials import CredentialStore
from vardmote_desktop.services.context import AppContext
from vardmote_desktop.services.dto import MeetingPlan
from vardmote_desktop.services.lifecycle import RoomLifecycleService
from vardmote_desktop.services.meetings import MeetingService
from vardmote_desktop.store.engine import make_session_factory
from vardmote_desktop.ui.main_window import MainWindow
from vardmote_desktop.ui.meeting_list import MEETING_ID_ROLE

PC = "AVD12-PC03"
SECONDS = 1000


class Site:
    """The window, its context, the CMS and the clock they share."""

    def __init__(self, window: MainWindow, context: AppContext, server: CmsEmulator) -> None:
        self.window = window
        self.context = context
        self.server = server

    def book(self, starts: datetime) -> tuple[int, str]:
        """A one-hour meeting with its own room on the CMS: (meeting id, coSpace id)."""
        context = self.context
        room = context.rooms.create_room(
            context.rooms.reserve_name(), ends_at=starts + timedelta(hours=1)
        )
        assert room.platform_room_id is not None
        plan = MeetingPlan(MeetingType.DISTANCE, MeetingMode.DIGITAL, starts, room=room)
        return context.meetings.book(plan), room.platform_room_id

    def run(self, qtbot: QtBot) -> None:
        """One run of the window's automatic deletion, as its timer starts it."""
        cleanup = self.window.tools.auto_cleanup
        assert cleanup is not None
        qtbot.waitUntil(lambda: not cleanup.busy(), timeout=20 * SECONDS)
        before = cleanup.runs
        cleanup.run()
        qtbot.waitUntil(lambda: cleanup.runs > before and not cleanup.busy(), timeout=20 * SECONDS)

    def row(self, meeting_id: int) -> QTreeWidgetItem | None:
        tree = self.window.meeting_list
        for index in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(index)
            for child in (group.child(i) for i in range(group.childCount())) if group else ():
                if child is not None and child.data(0, MEETING_ID_ROLE) == meeting_id:
                    return child
        return None

    def listed(self, meeting_id: int) -> tuple[str, str]:
        """(the group heading, the room cell) the list shows for the meeting."""
        row = self.row(meeting_id)
        group = row.parent() if row is not None else None
        if row is None or group is None:
            return ("", "")
        return (group.text(0), row.text(2))

    def history(self) -> list[tuple[str, str]]:
        table = self.window.detail.history
        return [(cell_text(table, r, 1), cell_text(table, r, 2)) for r in range(table.rowCount())]


@pytest.fixture
def site(qtbot: QtBot, swedish_qt: None) -> Iterator[tuple[Site, FakeClock]]:
    with CmsEmulator() as server:
        CredentialStore().set_password("cms", server.username, server.password)
        argv = ["--profile", "kalmar", "--unit", "HC Torsås", "--platform", "cms"]
        startup = prepare([*argv, "--server", server.base_url, "--server-user", server.username])
        settings, profile = startup.settings, startup.profiles["kalmar"]
        clock = FakeClock(datetime.now(UTC).replace(second=0, microsecond=0))
        engines = []

        def open_context() -> AppContext:
            context = build_context(settings, profile, startup.paths)
            # The same log and change bus; the meeting list and the run read the test's clock.
            engine = create_log_engine(settings, startup.paths)  # encrypted, its key kept
            engines.append(engine)
            factory: sessionmaker[Session] = make_session_factory(
                engine, on_commit=context.changes.committed
            )
            context.meetings = MeetingService(factory, settings, profile, clock)
            context.lifecycle = RoomLifecycleService(
                factory, settings, profile, context.platforms, clock, pc=PC
            )
            return context

        window = MainWindow()
        window.attach(settings, profile, open_context, profiles=startup.profiles)
        qtbot.addWidget(window)
        wait_ready(qtbot, window)
        context = window.context
        assert context is not None
        try:
            yield Site(window, context, server), clock
        finally:
            qtbot.waitUntil(lambda: not window.busy(), timeout=10 * SECONDS)
            window.close()
            QThreadPool.globalInstance().waitForDone(10 * SECONDS)
            context.close()
            for engine in engines:
                engine.dispose()


def test_the_main_window_shows_the_rooms_life_as_it_happens(
    qtbot: QtBot, site: tuple[Site, FakeClock]
) -> None:
    s, clock = site
    starts = clock.now + timedelta(hours=1)
    held, held_space = s.book(starts)
    empty, empty_space = s.book(starts)
    qtbot.waitUntil(lambda: s.row(held) is not None and s.row(empty) is not None)

    # Ten minutes into the meetings: people are in one room, the other stays empty.
    clock.now = starts + timedelta(minutes=10)
    call = s.server.start_call(held_space, participants=2)
    s.run(qtbot)

    # Just past the planned end (within the grace): nobody ever joined the empty one.
    clock.now = starts + timedelta(hours=1, minutes=1)
    s.run(qtbot)
    qtbot.waitUntil(lambda: "Ingen anslöt" in s.listed(empty)[1], timeout=10 * SECONDS)
    assert s.listed(empty)[0].startswith("Behöver åtgärd")
    assert "Ingen anslöt" not in s.listed(held)[1]  # a call was seen: *Genomfört*

    # Past the grace: the empty room goes; the other is still in a call and waits.
    clock.now = starts + timedelta(hours=2, minutes=1)
    s.run(qtbot)
    qtbot.waitUntil(lambda: "Pågår fortfarande" in s.listed(held)[1], timeout=10 * SECONDS)
    assert s.listed(held)[0].startswith("Behöver åtgärd")
    assert "Rum ej borttaget" not in s.listed(held)[1]  # information, not the warning
    assert empty_space not in s.server.spaces and held_space in s.server.spaces
    assert s.server.cut_calls == []

    # The coordinator opens the meeting going on: the detail pane says so.
    tree = s.window.meeting_list
    row = s.row(held)
    assert row is not None
    tree.scrollToItem(row)
    rect = tree.visualItemRect(row)
    with qtbot.waitSignal(s.window.detailShown, timeout=10 * SECONDS) as shown:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert shown.args == [held]
    assert "Pågår fortfarande" in s.window.detail.heading.text()

    # The call ends; the next run deletes the room, and the open detail shows it at once.
    s.server.end_call(call.id)
    clock.now += timedelta(minutes=5)
    s.run(qtbot)
    qtbot.waitUntil(
        lambda: any("borttaget automatiskt" in what for _, what in s.history()),
        timeout=10 * SECONDS,
    )
    deleted = [(who, what) for who, what in s.history() if "borttaget automatiskt" in what]
    assert deleted == [(f"automatiskt ({PC})", deleted[0][1])]
    assert "Pågår fortfarande" not in s.window.detail.heading.text()
    assert held_space not in s.server.spaces and s.server.cut_calls == []
    qtbot.waitUntil(lambda: not s.listed(held)[0].startswith("Behöver åtgärd"))
    # The empty meeting keeps its flag for the coordinator after its room went.
    assert "Ingen anslöt" in s.listed(empty)[1]
