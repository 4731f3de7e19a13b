"""The change dialogs on their own: a same-day change is said, typed times are read strictly."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.person import click, type_text
from tests.ui.wizard_driver import mnemonic
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.domain.types import (
    Channel,
    MeetingMode,
    MeetingStatus,
    MeetingType,
    OrganisationKind,
)
from vardmote_desktop.services.dto import ParticipantInfo
from vardmote_desktop.services.list_rows import MeetingSummary
from vardmote_desktop.ui.meeting_change_dialogs import ParticipantDialog, RescheduleDialog


def summary(starts_at: datetime) -> MeetingSummary:
    return MeetingSummary(
        id=1,
        meeting_type=MeetingType.DISTANCE,
        mode=MeetingMode.DIGITAL,
        status=MeetingStatus.PLANNED,
        starts_at=starts_at,
        duration_minutes=60,
        room_name="HC Torsås 8",
        room_state=None,
        recipients=2,
        confirmed=1,
    )


def retype(qtbot: QtBot, field: object, text: str) -> None:
    assert isinstance(field, QWidget)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(field, text)


def test_a_change_on_the_meetings_own_day_says_to_phone(qtbot: QtBot, swedish_qt: None) -> None:
    now = datetime(2026, 12, 3, 9, 0).astimezone()
    later_today = now.replace(hour=14)
    dialog = RescheduleDialog(summary(later_today + timedelta(days=7)), now=now)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.same_day.isVisible()
    retype(qtbot, dialog.date.edit, "2026-12-03")  # moved to today
    assert dialog.same_day.isVisible()
    assert "torsdag 3 december" in dialog.spoken.text()


def test_what_is_typed_is_what_is_saved(qtbot: QtBot, swedish_qt: None) -> None:
    now = datetime(2026, 12, 1, 9, 0).astimezone()
    dialog = RescheduleDialog(summary(now + timedelta(days=3)), now=now)
    qtbot.addWidget(dialog)
    dialog.show()
    retype(qtbot, dialog.date.edit, "2026-12-03")
    retype(qtbot, dialog.time, "13:30")
    retype(qtbot, dialog.duration, "45")
    assert "3 december 13:30–14:15" in dialog.spoken.text()
    with qtbot.waitSignal(dialog.accepted, timeout=2_000):
        click(qtbot, dialog.ok_button)
    assert dialog.starts_at == datetime(2026, 12, 3, 13, 30).astimezone()
    assert dialog.duration.value() == 45


def test_an_unreadable_time_is_refused_in_words(qtbot: QtBot, swedish_qt: None) -> None:
    now = datetime(2026, 12, 1, 9, 0).astimezone()
    dialog = RescheduleDialog(summary(now + timedelta(days=3)), now=now)
    qtbot.addWidget(dialog)
    dialog.show()
    retype(qtbot, dialog.time, "25:99")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and dialog.starts_at is None
    assert dialog.error.isVisible() and "13:30" in dialog.error.text()


def alt_letters(dialog: QWidget) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            letter = mnemonic(widget.text())
            if letter is not None:
                found.setdefault(letter, []).append(widget.text())
    return found


@pytest.mark.parametrize("editing", [False, True])
def test_participant_dialog_mnemonics_are_unique_and_it_reads_as_a_person_types(
    editing: bool, qtbot: QtBot, swedish_qt: None
) -> None:
    profile = load_profiles()["kalmar"]
    person = ParticipantInfo(
        id=7,
        name="Handläggare Ek",
        organisation_kind=OrganisationKind.MUNICIPALITY,
        organisation="Torsås kommun",
        role="",
        is_relative=False,
        email=None,
        phone="070-000 00 51",
        joins_by_video=True,
        active=True,
        replaced_by_id=None,
        delivery=None,
    )
    dialog = ParticipantDialog(
        profile, MeetingType.DISTANCE, person if editing else None, mode=MeetingMode.DIGITAL
    )
    qtbot.addWidget(dialog)
    dialog.show()
    twice = {k: v for k, v in alt_letters(dialog).items() if len(v) > 1}
    assert not twice
    assert not dialog.form.video.isVisible()  # asked only in a partly digital meeting
    if not editing:
        type_text(dialog.form.name, "Sjuksköterska Ås")
        type_text(dialog.form.phone, "070-000 00 52")
    assert dialog.channel.currentData() == Channel.PHONE
    with qtbot.waitSignal(dialog.accepted, timeout=2_000):
        click(qtbot, dialog.ok_button)
    assert dialog.plan is not None and dialog.plan.channel is Channel.PHONE
    assert dialog.plan.name == ("Handläggare Ek" if editing else "Sjuksköterska Ås")
