"""The Visa menu's tools open from the main window and lead back to a meeting."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QToolButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.helpers.person import click
from tests.ui.conftest import INVITATION_KALMAR, wait_ready
from tests.ui.wizard_driver import Person, Scenario, open_wizard, run_wizard
from vardmote_desktop.app import create_log_engine
from vardmote_desktop.config.paths import user_paths
from vardmote_desktop.domain.types import MeetingStatus
from vardmote_desktop.store.models import StatisticsMonthCache
from vardmote_desktop.ui.launcher import Launcher


def test_log_and_statistics_open_from_the_menu(
    qtbot: QtBot, launch: Callable[..., Launcher]
) -> None:
    window = launch("--profile", "kalmar", "--unit", "HC Torsås").window
    assert window is not None
    wait_ready(qtbot, window)
    scenario = Scenario(
        people=[Person("Handläggare Åkesson", phone="070-000 00 41")], invitation=INVITATION_KALMAR
    )
    meeting_id = run_wizard(
        qtbot, open_wizard(qtbot, window, "Distansmöte mellan huvudmän"), scenario
    )

    window.tools.log_action.trigger()
    log_window = window.tools.log_window
    assert log_window is not None and log_window.isVisible()
    qtbot.waitUntil(lambda: log_window.model.rowCount() == 1, timeout=10_000)
    with qtbot.waitSignal(window.detailShown, timeout=10_000):
        log_window.openMeeting.emit(meeting_id)  # what Enter on the row does
    assert window.detail.detail is not None and window.detail.detail.summary.id == meeting_id

    # The actions that still apply are in the log's detail pane too.
    with qtbot.waitSignal(log_window.detailShown, timeout=10_000):
        log_window.table.selectRow(0)
    cancel = next(
        b
        for b in log_window.detail.findChildren(QToolButton)
        if b.defaultAction() is log_window.meeting_actions.cancel
    )
    with qtbot.waitSignal(log_window.meeting_actions.dialogOpened) as opened:
        click(qtbot, cancel)
    box = opened.args[0]
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(log_window.detailShown, timeout=10_000):
        click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    assert log_window.detail.detail is not None
    assert log_window.detail.detail.summary.status is MeetingStatus.CANCELLED

    window.tools.statistics_action.trigger()
    statistics = window.tools.statistics_window
    assert statistics is not None and statistics.isWindow() and statistics.isVisible()
    qtbot.waitUntil(lambda: statistics.statistics is not None, timeout=10_000)
    figures = statistics.statistics
    assert figures is not None
    # The one meeting was cancelled above and its room is still there to delete.
    assert (figures.meetings, figures.cancelled, figures.rooms_not_deleted) == (0, 1, 1)

    window.close()
    assert not log_window.isVisible() and not statistics.isVisible()


def test_statistics_cache_is_filled_in_the_background_at_start(
    qtbot: QtBot, launch: Callable[..., Launcher]
) -> None:
    first = launch("--profile", "kalmar", "--unit", "HC Torsås")
    assert first.window is not None
    wait_ready(qtbot, first.window)
    scenario = Scenario(
        people=[Person("Handläggare Åkesson", phone="070-000 00 42")], invitation=INVITATION_KALMAR
    )
    run_wizard(qtbot, open_wizard(qtbot, first.window, "Distansmöte mellan huvudmän"), scenario)
    busy = first.window.busy
    qtbot.waitUntil(lambda: not busy(), timeout=10_000)
    first.window.close()

    again = launch("--profile", "kalmar", "--unit", "HC Torsås")
    assert again.window is not None and again.window.context is None
    # A new name: the type checker would keep again.window.context narrowed to None below.
    window = again.window
    wait_ready(qtbot, window)
    qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
    context = window.context
    assert context is not None
    engine = create_log_engine(context.settings, user_paths())  # the log is encrypted
    try:
        with engine.connect() as connection:
            months = connection.scalars(select(StatisticsMonthCache.month)).all()
    finally:
        engine.dispose()
    assert months == [context.meetings.now().strftime("%Y-%m")]
