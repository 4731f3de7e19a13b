"""A small known meeting log booked through MeetingService, for the log, export and CLI tests.

Synthetic people only ("Testperson N"); times in UTC.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy.orm import Session, sessionmaker

from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.domain.types import (
    Channel,
    MeetingMode,
    MeetingType,
    OrganisationKind,
    PlatformKind,
)
from vardmote_desktop.services.dto import MeetingPlan, ParticipantPlan, RoomPlan
from vardmote_desktop.services.meetings import MeetingService

JAN = datetime(2026, 1, 14, 9, 0, tzinfo=UTC)
FEB = datetime(2026, 2, 3, 13, 30, tzinfo=UTC)
MAR = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def _person(name: str, organisation: str, *, sent: bool) -> ParticipantPlan:
    return ParticipantPlan(
        name=name,
        organisation_kind=OrganisationKind.MUNICIPALITY,
        organisation=organisation,
        role="biståndshandläggare",
        phone="0480-12345",
        channel=Channel.PHONE,
        sent_now=sent,  # a phone call is sent and confirmed at once; not yet called: unconfirmed
    )


def book_examples(
    factory: sessionmaker[Session],
    settings: Settings,
    profile: SiteProfile,
    clock: Callable[[], datetime],
) -> dict[str, int]:
    """Three meetings: Torsås (Jan, unconfirmed), Kalmar (Feb, confirmed), physical (Mar)."""
    service = MeetingService(factory, settings, profile, clock)
    jan = service.book(
        MeetingPlan(
            meeting_type=MeetingType.DISTANCE,
            mode=MeetingMode.DIGITAL,
            starts_at=JAN,
            reference="SP-0077",
            participants=[_person("Åsa Öberg", "Torsås kommun", sent=False)],
            room=RoomPlan(
                platform=PlatformKind.CMS,
                name="HC Torsås 1",
                number=1,
                join=JoinInfo(video_address="hc.torsas.1@video.example.se", call_id="0061234"),
            ),
        )
    )
    feb = service.book(
        MeetingPlan(
            meeting_type=MeetingType.SIP_OUTPATIENT,
            mode=MeetingMode.DIGITAL,
            starts_at=FEB,
            participants=[_person("Testperson 2", "Kalmar kommun", sent=True)],
            room=RoomPlan(platform=PlatformKind.CMS, name="HC Torsås 2", number=2),
        )
    )
    mar = service.book(
        MeetingPlan(
            meeting_type=MeetingType.DISCHARGE_PLANNING,
            mode=MeetingMode.PHYSICAL,
            starts_at=MAR,
            suitability_ok=False,
            suitability_note="Patienten vill träffas på plats",
            participants=[_person("Testperson 3", "Emmaboda kommun", sent=False)],
        )
    )
    return {"jan": jan, "feb": feb, "mar": mar}


NOV = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def book_mix(
    factory: sessionmaker[Session],
    settings: Settings,
    profile: SiteProfile,
    clock: Callable[[], datetime],
) -> dict[str, int]:
    """book_examples and a fourth, cancelled meeting (November, its room still active).

    So every filter splits the log: 4 in all, 3 without the cancelled one, 1 cancelled only.
    Every meeting lies before 2026-12-01, so "over" is the same for the tests' clock and the
    command line's real one.
    """
    from vardmote_desktop.services.followup import FollowUpService

    ids = book_examples(factory, settings, profile, clock)
    nov = MeetingService(factory, settings, profile, clock).book(
        MeetingPlan(
            meeting_type=MeetingType.DISTANCE,
            mode=MeetingMode.DIGITAL,
            starts_at=NOV,
            participants=[_person("Testperson 4", "Nybro kommun", sent=True)],
            room=RoomPlan(platform=PlatformKind.CMS, name="HC Torsås 3", number=3),
        )
    )
    FollowUpService(factory, settings, profile, clock).cancel(nov)
    return {**ids, "nov": nov}
