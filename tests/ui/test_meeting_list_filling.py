"""A long list is put on screen a screenful first, the rest in steps between other events.

The main window's list holds up to 600 rows (200 per group); building them all in one event
held the window for over a frame (issue 14). These tests hold the list to its promise: the
first rows and the full counts at once, every row soon after without anyone asking, and
whatever reads the list (counts, rows, selection, a change from another PC) sees all of it.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from vardmote_desktop.domain.attention import Attention, Group
from vardmote_desktop.domain.types import MeetingMode, MeetingStatus, MeetingType
from vardmote_desktop.services.list_rows import MeetingSummary, Overview, OverviewChanges
from vardmote_desktop.ui.meeting_list import (
    ACCESSIBLE_TEXT_ROLE,
    FIRST_ROWS,
    MEETING_ID_ROLE,
    MeetingList,
)

START = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def _row(meeting_id: int, group: Group) -> MeetingSummary:
    return MeetingSummary(
        id=meeting_id,
        meeting_type=MeetingType.DISTANCE,
        mode=MeetingMode.DIGITAL,
        status=MeetingStatus.PLANNED,
        starts_at=START + timedelta(minutes=meeting_id),
        duration_minutes=30,
        room_name=f"HC Torsås {meeting_id}",
        room_state=None,
        recipients=2,
        confirmed=1,
        group=group,
    )


def _overview() -> Overview:
    return Overview(
        tuple(_row(i, Group.NEEDS_ACTION) for i in range(1, 201)),
        tuple(_row(i, Group.UPCOMING) for i in range(201, 401)),
        tuple(_row(i, Group.PAST) for i in range(401, 601)),
    )


def _attached(listing: MeetingList) -> int:
    """Rows in the tree now, read from the items themselves (not through the list's readers)."""
    groups = [listing.topLevelItem(i) for i in range(listing.topLevelItemCount())]
    return sum(group.childCount() for group in groups if group is not None)


def _titles(listing: MeetingList) -> list[str]:
    groups = [listing.topLevelItem(i) for i in range(listing.topLevelItemCount())]
    return [group.text(0) for group in groups if isinstance(group, QTreeWidgetItem)]


def test_a_screenful_first_with_the_full_counts_then_the_rest_on_its_own(qtbot: QtBot) -> None:
    listing = MeetingList()
    qtbot.addWidget(listing)
    listing.show()
    listing.show_overview(_overview())
    assert _attached(listing) == FIRST_ROWS  # the rest waits for the next events
    assert _titles(listing) == ["Behöver åtgärd (200)", "Kommande (200)", "Tidigare (200)"]
    # The rest is built in steps, detached, and attached at once: each attach lays out and
    # repaints the whole view, so attaching in steps stalled the window once per step.
    attached: list[int] = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: attached.append(_attached(listing)))
    ticker.start(0)
    with qtbot.waitSignal(listing.rowsPainted, timeout=5_000):
        pass  # nobody reads the list: the steps run by themselves
    ticker.stop()
    assert _attached(listing) == 600
    assert set(attached) <= {FIRST_ROWS, 600}


def test_reading_the_list_puts_every_row_in_place_first(qtbot: QtBot) -> None:
    listing = MeetingList()
    qtbot.addWidget(listing)
    listing.show_overview(_overview())
    assert listing.group_count(Group.PAST) == 200
    assert _attached(listing) == 600
    listing.show_overview(Overview((), (), ()))
    listing.show_overview(_overview())
    assert listing.select_meeting(600)  # the very last row, not yet attached a moment ago
    assert listing.selected_meeting_id() == 600


def test_a_change_while_filling_lands_on_the_whole_list(qtbot: QtBot) -> None:
    listing = MeetingList()
    qtbot.addWidget(listing)
    listing.show_overview(_overview())
    moved = _row(599, Group.NEEDS_ACTION)  # another PC's change: past → needs action
    listing.apply_changes(OverviewChanges((moved,), frozenset({600})))
    assert listing.group_count(Group.NEEDS_ACTION) == 201
    assert listing.group_count(Group.PAST) == 198
    first = listing.topLevelItem(0)
    assert first is not None and first.text(0) == "Behöver åtgärd (201)"
    rows = [first.child(i) for i in range(first.childCount())]
    assert 599 in [row.data(0, MEETING_ID_ROLE) for row in rows if row is not None]


def test_the_roles_are_qts_and_headings_settle_to_unselectable(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    assert Qt.ItemDataRole.UserRole + 1 == MEETING_ID_ROLE
    assert Qt.ItemDataRole.AccessibleTextRole == ACCESSIBLE_TEXT_ROLE
    listing = MeetingList()
    qtbot.addWidget(listing)
    listing.show_overview(_overview())
    listing.settle_headings()
    heading = listing.topLevelItem(0)
    assert heading is not None
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable
    listing.show_overview(Overview((_row(1, Group.NEEDS_ACTION),), (), ()))  # new headings too
    heading = listing.topLevelItem(0)
    assert heading is not None and not heading.flags() & Qt.ItemFlag.ItemIsSelectable


def test_the_first_list_needs_no_qt_namespace() -> None:
    """In a fresh interpreter, as the first list is shown: no Qt.* enum (50 ms) on the way."""
    script = (
        "import json, os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import PySide6.QtCore as core\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from tests.ui.test_meeting_list_filling import _overview\n"
        "from vardmote_desktop.ui.meeting_list import MeetingList\n"
        "listing = MeetingList()\n"
        "listing.show()\n"
        "listing.show_overview(_overview())\n"
        "listing.group_count('past')\n"
        "app.processEvents()\n"
        "print(json.dumps('Qt' in core.__dict__))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.splitlines()[-1] == "false"


def test_the_room_cell_names_what_needs_doing_in_full_on_hover(qtbot: QtBot) -> None:
    from dataclasses import replace

    listing = MeetingList()
    qtbot.addWidget(listing)
    row = replace(_row(1, Group.NEEDS_ACTION), attention=(Attention.UNCONFIRMED,))
    listing.show_overview(Overview((row,), (), ()))
    listing.resize(420, 300)  # as beside the detail pane: the room column elided
    heading = listing.topLevelItem(0)
    item = heading.child(0) if heading is not None else None
    assert item is not None
    assert item.text(2).startswith("HC Torsås 1 – ") and len(item.text(2)) > len("HC Torsås 1 – ")
    assert item.toolTip(2) == item.text(2)
