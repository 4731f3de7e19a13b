"""A started meeting becomes *Genomfört* once its planned end has passed, on every screen.

*Starta mötet* records when the meeting began (Meeting.held_at) but keeps the stored status
*Planerat* while it runs: *Städa rum* and the automatic deletion must not take a room whose
meeting is going on. Once the planned end has passed, the stored status follows what happened,
so the Möteslogg, its filters, the export and the statistics say *Genomfört* too, not only the
detail pane (domain/meeting_state.py). Run by the room lifecycle's timer on whichever PC is on,
for manual rooms as well as server rooms.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import flag_modified

from vardmote_desktop.domain.attention import ends_at
from vardmote_desktop.domain.types import EventAction, MeetingStatus
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store.events import EventRepository
from vardmote_desktop.store.models import Meeting


def finish_started_meetings(
    factory: sessionmaker[Session], clock: Callable[[], datetime], actor: str
) -> list[int]:
    """Started meetings past their planned end become held; returns their ids.

    Each is moved by an UPDATE that names the status it expects, as the first statement of
    its own transaction: on a shared PostgreSQL log a second PC waits for the first and then
    finds nothing to update, and on SQLite the write lock is taken before anything is read.
    Either way the end is recorded once.
    """
    now = clock()
    candidates = (
        select(Meeting.id, Meeting.starts_at, Meeting.duration_minutes)
        .where(
            Meeting.status == MeetingStatus.PLANNED,
            Meeting.held_at.is_not(None),
            Meeting.starts_at <= now,  # indexed; the few started ones are checked below
        )
        .order_by(Meeting.id)
    )
    with transaction(factory) as session:
        due = [
            meeting_id
            for meeting_id, starts, minutes in session.execute(candidates).all()
            if ends_at(starts, minutes) <= now  # not yet: still *Pågår*
        ]
    finished: list[int] = []
    for meeting_id in due:
        with transaction(factory) as session:
            moved = session.execute(
                update(Meeting)
                .where(Meeting.id == meeting_id, Meeting.status == MeetingStatus.PLANNED)
                .values(status=MeetingStatus.HELD)
                .execution_options(synchronize_session=False)
            )
            if moved.rowcount != 1:  # type: ignore[attr-defined]
                continue  # another PC (or a user's action) got there first
            meeting = session.get(Meeting, meeting_id)
            assert meeting is not None  # just updated in this transaction
            flag_modified(meeting, "status")  # the flush refreshes its summary row too
            EventRepository(session).append(
                EventAction.MEETING_ENDED, actor, meeting_id=meeting_id, at=now
            )
            finished.append(meeting_id)
    return finished
