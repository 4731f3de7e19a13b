"""The detail pane: one meeting's room with copy buttons, its recipients and its history."""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QBrush, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vardmote_desktop.domain.attention import ends_at
from vardmote_desktop.domain.history import replaced_on_meeting_day
from vardmote_desktop.domain.meeting_state import ShownStatus, shown_status
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.services.dto import DeliveryInfo, MeetingDetail, ParticipantInfo
from vardmote_desktop.ui import texts
from vardmote_desktop.ui.empty_hint import how_to_begin
from vardmote_desktop.ui.palette_colors import banner_colors, error_color
from vardmote_desktop.ui.widgets import CopyField, JoinDetails

BUTTONS_PER_ROW = 4


class MeetingDetailPane(QScrollArea):
    """One meeting; its actions are the main window's QActions, shown here as buttons too."""

    participantSelected = Signal()

    def __init__(
        self, profile: SiteProfile, parent: QWidget | None = None, *, sections_later: bool = False
    ) -> None:
        """The pane; with `sections_later` its room and tables wait for build_room() and
        build_tables(), so the main window's start can give each an event of its own (the
        pane's first construction is the start's longest step: 8–13 ms on a slow PC)."""
        super().__init__(parent)
        self.setAccessibleName(self.tr("Mötesdetaljer"))
        self.setWidgetResizable(True)
        body = QWidget()
        self._layout = layout = QVBoxLayout(body)

        self.heading = QLabel(self.tr("Välj ett möte i listan."))
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Möte"))
        layout.addWidget(self.heading)
        # Hidden while no meeting is chosen: buttons that can do nothing only confuse.
        self.meeting_button_box = QWidget(body)
        self.meeting_buttons = QVBoxLayout(self.meeting_button_box)
        self.meeting_buttons.setContentsMargins(0, 0, 0, 0)
        self.meeting_button_box.hide()
        layout.addWidget(self.meeting_button_box)
        # What *Kopiera inbjudan* / *Kopiera meddelande* did, or why the guard refused it.
        self.copy_result = QLabel()
        self.copy_result.setWordWrap(True)
        self.copy_result.setAccessibleName(self.tr("Kopiering"))
        self.copy_result.hide()
        layout.addWidget(self.copy_result)
        # Filled by add_buttons, which may come first; placed under the table once it is built.
        self.participant_buttons = QVBoxLayout()
        self.setWidget(body)
        self._profile = profile
        self.detail: MeetingDetail | None = None
        if not sections_later:
            self.build_room()
            self.build_tables()

    def build_room(self) -> None:
        self.room_box = QGroupBox(self.tr("Mötesrum"))
        form = QFormLayout(self.room_box)
        self.room_name = CopyField(self.tr("Kopiera rumsnamn"), self.tr("Rumsnamn"))
        form.addRow(self.tr("Rumsnamn:"), self.room_name)
        self.join = JoinDetails(form, self._profile.call_id_label)
        self.room_state = QLabel()
        form.addRow(self.tr("Rummets läge:"), self.room_state)
        self.room_box.setVisible(False)
        self._layout.addWidget(self.room_box)

    def build_tables(self) -> None:
        """The recipients and the history; the pane is complete (and empty) after this."""
        self.people_box = people = QGroupBox(self.tr("Deltagare och utskick"))
        people_layout = QVBoxLayout(people)
        self.participants = QTableWidget(0, 5)
        self.participants.setAccessibleName(self.tr("Deltagare"))
        self.participants.setHorizontalHeaderLabels(
            [
                self.tr("Namn"),
                self.tr("Organisation"),
                self.tr("Kanal"),
                self.tr("Status"),
                self.tr("Tid"),
            ]
        )
        self.participants.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.participants.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.participants.verticalHeader().hide()
        self.participants.horizontalHeader().setStretchLastSection(True)
        self.participants.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.participants.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.participants.itemSelectionChanged.connect(self.participantSelected)
        people_layout.addWidget(self.participants)
        people_layout.addLayout(self.participant_buttons)
        self._layout.addWidget(people)

        self.history_box = history = QGroupBox(self.tr("Historik"))
        history_layout = QVBoxLayout(history)
        self.history = QTableWidget(0, 3)
        self.history.setAccessibleName(self.tr("Historik"))
        self.history.setHorizontalHeaderLabels([self.tr("Tid"), self.tr("Vem"), self.tr("Vad")])
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.history.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.history.verticalHeader().hide()
        self.history.setWordWrap(False)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        history_layout.addWidget(self.history)
        self._layout.addWidget(history)
        self._layout.addStretch(1)
        self.clear()

    def add_buttons(self, meeting: list[QAction], participant: list[QAction]) -> None:
        """Buttons for the main window's actions: one action, one state, two ways to reach it."""
        for actions, rows in (
            (meeting, self.meeting_buttons),
            (participant, self.participant_buttons),
        ):
            # A few a row: one long row pushed the pane wider than the window.
            for start in range(0, len(actions), BUTTONS_PER_ROW):
                row = QHBoxLayout()
                for action in actions[start : start + BUTTONS_PER_ROW]:
                    button = QToolButton(self)
                    button.setDefaultAction(action)
                    button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
                    row.addWidget(button)
                row.addStretch(1)
                rows.addLayout(row)

    def selected_participant(self) -> ParticipantInfo | None:
        detail = self.detail
        row = self.participants.currentRow()
        if detail is None or not (0 <= row < len(detail.participants)):
            return None
        item = self.participants.item(row, 0)
        if item is None or not item.isSelected():
            return None
        return detail.participants[row]

    def select_participant(self, participant_id: int) -> bool:
        detail = self.detail
        for row, p in enumerate(detail.participants if detail else ()):
            if p.id == participant_id:
                self.participants.selectRow(row)
                return True
        return False

    def show_copy_result(self, message: str, *, ok: bool) -> None:
        """Say what was copied, or (in the palette's red) why it was not."""
        color = self.palette().color(QPalette.ColorRole.WindowText)
        self.copy_result.setStyleSheet(
            "" if ok else f"color: {error_color(self.palette()).name()};"
        )
        if ok:
            self.copy_result.setStyleSheet(f"color: {color.name()};")
        self.copy_result.setText(message)
        self.copy_result.show()

    def clear(self) -> None:
        self.detail = None
        self.copy_result.hide()
        self.meeting_button_box.hide()
        # The empty window says how to begin (ui/empty_hint.py), not only "choose a meeting".
        self.heading.setText(how_to_begin(self._profile))
        self.room_box.setVisible(False)
        self.people_box.setVisible(False)  # empty tables under "choose a meeting" only confuse
        self.history_box.setVisible(False)
        self.participants.setRowCount(0)
        self.history.setRowCount(0)

    def show_detail(self, detail: MeetingDetail) -> None:
        if self.detail is None or self.detail.summary.id != detail.summary.id:
            self.copy_result.hide()
        self.detail = detail
        s = detail.summary
        lines = [
            f"<b>{texts.meeting_type(s.meeting_type)}</b>",
            texts.count(
                s.duration_minutes, self.tr("%1, %n minut"), self.tr("%1, %n minuter")
            ).replace("%1", texts.when(s.starts_at)),
            self.tr("Mötesform: %1 · %2")
            .replace("%1", texts.meeting_mode(s.mode))
            .replace("%2", self._status_text(detail)),
            self.tr("Kallande: %1 (%2)").replace("%1", detail.organiser).replace("%2", detail.unit),
        ]
        if detail.reference:
            lines.append(self.tr("Referens: %1").replace("%1", detail.reference))
        red = error_color(self.palette()).name()  # readable on this theme's window
        for code in s.attention:
            if code == "room_in_use":
                # The app is waiting for the call to end: information, not a warning.
                lines.append(texts.attention(code))
                continue
            warning = texts.attention(code)
            if code == "room_delete_failed" and s.room_problem:
                warning += ": " + html.escape(s.room_problem)
            lines.append(f"<span style='color:{red}'>⚠ {warning}</span>")
        self.heading.setText("<br>".join(lines))
        self.meeting_button_box.show()
        self._show_room(detail)
        self.people_box.setVisible(True)
        self.history_box.setVisible(True)
        self._show_participants(detail)
        self._show_history(detail)

    def _status_text(self, detail: MeetingDetail) -> str:
        """*Planerat*, *Pågår*, *Genomfört* or *Inställt*, as domain/meeting_state.py reads it."""
        s = detail.summary
        ends = ends_at(s.starts_at, s.duration_minutes)
        shown = shown_status(s.status, detail.held_at, ends, datetime.now(UTC))
        text = texts.shown_status(shown)
        if detail.held_at is not None and shown is not ShownStatus.CANCELLED:
            text += " " + self.tr("(startat %1)").replace("%1", texts.when(detail.held_at))
        return text

    def _show_room(self, detail: MeetingDetail) -> None:
        room = detail.room
        self.room_box.setVisible(room is not None)
        if room is None:
            return
        self.room_name.set_value(room.name)
        self.join.show(room.join, room.dial_in)
        self.room_state.setText(texts.room_state(room.state))

    def _show_participants(self, detail: MeetingDetail) -> None:
        table = self.participants
        selected = self.selected_participant()
        table.setRowCount(len(detail.participants))
        for row, p in enumerate(detail.participants):
            name = p.name
            if not p.active:
                gone = self.tr("%1 (ersatt)") if p.replaced_by_id else self.tr("%1 (borttagen)")
                name = gone.replace("%1", p.name)
            org = p.organisation or texts.organisation_kind(p.organisation_kind)
            delivery = p.delivery
            moment = (delivery.confirmed_at or delivery.sent_at) if delivery else None
            values = [
                name,
                org,
                texts.channel(delivery.channel) if delivery else "",
                self._delivery_text(delivery),
                texts.when(moment) if moment else "",
            ]
            same_day = p.replaced_by_id is not None and self._replaced_same_day(detail, p)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if same_day:
                    # Same-day changes need a phone call, not just a message: make them stand out.
                    background, text = banner_colors(self.palette())
                    item.setBackground(QBrush(background))
                    item.setForeground(QBrush(text))
                    item.setToolTip(self.tr("Ändrad samma dag"))
                table.setItem(row, col, item)
        if selected is not None:
            self.select_participant(selected.id)

    def _delivery_text(self, delivery: DeliveryInfo | None) -> str:
        if delivery is None:
            return ""
        if delivery.resend:  # changed after booking: what they have no longer holds
            return self.tr("Skicka igen")
        return texts.delivery_state(delivery.state)

    @staticmethod
    def _replaced_same_day(detail: MeetingDetail, p: ParticipantInfo) -> bool:
        return replaced_on_meeting_day(
            detail.events, p.id, detail.summary.starts_at, participant_name=p.name
        )

    def _show_history(self, detail: MeetingDetail) -> None:
        table = self.history
        table.setRowCount(len(detail.events))
        for row, event in enumerate(detail.events):
            table.setItem(row, 0, QTableWidgetItem(texts.when(event.at)))
            table.setItem(row, 1, QTableWidgetItem(event.actor))
            table.setItem(row, 2, QTableWidgetItem(texts.event(event.action, event.details)))
