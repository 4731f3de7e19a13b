"""Statistics from running totals: counts and confirmation-time histograms kept per month.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01

Hand-written and frozen. Three tables (store/statistics_totals.py): `statistics_totals` (per UTC
month, meeting type and mode: meetings, cancelled, rooms, rooms deleted late, calls seen, nobody
joined), `statistics_minutes` (per month and type, the bucketed histogram of minutes from sending
to confirmation) and `statistics_counted` (each meeting's share as added, so a change adds only
the difference). They are built here from the meetings and their summary rows, in one pass.
Two indexes on the summaries let the main window's groups start from the meetings still to come
(ends_at) and the few whose room saw nobody (room_call).

New tables only, but oldest_reader is 0011: a release before it writes meetings without adding
to the totals, so on a log shared with one the statistics would drift from a recount. Such a
release refuses the log and names the release it needs (store/schema_compat.py), instead of
quietly making the numbers wrong; every later migration declares at least 0011.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None
# 0011: the releases before it write meetings without keeping the running totals in step, so
# the statistics would drift from a recount (and those before 0010 write unchained history).
oldest_reader: str = "0011"

_BATCH = 5000


def _bucket(minutes: int) -> int:
    # The histogram's buckets as of this revision (services/statistics.bucket).
    minutes = max(0, minutes)
    if minutes < 60:
        return minutes
    if minutes < 24 * 60:
        return minutes - minutes % 15
    return minutes - minutes % 60


def upgrade() -> None:
    op.create_table(
        "statistics_totals",
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("meeting_type", sa.String(length=32), nullable=False),
        sa.Column("mode", sa.String(length=32), nullable=False),
        *(
            sa.Column(name, sa.Integer(), server_default="0", nullable=False)
            for name in ("meetings", "cancelled", "rooms", "rooms_late", "held_seen", "nobody")
        ),
        sa.PrimaryKeyConstraint("month", "meeting_type", "mode", name=op.f("pk_statistics_totals")),
    )
    op.create_table(
        "statistics_minutes",
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("meeting_type", sa.String(length=32), nullable=False),
        sa.Column("bucket", sa.Integer(), nullable=False, autoincrement=False),
        sa.Column("n", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint(
            "month", "meeting_type", "bucket", name=op.f("pk_statistics_minutes")
        ),
    )
    op.create_table(
        "statistics_counted",
        sa.Column("meeting_id", sa.Integer(), nullable=False, autoincrement=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("meeting_type", sa.String(length=32), nullable=False),
        sa.Column("mode", sa.String(length=32), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("room", sa.Boolean(), nullable=False),
        sa.Column("room_late", sa.Boolean(), nullable=False),
        sa.Column("call", sa.String(length=32), nullable=True),
        sa.Column("minutes", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("meeting_id", name=op.f("pk_statistics_counted")),
    )
    # The main window's groups start from these (store/attention.py): meetings still to come,
    # and the few whose room saw nobody, instead of a walk of the whole history.
    op.create_index("ix_meeting_summaries_ends_at", "meeting_summaries", ["ends_at"])
    op.create_index("ix_meeting_summaries_room_call", "meeting_summaries", ["room_call"])
    _build()


def _build() -> None:
    """Each meeting's share, then the totals grouped in SQL, then the histogram: in SQL on
    PostgreSQL (so that the offline script a DBA runs has it too), in Python on SQLite."""
    postgresql = op.get_context().dialect.name == "postgresql"
    if postgresql:
        month = "to_char(m.starts_at AT TIME ZONE 'UTC', 'YYYY-MM')"
    else:
        month = "substr(m.starts_at, 1, 7)"  # stored as 'YYYY-MM-DD HH:MM:SS' UTC text
    op.execute(
        "INSERT INTO statistics_counted (meeting_id, month, meeting_type, mode, cancelled, "
        "room, room_late, call, minutes) "
        f"SELECT m.id, {month}, m.meeting_type, m.mode, m.status = 'cancelled', "
        "coalesce(s.room_state IN ('active', 'deleted'), false), s.room_late, s.room_call, "
        "s.confirm_minutes FROM meetings m JOIN meeting_summaries s ON s.meeting_id = m.id"
    )
    op.execute(
        "INSERT INTO statistics_totals (month, meeting_type, mode, meetings, cancelled, rooms, "
        "rooms_late, held_seen, nobody) "
        "SELECT month, meeting_type, mode, "
        "sum(CASE WHEN cancelled THEN 0 ELSE 1 END), sum(CASE WHEN cancelled THEN 1 ELSE 0 END), "
        "sum(CASE WHEN room THEN 1 ELSE 0 END), "
        "sum(CASE WHEN room AND room_late THEN 1 ELSE 0 END), "
        "sum(CASE WHEN call = 'held' THEN 1 ELSE 0 END), "
        "sum(CASE WHEN call = 'nobody' THEN 1 ELSE 0 END) "
        "FROM statistics_counted GROUP BY month, meeting_type, mode"
    )
    if postgresql:
        # The same buckets as _bucket, on each number of the comma-separated text.
        op.execute(
            "INSERT INTO statistics_minutes (month, meeting_type, bucket, n) "
            "SELECT month, meeting_type, CASE WHEN g < 60 THEN g WHEN g < 1440 THEN g - g % 15 "
            "ELSE g - g % 60 END AS b, count(*) FROM ("
            "SELECT c.month, c.meeting_type, greatest(part::integer, 0) AS g "
            "FROM statistics_counted c, unnest(string_to_array(c.minutes, ',')) AS part "
            "WHERE c.minutes <> '') numbers GROUP BY month, meeting_type, b"
        )
        return
    histogram: Counter[tuple[str, str, int]] = Counter()
    rows = op.get_bind().exec_driver_sql(
        "SELECT month, meeting_type, minutes FROM statistics_counted WHERE minutes <> ''"
    )
    while batch := rows.fetchmany(_BATCH):
        for month_value, kind, text in batch:
            for part in text.split(","):
                histogram[(month_value, kind, _bucket(int(part)))] += 1
    table = sa.table(
        "statistics_minutes",
        sa.column("month", sa.String()),
        sa.column("meeting_type", sa.String()),
        sa.column("bucket", sa.Integer()),
        sa.column("n", sa.Integer()),
    )
    values = [
        {"month": m, "meeting_type": k, "bucket": b, "n": n}
        for (m, k, b), n in sorted(histogram.items())
    ]
    for start in range(0, len(values), _BATCH):
        op.bulk_insert(table, values[start : start + _BATCH])


def downgrade() -> None:
    op.drop_index("ix_meeting_summaries_room_call", table_name="meeting_summaries")
    op.drop_index("ix_meeting_summaries_ends_at", table_name="meeting_summaries")
    op.drop_table("statistics_counted")
    op.drop_table("statistics_minutes")
    op.drop_table("statistics_totals")
