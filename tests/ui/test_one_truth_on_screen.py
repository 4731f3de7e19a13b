"""One truth on screen: a change in any window, or on another PC, reaches every open window.

The main window is never asked to *Uppdatera*: it must update the changed rows by itself, and
without reading its whole lists again (overviewShown is emitted only by a full read).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QToolButton
from pytestqt.qtbot import QtBot

from tests.helpers.colleague import run_colleague
from tests.helpers.person import click
from tests.helpers.postgres import PostgresServer
from tests.store.conftest import postgres_server as postgres_server
from tests.ui.conftest import listed, wait_ready
from vardmote_desktop.domain.log_query import LogColumn
from vardmote_desktop.domain.types import (
    Channel,
    MeetingMode,
    MeetingStatus,
    MeetingType,
    OrganisationKind,
    PlatformKind,
)
from vardmote_desktop.services.dto import MeetingPlan, ParticipantPlan, RoomPlan
from vardmote_desktop.ui.launcher import Launcher
from vardmote_desktop.ui.log.model import COLUMNS
from vardmote_desktop.ui.log.window import LogWindow
from vardmote_desktop.ui.main_window import MainWindow

SECONDS = 1000


def _plan() -> MeetingPlan:
    """In three days: one recipient called (confirmed), one who joins in the room."""
    people = [
        ParticipantPlan(
            name=name,
            organisation_kind=OrganisationKind.MUNICIPALITY,
            phone="0480-12345",
            channel=channel,
            sent_now=channel is not None,
        )
        for name, channel in (("Testperson 1", Channel.PHONE), ("Testperson 2", None))
    ]
    return MeetingPlan(
        meeting_type=MeetingType.DISTANCE,
        mode=MeetingMode.DIGITAL,
        starts_at=datetime.now(UTC) + timedelta(days=3),
        participants=people,
        room=RoomPlan(platform=PlatformKind.CMS, name="HC Torsås 1", number=1),
    )


def _full_reads(window: MainWindow) -> list[None]:
    reads: list[None] = []
    window.overviewShown.connect(lambda: reads.append(None))
    return reads


def _open_log(qtbot: QtBot, window: MainWindow) -> LogWindow:
    window.tools.log_action.trigger()  # *Visa → Möteslogg…*
    log_window = window.tools.log_window
    assert log_window is not None
    qtbot.waitUntil(lambda: log_window.model.rowCount() > 0 and not log_window.busy())
    return log_window


def test_cancelled_in_the_log_leaves_kommande_at_once(
    qtbot: QtBot, launch: Callable[..., Launcher]
) -> None:
    window = launch("--profile", "kalmar", "--unit", "HC Torsås").window
    assert window is not None
    wait_ready(qtbot, window)
    context = window.context
    assert context is not None
    reads = _full_reads(window)
    meeting_id = context.meetings.book(_plan())  # booked elsewhere: the list just follows
    qtbot.waitUntil(lambda: meeting_id in listed(window, "upcoming"), timeout=5 * SECONDS)

    log_window = _open_log(qtbot, window)
    # The same meeting, the same figures: 1/1 here and 1 / 1 in the log (once 1 / 2).
    recipients = log_window.model.index(0, COLUMNS.index(LogColumn.RECIPIENTS))
    assert listed(window, "upcoming")[meeting_id] == "1/1"
    assert log_window.model.data(recipients) == "1 / 1"

    with qtbot.waitSignal(log_window.detailShown, timeout=5 * SECONDS):
        log_window.table.setFocus()
        log_window.table.selectRow(0)
    cancel = next(
        b
        for b in log_window.detail.findChildren(QToolButton)
        if b.defaultAction() is log_window.meeting_actions.cancel
    )
    with qtbot.waitSignal(log_window.meeting_actions.dialogOpened) as opened:
        click(qtbot, cancel)
    question = opened.args[0]
    assert isinstance(question, QMessageBox)
    click(qtbot, question.button(QMessageBox.StandardButton.Yes))

    # No Uppdatera: the cancelled meeting leaves Kommande; its room puts it under Behöver åtgärd.
    qtbot.waitUntil(lambda: meeting_id in listed(window, "needs_action"), timeout=5 * SECONDS)
    assert meeting_id not in listed(window, "upcoming")
    assert window.meeting_list._groups["upcoming"].text(0) == "Kommande (0)"
    assert reads == []  # only the changed row was read again
    # The log's own detail follows too.
    qtbot.waitUntil(
        lambda: (
            (shown := log_window.detail.detail) is not None
            and shown.summary.status is MeetingStatus.CANCELLED
        ),
        timeout=5 * SECONDS,
    )
    qtbot.waitUntil(lambda: not log_window.busy())  # nothing may outlive the log's engine


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def shared_log(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A log two PCs share: a SQLite file on disk, or a PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'delad' / 'vardmote.db'}"
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    server.reset()
    yield server.url


def test_a_colleagues_booking_and_cancelling_reach_this_pc(
    qtbot: QtBot, launch: Callable[..., Launcher], shared_log: str
) -> None:
    window = launch("--profile", "kalmar", "--unit", "HC Torsås", "--database", shared_log).window
    assert window is not None
    wait_ready(qtbot, window)  # this PC has opened (and migrated) the shared log
    reads = _full_reads(window)

    meeting_id = int(run_colleague(shared_log, "book"))
    qtbot.waitUntil(lambda: meeting_id in listed(window, "upcoming"), timeout=10 * SECONDS)

    run_colleague(shared_log, "cancel", str(meeting_id))
    qtbot.waitUntil(lambda: meeting_id in listed(window, "past"), timeout=10 * SECONDS)
    assert meeting_id not in listed(window, "upcoming")
    assert reads == []  # the change check read only the changed meeting's row
