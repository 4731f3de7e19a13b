"""Changes after booking: new time, participants added, removed, edited; history and re-sending."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from tests.helpers.cms_emulator import CmsEmulator
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.pexip_emulator import PexipEmulator
from tests.services.conftest import Store
from tests.services.test_followup import book
from tests.services.test_platform_rooms import Rig, make_rig
from vardmote_desktop.domain.attention import Attention, Group
from vardmote_desktop.domain.types import (
    Channel,
    DeliveryState,
    EventAction,
    OrganisationKind,
)
from vardmote_desktop.services.dto import ParticipantPlan
from vardmote_desktop.services.errors import ForbiddenChannel, InvalidMove, RefusedText


def test_a_new_time_resets_those_told_and_lists_the_meeting_until_resent(store: Store) -> None:
    # A week ahead: far outside the unconfirmed warning window.
    meetings, followup, meeting_id = book(store, hours_ahead=24 * 7)
    first, second = meetings.detail(meeting_id).participants
    followup.mark_sent(first.id)
    followup.confirm(first.id)
    followup.mark_sent(second.id)  # a phone call: sent and confirmed at once
    before = meetings.detail(meeting_id)
    assert before.summary.group is Group.UPCOMING and before.summary.confirmed == 2

    new_start = before.summary.starts_at + timedelta(days=1, minutes=30)
    assert meetings.reschedule(meeting_id, new_start, 45) == 2

    after = meetings.detail(meeting_id)
    assert after.summary.starts_at == new_start and after.summary.duration_minutes == 45
    assert after.summary.confirmed == 0 and after.summary.recipients == 2
    for person in after.participants:
        assert person.delivery is not None
        assert person.delivery.state is DeliveryState.NOT_SENT and person.delivery.resend
    assert Attention.RESEND in after.summary.attention
    assert after.summary.group is Group.NEEDS_ACTION
    # The list (read from the summaries, not the loaded meeting) agrees.
    assert meeting_id in {row.id for row in meetings.overview().needs_action}
    moved = next(e for e in after.events if e.action == EventAction.MEETING_RESCHEDULED)
    assert moved.details["minutes_from"] == 60 and moved.details["minutes_to"] == 45
    resets = [e.details["participant"] for e in after.events if e.action == "delivery_reset"]
    assert sorted(resets) == sorted(p.name for p in after.participants)

    # Sent again: the meeting leaves Behöver åtgärd (both kept their channel).
    followup.mark_sent(first.id)
    followup.mark_sent(second.id)
    resent = meetings.detail(meeting_id)
    assert Attention.RESEND not in resent.summary.attention
    assert resent.summary.group is Group.UPCOMING
    assert meeting_id in {row.id for row in meetings.overview().upcoming}
    assert [p.delivery.channel for p in resent.participants if p.delivery] == [
        Channel.COSMIC_MESSENGER,
        Channel.PHONE,
    ]


def test_the_same_time_again_changes_nothing(store: Store) -> None:
    meetings, _followup, meeting_id = book(store)
    summary = meetings.detail(meeting_id).summary
    assert meetings.reschedule(meeting_id, summary.starts_at, summary.duration_minutes) == 0
    actions = [e.action for e in meetings.detail(meeting_id).events]
    assert EventAction.MEETING_RESCHEDULED not in actions


def test_a_recipient_not_yet_told_is_not_reset(store: Store) -> None:
    meetings, followup, meeting_id = book(store, hours_ahead=24 * 7)
    first = meetings.detail(meeting_id).participants[0]
    followup.mark_sent(first.id)
    start = meetings.detail(meeting_id).summary.starts_at
    assert meetings.reschedule(meeting_id, start + timedelta(hours=2), 60) == 1
    after = meetings.detail(meeting_id)
    untold = after.participants[1].delivery
    assert untold is not None and untold.state is DeliveryState.NOT_SENT and not untold.resend


def test_added_participant_must_be_sent_and_is_in_the_history(store: Store) -> None:
    meetings, _followup, meeting_id = book(store, hours_ahead=24 * 7)
    new_id = meetings.add_participant(
        meeting_id,
        ParticipantPlan(
            name="Arbetsterapeut Tre",
            organisation_kind=OrganisationKind.MUNICIPALITY,
            phone="070-000 00 03",
            channel=Channel.PHONE,
        ),
    )
    after = meetings.detail(meeting_id)
    added = next(p for p in after.participants if p.id == new_id)
    assert added.delivery is not None and added.delivery.resend
    assert after.summary.recipients == 3
    assert Attention.RESEND in after.summary.attention
    event = next(e for e in after.events if e.action == EventAction.PARTICIPANT_ADDED)
    assert event.details == {"participant": "Arbetsterapeut Tre", "participant_id": new_id}


def test_removed_participant_is_no_longer_a_recipient(store: Store) -> None:
    meetings, _followup, meeting_id = book(store)
    first = meetings.detail(meeting_id).participants[0]
    meetings.remove_participant(first.id)
    after = meetings.detail(meeting_id)
    assert not after.participants[0].active
    assert after.summary.recipients == 1
    assert any(e.action == EventAction.PARTICIPANT_REMOVED for e in after.events)
    with pytest.raises(InvalidMove):
        meetings.remove_participant(first.id)


def test_new_phone_number_resets_that_recipient_only(store: Store) -> None:
    meetings, followup, meeting_id = book(store, hours_ahead=24 * 7)
    first, second = meetings.detail(meeting_id).participants
    followup.mark_sent(first.id)
    followup.mark_sent(second.id)
    plan = ParticipantPlan(
        name=second.name,
        organisation_kind=second.organisation_kind,
        organisation=second.organisation,
        role=second.role,
        phone="070-999 99 99",
    )
    assert meetings.edit_participant(second.id, plan)
    after = meetings.detail(meeting_id)
    assert after.participants[1].phone == "070-999 99 99"
    delivery = after.participants[1].delivery
    assert delivery is not None and delivery.resend and delivery.channel is Channel.PHONE
    assert after.participants[0].delivery is not None
    assert after.participants[0].delivery.state is DeliveryState.SENT
    edited = next(e for e in after.events if e.action == EventAction.PARTICIPANT_EDITED)
    assert edited.details["fields"] == "phone"  # which fields, never the values
    assert "070" not in str(edited.details)


def test_a_new_role_only_is_recorded_but_not_resent(store: Store) -> None:
    meetings, followup, meeting_id = book(store)
    first = meetings.detail(meeting_id).participants[0]
    followup.mark_sent(first.id)
    plan = ParticipantPlan(
        name=first.name,
        organisation_kind=first.organisation_kind,
        organisation=first.organisation,
        role="Biståndshandläggare",
        phone=first.phone,
        has_cosmic_messenger=True,
    )
    assert not meetings.edit_participant(first.id, plan)
    after = meetings.detail(meeting_id)
    assert after.participants[0].delivery is not None
    assert after.participants[0].delivery.state is DeliveryState.SENT
    assert any(e.action == EventAction.PARTICIPANT_EDITED for e in after.events)


def test_refused_channel_and_identity_numbers_change_nothing(store: Store) -> None:
    meetings, _followup, meeting_id = book(store)
    email_only = ParticipantPlan(
        name="Kurator Fyra",
        organisation_kind=OrganisationKind.MUNICIPALITY,
        email="kurator@kommun.example.se",
        channel=Channel.EMAIL,
    )
    with pytest.raises(ForbiddenChannel):  # Kalmar: never e-mail
        meetings.add_participant(meeting_id, email_only)
    with pytest.raises(RefusedText):
        meetings.add_participant(
            meeting_id,
            ParticipantPlan(
                name="19121212-1212",
                organisation_kind=OrganisationKind.MUNICIPALITY,
                phone="070-000 00 05",
                channel=Channel.PHONE,
            ),
        )
    assert len(meetings.detail(meeting_id).participants) == 2


def test_a_cancelled_meeting_cannot_be_changed(store: Store) -> None:
    meetings, followup, meeting_id = book(store)
    followup.cancel(meeting_id)
    start = meetings.detail(meeting_id).summary.starts_at
    with pytest.raises(InvalidMove):
        meetings.reschedule(meeting_id, start + timedelta(hours=1), 60)


@pytest.fixture(params=["cms", "pexip"])
def server_rig(
    request: pytest.FixtureRequest, store: Store, memory_keyring: MemoryKeyring
) -> Iterator[Rig]:
    server: CmsEmulator | PexipEmulator = (
        CmsEmulator() if request.param == "cms" else PexipEmulator()
    )
    with server:
        yield make_rig(store, request.param, server)


def test_a_moved_meeting_restamps_its_server_rooms_planned_end(server_rig: Rig) -> None:
    # The CMS/Pexip room's mark tells another PC's Städa rum when the meeting ends.
    rig = server_rig
    plan = rig.rooms.create_room(rig.rooms.reserve_name())
    meeting_id = rig.book(plan, days=1)
    assert plan.platform_room_id and rig.rooms.stamp_planned_end(meeting_id)
    new_start = rig.store.clock.now + timedelta(days=5, hours=2)
    rig.meetings.reschedule(meeting_id, new_start, 90)
    assert rig.rooms.stamp_planned_end(meeting_id)
    tag = rig.tag(plan.platform_room_id)
    assert tag is not None and tag.ends_at == new_start + timedelta(minutes=90)
