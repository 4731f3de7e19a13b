"""The list is on screen before the log's services, and it is the list they then give (issue 14).

The real start, driven as a person: the main window paints, the three groups come from the
bare driver (services/first_list.py) while SQLAlchemy and the services still load, and a row
clicked in that first list opens its meeting as soon as the log is open.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.test_retention_after_list import filled_log
from vardmote_desktop import app
from vardmote_desktop.ui.launcher import Launcher
from vardmote_desktop.ui.main_window import MainWindow

FILLED = 300
GROUPS = ("needs_action", "upcoming", "past")


def _first_list_shown(qtbot: QtBot, launch: Callable[..., Launcher], tmp_path: Path) -> MainWindow:
    """The real start on a log of FILLED meetings, until its first list is painted."""
    url = filled_log(tmp_path, FILLED)
    window = launch("--profile", "kalmar", "--unit", "HC Torsås", "--database", url).window
    assert window is not None
    with qtbot.waitSignal(window.listShown, timeout=20_000):
        window.show()
    return window


def _listed(window: MainWindow) -> dict[str, list[int]]:
    return {
        group: [row.id for row in window.meeting_list.shown() if row.group == group]
        for group in GROUPS
    }


@pytest.fixture
def services_held(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The real services, built only once the test lets them (a slow PC, made certain)."""
    release = threading.Event()
    build = app.build_context

    def held(*args: Any) -> Any:
        release.wait(30)
        return build(*args)

    monkeypatch.setattr(app, "build_context", held)
    yield release
    release.set()


def test_the_first_list_comes_before_the_services_and_is_theirs(
    qtbot: QtBot,
    launch: Callable[..., Launcher],
    tmp_path: Path,
    services_held: threading.Event,
) -> None:
    window = _first_list_shown(qtbot, launch, tmp_path)
    assert window.context is None  # the services are still loading
    first = _listed(window)
    shown = sum(window.meeting_list.group_count(g) for g in GROUPS)
    assert sum(len(ids) for ids in first.values()) == shown
    assert first["past"], "the filled log has past meetings to show"
    with qtbot.waitSignal(window.overviewShown, timeout=30_000):
        services_held.set()  # the services' own overview replaces it
    assert _listed(window) == first


def test_a_row_clicked_in_the_first_list_opens_once_the_log_is_open(
    qtbot: QtBot,
    launch: Callable[..., Launcher],
    tmp_path: Path,
    services_held: threading.Event,
) -> None:
    window = _first_list_shown(qtbot, launch, tmp_path)
    listing = window.meeting_list
    past = listing.topLevelItem(2)
    assert past is not None and past.childCount() > 0
    row = past.child(0)
    assert row is not None
    listing.scrollToItem(row)
    qtbot.waitUntil(lambda: listing.visualItemRect(row).isValid())  # laid out on screen
    rect = listing.visualItemRect(row)
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    chosen = listing.selected_meeting_id()
    assert chosen is not None and window.context is None
    with qtbot.waitSignal(window.detailShown, timeout=30_000) as shown:
        services_held.set()
    assert shown.args == [chosen]
