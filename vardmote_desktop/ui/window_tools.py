"""The main window's tools: settings, Städa rum, the log, statistics, retention and reminders."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from vardmote_desktop.config.settings import Settings
from vardmote_desktop.ui import texts
from vardmote_desktop.ui.history_check import history_broken_text
from vardmote_desktop.ui.widgets import open_message

if TYPE_CHECKING:
    from vardmote_desktop.domain.profiles import SiteProfile
    from vardmote_desktop.services.context import AppContext
    from vardmote_desktop.ui.log.window import LogWindow
    from vardmote_desktop.ui.reminders import ReminderBanner, ReminderTray
    from vardmote_desktop.ui.room_lifecycle import RoomAutoCleanup
    from vardmote_desktop.ui.runner import Run
    from vardmote_desktop.ui.statistics_window import StatisticsWindow


@dataclass(frozen=True)
class ToolHooks:
    """What the tools call back in the window that shows them, named one by one."""

    run: Run  # slow work on the window's workers
    refresh: Callable[[], None]  # reload the meeting list
    open_meeting: Callable[[int], None]  # the window in front, showing this meeting
    bring_up: Callable[[], None]  # the window in front (from the tray)
    quit: Callable[[], object]  # close the application (from the tray)
    dialog_opened: Callable[[QWidget], None]  # a tool's dialog is open (tests wait for it)
    settings: Callable[[], Settings]  # the settings in force
    settings_changed: Callable[[Settings], None]  # save these and use them from now on


class WindowTools(QObject):
    """Owns the tool actions and the windows and tray they open; the main window shows them.

    It gets its collaborators explicitly: the parent widget for its actions and windows, the
    window's callbacks (`ToolHooks`), the site profiles, the reminder banner and, once the
    meeting log is open, the `AppContext` (`attach`).
    """

    def __init__(
        self,
        parent: QWidget,
        hooks: ToolHooks,
        profiles: dict[str, SiteProfile],
        banner: ReminderBanner,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._hooks = hooks
        self._profiles = profiles
        self._banner = banner
        self.context: AppContext | None = None
        self.tray: ReminderTray | None = None
        self.log_window: LogWindow | None = None
        self.statistics_window: StatisticsWindow | None = None
        self.auto_cleanup: RoomAutoCleanup | None = None

        def make(text: str, slot: Any, shortcut: QKeySequence | None = None) -> QAction:
            action = QAction(text, parent)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(slot)
            return action

        self.settings_action = make(
            self.tr("&Inställningar…"),
            self.open_settings,
            QKeySequence(QKeySequence.StandardKey.Preferences),
        )
        self.cleanup_action = make(self.tr("&Städa rum…"), self.open_cleanup)
        self.log_action = make(self.tr("&Möteslogg…"), self.open_log, QKeySequence("Ctrl+L"))
        self.statistics_action = make(self.tr("&Statistik…"), self.open_statistics)
        self.retention_action = make(self.tr("&Rensa gamla möten nu"), self.run_retention)
        self.contacts_action = make(self.tr("&Kontakter…"), self.open_contacts)
        self.actions = [
            self.settings_action,
            self.cleanup_action,
            self.log_action,
            self.statistics_action,
            self.retention_action,
            self.contacts_action,
        ]
        self.history_action = make(self.tr("Kontrollera &historiken"), self.check_history)
        self.actions.append(self.history_action)

    def set_ready(self, ready: bool) -> None:
        for action in self.actions:
            action.setEnabled(ready)

    def attach(self, context: AppContext) -> None:
        """The meeting log is open: the tools work on it, and the reminders start."""
        self.context = context
        self._start_reminders(context)
        self._start_auto_cleanup(context)

    # --- log, statistics, retention, reminders -------------------------------------------------
    def open_log(self) -> None:
        context = self.context
        if context is None:
            return
        from vardmote_desktop.ui.log.window import LogWindow

        if self.log_window is None:
            self.log_window = LogWindow(context, self._parent)
            self.log_window.openMeeting.connect(self._hooks.open_meeting)
        self.log_window.show()
        self.log_window.raise_()

    def open_statistics(self) -> None:
        context = self.context
        if context is None:
            return
        from vardmote_desktop.ui.statistics_window import StatisticsWindow

        if self.statistics_window is None:
            self.statistics_window = StatisticsWindow(context, self._parent)
            self.statistics_window.setWindowFlag(Qt.WindowType.Window)  # its own window
            self.statistics_window.refresh()  # the last twelve months, at once
        self.statistics_window.show()
        self.statistics_window.raise_()

    def run_retention(self) -> None:
        context = self.context
        if context is None:
            return

        def done(result: Any) -> None:
            months = texts.count(result.months, self.tr("%n månad"), self.tr("%n månader"))
            text = (
                self.tr("%1 äldre än %2 rensades; statistiken finns kvar.")
                .replace("%1", texts.meetings(result.count))
                .replace("%2", months)
            )
            info = QMessageBox.Icon.Information
            open_message(
                self._parent, info, self.tr("Gamla möten"), text, self._hooks.dialog_opened
            )
            self._hooks.refresh()

        self._hooks.run(context.retention.run_now, done)

    def check_history(self) -> None:
        """Verify the history's hash chain on a worker and say whether it is whole."""
        context = self.context
        if context is None or context.history is None:
            return

        def done(result: Any) -> None:
            if result.ok:
                checked = texts.count(
                    result.events, self.tr("%n händelse"), self.tr("%n händelser")
                )
                icon = QMessageBox.Icon.Information
                message = self.tr("Historiken är oförändrad: %1 kontrollerade.").replace(
                    "%1", checked
                )
            else:
                icon = QMessageBox.Icon.Warning
                message = history_broken_text(result)
            box = open_message(
                self._parent, icon, self.tr("Historiken"), message, self._hooks.dialog_opened
            )
            box.setAccessibleName(self.tr("Resultat av kontrollen av historiken"))

        self._hooks.run(context.history.check, done)

    def _start_reminders(self, context: AppContext) -> None:
        from vardmote_desktop.ui.reminders import ReminderTray

        self.tray = ReminderTray(context, context.meetings.now, self._parent)
        self.tray.attach_banner(self._banner)
        self.tray.openMeeting.connect(self._hooks.open_meeting)
        self.tray.showRequested.connect(self._hooks.bring_up)
        self.tray.quitRequested.connect(self._hooks.quit)
        self.tray.start()

    def _start_auto_cleanup(self, context: AppContext) -> None:
        """Rooms that close themselves: this PC takes its turn (services/lifecycle.py)."""
        if context.lifecycle is None:
            return
        from vardmote_desktop.ui.room_lifecycle import RoomAutoCleanup

        self.auto_cleanup = RoomAutoCleanup(context.lifecycle.run_once, context.changes, self)
        self.auto_cleanup.start()

    def close(self) -> None:
        if self.auto_cleanup is not None:
            self.auto_cleanup.stop()
        if self.tray is not None:
            self.tray.stop()
        for tool_window in (self.log_window, self.statistics_window):
            if tool_window is not None:
                tool_window.close()

    # --- settings and Städa rum ----------------------------------------------------------------
    def open_settings(self) -> None:
        context = self.context
        if context is None:
            return
        from vardmote_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self._hooks.settings(), self._profiles, context.platforms, self._parent
        )
        dialog.accepted.connect(lambda: self._settings_changed(dialog.result_settings()))
        self._hooks.dialog_opened(dialog)
        dialog.open()

    def _settings_changed(self, new: Settings) -> None:
        context = self.context
        assert context is not None
        self._hooks.settings_changed(new)  # saved first: nothing applies if saving fails
        # The video platform applies at once; profile, unit and database after a restart,
        # as the dialog tells the user.
        context.platforms.apply(new)

    def open_cleanup(self) -> None:
        context = self.context
        if context is None:
            return
        from vardmote_desktop.ui.cleanup_dialog import CleanupDialog

        dialog = CleanupDialog(context.reconcile, context.rooms, context.profile, self._parent)
        dialog.changed.connect(self._hooks.refresh)
        self._hooks.dialog_opened(dialog)
        dialog.open()

    # --- the unit's contacts -------------------------------------------------------------------
    def open_contacts(self) -> None:
        context = self.context
        if context is None or context.contacts is None:
            return
        from vardmote_desktop.domain.types import Channel
        from vardmote_desktop.ui.contacts_window import ContactsWindow

        dialog = ContactsWindow(
            context.contacts, context.profile.allows(Channel.COSMIC_MESSENGER), self._parent
        )
        self._hooks.dialog_opened(dialog)
        dialog.open()
