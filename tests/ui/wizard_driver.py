"""Drives a meeting wizard page by page as a person would, for any type, mode and profile."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from tests.helpers.person import click, type_text
from vardmote_desktop.platforms.manual import parse_invitation
from vardmote_desktop.ui.main_window import MainWindow
from vardmote_desktop.ui.wizards.meeting_wizard import (
    CHANNELS,
    DETAILS,
    PARTICIPANTS,
    ROOM,
    SUMMARY,
    MeetingWizard,
)
from vardmote_desktop.ui.wizards.page_channels import ChannelsPage
from vardmote_desktop.ui.wizards.page_details import DetailsPage
from vardmote_desktop.ui.wizards.page_participants import ParticipantsPage
from vardmote_desktop.ui.wizards.page_room import RoomPage
from vardmote_desktop.ui.wizards.page_suitability import SuitabilityPage


@dataclass
class Person:
    name: str
    organisation: str = ""
    email: str = ""
    phone: str = ""
    relative: bool = False
    messenger: bool = False
    video: bool = True  # only asked in a partly digital meeting


@dataclass
class Scenario:
    suitable: str = "video"  # "video", "physical" or "phone"
    partly_digital: bool = False
    reference: str = ""
    people: list[Person] = field(default_factory=list)
    external: bool = False
    invitation: str = ""
    send_all: bool = True
    create_on_server: bool = False  # CMS/Pexip: Skapa mötesrum instead of a pasted invitation


def _invitation(qtbot: QtBot, room: RoomPage, scenario: Scenario) -> str:
    """What the person pastes: the municipality's link as it came, or, for our room made by
    hand, the scenario's invitation as the video tool writes it for a room given the video
    address and call ID the page shows (the page refuses any other)."""
    if scenario.external or not room.manual_hint.isVisibleTo(room):
        return scenario.invitation
    hint = room.manual_hint
    qtbot.waitUntil(
        lambda: bool(hint.video_address.value() and hint.call_id.value()), timeout=10_000
    )
    join = parse_invitation(scenario.invitation)
    text = scenario.invitation
    if join.video_address:
        text = text.replace(join.uri_user_part() or "", hint.video_address.value().split("@")[0])
    if join.call_id:
        text = text.replace(join.call_id, hint.call_id.value())
    return text


def next_page(qtbot: QtBot, wizard: QWizard, expected: int) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), f"Nästa is disabled on page {wizard.currentId()}"
    click(qtbot, button)
    assert wizard.currentId() == expected


def open_wizard(qtbot: QtBot, window: MainWindow, action_text: str) -> MeetingWizard:
    """Choose the type from the Nytt möte menu by its Swedish name (no draft waiting)."""
    action = next(a for a in window.new_menu.actions() if a.text() == action_text)
    with qtbot.waitSignal(window.wizardOpened, timeout=10_000) as opened:
        action.trigger()
    wizard = opened.args[0]
    assert isinstance(wizard, MeetingWizard)
    return wizard


def run_wizard(qtbot: QtBot, wizard: MeetingWizard, scenario: Scenario) -> int:
    """Fill every page the scenario reaches and press Färdig; returns the booked meeting id."""
    fill_wizard(qtbot, wizard, scenario)
    with qtbot.waitSignal(wizard.booked, timeout=10_000) as booked:
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    meeting_id = booked.args[0]
    assert isinstance(meeting_id, int)
    return meeting_id


def fill_wizard(qtbot: QtBot, wizard: MeetingWizard, scenario: Scenario) -> None:
    """Fill every page the scenario reaches, up to the last one (Färdig not pressed)."""
    if scenario.suitable != "video":
        _fill_first_pages(qtbot, wizard, scenario)
        next_page(qtbot, wizard, SUMMARY)
        return
    room = fill_to_room(qtbot, wizard, scenario)
    if scenario.external:
        click(qtbot, room.external)
        assert not room.name_box.isVisible()
    else:
        qtbot.waitUntil(lambda: bool(room.room_name.value()), timeout=10_000)
    if scenario.create_on_server:
        assert room.create_button.isVisible() and not room.paste_button.isVisible()
        click(qtbot, room.create_button)
        qtbot.waitUntil(lambda: bool(room.join.call_id.value()), timeout=15_000)
    else:
        QGuiApplication.clipboard().setText(_invitation(qtbot, room, scenario))
        click(qtbot, room.paste_button)
        qtbot.waitUntil(room.isComplete, timeout=5_000)  # the pasted room is checked
    next_page(qtbot, wizard, CHANNELS)
    channels = wizard.currentPage()
    assert isinstance(channels, ChannelsPage)
    if scenario.send_all:
        for row in channels.rows:
            click(qtbot, row.sent)
    # By video the summary is merged into the channels page, the last one: Färdig is here.
    assert channels.summary_box.isVisible()


def fill_to_room(qtbot: QtBot, wizard: MeetingWizard, scenario: Scenario) -> RoomPage:
    """A video scenario's pages before the room page filled, and on to the room page."""
    assert scenario.suitable == "video"
    _fill_first_pages(qtbot, wizard, scenario)
    next_page(qtbot, wizard, ROOM)
    room = wizard.currentPage()
    assert isinstance(room, RoomPage)
    return room


def _fill_first_pages(qtbot: QtBot, wizard: MeetingWizard, scenario: Scenario) -> None:
    suitability = wizard.currentPage()
    assert isinstance(suitability, SuitabilityPage)
    button = {
        "video": suitability.video,
        "physical": suitability.physical,
        "phone": suitability.phone,
    }[scenario.suitable]
    click(qtbot, button)
    click(qtbot, suitability.security)
    next_page(qtbot, wizard, DETAILS)

    details = wizard.currentPage()
    assert isinstance(details, DetailsPage)
    if scenario.partly_digital:
        assert details.mode_box.isVisible()
        click(qtbot, details.partly)
    if scenario.reference:
        type_text(details.reference, scenario.reference)
    next_page(qtbot, wizard, PARTICIPANTS)

    people = wizard.currentPage()
    assert isinstance(people, ParticipantsPage)
    assert people.form.video.isVisible() == scenario.partly_digital
    for person in scenario.people:
        form = people.form
        type_text(form.name, person.name)
        if person.organisation:
            type_text(form.organisation, person.organisation)
        if person.email:
            type_text(form.email, person.email)
        if person.phone:
            type_text(form.phone, person.phone)
        if person.relative:
            click(qtbot, form.relative)
        if person.messenger:
            click(qtbot, form.messenger)
        if scenario.partly_digital and not person.video:
            click(qtbot, form.video)
        click(qtbot, people.add_button)
    assert people.table.rowCount() == len(scenario.people)


# --- by keyboard alone ---------------------------------------------------------------------------
MNEMONIC = re.compile(r"&([^&\s])")
WIZARD_BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CancelButton,
    QWizard.WizardButton.FinishButton,
)


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand), lower case."""
    match = MNEMONIC.search(text.replace("&&", ""))
    return match[1].lower() if match else None


def mnemonics(wizard: QWizard) -> dict[str, list[str]]:
    """Every Alt+letter of what is on screen: the page's controls, buddy labels, the buttons."""
    found: dict[str, list[str]] = {}
    for widget in wizard.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        letter = mnemonic(text)
        if letter is not None:
            found.setdefault(letter, []).append(text)
    return found


def assert_unique_mnemonics(wizard: QWizard) -> None:
    twice = {k: v for k, v in mnemonics(wizard).items() if len(v) > 1}
    assert not twice, f"page {wizard.currentId()}: Alt+{twice} means more than one thing"


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def assert_focus_usable(wizard: QWizard) -> None:
    """The cursor is on something a person can see and use, in this wizard."""
    widget = focused()
    where = (
        f"page {wizard.currentId()}: focus on {type(widget).__name__} {widget.accessibleName()!r}"
    )
    assert wizard.isAncestorOf(widget), where
    assert widget.isVisible() and widget.isEnabled(), where


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key on whatever has the focus, as a keyboard does."""
    QTest.keyClick(focused(), key, modifiers)


def alt(qtbot: QtBot, target: QWidget, buddy_text: str | None = None) -> None:
    """Alt + the target's mnemonic (its own text, or its buddy label's), then wait for it."""
    text = buddy_text if buddy_text is not None else target.text()  # type: ignore[attr-defined]
    letter = mnemonic(text)
    assert letter is not None, f"{text!r} has no mnemonic"
    before = target.isChecked() if isinstance(target, QAbstractButton) else None
    press(Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
    if isinstance(target, QCheckBox | QRadioButton):
        # A mnemonic clicks a button the way the mouse does, released after a short animation.
        expected = True if isinstance(target, QRadioButton) else not before
        qtbot.waitUntil(lambda: target.isChecked() == expected, timeout=2_000)
    elif not isinstance(target, QPushButton):
        assert focused() is target, f"Alt+{letter} did not reach {target.accessibleName()!r}"


def buddy_text(field: QWidget) -> str:
    """The text of the label whose buddy is this field."""
    window = field.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is field and label.isVisible():
            return label.text()
    raise AssertionError(f"no label for {field.accessibleName()!r}")


def alt_type(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Alt+letter of the field's label, then the text typed key by key."""
    alt(qtbot, field, buddy_text(field))
    type_text(focused(), text)


def enter_to(qtbot: QtBot, wizard: QWizard, expected: int) -> None:
    """Enter, wherever the focus is, goes on to the expected page."""
    before = wizard.currentId()
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() != before, timeout=2_000)
    assert wizard.currentId() == expected
    page_opened(wizard)


def page_opened(wizard: QWizard) -> None:
    assert_focus_usable(wizard)
    assert_unique_mnemonics(wizard)


def tab_to(target: QWidget, limit: int = 60) -> None:
    for _ in range(limit):
        if focused() is target:
            return
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}")


@dataclass
class When:
    day: date
    clock: str = "13:30"
    asked: bool = False  # a past or night time: the page asks before going on


def run_wizard_by_keyboard(
    qtbot: QtBot, wizard: MeetingWizard, scenario: Scenario, when: When
) -> int:
    """Every page by keys alone (Tab, Alt+letter, Space, Enter, typing) up to Färdig.

    On the room page the invitation is copied elsewhere (the video tool, the municipality's
    message): the page reads it from the clipboard by itself.
    """
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=5_000)
    page_opened(wizard)
    suitability = wizard.currentPage()
    assert isinstance(suitability, SuitabilityPage)
    answer = {"video": suitability.video, "physical": suitability.physical}
    alt(qtbot, answer.get(scenario.suitable, suitability.phone))
    alt(qtbot, suitability.security)
    enter_to(qtbot, wizard, DETAILS)

    details = wizard.currentPage()
    assert isinstance(details, DetailsPage)
    if scenario.partly_digital:
        alt(qtbot, details.partly)
    alt_type(qtbot, details.date.edit, when.day.isoformat())
    alt_type(qtbot, details.time, when.clock)
    if scenario.reference:
        alt_type(qtbot, details.reference, scenario.reference)
    if when.asked:
        # A past or night time is asked about: Enter stops on the tick, Space gives it.
        press(Qt.Key.Key_Return)
        assert wizard.currentId() == DETAILS and details.concern_row.isVisible()
        assert focused() is details.concern_ok
        assert_unique_mnemonics(wizard)
        press(Qt.Key.Key_Space)
        assert details.concern_ok.isChecked()
    enter_to(qtbot, wizard, PARTICIPANTS)

    people = wizard.currentPage()
    assert isinstance(people, ParticipantsPage)
    form = people.form
    for count, person in enumerate(scenario.people, 1):
        alt_type(qtbot, form.name, person.name)
        if person.organisation:
            alt_type(qtbot, form.organisation, person.organisation)
        if person.email:
            alt_type(qtbot, form.email, person.email)
        if person.phone:
            alt_type(qtbot, form.phone, person.phone)
        if person.relative:
            alt(qtbot, form.relative)
        if person.messenger:
            alt(qtbot, form.messenger)
        if scenario.partly_digital and not person.video:
            alt(qtbot, form.video)
        press(Qt.Key.Key_Return)  # in a field or on a tick: adds, and stays on the page
        assert wizard.currentId() == PARTICIPANTS
        assert people.table.rowCount() == count, [e.text() for e in form.errors.values()]
        assert focused() is form.name and not form.has_input()

    if scenario.suitable != "video":
        enter_to(qtbot, wizard, SUMMARY)
    else:
        enter_to(qtbot, wizard, ROOM)
        room = wizard.currentPage()
        assert isinstance(room, RoomPage)
        if scenario.external:
            alt(qtbot, room.external)
        else:
            qtbot.waitUntil(lambda: bool(room.room_name.value()), timeout=10_000)
        if scenario.create_on_server:
            alt(qtbot, room.create_button)
            qtbot.waitUntil(lambda: bool(room.join.call_id.value()), timeout=15_000)
        else:
            # Copied in the video tool (or the municipality's message): the page reads it.
            QGuiApplication.clipboard().setText(_invitation(qtbot, room, scenario))
        qtbot.waitUntil(room.isComplete, timeout=5_000)
        page_opened(wizard)
        enter_to(qtbot, wizard, CHANNELS)

        channels = wizard.currentPage()
        assert isinstance(channels, ChannelsPage)
        for row in channels.rows:
            if scenario.send_all:
                tab_to(row.sent)
                press(Qt.Key.Key_Space)
                assert row.sent.isChecked()
        assert channels.summary_box.isVisible()  # the summary merged in: Enter is Färdig
    with qtbot.waitSignal(wizard.booked, timeout=10_000) as booked:
        press(Qt.Key.Key_Return)  # Färdig
    meeting_id = booked.args[0]
    assert isinstance(meeting_id, int)
    return meeting_id
