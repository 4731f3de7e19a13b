"""The meeting log at scale: per-meeting summaries, a text search index, sort indexes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-01-12

Hand-written and frozen: it must not import the models or the store, which will change after
it. `meeting_summaries` holds what the log shows and filters on but would otherwise need a
join over participants and deliveries per row (see store/log_queries.py for the reasoning).
The search index is dialect-specific: an FTS5 trigram table on SQLite, kept in step with
`meeting_summaries.search_text` by triggers; a pg_trgm GIN index on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ENUM = sa.String(length=32)
BACKFILL_BATCH = 2000

_SQLITE_SEARCH = (
    # External content: the text lives once, in meeting_summaries; the FTS table is an index.
    "CREATE VIRTUAL TABLE meeting_search USING fts5(search_text, content='meeting_summaries', "
    "content_rowid='meeting_id', tokenize='trigram')",
    "CREATE TRIGGER meeting_search_ai AFTER INSERT ON meeting_summaries BEGIN "
    "INSERT INTO meeting_search(rowid, search_text) VALUES (new.meeting_id, new.search_text); "
    "END",
    "CREATE TRIGGER meeting_search_ad AFTER DELETE ON meeting_summaries BEGIN "
    "INSERT INTO meeting_search(meeting_search, rowid, search_text) "
    "VALUES ('delete', old.meeting_id, old.search_text); END",
    "CREATE TRIGGER meeting_search_au AFTER UPDATE OF search_text ON meeting_summaries BEGIN "
    "INSERT INTO meeting_search(meeting_search, rowid, search_text) "
    "VALUES ('delete', old.meeting_id, old.search_text); "
    "INSERT INTO meeting_search(rowid, search_text) VALUES (new.meeting_id, new.search_text); "
    "END",
)
_POSTGRES_SEARCH = (
    # Trusted since PostgreSQL 13: the database owner may create it without superuser rights.
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_meeting_summaries_search_trgm ON meeting_summaries "
    "USING gin (search_text gin_trgm_ops)",
)


def upgrade() -> None:
    op.create_table(
        "meeting_summaries",
        sa.Column("meeting_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("room_name", sa.String(length=200), nullable=True),
        sa.Column("room_state", ENUM, nullable=True),
        sa.Column("recipients_total", sa.Integer(), server_default="0", nullable=False),
        sa.Column("recipients_confirmed", sa.Integer(), server_default="0", nullable=False),
        sa.Column("unconfirmed", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("search_text", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_summaries_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", name=op.f("pk_meeting_summaries")),
    )
    for columns in (
        ["room_name", "meeting_id"],
        ["room_state", "meeting_id"],
        ["recipients_confirmed", "recipients_total", "meeting_id"],
        ["unconfirmed", "meeting_id"],
    ):
        name = "ix_meeting_summaries_" + "_".join(columns)
        op.create_index(op.f(name), "meeting_summaries", columns)
    for column in ("meeting_type", "mode", "organiser", "status"):
        name = f"ix_meetings_{column}_starts_at_id"
        op.create_index(op.f(name), "meetings", [column, "starts_at", "id"])
    op.create_index(op.f("ix_meetings_starts_at_id"), "meetings", ["starts_at", "id"])

    bind = op.get_bind()
    statements = _SQLITE_SEARCH if bind.dialect.name == "sqlite" else _POSTGRES_SEARCH
    for statement in statements:
        op.execute(statement)
    _backfill(bind)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("meeting_search_ai", "meeting_search_ad", "meeting_search_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS meeting_search")
    for column in ("meeting_type", "mode", "organiser", "status"):
        op.drop_index(op.f(f"ix_meetings_{column}_starts_at_id"), table_name="meetings")
    op.drop_index(op.f("ix_meetings_starts_at_id"), table_name="meetings")
    op.drop_table("meeting_summaries")


def _backfill(bind: sa.Connection) -> None:
    """Summaries for meetings logged before this revision (a frozen copy of the rules)."""
    last_id = 0
    while True:
        ids = [
            row[0]
            for row in bind.execute(
                sa.text("SELECT id FROM meetings WHERE id > :last ORDER BY id LIMIT :n"),
                {"last": last_id, "n": BACKFILL_BATCH},
            )
        ]
        if not ids:
            return
        last_id = ids[-1]
        for meeting_id in ids:
            bind.execute(
                sa.text(
                    "INSERT INTO meeting_summaries (meeting_id, room_name, room_state, "
                    "recipients_total, recipients_confirmed, unconfirmed, search_text) "
                    "VALUES (:id, :room_name, :room_state, :total, :confirmed, :unconfirmed, "
                    ":search_text)"
                ),
                _summary(bind, meeting_id),
            )


def _summary(bind: sa.Connection, meeting_id: int) -> dict[str, object]:
    meeting = bind.execute(
        sa.text("SELECT reference FROM meetings WHERE id = :id"), {"id": meeting_id}
    ).one()
    room = bind.execute(
        sa.text("SELECT name, state, video_address, call_id FROM rooms WHERE meeting_id = :id"),
        {"id": meeting_id},
    ).first()
    people = bind.execute(
        sa.text(
            "SELECT p.id, p.name, p.organisation, p.email, p.active, "
            "SUM(CASE WHEN d.state = 'confirmed' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN d.state IN ('not_sent', 'sent') THEN 1 ELSE 0 END) "
            "FROM participants p LEFT JOIN deliveries d ON d.participant_id = p.id "
            "WHERE p.meeting_id = :id GROUP BY p.id, p.name, p.organisation, p.email, p.active"
        ),
        {"id": meeting_id},
    ).all()
    active = [p for p in people if p[4]]
    parts: list[str | None] = [meeting[0]]
    if room is not None:
        parts += [room[0], room[2], room[3]]
    for person in people:
        parts += [person[1], person[2], person[3]]
    return {
        "id": meeting_id,
        "room_name": room[0] if room is not None else None,
        "room_state": room[1] if room is not None else None,
        "total": len(active),
        "confirmed": sum(1 for p in active if (p[5] or 0) > 0),
        "unconfirmed": any((p[6] or 0) > 0 for p in active),
        "search_text": "\n".join(p.lower() for p in parts if p),
    }
