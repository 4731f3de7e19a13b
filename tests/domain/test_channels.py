"""Channel policy for the two built-in profiles, built here as data."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from vardmote_desktop.domain.channels import (
    ChannelAdvice,
    PayloadKind,
    ReasonCode,
    RecipientFacts,
    channel_options,
    channel_payload_kind,
    check_channel,
)
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.domain.types import Channel, MeetingType, OrganisationKind, PlatformKind

KALMAR = SiteProfile(
    key="kalmar",
    name="Landstinget i Kalmar län",
    video_tool="Cisco Meeting",
    server_platform=PlatformKind.CMS,
    call_id_label="samtals-ID",
    dial_in_number="0480 44 55 11",
    video_domain="ltkalmar.se",
    channels=(Channel.COSMIC_LINK, Channel.COSMIC_MESSENGER, Channel.PHONE),
    messaging_system="Cosmic",
    email_bare_invitation=False,
)

REGION_PEXIP = SiteProfile(
    key="region_pexip",
    name="Region Exempel",
    video_tool="Pexip",
    server_platform=PlatformKind.PEXIP,
    call_id_label="mötes-ID",
    dial_in_number=None,
    video_domain="video.example.se",
    channels=(Channel.LIFECARE_SP, Channel.PEXIP_INVITATION, Channel.PHONE),
    messaging_system="Lifecare SP",
    email_bare_invitation=True,
    external_tools=("Sefos", "Inera Digitalt Möte"),
)

MUNICIPALITY = OrganisationKind.MUNICIPALITY


def facts(**kwargs: Any) -> RecipientFacts:
    return replace(RecipientFacts(organisation=MUNICIPALITY), **kwargs)


# --- Kalmar ---------------------------------------------------------------------------------


def test_kalmar_link_first_when_patient_in_link() -> None:
    advice = channel_options(
        KALMAR, facts(in_cosmic_link=True, has_cosmic_messenger=True, has_phone=True)
    )
    assert advice == ChannelAdvice(
        allowed=(Channel.COSMIC_LINK, Channel.COSMIC_MESSENGER, Channel.PHONE),
        recommended=Channel.COSMIC_LINK,
        reason=ReasonCode.IN_COSMIC_LINK,
    )


def test_kalmar_messenger_when_not_in_link() -> None:
    advice = channel_options(KALMAR, facts(has_cosmic_messenger=True, has_email=True))
    assert advice.allowed == (Channel.COSMIC_MESSENGER,)
    assert advice.recommended is Channel.COSMIC_MESSENGER
    assert advice.reason is ReasonCode.NOT_IN_LINK_USE_MESSENGER


def test_kalmar_phone_when_neither_link_nor_messenger() -> None:
    advice = channel_options(KALMAR, facts(has_phone=True, has_email=True))
    assert advice.allowed == (Channel.PHONE,)
    assert advice.reason is ReasonCode.NO_LINK_OR_MESSENGER_USE_PHONE


def test_kalmar_relative_gets_a_phone_call_even_if_flags_say_link() -> None:
    advice = channel_options(
        KALMAR,
        facts(is_relative=True, in_cosmic_link=True, has_cosmic_messenger=True, has_phone=True),
    )
    assert advice.allowed == (Channel.PHONE,)


def test_kalmar_nothing_reaches_someone_with_only_email() -> None:
    advice = channel_options(KALMAR, facts(has_email=True))
    assert advice == ChannelAdvice((), None, ReasonCode.NO_CHANNEL)


@pytest.mark.parametrize("channel", [Channel.EMAIL, Channel.PEXIP_INVITATION])
def test_kalmar_never_email(channel: Channel) -> None:
    recipient = facts(has_email=True, has_phone=True, in_cosmic_link=True)
    assert check_channel(KALMAR, recipient, channel) is ReasonCode.EMAIL_NOT_ALLOWED
    assert channel_payload_kind(channel, KALMAR) is PayloadKind.NOTHING


def test_kalmar_email_refused_even_if_a_profile_lists_it() -> None:
    # A misconfigured profile cannot open e-mail without email_bare_invitation.
    listed = replace(KALMAR, channels=(*KALMAR.channels, Channel.EMAIL))
    recipient = facts(has_email=True)
    assert check_channel(listed, recipient, Channel.EMAIL) is ReasonCode.EMAIL_NOT_ALLOWED


def test_kalmar_refusals() -> None:
    nobody = facts()
    assert check_channel(KALMAR, nobody, Channel.COSMIC_LINK) is ReasonCode.NOT_IN_COSMIC_LINK
    assert check_channel(KALMAR, nobody, Channel.COSMIC_MESSENGER) is ReasonCode.NO_COSMIC_MESSENGER
    assert check_channel(KALMAR, nobody, Channel.PHONE) is ReasonCode.NO_PHONE_NUMBER
    assert check_channel(KALMAR, nobody, Channel.LIFECARE_SP) is ReasonCode.CHANNEL_NOT_IN_PROFILE


# --- Pexip / Lifecare SP region -------------------------------------------------------------


def test_region_staff_get_the_pexip_invitation() -> None:
    advice = channel_options(
        REGION_PEXIP,
        facts(has_email=True, has_phone=True, meeting_type=MeetingType.DISCHARGE_PLANNING),
    )
    assert advice == ChannelAdvice(
        allowed=(Channel.PEXIP_INVITATION, Channel.LIFECARE_SP, Channel.PHONE),
        recommended=Channel.PEXIP_INVITATION,
        reason=ReasonCode.PEXIP_INVITATION_TO_EMAIL,
    )


def test_region_relative_gets_the_pexip_invitation_not_lifecare_sp() -> None:
    recipient = facts(
        organisation=OrganisationKind.OTHER,
        is_relative=True,
        has_email=True,
        meeting_type=MeetingType.SIP_INPATIENT,
    )
    advice = channel_options(REGION_PEXIP, recipient)
    assert advice.allowed == (Channel.PEXIP_INVITATION,)
    assert advice.reason is ReasonCode.RELATIVE_PEXIP_INVITATION
    assert check_channel(REGION_PEXIP, recipient, Channel.LIFECARE_SP) is ReasonCode.NO_LIFECARE_SP


def test_region_without_email_falls_back_to_lifecare_sp() -> None:
    advice = channel_options(REGION_PEXIP, facts(meeting_type=MeetingType.SIP_OUTPATIENT))
    assert advice.allowed == (Channel.LIFECARE_SP,)
    assert advice.reason is ReasonCode.NO_EMAIL_USE_LIFECARE_SP


def test_region_other_meeting_has_no_lifecare_sp_case() -> None:
    advice = channel_options(REGION_PEXIP, facts(meeting_type=MeetingType.OTHER, has_phone=True))
    assert advice.allowed == (Channel.PHONE,)
    assert advice.reason is ReasonCode.NO_EMAIL_USE_PHONE


def test_region_free_email_is_not_in_the_profile() -> None:
    recipient = facts(has_email=True)
    assert check_channel(REGION_PEXIP, recipient, Channel.EMAIL) is ReasonCode.EMAIL_NOT_ALLOWED
    assert (
        check_channel(REGION_PEXIP, recipient, Channel.COSMIC_LINK)
        is ReasonCode.CHANNEL_NOT_IN_PROFILE
    )


def test_region_pexip_invitation_needs_an_address() -> None:
    assert (
        check_channel(REGION_PEXIP, facts(), Channel.PEXIP_INVITATION)
        is ReasonCode.NO_EMAIL_ADDRESS
    )


def test_a_profile_allowing_free_email_for_the_bare_invitation() -> None:
    open_profile = replace(REGION_PEXIP, channels=(Channel.EMAIL, Channel.PHONE))
    advice = channel_options(open_profile, facts(has_email=True))
    assert advice.recommended is Channel.EMAIL
    assert advice.reason is ReasonCode.BARE_INVITATION_BY_EMAIL
    assert channel_payload_kind(Channel.EMAIL, open_profile) is PayloadKind.BARE_INVITATION


# --- payloads -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("channel", "kind"),
    [
        (Channel.COSMIC_LINK, PayloadKind.JOIN_DETAILS),
        (Channel.COSMIC_MESSENGER, PayloadKind.JOIN_DETAILS),
        (Channel.PHONE, PayloadKind.JOIN_DETAILS),
        (Channel.LIFECARE_SP, PayloadKind.PATIENT_MESSAGE),
        (Channel.PEXIP_INVITATION, PayloadKind.BARE_INVITATION),
        (Channel.EMAIL, PayloadKind.BARE_INVITATION),
    ],
)
def test_payload_kind_without_profile(channel: Channel, kind: PayloadKind) -> None:
    assert channel_payload_kind(channel) is kind


def test_payload_kind_with_region_profile() -> None:
    assert (
        channel_payload_kind(Channel.PEXIP_INVITATION, REGION_PEXIP) is PayloadKind.BARE_INVITATION
    )
    assert channel_payload_kind(Channel.EMAIL, REGION_PEXIP) is PayloadKind.NOTHING


def test_every_recommendation_passes_check_channel() -> None:
    for profile in (KALMAR, REGION_PEXIP):
        for bits in range(32):
            recipient = facts(
                is_relative=bool(bits & 1),
                has_email=bool(bits & 2),
                has_phone=bool(bits & 4),
                in_cosmic_link=bool(bits & 8),
                has_cosmic_messenger=bool(bits & 16),
            )
            advice = channel_options(profile, recipient)
            assert Channel.EMAIL not in advice.allowed
            for channel in advice.allowed:
                assert check_channel(profile, recipient, channel) is None
