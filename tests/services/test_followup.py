"""Confirmations, förhinder, substitutes, start and cancel: state moves and the history."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.services.conftest import Store
from vardmote_desktop.domain.confirmation import ConfirmedHow
from vardmote_desktop.domain.history import confirmed_how, replaced_on_meeting_day
from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.types import (
    Channel,
    DeliveryState,
    EventAction,
    MeetingMode,
    MeetingStatus,
    MeetingType,
    OrganisationKind,
    PlatformKind,
)
from vardmote_desktop.services.dto import MeetingPlan, ParticipantPlan, RoomPlan
from vardmote_desktop.services.errors import ForbiddenChannel, InvalidMove, RefusedText
from vardmote_desktop.services.followup import FollowUpService
from vardmote_desktop.services.meetings import MeetingService


def book(store: Store, hours_ahead: float = 48) -> tuple[MeetingService, FollowUpService, int]:
    meetings = MeetingService(store.factory, store.settings, store.profile, store.clock)
    followup = FollowUpService(store.factory, store.settings, store.profile, store.clock)
    plan = MeetingPlan(
        meeting_type=MeetingType.DISTANCE,
        mode=MeetingMode.DIGITAL,
        starts_at=store.clock() + timedelta(hours=hours_ahead),
        room=RoomPlan(
            platform=PlatformKind.MANUAL,
            name="HC Torsås 1",
            number=1,
            join=JoinInfo(video_address="hc.torsas.1@video.example.se", call_id="012345678"),
        ),
        participants=[
            ParticipantPlan(
                name="Handläggare Ett",
                organisation_kind=OrganisationKind.MUNICIPALITY,
                phone="070-000 00 01",
                has_cosmic_messenger=True,
                channel=Channel.COSMIC_MESSENGER,
            ),
            ParticipantPlan(
                name="Sjuksköterska Två",
                organisation_kind=OrganisationKind.MUNICIPALITY,
                phone="070-000 00 02",
                channel=Channel.PHONE,
            ),
        ],
    )
    return meetings, followup, meetings.book(plan)


def test_sent_then_confirmed_is_recorded_with_times(store: Store) -> None:
    meetings, followup, meeting_id = book(store)
    first = meetings.detail(meeting_id).participants[0]
    assert first.delivery is not None and first.delivery.state is DeliveryState.NOT_SENT

    followup.mark_sent(first.id)
    store.clock.advance(minutes=30)
    followup.confirm(first.id)

    after = meetings.detail(meeting_id)
    delivery = after.participants[0].delivery
    assert delivery is not None and delivery.state is DeliveryState.CONFIRMED
    assert delivery.sent_at is not None and delivery.confirmed_at is not None
    assert delivery.confirmed_at - delivery.sent_at == timedelta(minutes=30)
    actions = [(e.action, e.actor) for e in after.events]
    assert ("delivery_sent", store.settings.actor) in actions
    assert ("delivery_confirmed", store.settings.actor) in actions
    reply = next(e for e in after.events if e.action == EventAction.DELIVERY_CONFIRMED)
    assert reply.details["how"] == ConfirmedHow.REPLY
    assert after.summary.confirmed == 1 and after.summary.recipients == 2


def test_phone_call_is_sent_and_confirmed_at_once(store: Store) -> None:
    meetings, followup, meeting_id = book(store)
    phone = meetings.detail(meeting_id).participants[1]
    followup.mark_sent(phone.id)
    delivery = meetings.detail(meeting_id).participants[1].delivery
    assert delivery is not None and delivery.state is DeliveryState.CONFIRMED
    assert delivery.sent_at == delivery.confirmed_at
    confirmed = [e for e in meetings.detail(meeting_id).events if e.action == "delivery_confirmed"]
    assert [confirmed_how(e.details) for e in confirmed] == [ConfirmedHow.PHONE_CALL]
    assert confirmed[0].details["how"] == "phone_call"


def test_confirming_what_was_never_sent_is_refused(store: Store) -> None:
    meetings, followup, meeting_id = book(store)
    first = meetings.detail(meeting_id).participants[0]
    with pytest.raises(InvalidMove):
        followup.confirm(first.id)


def test_unconfirmed_recipient_is_flagged_inside_the_warning_window(store: Store) -> None:
    meetings, followup, meeting_id = book(store, hours_ahead=48)
    assert meetings.overview().upcoming[0].id == meeting_id
    store.clock.advance(hours=30)  # 18 hours left: inside Kalmar's 24-hour window
    overview = meetings.overview()
    assert [m.id for m in overview.needs_action] == [meeting_id]
    assert overview.needs_action[0].attention == ("unconfirmed",)
    for person in meetings.detail(meeting_id).participants:
        followup.mark_sent(person.id)
        if person.delivery and person.delivery.channel is not Channel.PHONE:
            followup.confirm(person.id)
    assert meetings.overview().upcoming[0].id == meeting_id


def test_substitute_replaces_and_history_keeps_both(store: Store) -> None:
    meetings, followup, meeting_id = book(store)
    first = meetings.detail(meeting_id).participants[0]
    followup.mark_sent(first.id)
    followup.cannot_attend(first.id)
    new_id = followup.replace_participant(
        first.id,
        ParticipantPlan(
            name="Ersättare Tre",
            organisation_kind=OrganisationKind.MUNICIPALITY,
            email="ersattare@kommun.example.se",
            phone="070-000 00 03",
            has_cosmic_messenger=True,
            channel=Channel.COSMIC_MESSENGER,
        ),
    )
    detail = meetings.detail(meeting_id)
    old = next(p for p in detail.participants if p.id == first.id)
    new = next(p for p in detail.participants if p.id == new_id)
    assert not old.active and old.replaced_by_id == new_id
    assert old.delivery is not None and old.delivery.state is DeliveryState.CANNOT_ATTEND
    assert new.active and new.delivery is not None
    assert new.delivery.state is DeliveryState.NOT_SENT  # the substitute starts afresh
    replaced = [e for e in detail.events if e.action == EventAction.PARTICIPANT_REPLACED]
    assert replaced[0].details == {
        "participant": "Handläggare Ett",
        "participant_id": first.id,
        "substitute": "Ersättare Tre",
        "substitute_id": new_id,
    }
    assert not replaced_on_meeting_day(detail.events, first.id, detail.summary.starts_at)
    # A replaced participant cannot be replaced again or sent to.
    with pytest.raises(InvalidMove):
        followup.mark_sent(first.id)


def test_same_day_substitute_is_marked(store: Store) -> None:
    meetings, followup, meeting_id = book(store, hours_ahead=3)
    first = meetings.detail(meeting_id).participants[0]
    followup.replace_participant(
        first.id,
        ParticipantPlan(
            name="Ersättare Fyra",
            organisation_kind=OrganisationKind.MUNICIPALITY,
            phone="070-000 00 04",
            channel=Channel.PHONE,
        ),
    )
    detail = meetings.detail(meeting_id)
    # Read from the replacement event's time against the meeting's day, not stored as a flag.
    assert replaced_on_meeting_day(detail.events, first.id, detail.summary.starts_at)
    second = detail.participants[1]
    assert not replaced_on_meeting_day(detail.events, second.id, detail.summary.starts_at)


def test_substitute_refuses_email_in_kalmar_and_identity_numbers(store: Store) -> None:
    meetings, followup, meeting_id = book(store)
    first = meetings.detail(meeting_id).participants[0]
    by_email = ParticipantPlan(
        name="Ersättare",
        organisation_kind=OrganisationKind.MUNICIPALITY,
        email="e@kommun.example.se",
        channel=Channel.EMAIL,
    )
    with pytest.raises(ForbiddenChannel):
        followup.replace_participant(first.id, by_email)
    with pytest.raises(RefusedText):
        followup.replace_participant(
            first.id,
            ParticipantPlan(
                name="Ersättare 19121212-1212",
                organisation_kind=OrganisationKind.MUNICIPALITY,
                phone="0480-1",
            ),
        )
    assert meetings.detail(meeting_id).participants[0].active


def test_cancelled_meeting_keeps_its_room_at_the_top_until_deleted(store: Store) -> None:
    meetings, followup, meeting_id = book(store)
    _, _, other = book_second(store)
    store.clock.advance(hours=47)  # the other meeting is now unconfirmed and close
    followup.cancel(meeting_id)
    overview = meetings.overview()
    assert overview.needs_action[0].id == meeting_id  # rooms before unconfirmed recipients
    assert overview.needs_action[0].attention == ("cancelled_room",)
    assert overview.needs_action[0].status is MeetingStatus.CANCELLED
    assert other in [m.id for m in overview.needs_action]
    with pytest.raises(InvalidMove):
        followup.cancel(meeting_id)


def book_second(store: Store) -> tuple[MeetingService, FollowUpService, int]:
    meetings = MeetingService(store.factory, store.settings, store.profile, store.clock)
    plan = MeetingPlan(
        meeting_type=MeetingType.OTHER,
        mode=MeetingMode.DIGITAL,
        starts_at=store.clock() + timedelta(hours=50),
        room=RoomPlan(
            platform=PlatformKind.MANUAL,
            name="HC Torsås 2",
            number=2,
            join=JoinInfo(video_address="hc.torsas.2@video.example.se", call_id="22"),
        ),
        participants=[
            ParticipantPlan(
                name="Deltagare",
                organisation_kind=OrganisationKind.OTHER,
                phone="070-000 00 09",
                channel=Channel.PHONE,
            )
        ],
    )
    followup = FollowUpService(store.factory, store.settings, store.profile, store.clock)
    return meetings, followup, meetings.book(plan)


def test_start_records_the_check_and_the_time(store: Store) -> None:
    meetings, followup, meeting_id = book(store)
    followup.start(meeting_id)
    started = [e for e in meetings.detail(meeting_id).events if e.action == "meeting_started"]
    assert started and started[0].details == {"checks": "ser och hör varandra"}
    assert started[0].at == store.clock()
