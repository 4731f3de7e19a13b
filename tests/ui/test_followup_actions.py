"""After booking: sent, confirmed, förhinder, a substitute, the start checklist and cancelling,
all from the main window's buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QMessageBox, QToolButton
from pytestqt.qtbot import QtBot

from tests.helpers.person import cell_text, click, type_text
from tests.ui.conftest import INVITATION_KALMAR, wait_ready
from tests.ui.wizard_driver import Person, Scenario, open_wizard, run_wizard
from vardmote_desktop.domain.types import DeliveryState, MeetingStatus, RoomState
from vardmote_desktop.ui.followup_dialogs import StartChecklistDialog, SubstituteDialog
from vardmote_desktop.ui.launcher import Launcher
from vardmote_desktop.ui.main_window import MainWindow


def button_for(window: MainWindow, text: str) -> QToolButton:
    for button in window.detail.findChildren(QToolButton):
        if button.defaultAction() is not None and button.defaultAction().text() == text:
            return button
    raise AssertionError(f"no button {text!r}")


def act(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Click a button in the detail pane and wait until the meeting has been reloaded."""
    button = button_for(window, text)
    assert button.isEnabled(), f"{text} is disabled"
    with qtbot.waitSignal(window.detailShown, timeout=10_000):
        click(qtbot, button)


def select(window: MainWindow, name: str) -> None:
    detail = window.detail.detail
    assert detail is not None
    person = next(p for p in detail.participants if p.name == name and p.active)
    assert window.detail.select_participant(person.id)


def state_of(window: MainWindow, name: str) -> DeliveryState | None:
    detail = window.detail.detail
    assert detail is not None
    person = next(p for p in detail.participants if p.name == name)
    return person.delivery.state if person.delivery else None


def test_follow_up_from_the_detail_pane(qtbot: QtBot, launch: Callable[..., Launcher]) -> None:
    launcher = launch("--profile", "kalmar", "--unit", "HC Torsås")
    window = launcher.window
    assert window is not None
    wait_ready(qtbot, window)
    scenario = Scenario(
        people=[
            Person("Handläggare Åkesson", phone="070-000 00 21", messenger=True),
            Person("Sjuksköterska Öst", phone="070-000 00 22", messenger=True),
        ],
        invitation=INVITATION_KALMAR,
        send_all=False,
    )
    meeting_id = run_wizard(
        qtbot, open_wizard(qtbot, window, "Distansmöte mellan huvudmän"), scenario
    )
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=10_000)
    assert window.detail.detail is not None and window.detail.detail.summary.id == meeting_id

    select(window, "Handläggare Åkesson")
    assert not button_for(window, "Markera som &bekräftad").isEnabled()  # not sent yet
    act(qtbot, window, "Markera som &skickad")
    assert state_of(window, "Handläggare Åkesson") is DeliveryState.SENT
    select(window, "Handläggare Åkesson")
    act(qtbot, window, "Markera som &bekräftad")
    assert state_of(window, "Handläggare Åkesson") is DeliveryState.CONFIRMED

    # Förhinder, then a substitute typed with Swedish letters.
    select(window, "Sjuksköterska Öst")
    act(qtbot, window, "&Kan inte delta")
    assert state_of(window, "Sjuksköterska Öst") is DeliveryState.CANNOT_ATTEND
    select(window, "Sjuksköterska Öst")
    with qtbot.waitSignal(window.meeting_actions.dialogOpened) as opened:
        click(qtbot, button_for(window, "Byt till &ersättare…"))
    dialog = opened.args[0]
    assert isinstance(dialog, SubstituteDialog)
    type_text(dialog.form.name, "Ersättare Ågren")
    type_text(dialog.form.phone, "070-000 00 23")
    click(qtbot, dialog.form.messenger)
    assert "aldrig vidarebefordras" in dialog.findChildren(type(dialog.reason))[0].text()
    with qtbot.waitSignal(window.detailShown, timeout=10_000):
        click(qtbot, dialog.ok_button)
    detail = window.detail.detail
    assert detail is not None
    old = next(p for p in detail.participants if p.name == "Sjuksköterska Öst")
    new = next(p for p in detail.participants if p.name == "Ersättare Ågren")
    assert not old.active and old.replaced_by_id == new.id
    assert new.delivery is not None and new.delivery.state is DeliveryState.NOT_SENT
    assert cell_text(window.detail.participants, 1, 0) == "Sjuksköterska Öst (ersatt)"

    # The start checklist needs both boxes.
    with qtbot.waitSignal(window.meeting_actions.dialogOpened) as opened:
        click(qtbot, button_for(window, "&Starta mötet…"))
    # The meeting is hours away: asked first, No by default.
    far = opened.args[0]
    assert isinstance(far, QMessageBox) and "Mötet börjar först" in far.text()
    assert far.defaultButton() is far.button(QMessageBox.StandardButton.No)
    with qtbot.waitSignal(window.meeting_actions.dialogOpened) as opened:
        click(qtbot, far.button(QMessageBox.StandardButton.Yes))
    checklist = opened.args[0]
    assert isinstance(checklist, StartChecklistDialog)
    assert not checklist.ok_button.isEnabled()
    click(qtbot, checklist.sees)
    click(qtbot, checklist.hears)
    with qtbot.waitSignal(window.detailShown, timeout=10_000):
        click(qtbot, checklist.ok_button)
    detail = window.detail.detail
    assert detail is not None and "meeting_started" in [e.action for e in detail.events]

    # Cancelling asks first; the room then tops Behöver åtgärd until it is deleted.
    with qtbot.waitSignal(window.meeting_actions.dialogOpened) as opened:
        click(qtbot, button_for(window, "Ställ &in mötet…"))
    box = opened.args[0]
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(window.detailShown, timeout=10_000):
        click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    detail = window.detail.detail
    assert detail is not None and detail.summary.status is MeetingStatus.CANCELLED
    assert detail.summary.attention == ("cancelled_room",)
    qtbot.waitUntil(lambda: window.meeting_list.group_count("needs_action") == 1, timeout=10_000)
    history = [
        cell_text(window.detail.history, r, 2) for r in range(window.detail.history.rowCount())
    ]
    assert "Mötet ställdes in" in history
    assert any(text.startswith("Ersatt av ersättare: Sjuksköterska Öst") for text in history)
    assert "Bekräftad: Handläggare Åkesson, svar" in history
    assert isinstance(dialog, QDialog)

    # The manual room is deleted in Cisco Meeting by the user, who then confirms it here.
    with qtbot.waitSignal(window.meeting_actions.dialogOpened) as opened:
        click(qtbot, button_for(window, "Ta bort &mötesrum…"))
    confirm = opened.args[0]
    assert isinstance(confirm, QMessageBox) and "HC Torsås 1" in confirm.text()
    with qtbot.waitSignal(window.detailShown, timeout=10_000):
        click(qtbot, confirm.button(QMessageBox.StandardButton.Yes))
    detail = window.detail.detail
    assert detail is not None and detail.room is not None
    assert detail.room.state is RoomState.DELETED and detail.summary.attention == ()
    assert not button_for(window, "Ta bort &mötesrum…").isEnabled()
    last = cell_text(window.detail.history, window.detail.history.rowCount() - 1, 2)
    assert last == "Mötesrum borttaget: HC Torsås 1, för hand, bekräftat i Vårdmöte"
    qtbot.waitUntil(lambda: window.meeting_list.group_count("needs_action") == 0, timeout=10_000)
    assert window.meeting_list.group_count("past") == 1
