"""One truth for *bekräftade / mottagare* and *Behöver åtgärd* on the log summary.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

Hand-written and frozen. domain/attention.py now defines, once, what the summary's recipient
columns hold: a recipient is an active participant with a delivery, and only the current (newest)
delivery of each counts, so a resend replaces the earlier one. Before, the summary counted every
active participant as a recipient and any confirmed or unconfirmed delivery of theirs, so the
log could say 1 / 2 where the main window said 1/1. This recomputes the three columns for the
meetings already in the log, in SQL that reads the same as the domain's rule, and adds the
planned end (`ends_at`) so that "is the meeting over" is a plain comparison with the clock.

Expand-only: one nullable column added, nothing dropped or renamed; the release before this
one still reads and writes the table (its rows get `ends_at` on their meeting's next change).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None
# Expand-only: the code of 0006 still reads and writes this schema (store/schema_compat.py).
oldest_reader: str = "0006"

# Each active participant's current delivery state: the delivery with the highest id.
_CURRENT = (
    "SELECT p.meeting_id AS meeting_id, d.state AS state FROM participants p "
    "JOIN deliveries d ON d.participant_id = p.id "
    "WHERE p.active = {true} AND d.id = "
    "(SELECT max(d2.id) FROM deliveries d2 WHERE d2.participant_id = p.id)"
)
_FIGURES = (
    "SELECT c.meeting_id AS meeting_id, count(*) AS total, "
    "sum(CASE WHEN c.state = 'confirmed' THEN 1 ELSE 0 END) AS confirmed, "
    "sum(CASE WHEN c.state IN ('not_sent', 'sent') THEN 1 ELSE 0 END) AS unconfirmed "
    "FROM ({current}) AS c GROUP BY c.meeting_id"
)
_RESET = (
    "UPDATE meeting_summaries SET recipients_total = 0, recipients_confirmed = 0, "
    "unconfirmed = {false}"
)
_FILL = (
    "UPDATE meeting_summaries SET recipients_total = f.total, "
    "recipients_confirmed = f.confirmed, unconfirmed = (f.unconfirmed > 0) "
    "FROM ({figures}) AS f WHERE f.meeting_id = meeting_summaries.meeting_id"
)
# The stored start plus whole minutes, in the column type's own text shape on SQLite
# ('YYYY-MM-DD HH:MM:SS.ffffff'): adding minutes leaves the fraction of a second as it was.
_SQLITE_ENDS = (
    "UPDATE meeting_summaries SET ends_at = ("
    "SELECT strftime('%Y-%m-%d %H:%M:%S', m.starts_at, printf('+%d minutes', m.duration_minutes))"
    " || substr(m.starts_at, 20) FROM meetings m WHERE m.id = meeting_summaries.meeting_id)"
)
_POSTGRES_ENDS = (
    "UPDATE meeting_summaries SET ends_at = m.starts_at + m.duration_minutes * INTERVAL '1 minute'"
    " FROM meetings m WHERE m.id = meeting_summaries.meeting_id"
)


def upgrade() -> None:
    op.add_column(
        "meeting_summaries", sa.Column("ends_at", sa.DateTime(timezone=True), nullable=True)
    )
    sqlite = op.get_bind().dialect.name == "sqlite"
    true, false = ("1", "0") if sqlite else ("true", "false")
    op.execute(_RESET.format(false=false))
    figures = _FIGURES.format(current=_CURRENT.format(true=true))
    op.execute(_FILL.format(figures=figures))
    op.execute(_SQLITE_ENDS if sqlite else _POSTGRES_ENDS)


def downgrade() -> None:
    with op.batch_alter_table("meeting_summaries") as batch:
        batch.drop_column("ends_at")
