"""*Kontrollera historiken* in the Visa menu: whole history, then one altered outside the app."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.helpers.person import click
from tests.store.builders import meeting
from tests.ui.conftest import wait_ready
from vardmote_desktop.app import create_log_engine
from vardmote_desktop.config.paths import user_paths
from vardmote_desktop.domain.types import EventAction
from vardmote_desktop.store.engine import make_session_factory
from vardmote_desktop.store.events import EventRepository
from vardmote_desktop.store.units import get_or_create_unit
from vardmote_desktop.ui.launcher import Launcher
from vardmote_desktop.ui.main_window import MainWindow


def _check(qtbot: QtBot, window: MainWindow) -> str:
    """Choose the action in the Visa menu; the result box's text (the box is then closed)."""
    menu_titles = [a.text() for a in window.menuBar().actions()]
    assert "&Visa" in menu_titles
    with qtbot.waitSignal(window.dialogOpened, timeout=10_000) as opened:
        window.tools.history_action.trigger()
    box = opened.args[0]
    assert isinstance(box, QMessageBox) and box.accessibleName()
    text = box.text()
    click(qtbot, box.button(QMessageBox.StandardButton.Ok))
    return text


def test_the_check_says_whole_then_names_the_altered_event(
    qtbot: QtBot, launch: Callable[..., Launcher]
) -> None:
    window = launch("--profile", "kalmar", "--unit", "HC Torsås").window
    assert window is not None
    wait_ready(qtbot, window)
    context = window.context
    assert context is not None
    engine = create_log_engine(context.settings, user_paths())  # the encrypted log, with its key
    try:
        with make_session_factory(engine)() as session:
            booked = meeting(get_or_create_unit(session, "HC Torsås"))
            session.add(booked)
            session.flush()
            events = EventRepository(session)
            events.append(EventAction.MEETING_BOOKED, "Anna", meeting_id=booked.id)
            altered = events.append(EventAction.ROOM_RECORDED, "Anna", meeting_id=booked.id).id
            session.commit()

        assert "Historiken är oförändrad: 2 händelser kontrollerade." in _check(qtbot, window)

        with engine.begin() as connection:  # someone with the key and plain SQL
            connection.exec_driver_sql(
                "UPDATE events SET actor = 'Någon annan' WHERE id = ?", (altered,)
            )
        text = _check(qtbot, window)
    finally:
        engine.dispose()
    assert f"händelse {altered} (room_recorded" in text
    assert "Brutna kedjor: 1" in text
