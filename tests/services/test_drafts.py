"""Drafts: a half-finished plan comes back whole, and only to the user who wrote it."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from tests.services.conftest import Store
from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.types import (
    Channel,
    MeetingMode,
    MeetingType,
    OrganisationKind,
    PlatformKind,
)
from vardmote_desktop.services.drafts import DraftService
from vardmote_desktop.services.dto import MeetingPlan, ParticipantPlan, ReservedName, RoomPlan
from vardmote_desktop.services.errors import DraftGone, RefusedText
from vardmote_desktop.services.meetings import MeetingService
from vardmote_desktop.services.plan_codec import plan_from_dict, plan_to_dict
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store.drafts import DraftRepository


def test_draft_round_trip_and_owner(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGNAME", "anna.s")
    drafts = DraftService(store.factory, store.settings, store.profile)
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
        room=RoomPlan(
            platform=PlatformKind.MANUAL,
            name="HC Torsås 3",
            number=3,
            join=JoinInfo(call_id="0042"),
        ),
    )
    draft_id = drafts.save(None, plan, page=2, reserved=ReservedName(3, "HC Torsås 3"))
    assert drafts.save(draft_id, plan, page=3) == draft_id  # saving again updates it

    back = drafts.latest(MeetingType.SIP_OUTPATIENT)
    assert back is not None and back.id == draft_id and back.page == 3
    assert back.plan == plan
    assert drafts.latest(MeetingType.DISTANCE) is None

    # The login owns the draft: a new display name keeps it, a colleague's login does not see it.
    renamed = DraftService(
        store.factory, replace(store.settings, user_name="Anna Svensson"), store.profile
    )
    assert renamed.latest(MeetingType.SIP_OUTPATIENT) is not None
    monkeypatch.setenv("LOGNAME", "bertil.k")
    colleague = DraftService(store.factory, store.settings, store.profile)
    assert colleague.latest(MeetingType.SIP_OUTPATIENT) is None

    drafts.discard(draft_id)
    assert drafts.latest(MeetingType.SIP_OUTPATIENT) is None


def test_booking_takes_its_draft_with_it_in_one_transaction(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Killed between a booking and a separate discard, the draft came back under *Nytt möte*
    # and could be booked again under the room name the first booking already holds.
    monkeypatch.setenv("LOGNAME", "anna.s")
    drafts = DraftService(store.factory, store.settings, store.profile)
    meetings = MeetingService(store.factory, store.settings, store.profile, store.clock)
    plan = MeetingPlan(
        meeting_type=MeetingType.DISTANCE,
        mode=MeetingMode.DIGITAL,
        starts_at=store.clock() + timedelta(days=1),
        reference="Ärende 12",
        room=RoomPlan(PlatformKind.MANUAL, "HC Torsås 3", 3, join=JoinInfo(call_id="0042")),
    )
    draft_id = drafts.save(None, plan, page=3, reserved=ReservedName(3, "HC Torsås 3"))

    # A booking refused keeps the draft: nothing of it was written, the user still has it.
    refused = replace(plan, reference="19121212-1212")
    with pytest.raises(RefusedText):
        meetings.book(refused, draft_id)
    kept = drafts.latest(MeetingType.DISTANCE)
    assert kept is not None and kept.id == draft_id

    meeting_id = meetings.book(plan, draft_id)
    assert meetings.detail(meeting_id).reference == "Ärende 12"
    assert drafts.latest(MeetingType.DISTANCE) is None
    with transaction(store.factory) as session:
        assert DraftRepository(session).list_all() == []

    # The draft gone (booked here, or on another PC): refused, nothing written. Booked
    # without it, as the wizard's next Färdig does once the user has looked at the list.
    with pytest.raises(DraftGone):
        meetings.book(replace(plan, room=None), draft_id)
    assert meetings.book(replace(plan, room=None)) != meeting_id


def test_a_draft_saved_under_the_old_free_text_name_is_still_found(store: Store) -> None:
    # Before the login owned drafts, the owner was the `user_name` setting.
    plan = MeetingPlan(
        meeting_type=MeetingType.DISTANCE,
        mode=MeetingMode.DIGITAL,
        starts_at=store.clock() + timedelta(days=1),
    )
    with transaction(store.factory) as session:
        payload = {"owner": "Samordnare Test", "page": 1, "plan": plan_to_dict(plan)}
        draft_id = DraftRepository(session).create(plan.meeting_type, payload).id
    back = DraftService(store.factory, store.settings, store.profile).latest(MeetingType.DISTANCE)
    assert back is not None and back.id == draft_id


# A room as drafts held it before JoinInfo: the four join values loose beside name and number.
OLD_ROOM = {
    "platform": "manual",
    "name": "HC Torsås 3",
    "number": 3,
    "video_address": "hc.torsas.3.k3f9x@ltkalmar.se",
    "call_id": "0042",
    "passcode": "1234",
    "web_link": "https://join.example.se/meeting/0042",
    "platform_room_id": None,
}
OLD_JOIN = JoinInfo(
    video_address="hc.torsas.3.k3f9x@ltkalmar.se",
    call_id="0042",
    passcode="1234",
    web_link="https://join.example.se/meeting/0042",
)


def test_a_room_is_saved_with_its_join_details_as_one_value() -> None:
    room = RoomPlan(PlatformKind.MANUAL, "HC Torsås 3", 3, join=OLD_JOIN)
    data = plan_to_dict(
        MeetingPlan(MeetingType.DISTANCE, MeetingMode.DIGITAL, datetime(2026, 12, 3), room=room)
    )
    assert data["room"]["join"] == {
        "video_address": "hc.torsas.3.k3f9x@ltkalmar.se",
        "call_id": "0042",
        "passcode": "1234",
        "web_link": "https://join.example.se/meeting/0042",
    }
    assert not {"video_address", "call_id", "passcode", "web_link"} & data["room"].keys()
    assert plan_from_dict(json.loads(json.dumps(data))).room == room


@pytest.mark.parametrize(
    ("old", "join"),
    [
        (OLD_ROOM, OLD_JOIN),
        # Older still: a room without a passcode or link key at all.
        (
            {"platform": "external", "web_link": "https://sefos.example/m/1"},
            JoinInfo(web_link="https://sefos.example/m/1"),
        ),
    ],
)
def test_a_draft_with_the_old_loose_join_keys_still_loads(
    store: Store, old: dict[str, object], join: JoinInfo
) -> None:
    plan = MeetingPlan(MeetingType.DISTANCE, MeetingMode.DIGITAL, store.clock() + timedelta(days=1))
    data = {**plan_to_dict(plan), "room": old}
    with transaction(store.factory) as session:
        payload = {"owner": store.settings.identity.login, "page": 4, "plan": data}
        DraftRepository(session).create(plan.meeting_type, payload)
    back = DraftService(store.factory, store.settings, store.profile).latest(MeetingType.DISTANCE)
    assert back is not None and back.plan.room is not None
    assert back.plan.room.join == join
    assert back.plan.room.name == old.get("name") and back.plan.room.number == old.get("number")
    assert back.plan.room.platform is PlatformKind(str(old["platform"]))
