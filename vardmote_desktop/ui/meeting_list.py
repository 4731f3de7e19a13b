"""The main window's list: meetings grouped as Behöver åtgärd, Kommande and Tidigare."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont, QPaintEvent, QPalette
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from vardmote_desktop.domain.attention import Group, needs_action_key
from vardmote_desktop.domain.types import MeetingType
from vardmote_desktop.services.list_rows import MeetingSummary, Overview, OverviewChanges
from vardmote_desktop.ui import texts
from vardmote_desktop.ui.fonts import needs_shaping, shaped, unshaped
from vardmote_desktop.ui.palette_colors import error_color

# Qt.ItemDataRole.UserRole + 1 and Qt.ItemDataRole.AccessibleTextRole as numbers: any Qt.*
# enum builds the whole Qt namespace (50 ms), which the first list must not wait for (issue 14;
# tests/ui/test_meeting_list_filling.py checks the numbers against Qt's).
MEETING_ID_ROLE = 0x0100 + 1
ACCESSIBLE_TEXT_ROLE = 11
FOREGROUND_ROLE = 9  # given a QColor, not a QBrush: QBrush's constructor loads the namespace too
FIRST_ROWS = 40  # a screenful (760 px of rows): built before the list first paints
# Then the rest, built detached for about this long per event, and attached all at once at the
# end: each attach lays out and repaints the whole view (13–17 ms on a slow PC, measured in
# benchmarks/list_ready.py), so a fixed count per event attached in steps stalled the window
# by a repaint per step, and the build itself grows with how slow the PC is.
FILL_STEP_S = 0.004


class MeetingList(QTreeWidget):
    """Three top-level groups; each child row is one meeting."""

    meetingSelected = Signal(int)
    rowsPainted = Signal()  # an overview's rows are on screen (issue 14 measures up to here)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Its texts are dates, counts, the app's words and room names: Latin, drawn unshaped,
        # which takes a third off each repaint (ui/fonts.py); a name that needs shaping gets it.
        self.setFont(unshaped())
        self._shaped: QFont | None = None  # for such a name, made when one first comes
        self.setAccessibleName(self.tr("Möten"))
        self.setHeaderLabels(
            [self.tr("Datum och tid"), self.tr("Mötestyp"), self.tr("Rum"), self.tr("Bekräftade")]
        )
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self._fit_columns()
        self.currentItemChanged.connect(self._on_current)
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._titles: dict[str, str] = {}
        self._shown: dict[int, MeetingSummary] = {}  # what each row shows, for sorting in place
        # The overview on screen, while no change was applied since: the full opening reads
        # the list again after the quick first one, mostly to the same rows (issue 14).
        self._overview: Overview | None = None
        self._paint_pending = False
        # Rows of the overview still to build, in the order shown, and what they need; then
        # those built and not yet attached, per group.
        self._pending: deque[tuple[QTreeWidgetItem, bool, MeetingSummary]] = deque()
        self._built: dict[int, tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = {}
        self._words: dict[Any, str] = {}  # translated words, looked up once, not per row
        self._select_after_filling: int | None = None
        self._heading_flags: Any = None  # see settle_headings
        self._filler = QTimer(self)
        # 1 ms, not 0: a zero timer runs back to back with the repaint it caused, so input and
        # other timers would not get a turn between the steps.
        self._filler.setInterval(1)
        self._filler.timeout.connect(self._fill_step)
        self.show_loading()

    def _fit_columns(self) -> None:
        """Widths from what the columns can hold, not from the rows: sizing each column to its
        contents measured every row on every layout, most of a 600-row list's first paint
        (issue 14). The person can still drag them; the room column takes the rest."""
        header = self.header()
        metrics, titles = self.fontMetrics(), header.fontMetrics()
        widest = {
            0: ["8888-88-88 88:88"],  # texts.when: always this shape
            1: [texts.meeting_type(kind) for kind in MeetingType],
            3: ["888/888"],
        }
        for column, samples in widest.items():
            # The style's size for the title's section, and as much room around the widest
            # value as it gives the title. Not QStyle.pixelMetric: QStyle's Python type (its
            # enums: 13 ms here) would then be made before the first list could show.
            fits_title = header.sectionSizeHint(column)
            room = fits_title - titles.horizontalAdvance(self.headerItem().text(column))
            width = max(fits_title, *(metrics.horizontalAdvance(text) + room for text in samples))
            if column == 0:
                width += 2 * self.indentation()  # rows sit under their group heading
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def settle_headings(self) -> None:
        """Group headings that can be neither selected nor focused, from now on.

        Not in __init__: the flag is a Qt.* enum, and the first list is shown before the Qt
        namespace is loaded (issue 14); until this is called the headings are plain items,
        which a click can highlight but which open nothing (_on_current).
        """
        from PySide6.QtCore import Qt

        self._heading_flags = Qt.ItemFlag.ItemIsEnabled
        for group in self._groups.values():
            group.setFlags(self._heading_flags)

    def clear(self) -> None:
        self._overview = None
        self._pending.clear()  # rows still to attach belong to the list being cleared
        self._built = {}
        self._filler.stop()
        super().clear()

    def show_loading(self) -> None:
        self.clear()
        self._groups = {}
        QTreeWidgetItem(self, [self.tr("Öppnar mötesloggen…")])

    def show_overview(self, overview: Overview) -> None:
        """Replace the lists. About a screenful of rows is built at once, detached, so the view
        lays them out once; the rest follow in steps of their own, each well within a frame, so
        a 600-row list never holds the window (issue 14). Reading the list (shown, counts,
        selection) first puts every row in place."""
        if overview == self._overview:
            return  # the same rows: rebuilding them would only stall the window
        selected = self.selected_meeting_id()
        self.setUpdatesEnabled(False)
        try:
            self.clear()
            self._groups = {}
            self._shown = {}
            groups = (
                (Group.NEEDS_ACTION, self.tr("Behöver åtgärd"), overview.needs_action),
                (Group.UPCOMING, self.tr("Kommande"), overview.upcoming),
                (Group.PAST, self.tr("Tidigare"), overview.past),
            )
            bold = QFont(self.font())  # unshaped like the rows: the headings are the app's words
            bold.setBold(True)
            for key, title, meetings in groups:
                group = QTreeWidgetItem([f"{title} ({len(meetings)})"])
                group.setFont(0, bold)
                if self._heading_flags is not None:
                    group.setFlags(self._heading_flags)
                self._groups[key] = group
                self._titles[key] = title
                warn = key == Group.NEEDS_ACTION
                self._pending += [(group, warn, meeting) for meeting in meetings]
            self._fill(FIRST_ROWS)
            self.addTopLevelItems(list(self._groups.values()))
            for group in self._groups.values():
                group.setFirstColumnSpanned(True)
            self.expandAll()  # one layout pass for the three groups, not one each
        finally:
            self.setUpdatesEnabled(True)
        self._overview = overview
        self._select_after_filling = selected
        if self._pending:
            self._filler.start()
        else:
            self._filled()

    def _fill(self, count: int) -> None:
        """Build and attach the next `count` rows, a group's children in one call."""
        self._build(count)
        self._attach()

    def _build(self, count: int | None = None, until: float | None = None) -> None:
        """Build the next rows, detached (no layout, no repaint): `count` of them, or until
        the clock passes `until`, or all."""
        pending, built = self._pending, self._built
        done = 0
        while pending and (count is None or done < count):
            if until is not None and done and time.perf_counter() > until:
                return
            group, warn, meeting = pending.popleft()
            built.setdefault(id(group), (group, []))[1].append(self._row(meeting, warn))
            done += 1

    def _attach(self) -> None:
        """The rows built so far into their groups: one insertion, one layout per group."""
        built, self._built = self._built, {}
        for group, rows in built.values():
            group.addChildren(rows)

    def _fill_step(self) -> None:
        self._build(until=time.perf_counter() + FILL_STEP_S)
        if not self._pending:
            self._attach()
            self._filled()

    def _filled(self) -> None:
        self._filler.stop()
        self._paint_pending = True  # rowsPainted: the whole list is on screen
        selected, self._select_after_filling = self._select_after_filling, None
        if selected is not None:
            self.select_meeting(selected)

    def _finish_filling(self) -> None:
        """Every row of the last overview in place: what reads the list reads all of it."""
        if self._pending or self._built:
            self._fill(len(self._pending))
            self._filled()

    def apply_changes(self, changes: OverviewChanges) -> None:
        """Move, update, add or remove just these meetings' rows; the rest stay as they are."""
        if not self._groups:
            return  # the first overview is still on its way and will hold the news
        self._finish_filling()
        self._overview = None  # the rows no longer show that overview
        selected = self.selected_meeting_id()
        self.blockSignals(True)  # the selection is put back below: no detail reload from here
        try:
            for meeting_id in {*changes.gone, *(row.id for row in changes.rows)}:
                self._remove_row(meeting_id)
            for row in changes.rows:
                group = self._groups[row.group]
                index = self._insert_index(row)
                self._add_row(group, row, warn=row.group == Group.NEEDS_ACTION, index=index)
            for key in self._groups:
                self._update_title(key)
            if selected is not None:
                self.select_meeting(selected)
        finally:
            self.blockSignals(False)

    def _remove_row(self, meeting_id: int) -> None:
        self._shown.pop(meeting_id, None)
        for group in self._groups.values():
            for i in range(group.childCount()):
                child = group.child(i)
                if child is not None and child.data(0, MEETING_ID_ROLE) == meeting_id:
                    group.takeChild(i)
                    return

    def _insert_index(self, row: MeetingSummary) -> int:
        """Where the row goes in its group, in the order the overview reads them."""
        group = self._groups[row.group]

        def key(meeting: MeetingSummary) -> tuple[object, ...]:
            if meeting.group == Group.NEEDS_ACTION:
                return (*needs_action_key(meeting.attention, meeting.starts_at), meeting.id)
            if meeting.group == Group.PAST:
                return (-meeting.starts_at.timestamp(), meeting.id)
            return (meeting.starts_at, meeting.id)

        mine = key(row)
        for i in range(group.childCount()):
            child = group.child(i)
            other = self._shown.get(child.data(0, MEETING_ID_ROLE)) if child else None
            if other is not None and mine < key(other):
                return i
        return group.childCount()

    def _update_title(self, key: str) -> None:
        group = self._groups[key]
        group.setText(0, f"{self._titles[key]} ({group.childCount()})")

    def _add_row(
        self,
        group: QTreeWidgetItem,
        meeting: MeetingSummary,
        *,
        warn: bool,
        index: int | None = None,
    ) -> None:
        row = self._row(meeting, warn)
        group.insertChild(group.childCount() if index is None else index, row)

    def _row(self, meeting: MeetingSummary, warn: bool) -> QTreeWidgetItem:
        """One meeting's row (not yet in the tree)."""

        def word(kind: Callable[[Any], str], value: Any) -> str:
            # Each texts lookup translates its whole table: once per word, not once per row.
            found = self._words.get((kind, value))
            if found is None:
                found = self._words[(kind, value)] = kind(value)
            return found

        room = meeting.room_name or word(texts.meeting_mode, meeting.mode)
        if meeting.attention:
            room += " – " + ", ".join(word(texts.attention, code) for code in meeting.attention)
            if meeting.room_problem and "room_delete_failed" in meeting.attention:
                room += f" ({meeting.room_problem})"
        kind = word(texts.meeting_type, meeting.meeting_type)
        when = texts.when(meeting.starts_at)
        row = QTreeWidgetItem([when, kind, room, f"{meeting.confirmed}/{meeting.recipients}"])
        self._shown[meeting.id] = meeting
        row.setData(0, MEETING_ID_ROLE, meeting.id)
        row.setData(0, ACCESSIBLE_TEXT_ROLE, when)
        # The room column is the narrowest when the detail pane is open, and what needs
        # doing is at its end: the whole text on hover, as the detail pane says it too.
        row.setToolTip(2, room)
        if needs_shaping(room):  # a room named in another script: drawn as that script needs
            if self._shaped is None:
                self._shaped = shaped(self.font())
            row.setFont(2, self._shaped)
        if warn:
            row.setData(2, FOREGROUND_ROLE, error_color(self.palette(), QPalette.ColorRole.Base))
        return row

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._paint_pending:
            self._paint_pending = False
            # Told after this paint, not inside it: what listens may start work or repaint.
            QTimer.singleShot(0, self.rowsPainted.emit)

    def shown(self) -> list[MeetingSummary]:
        """The meetings listed now, as last read."""
        self._finish_filling()
        return list(self._shown.values())

    def group_count(self, key: str) -> int:
        self._finish_filling()
        group = self._groups.get(key)
        return group.childCount() if group else 0

    def selected_meeting_id(self) -> int | None:
        item = self.currentItem()
        if item is None:
            return None
        value = item.data(0, MEETING_ID_ROLE)
        return int(value) if value is not None else None

    def select_meeting(self, meeting_id: int) -> bool:
        self._finish_filling()
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
