"""Migration 0014 copies each meeting's start onto its summary row for existing logs."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, inspect, select, text

from tests.store.test_summary_migrations import _upgrade_to
from vardmote_desktop.store.migrate import upgrade_to_head
from vardmote_desktop.store.models import Meeting, MeetingSummary

FIRST = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
SECOND = datetime(2026, 7, 14, 8, 45, 30, 250000, tzinfo=UTC)


def test_existing_summaries_get_their_meetings_start(empty_engine: Engine) -> None:
    _upgrade_to(empty_engine, "0013")
    postgres = empty_engine.dialect.name == "postgresql"

    def stored(at: datetime) -> datetime | str:  # as the UTCDateTime column type writes it
        return at if postgres else at.strftime("%Y-%m-%d %H:%M:%S.%f")

    with empty_engine.begin() as connection:
        connection.execute(
            text("INSERT INTO units (id, name, next_room_number) VALUES (1, 'Avd 1', 1)")
        )
        for meeting_id, at in ((1, FIRST), (2, SECOND)):
            connection.execute(
                text(
                    "INSERT INTO meetings (id, meeting_type, mode, status, starts_at,"
                    " duration_minutes, unit_id, organiser, profile_key, suitability_ok,"
                    " created_at, updated_at) VALUES (:id, 'distance', 'digital', 'planned',"
                    " :at, 60, 1, 'Test', 'kalmar', true, :at, :at)"
                ),
                {"id": meeting_id, "at": stored(at)},
            )
            connection.execute(
                text("INSERT INTO meeting_summaries (meeting_id) VALUES (:id)"), {"id": meeting_id}
            )

    upgrade_to_head(empty_engine)

    with empty_engine.connect() as connection:
        copies = connection.execute(
            select(MeetingSummary.meeting_id, MeetingSummary.starts_at, Meeting.starts_at)
            .join(Meeting, Meeting.id == MeetingSummary.meeting_id)
            .order_by(MeetingSummary.meeting_id)
        ).all()
        compat = connection.execute(text("SELECT oldest_reader FROM schema_compat")).scalar_one()
    assert [tuple(row) for row in copies] == [(1, FIRST, FIRST), (2, SECOND, SECOND)]
    # A release before 0014 would move a meeting without its copy: it must refuse the log.
    assert compat == "0014"
    indexes = {index["name"] for index in inspect(empty_engine).get_indexes("meeting_summaries")}
    assert {
        "ix_meeting_summaries_room_state_starts_at",
        "ix_meeting_summaries_ends_at_starts_at",
    } <= indexes
    assert "ix_meeting_summaries_ends_at" not in indexes
