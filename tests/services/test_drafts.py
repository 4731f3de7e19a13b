"""Drafts: a half-finished plan comes back whole, and only to the user who wrote it."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from tests.services.conftest import Store
from vardmote_desktop.domain.types import (
    Channel,
    MeetingMode,
    MeetingType,
    OrganisationKind,
    PlatformKind,
)
from vardmote_desktop.services.drafts import DraftService
from vardmote_desktop.services.dto import MeetingPlan, ParticipantPlan, ReservedName, RoomPlan


def test_draft_round_trip_and_owner(store: Store) -> None:
    drafts = DraftService(store.factory, store.settings)
    plan = MeetingPlan(
        meeting_type=MeetingType.SIP_OUTPATIENT,
        mode=MeetingMode.PARTLY_DIGITAL,
        starts_at=store.clock() + timedelta(days=2),
        reference="LSP-4711",
        roles={"inviter": "Samordnare Test"},
        participants=[
            ParticipantPlan(
                name="Åsa Närstående",
                organisation_kind=OrganisationKind.OTHER,
                is_relative=True,
                email="anhorig@example.se",
                joins_by_video=False,
                channel=Channel.PEXIP_INVITATION,
            )
        ],
        room=RoomPlan(platform=PlatformKind.MANUAL, name="HC Torsås 3", number=3, call_id="0042"),
    )
    draft_id = drafts.save(None, plan, page=2, reserved=ReservedName(3, "HC Torsås 3"))
    assert drafts.save(draft_id, plan, page=3) == draft_id  # saving again updates it

    back = drafts.latest(MeetingType.SIP_OUTPATIENT)
    assert back is not None and back.id == draft_id and back.page == 3
    assert back.plan == plan
    assert drafts.latest(MeetingType.DISTANCE) is None

    colleague = DraftService(store.factory, replace(store.settings, user_name="Kollega"))
    assert colleague.latest(MeetingType.SIP_OUTPATIENT) is None

    drafts.discard(draft_id)
    assert drafts.latest(MeetingType.SIP_OUTPATIENT) is None
