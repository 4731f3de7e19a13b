"""The domain's vocabulary as enums: meeting types, modes, channels and states (glossary.md)."""

from __future__ import annotations

from enum import StrEnum


class MeetingType(StrEnum):
    """*Mötestyp*: the five workflows of the two routines."""

    DISCHARGE_PLANNING = "discharge_planning"  # Utskrivningsplanering i slutenvård
    SIP_INPATIENT = "sip_inpatient"  # SIP i slutenvård – rött spår
    SIP_OUTPATIENT = "sip_outpatient"  # SIP i öppenvård
    OTHER = "other"  # Annat möte (rond, hembesök, annat)
    DISTANCE = "distance"  # Distansmöte mellan huvudmän (Kalmar)


class MeetingMode(StrEnum):
    """*Mötesform*: how the participants meet."""

    DIGITAL = "digital"  # planerat digitalt: everyone joins by video
    PARTLY_DIGITAL = "partly_digital"  # delvis digitalt: physical meeting, some join by video
    PHYSICAL = "physical"  # fysiskt: video judged unsuitable
    PHONE = "phone"  # telefon: video judged unsuitable


class MeetingStatus(StrEnum):
    """Where a meeting is in its life."""

    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"  # Ställ in mötet: its room must still be deleted


class PlatformKind(StrEnum):
    """Where a room lives."""

    MANUAL = "manual"  # created by hand in the vendor's app, invitation pasted
    CMS = "cms"  # Cisco Meeting Server API
    PEXIP = "pexip"  # Pexip Infinity management API
    EXTERNAL = "external"  # the municipality's room (Sefos, Inera Digitalt Möte): never ours


class RoomState(StrEnum):
    """*Mötesrum*'s life: it exists until someone deletes it."""

    ACTIVE = "active"
    DELETED = "deleted"
    EXTERNAL = "external"  # not ours to delete


class Channel(StrEnum):
    """*Kanal*: how one recipient is told the room's details."""

    LIFECARE_SP = "lifecare_sp"
    COSMIC_LINK = "cosmic_link"
    COSMIC_MESSENGER = "cosmic_messenger"
    PHONE = "phone"
    PEXIP_INVITATION = "pexip_invitation"  # the video tool's own invitation e-mail, bare invitation
    EMAIL = "email"  # free e-mail: never patient information


class DeliveryState(StrEnum):
    """*Bekräftelse* states of one recipient."""

    NOT_SENT = "not_sent"  # ej skickad
    SENT = "sent"  # skickad
    CONFIRMED = "confirmed"  # bekräftad
    CANNOT_ATTEND = "cannot_attend"  # kan inte delta (förhinder)


class OrganisationKind(StrEnum):
    """Which side of the meeting a participant belongs to."""

    REGION = "region"
    MUNICIPALITY = "municipality"
    OTHER = "other"
