"""Reminders in the system tray (*påminnelser*): notifications that open the meeting.

`ReminderTray` polls `context.reminders.due(clock())` on a worker every minute, whether the main
window is shown, minimised or hidden. Each new reminder is emitted as `notify` and shown as a
desktop notification when the platform has a system tray; otherwise it goes to an attached
`ReminderBanner` inside the window. Clicking the notification, a reminder in the tray menu or
the banner's button emits `openMeeting(meeting_id)`. Notifications name the meeting type, time
and room, never a person: anyone passing the screen can read them.

A manual room's reminder comes back as it escalates (at the end, after the grace, the next
morning) and says what to do in the site's video tool (Cisco Meeting or Pexip, from the
profile) to delete the room, then to mark it deleted here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QWidget,
)

from vardmote_desktop.ui import texts
from vardmote_desktop.ui.palette_colors import banner_colors
from vardmote_desktop.ui.workers import Worker, run_in_background

if TYPE_CHECKING:
    from vardmote_desktop.services.context import AppContext
    from vardmote_desktop.services.reminders import Reminder

log = logging.getLogger(__name__)

POLL_MS = 60_000
MENU_LIMIT = 10  # the newest reminders listed in the tray menu
MESSAGE_MS = 15_000


class ReminderBanner(QFrame):
    """The in-window notification used where the desktop has no system tray."""

    openMeeting = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Amber behind text that reads on it, light or dark theme (ui/palette_colors.py).
        background, text = banner_colors(self.palette())
        self.setStyleSheet(
            f"ReminderBanner {{ background: {background.name()}; }} "
            f"ReminderBanner QLabel {{ color: {text.name()}; }}"
        )
        self.setAccessibleName(self.tr("Påminnelse"))
        self.meeting_id: int | None = None
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Öppna mötet"), self)
        self.open_button.setAccessibleName(self.tr("Öppna mötet"))
        self.open_button.clicked.connect(self._open)
        self.close_button = QPushButton(self.tr("&Stäng"), self)
        self.close_button.setAccessibleName(self.tr("Stäng påminnelsen"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(self, title: str, body: str, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        self.text.setText(f"<b>{title}</b><br>{body}")
        self.show()

    def _open(self) -> None:
        if self.meeting_id is not None:
            self.openMeeting.emit(self.meeting_id)
        self.hide()


class ReminderTray(QObject):
    """The tray icon and its menu (*Visa Vårdmöte*, reminders, *Avsluta*), and the polling."""

    notify = Signal(object)  # a services.reminders.Reminder, once per reminder
    openMeeting = Signal(int)
    showRequested = Signal()
    quitRequested = Signal()
    polled = Signal()

    def __init__(
        self,
        context: AppContext,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
        *,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._clock = clock
        self._worker: Worker | None = None
        self._banner: ReminderBanner | None = None
        self.recent: list[Reminder] = []
        self.message_meeting_id: int | None = None  # what a click on the notification opens
        self.available = QSystemTrayIcon.isSystemTrayAvailable()

        self.icon = QSystemTrayIcon(self)
        style = QApplication.style()
        self.icon.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation))
        self.icon.setToolTip(self.tr("Vårdmöte"))
        self.icon.messageClicked.connect(self._message_clicked)
        self.icon.activated.connect(self._activated)
        self.menu = QMenu()  # a tray menu has no parent widget; kept alive by this object
        self.menu.setAccessibleName(self.tr("Vårdmöte"))
        self.show_action = QAction(self.tr("&Visa Vårdmöte"), self)
        self.show_action.triggered.connect(self.showRequested)
        self.quit_action = QAction(self.tr("&Avsluta"), self)
        self.quit_action.triggered.connect(self.quitRequested)
        self.reminder_actions: list[QAction] = []
        self._rebuild_menu()
        self.icon.setContextMenu(self.menu)

        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        """Show the icon (where there is a tray) and poll now and then every interval."""
        if self.available:
            self.icon.show()
        self.timer.start()
        self.poll()

    def stop(self) -> None:
        self.timer.stop()
        if self._worker is not None:
            self._worker.cancel()
        self.icon.hide()

    def attach_banner(self, banner: ReminderBanner) -> None:
        """Where there is no system tray, reminders are shown in this banner instead."""
        self._banner = banner
        banner.openMeeting.connect(self.openMeeting)

    def busy(self) -> bool:
        return self._worker is not None and self._worker.running

    # --- polling ------------------------------------------------------------------------------
    def poll(self) -> None:
        if self.busy():
            return  # a slow database must not pile up polls
        now = self._clock()
        reminders = self.context.reminders
        self._worker = run_in_background(self, lambda: reminders.due(now), self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        # A reminder poll is background work: the next poll retries, the log keeps the reason.
        log.warning("reminder poll failed: %s", type(exc).__name__)
        self.polled.emit()

    def _show(self, reminders: list[Reminder]) -> None:
        for reminder in reminders:
            self.notify.emit(reminder)
        if reminders:
            self.recent = (list(reminders) + self.recent)[:MENU_LIMIT]
            self._rebuild_menu()
            first = reminders[0]
            title, body = self.title(first), self.body(first)
            if len(reminders) > 1:
                more = texts.count(
                    len(reminders) - 1,
                    self.tr("(och %n påminnelse till)"),
                    self.tr("(och %n påminnelser till)"),
                )
                body = f"{body} {more}"
            self.message_meeting_id = first.meeting_id
            if self.available and QSystemTrayIcon.supportsMessages():
                icon = (
                    QSystemTrayIcon.MessageIcon.Critical
                    if first.stage == "next_morning"
                    else QSystemTrayIcon.MessageIcon.Warning
                )
                self.icon.showMessage(title, body, icon, MESSAGE_MS)
            elif self._banner is not None:
                self._banner.show_message(title, body, first.meeting_id)
        self.polled.emit()

    # --- texts --------------------------------------------------------------------------------
    def title(self, reminder: Reminder) -> str:
        if reminder.code == "room_not_deleted" and reminder.stage == "at_end":
            return self.tr("Ta bort mötesrummet")
        if reminder.code == "room_not_deleted" and reminder.stage == "next_morning":
            return self.tr("Rum ej borttaget sedan igår")
        return {
            "starting_soon": self.tr("Mötet börjar snart"),
            "unconfirmed": self.tr("Obekräftade mottagare"),
            "room_not_deleted": self.tr("Rum ej borttaget"),
        }.get(reminder.code, reminder.code)

    def body(self, reminder: Reminder) -> str:
        text = self._situation(reminder)
        if reminder.stage is not None:
            # A manual room: only a person can delete it, so say exactly how.
            text = f"{text} {self.how_to_delete(reminder)}"
        return text

    def how_to_delete(self, reminder: Reminder) -> str:
        """What to do in the site's video tool (the profile's), then here."""
        room = reminder.room_name or self.tr("mötesrummet")
        if self.context.reminders.profile.server_platform == "pexip":
            steps = self.tr(
                "Ta bort det virtuella mötesrummet %1 i Pexip: i Pexips administration väljer "
                "du Services > Virtual Meeting Rooms, markerar rummet och väljer Delete selected "
                "Virtual Meeting Rooms. Saknar du den behörigheten, be regionens Pexip-"
                "administratör ta bort det."
            )
        else:
            steps = self.tr(
                "Ta bort rummet %1 i Cisco Meeting: välj rummet (space) i listan över dina "
                "rum, öppna rummets meny och välj Ta bort (Delete space)."
            )
        confirm = self.tr("Markera det sedan som borttaget här med Ta bort mötesrum.")
        # The site's own pointer (a profile's extra), e.g. Kalmar's film on Navet.
        help_text = self.context.reminders.profile.extra.get("manual_delete_help", "").strip()
        return " ".join(part for part in (steps.replace("%1", room), help_text, confirm) if part)

    def _situation(self, reminder: Reminder) -> str:
        what = texts.meeting_type(reminder.meeting_type)
        when = texts.when(reminder.starts_at)
        room = reminder.room_name or self.tr("inget rum")
        if reminder.code == "room_not_deleted" and reminder.stage == "next_morning":
            text = self.tr(
                "Mötesrummet %3 från mötet %2 (%1) finns fortfarande kvar. Den som har "
                "inbjudan kan ringa in i det tills det tas bort."
            )
            return text.replace("%1", what).replace("%2", when).replace("%3", room)
        if reminder.code == "room_not_deleted" and reminder.cancelled:
            # A cancelled meeting never took place: no "after the meeting".
            text = self.tr("Mötet %2 (%1) är inställt men mötesrummet %3 finns kvar.")
            return text.replace("%1", what).replace("%2", when).replace("%3", room)
        text = {
            "starting_soon": self.tr("%1 börjar %2 i %3."),
            "unconfirmed": self.tr("%1 %2 (%3): alla mottagare har inte bekräftat."),
            "room_not_deleted": self.tr("Mötesrummet %3 finns kvar efter mötet %2 (%1)."),
        }.get(reminder.code, "%1 %2 %3")
        return text.replace("%1", what).replace("%2", when).replace("%3", room)

    # --- menu and clicks ----------------------------------------------------------------------
    def _rebuild_menu(self) -> None:
        self.menu.clear()
        self.menu.addAction(self.show_action)
        self.reminder_actions = []
        if self.recent:
            self.menu.addSeparator()
        for reminder in self.recent:
            label = f"{self.title(reminder)}: {texts.when(reminder.starts_at)}"
            action = QAction(label, self.menu)
            action.triggered.connect(lambda _=False, m=reminder.meeting_id: self._open(m))
            self.menu.addAction(action)
            self.reminder_actions.append(action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)

    def _open(self, meeting_id: int) -> None:
        self.showRequested.emit()
        self.openMeeting.emit(meeting_id)

    def _message_clicked(self) -> None:
        if self.message_meeting_id is not None:
            self._open(self.message_meeting_id)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.showRequested.emit()
