"""Statistics: the retention purge's anonymous archive, a per-month cache, and indexes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-01-12

Hand-written and frozen: it must not import the models, which will change after it.
`statistics_archive` holds, per purge, UTC month, meeting type and mode, only counts and a
histogram of confirmation times: nothing that points at a meeting, a room or a person.
`statistics_month_cache` is derived data (see store/statistics_cache.py).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ENUM = sa.String(length=32)

_INDEXES = {
    "ix_meetings_statistics": ("meetings", ["starts_at", "meeting_type", "mode", "status"]),
    "ix_rooms_statistics": ("rooms", ["meeting_id", "state", "deleted_at"]),
    "ix_deliveries_statistics": (
        "deliveries",
        ["participant_id", "state", "sent_at", "confirmed_at"],
    ),
}


def upgrade() -> None:
    op.create_table(
        "statistics_archive",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("meeting_type", ENUM, nullable=False),
        sa.Column("mode", ENUM, nullable=False),
        sa.Column("meetings", sa.Integer(), nullable=False),
        sa.Column("cancelled", sa.Integer(), nullable=False),
        sa.Column("rooms", sa.Integer(), nullable=False),
        sa.Column("rooms_deleted_late", sa.Integer(), nullable=False),
        sa.Column("rooms_not_deleted", sa.Integer(), nullable=False),
        sa.Column("confirmations", sa.Integer(), nullable=False),
        sa.Column("confirmation_minutes", sa.JSON(), nullable=False),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statistics_archive")),
    )
    op.create_index(op.f("ix_statistics_archive_month"), "statistics_archive", ["month"])
    op.create_table(
        "statistics_month_cache",
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("meeting_count", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("month", name=op.f("pk_statistics_month_cache")),
    )
    for name, (table, columns) in _INDEXES.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _columns) in _INDEXES.items():
        op.drop_index(name, table_name=table)
    op.drop_table("statistics_month_cache")
    op.drop_index(op.f("ix_statistics_archive_month"), table_name="statistics_archive")
    op.drop_table("statistics_archive")
