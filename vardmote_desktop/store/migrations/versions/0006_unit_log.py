"""The log's own identity, every room address ever handed out, and the schema's compatibility.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

Hand-written and frozen. Three small tables for a unit that works on several PCs:
- log_identity: one row, this log's id, made once when the log is created (or reaches 0006).
  Rooms the application creates carry it on the server, so *Städa rum* can tell this log's
  rooms from another PC's.
- used_addresses: every video address (user part) and call ID this log ever handed out, kept
  past the retention purge, so that none is handed out again.
- schema_compat: one row saying which revision the schema is at, the oldest revision whose
  code can still use it (expand first, remove later) and the releases that wrote it; after
  every step migrations/env.py fills it from the script's `oldest_reader` (store/schema_compat).
Expand-only: nothing existing changes. Its oldest reader is still 0006 itself, because the code
of 0005 and before refuses any revision it does not know.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None
# The oldest revision whose code can use the schema after this one (store/schema_compat.py).
oldest_reader: str = "0006"


def upgrade() -> None:
    op.create_table(
        "log_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("log_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_log_identity_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_log_identity")),
    )
    now = datetime.now(UTC)
    if op.get_bind().dialect.name == "sqlite":
        now = now.replace(tzinfo=None)  # UTCDateTime stores naive UTC on SQLite
    identity = sa.table(
        "log_identity",
        sa.column("id", sa.Integer()),
        sa.column("log_id", sa.String()),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    op.bulk_insert(identity, [{"id": 1, "log_id": uuid.uuid4().hex, "created_at": now}])

    op.create_table(
        "used_addresses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("value", sa.String(length=320), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_used_addresses")),
        sa.UniqueConstraint("kind", "value", name=op.f("uq_used_addresses_kind_value")),
    )
    # What the log already knows: our rooms' addresses (user part, lower case) and call IDs.
    if op.get_bind().dialect.name == "sqlite":
        user_part = "lower(substr(video_address, 1, instr(video_address, '@') - 1))"
    else:
        user_part = "lower(split_part(video_address, '@', 1))"
    op.execute(
        f"INSERT INTO used_addresses (kind, value, used_at) SELECT 'uri', {user_part}, "
        "min(created_at) FROM rooms WHERE platform != 'external' AND video_address LIKE '%@%' "
        f"GROUP BY {user_part}"
    )
    op.execute(
        "INSERT INTO used_addresses (kind, value, used_at) "
        "SELECT 'call_id', call_id, min(created_at) FROM rooms "
        "WHERE platform != 'external' AND call_id IS NOT NULL AND call_id != '' GROUP BY call_id"
    )

    op.create_table(
        "schema_compat",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.String(length=32), nullable=False),
        sa.Column("oldest_reader", sa.String(length=32), nullable=False),
        sa.Column("written_by", sa.String(length=64), nullable=False),
        sa.Column("reader_release", sa.String(length=64), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_schema_compat_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_schema_compat")),
    )
    compat = sa.table(
        "schema_compat",
        sa.column("id", sa.Integer()),
        sa.column("revision", sa.String()),
        sa.column("oldest_reader", sa.String()),
        sa.column("written_by", sa.String()),
        sa.column("reader_release", sa.String()),
    )
    # Empty values: the on_version_apply hook fills the row right after this step (and after
    # every later one), with the running release's version, which a frozen script cannot know.
    op.bulk_insert(
        compat,
        [{"id": 1, "revision": "", "oldest_reader": "", "written_by": "", "reader_release": ""}],
    )


def downgrade() -> None:
    op.drop_table("schema_compat")
    op.drop_table("used_addresses")
    op.drop_table("log_identity")
