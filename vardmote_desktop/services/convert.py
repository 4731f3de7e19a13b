"""ORM rows to the plain data the UI gets; read inside the session that loaded them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import object_session

from vardmote_desktop.domain.attention import (
    MeetingFacts,
    Recipients,
    attention,
    count_recipients,
    ends_at,
    group,
)
from vardmote_desktop.domain.room_calls import CallOutcome, summary_value
from vardmote_desktop.domain.types import DeliveryState
from vardmote_desktop.services.dto import (
    DeliveryInfo,
    EventInfo,
    MeetingDetail,
    ParticipantInfo,
    RoomInfo,
)
from vardmote_desktop.services.list_rows import MeetingSummary
from vardmote_desktop.store.models import Delivery, Meeting, Participant, Room
from vardmote_desktop.store.unit_models import RoomCall, RoomCleanup


def current_delivery(participant: Participant) -> Delivery | None:
    """The newest delivery: a resend or another channel replaces the earlier one."""
    return participant.deliveries[-1] if participant.deliveries else None


def recipients(meeting: Meeting) -> Recipients:
    """The meeting's recipient figures by domain.attention's definition."""
    return count_recipients(
        (p.active, d.state if (d := current_delivery(p)) is not None else None)
        for p in meeting.participants
    )


def resend_pending(delivery: Delivery | None) -> bool:
    """The delivery was made by a change after booking and has not gone out yet."""
    return delivery is not None and delivery.resend and delivery.state is DeliveryState.NOT_SENT


def must_resend(meeting: Meeting) -> bool:
    """An active recipient must be sent the details again (the summary's resend)."""
    return any(p.active and resend_pending(current_delivery(p)) for p in meeting.participants)


def summary(meeting: Meeting, now: datetime, warning_hours: float) -> MeetingSummary:
    """A loaded meeting as a list row, by the same rule as the rows read from summaries."""
    figures = recipients(meeting)
    room = meeting.room
    session = object_session(meeting)
    cleanup = session.get(RoomCleanup, room.id) if room is not None and session else None
    facts = MeetingFacts(
        status=meeting.status,
        starts_at=meeting.starts_at,
        ends_at=ends_at(meeting.starts_at, meeting.duration_minutes),
        room_state=room.state if room else None,
        unconfirmed=figures.unconfirmed > 0,
        room_cleanup=cleanup.state if cleanup is not None else None,
        nobody_seen=_nobody_seen(meeting),
        resend=must_resend(meeting),
    )
    return MeetingSummary(
        id=meeting.id,
        meeting_type=meeting.meeting_type,
        mode=meeting.mode,
        status=meeting.status,
        starts_at=meeting.starts_at,
        duration_minutes=meeting.duration_minutes,
        room_name=room.name if room else None,
        room_state=room.state if room else None,
        recipients=figures.total,
        confirmed=figures.confirmed,
        attention=attention(facts, now, warning_hours),
        group=group(facts, now, warning_hours),
        room_problem=cleanup.reason if cleanup is not None else None,
    )


def _nobody_seen(meeting: Meeting) -> bool:
    """The summary's room_call of a loaded meeting is "nobody" (store/log_summary.py)."""
    room = meeting.room
    session = object_session(meeting)
    call = session.get(RoomCall, room.id) if room is not None and session else None
    stored = call.outcome if call is not None else None
    return summary_value(stored, meeting.status, meeting.held_at) == CallOutcome.NOBODY


def room_info(room: Room) -> RoomInfo:
    return RoomInfo(
        name=room.name,
        platform=room.platform,
        state=room.state,
        join=room.join,
        dial_in=room.dial_in,
        platform_room_id=room.platform_room_id,
        created_at=room.created_at,
        deleted_at=room.deleted_at,
    )


def delivery_info(delivery: Delivery | None) -> DeliveryInfo | None:
    if delivery is None:
        return None
    return DeliveryInfo(
        id=delivery.id,
        channel=delivery.channel,
        state=delivery.state,
        sent_at=delivery.sent_at,
        confirmed_at=delivery.confirmed_at,
        confirmed_how=delivery.confirmed_how,
        resend=resend_pending(delivery),
    )


def participant_info(p: Participant) -> ParticipantInfo:
    return ParticipantInfo(
        id=p.id,
        name=p.name,
        organisation_kind=p.organisation_kind,
        organisation=p.organisation,
        role=p.role,
        is_relative=p.is_relative,
        email=p.email,
        phone=p.phone,
        joins_by_video=p.joins_by_video,
        active=p.active,
        replaced_by_id=p.replaced_by_id,
        delivery=delivery_info(current_delivery(p)),
    )


def detail(meeting: Meeting, now: datetime, warning_hours: float) -> MeetingDetail:
    return MeetingDetail(
        summary=summary(meeting, now, warning_hours),
        organiser=meeting.organiser,
        unit=meeting.unit.name,
        reference=meeting.reference,
        suitability_ok=meeting.suitability_ok,
        suitability_note=meeting.suitability_note,
        roles={r.role: r.holder for r in meeting.roles},
        room=room_info(meeting.room) if meeting.room else None,
        held_at=meeting.held_at,
        participants=tuple(participant_info(p) for p in meeting.participants),
        events=tuple(
            EventInfo(at=e.at, actor=e.actor, action=e.action, details=dict(e.details))
            for e in meeting.events
        ),
    )
