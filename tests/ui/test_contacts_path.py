"""The contacts path as a coordinator walks it: new participants typed once are kept as the
unit's contacts, offered as a name is typed the next time and added in one action, with the
unit's last values and channels pre-filled and the invitation read from the clipboard."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from tests.helpers.person import click, type_text
from tests.ui.conftest import own_invitation, wait_ready
from tests.ui.test_wizard_pages import run_at_once, state_for
from tests.ui.wizard_driver import Person as DriverPerson
from tests.ui.wizard_driver import (
    Scenario,
    When,
    focused,
    open_wizard,
    press,
    run_wizard_by_keyboard,
)
from vardmote_desktop.__main__ import prepare
from vardmote_desktop.app import build_context
from vardmote_desktop.domain.types import Channel, DeliveryState, MeetingMode, MeetingType
from vardmote_desktop.services.contact_values import Contact, LastUsed
from vardmote_desktop.services.contacts import ContactService
from vardmote_desktop.ui.contacts_window import ContactsWindow
from vardmote_desktop.ui.launcher import Launcher
from vardmote_desktop.ui.main_window import MainWindow
from vardmote_desktop.ui.wizards.meeting_wizard import (
    CHANNELS,
    DETAILS,
    PARTICIPANTS,
    ROOM,
    MeetingWizard,
)
from vardmote_desktop.ui.wizards.page_channels import ChannelsPage, RecipientRow
from vardmote_desktop.ui.wizards.page_details import DetailsPage
from vardmote_desktop.ui.wizards.page_participants import ParticipantsPage
from vardmote_desktop.ui.wizards.page_room import RoomPage
from vardmote_desktop.ui.wizards.page_suitability import SuitabilityPage
from vardmote_desktop.ui.wizards.state import apply_last_used

DISTANCE = "Distansmöte mellan huvudmän"


def next_page(qtbot: QtBot, wizard: QWizard, expected: int) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentId() == expected


def contacts_of(window: MainWindow) -> ContactService:
    assert window.context is not None and window.context.contacts is not None
    return window.context.contacts


def to_participants(qtbot: QtBot, wizard: MeetingWizard) -> DetailsPage:
    # The unit's last values are read while the first question is on screen (milliseconds).
    qtbot.waitUntil(lambda: wizard.state.last_used is not None, timeout=10_000)
    suitability = wizard.currentPage()
    assert isinstance(suitability, SuitabilityPage)
    click(qtbot, suitability.video)
    click(qtbot, suitability.security)
    next_page(qtbot, wizard, DETAILS)
    details = wizard.currentPage()
    assert isinstance(details, DetailsPage)
    return details


def choose_channel(row: RecipientRow, channel: Channel) -> None:
    """Down or Up on the focused list until it shows the channel, as the keyboard does."""
    row.channel.setFocus()
    key = (
        Qt.Key.Key_Down
        if row.channel.findData(channel) > row.channel.currentIndex()
        else Qt.Key.Key_Up
    )
    for _ in range(row.channel.count()):
        if row.selected() is channel:
            return
        QTest.keyClick(row.channel, key)
    assert row.selected() is channel


def room_from_clipboard(qtbot: QtBot, room: RoomPage) -> str:
    """Cisco Meeting's invitation copied while the page is open: read without a paste."""
    text = own_invitation(qtbot, room)
    QGuiApplication.clipboard().setText(text)
    qtbot.waitUntil(room.isComplete, timeout=10_000)
    assert room.invitation.toPlainText().splitlines() == text.splitlines()
    assert room.clipboard_note.isVisible()
    return text


def first_meeting(qtbot: QtBot, window: MainWindow) -> str:
    """Two staff typed field by field (kept as contacts), a relative (never kept), 45 min."""
    wizard = open_wizard(qtbot, window, DISTANCE)
    qtbot.addWidget(wizard)
    details = to_participants(qtbot, wizard)
    # A real click lands on the line edit inside the spin box and selects the whole value.
    qtbot.mouseClick(details.duration.lineEdit(), Qt.MouseButton.LeftButton)
    QTest.keyClicks(focused(), "45")
    assert details.duration.value() == 45
    next_page(qtbot, wizard, PARTICIPANTS)

    people = wizard.currentPage()
    assert isinstance(people, ParticipantsPage)
    qtbot.waitUntil(lambda: people.contacts_loaded, timeout=10_000)
    assert people.suggestions.count() == 0  # nobody known yet
    assert people.save_contact.isChecked()  # a new participant is kept unless unticked
    form = people.form
    type_text(form.name, "Åsa Öhrström")
    type_text(form.organisation, "Torsås kommun, hemsjukvården")
    type_text(form.role, "sjuksköterska")
    type_text(form.phone, "070-000 00 01")
    click(qtbot, form.messenger)
    click(qtbot, people.add_button)
    type_text(form.name, "Göran Älvdal")
    type_text(form.phone, "0480-00 00 02")
    press(Qt.Key.Key_Return)  # Enter in a field adds
    type_text(form.name, "Närstående Ärlig")
    type_text(form.phone, "070-000 00 03")
    click(qtbot, form.relative)
    click(qtbot, people.add_button)
    assert people.table.rowCount() == 3
    contacts = contacts_of(window)
    qtbot.waitUntil(lambda: len(contacts.all()) == 2, timeout=10_000)
    next_page(qtbot, wizard, ROOM)

    room = wizard.currentPage()
    assert isinstance(room, RoomPage)
    invitation = room_from_clipboard(qtbot, room)
    next_page(qtbot, wizard, CHANNELS)
    channels = wizard.currentPage()
    assert isinstance(channels, ChannelsPage)
    asa = channels.rows[0]
    assert asa.selected() is Channel.COSMIC_MESSENGER  # recommended: reachable there
    choose_channel(asa, Channel.PHONE)  # this unit calls her
    with qtbot.waitSignal(wizard.booked, timeout=10_000):
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    return invitation


def test_typed_participants_become_contacts_offered_and_added_in_one_action(
    qtbot: QtBot, launch: Callable[..., Launcher]
) -> None:
    window = launch("--profile", "kalmar", "--unit", "HC Torsås").window
    assert window is not None
    wait_ready(qtbot, window)
    earlier = first_meeting(qtbot, window)
    kept = {c.name: c for c in contacts_of(window).all()}
    assert set(kept) == {"Åsa Öhrström", "Göran Älvdal"}  # the relative is not a contact
    assert kept["Åsa Öhrström"].channel is Channel.PHONE  # as booked
    assert (
        kept["Åsa Öhrström"].role == "sjuksköterska" and kept["Åsa Öhrström"].has_cosmic_messenger
    )

    # The next meeting: the unit's last length is proposed.
    qtbot.waitUntil(lambda: not window.busy(), timeout=10_000)
    wizard = open_wizard(qtbot, window, DISTANCE)
    qtbot.addWidget(wizard)
    details = to_participants(qtbot, wizard)
    assert details.duration.value() == 45
    next_page(qtbot, wizard, PARTICIPANTS)

    people = wizard.currentPage()
    assert isinstance(people, ParticipantsPage)
    qtbot.waitUntil(lambda: people.suggestions.count() == 2, timeout=10_000)
    # Enter with nothing typed goes on as always (here: not yet, nobody takes part), it never
    # takes an offered contact by itself.
    people.form.name.setFocus()
    press(Qt.Key.Key_Return)
    assert wizard.plan.participants == [] and wizard.currentId() == PARTICIPANTS
    # A participant being written is never thrown away by a contact picked meanwhile.
    type_text(people.form.phone, "070-000 00 07")
    people.suggestions.setFocus()
    press(Qt.Key.Key_Return)
    assert wizard.plan.participants == [] and people.list_error.isVisible()
    assert people.form.phone.text() == "070-000 00 07"
    people.form.phone.setFocus()
    QTest.keyClick(people.form.phone, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(people.form.phone, Qt.Key.Key_Delete)
    # Typing a name offers the contact; ↓ and Enter add it with every field filled in.
    type_text(people.form.name, "gö")
    assert [c.name for c in people.suggestions.shown()] == ["Göran Älvdal"]
    press(Qt.Key.Key_Down)
    assert focused() is people.suggestions
    press(Qt.Key.Key_Return)
    assert wizard.currentId() == PARTICIPANTS  # added, not Nästa
    goran = wizard.plan.participants[0]
    assert (goran.name, goran.organisation, goran.phone) == ("Göran Älvdal", "", "0480-00 00 02")
    assert people.form.name.text() == ""  # the typed letters were only the search
    # The other one with one click on the offered list.
    suggestions = people.suggestions
    assert [c.name for c in suggestions.shown()] == ["Åsa Öhrström"]
    item = suggestions.item(0)
    assert item is not None
    qtbot.mouseClick(
        suggestions.viewport(),
        Qt.MouseButton.LeftButton,
        pos=suggestions.visualItemRect(item).center(),
    )
    asa = wizard.plan.participants[1]
    assert asa.organisation == "Torsås kommun, hemsjukvården" and asa.has_cosmic_messenger
    assert people.table.rowCount() == 2 and suggestions.count() == 0  # nobody offered twice
    # Removed again (Delete in the list) and taken back by its name and Enter alone.
    people.table.setFocus()
    people.table.selectRow(1)
    press(Qt.Key.Key_Delete)
    assert [p.name for p in wizard.plan.participants] == ["Göran Älvdal"]
    type_text(people.form.name, "öhr")
    press(Qt.Key.Key_Return)
    assert [p.name for p in wizard.plan.participants] == ["Göran Älvdal", "Åsa Öhrström"]
    assert wizard.currentId() == PARTICIPANTS and people.form.name.text() == ""
    # The earlier meeting's invitation still on the clipboard is not offered for the new room.
    QGuiApplication.clipboard().setText(earlier)
    next_page(qtbot, wizard, ROOM)

    room = wizard.currentPage()
    assert isinstance(room, RoomPage)
    qtbot.waitUntil(lambda: bool(room.manual_hint.call_id.value()), timeout=10_000)
    # Read at once when the address showed, refused by the reuse check, removed without a word.
    qtbot.waitUntil(lambda: room.invitation.toPlainText() == "", timeout=10_000)
    assert not room.read_error.isVisible() and not room.clipboard_note.isVisible()
    assert not room.isComplete()
    # Something typed in the box is never replaced by what is copied afterwards.
    type_text(room.invitation, "skriver själv")
    QGuiApplication.clipboard().setText(own_invitation(qtbot, room))
    assert room.invitation.toPlainText() == "skriver själv"
    room.invitation.setFocus()
    QTest.keyClick(room.invitation, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(room.invitation, Qt.Key.Key_Delete)
    click(qtbot, room.paste_button)
    qtbot.waitUntil(room.isComplete, timeout=10_000)
    next_page(qtbot, wizard, CHANNELS)

    channels = wizard.currentPage()
    assert isinstance(channels, ChannelsPage)
    by_name = {row.participant.name: row for row in channels.rows}
    assert by_name["Åsa Öhrström"].selected() is Channel.PHONE  # the unit's channel for her
    click(qtbot, by_name["Göran Älvdal"].sent)
    with qtbot.waitSignal(wizard.booked, timeout=10_000) as booked:
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert window.context is not None
    detail = window.context.meetings.detail(booked.args[0])
    states = {
        p.name: (p.delivery.channel, p.delivery.state) for p in detail.participants if p.delivery
    }
    assert states == {
        "Göran Älvdal": (Channel.PHONE, DeliveryState.CONFIRMED),
        "Åsa Öhrström": (Channel.PHONE, DeliveryState.NOT_SENT),
    }
    assert contacts_of(window).all()[0].name in {"Åsa Öhrström", "Göran Älvdal"}


def test_the_kontakter_window_changes_and_removes_a_contact(
    qtbot: QtBot, launch: Callable[..., Launcher]
) -> None:
    window = launch("--profile", "kalmar", "--unit", "HC Torsås").window
    assert window is not None
    wait_ready(qtbot, window)
    contacts = contacts_of(window)
    contacts.add(Contact(name="Berit Berg", organisation="Emmaboda kommun", phone="0471-00 00 01"))
    contacts.add(
        Contact(name="Carl Ceder", organisation="Region Kalmar län", phone="0480-00 00 09")
    )
    menus = [action.menu() for action in window.menuBar().actions()]
    # In Visa, beside Möteslogg and Statistik.
    assert any(isinstance(m, QMenu) and window.tools.contacts_action in m.actions() for m in menus)
    with qtbot.waitSignal(window.dialogOpened, timeout=10_000) as opened:
        window.tools.contacts_action.trigger()
    dialog = opened.args[0]
    assert isinstance(dialog, ContactsWindow)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)

    # A row chosen fills the fields; the role typed and saved.
    click(qtbot, dialog.table.viewport())  # into the table, as a person clicks a row
    dialog.table.setFocus()
    press(Qt.Key.Key_Home)
    chosen = dialog.selected()
    assert chosen is not None and dialog.form.name.text() == chosen.name
    type_text(dialog.form.role, "biståndshandläggare")
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        click(qtbot, dialog.save_button)
    assert {c.name: c.role for c in contacts.all()}[chosen.name] == "biståndshandläggare"

    # A personnummer in any field is refused next to it; nothing is stored.
    dialog.table.setFocus()
    press(Qt.Key.Key_Home)
    type_text(dialog.form.organisation, " 19121212-1212")
    click(qtbot, dialog.save_button)
    assert dialog.form.errors["organisation"].isVisible()
    assert "19121212" not in " ".join(c.organisation for c in contacts.all())

    # Ta bort asks first; Behåll keeps it, Ta bort removes it.
    dialog.table.setFocus()
    press(Qt.Key.Key_Home)
    click(qtbot, dialog.remove_button)
    box = dialog.question
    assert isinstance(box, QMessageBox) and box.isVisible()
    click(qtbot, box.button(QMessageBox.StandardButton.No))
    assert len(contacts.all()) == 2
    click(qtbot, dialog.remove_button)
    box = dialog.question
    assert box is not None
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    assert dialog.table.rowCount() == 1 and len(contacts.all()) == 1
    dialog.close()


SEFOS_LINK = "Välkommen till mötet: https://sefos.kommun.example.se/mote/abc123"


def test_the_municipalitys_room_by_keyboard_is_proposed_next_time(
    qtbot: QtBot, launch: Callable[..., Launcher]
) -> None:
    window = launch("--profile", "region_pexip", "--unit", "Avd 12 Medicin").window
    assert window is not None
    wait_ready(qtbot, window)
    people = [DriverPerson("Handläggare Åkesson", "Kommunen", email="h1@kommun.example.se")]
    scenario = Scenario(people=people, external=True, invitation=SEFOS_LINK)
    wizard = open_wizard(qtbot, window, "Annat möte (rond, hembesök, annat)")
    qtbot.waitUntil(lambda: wizard.state.last_used is not None, timeout=10_000)
    when = When(date.today() + timedelta(days=7))
    run_wizard_by_keyboard(qtbot, wizard, scenario, when)  # Alt+K, the link read by itself

    # Next time the unit's usual room is chosen already, and the link on the clipboard is read.
    qtbot.waitUntil(lambda: not window.busy(), timeout=10_000)
    QGuiApplication.clipboard().setText(SEFOS_LINK.replace("abc123", "def456"))
    wizard = open_wizard(qtbot, window, "Annat möte (rond, hembesök, annat)")
    qtbot.addWidget(wizard)
    to_participants(qtbot, wizard)
    next_page(qtbot, wizard, PARTICIPANTS)
    people_page = wizard.currentPage()
    assert isinstance(people_page, ParticipantsPage)
    qtbot.waitUntil(lambda: people_page.suggestions.count() == 1, timeout=10_000)
    people_page.suggestions.setFocus()
    press(Qt.Key.Key_Space)  # Space on the offered contact adds it too
    assert [p.email for p in wizard.plan.participants] == ["h1@kommun.example.se"]
    next_page(qtbot, wizard, ROOM)
    room = wizard.currentPage()
    assert isinstance(room, RoomPage)
    assert room.external.isChecked() and not room.name_box.isVisible()
    assert room.reserved is None  # no room number spent on the municipality's room
    qtbot.waitUntil(room.isComplete, timeout=10_000)
    assert room.join.web_link.value() == "https://sefos.kommun.example.se/mote/def456"


def test_last_used_values_fill_only_what_the_routine_lets_others_hold() -> None:
    # SIP i slutenvård: the rigger and the starter are usually the discharge coordinator, not
    # the user, so their names come back; the user's own role keeps the user's name.
    state = state_for(MeetingType.SIP_INPATIENT)
    state.plan.roles = {"inviter": "Koordinator"}
    state.last_used = LastUsed(
        duration_minutes=90,
        mode=MeetingMode.PARTLY_DIGITAL,
        roles={"inviter": "Någon annan", "rigger": "Utskrivningssamordnare Berg"},
    )
    apply_last_used(state)
    plan = state.plan
    assert plan.duration_minutes == 90 and plan.mode is MeetingMode.PARTLY_DIGITAL
    assert plan.roles == {"inviter": "Koordinator", "rigger": "Utskrivningssamordnare Berg"}
    # A mode the routine does not offer is not taken over (Annat möte: digital only).
    other = state_for(MeetingType.OTHER)
    other.last_used = LastUsed(mode=MeetingMode.PARTLY_DIGITAL)
    apply_last_used(other)
    assert other.plan.mode is MeetingMode.DIGITAL


def test_a_contacts_channel_the_meeting_does_not_allow_is_left_to_the_channel_page(
    qtbot: QtBot, swedish_qt: None
) -> None:
    startup = prepare(["--profile", "kalmar", "--unit", "HC Torsås"])
    context = build_context(startup.settings, startup.profiles["kalmar"], startup.paths)
    try:
        contacts = context.contacts
        assert contacts is not None
        # Kept on a PC whose profile allowed e-mail; Kalmar never sends by e-mail.
        contacts.add(
            Contact(name="Dora Dahl", email="dora@kommun.example.se", channel=Channel.EMAIL)
        )
        contacts.add(Contact(name="Erik Ek", phone="070-000 00 21", channel=Channel.PHONE))
        state = state_for(MeetingType.DISTANCE)
        page = ParticipantsPage(state, contacts, run_at_once)
        qtbot.addWidget(page)
        page.initializePage()
        page.show()
        assert {c.name for c in page.suggestions.shown()} == {"Dora Dahl", "Erik Ek"}
        for name in ("dora", "erik"):
            type_text(page.form.name, name)
            QTest.keyClick(page.form.name, Qt.Key.Key_Return)  # the one offered is taken
        channels = {p.name: p.channel for p in state.plan.participants}
        assert channels == {"Dora Dahl": None, "Erik Ek": Channel.PHONE}
    finally:
        context.close()
