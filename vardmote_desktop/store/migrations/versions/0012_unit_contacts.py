"""A unit's contacts and the wizard values it last used.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01

Hand-written and frozen. `unit_contacts` holds the municipal and regional staff a unit meets
(name, organisation, role, e-mail, phone, Cosmic Messenger, the channel last used for them),
one row per person and unit (`match_key`: name and unit/department folded), shared by every PC
of the log; never patients or relatives. `unit_last_used` holds, per unit and meeting type,
what the wizard last got (length, mode, the roles not held by the user, whose room) as JSON.

Expand-only: two new tables the releases before never read.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None
# At least 0011: the releases before it leave the statistics' totals behind (see 0011).
oldest_reader: str = "0011"


def upgrade() -> None:
    op.create_table(
        "unit_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("match_key", sa.String(length=400), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("organisation_kind", sa.String(length=32), nullable=False),
        sa.Column("organisation", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=80), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("has_cosmic_messenger", sa.Boolean(), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=True),
        sa.Column("use_count", sa.Integer(), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["units.id"],
            name=op.f("fk_unit_contacts_unit_id_units"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_contacts")),
        sa.UniqueConstraint(
            "unit_id", "match_key", name=op.f("uq_unit_contacts_unit_id_match_key")
        ),
    )
    op.create_index(op.f("ix_unit_contacts_unit_id"), "unit_contacts", ["unit_id"], unique=False)
    op.create_table(
        "unit_last_used",
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("meeting_type", sa.String(length=32), nullable=False),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["units.id"],
            name=op.f("fk_unit_last_used_unit_id_units"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("unit_id", "meeting_type", name=op.f("pk_unit_last_used")),
    )


def downgrade() -> None:
    op.drop_table("unit_last_used")
    op.drop_index(op.f("ix_unit_contacts_unit_id"), table_name="unit_contacts")
    op.drop_table("unit_contacts")
