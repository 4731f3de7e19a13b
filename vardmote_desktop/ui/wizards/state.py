"""What the wizard's pages share: the plan being built, its routine, and the services they call.

Qt-free and importing no page: the wizard and the pages both import this module, never each
other. A page receives the `WizardState` it edits and only the services it calls (as the small
Protocols below), not the wizard.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from vardmote_desktop.domain.workflows import Answers, Step, Workflow
from vardmote_desktop.services.dto import (
    MeetingPlan,
    OutgoingText,
    ParticipantPlan,
    ReservedName,
    RoomPlan,
)

if TYPE_CHECKING:
    from vardmote_desktop.domain.naming import RoomAddress
    from vardmote_desktop.domain.profiles import SiteProfile
    from vardmote_desktop.domain.types import Channel, PlatformKind
    from vardmote_desktop.services.contact_values import Contact, LastUsed
    from vardmote_desktop.services.room_addresses import AddressReuse


log = logging.getLogger(__name__)


@dataclass
class WizardState:
    """The plan the pages fill in, the routine it follows, the site and the user's name.

    The wizard replaces `plan` when a draft is resumed: pages read `state.plan` each time.
    """

    plan: MeetingPlan
    workflow: Workflow
    profile: SiteProfile
    actor: str
    # What the unit chose last time in this type's wizard (services/contacts.py), once loaded.
    last_used: LastUsed | None = None

    def answers(self) -> Answers:
        return Answers(suitability_ok=self.plan.suitability_ok, mode=self.plan.mode)

    def step_after(self, current: Step) -> Step | None:
        """The routine's next step for the answers given so far (domain/workflows.py)."""
        return self.workflow.step_after(current, self.answers())


class Rooms(Protocol):
    """What the room step asks of the room service."""

    @property
    def platform(self) -> PlatformKind: ...

    def reserve_name(self) -> ReservedName: ...

    def read_invitation(
        self, text: str, reserved: ReservedName | None = None, *, external: bool = False
    ) -> RoomPlan: ...

    def create_room(self, reserved: ReservedName, ends_at: datetime | None = None) -> RoomPlan: ...

    def cancel_server_calls(self) -> None: ...

    @property
    def video_domain(self) -> str: ...

    def manual_address(self, reserved: ReservedName) -> RoomAddress: ...

    def reused_address(
        self, plan: RoomPlan, reserved: ReservedName | None
    ) -> AddressReuse | None: ...

    def address_mismatch(
        self, plan: RoomPlan, reserved: ReservedName | None
    ) -> RoomAddress | None: ...


class Contacts(Protocol):
    """What the participants step asks of the contact service."""

    def all(self) -> list[Contact]: ...

    def save_participant(self, participant: ParticipantPlan) -> Contact: ...


class Invitations(Protocol):
    """What the channels step asks of the invitation service."""

    def outgoing(
        self, channel: Channel | None, room: RoomPlan, starts_at: datetime
    ) -> OutgoingText: ...


def outgoing_text(
    invitations: Invitations, plan: MeetingPlan, channel: Channel | None
) -> OutgoingText:
    """The invitation (channel None) or what to paste into one channel; empty without a room."""
    room = plan.room
    if room is None:
        return OutgoingText(body="")
    return invitations.outgoing(channel, room, plan.starts_at)


def apply_last_used(state: WizardState) -> None:
    """Put what the unit chose last time (length, mode, roles held by others) into the plan.

    The roles the user holds keep the user's own name; a mode the routine does not offer is
    left as it is.
    """
    last = state.last_used
    if last is None:
        return
    plan = state.plan
    if last.duration_minutes is not None:
        plan.duration_minutes = last.duration_minutes
    if last.mode is not None and last.mode in state.workflow.modes:
        plan.mode = last.mode
    theirs = {role.code for role in state.workflow.roles if not role.is_ours}
    for code, holder in (last.roles or {}).items():
        if code in theirs:
            plan.roles[code] = holder


def log_only(exc: BaseException) -> None:
    """For a convenience that failed (a pre-fill): the wizard works without it."""
    log.warning("wizard pre-fill not loaded: %s", type(exc).__name__)
