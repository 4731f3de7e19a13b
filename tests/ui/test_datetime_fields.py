"""Date and time on the details page: what a person types, by Tab or by click, is what is booked."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.test_wizard_pages import state_for
from vardmote_desktop.domain.types import MeetingType
from vardmote_desktop.ui.datetime_fields import (
    default_start,
    is_night,
    is_past,
    parse_date,
    parse_time,
    spoken_span,
)
from vardmote_desktop.ui.wizards.page_details import DetailsPage
from vardmote_desktop.ui.wizards.page_summary import SummaryPage

TODAY = date(2026, 12, 1)  # a Tuesday


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("2026-12-03", date(2026, 12, 3)),
        (" 2026-12-3 ", date(2026, 12, 3)),
        ("20261203", date(2026, 12, 3)),
        ("3/12", date(2026, 12, 3)),
        ("3/12 2027", date(2027, 12, 3)),
        ("3/12-27", date(2027, 12, 3)),
        ("3/1", date(2027, 1, 3)),  # January has passed this year: the coming one
        ("20/11", date(2026, 11, 20)),  # eleven days ago: this year's, then asked as past
        ("3 dec", date(2026, 12, 3)),
        ("3 December 2026", date(2026, 12, 3)),
        ("idag", TODAY),
        ("i morgon", date(2026, 12, 2)),
    ],
)
def test_dates_are_read_as_typed(typed: str, read: date) -> None:
    assert parse_date(typed, TODAY) == read


@pytest.mark.parametrize(
    "typed", ["", "2026-12-32", "31/2", "2026-12-2026-12-03", "12", "3 ma", "2026/12/03", "3.12"]
)
def test_unreadable_dates_are_never_guessed(typed: str) -> None:
    assert parse_date(typed, TODAY) is None


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("13:30", time(13, 30)),
        ("13.30", time(13, 30)),
        ("1330", time(13, 30)),
        ("930", time(9, 30)),
        ("9:05", time(9, 5)),
        ("13", time(13, 0)),
        ("kl 13", time(13, 0)),
        ("00:00", time(0, 0)),
    ],
)
def test_times_are_read_as_typed(typed: str, read: time) -> None:
    assert parse_time(typed) == read


@pytest.mark.parametrize("typed", ["", "24:00", "13:60", "12:3013:30", "13:3", "1:2:3", "ett"])
def test_unreadable_times_are_never_guessed(typed: str) -> None:
    assert parse_time(typed) is None


def test_the_time_in_swedish_words_whatever_the_locale() -> None:
    start = datetime(2026, 12, 3, 13, 30).astimezone()
    assert spoken_span(start, 60, TODAY) == "torsdag 3 december 13:30–14:30"
    assert spoken_span(start.replace(year=2027), 90, TODAY) == "fredag 3 december 2027 13:30–15:00"
    late = datetime(2026, 12, 3, 23, 30).astimezone()
    assert (
        spoken_span(late, 60, TODAY) == "torsdag 3 december 23:30–00:30 (slutar fredag 4 december)"
    )


def test_past_and_night_are_told_apart_from_daytime() -> None:
    now = datetime(2026, 12, 1, 14, 0).astimezone()
    assert is_past(now - timedelta(hours=1), now)
    assert not is_past(now - timedelta(minutes=4), now)
    day = datetime(2026, 12, 3, 7, 0).astimezone()
    assert not is_night(day, 60) and not is_night(day.replace(hour=19), 60)
    assert is_night(day.replace(hour=1, minute=30), 60)  # 01:30 typed for 13:30
    assert is_night(day.replace(hour=19, minute=30), 60)  # runs past 20:00
    assert is_night(day.replace(hour=6, minute=45), 30)


@pytest.mark.parametrize("hour", [0, 3, 6, 7, 12, 19, 20, 23])
def test_the_proposed_start_is_a_day_ahead_at_most_and_in_daytime(hour: int) -> None:
    now = datetime(2026, 12, 1, hour, 40).astimezone()
    start = default_start(now)
    assert start.date() == (date(2026, 12, 1) if hour < 7 else date(2026, 12, 2))
    assert now < start <= now + timedelta(hours=24)
    assert not is_night(start, 60)


# --- the page, driven with real key and mouse events -------------------------------------------
@pytest.fixture
def page(qtbot: QtBot) -> DetailsPage:
    page = DetailsPage(state_for(MeetingType.SIP_OUTPATIENT))
    qtbot.addWidget(page)
    page.initializePage()
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    return page


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 20) -> None:
    """Press Tab until the target has focus, as a person does."""
    for _ in range(limit):
        if focused() is target:
            return
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()}")


def future_day(days: int = 2) -> date:
    return date.today() + timedelta(days=days)


def test_tab_into_datum_and_typing_gives_exactly_that_date(qtbot: QtBot, page: DetailsPage) -> None:
    target = future_day()
    page.digital.setFocus()  # where the page opens when the mode is asked
    tab_to(qtbot, page.date.edit)
    QTest.keyClicks(focused(), target.isoformat())
    assert page.date.text() == target.isoformat()
    tab_to(qtbot, page.time)
    QTest.keyClicks(focused(), "13:30")
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    starts_at = page.starts_at()
    assert starts_at is not None
    assert (starts_at.date(), starts_at.time()) == (target, time(13, 30))


@pytest.mark.parametrize("where", [0.1, 0.5, 0.9])
def test_a_click_anywhere_in_tid_or_datum_then_typing_gives_exactly_that(
    qtbot: QtBot, page: DetailsPage, where: float
) -> None:
    for field, typed in ((page.time, "13:30"), (page.date.edit, future_day(3).isoformat())):
        point = QPoint(int(field.width() * where), field.height() // 2)
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=point)
        assert field.hasFocus()
        QTest.keyClicks(field, typed)
        assert field.text() == typed
    starts_at = page.starts_at()
    assert starts_at is not None and starts_at.date() == future_day(3)
    assert starts_at.time() == time(13, 30)


def test_short_forms_are_shown_as_read_and_in_words(qtbot: QtBot, page: DetailsPage) -> None:
    target = future_day(5)
    qtbot.mouseClick(page.date.edit, Qt.MouseButton.LeftButton)
    QTest.keyClicks(page.date.edit, f"{target.day}/{target.month}")
    qtbot.mouseClick(page.time, Qt.MouseButton.LeftButton)  # leaving the date normalises it
    assert page.date.text() == target.isoformat()
    QTest.keyClicks(page.time, "1330")
    QTest.keyClick(page.time, Qt.Key.Key_Tab)
    assert page.time.text() == "13:30"
    starts_at = datetime.combine(target, time(13, 30)).astimezone()
    assert page.spoken.text() == spoken_span(starts_at, 60, date.today())
    assert page.spoken.text().endswith("13:30–14:30")


def test_the_duration_is_replaced_not_appended(qtbot: QtBot, page: DetailsPage) -> None:
    # A real click lands on the line edit inside the spin box.
    qtbot.mouseClick(page.duration.lineEdit(), Qt.MouseButton.LeftButton)
    QTest.keyClicks(focused(), "90")
    assert page.duration.value() == 90
    starts_at = page.starts_at()
    assert starts_at is not None
    assert page.spoken.text().endswith(f"{starts_at + timedelta(minutes=90):%H:%M}")


def test_unreadable_input_is_said_next_to_the_field_and_kept(
    qtbot: QtBot, page: DetailsPage
) -> None:
    qtbot.mouseClick(page.time, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.time, Qt.MouseButton.LeftButton, pos=QPoint(3, 5))  # cursor placed
    QTest.keyClicks(page.time, "13:30")
    QTest.keyClick(page.time, Qt.Key.Key_Tab)
    assert page.when_error.isVisible()
    assert "går inte att läsa" in page.when_error.text()
    assert page.time.text().startswith("13:30")  # nothing typed is thrown away
    assert page.validatePage() is False
    assert page.time.hasFocus()  # Enter put the cursor where the fix is needed
    page.time.selectAll()
    QTest.keyClicks(page.time, "13:30")
    assert not page.when_error.isVisible()  # fixed: the message goes at once


def test_a_night_time_is_asked_about_before_going_on(qtbot: QtBot, page: DetailsPage) -> None:
    qtbot.mouseClick(page.date.edit, Qt.MouseButton.LeftButton)
    QTest.keyClicks(page.date.edit, future_day().isoformat())
    qtbot.mouseClick(page.time, Qt.MouseButton.LeftButton)
    QTest.keyClicks(page.time, "0130")  # meant 13:30
    QTest.keyClick(page.time, Qt.Key.Key_Tab)
    assert page.concern_row.isVisible()
    assert "utanför dagtid" in page.concern.text()
    assert page.validatePage() is False
    assert page.concern_ok.hasFocus()
    QTest.keyClick(page.concern_ok, Qt.Key.Key_Space)
    assert page.concern_ok.isChecked()
    assert page.validatePage() is True
    assert page._state.plan.starts_at.time() == time(1, 30)


def test_a_tick_does_not_carry_over_to_another_time(qtbot: QtBot, page: DetailsPage) -> None:
    qtbot.mouseClick(page.date.edit, Qt.MouseButton.LeftButton)
    QTest.keyClicks(page.date.edit, (date.today() - timedelta(days=2)).isoformat())
    QTest.keyClick(page.date.edit, Qt.Key.Key_Tab)
    assert "redan passerat" in page.concern.text()
    page.concern_ok.setFocus()
    QTest.keyClick(page.concern_ok, Qt.Key.Key_Space)
    assert page.concern_ok.isChecked()
    qtbot.mouseClick(page.time, Qt.MouseButton.LeftButton)
    QTest.keyClicks(page.time, "2130")
    QTest.keyClick(page.time, Qt.Key.Key_Tab)
    assert not page.concern_ok.isChecked()
    assert "utanför dagtid" in page.concern.text()
    assert page.validatePage() is False


def test_the_calendar_picks_a_date_by_keys(qtbot: QtBot, page: DetailsPage) -> None:
    page.date.edit.setFocus()
    QTest.keyClick(focused(), Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # &Kalender…
    qtbot.waitUntil(lambda: page.date.calendar is not None and page.date.calendar.isVisible())
    calendar = page.date.calendar
    assert calendar is not None
    start = page.date.value(date.today())
    assert start is not None
    QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)
    QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert page.date.text() == (start + timedelta(days=1)).isoformat()


def test_the_summary_says_the_time_in_words(qtbot: QtBot) -> None:
    state = state_for(MeetingType.SIP_OUTPATIENT)
    state.plan.starts_at = datetime.combine(future_day(), time(13, 30)).astimezone()
    page = SummaryPage(state)
    qtbot.addWidget(page)
    page.initializePage()
    words = spoken_span(state.plan.starts_at, 60, date.today())
    assert words.endswith("13:30–14:30")
    assert f"Tid: {words} ({future_day().isoformat()}, 60 minuter)" in page.summary.text()


def test_passing_through_the_fields_keeps_the_tick(qtbot: QtBot, page: DetailsPage) -> None:
    qtbot.mouseClick(page.time, Qt.MouseButton.LeftButton)
    QTest.keyClicks(page.time, "06:30")
    QTest.keyClick(page.time, Qt.Key.Key_Tab)
    page.concern_ok.setFocus()
    QTest.keyClick(page.concern_ok, Qt.Key.Key_Space)
    page.date.edit.setFocus()
    tab_to(qtbot, page.time)
    QTest.keyClick(page.time, Qt.Key.Key_Tab)  # through, changing nothing
    assert page.concern_ok.isChecked()
    assert page.validatePage() is True
