"""Migration 0006: a log identity, the addresses already handed out, the schema's readers."""

from __future__ import annotations

from sqlalchemy import Engine, text

from tests.store.test_summary_migrations import _upgrade_to
from vardmote_desktop.store.migrate import upgrade_to_head


def test_existing_rooms_addresses_are_remembered(empty_engine: Engine) -> None:
    _upgrade_to(empty_engine, "0005")
    at = "2026-03-02 10:00:00.000000" if empty_engine.dialect.name == "sqlite" else "2026-03-02"
    with empty_engine.begin() as connection:
        connection.execute(
            text("INSERT INTO units (id, name, next_room_number) VALUES (1, 'A', 3)")
        )
        for meeting_id in (1, 2, 3):
            connection.execute(
                text(
                    "INSERT INTO meetings (id, meeting_type, mode, status, starts_at,"
                    " duration_minutes, unit_id, organiser, profile_key, suitability_ok,"
                    " created_at, updated_at) VALUES (:id, 'distance', 'digital', 'planned',"
                    " :at, 60, 1, 'Test', 'kalmar', true, :at, :at)"
                ),
                {"id": meeting_id, "at": at},
            )
        connection.execute(
            text(
                "INSERT INTO rooms (meeting_id, unit_id, number, name, platform, video_address,"
                " call_id, state, created_at) VALUES"
                " (1, 1, 1, 'A 1', 'cms', 'A.1@Video.Example', '012345678', 'deleted', :at),"
                " (2, 1, 2, 'A 2', 'manual', 'a.2@video.example', NULL, 'active', :at),"
                " (3, NULL, NULL, NULL, 'external', 'kommun@sefos.example', '999', 'active', :at)"
            ),
            {"at": at},
        )
    upgrade_to_head(empty_engine)
    with empty_engine.connect() as connection:
        used = set(connection.execute(text("SELECT kind, value FROM used_addresses")).all())
        identity = connection.execute(text("SELECT log_id FROM log_identity")).scalar_one()
        compat = connection.execute(text("SELECT oldest_reader FROM schema_compat")).scalar_one()
    # The municipality's room is not ours: its address is theirs to reuse.
    assert used == {("uri", "a.1"), ("uri", "a.2"), ("call_id", "012345678")}
    assert len(identity) == 32
    assert compat == "0014"  # raised by 0010, 0011 (running totals), 0014 (summary's start)


def test_a_new_log_gets_an_identity(empty_engine: Engine) -> None:
    upgrade_to_head(empty_engine)
    with empty_engine.connect() as connection:
        first = connection.execute(text("SELECT log_id FROM log_identity")).scalar_one()
    assert first.isalnum() and first == first.lower()
