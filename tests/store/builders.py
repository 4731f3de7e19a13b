"""Small builders of model objects for store tests (not added to any session)."""

from __future__ import annotations

from datetime import UTC, datetime

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
from vardmote_desktop.store.models import Delivery, Meeting, Participant, Room, Unit

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def meeting(
    unit: Unit,
    starts_at: datetime = NOW,
    *,
    status: MeetingStatus = MeetingStatus.PLANNED,
    duration_minutes: int = 60,
    reference: str | None = None,
) -> Meeting:
    """A Kalmar distance meeting booked by 'Anna'."""
    return Meeting(
        meeting_type=MeetingType.DISTANCE,
        mode=MeetingMode.DIGITAL,
        status=status,
        starts_at=starts_at,
        duration_minutes=duration_minutes,
        unit=unit,
        organiser="Anna Andersson",
        profile_key="kalmar",
        reference=reference,
        suitability_ok=True,
    )


def room(
    number: int,
    unit: Unit | None = None,
    *,
    state: RoomState = RoomState.ACTIVE,
    name: str | None = None,
    video_address: str | None = None,
) -> Room:
    """A CMS room named after the unit and number unless told otherwise."""
    unit_name = unit.name if unit is not None else "Extern"
    return Room(
        unit=unit,
        number=number,
        name=name or f"{unit_name} {number}",
        platform=PlatformKind.CMS,
        video_address=video_address,
        call_id=f"00{number:05d}",
        state=state,
    )


def participant(name: str = "Kim Karlsson", *, active: bool = True) -> Participant:
    """A municipality case officer joining by video."""
    return Participant(
        name=name,
        organisation_kind=OrganisationKind.MUNICIPALITY,
        organisation="Torsås kommun",
        role="biståndshandläggare",
        active=active,
    )


def delivery(state: DeliveryState, channel: Channel = Channel.COSMIC_LINK) -> Delivery:
    """One delivery in the given state."""
    return Delivery(channel=channel, state=state)
