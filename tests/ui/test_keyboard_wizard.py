"""Every wizard, on both site profiles, from the first page to Färdig by keyboard alone.

Tab, Alt+letter, Space, Enter and typed text only; every page opens with the cursor on a visible,
usable control and no Alt+letter means two things. The room page alone is done as the other
drivers do it (tests/ui/wizard_driver.py says why).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_ready
from tests.ui.test_every_wizard import (
    CISCO_INVITATION,
    MUNICIPALITY,
    NURSE,
    ON_SITE,
    PEXIP_INVITATION,
    RELATIVE,
)
from tests.ui.wizard_driver import (
    Person,
    Scenario,
    When,
    open_wizard,
    run_wizard_by_keyboard,
)
from vardmote_desktop.domain.types import Channel, MeetingMode
from vardmote_desktop.services.dto import MeetingDetail
from vardmote_desktop.ui.launcher import Launcher

TYPES = [
    "Utskrivningsplanering i slutenvård",
    "SIP i slutenvård – rött spår",
    "SIP i öppenvård",
    "Annat möte (rond, hembesök, annat)",
]


def a_week_ahead() -> When:
    return When(date.today() + timedelta(days=7), "13:30")


def book_by_keyboard(
    qtbot: QtBot,
    launch: Callable[..., Launcher],
    profile: str,
    type_name: str,
    scenario: Scenario,
    when: When,
) -> MeetingDetail:
    launcher = launch("--profile", profile, "--unit", "Avd 12 Medicin", "--user", "Koordinator")
    window = launcher.window
    assert window is not None
    wait_ready(qtbot, window)
    wizard = open_wizard(qtbot, window, type_name)
    meeting_id = run_wizard_by_keyboard(qtbot, wizard, scenario, when)
    assert window.context is not None
    detail = window.context.meetings.detail(meeting_id)
    # Exactly the date and time typed, whatever the fields held before.
    assert (
        detail.summary.starts_at.astimezone()
        == datetime.combine(when.day, time.fromisoformat(when.clock)).astimezone()
    )
    return detail


@pytest.mark.parametrize(
    ("type_name", "partly"),
    [(name, False) for name in TYPES] + [(TYPES[1], True), (TYPES[2], True)],  # mode asked
)
def test_pexip_profile_by_keyboard(
    qtbot: QtBot, launch: Callable[..., Launcher], type_name: str, partly: bool
) -> None:
    people = [MUNICIPALITY, NURSE, RELATIVE] + ([ON_SITE] if partly else [])
    scenario = Scenario(
        partly_digital=partly, reference="LSP-2026-0815", people=people, invitation=PEXIP_INVITATION
    )
    detail = book_by_keyboard(qtbot, launch, "region_pexip", type_name, scenario, a_week_ahead())
    assert detail.summary.mode is (MeetingMode.PARTLY_DIGITAL if partly else MeetingMode.DIGITAL)
    assert detail.reference == "LSP-2026-0815"
    sent = {p.name for p in detail.participants if p.delivery is not None}
    assert sent == {p.name for p in people if p.video}


@pytest.mark.parametrize("type_name", ["Distansmöte mellan huvudmän", *TYPES])
def test_kalmar_profile_by_keyboard(
    qtbot: QtBot, launch: Callable[..., Launcher], type_name: str
) -> None:
    people = [
        Person("Handläggare Åkesson", "Torsås kommun", phone="070-000 00 11", messenger=True),
        Person("Närstående Ärlig", phone="070-000 00 12", relative=True),
    ]
    scenario = Scenario(people=people, invitation=CISCO_INVITATION)
    detail = book_by_keyboard(qtbot, launch, "kalmar", type_name, scenario, a_week_ahead())
    channels = {p.name: p.delivery.channel for p in detail.participants if p.delivery}
    assert channels == {
        "Handläggare Åkesson": Channel.COSMIC_MESSENGER,
        "Närstående Ärlig": Channel.PHONE,
    }


@pytest.mark.parametrize("answer", ["physical", "phone"])
def test_unsuitable_meeting_by_keyboard(
    qtbot: QtBot, launch: Callable[..., Launcher], answer: str
) -> None:
    scenario = Scenario(suitable=answer, people=[NURSE])
    detail = book_by_keyboard(
        qtbot, launch, "kalmar", "SIP i öppenvård", scenario, When(date.today() + timedelta(3))
    )
    assert detail.room is None and not detail.suitability_ok


@pytest.mark.parametrize("clock", ["0130", "19:30", "21"])
def test_a_night_time_is_confirmed_by_keyboard_then_booked_as_typed(
    qtbot: QtBot, launch: Callable[..., Launcher], clock: str
) -> None:
    when = When(date.today() + timedelta(days=2), clock, asked=True)
    scenario = Scenario(people=[MUNICIPALITY], invitation=PEXIP_INVITATION)
    book_by_keyboard(qtbot, launch, "region_pexip", TYPES[3], scenario, when)
