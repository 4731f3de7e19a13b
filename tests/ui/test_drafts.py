"""Nothing lost: a wizard closed half-way is offered again, with what was entered."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWizard
from pytest import MonkeyPatch
from pytestqt.qtbot import QtBot

from tests.helpers.colleague import run_colleague
from tests.helpers.person import click
from tests.ui.conftest import listed, own_invitation, wait_ready
from tests.ui.test_every_wizard import CISCO_INVITATION, PEXIP_INVITATION
from tests.ui.wizard_driver import Person, Scenario, fill_to_room, fill_wizard, next_page
from vardmote_desktop.domain.types import MeetingType
from vardmote_desktop.ui.launcher import Launcher
from vardmote_desktop.ui.main_window import MainWindow
from vardmote_desktop.ui.wizards.meeting_wizard import (
    CHANNELS,
    DETAILS,
    PARTICIPANTS,
    ROOM,
    MeetingWizard,
)
from vardmote_desktop.ui.wizards.page_details import DetailsPage
from vardmote_desktop.ui.wizards.page_room import RoomPage


def open_new(qtbot: QtBot, window: MainWindow) -> MeetingWizard:
    with qtbot.waitSignal(window.wizardOpened, timeout=10_000) as opened:
        window.new_meeting_actions[MeetingType.DISTANCE].trigger()
    wizard = opened.args[0]
    assert isinstance(wizard, MeetingWizard)
    return wizard


# A distance meeting by video with one participant, as the draft tests type it.
BY_VIDEO = Scenario(
    reference="Ärende 12", people=[Person("Handläggare Åkesson", phone="070-000 00 31")]
)


def test_half_finished_wizard_is_continued_after_a_restart(
    qtbot: QtBot, launch: Callable[..., Launcher]
) -> None:
    window = launch("--profile", "kalmar", "--unit", "HC Torsås").window
    assert window is not None
    wait_ready(qtbot, window)
    wizard = open_new(qtbot, window)
    room = fill_to_room(qtbot, wizard, BY_VIDEO)
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
    # Gone with the booking itself, not by a later job a kill could cut off.
    assert again.context is not None
    assert again.context.drafts.latest(MeetingType.DISTANCE) is None
    assert not resumed.busy()


def _listed_anywhere(window: MainWindow) -> list[int]:
    return [m for group in ("needs_action", "upcoming", "past") for m in listed(window, group)]


@pytest.mark.parametrize(
    ("profile", "invitation"), [("kalmar", CISCO_INVITATION), ("region_pexip", PEXIP_INVITATION)]
)
def test_finishing_a_draft_already_booked_on_another_pc_says_so_and_keeps_the_wizard(
    qtbot: QtBot,
    launch: Callable[..., Launcher],
    tmp_path: Path,
    monkeypatch: MonkeyPatch,
    profile: str,
    invitation: str,
) -> None:
    # Anna filled in a wizard here, continued the same draft at another PC of the ward and
    # booked it there; back here she presses Färdig in the wizard she left open.
    monkeypatch.setenv("LOGNAME", "anna.s")
    monkeypatch.setenv("COLLEAGUE_PROFILE", profile)
    shared = f"sqlite:///{tmp_path / 'delad' / 'vardmote.db'}"
    window = launch("--profile", profile, "--unit", "HC Torsås", "--database", shared).window
    assert window is not None
    wait_ready(qtbot, window)
    wizard = open_new(qtbot, window)
    fill_wizard(qtbot, wizard, replace(BY_VIDEO, invitation=invitation))
    qtbot.waitUntil(lambda: wizard.draft_id is not None and not wizard.busy(), timeout=10_000)

    booked = int(run_colleague(shared, "book-draft", MeetingType.DISTANCE.value))

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    click(qtbot, finish)
    error = wizard.channels_page.summary_view.error
    gone = "Utkastet finns inte"
    qtbot.waitUntil(lambda: error.isVisible() and gone in error.text(), timeout=10_000)
    assert "annan dator" in error.text()
    assert wizard.isVisible() and wizard.meeting_id is None  # nothing booked here, nothing lost
    assert wizard.plan.reference == "Ärende 12"
    # Färdig again, as the message offers: our room's name says it is booked already.
    qtbot.waitUntil(finish.isEnabled, timeout=5_000)
    click(qtbot, finish)
    name = wizard.room_page.room_name.value()
    qtbot.waitUntil(lambda: error.isVisible() and name in error.text(), timeout=10_000)
    assert "redan" in error.text() and wizard.isVisible() and wizard.meeting_id is None
    assert finish.isEnabled()  # Avbryt, or Tillbaka to look again
    # One meeting in the shared log: the colleague PC's, which this window's list shows.
    qtbot.waitUntil(lambda: _listed_anywhere(window) == [booked], timeout=10_000)
    # Avbryt keeps no draft of a meeting booked elsewhere: Nytt möte would offer it again.
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    qtbot.waitUntil(lambda: not window.busy(), timeout=10_000)
    assert window.context is not None
    assert window.context.drafts.latest(MeetingType.DISTANCE) is None


def test_faerdig_pressed_while_the_draft_is_being_saved_books_after_the_save(
    qtbot: QtBot, launch: Callable[..., Launcher], tmp_path: Path
) -> None:
    # Another PC of the unit holds the shared log's write lock: the draft saved on reaching
    # the last page waits, and Färdig is pressed meanwhile. A booking racing that save left
    # a draft behind for a meeting already booked (the save wrote it again after it).
    path = tmp_path / "delad" / "vardmote.db"
    shared = f"sqlite:///{path}"
    window = launch("--profile", "kalmar", "--unit", "HC Torsås", "--database", shared).window
    assert window is not None
    wait_ready(qtbot, window)
    assert window.context is not None
    wizard = open_new(qtbot, window)
    room = fill_to_room(qtbot, wizard, BY_VIDEO)
    QGuiApplication.clipboard().setText(own_invitation(qtbot, room))
    click(qtbot, room.paste_button)
    qtbot.waitUntil(room.isComplete, timeout=5_000)
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=10_000)

    other_pc = sqlite3.connect(path, isolation_level=None)
    try:
        other_pc.execute("BEGIN IMMEDIATE")  # its write lock, for a moment
        next_page(qtbot, wizard, CHANNELS)  # the draft's save starts, and waits
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
        qtbot.wait(200)
        assert wizard.busy() and wizard.meeting_id is None
        assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    finally:
        other_pc.execute("ROLLBACK")
        other_pc.close()
    with qtbot.waitSignal(wizard.booked, timeout=10_000):
        pass
    assert window.context.drafts.latest(MeetingType.DISTANCE) is None
    assert not wizard.busy()  # nothing left to write a draft again
    # One meeting on the list (not yet confirmed: under Behöver åtgärd).
    qtbot.waitUntil(lambda: len(listed(window, "needs_action")) == 1, timeout=10_000)
    assert listed(window, "upcoming") == {}
