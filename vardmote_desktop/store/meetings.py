"""Meetings: fetch, add, the main window's three groups and rows, and the retention purge."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import (
    ColumnElement,
    Integer,
    Interval,
    Row,
    Select,
    bindparam,
    delete,
    exists,
    func,
    literal_column,
    not_,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session, selectinload

from vardmote_desktop.domain.attention import Group
from vardmote_desktop.domain.types import MeetingStatus, RoomState
from vardmote_desktop.store import attention
from vardmote_desktop.store.columns import UTCDateTime
from vardmote_desktop.store.errors import NotFoundError
from vardmote_desktop.store.events import allow_event_deletion
from vardmote_desktop.store.log_summary import refresh_meeting_summaries
from vardmote_desktop.store.models import Meeting, MeetingSummary, Participant, Room
from vardmote_desktop.store.write_lock import hold_sqlite_write_lock

if TYPE_CHECKING:
    from sqlalchemy import CursorResult

DEFAULT_UNCONFIRMED_HOURS = 24  # the site profile's unconfirmed_warning_hours overrides it
_CHUNK = 500  # ids per IN (...) list: well under SQLite's bound-parameter limit


def meeting_ends_at(session: Session) -> ColumnElement[datetime]:
    """SQL for starts_at + duration_minutes, comparable with a UTC datetime parameter.

    Date arithmetic is not portable: PostgreSQL adds an interval; SQLite's strftime adds
    minutes to the stored 'YYYY-MM-DD HH:MM:SS.ffffff' text and answers in the same shape.
    """
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        minute = literal_column("INTERVAL '1 minute'", type_=Interval())
        ends: ColumnElement[Any] = Meeting.starts_at + Meeting.duration_minutes * minute
    elif dialect == "sqlite":
        ends = func.strftime(
            "%Y-%m-%d %H:%M:%f",
            Meeting.starts_at,
            func.printf("+%d minutes", Meeting.duration_minutes),
        )
    else:
        raise ValueError(f"unsupported database backend: {dialect!r}")
    return type_coerce(ends, UTCDateTime())


def meeting_is_over(session: Session, now: datetime) -> ColumnElement[bool]:
    """Held, cancelled, or past its planned end."""
    return or_(Meeting.status != MeetingStatus.PLANNED, meeting_ends_at(session) <= now)


# One list row of a meeting: what the main window shows and the attention rule reads, all from
# meetings and its 1:1 summary, so a list needs no join over participants or deliveries.
ROW_COLUMNS = (
    Meeting.id,
    Meeting.meeting_type,
    Meeting.mode,
    Meeting.status,
    Meeting.starts_at,
    Meeting.duration_minutes,
    MeetingSummary.room_name,
    MeetingSummary.room_state,
    MeetingSummary.recipients_total,
    MeetingSummary.recipients_confirmed,
    MeetingSummary.unconfirmed,
    MeetingSummary.ends_at,
    MeetingSummary.room_cleanup,
    MeetingSummary.room_cleanup_reason,
    MeetingSummary.room_call,
    MeetingSummary.resend,
)


GROUP_LIMIT = bindparam("limit", type_=Integer())


@cache  # a constant: building it costs more than running it on a small log
def group_statement(grouping: Group) -> Select[*tuple[Any, ...]]:
    """One group's rows (ROW_COLUMNS), with the parameters now, soon (attention.NOW, SOON) and
    limit: the same SQL text every time, replayed without SQLAlchemy by store/first_list.py.

    The first `limit` rows of each of the group's parts (attention.group_parts), each found
    from an index in its own order, then sorted together: the database reads about as many
    rows as it lists, however long the history (issue 14).
    """
    parts = []
    for part in attention.group_parts(grouping):
        rows = (
            select(*ROW_COLUMNS, literal_column(str(part.rank)).label("part_rank"))
            .join(MeetingSummary, MeetingSummary.meeting_id == Meeting.id)
            .where(part.where)
            .order_by(*part.order)
            .limit(GROUP_LIMIT)
            .subquery()
        )
        parts.append(select(*rows.c))  # SQLite takes no LIMIT on a member of a UNION itself
    listed = union_all(*parts).subquery("listed")
    starts = listed.c.starts_at.desc() if grouping is Group.PAST else listed.c.starts_at.asc()
    return (
        select(*(listed.c[column.key] for column in ROW_COLUMNS))
        .order_by(listed.c.part_rank, starts, listed.c.id)
        .limit(GROUP_LIMIT)
    )


@dataclass(frozen=True)
class MeetingGroups:
    """The main window's lists: *Behöver åtgärd*, *Kommande*, *Tidigare* (disjoint).

    Each holds rows of ROW_COLUMNS.
    """

    needs_action: list[Row[Any]]
    upcoming: list[Row[Any]]
    past: list[Row[Any]]


class MeetingRepository:
    """Meetings of one session; never commits (the service owns the transaction)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, meeting_id: int) -> Meeting | None:
        """The meeting with this id, if any."""
        return self._session.get(Meeting, meeting_id)

    def require(self, meeting_id: int) -> Meeting:
        """The meeting with this id, or NotFoundError."""
        meeting = self.get(meeting_id)
        if meeting is None:
            raise NotFoundError(f"no meeting with id {meeting_id}")
        return meeting

    def add(self, meeting: Meeting) -> Meeting:
        """Add a meeting (with any children attached) and flush so that it has an id."""
        self._session.add(meeting)
        self._session.flush()
        return meeting

    def groups(
        self,
        now: datetime,
        *,
        unconfirmed_hours: float = DEFAULT_UNCONFIRMED_HOURS,
        limit: int = 200,
    ) -> MeetingGroups:
        """The three groups as domain.attention.group sorts them, at most `limit` rows each.

        Needs action: rooms left behind first, then the soonest; upcoming: soonest first;
        past: newest first.
        """
        values = {**attention.group_parameters(now, unconfirmed_hours), "limit": limit}

        def rows(grouping: Group) -> list[Row[Any]]:
            return list(self._session.execute(group_statement(grouping), values))

        return MeetingGroups(rows(Group.NEEDS_ACTION), rows(Group.UPCOMING), rows(Group.PAST))

    def rows_of(self, meeting_ids: Iterable[int]) -> list[Row[Any]]:
        """The list rows of these meetings (those that still exist), to update a list in place."""
        ids = sorted(set(meeting_ids))
        found: list[Row[Any]] = []
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            found += self._session.execute(self._rows().where(Meeting.id.in_(chunk)))
        return found

    @staticmethod
    def _rows() -> Select[*tuple[Any, ...]]:
        return select(*ROW_COLUMNS).join(MeetingSummary, MeetingSummary.meeting_id == Meeting.id)

    def oldest_purgeable(self, cutoff: datetime, limit: int, *, lock: bool = True) -> list[int]:
        """The ids of the (at most `limit`) oldest meetings purge_started_before would remove:
        one walk of the starts_at index, so a batch costs the same however large the backlog.

        On PostgreSQL the meetings are locked until the transaction ends, and those another
        PC's purge holds are passed over (FOR UPDATE SKIP LOCKED): the unit's PCs, started
        together, each take batches of their own instead of archiving the same meetings.
        SQLite renders no lock clause: its write lock is taken first instead, so a second
        purge (the user's *Rensa gamla möten* during the one at start-up) waits for this batch
        and then chooses its own, instead of counting the same meetings and losing. Without
        `lock`, only a look at how much is due."""
        if lock and self._session.get_bind().dialect.name == "sqlite":
            hold_sqlite_write_lock(self._session)
        room_left = exists().where(Room.meeting_id == Meeting.id, Room.state == RoomState.ACTIVE)
        statement = (
            select(Meeting.id)
            .where(Meeting.starts_at < cutoff, not_(room_left))
            .order_by(Meeting.starts_at, Meeting.id)
            .limit(limit)
        )
        if lock:
            statement = statement.with_for_update(of=Meeting, skip_locked=True)
        return list(self._session.scalars(statement))

    def latest_start(self, ids: Iterable[int]) -> datetime | None:
        """When the last of these meetings starts (how far a purge batch reaches)."""
        statement = select(func.max(Meeting.starts_at)).where(Meeting.id.in_(list(ids)))
        latest: datetime | None = self._session.scalar(statement)
        return latest

    def purge_started_before(self, cutoff: datetime, only: Iterable[int] | None = None) -> int:
        """Delete meetings that started before cutoff, with everything they own, history too.

        The retention purge: the only way events leave the log. A meeting whose room is still
        active is kept, because the warning that the room must be deleted outlives retention.
        `only` limits it to these meetings (a batch from oldest_purgeable). The caller records
        an app-wide event saying how many were purged.
        """
        room_left = exists().where(Room.meeting_id == Meeting.id, Room.state == RoomState.ACTIVE)
        batch = [] if only is None else sorted(set(only))
        if only is not None and len(batch) > _CHUNK:
            raise ValueError(f"a purge batch holds at most {_CHUNK} meetings")
        where = [Meeting.starts_at < cutoff, not_(room_left)]
        if only is not None:
            return self._purge_batch(where, batch)
        statement = (
            select(Meeting)
            .where(*where)
            .options(
                selectinload(Meeting.roles),
                selectinload(Meeting.room),
                selectinload(Meeting.events),
                selectinload(Meeting.participants).selectinload(Participant.deliveries),
            )
        )
        meetings = list(self._session.scalars(statement))
        with allow_event_deletion(self._session):
            for meeting in meetings:
                self._session.delete(meeting)
            self._session.flush()
        return len(meetings)

    def _purge_batch(self, where: list[ColumnElement[bool]], batch: list[int]) -> int:
        """One DELETE of the batch's meetings; the database's ON DELETE CASCADE removes what
        they own. No ORM objects: loading a batch's meetings, people and history as objects
        held the GIL long enough to stall the window (a 100 ms pause at each collection)."""
        ids = list(self._session.scalars(select(Meeting.id).where(*where, Meeting.id.in_(batch))))
        if not ids:
            return 0
        with allow_event_deletion(self._session):
            deleted = self._session.execute(
                delete(Meeting).where(Meeting.id.in_(ids)),
                execution_options={"synchronize_session": False},
            )
        # The listeners see no flush here: take the meetings' share of the totals back.
        refresh_meeting_summaries(self._session.connection(), ids)
        # What the DELETE removed, not what was selected: another PC may have purged some
        # in between, and the caller compares this with what it archived.
        return int(cast("CursorResult[Any]", deleted).rowcount)
