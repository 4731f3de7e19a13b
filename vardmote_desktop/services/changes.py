"""The change bus: every change to the log, made here or on another PC, announced once.

Shaped after Anki's operations (style.md): a window does not tell the others what it changed,
and no window re-reads everything after an action. Instead:

- this application's own commits are reported by the session factory (store/listeners.py)
  to `ChangeBus.committed`, whatever service or window made them;
- another PC's (or process's) commits are found by `ChangeWatcher.check`: every change to a
  meeting records a history event, so a new max(events.id) means something changed, and the
  events after the last one seen name the meetings;
- either way `Changes` (which meetings, which tables) goes to every subscriber, and each
  window re-reads only those meetings' rows.

Qt-free: ui/changes.py carries the announcements to the GUI thread as a Qt signal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from vardmote_desktop.domain.types import EventAction
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store.listeners import Committed, purge_reach
from vardmote_desktop.store.models import Event

log = logging.getLogger(__name__)

CHECK_DEADLINE_MS = 1500  # a change check that takes longer is given up; the next one retries
MAX_EVENTS_PER_CHECK = 500  # more new events than this: re-read the lists instead


@dataclass(frozen=True)
class Changes:
    """What changed: these meetings (some may be gone), or everything when `everything`."""

    meeting_ids: frozenset[int] = frozenset()
    kinds: frozenset[str] = frozenset()  # tables, e.g. "deliveries"; "events" for remote ones
    everything: bool = False  # an app-wide change, or too many to list
    remote: bool = False  # found by the change check: another PC or process made it
    # A retention purge (here or on another PC): meetings that started up to this moment may
    # be gone. A window showing none of them has nothing to re-read.
    purged_through: datetime | None = None


Listener = Callable[[Changes], None]


class ChangeBus:
    """Hands each Changes to every subscriber, on the thread that made the change."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []
        self._own_events: set[int] = set()  # this process's events, not to announce twice

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Add a listener; returns the function that removes it again."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, changes: Changes) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(changes)
            except Exception:  # one broken window must not keep the news from the others
                log.exception("a change listener failed")

    def committed(self, committed: Committed) -> None:
        """The session factory's report of one of this process's commits."""
        with self._lock:
            self._own_events |= committed.event_ids
        self.publish(
            Changes(
                committed.meeting_ids,
                committed.kinds,
                everything=committed.app_wide,
                purged_through=committed.purged_through,
            )
        )

    def take_own(self, event_ids: set[int], newest: int) -> set[int]:
        """Which of these events this process made. Everything up to `newest` is forgotten
        then: those events have been read, and SQLite may hand a purged id out again."""
        with self._lock:
            own = event_ids & self._own_events
            self._own_events = {i for i in self._own_events if i > newest}
        return own


class ChangeWatcher:
    """The cheap check for other PCs' changes: a primary-key range read of the newest events.

    On PostgreSQL event ids come from a sequence, so a transaction that took id 10 can commit
    after the one that took id 11: the check therefore re-reads the last LOOK_BACK ids each
    time and announces those it has not seen, instead of trusting max(id) alone. SQLite hands
    out the ids of purged newest events again, so an event is known by its id and time.
    """

    LOOK_BACK = 100

    def __init__(self, factory: sessionmaker[Session], bus: ChangeBus) -> None:
        self._factory = factory
        self._bus = bus
        self._lock = threading.Lock()  # one check at a time, whatever thread asks
        self._newest: int | None = None
        self._seen: set[tuple[int, datetime]] = set()

    def check(self) -> Changes | None:
        """Announce (and return) what others changed since the last check; None if nothing.

        The first check only notes where the history stands: the windows have just read it.
        """
        with self._lock, transaction(self._factory) as session:
            if session.get_bind().dialect.name == "postgresql":
                # A check that waits on a busy server is dropped, not queued behind.
                session.execute(text(f"SET LOCAL statement_timeout = {CHECK_DEADLINE_MS}"))
            starting = self._newest is None
            if self._newest is None:
                self._newest = self._max_id(session)
            low = max(0, self._newest - self.LOOK_BACK)
            limit = self.LOOK_BACK + MAX_EVENTS_PER_CHECK
            rows = session.execute(
                select(Event.id, Event.meeting_id, Event.at, Event.action)
                .where(Event.id > low)
                .order_by(Event.id)
                .limit(limit + 1)
            ).all()
            full = len(rows) > limit
            # The newest may also go down: a purge removes the newest events of old meetings.
            self._newest = rows[-1].id if rows and not full else self._max_id(session)
            fresh = [] if starting else [r for r in rows if (r.id, r.at) not in self._seen]
            self._seen = {(r.id, r.at) for r in rows if r.id > self._newest - self.LOOK_BACK}
            cutoffs = self._purge_reachs(session, fresh)
        return self._announce(fresh, cutoffs, full=full, newest=self._newest)

    @staticmethod
    def _purge_reachs(session: Session, fresh: list[Any]) -> dict[int, datetime]:
        """Each fresh purge event's reach, read for those few events only."""
        ids = [row.id for row in fresh if row.action == EventAction.RETENTION_PURGE]
        if not ids:
            return {}
        found = session.execute(
            select(Event.id, Event.action, Event.details).where(Event.id.in_(ids))
        )
        cutoffs = {row.id: purge_reach(row.action, row.details) for row in found}
        return {event_id: at for event_id, at in cutoffs.items() if at is not None}

    @staticmethod
    def _max_id(session: Session) -> int:
        return int(session.execute(select(func.max(Event.id))).scalar() or 0)

    def _announce(
        self, fresh: list[Any], cutoffs: dict[int, datetime], *, full: bool, newest: int
    ) -> Changes | None:
        own = self._bus.take_own({row.id for row in fresh}, newest)
        others = [row for row in fresh if row.id not in own]
        if not others:
            return None
        purges = [cutoffs[row.id] for row in others if row.id in cutoffs]
        everything = full or any(row.meeting_id is None and row.id not in cutoffs for row in others)
        changes = Changes(
            frozenset(row.meeting_id for row in others if row.meeting_id is not None),
            frozenset({"events"}),
            everything=everything,
            remote=True,
            purged_through=max(purges, default=None),
        )
        self._bus.publish(changes)
        return changes
