"""Nothing lost: a wizard closed half-way is offered again, with what was entered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from tests.helpers.person import click, type_text
from tests.ui.conftest import own_invitation, wait_ready
from tests.ui.wizard_driver import next_page
from vardmote_desktop.domain.types import MeetingType
from vardmote_desktop.ui.launcher import Launcher
from vardmote_desktop.ui.main_window import MainWindow
from vardmote_desktop.ui.wizards.meeting_wizard import (
    CHANNELS,
    DETAILS,
    PARTICIPANTS,
    ROOM,
    SUITABILITY,
    MeetingWizard,
)
from vardmote_desktop.ui.wizards.page_details import DetailsPage
from vardmote_desktop.ui.wizards.page_participants import ParticipantsPage
from vardmote_desktop.ui.wizards.page_room import RoomPage
from vardmote_desktop.ui.wizards.page_suitability import SuitabilityPage


def open_new(qtbot: QtBot, window: MainWindow) -> MeetingWizard:
    with qtbot.waitSignal(window.wizardOpened, timeout=10_000) as opened:
        window.new_meeting_actions[MeetingType.DISTANCE].trigger()
    wizard = opened.args[0]
    assert isinstance(wizard, MeetingWizard)
    return wizard


def test_half_finished_wizard_is_continued_after_a_restart(
    qtbot: QtBot, launch: Callable[..., Launcher]
) -> None:
    window = launch("--profile", "kalmar", "--unit", "HC Torsås").window
    assert window is not None
    wait_ready(qtbot, window)
    wizard = open_new(qtbot, window)
    suitability = wizard.page(SUITABILITY)
    assert isinstance(suitability, SuitabilityPage)
    click(qtbot, suitability.video)
    click(qtbot, suitability.security)
    next_page(qtbot, wizard, DETAILS)
    details = wizard.page(DETAILS)
    assert isinstance(details, DetailsPage)
    type_text(details.reference, "Ärende 12")
    next_page(qtbot, wizard, PARTICIPANTS)
    people = wizard.page(PARTICIPANTS)
    assert isinstance(people, ParticipantsPage)
    type_text(people.form.name, "Handläggare Åkesson")
    type_text(people.form.phone, "070-000 00 31")
    click(qtbot, people.add_button)
    next_page(qtbot, wizard, ROOM)
    room = wizard.page(ROOM)
    assert isinstance(room, RoomPage)
    qtbot.waitUntil(lambda: room.room_name.value() == "HC Torsås 1", timeout=10_000)
    qtbot.waitUntil(lambda: wizard.draft_id is not None and not wizard.busy(), timeout=10_000)
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))  # closed half-way
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=10_000)
    window.close()

    # The application starts again; Nytt möte offers the draft.
    again = launch("--profile", "kalmar", "--unit", "HC Torsås").window
    assert again is not None
    wait_ready(qtbot, again)
    again.new_meeting_actions[MeetingType.DISTANCE].trigger()
    qtbot.waitUntil(lambda: again.draft_question is not None, timeout=10_000)
    question = again.draft_question
    assert question is not None and "påbörjat möte" in question.text()
    with qtbot.waitSignal(again.wizardOpened, timeout=10_000) as opened:
        click(qtbot, question.button(QMessageBox.StandardButton.Yes))
    resumed = opened.args[0]
    assert isinstance(resumed, MeetingWizard)
    assert resumed.plan.reference == "Ärende 12"
    assert [p.name for p in resumed.plan.participants] == ["Handläggare Åkesson"]

    # Through the pages again: everything is filled in, and the reserved name is kept.
    next_page(qtbot, resumed, DETAILS)
    resumed_details = resumed.page(DETAILS)
    assert isinstance(resumed_details, DetailsPage)
    assert resumed_details.reference.text() == "Ärende 12"
    next_page(qtbot, resumed, PARTICIPANTS)
    next_page(qtbot, resumed, ROOM)
    resumed_room = resumed.page(ROOM)
    assert isinstance(resumed_room, RoomPage)
    assert resumed_room.room_name.value() == "HC Torsås 1"  # no new number spent
    QGuiApplication.clipboard().setText(own_invitation(qtbot, resumed_room))
    click(qtbot, resumed_room.paste_button)
    qtbot.waitUntil(resumed_room.isComplete, timeout=5_000)
    next_page(qtbot, resumed, CHANNELS)  # the last page: the summary is merged into it
    with qtbot.waitSignal(resumed.booked, timeout=10_000):
        click(qtbot, resumed.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: not resumed.busy(), timeout=10_000)
    assert again.context is not None
    assert again.context.drafts.latest(MeetingType.DISTANCE) is None  # booked: draft gone
