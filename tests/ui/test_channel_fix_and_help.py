"""The channel page's way out for a recipient no allowed channel reaches, and F1 help on every
wizard page, as a person uses them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from tests.helpers.person import click, type_text
from tests.ui.conftest import INVITATION_KALMAR, wait_ready
from tests.ui.wizard_driver import Scenario as DriverScenario
from tests.ui.wizard_driver import _invitation, next_page, open_wizard, press
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.domain.types import Channel
from vardmote_desktop.domain.workflows import Step
from vardmote_desktop.ui.launcher import Launcher
from vardmote_desktop.ui.wizards.help_texts import help_html
from vardmote_desktop.ui.wizards.meeting_wizard import (
    CHANNELS,
    DETAILS,
    PARTICIPANTS,
    ROOM,
    MeetingWizard,
)
from vardmote_desktop.ui.wizards.page_channels import ChannelsPage
from vardmote_desktop.ui.wizards.page_participants import ParticipantsPage
from vardmote_desktop.ui.wizards.page_room import RoomPage
from vardmote_desktop.ui.wizards.page_suitability import SuitabilityPage


def help_for(qtbot: QtBot, wizard: MeetingWizard) -> str:
    """F1 on the page, as a person presses it; the help window's text."""
    with qtbot.waitSignal(wizard.help.shown, timeout=2_000) as shown:
        press(Qt.Key.Key_F1)
    assert shown.args[0] == wizard.currentId()
    window = wizard.help.window
    assert window is not None and window.isVisible()
    text = window.browser.toPlainText()
    window.close()
    back_to(qtbot, wizard)
    return text


def back_to(qtbot: QtBot, wizard: MeetingWizard) -> None:
    """The help closed, the person is back in the wizard (F1 is the wizard window's key)."""
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=2_000)


def to_channels(qtbot: QtBot, wizard: MeetingWizard, name: str, email: str) -> ChannelsPage:
    """One participant with an e-mail address only, our room pasted: the channel page."""
    suitability = wizard.currentPage()
    assert isinstance(suitability, SuitabilityPage)
    click(qtbot, suitability.video)
    click(qtbot, suitability.security)
    next_page(qtbot, wizard, DETAILS)
    next_page(qtbot, wizard, PARTICIPANTS)
    people = wizard.currentPage()
    assert isinstance(people, ParticipantsPage)
    type_text(people.form.name, name)
    type_text(people.form.email, email)
    click(qtbot, people.add_button)
    next_page(qtbot, wizard, ROOM)
    room = wizard.currentPage()
    assert isinstance(room, RoomPage)
    qtbot.waitUntil(lambda: bool(room.room_name.value()), timeout=10_000)
    text = _invitation(qtbot, room, DriverScenario(invitation=INVITATION_KALMAR))
    QGuiApplication.clipboard().setText(text)
    click(qtbot, room.paste_button)
    qtbot.waitUntil(room.isComplete, timeout=5_000)
    next_page(qtbot, wizard, CHANNELS)
    channels = wizard.currentPage()
    assert isinstance(channels, ChannelsPage)
    return channels


def test_kalmar_recipient_with_only_email_is_fixed_on_the_channel_page(
    qtbot: QtBot, launch: Callable[..., Launcher]
) -> None:
    launcher = launch("--profile", "kalmar", "--unit", "HC Torsås")
    window = launcher.window
    assert window is not None
    wait_ready(qtbot, window)
    wizard = open_wizard(qtbot, window, "Distansmöte mellan huvudmän")
    channels = to_channels(qtbot, wizard, "Kurator Åberg", "kurator@kommun.example.se")
    row = channels.rows[0]
    assert row.channel.count() == 0
    assert row.fix.isVisible()
    advice = row.fix.advice.text()
    assert "E-post får inte användas" in advice and "Cosmic Messenger" in advice
    assert "telefonnummer" in advice and "lägg till e-postadress" not in advice.lower()
    assert not row.fix.email.isVisible()  # Kalmar: an e-mail address would not help

    # By video the channels page is the last one: Färdig is refused with the reason beside the
    # row, and nothing is booked.
    with qtbot.assertNotEmitted(wizard.booked):
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert wizard.currentId() == CHANNELS and row.error.isVisible()

    # The phone number typed in place, then Tab: the phone channel appears and is chosen.
    type_text(row.fix.phone, "070-000 00 31")
    press(Qt.Key.Key_Tab)
    assert row.channel.currentData() == Channel.PHONE
    assert not row.error.isVisible() or row.error.text() == ""
    with qtbot.waitSignal(wizard.booked, timeout=10_000) as booked:
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    context = window.context
    assert context is not None
    detail = context.meetings.detail(booked.args[0])
    person = detail.participants[0]
    assert person.phone == "070-000 00 31"
    assert person.delivery is not None and person.delivery.channel is Channel.PHONE


def test_f1_and_the_help_button_show_each_pages_routine(
    qtbot: QtBot, launch: Callable[..., Launcher]
) -> None:
    launcher = launch("--profile", "kalmar", "--unit", "HC Torsås")
    window = launcher.window
    assert window is not None
    wait_ready(qtbot, window)
    wizard = open_wizard(qtbot, window, "Distansmöte mellan huvudmän")
    wizard.show()
    qtbot.waitExposed(wizard)
    texts = {Step.SUITABILITY: help_for(qtbot, wizard)}
    button = wizard.button(QWizard.WizardButton.HelpButton)
    assert button.isVisible() and button.text() == "Hjälp"
    with qtbot.waitSignal(wizard.help.shown, timeout=2_000):
        click(qtbot, button)
    assert wizard.help.window is not None
    wizard.help.window.close()
    back_to(qtbot, wizard)
    channels = to_channels(qtbot, wizard, "Handläggare Ek", "ek@kommun.example.se")
    texts[Step.CHANNELS] = help_for(qtbot, wizard)
    assert channels is wizard.currentPage()
    assert "patientens behov" in texts[Step.SUITABILITY]
    assert "Cosmic Messenger" in texts[Step.CHANNELS]
    assert "E-post är aldrig tillåtet" in texts[Step.CHANNELS]
    for text in texts.values():
        assert "Lifecare" not in text


@pytest.mark.parametrize("profile_key", ["kalmar", "region_pexip"])
def test_every_step_has_help_in_its_sites_words(profile_key: str, swedish_qt: None) -> None:
    profile = load_profiles()[profile_key]
    for step in Step:
        text = help_html(step, profile)
        assert text.count("<p>") >= 2, step
        assert "{" not in text, step  # every placeholder filled with the site's word
        if profile_key == "kalmar":
            assert "Lifecare" not in text and "Pexip" not in text
        else:
            assert "Cosmic" not in text
