"""Date and time typed as plain text and read strictly, so what a person types is what is booked.

QDateEdit/QTimeEdit put each key into whichever section holds the cursor: after Tab or a click
only part of the value may be replaced, and `2026-12-03` silently became 2026-12-12. Here the
field is an ordinary line edit that selects everything when it gets focus, and a strict parser
either reads exactly what was typed or says in Swedish that it cannot; it never guesses.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

# Daytime for meetings: a start or end outside it is asked about before the wizard goes on.
DAY_STARTS = time(7, 0)
DAY_ENDS = time(20, 0)
# A date typed without a year that fell this many days ago is read as this year's (and then
# asked about as past); anything earlier is the coming one, next year.
YEARLESS_PAST_DAYS = 31


def _t(text: str) -> str:
    # pyside6-lupdate files a bare _t()/tr() call under the nameless context
    # (-tr-function-alias tr+=_t, installer/translations.py): the context looked up.
    return QCoreApplication.translate("", text)


# Swedish words whatever the machine's locale: strftime("%A") would say "Thursday" on an English
# Windows, and the invitation and the summary must say what the coordinator reads aloud.
def _weekday(index: int) -> str:
    return (
        _t("måndag"),
        _t("tisdag"),
        _t("onsdag"),
        _t("torsdag"),
        _t("fredag"),
        _t("lördag"),
        _t("söndag"),
    )[index]


def _month(number: int) -> str:
    return (
        _t("januari"),
        _t("februari"),
        _t("mars"),
        _t("april"),
        _t("maj"),
        _t("juni"),
        _t("juli"),
        _t("augusti"),
        _t("september"),
        _t("oktober"),
        _t("november"),
        _t("december"),
    )[number - 1]


# The parser reads the Swedish month names themselves, not their translations: they are input.
_MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DAY_MONTH = re.compile(r"(\d{1,2})/(\d{1,2})(?:(?:/|-|\s+)(\d{2}|\d{4}))?")
_DAY_NAME = re.compile(r"(\d{1,2})\s+([a-zåäö]{3,})\.?(?:\s+(\d{4}))?")
_CLOCK = re.compile(r"(?:kl\.?\s*)?(\d{1,2})(?:[:.](\d{2}))?")
_CLOCK_DIGITS = re.compile(r"(?:kl\.?\s*)?(\d{1,2})(\d{2})")


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # 31/2, month 13…: not a date, and never quietly moved to another one
        return None


def _without_year(day: int, month: int, today: date) -> date | None:
    this_year = _make_date(today.year, month, day)
    if this_year is None:
        return _make_date(today.year + 1, month, day)  # 29/2 in a year that has none
    if this_year < today - timedelta(days=YEARLESS_PAST_DAYS):
        return _make_date(today.year + 1, month, day)
    return this_year


def parse_date(text: str, today: date) -> date | None:
    """The date typed, or None: 2026-12-03, 20261203, 3/12, 3/12 2026, 3 dec, idag, imorgon."""
    value = " ".join(text.strip().lower().split())
    if value in ("idag", "i dag"):
        return today
    if value in ("imorgon", "i morgon"):
        return today + timedelta(days=1)
    if match := _ISO.fullmatch(value) or _COMPACT.fullmatch(value):
        return _make_date(int(match[1]), int(match[2]), int(match[3]))
    if match := _DAY_MONTH.fullmatch(value):
        day, month = int(match[1]), int(match[2])
        if match[3] is None:
            return _without_year(day, month, today)
        year = int(match[3])
        return _make_date(year + 2000 if year < 100 else year, month, day)
    if match := _DAY_NAME.fullmatch(value):
        months = [n for n, name in enumerate(_MONTHS, 1) if name.startswith(match[2])]
        if len(months) != 1:
            return None
        if match[3] is None:
            return _without_year(int(match[1]), months[0], today)
        return _make_date(int(match[3]), months[0], int(match[1]))
    return None


def parse_time(text: str) -> time | None:
    """The time typed, or None: 13:30, 13.30, 1330, 930, 9:30, 13, kl 13."""
    value = " ".join(text.strip().lower().split())
    match = _CLOCK.fullmatch(value) or _CLOCK_DIGITS.fullmatch(value)
    if match is None:
        return None
    hour, minute = int(match[1]), int(match[2] or 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def spoken_date(day: date, today: date) -> str:
    """'torsdag 3 december', with the year when it is not this year's."""
    words = f"{_weekday(day.weekday())} {day.day} {_month(day.month)}"
    return words if day.year == today.year else f"{words} {day.year}"


def spoken_span(starts_at: datetime, minutes: int, today: date) -> str:
    """'torsdag 3 december 13:30–14:30' in local time: what the coordinator checks by eye."""
    start = starts_at.astimezone()
    end = start + timedelta(minutes=minutes)
    words = f"{spoken_date(start.date(), today)} {start:%H:%M}–{end:%H:%M}"
    if end.date() != start.date():  # a meeting past midnight ends on another day: say which
        words += " " + _t("(slutar %1)").replace("%1", spoken_date(end.date(), today))
    return words


def is_past(starts_at: datetime, now: datetime) -> bool:
    # Five minutes' grace: a meeting booked as it starts is not "in the past".
    return starts_at < now - timedelta(minutes=5)


def is_night(starts_at: datetime, minutes: int) -> bool:
    """Any part outside 07:00–20:00 local time, e.g. 01:30 typed for 13:30, or 19:30–21:00."""
    start = starts_at.astimezone()
    end = start + timedelta(minutes=minutes)
    day_start = datetime.combine(start.date(), DAY_STARTS, start.tzinfo)
    day_end = datetime.combine(start.date(), DAY_ENDS, start.tzinfo)
    return start < day_start or end > day_end


def default_start(now: datetime) -> datetime:
    """About a day ahead, in daytime: never a night meeting proposed.

    The same hour tomorrow, moved back to 19:00 in the evening; in the small hours the coming
    morning at 07:00 (already "tomorrow" to the person on a night shift). So the proposal is
    never more than 24 hours ahead, as the confirmation warning window expects.
    """
    if now.hour < DAY_STARTS.hour:
        return datetime.combine(now.date(), DAY_STARTS).astimezone()
    hour = min(now.hour, DAY_ENDS.hour - 1)
    tomorrow = now.date() + timedelta(days=1)
    return datetime.combine(tomorrow, time(hour, 0)).astimezone()


def _select_on_focus(field: QLineEdit | QSpinBox, reason: Qt.FocusReason) -> bool:
    """Select the whole value as focus arrives; True when that must wait for the mouse release.

    The press that gave focus also places the cursor afterwards, so a click selects on release.
    A popup closing or the window coming back is not the person moving into the field.
    """
    if reason == Qt.FocusReason.MouseFocusReason:
        return True
    if reason not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
        field.selectAll()
    return False


class WholeLineEdit(QLineEdit):
    """A line edit whose whole value is selected when focus arrives, by Tab, shortcut or click.

    So the first key typed replaces the value instead of landing in the middle of it. A click
    that drags a selection keeps it; a second click in a focused field places the cursor as
    usual, for correcting one digit.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._select_on_release = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if _select_on_focus(self, event.reason()):
            self._select_on_release = True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._select_on_release:
            self._select_on_release = False
            if not self.hasSelectedText():
                self.selectAll()


class WholeSpinBox(QSpinBox):
    """A spin box that selects its number on focus, for the same reason as WholeLineEdit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._select_on_release = False
        # Clicks land on the inner line edit, not on the spin box: watch its release there.
        self.lineEdit().installEventFilter(self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if _select_on_focus(self, event.reason()):
            self._select_on_release = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and self._select_on_release:
            self._select_on_release = False
            if not self.lineEdit().hasSelectedText():
                self.selectAll()
        return super().eventFilter(watched, event)


class DateField(QWidget):
    """A date typed as text (see parse_date), with a calendar to pick one by mouse or keys."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = WholeLineEdit(self)
        self.edit.setAccessibleName(_t("Datum"))
        self.edit.setPlaceholderText(_t("t.ex. 2026-12-03 eller 3/12"))
        self.edit.textChanged.connect(self.changed)
        self.calendar_button = QPushButton(_t("&Kalender…"), self)
        self.calendar_button.setAccessibleName(_t("Välj datum i kalender"))
        self.calendar_button.setAutoDefault(False)  # Enter goes on, it never opens the calendar
        self.calendar_button.clicked.connect(self.open_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.edit)
        self.calendar: QCalendarWidget | None = None

    def text(self) -> str:
        return self.edit.text()

    def value(self, today: date) -> date | None:
        return parse_date(self.edit.text(), today)

    def set_value(self, day: date) -> None:
        self.edit.setText(day.isoformat())

    def open_calendar(self) -> None:
        """A popup calendar: arrows move, Enter or a click picks, Esc closes without change."""
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)  # closes on Esc or a click outside
            self.calendar.setAccessibleName(_t("Kalender"))
            # Swedish month and day names and Monday first, whatever the machine's locale.
            self.calendar.setLocale(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
            self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            self.calendar.setGridVisible(True)
            self.calendar.activated.connect(self._picked)
            self.calendar.clicked.connect(self._picked)
        shown = self.value(date.today()) or date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.adjustSize()
        self.calendar.move(self.mapToGlobal(self.edit.geometry().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, picked: QDate) -> None:
        day = picked.toPython()
        assert isinstance(day, date)
        self.set_value(day)
        if self.calendar is not None:
            self.calendar.hide()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edit.editingFinished.emit()  # checked at once, as if typed and left
