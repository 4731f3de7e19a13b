"""Migration 0007 recomputes the summaries' recipients and end as domain.attention defines them."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, text

from tests.store.test_summary_migrations import _upgrade_to
from vardmote_desktop.store.log_summary import compute_summaries
from vardmote_desktop.store.migrate import upgrade_to_head

# Participants (id, meeting, active) and their deliveries (id, participant, state) in id order.
PEOPLE = [(1, 1, True), (2, 1, True), (3, 1, False), (4, 2, True), (5, 2, True)]
DELIVERIES = [
    (1, 1, "sent"),
    (2, 1, "confirmed"),  # a resend, confirmed: replaces the first
    (3, 3, "sent"),  # replaced participant: not a recipient
    (4, 4, "confirmed"),
    (5, 4, "sent"),  # resent after a confirmation: unconfirmed again
    (6, 5, "cannot_attend"),
]


def test_recipients_and_end_are_recomputed_as_the_domain_counts(empty_engine: Engine) -> None:
    _upgrade_to(empty_engine, "0006")
    postgres = empty_engine.dialect.name == "postgresql"
    start = datetime(2026, 3, 2, 10, 0, 0, 250000, tzinfo=UTC)  # a fraction of a second too
    at = start if postgres else start.strftime("%Y-%m-%d %H:%M:%S.%f")
    with empty_engine.begin() as connection:
        unit = "INSERT INTO units (id, name, next_room_number) VALUES (1, 'A', 1)"
        connection.execute(text(unit))
        for meeting_id, minutes in ((1, 45), (2, 1440)):
            connection.execute(
                text(
                    "INSERT INTO meetings (id, meeting_type, mode, status, starts_at,"
                    " duration_minutes, unit_id, organiser, profile_key, suitability_ok,"
                    " created_at, updated_at) VALUES (:id, 'distance', 'digital', 'planned', :at,"
                    " :minutes, 1, 'Test', 'kalmar', true, :at, :at)"
                ),
                {"id": meeting_id, "at": at, "minutes": minutes},
            )
            # As the summary of 0006 counted: every active participant, any delivery.
            connection.execute(
                text(
                    "INSERT INTO meeting_summaries (meeting_id, recipients_total,"
                    " recipients_confirmed, unconfirmed, search_text) VALUES (:id, 2, 1, true, '')"
                ),
                {"id": meeting_id},
            )
        for person, meeting_id, active in PEOPLE:
            connection.execute(
                text(
                    "INSERT INTO participants (id, meeting_id, name, organisation_kind,"
                    " organisation, role, is_relative, joins_by_video, active) VALUES"
                    " (:id, :m, 'Testperson', 'municipality', '', '', false, true, :active)"
                ),
                {"id": person, "m": meeting_id, "active": active},
            )
        for delivery, person, state in DELIVERIES:
            connection.execute(
                text(
                    "INSERT INTO deliveries (id, participant_id, channel, state, created_at)"
                    " VALUES (:id, :p, 'cosmic_link', :state, :at)"
                ),
                {"id": delivery, "p": person, "state": state, "at": at},
            )

    upgrade_to_head(empty_engine)

    columns = ("recipients_total", "recipients_confirmed", "unconfirmed", "ends_at")
    with empty_engine.connect() as connection:
        computed = {
            values["meeting_id"]: tuple(values[c] for c in columns)
            for values in compute_summaries(connection, [1, 2])
        }
        stored = {
            row.meeting_id: (
                row.recipients_total,
                row.recipients_confirmed,
                bool(row.unconfirmed),
                row.ends_at,
            )
            for row in connection.execute(
                text(f"SELECT meeting_id, {', '.join(columns)} FROM meeting_summaries")
            )
        }
    ends_1 = datetime(2026, 3, 2, 10, 45, 0, 250000, tzinfo=UTC)
    ends_2 = datetime(2026, 3, 3, 10, 0, 0, 250000, tzinfo=UTC)
    assert computed == {1: (1, 1, False, ends_1), 2: (2, 0, True, ends_2)}
    # Raw SQL hands SQLite's stored text back as it is; compare it as the column type reads it.
    if not postgres:
        stored = {
            k: (*v[:3], datetime.fromisoformat(v[3]).replace(tzinfo=UTC)) for k, v in stored.items()
        }
    assert stored == computed


def test_the_oldest_release_that_can_use_the_log(engine: Engine) -> None:
    with engine.connect() as connection:
        compat = connection.execute(text("SELECT revision, oldest_reader FROM schema_compat"))
        # 0008 (the room lease) and 0009 (calls seen in rooms) were expand-only; 0010 (the
        # history's hash chain), 0011 (statistics from running totals) and 0014 (the summary's
        # copy of the start) raised it: older releases would write unchained events, leave the
        # totals behind or move a meeting without its copy.
        assert tuple(compat.one()) == ("0014", "0014")
