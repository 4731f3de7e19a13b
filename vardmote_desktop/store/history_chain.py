"""The history's hash chain (*kontroll av historiken*): each event sealed to the one before it.

One chain per meeting (its events in id order) and one for the app-wide events, so that a
retention purge, which removes whole meetings, leaves every other chain whole. An event's
``chain_hash`` is SHA-256 over the previous hash of its chain and the event's own content
(meeting, time, actor, action, details). Changing or deleting an event with plain SQL, or
inserting one without a hash, breaks the chain at that event or the one after it, and
`verify_history` names the first such event.

What it cannot see: the newest events of a chain deleted together (nothing follows them), or
someone who rewrites an event and recomputes every later hash. On PostgreSQL a trigger refuses
UPDATE and DELETE (migration 0010); on SQLite the file's encryption keeps others out.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from vardmote_desktop.store.models import Event
from vardmote_desktop.store.write_lock import hold_sqlite_write_lock

GENESIS = "0" * 64  # the "previous hash" of a chain's first event
CHAIN_FORMAT = 1  # part of every hash: a later format can be told apart from this one
# pg_advisory_xact_lock(class, key): this class plus the meeting id (0: the app-wide chain).
CHAIN_LOCK_CLASS = 0x766D_6863  # "vmhc"


def event_hash(
    previous: str,
    meeting_id: int | None,
    at: datetime,
    actor: str,
    action: str,
    details: Mapping[str, Any],
) -> str:
    """The hash of one event given the hash of the event before it in its chain."""
    moment = at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    payload = json.dumps(
        [CHAIN_FORMAT, previous, meeting_id, moment, actor, action, dict(details)],
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def lock_chain(session: Session, meeting_id: int | None) -> None:
    """Serialise appends to one chain until the transaction ends (several PCs, one log).

    PostgreSQL: a transaction-scoped advisory lock per chain. SQLite: a no-op write takes the
    database's write lock now, so the previous hash read next cannot change before the insert.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text("SELECT pg_advisory_xact_lock(:class, :key)"),
            {"class": CHAIN_LOCK_CLASS, "key": meeting_id or 0},
        )
    else:
        hold_sqlite_write_lock(session)


def last_hash(session: Session, meeting_id: int | None) -> str:
    """The hash of the newest event in a chain, GENESIS for an empty one."""
    chain = Event.meeting_id.is_(None) if meeting_id is None else Event.meeting_id == meeting_id
    newest = select(func.max(Event.id)).where(chain).scalar_subquery()
    found = session.scalar(select(Event.chain_hash).where(Event.id == newest))
    return found or GENESIS


@dataclass(frozen=True)
class BrokenEvent:
    """The first event whose hash does not follow from its chain: changed, or a gap before it."""

    event_id: int
    meeting_id: int | None
    at: datetime
    action: str
    reason: str  # "missing" (no hash: written outside the app) or "mismatch"


@dataclass(frozen=True)
class HistoryReport:
    """What a check of the whole history found."""

    events: int
    chains: int
    broken: BrokenEvent | None  # the first broken event (lowest id), None when all are whole
    broken_chains: int

    @property
    def ok(self) -> bool:
        return self.broken is None


def verify_history(session: Session) -> HistoryReport:
    """Recompute every chain; report the first broken event (by id) and how many chains break."""
    rows = session.execute(
        select(
            Event.id,
            Event.meeting_id,
            Event.at,
            Event.actor,
            Event.action,
            Event.details,
            Event.chain_hash,
        ).order_by(Event.meeting_id, Event.id)
    )
    return _walk(rows)


def _walk(rows: Iterable[Any]) -> HistoryReport:
    events = 0
    chains = 0
    first: BrokenEvent | None = None
    broken_chains = 0
    chain: object = object()  # the chain being walked (a meeting id or None)
    previous = GENESIS
    broken_here = False
    for row in rows:
        events += 1
        if row.meeting_id != chain or chains == 0:
            chain, previous, broken_here = row.meeting_id, GENESIS, False
            chains += 1
        expected = event_hash(
            previous, row.meeting_id, row.at, row.actor, row.action, row.details or {}
        )
        if row.chain_hash != expected and not broken_here:
            broken_here = True
            broken_chains += 1
            reason = "missing" if row.chain_hash is None else "mismatch"
            found = BrokenEvent(row.id, row.meeting_id, row.at, row.action, reason)
            if first is None or found.event_id < first.event_id:
                first = found
        # Walk on from the stored hash: one changed event is reported once, not with all after.
        previous = row.chain_hash or expected
    return HistoryReport(events, chains, first, broken_chains)
