"""Changes after booking: deliveries that must be sent again, and the summary's flag for it.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01

Hand-written and frozen. A change to a booked meeting (time, length, a participant) gives each
affected recipient a new delivery marked `resend`; the summary's `resend` says that an active
recipient's current delivery is such a one and not yet sent, so *Behöver åtgärd* lists the
meeting until the details have gone out again, however far off the meeting is.

Expand-only: two columns with a server default; the releases of 0011-0012 never read them
(their writes leave them false, and their *Markera som skickad* moves the state on, which
is what the flag is read with).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None
# Expand-only: the code of 0011 and 0012 still reads and writes this schema (its deliveries
# simply never ask for a re-send); nothing older opens the log since 0011.
oldest_reader: str = "0011"


def upgrade() -> None:
    # Plain ADD COLUMN, never a batch rebuild: rebuilding meeting_summaries on SQLite would drop
    # the search index's triggers (0002).
    op.add_column(
        "deliveries",
        sa.Column("resend", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.add_column(
        "meeting_summaries",
        sa.Column("resend", sa.Boolean(), server_default=sa.false(), nullable=False),
    )


def downgrade() -> None:
    with op.batch_alter_table("meeting_summaries") as batch:
        batch.drop_column("resend")
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_column("resend")
