"""Whether a meeting's room was deleted late, on the log summary, for join-free statistics.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24

Hand-written and frozen. "Late" is as the statistics have always counted it: the room was
deleted on a later UTC day than the meeting started. A plain ADD COLUMN (the table carries the
FTS triggers of 0002), then one grouped UPDATE for the rooms already in the log.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SQLITE_FILL = (
    "UPDATE meeting_summaries SET room_late = 1 FROM ("
    "SELECT r.meeting_id AS meeting_id FROM rooms r JOIN meetings m ON m.id = r.meeting_id "
    "WHERE r.state = 'deleted' AND substr(r.deleted_at, 1, 10) > substr(m.starts_at, 1, 10)"
    ") AS x WHERE x.meeting_id = meeting_summaries.meeting_id"
)
_POSTGRES_FILL = (
    "UPDATE meeting_summaries SET room_late = true FROM ("
    "SELECT r.meeting_id AS meeting_id FROM rooms r JOIN meetings m ON m.id = r.meeting_id "
    "WHERE r.state = 'deleted' "
    "AND CAST(timezone('UTC', r.deleted_at) AS date) > CAST(timezone('UTC', m.starts_at) AS date)"
    ") AS x WHERE x.meeting_id = meeting_summaries.meeting_id"
)


def upgrade() -> None:
    op.add_column(
        "meeting_summaries",
        sa.Column("room_late", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.execute(_SQLITE_FILL if op.get_bind().dialect.name == "sqlite" else _POSTGRES_FILL)


def downgrade() -> None:
    with op.batch_alter_table("meeting_summaries") as batch:
        batch.drop_column("room_late")
