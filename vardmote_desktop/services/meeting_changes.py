"""Changes after booking (*ändra mötet*): a new time or length, participants added, removed, edited.

Every change is one unit of work with its history event, and every recipient it affects gets a
new delivery marked `resend` on the same (or newly chosen) channel: what they were told no
longer holds, so the meeting stays in *Behöver åtgärd* (domain/attention.py, *skicka igen*)
until the details have gone out again. The earlier delivery stays as it was, for the record.

Who is affected: a new time or length affects every active recipient who was told something
(sent, confirmed, or answered *kan inte delta*: the new time may suit them); an edit affects
that recipient when their way of being reached changed (channel, e-mail, phone); an added
recipient must be sent the details for the first time. A room of ours on a server carries the
planned end in its mark: the caller re-stamps it (RoomService.stamp_planned_end) off the GUI
thread after a new time, as the wizard does after booking.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from vardmote_desktop.domain.channels import check_channel
from vardmote_desktop.domain.privacy import contains_identity_number
from vardmote_desktop.domain.types import (
    Channel,
    DeliveryState,
    EventAction,
    MeetingStatus,
    RoomState,
)
from vardmote_desktop.domain.workflows import invites_by_video
from vardmote_desktop.services.base import Service
from vardmote_desktop.services.convert import current_delivery
from vardmote_desktop.services.dto import ParticipantPlan
from vardmote_desktop.services.errors import (
    ForbiddenChannel,
    InvalidMove,
    NotFound,
    RefusedText,
)
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store.events import EventRepository
from vardmote_desktop.store.meetings import MeetingRepository
from vardmote_desktop.store.models import Delivery, Meeting, Participant

# The fields of a participant whose change means the recipient must be told again.
_CONTACT_FIELDS = ("email", "phone")
_ALL_FIELDS = ("name", "organisation_kind", "organisation", "role", "is_relative", *_CONTACT_FIELDS)


class MeetingChanges(Service):
    """The change operations; MeetingService inherits them."""

    def reschedule(self, meeting_id: int, starts_at: datetime, duration_minutes: int) -> int:
        """A new start and/or length; returns how many recipients must be told again."""
        if starts_at.tzinfo is None or duration_minutes <= 0:
            raise ValueError("an aware start and a positive length are required")
        with transaction(self._factory) as session:
            meeting = self._changeable_meeting(session, meeting_id)
            if meeting.starts_at == starts_at and meeting.duration_minutes == duration_minutes:
                return 0
            before = (meeting.starts_at, meeting.duration_minutes)
            meeting.starts_at = starts_at
            meeting.duration_minutes = duration_minutes
            self._log_change(
                session,
                meeting,
                EventAction.MEETING_RESCHEDULED,
                starts_from=_iso(before[0]),
                starts_to=_iso(starts_at),
                minutes_from=before[1],
                minutes_to=duration_minutes,
            )
            reset = 0
            for participant in meeting.participants:
                current = current_delivery(participant)
                told = current is not None and current.state is not DeliveryState.NOT_SENT
                if participant.active and current is not None and told:
                    self._reset_delivery(session, participant, current.channel)
                    reset += 1
            return reset

    def add_participant(
        self, meeting_id: int, plan: ParticipantPlan, *, in_cosmic_link: bool = False
    ) -> int:
        """A participant added after booking; a recipient among them must be sent the details."""
        _refuse_identity_numbers(plan)
        with transaction(self._factory) as session:
            meeting = self._changeable_meeting(session, meeting_id)
            participant = Participant(
                name=plan.name,
                organisation_kind=plan.organisation_kind,
                organisation=plan.organisation,
                role=plan.role,
                is_relative=plan.is_relative,
                email=plan.email,
                phone=plan.phone,
                joins_by_video=plan.joins_by_video,
                active=True,
            )
            meeting.participants.append(participant)
            session.flush()
            self._log_change(
                session,
                meeting,
                EventAction.PARTICIPANT_ADDED,
                participant=participant.name,
                participant_id=participant.id,
            )
            channel = self._recipient_channel(meeting, plan, in_cosmic_link)
            if channel is not None:
                self._reset_delivery(session, participant, channel, event=False)
                self._log_change(
                    session,
                    meeting,
                    EventAction.CHANNEL_CHOSEN,
                    participant=participant.name,
                    channel=channel.value,
                )
            return participant.id

    def remove_participant(self, participant_id: int) -> None:
        """Taken off the meeting; the row and its history stay, as for a replaced one."""
        with transaction(self._factory) as session:
            participant = self._active_participant(session, participant_id)
            self._changeable_meeting(session, participant.meeting_id)
            participant.active = False
            self._log_change(
                session,
                participant.meeting,
                EventAction.PARTICIPANT_REMOVED,
                participant=participant.name,
                participant_id=participant.id,
            )

    def edit_participant(
        self, participant_id: int, plan: ParticipantPlan, *, in_cosmic_link: bool = False
    ) -> bool:
        """New details for a participant; True when they must be sent the details again."""
        _refuse_identity_numbers(plan)
        with transaction(self._factory) as session:
            participant = self._active_participant(session, participant_id)
            meeting = self._changeable_meeting(session, participant.meeting_id)
            changed = [f for f in _ALL_FIELDS if getattr(participant, f) != getattr(plan, f)]
            current = current_delivery(participant)
            channel = self._recipient_channel(meeting, plan, in_cosmic_link)
            if channel is None and current is not None:
                # No new choice: the channel stays, if the routine still allows it for them.
                channel = current.channel
                facts = plan.facts(meeting.meeting_type, in_cosmic_link)
                if check_channel(self._profile, facts, channel) is not None:
                    raise ForbiddenChannel()
            if channel is not None and (current is None or channel != current.channel):
                changed.append("channel")
            if not changed:
                return False
            old_name = participant.name
            for name in _ALL_FIELDS:
                setattr(participant, name, getattr(plan, name))
            self._log_change(
                session,
                meeting,
                EventAction.PARTICIPANT_EDITED,
                participant=participant.name,
                participant_id=participant.id,
                fields=",".join(changed),
                **({"was": old_name} if old_name != participant.name else {}),
            )
            contact = "channel" in changed or any(f in changed for f in _CONTACT_FIELDS)
            if channel is None or not contact:
                return False
            told = current is not None and current.state is not DeliveryState.NOT_SENT
            self._reset_delivery(session, participant, channel, event=told)
            return True

    # --- helpers ------------------------------------------------------------------------------
    def _changeable_meeting(self, session: Session, meeting_id: int) -> Meeting:
        """A planned meeting whose room (if ours) still exists: one that can still be changed."""
        meeting = MeetingRepository(session).get(meeting_id)
        if meeting is None:
            raise NotFound()
        room = meeting.room
        if meeting.status is not MeetingStatus.PLANNED or (
            room is not None and room.state is RoomState.DELETED
        ):
            raise InvalidMove()
        return meeting

    @staticmethod
    def _active_participant(session: Session, participant_id: int) -> Participant:
        participant = session.get(Participant, participant_id)
        if participant is None:
            raise NotFound()
        if not participant.active:
            raise InvalidMove()
        return participant

    def _recipient_channel(
        self, meeting: Meeting, plan: ParticipantPlan, in_cosmic_link: bool
    ) -> Channel | None:
        """The plan's channel if the participant is a recipient, refused if the routine says so."""
        video = meeting.suitability_ok and meeting.room is not None
        if not (video and invites_by_video(meeting.mode, plan.joins_by_video) and plan.channel):
            return None
        facts = plan.facts(meeting.meeting_type, in_cosmic_link)
        if check_channel(self._profile, facts, plan.channel) is not None:
            raise ForbiddenChannel()
        return plan.channel

    def _reset_delivery(
        self, session: Session, participant: Participant, channel: Channel, *, event: bool = True
    ) -> None:
        """A new delivery that must be sent: what the recipient was told no longer holds."""
        participant.deliveries.append(
            Delivery(
                channel=channel, state=DeliveryState.NOT_SENT, created_at=self._clock(), resend=True
            )
        )
        if event:
            self._log_change(
                session,
                participant.meeting,
                EventAction.DELIVERY_RESET,
                participant=participant.name,
                channel=channel.value,
            )

    def _log_change(
        self, session: Session, meeting: Meeting, action: EventAction, **details: object
    ) -> None:
        EventRepository(session).append(
            action, self._settings.actor, meeting_id=meeting.id, details=details, at=self._clock()
        )


def _refuse_identity_numbers(plan: ParticipantPlan) -> None:
    texts = [plan.name, plan.organisation, plan.role, plan.email or "", plan.phone or ""]
    if any(contains_identity_number(t) for t in texts):
        raise RefusedText()


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="minutes")
