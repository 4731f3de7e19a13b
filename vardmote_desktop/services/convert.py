"""ORM rows to the plain data the UI gets; read inside the session that loaded them."""

from __future__ import annotations

from datetime import datetime, timedelta

from vardmote_desktop.domain.types import DeliveryState, MeetingStatus, RoomState
from vardmote_desktop.services.dto import (
    DeliveryInfo,
    EventInfo,
    MeetingDetail,
    MeetingSummary,
    ParticipantInfo,
    RoomInfo,
)
from vardmote_desktop.store.models import Delivery, Meeting, Participant, Room

UNCONFIRMED = (DeliveryState.NOT_SENT, DeliveryState.SENT)


def current_delivery(participant: Participant) -> Delivery | None:
    """The newest delivery: a resend or another channel replaces the earlier one."""
    return participant.deliveries[-1] if participant.deliveries else None


def attention(meeting: Meeting, now: datetime, warning_hours: float) -> tuple[str, ...]:
    """Why a meeting needs action, most important first: an undeleted room tops everything."""
    codes: list[str] = []
    ends = meeting.starts_at + timedelta(minutes=meeting.duration_minutes)
    over = meeting.status is not MeetingStatus.PLANNED or ends <= now
    room = meeting.room
    if room is not None and room.state is RoomState.ACTIVE and over:
        cancelled = meeting.status is MeetingStatus.CANCELLED
        codes.append("cancelled_room" if cancelled else "room_not_deleted")
    if meeting.status is MeetingStatus.PLANNED and not over:
        window = meeting.starts_at - timedelta(hours=warning_hours)
        for participant in meeting.participants:
            delivery = current_delivery(participant)
            waiting = delivery is not None and delivery.state in UNCONFIRMED
            if participant.active and waiting and now >= window:
                codes.append("unconfirmed")
                break
    return tuple(codes)


def summary(meeting: Meeting, now: datetime, warning_hours: float) -> MeetingSummary:
    recipients = 0
    confirmed = 0
    for participant in meeting.participants:
        delivery = current_delivery(participant)
        if participant.active and delivery is not None:
            recipients += 1
            confirmed += delivery.state is DeliveryState.CONFIRMED
    room = meeting.room
    return MeetingSummary(
        id=meeting.id,
        meeting_type=meeting.meeting_type,
        mode=meeting.mode,
        status=meeting.status,
        starts_at=meeting.starts_at,
        duration_minutes=meeting.duration_minutes,
        room_name=room.name if room else None,
        room_state=room.state if room else None,
        recipients=recipients,
        confirmed=confirmed,
        attention=attention(meeting, now, warning_hours),
    )


def room_info(room: Room) -> RoomInfo:
    return RoomInfo(
        name=room.name,
        platform=room.platform,
        state=room.state,
        video_address=room.video_address,
        call_id=room.call_id,
        passcode=room.passcode,
        web_link=room.web_link,
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
        participants=tuple(participant_info(p) for p in meeting.participants),
        events=tuple(
            EventInfo(at=e.at, actor=e.actor, action=e.action, details=dict(e.details))
            for e in meeting.events
        ),
    )
