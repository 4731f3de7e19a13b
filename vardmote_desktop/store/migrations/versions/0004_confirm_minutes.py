"""Confirmation times per meeting on the log summary, so statistics need no delivery join.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24

Hand-written and frozen. meeting_summaries.confirm_minutes holds, for each confirmed delivery of
the meeting, the whole minutes from sending to confirmation ("12,0,340"). Existing rows are
filled here in one grouped UPDATE; new ones by store/log_summary.py with the rest of the
summary. A plain ADD COLUMN, not a batch rebuild: the table carries the FTS triggers of 0002.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CONFIRMED = (
    "FROM deliveries d JOIN participants p ON p.id = d.participant_id "
    "WHERE d.state = 'confirmed' AND d.sent_at IS NOT NULL AND d.confirmed_at IS NOT NULL "
    "GROUP BY p.meeting_id"
)
_SQLITE_FILL = (
    "UPDATE meeting_summaries SET confirm_minutes = x.m FROM ("
    "SELECT p.meeting_id AS meeting_id, group_concat("
    "(strftime('%s', d.confirmed_at) - strftime('%s', d.sent_at)) / 60, ',') AS m "
    f"{_CONFIRMED}) AS x WHERE x.meeting_id = meeting_summaries.meeting_id"
)
_POSTGRES_FILL = (
    "UPDATE meeting_summaries SET confirm_minutes = x.m FROM ("
    "SELECT p.meeting_id AS meeting_id, string_agg("
    "floor(extract(epoch FROM d.confirmed_at - d.sent_at) / 60)::int::text, ',') AS m "
    f"{_CONFIRMED}) AS x WHERE x.meeting_id = meeting_summaries.meeting_id"
)


def upgrade() -> None:
    op.add_column(
        "meeting_summaries",
        sa.Column("confirm_minutes", sa.Text(), server_default="", nullable=False),
    )
    op.execute(_SQLITE_FILL if op.get_bind().dialect.name == "sqlite" else _POSTGRES_FILL)


def downgrade() -> None:
    with op.batch_alter_table("meeting_summaries") as batch:
        batch.drop_column("confirm_minutes")
