"""Per-meeting log summaries (*möteslogg* rows): computed from rooms, participants, deliveries.

A summary row holds what the log shows and filters on but would otherwise cost a join over
participants and deliveries for every meeting on screen: the room's name and state, the
recipients confirmed / total, whether anyone active is unconfirmed, and the lower-cased text
the search box matches. It is derived data, written only here:

- automatically after every ORM flush that touched a meeting, room, participant or delivery
  (store/engine.make_session_factory attaches `refresh_after_flush` to the application's
  sessions), so services need do nothing extra;
- explicitly through `refresh_meeting_summary(session, meeting_id)` after a bulk Core
  `update()`/`insert()` that bypasses the ORM unit of work.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.orm import Session

from vardmote_desktop.domain.attention import count_recipients, current_state, ends_at
from vardmote_desktop.domain.room_calls import summary_value
from vardmote_desktop.domain.types import DeliveryState, RoomState
from vardmote_desktop.store import statistics_totals
from vardmote_desktop.store.models import Delivery, Meeting, MeetingSummary, Participant, Room
from vardmote_desktop.store.unit_models import RoomCall, RoomCleanup

_CHUNK = 500  # ids per IN (...) list: well under SQLite's bound-parameter limit


def search_text(parts: Iterable[str | None]) -> str:
    """The stored search text: non-empty parts, lower-cased, one per line.

    Lower-casing happens here in Python because neither SQLite's lower() nor PostgreSQL's under
    the C locale folds Å, Ä and Ö; the search lower-cases its needle the same way.
    """
    return "\n".join(part.strip().lower() for part in parts if part and part.strip())


def deleted_late(state: RoomState | None, deleted_at: datetime | None, starts_at: datetime) -> bool:
    """Deleted on a later UTC day than the meeting (the routine deletes it right afterwards)."""
    if state is not RoomState.DELETED or deleted_at is None:
        return False
    return deleted_at.astimezone(UTC).date() > starts_at.astimezone(UTC).date()


def confirm_minutes(sent_at: datetime, confirmed_at: datetime) -> int:
    """Whole minutes from sending to confirmation, rounded down as the SQL of migration 0004."""
    return math.floor((confirmed_at - sent_at).total_seconds() / 60)


def refresh_meeting_summary(session: Session, meeting_id: int) -> None:
    """Recompute one meeting's summary after a change the ORM did not see (bulk statements)."""
    refresh_meeting_summaries(session.connection(), [meeting_id])


def refresh_meeting_summaries(connection: Connection, meeting_ids: Iterable[int]) -> None:
    """Recompute the summaries of these meetings, and their share of the statistics' running
    totals; ids of meetings that no longer exist are skipped (their summary went with them,
    ON DELETE CASCADE) and their share is taken back (store/statistics_totals.py)."""
    ids = sorted(set(meeting_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        for values in compute_summaries(connection, chunk):
            _upsert(connection, values)
        statistics_totals.apply_changes(connection, chunk)


def compute_summaries(connection: Connection, meeting_ids: list[int]) -> list[dict[str, Any]]:
    """Summary column values for each existing meeting among meeting_ids."""
    meetings = connection.execute(
        select(
            Meeting.id,
            Meeting.reference,
            Meeting.starts_at,
            Meeting.duration_minutes,
            Meeting.status,
            Meeting.held_at,
        ).where(Meeting.id.in_(meeting_ids))
    ).all()
    rooms = {
        row.meeting_id: row
        for row in connection.execute(
            select(
                Room.meeting_id,
                Room.id,
                Room.name,
                Room.state,
                Room.video_address,
                Room.call_id,
                Room.deleted_at,
            ).where(Room.meeting_id.in_(meeting_ids))
        )
    }
    # The automatic deletion's state (services/lifecycle.py) of rooms still active.
    cleanups = {
        row.room_id: row
        for row in connection.execute(
            select(RoomCleanup.room_id, RoomCleanup.state, RoomCleanup.reason).where(
                RoomCleanup.room_id.in_([r.id for r in rooms.values()])
            )
        )
    }
    # What the app saw in the room while the meeting was on (services/lifecycle.py).
    calls = {
        room_id: call
        for room_id, call in connection.execute(
            select(RoomCall.room_id, RoomCall.outcome).where(
                RoomCall.room_id.in_([r.id for r in rooms.values()])
            )
        )
    }
    people: dict[int, list[Any]] = defaultdict(list)
    for row in connection.execute(
        select(
            Participant.id,
            Participant.meeting_id,
            Participant.name,
            Participant.organisation,
            Participant.email,
            Participant.active,
        )
        .where(Participant.meeting_id.in_(meeting_ids))
        .order_by(Participant.id)
    ):
        people[row.meeting_id].append(row)
    states: dict[int, list[DeliveryState]] = defaultdict(list)  # oldest first
    minutes: dict[int, list[int]] = defaultdict(list)
    resend: dict[int, bool] = {}  # per participant: the current delivery must be sent again
    for participant_id, meeting_id, state, sent_at, confirmed_at, again in connection.execute(
        select(
            Delivery.participant_id,
            Participant.meeting_id,
            Delivery.state,
            Delivery.sent_at,
            Delivery.confirmed_at,
            Delivery.resend,
        )
        .join(Participant, Participant.id == Delivery.participant_id)
        .where(Participant.meeting_id.in_(meeting_ids))
        .order_by(Delivery.id)
    ):
        states[participant_id].append(state)
        resend[participant_id] = bool(again) and state is DeliveryState.NOT_SENT
        if state is DeliveryState.CONFIRMED and sent_at is not None and confirmed_at is not None:
            minutes[meeting_id].append(confirm_minutes(sent_at, confirmed_at))

    result = []
    for meeting_id, reference, starts_at, duration, status, held_at in meetings:
        room = rooms.get(meeting_id)
        cleanup = cleanups.get(room.id) if room is not None else None
        recipients = count_recipients(
            (p.active, current_state(states[p.id])) for p in people[meeting_id]
        )
        parts: list[str | None] = [reference]
        if room is not None:
            parts += [room.name, room.video_address, room.call_id]
        for person in people[meeting_id]:
            parts += [person.name, person.organisation, person.email]
        result.append(
            {
                "meeting_id": meeting_id,
                "room_name": room.name if room is not None else None,
                "room_state": room.state if room is not None else None,
                "recipients_total": recipients.total,
                "recipients_confirmed": recipients.confirmed,
                "unconfirmed": recipients.unconfirmed > 0,
                "ends_at": ends_at(starts_at, duration),
                "starts_at": starts_at,  # the main window's groups walk it (0014)
                "search_text": search_text(parts),
                "confirm_minutes": ",".join(str(m) for m in minutes[meeting_id]),
                "room_late": room is not None
                and deleted_late(room.state, room.deleted_at, starts_at),
                "room_cleanup": cleanup.state if cleanup is not None else None,
                "room_cleanup_reason": cleanup.reason if cleanup is not None else None,
                "room_call": summary_value(
                    calls.get(room.id) if room is not None else None, status, held_at
                ),
                "resend": any(p.active and resend.get(p.id, False) for p in people[meeting_id]),
            }
        )
    return result


def _upsert(connection: Connection, values: dict[str, Any]) -> None:
    # UPDATE first: an existing row is the common case, and the same SQL runs on both backends.
    changes = {k: v for k, v in values.items() if k != "meeting_id"}
    updated = connection.execute(
        update(MeetingSummary)
        .where(MeetingSummary.meeting_id == values["meeting_id"])
        .values(**changes)
    )
    if updated.rowcount == 0:
        connection.execute(insert(MeetingSummary).values(**values))
