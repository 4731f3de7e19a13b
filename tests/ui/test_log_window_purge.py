"""The log window open while the retention purge works through a backlog.

Every batch of the purge (200 meetings) is a commit and an event, heard by every window here
and on the other PCs. The log window used to read its search again from the first page for each
one: on a first start after a year's backlog, hundreds of times, the table reset under the
reader's eyes with their selection and place lost. Now it reads again only the rows it has that
a batch may have removed, and the count.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, cast

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from benchmarks.fill import fill_engine
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.services.changes import ChangeBus, Changes
from vardmote_desktop.services.log import LogService
from vardmote_desktop.services.retention import RetentionResult, RetentionService
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.models import Meeting
from vardmote_desktop.ui import texts as ui_texts
from vardmote_desktop.ui.log.window import LogWindow

if TYPE_CHECKING:
    from vardmote_desktop.services.context import AppContext

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)  # fill.py's history ends in mid-2026
FILLED = 3000


class Unit(SimpleNamespace):
    window: LogWindow
    engine: Engine
    retention: RetentionService
    bus: ChangeBus


@pytest.fixture
def unit(qtbot: QtBot, tmp_path: Path, swedish_qt: None) -> Iterator[Unit]:
    engine = create_store_engine(f"sqlite:///{tmp_path / 'logg.db'}")
    fill_engine(engine, FILLED, quiet=True)
    profile = load_profiles()["kalmar"]
    settings = Settings(profile="kalmar", unit="HC Torsås", user_name="Test", retention_months=12)
    bus = ChangeBus()
    factory = make_session_factory(engine, on_commit=bus.committed)
    context = SimpleNamespace(
        log=LogService(factory, settings, profile, lambda: NOW), profile=profile, changes=bus
    )
    window = LogWindow(cast("AppContext", context), export_folder=tmp_path)
    qtbot.addWidget(window)
    window.resize(1100, 600)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 200 and not window.busy(), timeout=10_000)
    retention = RetentionService(factory, settings, profile, lambda: NOW)
    yield Unit(window=window, engine=engine, retention=retention, bus=bus)
    window.close()
    qtbot.waitUntil(lambda: not window.busy())
    engine.dispose()


def in_log(engine: Engine) -> set[int]:
    with engine.connect() as connection:
        return set(connection.scalars(select(Meeting.id)))


def purge_elsewhere(qtbot: QtBot, unit: Unit) -> tuple[RetentionResult, list[Changes]]:
    """The purge on a worker thread, as the app runs it; every batch heard by the window."""
    heard: list[Changes] = []
    unit.bus.subscribe(heard.append)
    result: list[RetentionResult] = []
    worker = threading.Thread(target=lambda: result.append(unit.retention.run_now()))
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=120_000)
    worker.join()
    qtbot.waitUntil(lambda: not unit.window.busy(), timeout=10_000)
    return result[0], [c for c in heard if c.purged_through is not None]


def click_row(qtbot: QtBot, window: LogWindow, row: int) -> int:
    index = window.model.index(row, 1)
    window.table.scrollTo(index)
    centre = window.table.visualRect(index).center()
    with qtbot.waitSignal(window.detailShown, timeout=5000) as shown:
        qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    return int(shown.args[0])


def test_newest_first_the_reader_keeps_their_row_and_place(qtbot: QtBot, unit: Unit) -> None:
    window = unit.window
    chosen = click_row(qtbot, window, 150)
    place = window.table.verticalScrollBar().value()
    assert place > 0
    resets: list[None] = []
    window.model.modelReset.connect(lambda: resets.append(None))
    counted: list[int] = []
    window.countShown.connect(counted.append)

    result, batches = purge_elsewhere(qtbot, unit)

    assert result.count > FILLED // 2 and len(batches) >= result.count // 200 >= 7
    assert resets == []  # the table was never read again from the first page
    assert window.model.row_at(window.table.currentIndex().row()).id == chosen  # type: ignore[union-attr]
    assert window.table.verticalScrollBar().value() == place
    assert window.detail.detail is not None and window.detail.detail.summary.id == chosen
    left = in_log(unit.engine)
    qtbot.waitUntil(lambda: bool(counted) and counted[-1] == len(left), timeout=10_000)
    assert window.status.text() == ui_texts.meetings(len(left))
    assert {row.id for row in window.model.loaded()} <= left


def test_oldest_first_the_purged_rows_leave_and_the_pages_stay_whole(
    qtbot: QtBot, unit: Unit
) -> None:
    window = unit.window
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
    with qtbot.waitSignal(window.model.pageLoaded, timeout=10_000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: not window.model.query.descending and not window.busy())
    oldest = [row.id for row in window.model.loaded()]
    assert len(oldest) == 200

    result, _batches = purge_elsewhere(qtbot, unit)

    assert result.count > FILLED // 2
    purged = set(oldest) - in_log(unit.engine)
    assert len(purged) > 150  # all but the few kept for a room still there
    qtbot.waitUntil(lambda: not purged.intersection(loaded_ids(window)), timeout=10_000)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and not window.busy(), timeout=10_000)
    assert loaded_ids(window) == afresh(unit, window.model.rowCount())
    # The next page, read by its offset, starts where a search made afresh would have it.
    shown = window.model.rowCount()
    with qtbot.waitSignal(window.model.pageLoaded, timeout=10_000):
        window.table.scrollToBottom()
    assert window.model.rowCount() > shown
    assert loaded_ids(window) == afresh(unit, window.model.rowCount())
    total = len(in_log(unit.engine))
    qtbot.waitUntil(lambda: window.status.text() == ui_texts.meetings(total), timeout=10_000)


def loaded_ids(window: LogWindow) -> list[int]:
    return [row.id for row in window.model.loaded()]


def afresh(unit: Unit, rows: int) -> list[int]:
    """The first `rows` of the window's search, read now from the first page."""
    log = unit.window._context.log
    return [row.id for row in log.page(unit.window.model.query, 0, rows).rows]
