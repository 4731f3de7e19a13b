"""The main window's list: meetings grouped as Behöver åtgärd, Kommande and Tidigare."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from vardmote_desktop.services.dto import MeetingSummary, Overview
from vardmote_desktop.ui import texts

MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MeetingList(QTreeWidget):
    """Three top-level groups; each child row is one meeting."""

    meetingSelected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Möten"))
        self.setHeaderLabels(
            [self.tr("Datum och tid"), self.tr("Mötestyp"), self.tr("Rum"), self.tr("Bekräftade")]
        )
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        for column in (0, 1, 3):
            self.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.currentItemChanged.connect(self._on_current)
        self._groups: dict[str, QTreeWidgetItem] = {}
        self.show_loading()

    def show_loading(self) -> None:
        self.clear()
        self._groups = {}
        QTreeWidgetItem(self, [self.tr("Öppnar mötesloggen…")])

    def show_overview(self, overview: Overview) -> None:
        selected = self.selected_meeting_id()
        self.clear()
        self._groups = {}
        groups = (
            ("needs_action", self.tr("Behöver åtgärd"), overview.needs_action),
            ("upcoming", self.tr("Kommande"), overview.upcoming),
            ("past", self.tr("Tidigare"), overview.past),
        )
        bold = QFont()
        bold.setBold(True)
        for key, title, meetings in groups:
            group = QTreeWidgetItem(self, [f"{title} ({len(meetings)})"])
            group.setFirstColumnSpanned(True)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self._groups[key] = group
            for meeting in meetings:
                self._add_row(group, meeting, warn=key == "needs_action")
            group.setExpanded(True)
        if selected is not None:
            self.select_meeting(selected)

    def _add_row(self, group: QTreeWidgetItem, meeting: MeetingSummary, *, warn: bool) -> None:
        room = meeting.room_name or texts.meeting_mode(meeting.mode)
        if meeting.attention:
            room += " – " + ", ".join(texts.attention(code) for code in meeting.attention)
        row = QTreeWidgetItem(
            group,
            [
                texts.when(meeting.starts_at),
                texts.meeting_type(meeting.meeting_type),
                room,
                f"{meeting.confirmed}/{meeting.recipients}",
            ],
        )
        row.setData(0, MEETING_ID_ROLE, meeting.id)
        row.setData(0, Qt.ItemDataRole.AccessibleTextRole, texts.when(meeting.starts_at))
        if warn:
            row.setForeground(2, QBrush(QColor("#a4262c")))

    def group_count(self, key: str) -> int:
        group = self._groups.get(key)
        return group.childCount() if group else 0

    def selected_meeting_id(self) -> int | None:
        item = self.currentItem()
        if item is None:
            return None
        value = item.data(0, MEETING_ID_ROLE)
        return int(value) if value is not None else None

    def select_meeting(self, meeting_id: int) -> bool:
        for group in self._groups.values():
            for i in range(group.childCount()):
                child = group.child(i)
                if child is not None and child.data(0, MEETING_ID_ROLE) == meeting_id:
                    self.setCurrentItem(child)
                    return True
        return False

    def _on_current(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        value = current.data(0, MEETING_ID_ROLE)
        if value is not None:
            self.meetingSelected.emit(int(value))
