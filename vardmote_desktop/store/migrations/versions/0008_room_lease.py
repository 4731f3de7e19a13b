"""Rooms that close themselves: the unit's clean-up lease and each room's clean-up progress.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

Hand-written and frozen. `room_leases` holds one row per job that exactly one PC of a unit may
run at a time (the automatic room deletion): who holds it and until when; a PC takes it with
one atomic statement. `room_cleanups` holds, per room, where the automatic deletion stands
(a call going on, door closed, failed and why) and when to look again, so every PC shows the
same reason and the next PC to hold the lease carries on.

The summary gets two nullable columns with the room's clean-up state and reason.

Expand-only: two new tables and two nullable columns; the release before this one never reads
them (its summary writes leave them as they are, and the next automatic step refreshes them).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None
# Expand-only: the code of 0006 still reads and writes this schema (store/schema_compat.py).
oldest_reader: str = "0006"


def upgrade() -> None:
    op.create_table(
        "room_leases",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("holder", sa.String(length=200), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_room_leases")),
    )
    op.create_table(
        "room_cleanups",
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_try_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("door_closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["room_id"],
            ["rooms.id"],
            name=op.f("fk_room_cleanups_room_id_rooms"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("room_id", name=op.f("pk_room_cleanups")),
    )
    # The summary row carries the clean-up state and reason so *Behöver åtgärd* can say
    # "pågår fortfarande" or why the deletion failed without a join (store/log_summary.py).
    with op.batch_alter_table("meeting_summaries") as batch:
        batch.add_column(sa.Column("room_cleanup", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("room_cleanup_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meeting_summaries") as batch:
        batch.drop_column("room_cleanup_reason")
        batch.drop_column("room_cleanup")
    op.drop_table("room_cleanups")
    op.drop_table("room_leases")
