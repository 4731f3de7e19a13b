"""The main window: the meeting list, the detail pane, *Nytt möte* and the status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6 import QtWidgets
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QWidget  # QLabel after the paint: 2 M instructions

from vardmote_desktop.ui.start_pauses import StartPhase

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent
    from PySide6.QtWidgets import QMessageBox

    from vardmote_desktop.config.settings import Settings
    from vardmote_desktop.domain.profiles import SiteProfile
    from vardmote_desktop.domain.types import MeetingType
    from vardmote_desktop.services.context import AppContext
    from vardmote_desktop.services.list_rows import Overview
    from vardmote_desktop.ui.after_ready import AfterReady
    from vardmote_desktop.ui.changes import ChangeRelay
    from vardmote_desktop.ui.meeting_list import MeetingList
    from vardmote_desktop.ui.screen_sync import ScreenSync
    from vardmote_desktop.ui.workers import Worker, WorkerSet

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Paints at once as a light shell; the rest is built from the first paint. Touching Qt's
    big namespaces or importing SQLAlchemy before it doubles the time to a visible window, so
    __init__ builds and this module imports almost nothing (ui/window_start.py: what follows)."""

    firstPainted = Signal()  # the window is on screen: work that could wait may start
    listShown = Signal()  # the three groups are on screen (before the log's services, mostly)
    contextReady = Signal()
    overviewShown = Signal()
    # Ready to book, and what the background work loads (QtNetwork, the purge) is imported on
    # a worker: the guard listens and the purge starts from here (issue 14).
    settled = Signal()
    rowsChanged = Signal(object)  # services.dto.OverviewChanges, once applied to the list
    detailShown = Signal(int)
    wizardOpened = Signal(QWidget)
    dialogOpened = Signal(QWidget)

    def __init__(self, parent: QWidget | None = None) -> None:
        """The shell only: what it shows comes with `attach`, at once or after its paint."""
        super().__init__(parent)
        self._first_list: Callable[[], Overview | None] | None = None
        self._early_list: MeetingList | None = None  # that list, shown before _build
        self.context: AppContext | None = None
        self._painted = False
        self._attached = False  # settings, profile and log given (attach)
        self._begun = False  # the start from the first paint has begun (or the window closed)
        self._starting = False  # from the first paint until the log is open or failed to open
        self._phase = StartPhase()  # from the first paint until ready to book (ui/start_pauses)
        self._jobs: WorkerSet | None = None  # made on first use: workers load after the paint
        # The product's name until the unit is known: the real start paints this window before
        # it reads the settings (ui/launcher.run_gui), so nothing but Qt stands before the paint.
        self.setWindowTitle("Vårdmöte")
        self.resize(1200, 760)
        # No text before the first paint: the first text loads the font database (issue 14).
        self.setCentralWidget(QWidget(self))
        self.built = False
        self.after_ready: AfterReady | None = None  # from the first overview: purge, guard
        self._closed = False
        self.changes: ChangeRelay | None = None
        self.sync: ScreenSync | None = None  # list and detail in step with the log, once built

    def attach(
        self,
        settings: Settings,
        profile: SiteProfile,
        open_context: Callable[[], AppContext],
        *,
        profiles: dict[str, SiteProfile] | None = None,
        save_settings: Callable[[Settings], None] | None = None,
        first_list: Callable[[], Overview | None] | None = None,
    ) -> None:
        """What the window shows: given at once, or by the real start once it has painted."""
        if self._attached:
            raise RuntimeError("the window shows one log; it is attached already")
        self._first_list = first_list  # the list read before the log's services (issue 14)
        self.settings = settings
        self.profiles = profiles or {profile.key: profile}
        self._save_settings = save_settings
        self.profile = profile
        self._open_context = open_context
        self._attached = True
        self.setWindowTitle(self.tr("Vårdmöte – %1").replace("%1", settings.unit or ""))
        self._begin()

    # --- construction, from the first paint ---------------------------------------------------
    def _build(self) -> None:
        """The list and the detail pane; the layout and the tools follow in events of their own."""
        from vardmote_desktop.ui.meeting_detail import MeetingDetailPane
        from vardmote_desktop.ui.meeting_list import MeetingList
        from vardmote_desktop.ui.window_start import once

        early = self._early_list
        self.meeting_list = early or MeetingList(self)
        self.meeting_list.settle_headings()  # the Qt namespace is loaded by now
        if early is None:
            once(self.meeting_list.rowsPainted, self.listShown.emit)
        # Its room and tables in the next two steps (_open_rest): together 8–13 ms on a slow PC.
        self.detail = MeetingDetailPane(self.profile, self, sections_later=True)

    def _build_layout(self) -> None:
        from vardmote_desktop.ui.group_clock import GroupClock
        from vardmote_desktop.ui.meeting_actions import MeetingActions
        from vardmote_desktop.ui.screen_sync import OnScreen, ScreenSync
        from vardmote_desktop.ui.window_start import lay_out

        if self._early_list is not None:
            self.takeCentralWidget()  # into the layout, rows and selection kept
        self.banner = lay_out(self, self.meeting_list, self.detail)
        self.banner.openMeeting.connect(self.bring_up_meeting)
        self.meeting_list.meetingSelected.connect(self.show_meeting)
        # Meetings also change group as time passes (a warning window opens, a meeting ends).
        self.group_clock = GroupClock(self.meeting_list.shown, self)
        # The actions' changes come back through the change bus, like everyone else's.
        self.meeting_actions = MeetingActions(self.detail, self.run, self)
        self.sync = ScreenSync(
            self.meeting_list,
            self.detail,
            self.meeting_actions,
            self.group_clock,
            run=self.run,
            context=lambda: self.context,
            tray=lambda: self.tools.tray if self.built else None,
            failed=self._show_error,
            shown=OnScreen(self._overview_shown, self.rowsChanged.emit, self.detailShown.emit),
        )

    def _build_tools(self) -> None:
        """Tools, menus, dialogs' entry points; then the log is opened (ui/window_start.py)."""
        from vardmote_desktop.ui.new_meeting import NewMeetingFlow
        from vardmote_desktop.ui.window_tools import ToolHooks, WindowTools

        hooks = ToolHooks(
            run=self.run,
            refresh=self.refresh,
            open_meeting=self.bring_up_meeting,
            bring_up=self.bring_up,
            quit=self.close,
            dialog_opened=self.dialogOpened.emit,
            settings=lambda: self.settings,
            settings_changed=self._settings_changed,
        )
        self.tools = WindowTools(self, hooks, self.profiles, self.banner)
        self.new_meeting_flow = NewMeetingFlow(self, lambda: self.context, self.run)
        self.new_meeting_flow.wizardOpened.connect(self.wizardOpened.emit)
        assert self.sync is not None  # made with the layout, the step before
        self.new_meeting_flow.booked.connect(self.sync.booked)
        from vardmote_desktop.ui.main_menus import MainMenus

        menus = MainMenus(self, self.profile, self.new_meeting, self.refresh)
        menus.fill(self.tools, self.meeting_actions)
        self.new_meeting_actions = menus.new_meeting_actions
        self.new_menu = menus.new_menu
        self.new_button = menus.new_button
        self.refresh_action = menus.refresh_action
        self._set_ready(False)
        self.built = True

    def _open_services(self) -> None:
        self.run(self._open_context, self._on_context, self._on_context_failed)

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
        self.tools.set_ready(ready)

    # --- start-up: open the log only once the window is on screen -------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # A timer set before exec() would fire before this paint: it has to start from here.
            QTimer.singleShot(0, self._first_painted)

    def _first_painted(self) -> None:
        self.firstPainted.emit()  # the real start reads its settings and attaches from here
        self._begin()

    def _begin(self) -> None:
        """Open the log once the window has painted and knows which log (once, not closed)."""
        if self._begun or not self._attached or not self._painted:
            return
        self._begun = True
        self._starting = True
        self._phase.begin()
        first = self._first_list
        if first is None:
            return self._on_first_list(None)
        from vardmote_desktop.ui.window_start import read_first_list  # the list, then the rest

        self.run(lambda: read_first_list(first), self._on_first_list, self._on_first_list)

    def _on_first_list(self, overview: Overview | BaseException | None) -> None:
        # Text only now: the first text loads the fonts, which the worker has read meanwhile.
        self.statusBar().showMessage(self._status_text(self.tr("öppnar mötesloggen…")))
        if overview is None or isinstance(overview, BaseException):  # wait for the services
            self.setCentralWidget(QtWidgets.QLabel(self.tr("Öppnar Vårdmöte…"), self))
            self._open_rest()
        elif not self.built:
            from vardmote_desktop.ui.meeting_list import MeetingList
            from vardmote_desktop.ui.window_start import once

            self.meeting_list = self._early_list = MeetingList(self)
            once(self.meeting_list.rowsPainted, self.listShown.emit)
            self.setCentralWidget(self.meeting_list)
            self.meeting_list.show()  # a child added to a visible window shows only when told
            # The rows in an event of their own, and the imports only once they are painted:
            # each step stays within a frame, uncontended (issue 14).
            # Not inside the list's paint, which emits listShown: in an event of its own.
            once(self.listShown, lambda: QTimer.singleShot(1, self._open_rest))
            QTimer.singleShot(1, lambda: self.meeting_list.show_overview(overview))
        else:
            self._open_rest()

    def _open_rest(self, *_: object) -> None:
        if not self._starting:
            return
        # In turn (issue 14): the window's parts are imported on a worker, built here in steps,
        # then the log opens on a worker; side by side they fought over the interpreter's lock.
        from vardmote_desktop.ui.window_start import import_window_parts, in_steps

        # The layout and the tools each moved the list, and each move repainted the window
        # (11–21 ms on a slow PC): no painting from the layout until the tools are in, then one.
        def freeze() -> None:
            self.setUpdatesEnabled(False)

        def thaw() -> None:
            self.setUpdatesEnabled(True)

        def detail_room() -> None:
            self.detail.build_room()

        def detail_tables() -> None:
            self.detail.build_tables()

        built = (
            self._build,
            detail_room,
            detail_tables,
            freeze,
            self._build_layout,
            self._build_tools,
            thaw,
        )
        steps = (*built, self._open_services)

        def build(*_: object) -> None:
            in_steps(lambda: self._starting, steps, thaw)  # none once the window is closed

        self.run(import_window_parts, build, build)

    def _on_context(self, context: AppContext) -> None:
        from vardmote_desktop.ui.changes import ChangeRelay

        self.context, self._starting = context, False
        self.meeting_actions.context = context
        self.statusBar().showMessage(self._status_text(context.database_label))
        self._set_ready(True)
        # The workers last: once one runs, each Qt call here waits for the interpreter's lock.
        # This window also runs the check for other PCs' changes, for every window.
        self.changes = ChangeRelay(context.changes, self, watcher=context.watcher)
        assert self.sync is not None
        self.changes.changed.connect(self.sync.on_changes)
        self.refresh()
        self.tools.attach(context)  # the reminders and the rooms' automatic clean-up
        self.contextReady.emit()
        selected = self.meeting_list.selected_meeting_id()
        if selected is not None:  # chosen in the first list, before the log's services were in
            self.show_meeting(selected)

    def _on_context_failed(self, exc: BaseException) -> None:
        self._starting = False
        self._phase.end()
        log.error("could not open the meeting log: %s", type(exc).__name__)
        self.meeting_list.clear()
        self.statusBar().showMessage(self._status_text(self.tr("kunde inte öppnas")))
        self._tell(self.tr("Mötesloggen kunde inte öppnas"), exc, critical=True)

    # --- background work ----------------------------------------------------------------------
    def _settings_changed(self, new: Settings) -> None:
        """Accepted in the settings dialog: saved, and in force from now on."""
        if self._save_settings is not None:
            self._save_settings(new)
        self.settings = new

    def run(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> Worker:
        if self._jobs is None:
            from vardmote_desktop.ui.workers import WorkerSet

            self._jobs = WorkerSet(self, self._show_error)
        return self._jobs.run(fn, done, failed)

    def _show_error(self, exc: BaseException) -> None:
        log.error("action failed: %s", type(exc).__name__)
        self._phase.end()  # e.g. the first list from the services: no longer starting
        self._tell(self.tr("Det gick inte"), exc)

    def _tell(self, title: str, exc: BaseException, *, critical: bool = False) -> None:
        from vardmote_desktop.ui.window_start import tell

        tell(self, title, exc, self.dialogOpened.emit, critical=critical)

    def busy(self) -> bool:
        """Whether its start-up, jobs, purge, change check, reminder poll or the last wizard's
        draft run (none may outlive the log)."""
        purging = self.after_ready is not None and self.after_ready.busy()
        if purging or self._starting or (self._jobs is not None and self._jobs.busy()):
            return True
        if self.changes is not None and self.changes.busy():
            return True
        if self.built and self.new_meeting_flow.busy():  # the last wizard's draft
            return True
        tray = self.tools.tray if self.built else None
        return tray is not None and tray.busy()

    # --- list and detail (ui/screen_sync.py) ---------------------------------------------------
    def refresh(self) -> None:
        if self.sync is not None:
            self.sync.refresh()

    def show_meeting(self, meeting_id: int) -> None:
        if self.sync is not None:
            self.sync.show_meeting(meeting_id)

    def _overview_shown(self) -> None:
        self._phase.end()
        self.overviewShown.emit()
        if self.after_ready is None and not self._closed:
            from vardmote_desktop.ui.after_ready import AfterReady

            self.after_ready = AfterReady(self, self.run, self.settled.emit)
        if self.after_ready is not None:  # the workers last, after the emission
            self.after_ready.overview_shown(self.context, lambda: self.settings)

    # --- wizards ------------------------------------------------------------------------------
    def new_meeting(self, meeting_type: MeetingType) -> None:
        """Open the type's wizard, offering first to continue this user's unfinished draft."""
        self.new_meeting_flow.start(meeting_type)

    @property
    def current_wizard(self) -> QWidget | None:
        return self.new_meeting_flow.current_wizard if self.built else None

    @property
    def draft_question(self) -> QMessageBox | None:
        return self.new_meeting_flow.draft_question if self.built else None

    def bring_up(self) -> None:
        """From the tray or a notification: back from minimised, in front."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def bring_up_meeting(self, meeting_id: int) -> None:
        self.bring_up()
        self.meeting_list.select_meeting(meeting_id)
        self.show_meeting(meeting_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True  # nor what starts once ready, if it is still to come
        self._starting = False  # what the start-up has not begun yet, it does not begin
        self._begun = True  # nor does the start itself, if its settings come after this
        if self.after_ready is not None:
            self.after_ready.close()
        self._phase.end()
        if self.changes is not None:
            self.changes.stop()
        if self.built:
            self.group_clock.stop()
            self.tools.close()
        super().closeEvent(event)
