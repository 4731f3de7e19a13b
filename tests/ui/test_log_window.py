"""The log window as a reviewer uses it: search, filters, sort, detail, export via the dialog."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, cast

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.log_data import book_examples
from tests.helpers.person import click, type_text
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.types import RoomState
from vardmote_desktop.services.changes import ChangeBus
from vardmote_desktop.services.log import LogService
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.migrate import upgrade_to_head
from vardmote_desktop.ui.log.export_dialog import ExportDialog
from vardmote_desktop.ui.log.texts import describe
from vardmote_desktop.ui.log.window import LogWindow

if TYPE_CHECKING:
    from vardmote_desktop.services.context import AppContext

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def window(
    qtbot: QtBot, tmp_path: Path, swedish_qt: None
) -> Iterator[tuple[LogWindow, dict[str, int]]]:
    engine = create_store_engine(f"sqlite:///{tmp_path / 'logg.db'}")
    upgrade_to_head(engine)
    profile = load_profiles()["kalmar"]
    settings = Settings(profile="kalmar", unit="HC Torsås", user_name="Samordnare Test")
    bus = ChangeBus()
    factory = make_session_factory(engine, on_commit=bus.committed)
    ids = book_examples(factory, settings, profile, lambda: NOW)
    service = LogService(factory, settings, profile, lambda: NOW)
    # The window needs only these three of the application's services.
    context = cast("AppContext", SimpleNamespace(log=service, profile=profile, changes=bus))
    chosen = tmp_path / "vald.csv"
    log_window = LogWindow(context, choose_file=lambda *_args: str(chosen), export_folder=tmp_path)
    qtbot.addWidget(log_window)
    log_window.show()
    qtbot.waitUntil(lambda: log_window.model.rowCount() == 3 and not log_window.busy())
    yield log_window, ids
    log_window.close()
    qtbot.waitUntil(lambda: not log_window.busy())
    engine.dispose()


def _shown(window: LogWindow) -> list[int]:
    model = window.model
    return [row.id for i in range(model.rowCount()) if (row := model.row_at(i)) is not None]


def test_search_box_with_swedish_letters(
    qtbot: QtBot, window: tuple[LogWindow, dict[str, int]]
) -> None:
    log_window, ids = window
    with qtbot.waitSignal(log_window.countShown, timeout=5000) as counted:
        type_text(log_window.filters.search, "Åsa Ö")
    assert counted.args == [1]
    qtbot.waitUntil(lambda: _shown(log_window) == [ids["jan"]])
    assert log_window.status.text() == "1 möte"


def test_filters_toggle_and_combine(qtbot: QtBot, window: tuple[LogWindow, dict[str, int]]) -> None:
    log_window, ids = window
    bar = log_window.filters
    click(qtbot, bar.unconfirmed)
    qtbot.waitUntil(lambda: _shown(log_window) == [ids["jan"]])
    click(qtbot, bar.unconfirmed)
    qtbot.waitUntil(lambda: len(_shown(log_window)) == 3)
    bar.room_state.setCurrentIndex(bar.room_state.findData(RoomState.ACTIVE))
    qtbot.waitUntil(lambda: _shown(log_window) == [ids["feb"], ids["jan"]])
    click(qtbot, bar.room_left)  # both meetings are over and their rooms still exist
    qtbot.waitUntil(lambda: not log_window.busy())
    assert _shown(log_window) == [ids["feb"], ids["jan"]]
    assert "Rum ej borttaget" in describe(log_window.model.query)


def test_click_header_sorts_and_selecting_shows_detail(
    qtbot: QtBot, window: tuple[LogWindow, dict[str, int]]
) -> None:
    log_window, ids = window
    assert _shown(log_window) == [ids["mar"], ids["feb"], ids["jan"]]  # newest first
    header = log_window.table.horizontalHeader()
    x = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: _shown(log_window) == [ids["jan"], ids["feb"], ids["mar"]])

    with qtbot.waitSignal(log_window.detailShown, timeout=5000) as shown:
        log_window.table.setFocus()
        log_window.table.selectRow(0)
    assert shown.args == [ids["jan"]]
    assert "Referens: SP-0077" in log_window.detail.heading.text()
    with qtbot.waitSignal(log_window.openMeeting) as opened:
        qtbot.keyClick(log_window.table, Qt.Key.Key_Return)
    assert opened.args == [ids["jan"]]


def test_export_through_the_dialog(
    qtbot: QtBot, window: tuple[LogWindow, dict[str, int]], tmp_path: Path
) -> None:
    log_window, _ids = window
    type_text(log_window.filters.search, "kommun")
    log_window.filters.apply_now()
    qtbot.waitUntil(lambda: len(_shown(log_window)) == 3 and not log_window.busy())
    with qtbot.waitSignal(log_window.exportDialogOpened) as opened:
        click(qtbot, log_window.export_button)
    dialog = opened.args[0]
    assert isinstance(dialog, ExportDialog) and isinstance(dialog, QWidget)
    assert "Sökning: ”kommun”" in dialog.findChildren(type(log_window.status))[0].text()
    dialog.browse()  # the injected file chooser answers vald.csv
    assert dialog.chosen_path == tmp_path / "vald.csv"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(log_window.exportFinished, timeout=10_000) as finished:
        click(qtbot, ok)
    assert finished.args == [tmp_path / "vald.csv"]
    with (tmp_path / "vald.csv").open(encoding="utf-8-sig", newline="") as stream:
        table = list(csv.reader(stream, delimiter=";"))
    assert len(table) == 4 and table[0][0] == "Datum och tid"
    assert "3 möten exporterade" in log_window.statusBar().currentMessage()
