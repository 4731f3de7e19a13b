"""The history (*historik*): append-only events, removable only by a retention purge."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from vardmote_desktop.domain.types import EventAction
from vardmote_desktop.store.columns import utcnow
from vardmote_desktop.store.history_chain import event_hash, last_hash, lock_chain
from vardmote_desktop.store.models import EVENT_PURGE_FLAG, Event


@contextmanager
def allow_event_deletion(session: Session) -> Iterator[None]:
    """Let the flushes inside this block delete events (retention purge only).

    Used by MeetingRepository.purge_started_before; the guard itself lives in store.models.
    """
    session.info[EVENT_PURGE_FLAG] = True
    if session.get_bind().dialect.name == "postgresql":
        # The events table's trigger (migration 0010) lets a DELETE through only while this
        # transaction-local setting is on; it ends with the transaction whatever happens.
        session.execute(text("SELECT set_config('vardmote.purge', 'on', true)"))
    try:
        yield
        if session.get_bind().dialect.name == "postgresql":
            # Off again for the rest of the transaction (after a failure it is rolled back).
            session.execute(text("SELECT set_config('vardmote.purge', 'off', true)"))
    finally:
        session.info.pop(EVENT_PURGE_FLAG, None)


class EventRepository:
    """Append and read history events; never commits (the service owns the transaction)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def append(
        self,
        action: EventAction,
        actor: str,
        *,
        meeting_id: int | None = None,
        details: Mapping[str, Any] | None = None,
        at: datetime | None = None,
    ) -> Event:
        """Add one event; meeting_id None for app-wide events such as a retention purge.

        The event is sealed to the newest one of its chain (store.history_chain), with the
        chain locked until the transaction ends, so that two PCs never both follow one event.
        """
        item = Event(
            meeting_id=meeting_id,
            action=EventAction(action).value,  # refuses a misspelt action at run time too
            actor=actor,
            details=dict(details or {}),
            at=at or utcnow(),
        )
        # Pending events of this session (and their meeting ids) reach the database first.
        self._session.flush()
        lock_chain(self._session, meeting_id)
        item.chain_hash = event_hash(
            last_hash(self._session, meeting_id),
            meeting_id,
            item.at,
            item.actor,
            item.action,
            item.details,
        )
        self._session.add(item)
        self._session.flush()
        return item

    def for_meeting(self, meeting_id: int) -> list[Event]:
        """A meeting's history, oldest first."""
        statement = select(Event).where(Event.meeting_id == meeting_id).order_by(Event.at, Event.id)
        return list(self._session.scalars(statement))

    def app_wide(self, limit: int = 100) -> list[Event]:
        """Events not tied to a meeting, newest first."""
        statement = (
            select(Event)
            .where(Event.meeting_id.is_(None))
            .order_by(Event.at.desc(), Event.id.desc())
            .limit(limit)
        )
        return list(self._session.scalars(statement))
