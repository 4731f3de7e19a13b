"""Plain data the services hand to the UI and take from it: never ORM rows.

The main window's list rows (MeetingSummary, Overview, OverviewChanges) are in
services/list_rows.py: the first list needs them before anything else loads (issue 14).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from vardmote_desktop.domain.channels import RecipientFacts
from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.types import (
    Channel,
    DeliveryState,
    MeetingMode,
    MeetingType,
    OrganisationKind,
    PlatformKind,
    RoomState,
)
from vardmote_desktop.services.list_rows import MeetingSummary


@dataclass(frozen=True)
class RoomInfo:
    """A meeting's room (*mötesrum*) as the log holds it."""

    name: str | None
    platform: PlatformKind
    state: RoomState
    join: JoinInfo = field(default_factory=JoinInfo)
    dial_in: str | None = None
    platform_room_id: str | None = None
    created_at: datetime | None = None
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class DeliveryInfo:
    """One recipient's *utskick* and its confirmation state."""

    id: int
    channel: Channel
    state: DeliveryState
    sent_at: datetime | None
    confirmed_at: datetime | None
    confirmed_how: str | None
    resend: bool = False  # made by a change after booking and not yet sent: *skicka igen*


@dataclass(frozen=True)
class ParticipantInfo:
    id: int
    name: str
    organisation_kind: OrganisationKind
    organisation: str
    role: str
    is_relative: bool
    email: str | None
    phone: str | None
    joins_by_video: bool
    active: bool
    replaced_by_id: int | None
    delivery: DeliveryInfo | None


@dataclass(frozen=True)
class EventInfo:
    at: datetime
    actor: str
    action: str
    details: dict[str, Any]


@dataclass(frozen=True)
class MeetingDetail:
    summary: MeetingSummary
    organiser: str
    unit: str
    reference: str | None
    suitability_ok: bool
    suitability_note: str | None
    roles: dict[str, str]
    room: RoomInfo | None
    participants: tuple[ParticipantInfo, ...]
    events: tuple[EventInfo, ...]
    held_at: datetime | None = None  # *Starta mötet* was recorded then


@dataclass
class ParticipantPlan:
    """A participant as the wizard collects it."""

    name: str
    organisation_kind: OrganisationKind
    organisation: str = ""
    role: str = ""
    is_relative: bool = False
    email: str | None = None
    phone: str | None = None
    joins_by_video: bool = True
    has_cosmic_messenger: bool = False  # Kalmar: reachable in Cosmic Messenger
    channel: Channel | None = None
    sent_now: bool = False  # the user sent the details from the wizard itself

    def facts(self, meeting_type: MeetingType, in_cosmic_link: bool) -> RecipientFacts:
        """What the channel rules need to know about this recipient in this meeting."""
        return RecipientFacts(
            organisation=self.organisation_kind,
            is_relative=self.is_relative,
            has_email=bool(self.email),
            has_phone=bool(self.phone),
            in_cosmic_link=in_cosmic_link,
            has_cosmic_messenger=self.has_cosmic_messenger,
            meeting_type=meeting_type,
        )


@dataclass
class RoomPlan:
    """The room the wizard settled on: ours (reserved name) or the municipality's."""

    platform: PlatformKind
    name: str | None = None
    number: int | None = None
    join: JoinInfo = field(default_factory=JoinInfo)
    platform_room_id: str | None = None


@dataclass
class MeetingPlan:
    """Everything a wizard gathers before the meeting is booked."""

    meeting_type: MeetingType
    mode: MeetingMode
    starts_at: datetime
    duration_minutes: int = 60
    reference: str | None = None
    requested_via: str | None = None
    suitability_ok: bool = True
    suitability_note: str | None = None
    roles: dict[str, str] = field(default_factory=dict)
    participants: list[ParticipantPlan] = field(default_factory=list)
    room: RoomPlan | None = None
    patient_in_cosmic_link: bool = False  # Kalmar: discharge-planned and enrolled in Cosmic Link


@dataclass(frozen=True)
class ReservedName:
    """A room name taken from the unit's counter: it is never handed out again."""

    number: int
    name: str


@dataclass(frozen=True)
class OutgoingText:
    """What to paste into a channel, already through the privacy guard."""

    body: str
    subject: str | None = None  # Cosmic Messenger's subject line
