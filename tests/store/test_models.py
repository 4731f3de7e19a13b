"""Models round-trip on both backends, and the database itself refuses a reused room."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session, sessionmaker

from tests.store.builders import NOW, delivery, meeting, participant, room
from vardmote_desktop.domain.types import (
    Channel,
    DeliveryState,
    MeetingMode,
    MeetingStatus,
    MeetingType,
    OrganisationKind,
    PlatformKind,
    RoomState,
)
from vardmote_desktop.store.models import (
    Delivery,
    Draft,
    Event,
    Meeting,
    MeetingRole,
    Participant,
    Room,
    Unit,
)
from vardmote_desktop.store.units import get_or_create_unit

STOCKHOLM_SUMMER = timezone(timedelta(hours=2))


def _full_meeting(session: Session) -> int:
    unit = get_or_create_unit(session, "HC Torsås")
    booked = Meeting(
        meeting_type=MeetingType.SIP_OUTPATIENT,
        mode=MeetingMode.PARTLY_DIGITAL,
        starts_at=datetime(2026, 6, 3, 13, 30, 15, 123456, tzinfo=STOCKHOLM_SUMMER),
        duration_minutes=45,
        unit=unit,
        organiser="Anna Andersson",
        profile_key="kalmar",
        reference="LSP-4711",
        requested_via="lifecare_sp",
        suitability_ok=True,
        suitability_note="Patienten vill delta digitalt",
    )
    booked.roles.append(MeetingRole(role="starter", holder="Anna Andersson"))
    booked.room = Room(
        unit=unit,
        number=8,
        name="HC Torsås 8",
        platform=PlatformKind.CMS,
        platform_room_id="c0ffee-8",
        video_address="hc.torsas.8@ltkalmar.se",
        call_id="0012345",
        passcode="4321",
        web_link="https://join.example/8",
        dial_in="0480 44 55 11",
    )
    first, substitute = participant("Kim Karlsson"), participant("Sam Svensson")
    first.deliveries.append(delivery(DeliveryState.SENT))
    substitute.deliveries.append(
        Delivery(
            channel=Channel.PHONE,
            state=DeliveryState.CONFIRMED,
            sent_at=NOW,
            confirmed_at=NOW,
            confirmed_how="telefon",
        )
    )
    booked.participants.extend([first, substitute])
    booked.events.append(Event(actor="Anna", action="meeting_booked", details={"rum": "8"}))
    session.add(booked)
    session.flush()
    first.active, first.replaced_by, first.replaced_at = False, substitute, NOW
    session.add(Draft(meeting_type=MeetingType.OTHER, payload={"step": 2, "namn": "Åsa"}))
    session.commit()
    return booked.id


def test_every_model_round_trips(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as session:
        meeting_id = _full_meeting(session)
    with session_factory() as session:
        loaded = session.get(Meeting, meeting_id)
        assert loaded is not None
        assert loaded.meeting_type is MeetingType.SIP_OUTPATIENT
        assert loaded.mode is MeetingMode.PARTLY_DIGITAL
        assert loaded.status is MeetingStatus.PLANNED
        assert loaded.starts_at == datetime(2026, 6, 3, 11, 30, 15, 123456, tzinfo=UTC)
        assert loaded.starts_at.tzinfo is UTC
        assert (loaded.reference, loaded.requested_via) == ("LSP-4711", "lifecare_sp")
        assert loaded.unit.name == "HC Torsås"
        assert loaded.created_at.tzinfo is UTC and loaded.cancelled_at is None
        assert [(r.role, r.holder) for r in loaded.roles] == [("starter", "Anna Andersson")]
        assert loaded.room is not None
        assert loaded.room.call_id == "0012345"  # text: the leading zeros survive
        assert loaded.room.platform is PlatformKind.CMS
        assert loaded.room.state is RoomState.ACTIVE
        assert loaded.room.video_address == "hc.torsas.8@ltkalmar.se"
        first, substitute = loaded.participants
        assert first.organisation_kind is OrganisationKind.MUNICIPALITY
        assert (first.active, first.replaced_by, first.replaced_at) == (False, substitute, NOW)
        assert substitute.active and substitute.joins_by_video and not substitute.is_relative
        assert first.deliveries[0].state is DeliveryState.SENT
        confirmed = substitute.deliveries[0]
        assert (confirmed.channel, confirmed.confirmed_how) == (Channel.PHONE, "telefon")
        assert confirmed.confirmed_at == NOW
        assert [(e.action, e.details) for e in loaded.events] == [("meeting_booked", {"rum": "8"})]
        draft = session.scalars(select(Draft)).one()
        assert draft.payload == {"step": 2, "namn": "Åsa"}


def test_enums_are_stored_as_their_values(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as session:
        _full_meeting(session)
        row = session.execute(text("SELECT meeting_type, mode, status FROM meetings")).one()
        assert tuple(row) == ("sip_outpatient", "partly_digital", "planned")
        kind = session.execute(text("SELECT organisation_kind FROM participants")).first()
        assert kind is not None and kind[0] == "municipality"


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 3, 29, 0, 59, 59, 999999, tzinfo=UTC),  # the night summer time begins
        datetime(2026, 10, 25, 2, 30, tzinfo=timezone(timedelta(hours=1))),
        datetime(2026, 12, 3, 13, 30, tzinfo=timezone(timedelta(hours=-5))),
    ],
)
def test_aware_datetimes_come_back_as_utc(
    session_factory: sessionmaker[Session], moment: datetime
) -> None:
    with session_factory() as session:
        booked = meeting(get_or_create_unit(session, "HC Torsås"), moment)
        session.add(booked)
        session.commit()
    with session_factory() as session:
        loaded = session.get(Meeting, booked.id)
        assert loaded is not None
        assert loaded.starts_at == moment and loaded.starts_at.tzinfo is UTC
        later = session.scalars(select(Meeting).where(Meeting.starts_at > moment)).all()
        assert later == []


def test_naive_datetime_is_refused(session: Session) -> None:
    booked = meeting(get_or_create_unit(session, "HC Torsås"), datetime(2026, 1, 1, 10, 0))
    session.add(booked)
    with pytest.raises(StatementError, match="naive datetime"):
        session.flush()


@pytest.mark.parametrize("clash", ["name", "unit_and_number", "video_address", "meeting"])
def test_database_refuses_a_reused_room(session: Session, clash: str) -> None:
    unit = get_or_create_unit(session, "HC Torsås")
    first, second = meeting(unit), meeting(unit)
    first.room = room(8, unit, state=RoomState.DELETED, video_address="hc.torsas.8@lt.se")
    session.add_all([first, second])
    session.flush()
    reused = {
        "name": room(9, unit, name="HC Torsås 8"),
        "unit_and_number": room(8, unit, name="Annat namn 8"),
        "video_address": room(9, unit, video_address="hc.torsas.8@lt.se"),
        "meeting": room(9, unit),
    }[clash]
    target = first if clash == "meeting" else second
    reused.meeting_id = target.id
    session.add(reused)
    with pytest.raises(IntegrityError):
        session.flush()


def test_rooms_without_address_or_unit_do_not_collide(session: Session) -> None:
    unit = get_or_create_unit(session, "HC Torsås")
    first, second = meeting(unit), meeting(unit)
    first.room = room(1, None, name="Sefos 1")  # external rooms: no unit, no address
    second.room = room(1, None, name="Sefos 2")
    session.add_all([first, second])
    session.flush()
    assert session.scalars(select(Room.id)).all() != []


def test_external_rooms_may_share_the_municipality_address(session: Session) -> None:
    # The municipality's own Sefos/Inera room can be used again; only ours must never repeat.
    unit = get_or_create_unit(session, "HC Torsås")
    first, second = meeting(unit), meeting(unit)
    for target in (first, second):
        target.room = Room(
            platform=PlatformKind.EXTERNAL,
            state=RoomState.EXTERNAL,
            video_address="vmr.kommun@sefos.example",
        )
    session.add_all([first, second])
    session.flush()
    addresses = session.scalars(select(Room.video_address)).all()
    assert addresses == ["vmr.kommun@sefos.example"] * 2


def test_foreign_keys_are_enforced(session: Session) -> None:
    orphan = participant()
    orphan.meeting_id = 999_999
    session.add(orphan)
    with pytest.raises(IntegrityError):
        session.flush()


def test_unit_counter_starts_at_one(session: Session) -> None:
    unit = Unit(name="Avd 12")
    session.add(unit)
    session.flush()
    assert unit.next_room_number == 1
    assert session.scalars(select(Participant)).all() == []
