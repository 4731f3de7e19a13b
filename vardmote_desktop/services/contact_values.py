"""The values a unit's contacts travel as (*kontakt*, the wizard's last-used values).

Plain dataclasses and matching, free of SQLAlchemy: the wizard and the *Kontakter* window
import them before the log is open (services/contacts.py stores them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vardmote_desktop.domain.types import Channel, MeetingMode, OrganisationKind
from vardmote_desktop.services.dto import ParticipantPlan


@dataclass(frozen=True)
class Contact:
    """One person the unit meets, as the wizard and the *Kontakter* window show it."""

    name: str
    organisation_kind: OrganisationKind = OrganisationKind.MUNICIPALITY
    organisation: str = ""
    role: str = ""
    email: str | None = None
    phone: str | None = None
    has_cosmic_messenger: bool = False
    channel: Channel | None = None  # the channel last used for them
    id: int | None = None

    @classmethod
    def of(cls, participant: ParticipantPlan) -> Contact:
        return cls(
            name=participant.name,
            organisation_kind=participant.organisation_kind,
            organisation=participant.organisation,
            role=participant.role,
            email=participant.email,
            phone=participant.phone,
            has_cosmic_messenger=participant.has_cosmic_messenger,
            channel=participant.channel,
        )

    def participant(self) -> ParticipantPlan:
        """A new participant with this contact's details (and last channel) filled in."""
        return ParticipantPlan(
            name=self.name,
            organisation_kind=self.organisation_kind,
            organisation=self.organisation,
            role=self.role,
            email=self.email,
            phone=self.phone,
            has_cosmic_messenger=self.has_cosmic_messenger,
            channel=self.channel,
        )

    @property
    def key(self) -> str:
        return match_key(self.name, self.organisation)

    def matches(self, typed: str) -> bool:
        """Every word typed begins a word of the name, organisation or role (any case)."""
        words = _fold(f"{self.name} {self.organisation} {self.role}").replace(",", " ").split()
        return all(any(w.startswith(part) for w in words) for part in _fold(typed).split())


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def match_key(name: str, organisation: str) -> str:
    """One person per unit however the name was typed: name and unit/department folded."""
    return f"{_fold(name)}|{_fold(organisation)}"


def search(contacts: list[Contact], typed: str, limit: int = 8) -> list[Contact]:
    """The contacts matching what is typed, in the given (most used first) order."""
    return [c for c in contacts if c.matches(typed)][:limit]


@dataclass(frozen=True)
class LastUsed:
    """What the unit last chose in one meeting type's wizard; None where nothing is known."""

    duration_minutes: int | None = None
    mode: MeetingMode | None = None
    roles: dict[str, str] | None = None  # only the roles the user does not hold themself
    external_room: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "duration_minutes": self.duration_minutes,
            "mode": self.mode.value if self.mode else None,
            "roles": self.roles,
            "external_room": self.external_room,
        }

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> LastUsed:
        # Read leniently: a newer release may have written keys this one does not know.
        duration = values.get("duration_minutes")
        mode = values.get("mode")
        roles = values.get("roles")
        external = values.get("external_room")
        return cls(
            duration_minutes=duration if isinstance(duration, int) else None,
            mode=MeetingMode(mode) if mode in {m.value for m in MeetingMode} else None,
            roles={str(k): str(v) for k, v in roles.items()} if isinstance(roles, dict) else None,
            external_room=external if isinstance(external, bool) else None,
        )
