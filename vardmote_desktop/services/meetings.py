"""Booking meetings and reading the log: the main window's and the wizards' use cases."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from vardmote_desktop.domain.channels import check_channel
from vardmote_desktop.domain.confirmation import ConfirmedHow, DeliveryStatus, mark_sent
from vardmote_desktop.domain.privacy import contains_identity_number
from vardmote_desktop.domain.types import EventAction, PlatformKind, RoomState
from vardmote_desktop.domain.workflows import invites_by_video
from vardmote_desktop.services import convert
from vardmote_desktop.services.drafts import draft_owners
from vardmote_desktop.services.dto import MeetingDetail, MeetingPlan, ParticipantPlan
from vardmote_desktop.services.errors import (
    DraftGone,
    ForbiddenChannel,
    RefusedText,
    RoomNameTaken,
)
from vardmote_desktop.services.list_rows import (
    LIST_LIMIT,
    MeetingSummary,
    Overview,
    OverviewChanges,
    summary_row,
)
from vardmote_desktop.services.meeting_changes import MeetingChanges
from vardmote_desktop.services.privacy_guard import check_plan
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store.addresses import claim_room_addresses
from vardmote_desktop.store.drafts import DraftRepository
from vardmote_desktop.store.events import EventRepository
from vardmote_desktop.store.meetings import MeetingRepository
from vardmote_desktop.store.models import Delivery, Meeting, MeetingRole, Participant, Room
from vardmote_desktop.store.units import UnitRepository


class MeetingService(MeetingChanges):
    # --- reading ------------------------------------------------------------------------------
    def overview(self, limit: int = LIST_LIMIT) -> Overview:
        """The three groups, read from the summaries (no join over participants)."""
        now, hours = self._clock(), self.warning_hours
        with transaction(self._factory) as session:
            groups = MeetingRepository(session).groups(now, unconfirmed_hours=hours, limit=limit)

            def rows(found: list[Any]) -> tuple[MeetingSummary, ...]:
                return tuple(summary_row(r, now, hours) for r in found)

            return Overview(rows(groups.needs_action), rows(groups.upcoming), rows(groups.past))

    def changed_rows(self, meeting_ids: Iterable[int]) -> OverviewChanges:
        """The list rows of these meetings now, each with its group, to update a list in place."""
        now, hours = self._clock(), self.warning_hours
        wanted = frozenset(meeting_ids)
        with transaction(self._factory) as session:
            found = MeetingRepository(session).rows_of(wanted)
            rows = tuple(summary_row(r, now, hours) for r in found)
        return OverviewChanges(rows, wanted - {r.id for r in rows})

    def detail(self, meeting_id: int) -> MeetingDetail:
        now = self._clock()
        with transaction(self._factory) as session:
            meeting = MeetingRepository(session).require(meeting_id)
            session.refresh(meeting)
            return convert.detail(meeting, now, self.warning_hours)

    # --- booking ------------------------------------------------------------------------------
    def book(self, plan: MeetingPlan, draft_id: int | None = None) -> int:
        """Store a meeting from a finished wizard, with its room, recipients and history.

        The wizard's draft, if named, goes in the same transaction: a draft outliving its
        booked meeting (the app killed between the two) would be offered again by *Nytt möte*
        and booked a second time, under the room name the first booking already holds. A draft
        no longer there (booked or discarded on another PC) raises DraftGone, and a room name
        already booked RoomNameTaken; either way nothing is written.
        """
        try:
            return self._book(plan, draft_id)
        except IntegrityError as exc:
            # The unique room name (and number) is the log's own guard; which one broke is read
            # afresh, since the failed transaction has been rolled back.
            name = plan.room.name if plan.room is not None else None
            if name and self._room_name_booked(name):
                raise RoomNameTaken(name) from exc
            raise

    def _room_name_booked(self, name: str) -> bool:
        with transaction(self._factory) as session:
            return session.scalar(select(Room.id).where(Room.name == name)) is not None

    def _book(self, plan: MeetingPlan, draft_id: int | None) -> int:
        self._refuse_identity_numbers(plan)
        check_plan(plan, self._profile.dial_in_number)  # every field, the room's too
        now = self._clock()
        actor = self._settings.actor
        with transaction(self._factory) as session:
            # First: two PCs finishing the same draft at once take turns on its row.
            drafts, owners = DraftRepository(session), draft_owners(self._settings)
            if draft_id is not None and not drafts.take(draft_id, owners, plan.meeting_type):
                raise DraftGone()
            unit = UnitRepository(session).get_or_create(self._settings.unit or "")
            meeting = Meeting(
                meeting_type=plan.meeting_type,
                mode=plan.mode,
                starts_at=plan.starts_at,
                duration_minutes=plan.duration_minutes,
                unit_id=unit.id,
                organiser=actor,
                profile_key=self._profile.key,
                reference=plan.reference,
                requested_via=plan.requested_via,
                suitability_ok=plan.suitability_ok,
                suitability_note=plan.suitability_note,
            )
            meeting.roles = [MeetingRole(role=r, holder=h) for r, h in plan.roles.items()]
            video = plan.suitability_ok and plan.room is not None
            events: list[tuple[EventAction, dict[str, str]]] = [
                (
                    EventAction.MEETING_BOOKED,
                    {"type": plan.meeting_type.value, "mode": plan.mode.value},
                )
            ]
            if not plan.suitability_ok:
                events.append((EventAction.JUDGED_UNSUITABLE, {"mode": plan.mode.value}))
            if video and plan.room is not None:
                room = plan.room
                external = room.platform is PlatformKind.EXTERNAL
                meeting.room = Room(
                    unit_id=None if external else unit.id,
                    number=None if external else room.number,
                    name=None if external else room.name,
                    platform=room.platform,
                    platform_room_id=room.platform_room_id,
                    join=room.join,
                    dial_in=None if external else self._profile.dial_in_number,
                    state=RoomState.EXTERNAL if external else RoomState.ACTIVE,
                    created_at=now,
                )
                events.append(
                    (
                        EventAction.ROOM_RECORDED,
                        {"room": room.name or room.join.video_address or ""},
                    )
                )
                if not external:
                    # A room made by hand may carry an address the app did not draw: remember it
                    # too, past the retention purge, so it never serves another meeting.
                    claim_room_addresses(session, room.join, now)
            for plan_participant in plan.participants:
                participant, more = self._participant(plan, plan_participant, video, now)
                meeting.participants.append(participant)
                events.extend(more)
            MeetingRepository(session).add(meeting)
            log = EventRepository(session)
            for action, details in events:
                log.append(action, actor, meeting_id=meeting.id, details=details, at=now)
            return meeting.id

    def _participant(
        self, plan: MeetingPlan, p: ParticipantPlan, video: bool, now: datetime
    ) -> tuple[Participant, list[tuple[EventAction, dict[str, str]]]]:
        participant = Participant(
            name=p.name,
            organisation_kind=p.organisation_kind,
            organisation=p.organisation,
            role=p.role,
            is_relative=p.is_relative,
            email=p.email,
            phone=p.phone,
            joins_by_video=p.joins_by_video,
            active=True,
        )
        events: list[tuple[EventAction, dict[str, str]]] = []
        if not (video and invites_by_video(plan.mode, p.joins_by_video) and p.channel):
            return participant, events
        facts = p.facts(plan.meeting_type, plan.patient_in_cosmic_link)
        if check_channel(self._profile, facts, p.channel) is not None:
            raise ForbiddenChannel()
        status = DeliveryStatus()
        events.append(
            (EventAction.CHANNEL_CHOSEN, {"participant": p.name, "channel": p.channel.value})
        )
        if p.sent_now:
            status = mark_sent(status, p.channel, now)
            events.append(
                (EventAction.DELIVERY_SENT, {"participant": p.name, "channel": p.channel.value})
            )
            if status.confirmed_at is not None:
                events.append(
                    (
                        EventAction.DELIVERY_CONFIRMED,
                        {"participant": p.name, "how": ConfirmedHow.PHONE_CALL.value},
                    )
                )
        participant.deliveries.append(
            Delivery(
                channel=p.channel,
                state=status.state,
                sent_at=status.sent_at,
                confirmed_at=status.confirmed_at,
                confirmed_how=status.confirmed_how.value if status.confirmed_how else None,
                created_at=now,
            )
        )
        return participant, events

    @staticmethod
    def _refuse_identity_numbers(plan: MeetingPlan) -> None:
        """Free text reaching the log must not hold a personal identity number (domain.md)."""
        texts = [plan.reference or "", plan.suitability_note or "", *plan.roles.values()]
        for p in plan.participants:
            texts += [p.name, p.organisation, p.role, p.email or "", p.phone or ""]
        if any(contains_identity_number(t) for t in texts):
            raise RefusedText()
