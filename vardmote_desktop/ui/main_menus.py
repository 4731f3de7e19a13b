"""The main window's menus, their actions and its toolbar: every command with a key and a name.

Apart from the window's own code (main_window.py) so that each stays one idea: what the
window shows and reacts to there, what a person can ask of it here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.domain.types import MeetingType
from vardmote_desktop.ui import texts

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from vardmote_desktop.ui.meeting_actions import MeetingActions
    from vardmote_desktop.ui.window_tools import WindowTools


class MainMenus(QObject):
    """Arkiv, Möte, Visa and Hjälp, and the toolbar with *Nytt möte*.

    A QObject so that its texts have a translation context of their own (self.tr).
    """

    def __init__(
        self,
        window: QMainWindow,
        profile: SiteProfile,
        new_meeting: Callable[[MeetingType], None],
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._profile = profile
        self.new_meeting_actions: dict[MeetingType, QAction] = {}
        for meeting_type in profile.meeting_types:
            action = QtGui.QAction(texts.meeting_type(meeting_type), window)
            action.triggered.connect(lambda _=False, t=meeting_type: new_meeting(t))
            self.new_meeting_actions[meeting_type] = action
        first = self.new_meeting_actions[profile.meeting_types[0]]
        first.setShortcut(QKeySequence.StandardKey.New)

        self.refresh_action = QtGui.QAction(self.tr("&Uppdatera"), window)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(refresh)
        self.quit_action = QtGui.QAction(self.tr("&Avsluta"), window)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(window.close)
        self.about_action = QtGui.QAction(self.tr("&Om Vårdmöte"), window)
        self.about_action.triggered.connect(self._about)
        self.new_menu = QtWidgets.QMenu(self.tr("&Nytt möte"), window)
        self.new_menu.setAccessibleName(self.tr("Nytt möte"))
        for action in self.new_meeting_actions.values():
            self.new_menu.addAction(action)
        from vardmote_desktop.ui.new_meeting import new_meeting_button

        self.new_button = new_meeting_button(window, self.new_menu, profile.meeting_types[0])

    def fill(self, tools: WindowTools, meeting_actions: MeetingActions) -> None:
        """The menu bar and the toolbar, once the window's tools and actions exist."""
        window = self._window
        file_menu = window.menuBar().addMenu(self.tr("&Arkiv"))
        file_menu.addMenu(self.new_menu)
        file_menu.addSeparator()
        file_menu.addAction(tools.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        meeting_menu = window.menuBar().addMenu(self.tr("&Möte"))
        for action in meeting_actions.participant_actions:
            meeting_menu.addAction(action)
        meeting_menu.addSeparator()
        for action in meeting_actions.meeting_actions:
            meeting_menu.addAction(action)
        meeting_menu.addSeparator()
        meeting_menu.addAction(tools.cleanup_action)
        view_menu = window.menuBar().addMenu(self.tr("&Visa"))
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        view_menu.addAction(tools.log_action)
        view_menu.addAction(tools.statistics_action)
        view_menu.addAction(tools.contacts_action)
        view_menu.addSeparator()
        view_menu.addAction(tools.retention_action)
        view_menu.addAction(tools.history_action)
        help_menu = window.menuBar().addMenu(self.tr("&Hjälp"))
        help_menu.addAction(self.about_action)

        toolbar = window.addToolBar(self.tr("Verktyg"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.new_button)
        toolbar.addAction(self.refresh_action)

    def _about(self) -> None:
        QtWidgets.QMessageBox.about(
            self._window,
            self.tr("Om Vårdmöte"),
            self.tr("Vårdmöte – säkra videomöten mellan region och kommun."),
        )
