"""A person's first day: first-run dialog, a Kalmar distance meeting from a pasted invitation,
and the meeting still there after the application is restarted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from tests.helpers.person import click, type_text
from tests.ui.conftest import own_invitation, wait_ready
from tests.ui.wizard_driver import open_wizard
from vardmote_desktop.domain.types import Channel, DeliveryState, RoomState
from vardmote_desktop.ui.launcher import Launcher
from vardmote_desktop.ui.wizards.meeting_wizard import (
    CHANNELS,
    DETAILS,
    PARTICIPANTS,
    ROOM,
    SUITABILITY,
)
from vardmote_desktop.ui.wizards.page_channels import ChannelsPage
from vardmote_desktop.ui.wizards.page_participants import ParticipantsPage
from vardmote_desktop.ui.wizards.page_room import RoomPage
from vardmote_desktop.ui.wizards.page_suitability import SuitabilityPage


def next_page(qtbot: QtBot, wizard: QWizard, expected: int) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentId() == expected


def first_run(qtbot: QtBot, launcher: Launcher, unit: str) -> None:
    dialog = launcher.first_run
    assert dialog is not None and launcher.window is None
    combo = dialog.form.profile
    combo.setCurrentIndex(combo.findData("kalmar"))
    # An empty unit is refused next to the field, and the dialog stays open.
    click(qtbot, dialog.ok_button)
    assert dialog.form.unit_error.isVisible()
    assert "måste fyllas i" in dialog.form.unit_error.text()
    type_text(dialog.form.unit, unit)
    click(qtbot, dialog.ok_button)
    assert launcher.window is not None


def test_first_run_then_kalmar_meeting_survives_restart(
    qtbot: QtBot, launch: Callable[..., Launcher]
) -> None:
    launcher = launch()
    first_run(qtbot, launcher, "HC Torsås")
    window = launcher.window
    assert window is not None
    wait_ready(qtbot, window)
    assert "Landstinget i Kalmar län" in window.statusBar().currentMessage()
    assert "HC Torsås" in window.statusBar().currentMessage()
    assert "SQLite" in window.statusBar().currentMessage()
    menu_texts = [a.text() for a in window.new_menu.actions()]
    assert len(menu_texts) == 5
    assert menu_texts[0] == "Distansmöte mellan huvudmän"  # Kalmar's own type comes first

    wizard = open_wizard(qtbot, window, "Distansmöte mellan huvudmän")
    qtbot.addWidget(wizard)
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Nästa >"

    # 1. Suitability: nothing goes further until both are answered.
    suitability = wizard.page(SUITABILITY)
    assert isinstance(suitability, SuitabilityPage)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    click(qtbot, suitability.video)
    click(qtbot, suitability.security)
    next_page(qtbot, wizard, DETAILS)

    # 2. Details: tomorrow at the default hour, roles pre-filled with the user's name.
    next_page(qtbot, wizard, PARTICIPANTS)

    # 3. Participants, typed with Swedish letters; a bad e-mail is refused next to the field.
    people = wizard.page(PARTICIPANTS)
    assert isinstance(people, ParticipantsPage)
    form = people.form
    type_text(form.name, "Åsa Öhrström")
    type_text(form.organisation, "Torsås kommun, hemsjukvården")
    type_text(form.email, "inte-en-adress")
    click(qtbot, people.add_button)
    assert form.errors["email"].isVisible()
    assert form.name.text() == "Åsa Öhrström"  # nothing already entered is lost
    form.email.clear()
    type_text(form.phone, "070-000 00 01")
    click(qtbot, form.messenger)
    click(qtbot, people.add_button)
    type_text(form.name, "Göran Älvdal")
    type_text(form.phone, "0480-00 00 02")
    click(qtbot, people.add_button)
    assert people.table.rowCount() == 2
    next_page(qtbot, wizard, ROOM)

    # 4. Room: a reserved name, then the invitation pasted from Cisco Meeting.
    room = wizard.page(ROOM)
    assert isinstance(room, RoomPage)
    qtbot.waitUntil(lambda: room.room_name.value() == "HC Torsås 1", timeout=10_000)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    # The room made in Cisco Meeting with the address and ID the page shows for it.
    QGuiApplication.clipboard().setText(own_invitation(qtbot, room))
    address, call_id = room.manual_hint.video_address.value(), room.manual_hint.call_id.value()
    assert address.startswith("hc.torsas.1.")
    click(qtbot, room.paste_button)
    assert room.join.video_address.value() == address
    assert room.join.call_id.value() == call_id
    assert room.join.dial_in.value() == f"0480 44 55 11, ange {call_id}"
    click(qtbot, room.join.call_id.button)
    assert QGuiApplication.clipboard().text() == call_id
    click(qtbot, room.join.video_address.button)
    assert QGuiApplication.clipboard().text() == address
    qtbot.waitUntil(room.isComplete, timeout=5_000)  # the pasted room is checked
    next_page(qtbot, wizard, CHANNELS)

    # 5. Channels: Messenger recommended for the one reachable there, phone for the other.
    channels = wizard.page(CHANNELS)
    assert isinstance(channels, ChannelsPage)
    first, second = channels.rows
    assert first.selected() is Channel.COSMIC_MESSENGER
    assert "Messenger" in first.reason.text()
    assert second.selected() is Channel.PHONE
    assert first.channel.findData(Channel.EMAIL) == -1  # never e-mail in Kalmar
    click(qtbot, first.copy_subject)
    assert QGuiApplication.clipboard().text().startswith("Distansmöte ")
    click(qtbot, first.copy_body)
    body = QGuiApplication.clipboard().text()
    assert address in body and call_id in body
    assert "Åsa" not in body  # no names in outgoing text
    click(qtbot, first.sent)
    click(qtbot, second.sent)

    # 6. The summary closes the channels page (it decides nothing on a page of its own);
    # Färdig books it and the main window shows it.
    assert wizard.nextId() == -1 and channels.summary_box.isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isVisible()
    assert "HC Torsås 1" in channels.summary_view.summary.text()
    with qtbot.waitSignal(wizard.booked, timeout=10_000) as booked:
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    meeting_id = booked.args[0]
    # Tomorrow is within the 24-hour warning window and Åsa has not confirmed yet.
    qtbot.waitUntil(lambda: window.meeting_list.group_count("needs_action") == 1, timeout=10_000)
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=10_000)
    detail = window.detail.detail
    assert detail is not None and detail.summary.id == meeting_id
    assert detail.summary.attention == ("unconfirmed",)
    assert detail.room is not None and detail.room.name == "HC Torsås 1"
    assert detail.room.state is RoomState.ACTIVE
    states = {p.name: p.delivery.state for p in detail.participants if p.delivery}
    assert states == {"Åsa Öhrström": DeliveryState.SENT, "Göran Älvdal": DeliveryState.CONFIRMED}
    assert [e.action for e in detail.events][:2] == ["meeting_booked", "room_recorded"]
    window.close()

    # Restart: the settings file answers the first-run questions, the log still has the meeting.
    again = launch()
    assert again.first_run is None and again.window is not None
    wait_ready(qtbot, again.window)
    assert again.window.meeting_list.group_count("needs_action") == 1
    assert again.window.meeting_list.select_meeting(meeting_id)
    panel = again.window.detail
    qtbot.waitUntil(lambda: panel.detail is not None, timeout=10_000)
    assert again.window.detail.room_name.value() == "HC Torsås 1"
    assert again.window.detail.join.call_id.value() == call_id
