"""Statistics on a known data set, on SQLite and PostgreSQL: counts, video share, median, rooms."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

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
from vardmote_desktop.services.statistics import StatisticsService, bucket, median
from vardmote_desktop.store import statistics as queries
from vardmote_desktop.store.models import Delivery, Meeting, Participant, Room, StatisticsArchive
from vardmote_desktop.store.units import get_or_create_unit

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def at(month: int, day: int, hour: int = 10, minute: int = 0, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def add_meeting(
    session: Session,
    starts_at: datetime,
    meeting_type: MeetingType = MeetingType.DISTANCE,
    mode: MeetingMode = MeetingMode.DIGITAL,
    *,
    status: MeetingStatus = MeetingStatus.HELD,
    room: RoomState | None = None,
    deleted_at: datetime | None = None,
    confirmed_after: tuple[int | None, ...] = (),
) -> Meeting:
    """One meeting; confirmed_after gives each recipient's minutes to confirm (None: not yet)."""
    unit = get_or_create_unit(session, "Enhet Statistik")
    meeting = Meeting(
        meeting_type=meeting_type,
        mode=mode,
        status=status,
        starts_at=starts_at,
        duration_minutes=60,
        unit=unit,
        organiser="Samordnare Test",
        profile_key="kalmar",
        suitability_ok=room is not None,
    )
    if room is not None:
        external = room is RoomState.EXTERNAL
        number = (session.query(Room).count() + 1) * 10 + len(session.new)
        meeting.room = Room(
            unit=None if external else unit,
            number=None if external else number,
            name=None if external else f"Enhet Statistik {number}",
            platform=PlatformKind.EXTERNAL if external else PlatformKind.MANUAL,
            state=room,
            deleted_at=deleted_at,
        )
    sent = starts_at - timedelta(days=3)
    for index, minutes in enumerate(confirmed_after):
        participant = Participant(
            name=f"Mottagare {index + 1}",
            organisation_kind=OrganisationKind.MUNICIPALITY,
            organisation="Provkommun",
            role="handläggare",
        )
        participant.deliveries.append(
            Delivery(
                channel=Channel.COSMIC_LINK,
                state=DeliveryState.SENT if minutes is None else DeliveryState.CONFIRMED,
                sent_at=sent,
                confirmed_at=None if minutes is None else sent + timedelta(minutes=minutes),
            )
        )
        meeting.participants.append(participant)
    session.add(meeting)
    session.flush()
    return meeting


def known_data_set(session: Session) -> None:
    """Eight meetings; the expected figures for 2026-01..2026-03 are in the tests below."""
    add_meeting(
        session,
        at(1, 10),
        room=RoomState.DELETED,
        deleted_at=at(1, 10, 11, 30),
        confirmed_after=(30, 1440),
    )
    add_meeting(
        session,
        at(1, 20, 9),
        MeetingType.SIP_OUTPATIENT,
        MeetingMode.PARTLY_DIGITAL,
        room=RoomState.DELETED,
        deleted_at=at(1, 22),  # two days later: deleted late
        confirmed_after=(10, None),
    )
    add_meeting(session, at(2, 5, 13), MeetingType.DISCHARGE_PLANNING, MeetingMode.PHYSICAL)
    add_meeting(
        session,
        at(2, 6, 13),
        MeetingType.OTHER,
        MeetingMode.PHONE,
        status=MeetingStatus.CANCELLED,
    )
    add_meeting(session, at(2, 10, 8), room=RoomState.ACTIVE, confirmed_after=(90,))  # left
    add_meeting(session, at(2, 12), MeetingType.SIP_INPATIENT, room=RoomState.EXTERNAL)
    add_meeting(
        session, at(3, 20), status=MeetingStatus.PLANNED, room=RoomState.ACTIVE
    )  # not over yet: not a room left behind
    add_meeting(session, at(12, 15, year=2025), room=RoomState.ACTIVE)  # outside the period
    session.commit()


def test_figures_of_a_known_data_set(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as session:
        known_data_set(session)
    figures = StatisticsService(session_factory, clock=lambda: NOW).compute("2026-01", "2026-03")

    assert figures.months == ("2026-01", "2026-02", "2026-03")
    assert figures.per_month == {
        "2026-01": {MeetingType.DISTANCE: 1, MeetingType.SIP_OUTPATIENT: 1},
        "2026-02": {
            MeetingType.DISCHARGE_PLANNING: 1,
            MeetingType.DISTANCE: 1,
            MeetingType.SIP_INPATIENT: 1,
        },
        "2026-03": {MeetingType.DISTANCE: 1},
    }
    assert figures.by_mode == {
        MeetingMode.DIGITAL: 4,
        MeetingMode.PARTLY_DIGITAL: 1,
        MeetingMode.PHYSICAL: 1,
    }
    assert (figures.meetings, figures.video, figures.not_video) == (6, 5, 1)
    assert figures.video_share == 5 / 6
    assert figures.cancelled == 1
    # 10, 30, 90 and 1440 minutes: the median is halfway between 30 and 90.
    assert figures.confirmations == 4
    assert figures.median_confirmation_minutes == 60.0
    assert (figures.rooms, figures.rooms_deleted_late, figures.rooms_not_deleted) == (4, 1, 1)
    assert figures.archived_meetings == 0


def test_an_empty_period_has_no_median(session_factory: sessionmaker[Session]) -> None:
    figures = StatisticsService(session_factory, clock=lambda: NOW).compute("2026-01", "2026-02")
    assert figures.meetings == 0 and figures.video_share is None
    assert figures.median_confirmation_minutes is None
    assert figures.per_month == {"2026-01": {}, "2026-02": {}}


def test_grouped_counts_keep_cancelled_apart(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as session:
        known_data_set(session)
        where = queries.meetings_started_between(at(2, 1, 0), at(3, 1, 0))
        grouped = queries.meeting_counts(session, where)
    key = queries.GroupKey("2026-02", MeetingType.OTHER, MeetingMode.PHONE)
    assert grouped[key] == Counter({True: 1})
    assert sum(sum(c.values()) for c in grouped.values()) == 4


def test_archived_rows_are_added(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as session:
        session.add(
            StatisticsArchive(
                month="2026-01",
                meeting_type=MeetingType.DISTANCE,
                mode=MeetingMode.PHONE,
                meetings=3,
                cancelled=1,
                rooms=2,
                rooms_deleted_late=1,
                rooms_not_deleted=0,
                confirmations=2,
                confirmation_minutes={"5": 1, "120": 1},
            )
        )
        session.commit()
    figures = StatisticsService(session_factory, clock=lambda: NOW).compute("2026-01", "2026-01")
    assert figures.per_month == {"2026-01": {MeetingType.DISTANCE: 3}}
    assert figures.by_mode == {MeetingMode.PHONE: 3}
    assert (figures.cancelled, figures.archived_meetings) == (1, 4)
    assert (figures.rooms, figures.rooms_deleted_late) == (2, 1)
    assert figures.median_confirmation_minutes == 62.5
    # Outside the period the archive row does not count.
    later = StatisticsService(session_factory, clock=lambda: NOW).compute("2026-02", "2026-02")
    assert later.meetings == 0


def test_buckets_and_median() -> None:
    assert [bucket(m) for m in (0, 59, 60, 74, 75, 1439, 1440, 1499, 1500)] == [
        0,
        59,
        60,
        60,
        75,
        1425,
        1440,
        1440,
        1500,
    ]
    assert median({}) is None
    assert median({7: 1}) == 7
    assert median({1: 1, 3: 1}) == 2
    assert median({1: 2, 10: 1}) == 1
