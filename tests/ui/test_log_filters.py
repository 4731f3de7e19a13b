"""Every filter of *Möteslogg*, set as a person sets it, shows what `vardmote-desktop export` gives.

The log holds four meetings (tests/helpers/log_data.book_mix), one of them cancelled. Each
filter is chosen in the window by clicks, keys and typing; the rows shown are then compared,
cell for cell, with the CSV the export command writes for the same options.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from tests.helpers.log_data import book_mix
from tests.helpers.person import cell_text, click
from vardmote_desktop import commands
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.types import DeletionKind, EventAction, MeetingMode, MeetingType
from vardmote_desktop.services.changes import ChangeBus
from vardmote_desktop.services.dto import MeetingPlan
from vardmote_desktop.services.log import LogService
from vardmote_desktop.services.meetings import MeetingService
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.events import EventRepository
from vardmote_desktop.store.migrate import upgrade_to_head
from vardmote_desktop.ui.log import texts as log_texts
from vardmote_desktop.ui.log.filters import log_day
from vardmote_desktop.ui.log.pdf import write_pdf
from vardmote_desktop.ui.log.window import LogWindow

if TYPE_CHECKING:
    from vardmote_desktop.services.context import AppContext

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


class Log(SimpleNamespace):
    window: LogWindow
    ids: dict[str, int]
    url: str
    folder: Path
    factory: sessionmaker[Session]


@pytest.fixture
def log(qtbot: QtBot, tmp_path: Path, swedish_qt: None) -> Iterator[Log]:
    url = f"sqlite:///{tmp_path / 'logg.db'}"
    engine = create_store_engine(url)
    upgrade_to_head(engine)
    profile = load_profiles()["kalmar"]
    settings = Settings(profile="kalmar", unit="HC Torsås", user_name="Samordnare Test")
    bus = ChangeBus()
    factory = make_session_factory(engine, on_commit=bus.committed)
    ids = book_mix(factory, settings, profile, lambda: NOW)
    service = LogService(factory, settings, profile, lambda: NOW)
    context = cast("AppContext", SimpleNamespace(log=service, profile=profile, changes=bus))
    window = LogWindow(context, export_folder=tmp_path)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.model.rowCount() == 4 and not window.busy())
    yield Log(window=window, ids=ids, url=url, folder=tmp_path, factory=factory)
    window.close()
    qtbot.waitUntil(lambda: not window.busy())
    engine.dispose()


def _shown_cells(window: LogWindow) -> list[list[str]]:
    model = window.model
    rows = [model.row_at(i) for i in range(model.rowCount())]
    return [log_texts.export_cells(row) for row in rows if row is not None]


def _exported(log: Log, capsys: pytest.CaptureFixture[str], *options: str) -> list[list[str]]:
    """The CSV rows (without the header) that the export command writes with these options."""
    out = log.folder / "export.csv"
    argv = ["--format", "csv", "--out", str(out), "--database", log.url, *options]
    renderers = commands.Renderers(texts=log_texts.export_texts, write_pdf=write_pdf)
    assert commands.export(argv, renderers) == 0
    printed = capsys.readouterr().out
    with out.open(encoding="utf-8-sig", newline="") as stream:
        table = list(csv.reader(stream, delimiter=";"))
    assert f"{len(table) - 1} " in printed
    return table[1:]


def _settle(qtbot: QtBot, log: Log, count: int) -> None:
    """Wait for the filtered rows and the count in the status line."""
    window = log.window
    qtbot.waitUntil(
        lambda: (
            not window.busy()
            and window.model.rowCount() == count
            and window.status.text().startswith(f"{count} ")
        ),
        timeout=5000,
    )


def _choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Click the combo box, close its list, and step with the arrow keys to the wanted item."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(combo.view().isVisible)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not combo.view().isVisible())
    # The offscreen platform does not give the window back its activation after a popup, as
    # a desktop does: do that, and the focus is the combo box's again.
    combo.window().activateWindow()
    qtbot.waitUntil(combo.hasFocus)
    key = Qt.Key.Key_Down if combo.findText(text) > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(combo.count()):
        if combo.currentText() == text:
            break
        qtbot.keyClick(combo, key)
    assert combo.currentText() == text


def _agree(qtbot: QtBot, log: Log, capsys: pytest.CaptureFixture[str], *options: str) -> int:
    exported = _exported(log, capsys, *options)
    _settle(qtbot, log, len(exported))
    assert _shown_cells(log.window) == exported
    return len(exported)


def test_cancelled_filter_agrees_with_the_export(
    qtbot: QtBot, log: Log, capsys: pytest.CaptureFixture[str]
) -> None:
    bar = log.window.filters
    _choose(qtbot, bar.cancelled, "Utan inställda")
    assert _agree(qtbot, log, capsys, "--cancelled", "exclude") == 3
    _choose(qtbot, bar.cancelled, "Endast inställda")
    assert _agree(qtbot, log, capsys, "--cancelled", "only") == 1
    assert "HC Torsås 3" in _shown_cells(log.window)[0]
    assert "Endast inställda" in log_texts.describe(log.window.model.query)
    _choose(qtbot, bar.cancelled, "Med inställda")
    assert _agree(qtbot, log, capsys, "--cancelled", "include") == 4


def test_type_room_and_check_boxes_agree_with_the_export(
    qtbot: QtBot, log: Log, capsys: pytest.CaptureFixture[str]
) -> None:
    bar = log.window.filters
    _choose(qtbot, bar.meeting_type, "Distansmöte mellan huvudmän")
    assert _agree(qtbot, log, capsys, "--type", "distance") == 2
    _choose(qtbot, bar.meeting_type, "Alla typer")
    _choose(qtbot, bar.room_state, "Finns kvar")
    assert _agree(qtbot, log, capsys, "--room-state", "active") == 3
    _choose(qtbot, bar.room_state, "Alla rum")
    click(qtbot, bar.room_left)
    assert _agree(qtbot, log, capsys, "--room-left") == 3
    click(qtbot, bar.unconfirmed)
    assert _agree(qtbot, log, capsys, "--room-left", "--unconfirmed") == 1
    click(qtbot, bar.room_left)
    assert _agree(qtbot, log, capsys, "--unconfirmed") == 1


def test_dates_typed_after_a_click_and_after_tab_filter_like_the_export(
    qtbot: QtBot, log: Log, capsys: pytest.CaptureFixture[str]
) -> None:
    bar = log.window.filters
    start = bar.date_from.edit
    assert start.placeholderText() == "Alla datum" and start.text() == ""
    click(qtbot, start)
    assert start.hasFocus()
    qtbot.keyClicks(start, "20260201")
    assert start.text() == "20260201"  # never "Alla datum20260201"
    assert _agree(qtbot, log, capsys, "--from", "2026-02-01") == 3

    # Tab from the start date past its calendar button into the end date.
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    qtbot.keyClick(log.window.focusWidget(), Qt.Key.Key_Tab)
    end = bar.date_to.edit
    assert end.hasFocus()
    qtbot.keyClicks(end, "2026-02-28")
    assert _agree(qtbot, log, capsys, "--from", "2026-02-01", "--to", "2026-02-28") == 1

    # Tab back into the start date: the whole value is selected, typing replaces it.
    qtbot.keyClick(end, Qt.Key.Key_Backtab)
    qtbot.keyClick(log.window.focusWidget(), Qt.Key.Key_Backtab)
    assert start.hasFocus() and start.selectedText() == "20260201"
    qtbot.keyClicks(start, "2026-01-01")
    assert start.text() == "2026-01-01"
    assert _agree(qtbot, log, capsys, "--from", "2026-01-01", "--to", "2026-02-28") == 2
    assert "Datum: 2026-01-01 – 2026-02-28" in log_texts.describe(log.window.model.query)


def test_a_wrong_date_is_explained_and_changes_nothing(
    qtbot: QtBot, log: Log, capsys: pytest.CaptureFixture[str]
) -> None:
    bar = log.window.filters
    click(qtbot, bar.date_to.edit)
    qtbot.keyClicks(bar.date_to.edit, "2026-13-01")
    qtbot.waitUntil(lambda: bar.date_problem.isVisible(), timeout=5000)
    assert "”2026-13-01” är inget datum" in bar.date_problem.text()
    assert log.window.model.rowCount() == 4
    qtbot.keyClick(bar.date_to.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(bar.date_to.edit, Qt.Key.Key_Delete)  # empty again: every date
    qtbot.waitUntil(lambda: not bar.date_problem.isVisible(), timeout=5000)
    assert _agree(qtbot, log, capsys) == 4


def test_a_date_without_a_year_is_this_years_in_the_log() -> None:
    today = date(2026, 1, 10)
    assert log_day("3/12", today) == date(2026, 12, 3)  # not next year's, as in the wizard
    assert log_day("3 dec 2025", today) == date(2025, 12, 3)
    assert log_day("idag", today) == today
    assert log_day("Alla datum20261202", today) is None


def test_the_detail_panes_history_says_how_a_room_was_deleted_in_swedish(
    qtbot: QtBot, log: Log
) -> None:
    with log.factory.begin() as session:
        events = EventRepository(session)
        for how, automatic in ((DeletionKind.MANUAL, False), (DeletionKind.API, True)):
            events.append(
                EventAction.ROOM_DELETED,
                "Samordnare Test",
                meeting_id=log.ids["jan"],
                details={"room": "HC Torsås 1", "how": how.value, "automatic": automatic},
                at=NOW,
            )
    window = log.window
    row = next(
        i
        for i in range(window.model.rowCount())
        if (r := window.model.row_at(i)) and r.id == log.ids["jan"]
    )
    with qtbot.waitSignal(window.detailShown, timeout=5000):
        window.table.setFocus()
        window.table.selectRow(row)
    history = window.detail.history
    lines = [cell_text(history, i, 2) for i in range(history.rowCount())]
    deleted = sorted(line for line in lines if line.startswith("Mötesrum borttaget"))
    assert deleted == [
        "Mötesrum borttaget automatiskt: HC Torsås 1, via servern",  # the app's own run
        "Mötesrum borttaget: HC Torsås 1, för hand, bekräftat i Vårdmöte",
    ]
    for code in ("manual", "api", "cms", "room_deleted", "True"):
        assert all(code not in line for line in lines), code


def test_the_filter_bar_has_one_name_per_field_and_no_shared_shortcut(log: Log) -> None:
    bar = log.window.filters
    names = [w.accessibleName() for w in bar.findChildren(QWidget) if w.accessibleName()]
    assert len(names) == len(set(names))
    assert {"Från och med datum", "Till och med datum"} <= set(names)
    texts = [w.text() for w in bar.findChildren(QLabel)]
    texts += [w.text() for w in bar.findChildren(QAbstractButton)]
    shortcuts = [text.split("&")[1][:1].lower() for text in texts if "&" in text]
    assert len(shortcuts) == len(set(shortcuts))


def test_the_detail_pane_says_minut_for_one_minute(qtbot: QtBot, log: Log) -> None:
    window = log.window
    settings = Settings(profile="kalmar", unit="HC Torsås", user_name="Samordnare Test")
    profile = load_profiles()["kalmar"]
    service = MeetingService(log.factory, settings, profile, lambda: NOW)
    short = service.book(
        MeetingPlan(
            meeting_type=MeetingType.OTHER,
            mode=MeetingMode.PHYSICAL,
            starts_at=datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
            duration_minutes=1,
        )
    )
    qtbot.waitUntil(lambda: window.model.rowCount() == 5 and not window.busy(), timeout=5000)
    shown = [r.id for i in range(window.model.rowCount()) if (r := window.model.row_at(i))]
    with qtbot.waitSignal(window.detailShown, timeout=5000):
        window.table.setFocus()
        window.table.selectRow(shown.index(short))
    heading = window.detail.heading.text()
    assert ", 1 minut<br>" in heading and "1 minuter" not in heading
