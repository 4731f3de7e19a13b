"""The first schema of the meeting log.

Revision ID: 0001
Revises:
Create Date: 2025-11-24

Hand-written and frozen: it must not import the models, which will change after it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Enums are stored as their string values in a plain VARCHAR (no native ENUM, no CHECK).
ENUM = sa.String(length=32)


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "units",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("next_room_number", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "next_room_number >= 1", name=op.f("ck_units_next_room_number_positive")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_units")),
        sa.UniqueConstraint("name", name=op.f("uq_units_name")),
    )
    op.create_table(
        "drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_type", ENUM, nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("updated_at", _utc(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drafts")),
    )
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_type", ENUM, nullable=False),
        sa.Column("mode", ENUM, nullable=False),
        sa.Column("status", ENUM, nullable=False),
        sa.Column("starts_at", _utc(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("organiser", sa.String(length=200), nullable=False),
        sa.Column("profile_key", sa.String(length=64), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=True),
        sa.Column("requested_via", sa.String(length=32), nullable=True),
        sa.Column("suitability_ok", sa.Boolean(), nullable=False),
        sa.Column("suitability_note", sa.Text(), nullable=True),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("updated_at", _utc(), nullable=False),
        sa.Column("cancelled_at", _utc(), nullable=True),
        sa.Column("held_at", _utc(), nullable=True),
        sa.CheckConstraint("duration_minutes > 0", name=op.f("ck_meetings_duration_positive")),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_meetings_unit_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    op.create_index(op.f("ix_meetings_starts_at"), "meetings", ["starts_at"])
    op.create_index(op.f("ix_meetings_status"), "meetings", ["status"])
    op.create_index(op.f("ix_meetings_unit_id"), "meetings", ["unit_id"])

    op.create_table(
        "meeting_roles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("holder", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_roles_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_roles")),
    )
    op.create_index(op.f("ix_meeting_roles_meeting_id"), "meeting_roles", ["meeting_id"])

    op.create_table(
        "rooms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("platform", ENUM, nullable=False),
        sa.Column("platform_room_id", sa.String(length=200), nullable=True),
        sa.Column("video_address", sa.String(length=320), nullable=True),
        sa.Column("call_id", sa.String(length=64), nullable=True),
        sa.Column("passcode", sa.String(length=64), nullable=True),
        sa.Column("web_link", sa.String(length=2048), nullable=True),
        sa.Column("dial_in", sa.String(length=64), nullable=True),
        sa.Column("state", ENUM, nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("deleted_at", _utc(), nullable=True),
        sa.Column("deleted_how", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_rooms_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_rooms_unit_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rooms")),
        sa.UniqueConstraint("meeting_id", name=op.f("uq_rooms_meeting_id")),
        sa.UniqueConstraint("name", name=op.f("uq_rooms_name")),
        sa.UniqueConstraint("unit_id", "number", name=op.f("uq_rooms_unit_id_number")),
    )
    op.create_index(
        "uq_rooms_video_address_ours",
        "rooms",
        ["video_address"],
        unique=True,
        sqlite_where=sa.text("platform != 'external'"),
        postgresql_where=sa.text("platform != 'external'"),
    )
    op.create_index(op.f("ix_rooms_state"), "rooms", ["state"])
    op.create_index(op.f("ix_rooms_call_id"), "rooms", ["call_id"])

    op.create_table(
        "participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organisation_kind", ENUM, nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=False),
        sa.Column("is_relative", sa.Boolean(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("phone", sa.String(length=64), nullable=True),
        sa.Column("joins_by_video", sa.Boolean(), nullable=False),
        sa.Column("replaced_by_id", sa.Integer(), nullable=True),
        sa.Column("replaced_at", _utc(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_participants_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["replaced_by_id"],
            ["participants.id"],
            name=op.f("fk_participants_replaced_by_id_participants"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participants")),
    )
    op.create_index(op.f("ix_participants_meeting_id"), "participants", ["meeting_id"])
    op.create_index(op.f("ix_participants_replaced_by_id"), "participants", ["replaced_by_id"])

    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("channel", ENUM, nullable=False),
        sa.Column("state", ENUM, nullable=False),
        sa.Column("sent_at", _utc(), nullable=True),
        sa.Column("confirmed_at", _utc(), nullable=True),
        sa.Column("confirmed_how", sa.String(length=64), nullable=True),
        sa.Column("created_at", _utc(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_deliveries_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliveries")),
    )
    op.create_index(
        op.f("ix_deliveries_participant_id_state"), "deliveries", ["participant_id", "state"]
    )

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("at", _utc(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_events_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    op.create_index(op.f("ix_events_meeting_id_at"), "events", ["meeting_id", "at"])


def downgrade() -> None:
    for table in (
        "events",
        "deliveries",
        "participants",
        "rooms",
        "meeting_roles",
        "meetings",
        "drafts",
        "units",
    ):
        # Indexes go with their table on both SQLite and PostgreSQL.
        op.drop_table(table)
