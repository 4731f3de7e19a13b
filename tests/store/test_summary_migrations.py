"""Migrations 0004 and 0005 fill the statistics columns of the summaries for existing logs."""

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


def test_rooms_deleted_a_later_day_are_marked_late(empty_engine: Engine) -> None:
    _upgrade_to(empty_engine, "0004")
    postgres = empty_engine.dialect.name == "postgresql"

    def stamp(day: int, hour: int) -> object:
        moment = datetime(2026, 3, day, hour, 0, tzinfo=UTC)
        return moment if postgres else moment.strftime("%Y-%m-%d %H:%M:%S.000000")

    with empty_engine.begin() as connection:
        connection.execute(
            text("INSERT INTO units (id, name, next_room_number) VALUES (1, 'Avd 1', 3)")
        )
        for meeting_id, deleted in ((1, stamp(2, 23)), (2, stamp(3, 9))):
            connection.execute(
                text(
                    "INSERT INTO meetings (id, meeting_type, mode, status, starts_at,"
                    " duration_minutes, unit_id, organiser, profile_key, suitability_ok,"
                    " created_at, updated_at) VALUES (:id, 'distance', 'digital', 'held', :at,"
                    " 60, 1, 'Test', 'kalmar', true, :at, :at)"
                ),
                {"id": meeting_id, "at": stamp(2, 21)},
            )
            connection.execute(
                text(
                    "INSERT INTO rooms (id, meeting_id, unit_id, number, name, platform, state,"
                    " created_at, deleted_at) VALUES (:id, :id, 1, :id, :name, 'manual',"
                    " 'deleted', :at, :deleted)"
                ),
                {
                    "id": meeting_id,
                    "name": f"Avd 1 {meeting_id}",
                    "at": stamp(1, 8),
                    "deleted": deleted,
                },
            )
            connection.execute(
                text(
                    "INSERT INTO meeting_summaries (meeting_id, room_state, recipients_total,"
                    " recipients_confirmed, unconfirmed, search_text) VALUES"
                    " (:id, 'deleted', 0, 0, false, '')"
                ),
                {"id": meeting_id},
            )

    upgrade_to_head(empty_engine)

    with empty_engine.connect() as connection:
        late = connection.execute(
            text("SELECT meeting_id, room_late FROM meeting_summaries ORDER BY meeting_id")
        ).all()
    # Deleted the same evening is in time; the next morning is late.
    assert [(m, bool(flag)) for m, flag in late] == [(1, False), (2, True)]
