"""Every outgoing text lets the room's own call ID through, even one shaped like a personnummer."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from vardmote_desktop.config.profiles import load_profiles, load_template
from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.privacy import contains_identity_number
from vardmote_desktop.domain.types import Channel, PlatformKind
from vardmote_desktop.services.dto import RoomPlan
from vardmote_desktop.services.errors import RefusedText
from vardmote_desktop.services.invitations import InvitationService

# 121212-1212 without its dash: a valid check digit, so the guard alone would refuse it.
IDENTITY_SHAPED_CALL_ID = "1212121212"
STARTS = datetime(2026, 12, 3, 12, 30, tzinfo=UTC)


def _service(profile_key: str) -> InvitationService:
    profile = load_profiles()[profile_key]
    return InvitationService(profile, load_template(profile.invitation_template))


@pytest.mark.parametrize("profile_key", ["kalmar", "region_pexip"])
@pytest.mark.parametrize("channel", [None, *Channel])
def test_an_identity_shaped_call_id_is_meeting_data(
    profile_key: str, channel: Channel | None
) -> None:
    assert contains_identity_number(IDENTITY_SHAPED_CALL_ID)
    room = RoomPlan(
        platform=PlatformKind.MANUAL,
        join=JoinInfo(
            video_address="hc.torsas.8@video.example.se", call_id=IDENTITY_SHAPED_CALL_ID
        ),
    )
    # Before, RefusedText was raised here for Messenger and the join-details channels.
    text = _service(profile_key).outgoing(channel, room, STARTS)
    assert text.body.strip()
    if channel is None:
        assert IDENTITY_SHAPED_CALL_ID in text.body


def test_a_personnummer_in_the_address_is_still_refused() -> None:
    room = RoomPlan(
        platform=PlatformKind.MANUAL,
        join=JoinInfo(video_address="19121212-1212@video.example.se", call_id="612345678"),
    )
    with pytest.raises(RefusedText):
        _service("kalmar").outgoing(None, room, STARTS)
