"""Migration 0004 fills the new confirmation times from the deliveries already in the log."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, text

from vardmote_desktop.store.migrate import MIGRATIONS_DIR, upgrade_to_head

SENT = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def _upgrade_to(engine: Engine, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def test_existing_confirmations_are_filled_in(empty_engine: Engine) -> None:
    _upgrade_to(empty_engine, "0003")
    rows = {
        "units": "INSERT INTO units (id, name, next_room_number) VALUES (1, 'Avd 1', 1)",
        "meetings": (
            "INSERT INTO meetings (id, meeting_type, mode, status, starts_at, duration_minutes,"
            " unit_id, organiser, profile_key, suitability_ok, created_at, updated_at) VALUES"
            " (1, 'distance', 'digital', 'planned', :at, 60, 1, 'Test', 'kalmar', true, :at, :at)"
        ),
        "participants": (
            "INSERT INTO participants (id, meeting_id, name, organisation_kind, organisation,"
            " role, is_relative, joins_by_video, active) VALUES"
            " (1, 1, 'Testperson 1', 'municipality', '', '', false, true, true),"
            " (2, 1, 'Testperson 2', 'municipality', '', '', false, true, true)"
        ),
        "deliveries": (
            "INSERT INTO deliveries (id, participant_id, channel, state, sent_at, confirmed_at,"
            " created_at) VALUES (1, 1, 'phone', 'confirmed', :at, :confirmed, :at),"
            " (2, 2, 'cosmic_messenger', 'sent', :at, NULL, :at)"
        ),
        "meeting_summaries": (
            "INSERT INTO meeting_summaries (meeting_id, recipients_total, recipients_confirmed,"
            " unconfirmed, search_text) VALUES (1, 2, 1, true, 'testperson 1')"
        ),
    }
    # Timestamps as the UTCDateTime column type writes them on each backend.
    at = SENT if empty_engine.dialect.name == "postgresql" else "2026-03-02 10:00:00.000000"
    confirmed = (
        datetime(2026, 3, 2, 11, 30, 59, tzinfo=UTC)
        if empty_engine.dialect.name == "postgresql"
        else "2026-03-02 11:30:59.000000"
    )
    with empty_engine.begin() as connection:
        for statement in rows.values():
            connection.execute(text(statement), {"at": at, "confirmed": confirmed})

    upgrade_to_head(empty_engine)

    with empty_engine.connect() as connection:
        stored = connection.execute(text("SELECT confirm_minutes FROM meeting_summaries"))
        assert stored.scalar_one() == "90"  # 1 h 30 min 59 s, rounded down; the unconfirmed one
