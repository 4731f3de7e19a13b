"""After booking, from the detail pane as a person: a new time, a participant added, edited and
removed; confirmations reset, the history says so, and the details are copied again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.helpers.person import cell_text, click, type_text
from tests.ui.conftest import INVITATION_KALMAR, wait_ready
from tests.ui.test_followup_actions import act, button_for, select
from tests.ui.wizard_driver import Person, Scenario, open_wizard, run_wizard
from vardmote_desktop.domain.types import Channel, DeliveryState
from vardmote_desktop.services.dto import MeetingDetail
from vardmote_desktop.ui.launcher import Launcher
from vardmote_desktop.ui.main_window import MainWindow
from vardmote_desktop.ui.meeting_change_dialogs import ParticipantDialog, RescheduleDialog


def replace_text(qtbot: QtBot, field: object, text: str) -> None:
    """Select what is in the field (Ctrl+A) and type over it, as a person does."""
    from PySide6.QtWidgets import QWidget

    assert isinstance(field, QWidget)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(field, text)


def history(window: MainWindow) -> list[str]:
    table = window.detail.history
    return [cell_text(table, r, 2) for r in range(table.rowCount())]


def statuses(window: MainWindow) -> dict[str, str]:
    table = window.detail.participants
    return {cell_text(table, r, 0): cell_text(table, r, 3) for r in range(table.rowCount())}


def shown_until(qtbot: QtBot, window: MainWindow, ready: Callable[[MeetingDetail], bool]) -> None:
    """Wait until the pane shows the change: a reload begun before it may land first."""

    def check() -> bool:
        detail = window.detail.detail
        return detail is not None and ready(detail)

    qtbot.waitUntil(check, timeout=10_000)


def book_and_send(qtbot: QtBot, window: MainWindow) -> int:
    scenario = Scenario(
        people=[
            Person("Handläggare Åkesson", phone="070-000 00 21", messenger=True),
            Person("Sjuksköterska Öst", phone="070-000 00 22", messenger=True),
        ],
        invitation=INVITATION_KALMAR,
        send_all=True,
    )
    meeting_id = run_wizard(
        qtbot, open_wizard(qtbot, window, "Distansmöte mellan huvudmän"), scenario
    )
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=10_000)
    return meeting_id


def test_new_time_resets_confirmations_and_the_details_are_copied_again(
    qtbot: QtBot, launch: Callable[..., Launcher]
) -> None:
    launcher = launch("--profile", "kalmar", "--unit", "HC Torsås")
    window = launcher.window
    assert window is not None
    wait_ready(qtbot, window)
    book_and_send(qtbot, window)
    select(window, "Handläggare Åkesson")
    act(qtbot, window, "Markera som &bekräftad")
    shown_until(qtbot, window, lambda d: d.summary.confirmed == 1)
    assert set(statuses(window).values()) == {"Bekräftad", "Skickad"}
    detail = window.detail.detail
    assert detail is not None
    old_start = detail.summary.starts_at.astimezone()
    new_start = old_start + timedelta(days=2, hours=1)

    with qtbot.waitSignal(window.meeting_actions.dialogOpened) as opened:
        click(qtbot, button_for(window, "Ändra &tid och längd…"))
    dialog = opened.args[0]
    assert isinstance(dialog, RescheduleDialog)
    replace_text(qtbot, dialog.date.edit, new_start.date().isoformat())
    replace_text(qtbot, dialog.time, f"{new_start:%H:%M}")
    replace_text(qtbot, dialog.duration, "45")
    assert f"{new_start:%H:%M}" in dialog.spoken.text()
    click(qtbot, dialog.ok_button)
    shown_until(qtbot, window, lambda d: d.summary.duration_minutes == 45)

    detail = window.detail.detail
    assert detail is not None
    assert detail.summary.starts_at == new_start and detail.summary.duration_minutes == 45
    assert statuses(window) == {
        "Handläggare Åkesson": "Skicka igen",
        "Sjuksköterska Öst": "Skicka igen",
    }
    assert "resend" in detail.summary.attention
    assert "Ändrat efter bokning" in window.detail.heading.text()
    qtbot.waitUntil(lambda: window.meeting_list.group_count("needs_action") == 1, timeout=10_000)
    lines = history(window)
    moved = next(line for line in lines if line.startswith("Ny tid: "))
    assert f"{new_start:%Y-%m-%d %H:%M}, 45 min" in moved
    assert "Mötesuppgifterna måste skickas igen: Handläggare Åkesson, Cosmic Messenger" in lines
    assert not any("manual" in line or "api" in line.split() for line in lines)

    # The whole invitation and one recipient's message, with the new date, from the pane.
    QGuiApplication.clipboard().clear()
    click(qtbot, button_for(window, "Kopiera i&nbjudan"))
    assert new_start.date().isoformat() in QGuiApplication.clipboard().text()
    assert window.detail.copy_result.text() == "Inbjudan är kopierad."
    select(window, "Sjuksköterska Öst")
    click(qtbot, button_for(window, "Kopier&a meddelande"))
    message = QGuiApplication.clipboard().text()
    assert detail.room is not None and detail.room.join.call_id
    assert new_start.date().isoformat() in message and detail.room.join.call_id in message
    assert window.detail.copy_result.text().startswith(
        "Meddelandet till Sjuksköterska Öst är kopierat."
    )

    # Sent again, each: the meeting leaves Behöver åtgärd.
    for name in ("Handläggare Åkesson", "Sjuksköterska Öst"):
        select(window, name)
        act(qtbot, window, "Markera som &skickad")
    shown_until(qtbot, window, lambda d: "resend" not in d.summary.attention)
    assert set(statuses(window).values()) == {"Skickad"}
    qtbot.waitUntil(lambda: window.meeting_list.group_count("needs_action") == 0, timeout=10_000)


def test_participants_added_edited_and_removed_after_booking(
    qtbot: QtBot, launch: Callable[..., Launcher]
) -> None:
    launcher = launch("--profile", "kalmar", "--unit", "HC Torsås")
    window = launcher.window
    assert window is not None
    wait_ready(qtbot, window)
    book_and_send(qtbot, window)

    # Added: typed with Swedish letters, reached by phone (Kalmar: never e-mail).
    with qtbot.waitSignal(window.meeting_actions.dialogOpened) as opened:
        click(qtbot, button_for(window, "&Lägg till deltagare…"))
    dialog = opened.args[0]
    assert isinstance(dialog, ParticipantDialog)
    type_text(dialog.form.name, "Arbetsterapeut Åsa")
    type_text(dialog.form.email, "asa@kommun.example.se")
    assert dialog.channel.count() == 0  # e-mail only: nothing allowed, and the page says why
    assert "E-post får inte användas" in dialog.reason.text()
    assert "telefonnummer" in dialog.reason.text()
    type_text(dialog.form.phone, "070-000 00 23")
    assert dialog.channel.currentData() == Channel.PHONE
    click(qtbot, dialog.ok_button)
    shown_until(qtbot, window, lambda d: len(d.participants) == 3)
    assert statuses(window)["Arbetsterapeut Åsa"] == "Skicka igen"
    assert "Deltagare tillagd: Arbetsterapeut Åsa" in history(window)

    # Edited: a new phone number means the details go out again; a role alone does not.
    select(window, "Sjuksköterska Öst")
    with qtbot.waitSignal(window.meeting_actions.dialogOpened) as opened:
        click(qtbot, button_for(window, "Ändra &deltagare…"))
    edit = opened.args[0]
    assert isinstance(edit, ParticipantDialog)
    assert edit.form.name.text() == "Sjuksköterska Öst" and edit.form.messenger.isChecked()
    replace_text(qtbot, edit.form.phone, "070-999 99 99")
    click(qtbot, edit.ok_button)
    shown_until(qtbot, window, lambda d: d.participants[1].phone == "070-999 99 99")
    assert statuses(window)["Sjuksköterska Öst"] == "Skicka igen"
    assert statuses(window)["Handläggare Åkesson"] == "Skickad"
    assert "Deltagarens uppgifter ändrade: Sjuksköterska Öst, ändrat: telefon" in history(window)

    # Removed: asked first; kept in the list as removed, no longer a recipient.
    select(window, "Handläggare Åkesson")
    with qtbot.waitSignal(window.meeting_actions.dialogOpened) as opened:
        click(qtbot, button_for(window, "Ta bort delta&gare…"))
    box = opened.args[0]
    assert isinstance(box, QMessageBox) and "Handläggare Åkesson" in box.text()
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    shown_until(qtbot, window, lambda d: not d.participants[0].active)
    assert "Handläggare Åkesson (borttagen)" in statuses(window)
    detail = window.detail.detail
    assert detail is not None and detail.summary.recipients == 2
    assert "Deltagare borttagen: Handläggare Åkesson" in history(window)
    gone = next(p for p in detail.participants if p.name == "Handläggare Åkesson")
    assert gone.delivery is not None and gone.delivery.state is DeliveryState.SENT


def test_deleting_the_room_before_the_meeting_warns(
    qtbot: QtBot, launch: Callable[..., Launcher]
) -> None:
    launcher = launch("--profile", "kalmar", "--unit", "HC Torsås")
    window = launcher.window
    assert window is not None
    wait_ready(qtbot, window)
    book_and_send(qtbot, window)
    with qtbot.waitSignal(window.meeting_actions.dialogOpened) as opened:
        click(qtbot, button_for(window, "Ta bort &mötesrum…"))
    box = opened.args[0]
    assert isinstance(box, QMessageBox)
    assert box.icon() is QMessageBox.Icon.Warning and "Mötet är inte över" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    click(qtbot, box.button(QMessageBox.StandardButton.No))
    detail = window.detail.detail
    assert detail is not None and detail.room is not None and detail.room.state == "active"
