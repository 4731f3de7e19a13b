"""A unit's contacts (*kontakter*) and the wizard values it last used, kept in the log.

Contacts are the municipal and regional staff a unit meets week after week, never patients or
relatives: shared by every PC of a shared log, offered in the wizard's participants step.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, UniqueConstraint, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Mapped, Session, mapped_column

from vardmote_desktop.domain.types import Channel, MeetingType, OrganisationKind
from vardmote_desktop.store.base import Base
from vardmote_desktop.store.columns import enum_column_type, utcnow


class UnitContact(Base):
    """One person the unit meets: name, organisation, role, how to reach them (0012).

    `match_key` is the name and unit/department folded (case, spaces), so one person is kept
    once per unit however the name was typed; `channel` is the one last used for them.
    """

    __tablename__ = "unit_contacts"
    __table_args__ = (UniqueConstraint("unit_id", "match_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    match_key: Mapped[str] = mapped_column(String(400))
    name: Mapped[str] = mapped_column(String(120))
    organisation_kind: Mapped[OrganisationKind] = mapped_column(enum_column_type(OrganisationKind))
    organisation: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(80), default="")
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(40))
    has_cosmic_messenger: Mapped[bool] = mapped_column(default=False)
    channel: Mapped[Channel | None] = mapped_column(enum_column_type(Channel))
    use_count: Mapped[int] = mapped_column(default=0)
    last_used_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # Who saved or changed it last, as the history writes an actor: a contact is not a
    # meeting, so its changes are not history events, but a shared log still says who.
    updated_by: Mapped[str] = mapped_column(String(200), default="")


class UnitLastUsed(Base):
    """What a unit last chose in one meeting type's wizard (length, roles, mode…), as JSON."""

    __tablename__ = "unit_last_used"

    unit_id: Mapped[int] = mapped_column(
        ForeignKey("units.id", ondelete="CASCADE"), primary_key=True
    )
    meeting_type: Mapped[MeetingType] = mapped_column(
        enum_column_type(MeetingType), primary_key=True
    )
    values: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ContactRepository:
    """A unit's contacts and last-used values in one session; never commits."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def list(self, unit_id: int) -> list[UnitContact]:
        """The unit's contacts, the most used first (ties: the most recently used)."""
        statement = (
            select(UnitContact)
            .where(UnitContact.unit_id == unit_id)
            .order_by(
                UnitContact.use_count.desc(),
                UnitContact.last_used_at.desc().nulls_last(),
                UnitContact.name,
            )
        )
        return list(self._session.scalars(statement))

    def get(self, unit_id: int, contact_id: int) -> UnitContact | None:
        contact = self._session.get(UnitContact, contact_id)
        return contact if contact is not None and contact.unit_id == unit_id else None

    def find(self, unit_id: int, match_key: str) -> UnitContact | None:
        statement = select(UnitContact).where(
            UnitContact.unit_id == unit_id, UnitContact.match_key == match_key
        )
        return self._session.scalars(statement).one_or_none()

    def add(self, contact: UnitContact) -> UnitContact:
        self._session.add(contact)
        self._session.flush()
        return contact

    def delete(self, contact: UnitContact) -> None:
        self._session.delete(contact)
        self._session.flush()

    def last_used(self, unit_id: int, meeting_type: MeetingType) -> dict[str, Any]:
        row = self._session.get(UnitLastUsed, (unit_id, meeting_type))
        return dict(row.values) if row is not None else {}

    def set_last_used(
        self, unit_id: int, meeting_type: MeetingType, values: dict[str, Any]
    ) -> None:
        """Insert or replace in one statement: two PCs booking at once never collide."""
        dialect = self._session.get_bind().dialect.name
        if dialect == "postgresql":
            statement: Any = postgresql.insert(UnitLastUsed)
        elif dialect == "sqlite":
            statement = sqlite.insert(UnitLastUsed)
        else:
            raise ValueError(f"unsupported database backend: {dialect!r}")
        statement = statement.values(
            unit_id=unit_id, meeting_type=meeting_type, values=dict(values), updated_at=utcnow()
        )
        statement = statement.on_conflict_do_update(
            index_elements=["unit_id", "meeting_type"],
            set_={
                "values": statement.excluded["values"],
                "updated_at": statement.excluded["updated_at"],
            },
        )
        self._session.execute(statement)
        # The row may be in the session already (read just before): read it afresh next time.
        self._session.expire_all()
