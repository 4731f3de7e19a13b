"""The main window's start after its first paint: the list first, then everything else.

Staff open the app many times a day to look at *Behöver åtgärd* (issue 14). The list comes
first, read through the bare driver (services/first_list.py) together with the list widget's
module; only then do the log's services (SQLAlchemy, requests) and the window's other parts
(wizards, dialogs) load, each on a worker, so neither delays the list nor stalls the window.
The retention purge comes last, in batches, once the list is there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QWidget

    from vardmote_desktop.config.settings import Settings
    from vardmote_desktop.services.context import AppContext
    from vardmote_desktop.services.list_rows import Overview
    from vardmote_desktop.ui.background_purge import BackgroundPurge
    from vardmote_desktop.ui.reminders import ReminderBanner
    from vardmote_desktop.ui.runner import Run


def read_first_list(first_list: Callable[[], Overview | None]) -> Overview | None:
    """On a worker: the font database, the list widget's module and the first list, so the GUI
    thread only builds and fills the widget."""
    from PySide6.QtGui import QFontDatabase

    # The first text anywhere makes Qt read the system's fonts (fontconfig: tens of ms). Its
    # functions are thread-safe, so it happens here, while the window waits, not on the GUI
    # thread at the first label (issue 14).
    QFontDatabase.families()
    import vardmote_desktop.ui.meeting_list  # noqa: F401

    return first_list()


def import_window_parts() -> None:
    """On a worker: the modules the window's _build imports, so the GUI thread finds them
    loaded."""
    from PySide6 import QtGui, QtWidgets

    import vardmote_desktop.ui.changes
    import vardmote_desktop.ui.errors
    import vardmote_desktop.ui.group_clock
    import vardmote_desktop.ui.main_menus
    import vardmote_desktop.ui.meeting_actions
    import vardmote_desktop.ui.meeting_detail
    import vardmote_desktop.ui.meeting_list
    import vardmote_desktop.ui.new_meeting
    import vardmote_desktop.ui.reminders
    import vardmote_desktop.ui.room_lifecycle
    import vardmote_desktop.ui.window_tools  # noqa: F401

    # A Qt class's Python enums are made at its first use (0.1–1.6 ms each): these are the ones
    # the window's build and its first events would otherwise make on the GUI thread.
    for used in (
        QtGui.QIcon,
        QtGui.QScrollEvent,
        QtGui.QPlatformSurfaceEvent,
        QtGui.QInputMethodEvent,
        QtGui.QContextMenuEvent,
        QtWidgets.QGraphicsSceneContextMenuEvent,
    ):
        used.__name__  # noqa: B018


def in_steps(
    going_on: Callable[[], bool],
    steps: Sequence[Callable[[], None]],
    at_the_end: Callable[[], None] | None = None,
) -> None:
    """The window's build, each step in an event of its own (3–7 ms each; issue 14), each
    from a 1 ms timer, which Qt fires after the posted events, so after the paint of what the
    step before added. The last step opens the log: its imports on a worker would slow that
    paint down (seen in runs with the log opened at the end of the step before). No step
    runs once `going_on` says no (the window was closed meanwhile). `at_the_end` runs however
    the steps end: all done, stopped, or a step raised."""
    from PySide6.QtCore import QTimer

    def step(index: int) -> None:
        if index >= len(steps) or not going_on():
            if at_the_end is not None:
                at_the_end()
            return
        try:
            steps[index]()
        except BaseException:
            if at_the_end is not None:
                at_the_end()
            raise
        QTimer.singleShot(1, lambda: step(index + 1))

    step(0)


def start_retention(
    window: QMainWindow, run: Run, context: AppContext, settings: Settings
) -> BackgroundPurge:
    """The retention purge in the background (ui/background_purge.py), asked to stop when the
    window closes: a backlog never delays the list or the closing."""
    from vardmote_desktop.ui.background_purge import BackgroundPurge

    purge = BackgroundPurge(window, run, settings)
    purge.start(context)
    # No keyring look-up here: its imports on a worker (keyring's every backend, secretstorage,
    # cryptography) stalled the GUI thread 13–22 ms just after the start. Whoever needs the
    # keyring asks it on a worker then (the settings dialog, a room's password, the log's key).
    return purge


def once(signal: Any, slot: Callable[[], None]) -> None:
    """Connect slot for the next emission only (listShown: the first painted list). Not Qt's
    SingleShotConnection: any Qt.* enum loads the whole Qt namespace, 50 ms on the GUI thread
    just before the list (issue 14)."""

    def fire(*_: object) -> None:
        signal.disconnect(fire)
        slot()

    signal.connect(fire)


def lay_out(window: QMainWindow, listing: QWidget, detail: QWidget) -> ReminderBanner:
    """The window's centre: the list beside the detail pane, the reminder banner above both
    (reminders where the desktop has no tray). Returns the banner."""
    from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

    from vardmote_desktop.ui.reminders import ReminderBanner

    splitter = QSplitter(window)
    splitter.addWidget(listing)
    splitter.addWidget(detail)
    splitter.setStretchFactor(0, 1)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([560, 640])
    central = QWidget(window)
    column = QVBoxLayout(central)
    column.setContentsMargins(0, 0, 0, 0)
    banner = ReminderBanner(central)
    column.addWidget(banner)
    column.addWidget(splitter, 1)
    window.setCentralWidget(central)
    return banner


def tell(
    parent: QWidget,
    title: str,
    exc: BaseException,
    opened: Callable[[QWidget], None],
    *,
    critical: bool = False,
) -> None:
    """The main window's message for an error: its Swedish text (ui/errors.py) in a box."""
    from PySide6.QtWidgets import QMessageBox

    from vardmote_desktop.ui.errors import user_message
    from vardmote_desktop.ui.widgets import open_message

    icon = QMessageBox.Icon.Critical if critical else QMessageBox.Icon.Warning
    open_message(parent, icon, title, user_message(exc), opened)
