"""A unit's contacts (*kontakter*) and the wizard values it last used, shared by its PCs.

Contacts are staff the unit meets (municipal and regional): never patients or relatives. Every
field passes the privacy guard before it is stored. A contact is not a meeting, so its changes
are not history events; each row says who changed it last and when.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vardmote_desktop.domain.privacy import contains_identity_number
from vardmote_desktop.domain.types import MeetingType, PlatformKind
from vardmote_desktop.domain.validation import (
    validate_contact,
    validate_email,
    validate_free_text,
    validate_participant_name,
    validate_phone,
)
from vardmote_desktop.domain.workflows import workflow
from vardmote_desktop.services.base import Service
from vardmote_desktop.services.contact_values import Contact, LastUsed, match_key, search
from vardmote_desktop.services.dto import MeetingPlan, ParticipantPlan
from vardmote_desktop.services.errors import ContactInvalid, NotFound, RefusedText
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store.contacts import ContactRepository, UnitContact
from vardmote_desktop.store.units import get_or_create_unit


def checked(contact: Contact) -> Contact:
    """The contact with its text tidied, or ContactInvalid / RefusedText (privacy guard)."""
    clean = replace(
        contact,
        name=" ".join(contact.name.split()),
        organisation=contact.organisation.strip(),
        role=contact.role.strip(),
        email=(contact.email or "").strip() or None,
        phone=(contact.phone or "").strip() or None,
    )
    fields = (clean.name, clean.organisation, clean.role, clean.email or "", clean.phone or "")
    if any(contains_identity_number(value) for value in fields):
        raise RefusedText()
    results = [
        validate_participant_name(clean.name),
        validate_free_text(clean.organisation, max_length=120),
        validate_free_text(clean.role, max_length=80),
        validate_email(clean.email) if clean.email else None,
        validate_phone(clean.phone) if clean.phone else None,
        validate_contact(clean.email, clean.phone),
    ]
    if any(result is not None and not result.ok for result in results):
        raise ContactInvalid()
    return clean


def _to_contact(row: UnitContact) -> Contact:
    return Contact(
        id=row.id,
        name=row.name,
        organisation_kind=row.organisation_kind,
        organisation=row.organisation,
        role=row.role,
        email=row.email,
        phone=row.phone,
        has_cosmic_messenger=row.has_cosmic_messenger,
        channel=row.channel,
    )


def _write(row: UnitContact, contact: Contact, actor: str) -> None:
    row.match_key = contact.key
    row.name = contact.name
    row.organisation_kind = contact.organisation_kind
    row.organisation = contact.organisation
    row.role = contact.role
    row.email = contact.email
    row.phone = contact.phone
    row.has_cosmic_messenger = contact.has_cosmic_messenger
    row.channel = contact.channel
    row.updated_by = actor


class ContactService(Service):
    """Add, change, remove and search the unit's contacts; remember the wizard's last values."""

    def _unit_id(self, session: Session) -> int:
        return get_or_create_unit(session, self._settings.unit or "").id

    def all(self) -> list[Contact]:
        """The unit's contacts, the most used first."""
        if not (self._settings.unit or "").strip():
            return []
        with transaction(self._factory) as session:
            rows = ContactRepository(session).list(self._unit_id(session))
            return [_to_contact(row) for row in rows]

    def search(self, typed: str, limit: int = 8) -> list[Contact]:
        """The contacts matching what is typed (see Contact.matches), the most used first."""
        return search(self.all(), typed, limit)  # the module's function, not this method

    def add(self, contact: Contact) -> Contact:
        """Save a contact; the same person (name and unit/department) already kept is updated.

        Two PCs saving the same new person at once: one insert loses on the unique key, and
        its second try finds the other's row and updates it.
        """
        clean = checked(contact)
        try:
            return self._add(clean)
        except IntegrityError:
            return self._add(clean)

    def _add(self, clean: Contact) -> Contact:
        with transaction(self._factory) as session:
            repo = ContactRepository(session)
            unit_id = self._unit_id(session)
            row = repo.find(unit_id, clean.key)
            if row is None:
                row = UnitContact(unit_id=unit_id, use_count=0, created_at=self.now())
                _write(row, clean, self._settings.actor)
                repo.add(row)
            else:
                channel = clean.channel or row.channel  # a typed participant has none yet
                _write(row, replace(clean, channel=channel), self._settings.actor)
                session.flush()
            return _to_contact(row)

    def save_participant(self, participant: ParticipantPlan) -> Contact:
        """A participant typed in the wizard, kept as a contact (relatives never are)."""
        if participant.is_relative:
            raise ContactInvalid()
        return self.add(Contact.of(participant))

    def update(self, contact: Contact) -> Contact:
        """Change a kept contact (by id); NotFound if another PC removed it meanwhile."""
        clean = checked(contact)
        if clean.id is None:
            raise NotFound()
        with transaction(self._factory) as session:
            repo = ContactRepository(session)
            unit_id = self._unit_id(session)
            row = repo.get(unit_id, clean.id)
            if row is None:
                raise NotFound()
            other = repo.find(unit_id, clean.key)
            if other is not None and other.id != row.id:
                raise ContactInvalid()  # would become a second copy of another contact
            _write(row, clean, self._settings.actor)
            session.flush()
            return _to_contact(row)

    def remove(self, contact_id: int) -> None:
        with transaction(self._factory) as session:
            repo = ContactRepository(session)
            row = repo.get(self._unit_id(session), contact_id)
            if row is None:
                raise NotFound()
            repo.delete(row)

    # --- last used ---------------------------------------------------------------------------
    def last_used(self, meeting_type: MeetingType) -> LastUsed:
        if not (self._settings.unit or "").strip():
            return LastUsed()
        with transaction(self._factory) as session:
            values = ContactRepository(session).last_used(self._unit_id(session), meeting_type)
            return LastUsed.from_dict(values)

    def remember(self, plan: MeetingPlan) -> None:
        """After booking: the wizard's values for next time, and each known contact's use and
        channel (so the most met come first and their channel is chosen already)."""
        if not (self._settings.unit or "").strip():
            return
        routine = workflow(plan.meeting_type)
        theirs = {role.code for role in routine.roles if not role.is_ours}
        video = plan.suitability_ok
        last = LastUsed(
            duration_minutes=plan.duration_minutes,
            mode=plan.mode if video else None,
            roles={code: who for code, who in plan.roles.items() if code in theirs},
            external_room=(plan.room.platform is PlatformKind.EXTERNAL)
            if video and plan.room is not None
            else None,
        )
        now = self.now()
        with transaction(self._factory) as session:
            repo = ContactRepository(session)
            unit_id = self._unit_id(session)
            old = LastUsed.from_dict(repo.last_used(unit_id, plan.meeting_type))
            if not video:  # a meeting without video says nothing about mode or room
                last = replace(last, mode=old.mode, external_room=old.external_room)
            repo.set_last_used(unit_id, plan.meeting_type, last.to_dict())
            for participant in plan.participants:
                row = repo.find(unit_id, match_key(participant.name, participant.organisation))
                if row is None:
                    continue
                row.use_count += 1
                row.last_used_at = now
                if participant.channel is not None:
                    row.channel = participant.channel
            session.flush()
