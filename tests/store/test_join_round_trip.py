"""One JoinInfo from a pasted invitation to the detail pane, unchanged at every step.

parser → RoomPlan → draft JSON → booked rooms row (the composite over its four columns) →
RoomInfo → JoinDetails, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QFormLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.types import MeetingMode, MeetingType, PlatformKind
from vardmote_desktop.services.drafts import DraftService
from vardmote_desktop.services.dto import MeetingPlan
from vardmote_desktop.services.meetings import MeetingService
from vardmote_desktop.services.rooms import RoomService
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store.drafts import DraftRepository
from vardmote_desktop.store.models import Room
from vardmote_desktop.ui.widgets import JoinDetails

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
# As Outlook pastes it: HTML with CRLF, the address in a sip: link, an entity in the web link.
INVITATION = (
    "<p>Inbjudan till videomöte<br>\r\n"
    'Videoadress: <a href="sip:hc.torsas.1.k3f9x@ltkalmar.se">hc.torsas.1.k3f9x@ltkalmar.se</a>'
    "<br>\r\nSamtals-ID: 059893656<br>\r\n"
    "PIN-kod: 4321<br>\r\n"
    'Webblänk: <a href="https://join.example.se/meeting/059893656?secret=Ab_c-9&amp;lang=sv">'
    "Anslut</a></p>\r\n"
)
JOIN = JoinInfo(
    video_address="hc.torsas.1.k3f9x@ltkalmar.se",
    call_id="059893656",  # the leading zero survives every step
    passcode="4321",
    web_link="https://join.example.se/meeting/059893656?secret=Ab_c-9&lang=sv",
)


def test_join_details_travel_unchanged_from_invitation_to_screen(
    session_factory: sessionmaker[Session], qtbot: QtBot
) -> None:
    profile = load_profiles()["kalmar"]
    settings = Settings(profile=profile.key, unit="HC Torsås", user_name="Samordnare Test")
    rooms = RoomService(session_factory, settings, profile, clock=lambda: NOW)
    meetings = MeetingService(session_factory, settings, profile, lambda: NOW)
    drafts = DraftService(session_factory, settings, profile)

    # The parser's value, already under the reserved name.
    reserved = rooms.reserve_name()
    room = rooms.read_invitation(INVITATION, reserved)
    assert room.join == JOIN
    assert (room.platform, room.name, room.number) == (PlatformKind.MANUAL, "HC Torsås 1", 1)

    # The draft holds it as one JSON object and gives it back equal.
    plan = MeetingPlan(
        MeetingType.DISTANCE, MeetingMode.DIGITAL, NOW + timedelta(days=1), room=room
    )
    drafts.save(None, plan, page=4, reserved=reserved)
    with transaction(session_factory) as session:
        (draft,) = DraftRepository(session).list_all(MeetingType.DISTANCE)
        stored = json.loads(json.dumps(draft.payload))
    assert stored["plan"]["room"]["join"] == {
        "video_address": JOIN.video_address,
        "call_id": JOIN.call_id,
        "passcode": JOIN.passcode,
        "web_link": JOIN.web_link,
    }
    resumed = drafts.latest(MeetingType.DISTANCE)
    assert resumed is not None and resumed.plan == plan

    # Booked: the row's four columns hold it and Room.join reads it back as one value.
    meeting_id = meetings.book(resumed.plan)
    with session_factory() as session:
        row = session.scalars(select(Room).where(Room.meeting_id == meeting_id)).one()
        assert row.join == JOIN
        columns = (Room.video_address, Room.call_id, Room.passcode, Room.web_link)
        assert tuple(session.execute(select(*columns)).one()) == (
            JOIN.video_address,
            JOIN.call_id,
            JOIN.passcode,
            JOIN.web_link,
        )
        assert session.scalars(select(Room.id).where(Room.join == JOIN)).one() == row.id

    # The detail pane's RoomInfo, and the one widget that shows it.
    info = meetings.detail(meeting_id).room
    assert info is not None and info.join == JOIN
    assert info.dial_in == profile.dial_in_number
    box = QWidget()
    qtbot.addWidget(box)
    shown = JoinDetails(QFormLayout(box), profile.call_id_label)
    shown.show(info.join, info.dial_in)
    assert shown.video_address.value() == JOIN.video_address
    assert shown.call_id.value() == JOIN.call_id
    assert shown.passcode.value() == JOIN.passcode
    assert shown.web_link.value() == JOIN.web_link
    assert shown.dial_in.value() == f"{profile.dial_in_number}, ange {JOIN.call_id}"

    shown.show(JoinInfo.empty(), None)  # and clears the same way
    assert not any(
        f.value()
        for f in (shown.video_address, shown.call_id, shown.passcode, shown.web_link, shown.dial_in)
    )


def test_a_room_without_join_details_reads_back_as_an_empty_value(
    session_factory: sessionmaker[Session],
) -> None:
    # All four columns NULL (a room row from before any was known): an empty JoinInfo, not None.
    profile = load_profiles()["kalmar"]
    settings = Settings(profile=profile.key, unit="HC Torsås", user_name="Samordnare Test")
    meetings = MeetingService(session_factory, settings, profile, lambda: NOW)
    plan = MeetingPlan(MeetingType.DISTANCE, MeetingMode.DIGITAL, NOW + timedelta(days=1))
    meeting_id = meetings.book(plan)
    with session_factory() as session:
        session.add(Room(meeting_id=meeting_id, platform=PlatformKind.EXTERNAL, created_at=NOW))
        session.commit()
    with session_factory() as session:
        row = session.scalars(select(Room)).one()
        assert row.join == JoinInfo.empty() and not row.join.has_any()
