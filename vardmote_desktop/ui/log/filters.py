"""The log's search box and filters; emits a LogQuery (without sort) when the user changes one.

Typing (search or a date) is debounced so that a search runs once the person pauses, not on
every key press. Dates are typed as text and read strictly (ui/datetime_fields.py).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from vardmote_desktop.domain.log_query import CancelledFilter, LogQuery, with_dates
from vardmote_desktop.domain.types import MeetingType, RoomState
from vardmote_desktop.ui import texts
from vardmote_desktop.ui.datetime_fields import DateField, parse_date

SEARCH_DELAY_MS = 300
_TODAY_WORDS = ("idag", "i dag", "imorgon", "i morgon")


def log_day(text: str, today: date) -> date | None:
    """The date typed in a log filter, or None when it is not one.

    As in the wizard (2026-12-03, 20261203, 3/12, 3 dec…), except that a date typed without a
    year is this year's: the log looks back, where the wizard looks ahead to the next one.
    """
    day = parse_date(text, today)
    if day is None or " ".join(text.lower().split()) in _TODAY_WORDS:
        return day
    if day != parse_date(text, date(2000, 6, 15)) and day.year != today.year:
        try:  # the year came from today, not from the text
            return day.replace(year=today.year)
        except ValueError:  # 29 February
            return day
    return day


class FilterBar(QWidget):
    """Search box, type, dates, room state, and the three warning filters."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_now)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Rum, videoadress, samtals-ID, deltagare, organisation, referens")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Sök i mötesloggen"))
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self.apply_now)

        self.meeting_type = QComboBox(self)
        self.meeting_type.addItem(self.tr("Alla typer"), None)
        for value in MeetingType:
            self.meeting_type.addItem(texts.meeting_type(value), value)
        self.meeting_type.setAccessibleName(self.tr("Mötestyp"))

        self.date_from = self._date_edit(
            self.tr("Från och med datum"), self.tr("Välj från och med datum i kalender")
        )
        self.date_to = self._date_edit(
            self.tr("Till och med datum"), self.tr("Välj till och med datum i kalender")
        )

        self.room_state = QComboBox(self)
        self.room_state.addItem(self.tr("Alla rum"), None)
        for state in RoomState:
            self.room_state.addItem(texts.room_state(state), state)
        self.room_state.setAccessibleName(self.tr("Rummets status"))

        self.room_left = QCheckBox(self.tr("Rum ej &borttaget"), self)
        self.room_left.setAccessibleName(self.tr("Endast rum ej borttaget efter mötet"))
        self.unconfirmed = QCheckBox(self.tr("&Obekräftade"), self)
        self.unconfirmed.setAccessibleName(self.tr("Endast möten med obekräftade mottagare"))
        self.cancelled = QComboBox(self)
        self.cancelled.addItem(self.tr("Med inställda"), CancelledFilter.INCLUDE)
        self.cancelled.addItem(self.tr("Utan inställda"), CancelledFilter.EXCLUDE)
        self.cancelled.addItem(self.tr("Endast inställda"), CancelledFilter.ONLY)
        self.cancelled.setAccessibleName(self.tr("Inställda möten"))

        for combo in (self.meeting_type, self.room_state, self.cancelled):
            combo.currentIndexChanged.connect(self.apply_now)
        for check in (self.room_left, self.unconfirmed):
            check.toggled.connect(self.apply_now)
        for field in (self.date_from, self.date_to):
            field.changed.connect(self._timer.start)  # typed: wait for the pause, as the search
            field.edit.returnPressed.connect(self.apply_now)
        self.date_problem = QLabel(self)
        self.date_problem.setAccessibleName(self.tr("Fel i datum"))
        self.date_problem.setWordWrap(True)
        self.date_problem.hide()

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._label(self.tr("&Sök:"), self.search), 0, 0)
        layout.addWidget(self.search, 0, 1, 1, 5)
        layout.addWidget(self._label(self.tr("&Typ:"), self.meeting_type), 1, 0)
        layout.addWidget(self.meeting_type, 1, 1)
        layout.addWidget(self._label(self.tr("&Från:"), self.date_from), 1, 2)
        layout.addWidget(self.date_from, 1, 3)
        layout.addWidget(self._label(self.tr("Ti&ll:"), self.date_to), 1, 4)
        layout.addWidget(self.date_to, 1, 5)
        layout.addWidget(self._label(self.tr("&Rum:"), self.room_state), 2, 0)
        layout.addWidget(self.room_state, 2, 1)
        layout.addWidget(self.room_left, 2, 2, 1, 2)
        layout.addWidget(self.unconfirmed, 2, 4)
        layout.addWidget(self._label(self.tr("&Inställda:"), self.cancelled), 3, 0)
        layout.addWidget(self.cancelled, 3, 1)
        layout.addWidget(self.date_problem, 3, 2, 1, 4)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _date_edit(self, accessible_name: str, calendar_name: str) -> DateField:
        # Plain text read strictly (as in the wizard); empty means no limit.
        field = DateField(self)
        field.edit.setPlaceholderText(self.tr("Alla datum"))
        field.edit.setAccessibleName(accessible_name)
        field.edit.setClearButtonEnabled(True)
        # Two calendars in one window: no shared Alt+K; the field's own label leads there.
        field.calendar_button.setText(self.tr("Kalender…"))
        field.calendar_button.setAccessibleName(calendar_name)
        return field

    def apply_now(self) -> None:
        """Apply at once (Enter in the search box, or any other filter changed).

        While a date field holds something that is not a date, nothing is applied: the
        person is told what to type instead, and the list keeps its last filter.
        """
        self._timer.stop()
        wrong = [f for f in (self.date_from, self.date_to) if self._wrong(f)]
        if wrong:
            self.date_problem.setText(
                self.tr(
                    "”%1” är inget datum. Skriv t.ex. 2026-12-03, 20261203 eller 3/12."
                ).replace("%1", wrong[0].text().strip())
            )
            self.date_problem.show()
            return
        self.date_problem.hide()
        self.date_problem.clear()
        self.changed.emit()

    @staticmethod
    def _wrong(field: DateField) -> bool:
        text = field.text().strip()
        return bool(text) and log_day(text, date.today()) is None

    @staticmethod
    def _day(field: DateField) -> date | None:
        text = field.text().strip()
        return log_day(text, date.today()) if text else None

    def dates_valid(self) -> bool:
        """Whether both date fields are empty or hold a date."""
        return not (self._wrong(self.date_from) or self._wrong(self.date_to))

    def query(self, base: LogQuery | None = None) -> LogQuery:
        """The filters as a query, keeping base's sort order."""
        chosen_type = self.meeting_type.currentData()
        query = LogQuery(
            text=self.search.text(),
            types=frozenset({chosen_type}) if chosen_type is not None else frozenset(),
            room_state=self.room_state.currentData(),
            room_left=self.room_left.isChecked(),
            unconfirmed=self.unconfirmed.isChecked(),
            cancelled=CancelledFilter(self.cancelled.currentData()),
            sort=base.sort if base else LogQuery().sort,
            descending=base.descending if base else True,
        )
        return with_dates(query, self._day(self.date_from), self._day(self.date_to))
