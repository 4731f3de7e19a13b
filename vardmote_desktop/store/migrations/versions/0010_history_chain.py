"""Tamper-evident history: every event chained by hash to the previous one of its meeting.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01

Adds ``events.chain_hash`` (store/history_chain.py says what it seals) and an index to find a
chain's newest event, and fills the hash of every event already in the log, chain by chain in
id order. On PostgreSQL a trigger then refuses every UPDATE, DELETE and TRUNCATE of events,
except a DELETE inside the retention purge, which sets ``vardmote.purge`` for its transaction
(store.events.allow_event_deletion).

oldest_reader is 0010: the releases before it write events without a hash, which the check
would then report as broken history, and on PostgreSQL the trigger would refuse their purge.
So a log at 0010 is refused by them (they say which release is needed) instead. The SQL a
DBA prints with `migrate --sql` crosses 0010 only on a log without events (see upgrade).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import context, op

from vardmote_desktop.store.columns import UTCDateTime
from vardmote_desktop.store.history_chain import GENESIS, event_hash

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None
# Older releases would append unchained events (see above): they must not write this log.
oldest_reader: str = "0010"

_EVENTS = sa.table(
    "events",
    sa.column("id", sa.Integer()),
    sa.column("meeting_id", sa.Integer()),
    sa.column("at", UTCDateTime()),
    sa.column("actor", sa.String()),
    sa.column("action", sa.String()),
    sa.column("details", sa.JSON()),
    sa.column("chain_hash", sa.String()),
)

_OFFLINE_REFUSAL = """
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM events) THEN
        RAISE EXCEPTION 'migration 0010 hashes the existing history: run vardmote-desktop migrate';
    END IF;
END
$$
"""

_POSTGRES_GUARD = [
    """
    CREATE FUNCTION vardmote_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' AND current_setting('vardmote.purge', true) = 'on' THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'history events are append-only: % refused', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END
    $$
    """,
    """
    CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION vardmote_events_append_only()
    """,
    """
    CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION vardmote_events_append_only()
    """,
]


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("chain_hash", sa.String(length=64), nullable=True))
        batch.create_index(batch.f("ix_events_meeting_id_id"), ["meeting_id", "id"])
    if context.is_offline_mode():
        # SQL written in advance cannot compute the hashes (they are Python's canonical JSON):
        # a DBA's script may cross 0010 only on a log without events; otherwise it stops here.
        op.execute(_OFFLINE_REFUSAL)
    else:
        _backfill()
    if op.get_bind().dialect.name == "postgresql":
        for statement in _POSTGRES_GUARD:
            op.execute(statement)


def _backfill() -> None:
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(
            _EVENTS.c.id,
            _EVENTS.c.meeting_id,
            _EVENTS.c.at,
            _EVENTS.c.actor,
            _EVENTS.c.action,
            _EVENTS.c.details,
        ).order_by(_EVENTS.c.meeting_id, _EVENTS.c.id)
    ).all()
    chain: object = object()
    previous = GENESIS
    updates = []
    for row in rows:
        if row.meeting_id != chain:
            chain, previous = row.meeting_id, GENESIS
        previous = event_hash(
            previous, row.meeting_id, row.at, row.actor, row.action, row.details or {}
        )
        updates.append({"event_id": row.id, "hash": previous})
    if updates:
        bind.execute(
            _EVENTS.update()
            .where(_EVENTS.c.id == sa.bindparam("event_id"))
            .values(chain_hash=sa.bindparam("hash")),
            updates,
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS events_no_truncate ON events")
        op.execute("DROP TRIGGER IF EXISTS events_append_only ON events")
        op.execute("DROP FUNCTION IF EXISTS vardmote_events_append_only()")
    with op.batch_alter_table("events") as batch:
        batch.drop_index(batch.f("ix_events_meeting_id_id"))
        batch.drop_column("chain_hash")
