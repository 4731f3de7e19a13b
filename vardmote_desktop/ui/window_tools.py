"""The main window's tools: settings, Städa rum, the log, statistics, retention and reminders."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from vardmote_desktop.config.settings import Settings

if TYPE_CHECKING:
    from vardmote_desktop.services.context import AppContext
    from vardmote_desktop.ui.log.window import LogWindow
    from vardmote_desktop.ui.main_window import MainWindow
    from vardmote_desktop.ui.reminders import ReminderTray
    from vardmote_desktop.ui.statistics_window import StatisticsWindow


class WindowTools(QObject):
    """Owns the tool actions and the windows and tray they open; the main window shows them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.tray: ReminderTray | None = None
        self.log_window: LogWindow | None = None
        self.statistics_window: StatisticsWindow | None = None

        def make(text: str, slot: Any, shortcut: QKeySequence | None = None) -> QAction:
            action = QAction(text, window)
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
        self.actions = [
            self.settings_action,
            self.cleanup_action,
            self.log_action,
            self.statistics_action,
            self.retention_action,
        ]

    def set_ready(self, ready: bool) -> None:
        for action in self.actions:
            action.setEnabled(ready)

    # --- log, statistics, retention, reminders -------------------------------------------------
    def open_log(self) -> None:
        context = self._window.context
        if context is None:
            return
        from vardmote_desktop.ui.log.window import LogWindow

        if self.log_window is None:
            self.log_window = LogWindow(context, self._window)
            self.log_window.openMeeting.connect(self._window.bring_up_meeting)
        self.log_window.show()
        self.log_window.raise_()

    def open_statistics(self) -> None:
        context = self._window.context
        if context is None:
            return
        from vardmote_desktop.ui.statistics_window import StatisticsWindow

        if self.statistics_window is None:
            self.statistics_window = StatisticsWindow(context, self._window)
            self.statistics_window.setWindowFlag(Qt.WindowType.Window)  # its own window
            self.statistics_window.refresh()  # the last twelve months, at once
        self.statistics_window.show()
        self.statistics_window.raise_()

    def run_retention(self) -> None:
        context = self._window.context
        if context is None:
            return

        def done(result: Any) -> None:
            QMessageBox.information(
                self._window,
                self.tr("Gamla möten"),
                self.tr("%1 möten äldre än %2 månader rensades; statistiken finns kvar.")
                .replace("%1", str(result.count))
                .replace("%2", str(result.months)),
            )
            self._window.refresh()

        self._window.run(context.retention.run_now, done)

    def warm_statistics(self, context: AppContext) -> None:
        """Fill the monthly statistics cache in the background once the log is open.

        On a large log the first computation takes about a second (a million meetings); done
        here, Statistik opens from the cache (about 0.15 s) when the user asks for it.
        """
        import logging

        def failed(exc: BaseException) -> None:
            logging.getLogger(__name__).warning("statistics warm-up: %s", type(exc).__name__)

        statistics = context.statistics
        self._window.run(
            lambda: statistics.compute(*statistics.default_period()), lambda _: None, failed
        )

    def start_reminders(self, context: AppContext) -> None:
        from vardmote_desktop.ui.reminders import ReminderTray

        window = self._window
        self.tray = ReminderTray(context, context.meetings.now, window)
        self.tray.attach_banner(window.banner)
        self.tray.openMeeting.connect(window.bring_up_meeting)
        self.tray.showRequested.connect(window.bring_up)
        self.tray.quitRequested.connect(window.close)
        self.tray.start()

    def close(self) -> None:
        if self.tray is not None:
            self.tray.stop()
        for tool_window in (self.log_window, self.statistics_window):
            if tool_window is not None:
                tool_window.close()

    # --- settings and Städa rum ----------------------------------------------------------------
    def open_settings(self) -> None:
        window, context = self._window, self._window.context
        if context is None:
            return
        from vardmote_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(window.settings, window.profiles, context.platforms, window)
        dialog.accepted.connect(lambda: self._settings_changed(dialog.result_settings()))
        window.dialogOpened.emit(dialog)
        dialog.open()

    def _settings_changed(self, new: Settings) -> None:
        window, context = self._window, self._window.context
        assert context is not None
        window.save_settings(new)
        # The video platform applies at once; profile, unit and database after a restart,
        # as the dialog tells the user.
        context.platforms.apply(new)
        window.settings = new

    def open_cleanup(self) -> None:
        window, context = self._window, self._window.context
        if context is None:
            return
        from vardmote_desktop.ui.cleanup_dialog import CleanupDialog

        dialog = CleanupDialog(context.reconcile, context.rooms, context.profile, window)
        dialog.changed.connect(window.refresh)
        window.dialogOpened.emit(dialog)
        dialog.open()
