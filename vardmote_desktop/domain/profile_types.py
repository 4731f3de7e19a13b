"""The enums a site profile is written in: meeting types, room platforms and channels.

Their own module because the profiles are read before the first paint, and defining an enum
class is not free (about 0.15 ms for five members): the other eleven of `domain.types` wait
until something after the paint imports them. `domain.types` re-exports these three, so they
are imported from either with the same classes.
"""

from __future__ import annotations

from enum import StrEnum


class MeetingType(StrEnum):
    """*Mötestyp*: the five workflows of the two routines."""

    DISCHARGE_PLANNING = "discharge_planning"  # Utskrivningsplanering i slutenvård
    SIP_INPATIENT = "sip_inpatient"  # SIP i slutenvård – rött spår
    SIP_OUTPATIENT = "sip_outpatient"  # SIP i öppenvård
    OTHER = "other"  # Annat möte (rond, hembesök, annat)
    DISTANCE = "distance"  # Distansmöte mellan huvudmän (Kalmar)


class PlatformKind(StrEnum):
    """Where a room lives."""

    MANUAL = "manual"  # created by hand in the vendor's app, invitation pasted
    CMS = "cms"  # Cisco Meeting Server API
    PEXIP = "pexip"  # Pexip Infinity management API
    EXTERNAL = "external"  # the municipality's room (Sefos, Inera Digitalt Möte): never ours


class Channel(StrEnum):
    """*Kanal*: how one recipient is told the room's details."""

    LIFECARE_SP = "lifecare_sp"
    COSMIC_LINK = "cosmic_link"
    COSMIC_MESSENGER = "cosmic_messenger"
    PHONE = "phone"
    PEXIP_INVITATION = "pexip_invitation"  # the video tool's own invitation e-mail, bare invitation
    EMAIL = "email"  # free e-mail: never patient information
