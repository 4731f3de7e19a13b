"""What really happened in our server rooms: calls first and last seen, most participants.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01

Hand-written and frozen. `room_calls` holds, per room of ours on a server, what the app saw
while its meeting was on (services/lifecycle.py polls it under the clean-up lease): when it
first looked, when a call was first and last seen, the most participants seen, and the outcome
once the meeting's planned end has passed ("held": a call was seen; "nobody": none was).

The summary gets one nullable column with that outcome, for *Behöver åtgärd* ("ingen anslöt")
and the statistics without a join.

Expand-only: a new table and a nullable column; the releases of 0006-0008 never read them (their
summary writes leave the column as it is, and the next automatic step refreshes it).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None
# Expand-only: the code of 0006 still reads and writes this schema (store/schema_compat.py).
oldest_reader: str = "0006"


def upgrade() -> None:
    op.create_table(
        "room_calls",
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("watched_from", sa.DateTime(timezone=True), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("max_participants", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["room_id"],
            ["rooms.id"],
            name=op.f("fk_room_calls_room_id_rooms"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("room_id", name=op.f("pk_room_calls")),
    )
    with op.batch_alter_table("meeting_summaries") as batch:
        batch.add_column(sa.Column("room_call", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meeting_summaries") as batch:
        batch.drop_column("room_call")
    op.drop_table("room_calls")
