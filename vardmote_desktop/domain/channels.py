"""Channel policy (*kanal*): which channels may carry a meeting's join details to one recipient.

The rules are read from the site profile's fields, not from its key, so a third region can be
described as data. The two routines, as encoded here:

* Kalmar (profile allows Cosmic Link / Messenger, no e-mail): Cosmic Link first when the patient
  is in Link ("i första hand Cosmic Link"); otherwise Cosmic Messenger (category *Distansmöte*);
  those with neither get a phone call. E-mail is never allowed, not even for the bare video
  address and call ID ("inte tillåtet att skicka ... via epost").
* The Pexip / Lifecare SP region (``email_bare_invitation``): the video invitation goes as the
  Pexip invitation e-mail, bare, to the participant's address (the routine collects "namn och
  mejladress" for exactly that). Relatives get it the same way: they have no Lifecare SP, and the
  routine sends the invitation "till alla deltagare och eventuella närstående". Lifecare SP is
  where messages about the patient and meeting go; it may carry the join details to staff of
  region and municipality too, so it is offered as a fallback when an e-mail address is missing,
  for the meeting types that have a Lifecare SP case (discharge planning, SIP). Phone, when the
  profile allows it, is the last resort: the call ID and dial-in number can be read aloud.

``allowed`` lists every permitted channel that can reach the recipient, best first;
``recommended`` is the first of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.domain.types import Channel, MeetingType, OrganisationKind

# Best first. Secure messaging before e-mail, e-mail before the phone (a phone call takes both
# parties' time and the details must be read aloud).
_PREFERENCE: tuple[Channel, ...] = (
    Channel.COSMIC_LINK,
    Channel.COSMIC_MESSENGER,
    Channel.PEXIP_INVITATION,
    Channel.EMAIL,
    Channel.LIFECARE_SP,
    Channel.PHONE,
)

# The meeting types whose routine runs through a Lifecare SP case (message or SIP summons).
_LIFECARE_SP_MEETING_TYPES = frozenset(
    {MeetingType.DISCHARGE_PLANNING, MeetingType.SIP_INPATIENT, MeetingType.SIP_OUTPATIENT}
)

_EMAIL_CHANNELS = frozenset({Channel.EMAIL, Channel.PEXIP_INVITATION})

MESSENGER_CATEGORY = "Distansmöte"  # the Cosmic Messenger category the Kalmar routine names


class ReasonCode(StrEnum):
    """One Swedish sentence per member in the UI: why a channel is advised or refused."""

    # Advice: why `recommended` is what it is.
    IN_COSMIC_LINK = "in_cosmic_link"
    NOT_IN_LINK_USE_MESSENGER = "not_in_link_use_messenger"
    NO_LINK_OR_MESSENGER_USE_PHONE = "no_link_or_messenger_use_phone"
    PEXIP_INVITATION_TO_EMAIL = "pexip_invitation_to_email"
    RELATIVE_PEXIP_INVITATION = "relative_pexip_invitation"
    BARE_INVITATION_BY_EMAIL = "bare_invitation_by_email"
    NO_EMAIL_USE_LIFECARE_SP = "no_email_use_lifecare_sp"
    NO_EMAIL_USE_PHONE = "no_email_use_phone"
    NO_CHANNEL = "no_channel"  # nothing allowed reaches the recipient: get an address or number
    # Refusals from check_channel.
    CHANNEL_NOT_IN_PROFILE = "channel_not_in_profile"
    EMAIL_NOT_ALLOWED = "email_not_allowed"
    NOT_IN_COSMIC_LINK = "not_in_cosmic_link"
    NO_COSMIC_MESSENGER = "no_cosmic_messenger"
    NO_LIFECARE_SP = "no_lifecare_sp"
    NO_EMAIL_ADDRESS = "no_email_address"
    NO_PHONE_NUMBER = "no_phone_number"


class PayloadKind(StrEnum):
    """What a channel may carry from this app."""

    JOIN_DETAILS = "join_details"  # video address + call ID only (Kalmar; phone: read aloud)
    BARE_INVITATION = "bare_invitation"  # the invitation text alone, never patient information
    PATIENT_MESSAGE = "patient_message"  # messages about the patient and meeting (Lifecare SP)
    NOTHING = "nothing"  # the site forbids this channel for anything from the app


@dataclass(frozen=True)
class RecipientFacts:
    """What the user knows about one recipient, as the wizard asks it."""

    organisation: OrganisationKind
    is_relative: bool = False  # närstående: no Lifecare SP, no Cosmic
    has_email: bool = False
    has_phone: bool = False
    in_cosmic_link: bool = False  # the patient is discharge-planned and enrolled in Cosmic Link
    has_cosmic_messenger: bool = False
    meeting_type: MeetingType | None = None  # None: not yet chosen, no type-specific limits


@dataclass(frozen=True)
class ChannelAdvice:
    """The channels allowed for one recipient (best first), the recommended one and why."""

    allowed: tuple[Channel, ...]
    recommended: Channel | None
    reason: ReasonCode


def _has_lifecare_sp(recipient: RecipientFacts) -> bool:
    # Lifecare SP is the region-municipality planning system: staff of either side have it,
    # relatives and other organisations do not.
    if recipient.is_relative or recipient.organisation is OrganisationKind.OTHER:
        return False
    return recipient.meeting_type is None or recipient.meeting_type in _LIFECARE_SP_MEETING_TYPES


def check_channel(
    profile: SiteProfile, recipient: RecipientFacts, channel: Channel
) -> ReasonCode | None:
    """None when `channel` may carry the join details to `recipient`, else why not."""
    if channel in _EMAIL_CHANNELS and not (
        profile.allows(channel) and profile.email_bare_invitation
    ):
        return ReasonCode.EMAIL_NOT_ALLOWED
    if not profile.allows(channel):
        return ReasonCode.CHANNEL_NOT_IN_PROFILE
    match channel:
        case Channel.COSMIC_LINK:
            if recipient.is_relative or not recipient.in_cosmic_link:
                return ReasonCode.NOT_IN_COSMIC_LINK
        case Channel.COSMIC_MESSENGER:
            if recipient.is_relative or not recipient.has_cosmic_messenger:
                return ReasonCode.NO_COSMIC_MESSENGER
        case Channel.LIFECARE_SP:
            if not _has_lifecare_sp(recipient):
                return ReasonCode.NO_LIFECARE_SP
        case Channel.PEXIP_INVITATION | Channel.EMAIL:
            if not recipient.has_email:
                return ReasonCode.NO_EMAIL_ADDRESS
        case Channel.PHONE:
            if not recipient.has_phone:
                return ReasonCode.NO_PHONE_NUMBER
    return None


def _advice_reason(
    profile: SiteProfile, recipient: RecipientFacts, recommended: Channel | None
) -> ReasonCode:
    match recommended:
        case None:
            return ReasonCode.NO_CHANNEL
        case Channel.COSMIC_LINK:
            return ReasonCode.IN_COSMIC_LINK
        case Channel.COSMIC_MESSENGER:
            return ReasonCode.NOT_IN_LINK_USE_MESSENGER
        case Channel.PEXIP_INVITATION:
            if recipient.is_relative:
                return ReasonCode.RELATIVE_PEXIP_INVITATION
            return ReasonCode.PEXIP_INVITATION_TO_EMAIL
        case Channel.EMAIL:
            return ReasonCode.BARE_INVITATION_BY_EMAIL
        case Channel.LIFECARE_SP:
            return ReasonCode.NO_EMAIL_USE_LIFECARE_SP
        case Channel.PHONE:
            if profile.allows(Channel.COSMIC_LINK) or profile.allows(Channel.COSMIC_MESSENGER):
                return ReasonCode.NO_LINK_OR_MESSENGER_USE_PHONE
            return ReasonCode.NO_EMAIL_USE_PHONE
    raise AssertionError(f"no reason for {recommended!r}")  # pragma: no cover - enum exhausted


def channel_options(profile: SiteProfile, recipient: RecipientFacts) -> ChannelAdvice:
    """The channels that may carry the join details to `recipient` under `profile`."""
    allowed = tuple(c for c in _PREFERENCE if check_channel(profile, recipient, c) is None)
    recommended = allowed[0] if allowed else None
    return ChannelAdvice(allowed, recommended, _advice_reason(profile, recipient, recommended))


def channel_payload_kind(channel: Channel, profile: SiteProfile | None = None) -> PayloadKind:
    """What `channel` may carry; with a profile, free e-mail is narrowed to what the site allows."""
    match channel:
        case Channel.COSMIC_LINK | Channel.COSMIC_MESSENGER | Channel.PHONE:
            # Kalmar: "Du behöver endast skicka videoadress och samtals-ID".
            return PayloadKind.JOIN_DETAILS
        case Channel.LIFECARE_SP:
            return PayloadKind.PATIENT_MESSAGE
        case Channel.PEXIP_INVITATION:
            if profile is not None and not profile.email_bare_invitation:
                return PayloadKind.NOTHING
            return PayloadKind.BARE_INVITATION
        case Channel.EMAIL:
            if profile is not None and not (
                profile.allows(Channel.EMAIL) and profile.email_bare_invitation
            ):
                return PayloadKind.NOTHING
            return PayloadKind.BARE_INVITATION
    raise AssertionError(f"unknown channel {channel!r}")  # pragma: no cover - enum exhausted
