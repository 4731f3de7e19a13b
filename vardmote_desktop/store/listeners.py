"""What every session of the application does on its own: guards, summaries, change reports.

Attached by store/engine.make_session_factory to the sessionmaker it returns, never to
SQLAlchemy's global Session class at import: a session made elsewhere (a migration, a tool)
is not touched, and importing the models does nothing. Three duties:

- history events are append-only: an ORM change or delete, or a bulk UPDATE/DELETE, of an
  event is refused, except deletes inside store.events.allow_event_deletion (retention purge);
- after every flush, the summaries of the meetings it touched are recomputed (log_summary);
- after every commit, `on_commit` (if given) hears which meetings changed: the change bus of
  the services (services/changes.py) is wired in here by app.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from vardmote_desktop.domain.types import EventAction
from vardmote_desktop.store.errors import AppendOnlyError
from vardmote_desktop.store.log_summary import refresh_meeting_summaries
from vardmote_desktop.store.models import (
    EVENT_PURGE_FLAG,
    Delivery,
    Event,
    Meeting,
    Participant,
    Room,
)

_CHUNK = 500  # ids per IN (...) list: well under SQLite's bound-parameter limit
_PENDING = "vardmote_desktop.store.pending_changes"  # Session.info key until commit


@dataclass(frozen=True)
class Committed:
    """What one commit changed: meetings (their ids, deleted ones too), tables, new events."""

    meeting_ids: frozenset[int]
    kinds: frozenset[str]  # table names: "meetings", "rooms", "participants", "events", ...
    event_ids: frozenset[int]
    app_wide: bool  # an event not tied to a meeting, which may have changed any of them
    # A retention purge's reach: meetings that started up to then may be gone, no others.
    purged_through: datetime | None = None


OnCommit = Callable[[Committed], None]


@dataclass
class _Pending:
    meeting_ids: set[int] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    event_ids: set[int] = field(default_factory=set)
    app_wide: bool = False
    purged_through: datetime | None = None


def attach(factory: sessionmaker[Session], on_commit: OnCommit | None = None) -> None:
    """Give the factory's sessions the guards, the summary refresh and the change report."""
    event.listen(factory, "before_flush", _refuse_event_changes)
    event.listen(factory, "do_orm_execute", _refuse_bulk_event_change)
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "after_commit", lambda session: _report(session, on_commit))
    event.listen(factory, "after_rollback", _forget)


def _refuse_event_changes(session: Session, _context: Any, _instances: Any) -> None:
    for obj in session.dirty:
        if isinstance(obj, Event) and session.is_modified(obj):
            raise AppendOnlyError(f"history event {obj.id} cannot be changed")
    _refuse_event_deletes(session)


def _refuse_event_deletes(session: Session) -> None:
    if session.info.get(EVENT_PURGE_FLAG):
        return
    for obj in session.deleted:
        if isinstance(obj, Event):
            message = f"history event {obj.id} can only be removed by a retention purge"
            raise AppendOnlyError(message)


def _refuse_bulk_event_change(state: ORMExecuteState) -> None:
    # Bulk UPDATE/DELETE statements bypass the unit of work, so they are checked here.
    if not (state.is_update or state.is_delete) or state.bind_mapper is not Event.__mapper__:
        return
    if state.is_delete and state.session.info.get(EVENT_PURGE_FLAG):
        return
    raise AppendOnlyError("history events are append-only")


def _after_flush(session: Session, _context: Any) -> None:
    # Deletes cascaded from a meeting are only known once the flush has planned them.
    _refuse_event_deletes(session)
    pending: _Pending = session.info.setdefault(_PENDING, _Pending())
    live: set[int] = set()
    participant_ids: set[int] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        pending.kinds.add(type(obj).__tablename__)
        if isinstance(obj, Meeting):
            if obj.id is not None:
                pending.meeting_ids.add(obj.id)
                if obj not in session.deleted:
                    live.add(obj.id)
        elif isinstance(obj, Room | Participant):
            meeting_id = obj.meeting_id if obj.meeting_id is not None else obj.meeting.id
            if meeting_id is not None:
                live.add(meeting_id)
        elif isinstance(obj, Delivery):
            if obj.participant_id is not None:
                participant_ids.add(obj.participant_id)
            elif obj.participant is not None and obj.participant.id is not None:
                participant_ids.add(obj.participant.id)
        elif isinstance(obj, Event) and obj in session.new:
            pending.event_ids.add(obj.id)
            reach = purge_reach(obj.action, obj.details)
            if reach is not None:
                # Not "everything": a purge batch removes old meetings only, and a window
                # showing none of them has nothing to re-read (one per 200 meetings purged).
                if pending.purged_through is None or reach > pending.purged_through:
                    pending.purged_through = reach
            elif obj.meeting_id is None:
                pending.app_wide = True
            else:
                pending.meeting_ids.add(obj.meeting_id)
    if participant_ids:
        ids = sorted(participant_ids)
        connection = session.connection()
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            live.update(
                connection.execute(
                    select(Participant.meeting_id).where(Participant.id.in_(chunk))
                ).scalars()
            )
    pending.meeting_ids |= live
    gone = {o.id for o in session.deleted if isinstance(o, Meeting) and o.id is not None}
    if live or gone:
        # Keeps meeting_summaries (the log's rows, search text, attention facts) in step with
        # every ORM write, so no service can forget it; deleted meetings lose theirs by cascade
        # and their share of the statistics' running totals is taken back.
        refresh_meeting_summaries(session.connection(), live | gone)


def _report(session: Session, on_commit: OnCommit | None) -> None:
    pending: _Pending | None = session.info.pop(_PENDING, None)
    if on_commit is None or pending is None:
        return
    if not (pending.meeting_ids or pending.app_wide or pending.purged_through):
        return
    on_commit(
        Committed(
            frozenset(pending.meeting_ids),
            frozenset(pending.kinds),
            frozenset(pending.event_ids),
            pending.app_wide,
            pending.purged_through,
        )
    )


def purge_reach(action: str, details: dict[str, Any] | None) -> datetime | None:
    """For a retention purge event, the start of the newest meeting it removed ("through"),
    or its cut-off ("before") where an older release did not record that; else None."""
    if action != EventAction.RETENTION_PURGE or not details:
        return None
    found = details.get("through", details.get("before"))
    return None if found is None else datetime.fromisoformat(str(found))


def _forget(session: Session) -> None:
    session.info.pop(_PENDING, None)
