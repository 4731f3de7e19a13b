"""After booking: deliveries and confirmations, förhinder and substitutes, start and cancel."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from vardmote_desktop.domain.channels import check_channel
from vardmote_desktop.domain.confirmation import (
    ConfirmedHow,
    DeliveryStatus,
    IllegalDeliveryMove,
    is_same_day_change,
    mark_cannot_attend,
    mark_confirmed,
    mark_sent,
)
from vardmote_desktop.domain.privacy import contains_identity_number
from vardmote_desktop.domain.types import DeliveryState, EventAction, MeetingStatus
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


def _status(delivery: Delivery) -> DeliveryStatus:
    how = ConfirmedHow(delivery.confirmed_how) if delivery.confirmed_how else None
    return DeliveryStatus(
        delivery.state, delivery.channel, delivery.sent_at, delivery.confirmed_at, how
    )


def _apply(delivery: Delivery, status: DeliveryStatus) -> None:
    delivery.state = status.state
    delivery.sent_at = status.sent_at
    delivery.confirmed_at = status.confirmed_at
    delivery.confirmed_how = status.confirmed_how.value if status.confirmed_how else None


class FollowUpService(Service):
    """Every method is one unit of work that records who did what in the meeting's history."""

    # --- deliveries ---------------------------------------------------------------------------
    def mark_sent(self, participant_id: int) -> None:
        """*Markera som skickad* through the channel chosen for this recipient."""
        with transaction(self._factory) as session:
            participant, delivery = self._delivery(session, participant_id)
            now = self._clock()
            status = self._move(lambda: mark_sent(_status(delivery), delivery.channel, now))
            _apply(delivery, status)
            channel = delivery.channel.value
            self._log(session, participant, EventAction.DELIVERY_SENT, channel=channel)
            if status.confirmed_how is not None:  # a phone call is confirmed when it is made
                self._confirmed(session, participant, status.confirmed_how)

    def confirm(self, participant_id: int) -> None:
        """*Markera som bekräftad*: the recipient replied that the details are noted."""
        with transaction(self._factory) as session:
            participant, delivery = self._delivery(session, participant_id)
            now = self._clock()
            status = self._move(lambda: mark_confirmed(_status(delivery), now))
            _apply(delivery, status)
            self._confirmed(session, participant, status.confirmed_how or ConfirmedHow.REPLY)

    def cannot_attend(self, participant_id: int) -> None:
        """*Förhinder*: the participant told the organiser they cannot attend."""
        with transaction(self._factory) as session:
            participant, delivery = self._delivery(session, participant_id)
            _apply(delivery, self._move(lambda: mark_cannot_attend(_status(delivery))))
            same_day = self._same_day(participant)
            self._log(session, participant, EventAction.CANNOT_ATTEND, same_day=same_day)

    def replace_participant(
        self, participant_id: int, substitute: ParticipantPlan, *, in_cosmic_link: bool = False
    ) -> int:
        """*Byt till ersättare*: the history keeps both; the substitute starts afresh."""
        texts = [substitute.name, substitute.organisation, substitute.role]
        texts += [substitute.email or "", substitute.phone or ""]
        if any(contains_identity_number(t) for t in texts):
            raise RefusedText()
        with transaction(self._factory) as session:
            old = self._participant(session, participant_id)
            if not old.active:
                raise InvalidMove()
            now = self._clock()
            new = Participant(
                meeting_id=old.meeting_id,
                name=substitute.name,
                organisation_kind=substitute.organisation_kind,
                organisation=substitute.organisation or old.organisation,
                role=substitute.role or old.role,
                is_relative=substitute.is_relative,
                email=substitute.email,
                phone=substitute.phone,
                joins_by_video=old.joins_by_video,
                active=True,
            )
            channel = substitute.channel
            if channel is not None:
                facts = substitute.facts(old.meeting.meeting_type, in_cosmic_link)
                if check_channel(self._profile, facts, channel) is not None:
                    raise ForbiddenChannel()
                new.deliveries.append(Delivery(channel=channel, created_at=now))
            session.add(new)
            session.flush()
            old.active = False
            old.replaced_by_id = new.id
            old.replaced_at = now
            current = current_delivery(old)
            if current is not None and current.state is not DeliveryState.CANNOT_ATTEND:
                _apply(current, mark_cannot_attend(_status(current)))
            # The ids tie the event to the rows, so "replaced the same day" is read from the
            # event's time (domain/history.py) and never by matching names.
            self._log(
                session,
                old,
                EventAction.PARTICIPANT_REPLACED,
                participant_id=old.id,
                substitute=new.name,
                substitute_id=new.id,
            )
            return new.id

    # --- the meeting itself -------------------------------------------------------------------
    def start(self, meeting_id: int) -> None:
        """*Starta mötet*: the user checked that everyone sees and hears each other."""
        with transaction(self._factory) as session:
            meeting = MeetingRepository(session).require(meeting_id)
            if meeting.status is not MeetingStatus.PLANNED:
                raise InvalidMove()
            meeting.held_at = self._clock()
            self._log_meeting(
                session, meeting, EventAction.MEETING_STARTED, checks="ser och hör varandra"
            )

    def cancel(self, meeting_id: int) -> None:
        """*Ställ in mötet*: its room stays in *Behöver åtgärd* until it is deleted."""
        with transaction(self._factory) as session:
            meeting = MeetingRepository(session).require(meeting_id)
            if meeting.status is not MeetingStatus.PLANNED:
                raise InvalidMove()
            meeting.status = MeetingStatus.CANCELLED
            meeting.cancelled_at = self._clock()
            self._log_meeting(session, meeting, EventAction.MEETING_CANCELLED)

    # --- helpers ------------------------------------------------------------------------------
    @staticmethod
    def _move(step: Callable[[], DeliveryStatus]) -> DeliveryStatus:
        try:
            return step()
        except IllegalDeliveryMove as exc:
            raise InvalidMove() from exc

    @staticmethod
    def _participant(session: Session, participant_id: int) -> Participant:
        participant = session.get(Participant, participant_id)
        if participant is None:
            raise NotFound()
        return participant

    def _delivery(self, session: Session, participant_id: int) -> tuple[Participant, Delivery]:
        participant = self._participant(session, participant_id)
        delivery = current_delivery(participant)
        if delivery is None or not participant.active:
            raise InvalidMove()
        return participant, delivery

    def _same_day(self, participant: Participant) -> bool:
        # Compared on the local calendar: a UTC date would move evening meetings a day.
        now = self._clock().astimezone()
        return is_same_day_change(now, participant.meeting.starts_at.astimezone())

    def _confirmed(self, session: Session, participant: Participant, how: ConfirmedHow) -> None:
        self._log(session, participant, EventAction.DELIVERY_CONFIRMED, how=how.value)

    def _log(
        self, session: Session, participant: Participant, action: EventAction, **details: object
    ) -> None:
        self._log_meeting(
            session, participant.meeting, action, participant=participant.name, **details
        )

    def _log_meeting(
        self, session: Session, meeting: Meeting, action: EventAction, **details: object
    ) -> None:
        EventRepository(session).append(
            action, self._settings.actor, meeting_id=meeting.id, details=details, at=self._clock()
        )
