"""Drives a meeting wizard page by page as a person would, for any type, mode and profile."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from tests.helpers.person import click, type_text
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

    if scenario.suitable != "video":
        next_page(qtbot, wizard, SUMMARY)
    else:
        next_page(qtbot, wizard, ROOM)
        room = wizard.currentPage()
        assert isinstance(room, RoomPage)
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
            QGuiApplication.clipboard().setText(scenario.invitation)
            click(qtbot, room.paste_button)
        next_page(qtbot, wizard, CHANNELS)
        channels = wizard.currentPage()
        assert isinstance(channels, ChannelsPage)
        if scenario.send_all:
            for row in channels.rows:
                click(qtbot, row.sent)
        next_page(qtbot, wizard, SUMMARY)
    with qtbot.waitSignal(wizard.booked, timeout=10_000) as booked:
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    meeting_id = booked.args[0]
    assert isinstance(meeting_id, int)
    return meeting_id
