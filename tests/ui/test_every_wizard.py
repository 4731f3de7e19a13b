"""Every meeting type and mode, on both site profiles, clicked through as a coordinator would."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_ready
from tests.ui.wizard_driver import Person, Scenario, open_wizard, run_wizard
from vardmote_desktop.domain.types import (
    Channel,
    DeliveryState,
    MeetingMode,
    MeetingType,
    PlatformKind,
    RoomState,
)
from vardmote_desktop.services.dto import MeetingDetail
from vardmote_desktop.ui.launcher import Launcher
from vardmote_desktop.ui.main_window import MainWindow

PEXIP_INVITATION = (
    "<b>Please join my Pexip Virtual Meeting Room in one of the following ways:</b><br>\r\n"
    "From a VC endpoint or a Skype/Lync client:<br>\r\n"
    "meet.avd.4711@vmr.example.org<br>\r\n"
    "From a web browser:<br>\r\n"
    '<a href="https://pexip.example.org/webapp/#/?conference=meet.avd.4711@vmr.example.org">'
    "Anslut</a><br>\r\nFrom a telephone:<br>\r\n+46 10 000 00 00, then 1234567 #<br>\r\n"
)
CISCO_INVITATION = (
    "Meeting ID: 049206560\nJoin from a computer, mobile phone or tablet\n"
    "Webbläsare: https://join.example.org/meeting/049206560?secret=n354DMuPy4mzLNRwxQWo1Q\n"
    "Join from a video conferencing system or application\nDial sip:hc.torsas.1@video.example.se\n"
)
SEFOS_LINK = "Välkommen till mötet: https://sefos.kommun.example.se/mote/abc123"

MUNICIPALITY = Person(
    "Handläggare Åkesson", "Kommunen, biståndsenheten", email="h1@kommun.example.se"
)
NURSE = Person("Sjuksköterska Ödman", "Hemsjukvården", email="s1@kommun.example.se")
RELATIVE = Person("Närstående Ärlig", email="n1@example.se", relative=True)
ON_SITE = Person("Arbetsterapeut Lund", "Kommunen", email="a1@kommun.example.se", video=False)


def book(
    qtbot: QtBot, launch: Callable[..., Launcher], profile: str, type_name: str, scenario: Scenario
) -> tuple[MainWindow, MeetingDetail]:
    launcher = launch("--profile", profile, "--unit", "Avd 12 Medicin", "--user", "Koordinator")
    window = launcher.window
    assert window is not None
    wait_ready(qtbot, window)
    wizard = open_wizard(qtbot, window, type_name)
    meeting_id = run_wizard(qtbot, wizard, scenario)
    assert window.context is not None
    return window, window.context.meetings.detail(meeting_id)


@pytest.mark.parametrize(
    ("type_name", "meeting_type", "partly"),
    [
        ("Utskrivningsplanering i slutenvård", MeetingType.DISCHARGE_PLANNING, False),
        ("SIP i slutenvård – rött spår", MeetingType.SIP_INPATIENT, False),
        ("SIP i slutenvård – rött spår", MeetingType.SIP_INPATIENT, True),
        ("SIP i öppenvård", MeetingType.SIP_OUTPATIENT, False),
        ("SIP i öppenvård", MeetingType.SIP_OUTPATIENT, True),
        ("Annat möte (rond, hembesök, annat)", MeetingType.OTHER, False),
    ],
)
def test_first_routine_types_on_the_pexip_profile(
    qtbot: QtBot,
    launch: Callable[..., Launcher],
    type_name: str,
    meeting_type: MeetingType,
    partly: bool,
) -> None:
    people = [MUNICIPALITY, NURSE, RELATIVE] + ([ON_SITE] if partly else [])
    scenario = Scenario(
        partly_digital=partly, reference="LSP-2026-0815", people=people, invitation=PEXIP_INVITATION
    )
    _, detail = book(qtbot, launch, "region_pexip", type_name, scenario)

    assert detail.summary.meeting_type is meeting_type
    assert detail.summary.mode is (MeetingMode.PARTLY_DIGITAL if partly else MeetingMode.DIGITAL)
    assert detail.reference == "LSP-2026-0815"
    assert detail.room is not None and detail.room.name == "Avd 12 Medicin 1"
    # The room was made with the address and ID the page showed (the invitation's, rewritten).
    address = detail.room.join.video_address or ""
    assert address.startswith("avd.12.medicin.1.") and address.endswith("@vmr.example.org")
    assert (detail.room.join.call_id or "").isdigit() and detail.room.join.call_id != "1234567"
    assert detail.room.platform is PlatformKind.MANUAL and detail.room.state is RoomState.ACTIVE
    assert "inviter" in detail.roles and detail.roles["inviter"] == "Koordinator"
    invited = {p.name: p.delivery for p in detail.participants}
    # Everyone joining by video gets the Pexip invitation to their e-mail address, relatives too;
    # in a partly digital meeting the one in the room gets none.
    for person in people:
        delivery = invited[person.name]
        if partly and not person.video:
            assert delivery is None
        else:
            assert delivery is not None and delivery.channel is Channel.PEXIP_INVITATION
            assert delivery.state is DeliveryState.SENT


def test_external_municipality_room_is_never_ours(
    qtbot: QtBot, launch: Callable[..., Launcher]
) -> None:
    scenario = Scenario(people=[MUNICIPALITY], external=True, invitation=SEFOS_LINK)
    _, detail = book(qtbot, launch, "region_pexip", "Annat möte (rond, hembesök, annat)", scenario)
    assert detail.room is not None
    assert detail.room.platform is PlatformKind.EXTERNAL
    assert detail.room.state is RoomState.EXTERNAL
    assert detail.room.name is None  # no number was spent on the municipality's room
    assert detail.room.join.web_link == "https://sefos.kommun.example.se/mote/abc123"


@pytest.mark.parametrize(
    ("answer", "mode"), [("physical", MeetingMode.PHYSICAL), ("phone", MeetingMode.PHONE)]
)
def test_meeting_unsuitable_for_video_is_logged_without_room(
    qtbot: QtBot, launch: Callable[..., Launcher], answer: str, mode: MeetingMode
) -> None:
    scenario = Scenario(suitable=answer, people=[NURSE])
    _, detail = book(qtbot, launch, "region_pexip", "SIP i öppenvård", scenario)
    assert detail.summary.mode is mode
    assert detail.room is None and not detail.suitability_ok
    assert [e.action for e in detail.events] == ["meeting_booked", "judged_unsuitable"]
    assert detail.participants[0].delivery is None


@pytest.mark.parametrize(
    "type_name",
    [
        "Distansmöte mellan huvudmän",
        "Utskrivningsplanering i slutenvård",
        "SIP i slutenvård – rött spår",
        "SIP i öppenvård",
        "Annat möte (rond, hembesök, annat)",
    ],
)
def test_every_type_on_the_kalmar_profile(
    qtbot: QtBot, launch: Callable[..., Launcher], type_name: str
) -> None:
    people = [
        Person("Handläggare Åkesson", "Torsås kommun", phone="070-000 00 11", messenger=True),
        Person("Närstående Ärlig", phone="070-000 00 12", relative=True),
    ]
    scenario = Scenario(people=people, invitation=CISCO_INVITATION)
    _, detail = book(qtbot, launch, "kalmar", type_name, scenario)
    assert detail.room is not None and (detail.room.join.call_id or "").isdigit()
    assert detail.room.join.call_id != "049206560"  # the one the page showed, not an old one
    assert detail.room.dial_in == "0480 44 55 11"
    channels = {p.name: p.delivery.channel for p in detail.participants if p.delivery}
    assert channels == {
        "Handläggare Åkesson": Channel.COSMIC_MESSENGER,
        "Närstående Ärlig": Channel.PHONE,  # relatives have neither Link nor Messenger
    }
