"""The meeting's start on its summary row, and the indexes the main window's groups walk.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01

Hand-written and frozen. `meeting_summaries.starts_at` is a copy of the meeting's start, kept in
step by the summary writer like `ends_at` (store/log_summary.py) and filled here from the
meetings. With it *Behöver åtgärd* walks the rooms still active in start order
(ix_meeting_summaries_room_state_starts_at) and *Kommande* finds the meetings under way from
their end and start (ix_meeting_summaries_ends_at_starts_at, which also holds what finds the
near meetings with a recipient unconfirmed and those to send again; it replaces the ends_at
index of 0011). At a million meetings the three groups then read about as many rows as they
list instead of every room left and every meeting to come (issue 14; store/attention.py).

oldest_reader is 0014: a release before it moves a meeting without moving the copy, and the
groups, which trust the copy to order and split the meetings, would then list the meeting in
the wrong place or not at all. Such a release refuses the log and names the release it needs
(store/schema_compat.py).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None
# 0014: the releases before it change a meeting's start without the summary's copy, which the
# main window's groups rely on (see above); every later migration declares at least 0014.
oldest_reader: str = "0014"

# The stored value as it is: on SQLite the column type's own text shape, on PostgreSQL the
# same timestamptz.
_FILL = (
    "UPDATE meeting_summaries SET starts_at = "
    "(SELECT m.starts_at FROM meetings m WHERE m.id = meeting_summaries.meeting_id)"
)
_POSTGRES_FILL = (
    "UPDATE meeting_summaries SET starts_at = m.starts_at "
    "FROM meetings m WHERE m.id = meeting_summaries.meeting_id"
)


def upgrade() -> None:
    # Plain ADD COLUMN, never a batch rebuild: rebuilding meeting_summaries on SQLite would drop
    # the search index's triggers (0002); those fire only on search_text, not on this UPDATE.
    op.add_column(
        "meeting_summaries", sa.Column("starts_at", sa.DateTime(timezone=True), nullable=True)
    )
    postgresql = op.get_context().dialect.name == "postgresql"
    op.execute(_POSTGRES_FILL if postgresql else _FILL)
    op.create_index(
        "ix_meeting_summaries_room_state_starts_at",
        "meeting_summaries",
        ["room_state", "starts_at", "meeting_id"],
    )
    op.create_index(
        "ix_meeting_summaries_ends_at_starts_at",
        "meeting_summaries",
        ["ends_at", "starts_at", "unconfirmed", "resend"],
    )
    op.drop_index("ix_meeting_summaries_ends_at", table_name="meeting_summaries")
    if postgresql:
        # Statistics for the new column at once (a sample, seconds at a million meetings), so
        # the first list after the upgrade is planned from them and not from defaults.
        op.execute("ANALYZE meeting_summaries")


def downgrade() -> None:
    op.create_index("ix_meeting_summaries_ends_at", "meeting_summaries", ["ends_at"])
    op.drop_index("ix_meeting_summaries_ends_at_starts_at", table_name="meeting_summaries")
    op.drop_index("ix_meeting_summaries_room_state_starts_at", table_name="meeting_summaries")
    with op.batch_alter_table("meeting_summaries") as batch:
        batch.drop_column("starts_at")
