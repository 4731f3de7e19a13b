"""Drafts: half-finished wizards saved so that the user can resume them."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from vardmote_desktop.domain.types import MeetingType
from vardmote_desktop.store.errors import NotFoundError
from vardmote_desktop.store.models import Draft


class DraftRepository:
    """Create, read, replace and delete drafts; never commits."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(self, meeting_type: MeetingType, payload: Mapping[str, Any]) -> Draft:
        """Save a new draft and return it with its id."""
        draft = Draft(meeting_type=meeting_type, payload=dict(payload))
        self._session.add(draft)
        self._session.flush()
        return draft

    def get(self, draft_id: int) -> Draft | None:
        """The draft with this id, if any."""
        return self._session.get(Draft, draft_id)

    def list_all(self, meeting_type: MeetingType | None = None) -> list[Draft]:
        """Drafts, most recently changed first, optionally of one meeting type."""
        statement = select(Draft).order_by(Draft.updated_at.desc(), Draft.id.desc())
        if meeting_type is not None:
            statement = statement.where(Draft.meeting_type == meeting_type)
        return list(self._session.scalars(statement))

    def update(self, draft_id: int, payload: Mapping[str, Any]) -> Draft:
        """Replace a draft's payload (a new dict: JSON columns do not track mutation)."""
        draft = self._require(draft_id)
        draft.payload = dict(payload)
        self._session.flush()
        return draft

    def delete(self, draft_id: int) -> None:
        """Remove a draft (when its meeting is booked or the user discards it)."""
        self._session.delete(self._require(draft_id))
        self._session.flush()

    def take(self, draft_id: int, owners: Collection[str], meeting_type: MeetingType) -> bool:
        """Remove the draft a booking is made from, in the booking's transaction. False when it
        is gone (booked or discarded on another PC) or its id now names another draft: SQLite
        gives a deleted last id to the next draft, perhaps a colleague's.

        The row is locked first (PostgreSQL), so two PCs booking the same draft at once take
        turns and the second finds nothing; on SQLite the DELETE itself waits for the writer.
        """
        draft = self._session.scalar(select(Draft).where(Draft.id == draft_id).with_for_update())
        if draft is None or draft.meeting_type is not meeting_type:
            return False
        if draft.payload.get("owner") not in owners:
            return False
        result = self._session.execute(delete(Draft).where(Draft.id == draft_id))
        return bool(getattr(result, "rowcount", 0))

    def _require(self, draft_id: int) -> Draft:
        draft = self.get(draft_id)
        if draft is None:
            raise NotFoundError(f"no draft with id {draft_id}")
        return draft

    def purge_changed_before(self, cutoff: datetime) -> int:
        """Remove drafts last changed before cutoff (the retention purge, issue 11): a draft
        can hold names and e-mail addresses just like a booked meeting."""
        result = self._session.execute(delete(Draft).where(Draft.updated_at < cutoff))
        return int(getattr(result, "rowcount", 0) or 0)
