"""The main window: the meeting list, the detail pane, *Nytt möte* and the status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolButton,
    QWidget,
)

from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.domain.types import MeetingType
from vardmote_desktop.services.dto import MeetingDetail, Overview
from vardmote_desktop.ui import texts
from vardmote_desktop.ui.errors import user_message
from vardmote_desktop.ui.meeting_detail import MeetingDetailPane
from vardmote_desktop.ui.meeting_list import MeetingList
from vardmote_desktop.ui.workers import Worker, run_in_background

if TYPE_CHECKING:
    from vardmote_desktop.services.context import AppContext

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Opens at once; the log (database, migrations) is opened after the first paint."""

    contextReady = Signal()
    overviewShown = Signal()
    detailShown = Signal(int)

    def __init__(
        self,
        settings: Settings,
        profile: SiteProfile,
        open_context: Callable[[], AppContext],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.profile = profile
        self.context: AppContext | None = None
        self._open_context = open_context
        self._painted = False
        self._workers: list[Worker] = []
        self._wizard: QWidget | None = None
        self.setWindowTitle(self.tr("Vårdmöte – %1").replace("%1", settings.unit or ""))
        self.resize(1100, 700)

        self.meeting_list = MeetingList(self)
        self.detail = MeetingDetailPane(profile, self)
        splitter = QSplitter(self)
        splitter.addWidget(self.meeting_list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.setCentralWidget(splitter)
        self.meeting_list.meetingSelected.connect(self.show_meeting)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.statusBar().showMessage(self._status_text(self.tr("öppnar mötesloggen…")))
        self._set_ready(False)

    # --- construction -------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.new_meeting_actions: dict[MeetingType, QAction] = {}
        for meeting_type in self.profile.meeting_types:
            action = QAction(texts.meeting_type(meeting_type), self)
            action.triggered.connect(lambda _=False, t=meeting_type: self.new_meeting(t))
            self.new_meeting_actions[meeting_type] = action
        first = self.new_meeting_actions[self.profile.meeting_types[0]]
        first.setShortcut(QKeySequence.StandardKey.New)

        self.refresh_action = QAction(self.tr("&Uppdatera"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.quit_action = QAction(self.tr("&Avsluta"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self.tr("&Om Vårdmöte"), self)
        self.about_action.triggered.connect(self._about)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        self.new_menu = QMenu(self.tr("&Nytt möte"), self)
        self.new_menu.setAccessibleName(self.tr("Nytt möte"))
        for action in self.new_meeting_actions.values():
            self.new_menu.addAction(action)
        file_menu.addMenu(self.new_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&Visa"))
        view_menu.addAction(self.refresh_action)
        help_menu = self.menuBar().addMenu(self.tr("&Hjälp"))
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Verktyg"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        self.new_button = QToolButton(self)
        self.new_button.setText(self.tr("Nytt möte"))
        self.new_button.setAccessibleName(self.tr("Nytt möte"))
        self.new_button.setToolTip(
            self.tr("Välj mötestyp (Ctrl+N startar %1)").replace(
                "%1", texts.meeting_type(self.profile.meeting_types[0])
            )
        )
        self.new_button.setMenu(self.new_menu)
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(self.new_button)
        toolbar.addAction(self.refresh_action)

    def _status_text(self, database: str) -> str:
        return (
            self.tr("Profil: %1 · Enhet: %2 · Databas: %3")
            .replace("%1", self.profile.name)
            .replace("%2", self.settings.unit or "")
            .replace("%3", database)
        )

    def _set_ready(self, ready: bool) -> None:
        self.new_button.setEnabled(ready)
        self.new_menu.setEnabled(ready)
        self.refresh_action.setEnabled(ready)

    # --- start-up: open the log only once the window is on screen -------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Importing SQLAlchemy and migrating before the first paint triples start-up time.
            QTimer.singleShot(0, self._open_log)

    def _open_log(self) -> None:
        self._run(self._open_context, self._on_context, self._on_context_failed)

    def _on_context(self, context: AppContext) -> None:
        self.context = context
        self.statusBar().showMessage(self._status_text(context.database_label))
        self._set_ready(True)
        self.contextReady.emit()
        self.refresh()

    def _on_context_failed(self, exc: BaseException) -> None:
        log.error("could not open the meeting log: %s", type(exc).__name__)
        self.meeting_list.clear()
        self.statusBar().showMessage(self._status_text(self.tr("kunde inte öppnas")))
        QMessageBox.critical(self, self.tr("Mötesloggen kunde inte öppnas"), user_message(exc))

    # --- background work ----------------------------------------------------------------------
    def _run(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> Worker:
        worker = run_in_background(self, fn, done, failed or self._show_error)
        self._workers = [w for w in self._workers if w.running] + [worker]
        return worker

    def _show_error(self, exc: BaseException) -> None:
        log.error("action failed: %s", type(exc).__name__)
        QMessageBox.warning(self, self.tr("Det gick inte"), user_message(exc))

    def busy(self) -> bool:
        return any(w.running for w in self._workers)

    # --- list and detail ----------------------------------------------------------------------
    def refresh(self) -> None:
        context = self.context
        if context is None:
            return
        self._run(context.meetings.overview, self._on_overview)

    def _on_overview(self, overview: Overview) -> None:
        self.meeting_list.show_overview(overview)
        self.overviewShown.emit()

    def show_meeting(self, meeting_id: int) -> None:
        context = self.context
        if context is None:
            return
        self._run(lambda: context.meetings.detail(meeting_id), self._on_detail)

    def _on_detail(self, detail: MeetingDetail) -> None:
        self.detail.show_detail(detail)
        self.detailShown.emit(detail.summary.id)

    # --- wizards ------------------------------------------------------------------------------
    def new_meeting(self, meeting_type: MeetingType) -> None:
        context = self.context
        if context is None:
            return
        from vardmote_desktop.ui.wizards.meeting_wizard import MeetingWizard

        wizard = MeetingWizard(meeting_type, context, self)
        wizard.booked.connect(self._on_booked)
        self._wizard = wizard
        wizard.open()

    def _on_booked(self, meeting_id: int) -> None:
        self.refresh()
        self.show_meeting(meeting_id)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Om Vårdmöte"),
            self.tr("Vårdmöte – säkra videomöten mellan region och kommun."),
        )
