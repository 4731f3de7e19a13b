"""Keys on single pages: Enter goes on and never copies again, Tab leaves the participants
table, rows are removed and corrected by keys, and no Alt+letter means two things."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage
from pytestqt.qtbot import QtBot

from tests.helpers.person import type_text
from tests.ui.test_wizard_pages import FakeInvitations, state_for
from tests.ui.wizard_driver import (
    alt,
    alt_type,
    assert_unique_mnemonics,
    focused,
    mnemonics,
    press,
    tab_to,
)
from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.types import (
    MeetingMode,
    MeetingType,
    OrganisationKind,
    PlatformKind,
)
from vardmote_desktop.services.dto import ParticipantPlan, RoomPlan
from vardmote_desktop.ui.wizards.page_channels import ChannelsPage
from vardmote_desktop.ui.wizards.page_details import DetailsPage
from vardmote_desktop.ui.wizards.page_participants import ParticipantsPage


@pytest.fixture
def wizard(qtbot: QtBot, swedish_qt: None) -> Iterator[QWizard]:
    """A bare wizard in the meeting wizard's style, with Qt's Swedish buttons."""
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    qtbot.addWidget(wizard)
    yield wizard


def show(qtbot: QtBot, wizard: QWizard, *pages: QWizardPage) -> None:
    for page in pages:
        wizard.addPage(page)
    wizard.addPage(QWizardPage())  # somewhere for Enter to go on to
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)


def person(name: str, *, email: str | None = None, phone: str | None = None) -> ParticipantPlan:
    if email is None and phone is None:
        email = f"{name.lower()}@kommun.example.se"
    return ParticipantPlan(
        name=name, organisation_kind=OrganisationKind.MUNICIPALITY, email=email, phone=phone
    )


def test_enter_on_the_channel_page_goes_on_and_never_copies_again(
    qtbot: QtBot, wizard: QWizard
) -> None:
    state = state_for(MeetingType.DISTANCE)
    state.plan.room = RoomPlan(
        PlatformKind.MANUAL, join=JoinInfo(video_address="hc.torsas.7@video.example.se")
    )
    state.plan.participants = [person("Åsa", phone="070-000 00 01")]
    page = ChannelsPage(state, FakeInvitations())
    show(qtbot, wizard, page)
    row = page.rows[0]
    for button in (page.copy_all, row.copy_body):
        tab_to(button)
        press(Qt.Key.Key_Space)  # Space on a focused button copies
        assert QGuiApplication.clipboard().text().startswith("Videoadress:")
        QGuiApplication.clipboard().setText("orört")
    tab_to(row.channel)
    press(Qt.Key.Key_Return)  # Enter in the channel list
    assert wizard.currentId() == 1
    wizard.back()
    tab_to(row.copy_body)
    press(Qt.Key.Key_Return)  # Enter on the copy button itself
    assert wizard.currentId() == 1
    assert QGuiApplication.clipboard().text() == "orört"


def test_participants_by_keys_tab_leaves_the_table(qtbot: QtBot, wizard: QWizard) -> None:
    state = state_for(MeetingType.DISTANCE)
    page = ParticipantsPage(state)
    show(qtbot, wizard, page)
    form = page.form
    for name in ("Anna", "Bertil", "Cilla"):
        alt_type(qtbot, form.name, name)
        alt_type(qtbot, form.email, f"{name.lower()}@kommun.example.se")
        press(Qt.Key.Key_Return)  # adds, and stays
        assert wizard.currentId() == 0
    assert [p.name for p in state.plan.participants] == ["Anna", "Bertil", "Cilla"]

    tab_to(page.table)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Tab)  # out of the table, not to its next cell
    assert focused() is not page.table
    assert not page.table.isAncestorOf(focused())

    tab_to(page.table)
    page.table.selectRow(0)
    press(Qt.Key.Key_Down)  # Bertil
    press(Qt.Key.Key_Delete)
    assert [p.name for p in state.plan.participants] == ["Anna", "Cilla"]
    press(Qt.Key.Key_F2)  # Cilla, now selected, back into the fields to be corrected
    assert [p.name for p in state.plan.participants] == ["Anna"]
    assert focused() is form.name and form.name.text() == "Cilla"
    type_text(focused(), " Öst")  # the cursor is at the end of the name
    press(Qt.Key.Key_Return)
    assert [p.name for p in state.plan.participants] == ["Anna", "Cilla Öst"]
    assert state.plan.participants[1].email == "cilla@kommun.example.se"
    assert_unique_mnemonics(wizard)


def test_enter_with_a_bad_entry_stays_and_loses_nothing(qtbot: QtBot, wizard: QWizard) -> None:
    state = state_for(MeetingType.DISTANCE)
    page = ParticipantsPage(state)
    show(qtbot, wizard, page)
    form = page.form
    alt_type(qtbot, form.name, "Åsa Öhrström")
    alt_type(qtbot, form.email, "inte-en-adress")
    alt(qtbot, form.messenger)
    press(Qt.Key.Key_Return)  # on the tick: still adds, which fails on the address
    assert wizard.currentId() == 0 and not state.plan.participants
    assert form.errors["email"].isVisible()
    assert focused() is form.email  # the cursor is where the fix is needed
    assert form.name.text() == "Åsa Öhrström" and form.messenger.isChecked()
    # Nästa with the entry still there does not drop it either.
    press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(200)
    assert wizard.currentId() == 0 and form.name.text() == "Åsa Öhrström"


def test_edit_never_overwrites_what_is_being_typed(qtbot: QtBot, wizard: QWizard) -> None:
    state = state_for(MeetingType.DISTANCE)
    state.plan.participants = [person("Anna")]
    page = ParticipantsPage(state)
    show(qtbot, wizard, page)
    type_text(page.form.name, "Bo")
    tab_to(page.table)
    press(Qt.Key.Key_Down)
    page.table.selectRow(0)
    press(Qt.Key.Key_F2)
    assert page.list_error.isVisible() and page.form.name.text() == "Bo"
    assert [p.name for p in state.plan.participants] == ["Anna"]


@pytest.mark.parametrize("meeting_type", list(MeetingType))
def test_details_page_mnemonics_are_unique_with_every_row_shown(
    qtbot: QtBot, wizard: QWizard, meeting_type: MeetingType
) -> None:
    state = state_for(meeting_type)  # Kalmar: Cosmic Link asked; some routines ask Lifecare SP
    state.plan.suitability_ok = True
    state.plan.mode = MeetingMode.DIGITAL
    page = DetailsPage(state)
    show(qtbot, wizard, page)
    page.mode_box.show()
    alt_type(qtbot, page.time, "2130")
    press(Qt.Key.Key_Return)
    assert page.concern_row.isVisible() and focused() is page.concern_ok
    found = mnemonics(wizard)
    assert {"n", "d", "t", "l", "k", "r", "c", "j"} <= set(found)
    assert found["n"] == ["&Nästa >"]  # Qt's own Swedish
    assert_unique_mnemonics(wizard)
    QTest.keyClick(focused(), Qt.Key.Key_Space)
    press(Qt.Key.Key_Return)
    assert wizard.currentId() == 1
    assert_unique_mnemonics(wizard)  # Till&baka now shown
