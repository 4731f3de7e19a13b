"""The hash chain of the history: whole after appends, broken by plain SQL, kept by a purge."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from tests.helpers.postgres import PostgresServer
from tests.store.builders import NOW, meeting
from tests.store.test_summary_migrations import _upgrade_to
from vardmote_desktop.domain.types import EventAction
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.events import EventRepository
from vardmote_desktop.store.history_chain import verify_history
from vardmote_desktop.store.meetings import MeetingRepository
from vardmote_desktop.store.migrate import upgrade_to_head
from vardmote_desktop.store.models import Event
from vardmote_desktop.store.units import get_or_create_unit


@pytest.fixture
def postgres_engine(postgres_server: PostgresServer) -> Iterator[Engine]:
    """The PostgreSQL test database wiped clean and migrated (these tests are PostgreSQL's)."""
    postgres_server.reset()
    engine = create_store_engine(postgres_server.url)
    upgrade_to_head(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def session_factory_pg(postgres_engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(postgres_engine)


def _history(factory: sessionmaker[Session], meetings: int = 2, per_meeting: int = 3) -> list[int]:
    """Meetings with a few events each plus app-wide ones; returns the meeting ids."""
    ids = []
    with factory() as session:
        unit = get_or_create_unit(session, "HC Torsås")
        events = EventRepository(session)
        for n in range(meetings):
            booked = meeting(unit, NOW - timedelta(days=n * 400))
            session.add(booked)
            session.flush()
            ids.append(booked.id)
            for step in range(per_meeting):
                details = {"steg": step, "text": "Åsa ändrade tiden"}
                events.append(EventAction.ROOM_RECORDED, "Anna", meeting_id=booked.id,
                              details=details)  # fmt: skip
            events.append(EventAction.RETENTION_PURGE, "system", details={"purged": n})
        session.commit()
    return ids


def _raw(engine: Engine, statement: str, **params: object) -> None:
    """What someone with the file or a database login could do, past the app's own guards."""
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            # Only the table's owner can switch the guard off; the check must still see it.
            connection.exec_driver_sql("ALTER TABLE events DISABLE TRIGGER events_append_only")
        connection.execute(text(statement), params)
        if engine.dialect.name == "postgresql":
            connection.exec_driver_sql("ALTER TABLE events ENABLE TRIGGER events_append_only")


def _event_ids(factory: sessionmaker[Session], meeting_id: int) -> list[int]:
    with factory() as session:
        return list(
            session.scalars(
                select(Event.id).where(Event.meeting_id == meeting_id).order_by(Event.id)
            )
        )


def test_a_fresh_history_verifies(session_factory: sessionmaker[Session]) -> None:
    _history(session_factory)
    with session_factory() as session:
        report = verify_history(session)
    assert report.ok and report.events == 8 and report.chains == 3


def test_an_edited_event_is_named(engine: Engine, session_factory: sessionmaker[Session]) -> None:
    first, _second = _history(session_factory)
    target = _event_ids(session_factory, first)[1]

    _raw(engine, "UPDATE events SET actor = 'Någon annan' WHERE id = :id", id=target)

    with session_factory() as session:
        report = verify_history(session)
    assert report.broken is not None
    assert (report.broken.event_id, report.broken.reason) == (target, "mismatch")
    assert report.broken_chains == 1


def test_a_deleted_event_breaks_the_next_one(
    engine: Engine, session_factory: sessionmaker[Session]
) -> None:
    _first, second = _history(session_factory)
    ids = _event_ids(session_factory, second)

    _raw(engine, "DELETE FROM events WHERE id = :id", id=ids[0])

    with session_factory() as session:
        report = verify_history(session)
    assert report.broken is not None and report.broken.event_id == ids[1]


def test_an_event_inserted_without_a_hash_is_reported(
    engine: Engine, session_factory: sessionmaker[Session]
) -> None:
    first, _second = _history(session_factory)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO events (meeting_id, at, actor, action, details) "
                "VALUES (:m, :at, 'X', 'room_recorded', '{}')"
            ),
            {"m": first, "at": NOW.replace(tzinfo=None)},
        )
    with session_factory() as session:
        report = verify_history(session)
    assert report.broken is not None and report.broken.reason == "missing"


@pytest.mark.postgres
def test_postgres_refuses_update_delete_and_truncate(
    postgres_engine: Engine, session_factory_pg: sessionmaker[Session]
) -> None:
    first, _second = _history(session_factory_pg)
    target = _event_ids(session_factory_pg, first)[0]
    for statement in (
        f"UPDATE events SET actor = 'X' WHERE id = {target}",
        f"DELETE FROM events WHERE id = {target}",
        "TRUNCATE events CASCADE",
    ):
        with pytest.raises(DBAPIError, match="append-only"), postgres_engine.begin() as c:
            c.exec_driver_sql(statement)
    with session_factory_pg() as session:
        assert verify_history(session).ok


def test_a_purge_removes_whole_chains_and_leaves_the_rest_whole(
    session_factory: sessionmaker[Session],
) -> None:
    first, second = _history(session_factory)  # the second meeting is 400 days older
    with session_factory() as session:
        purged = MeetingRepository(session).purge_started_before(NOW - timedelta(days=200))
        EventRepository(session).append(EventAction.RETENTION_PURGE, "system", details={"n": 1})
        session.commit()
    assert purged == 1
    assert _event_ids(session_factory, second) == []
    with session_factory() as session:
        report = verify_history(session)
    assert report.ok and report.chains == 2
    assert len(_event_ids(session_factory, first)) == 3


def test_existing_events_are_chained_by_the_migration(empty_engine: Engine) -> None:
    _upgrade_to(empty_engine, "0009")
    with empty_engine.begin() as connection:
        connection.execute(
            text("INSERT INTO units (id, name, next_room_number) VALUES (1, 'A', 1)")
        )
        connection.execute(
            text(
                "INSERT INTO meetings (id, meeting_type, mode, status, starts_at, "
                "duration_minutes, unit_id, organiser, profile_key, suitability_ok, created_at, "
                "updated_at) VALUES (1, 'distance', 'digital', 'planned', :at, 60, 1, 'Anna', "
                "'kalmar', true, :at, :at)"
            ),
            {"at": NOW.replace(tzinfo=None)},
        )
        for actor, meeting_id in (("Anna", 1), ("Bo", 1), ("system", None), ("Cia", 1)):
            connection.execute(
                text(
                    "INSERT INTO events (meeting_id, at, actor, action, details) "
                    "VALUES (:m, :at, :actor, 'room_recorded', '{\"å\": 1}')"
                ),
                {"m": meeting_id, "at": NOW.replace(tzinfo=None), "actor": actor},
            )
    upgrade_to_head(empty_engine)
    factory = make_session_factory(empty_engine)
    with factory() as session:
        EventRepository(session).append(EventAction.ROOM_RECORDED, "Dan", meeting_id=1)
        session.commit()
    with factory() as session:
        report = verify_history(session)
    assert report.ok and report.events == 5 and report.chains == 2


@pytest.mark.postgres
def test_two_pcs_appending_to_one_meeting_keep_one_chain(
    postgres_engine: Engine, session_factory_pg: sessionmaker[Session]
) -> None:
    (booked,) = _history(session_factory_pg, meetings=1, per_meeting=1)
    first = session_factory_pg()
    EventRepository(first).append(EventAction.ROOM_RECORDED, "PC 1", meeting_id=booked)
    failures: list[BaseException] = []

    def second_pc() -> None:
        try:
            with session_factory_pg() as session:
                EventRepository(session).append(
                    EventAction.ROOM_RECORDED, "PC 2", meeting_id=booked
                )
                session.commit()
        except BaseException as exc:  # reported to the test below
            failures.append(exc)

    thread = threading.Thread(target=second_pc)
    thread.start()
    # The second PC must be waiting for the chain's lock before the first one commits.
    with postgres_engine.connect() as watcher:
        for _poll in range(100_000):
            waiting = watcher.exec_driver_sql(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
            ).scalar()
            watcher.rollback()
            if waiting or not thread.is_alive():
                break
        assert waiting, "the second PC did not wait for the chain's lock"
    first.commit()
    first.close()
    thread.join()
    assert not failures
    with session_factory_pg() as session:
        report = verify_history(session)
    assert report.ok and report.events == 4


_APPENDING_PC = """
import sys
from vardmote_desktop.domain.types import EventAction
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.events import EventRepository
engine = create_store_engine(sys.argv[1])
factory = make_session_factory(engine)
for n in range(int(sys.argv[3])):
    with factory() as session:
        EventRepository(session).append(
            EventAction.ROOM_RECORDED, sys.argv[2], meeting_id=int(sys.argv[4]), details={"n": n}
        )
        session.commit()
engine.dispose()
"""


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_pcs_appending_at_once_as_real_processes_keep_one_chain(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'delad.db'}"
        engine = create_store_engine(url)
        upgrade_to_head(engine)
    else:
        engine = request.getfixturevalue("postgres_engine")
        url = engine.url.render_as_string(hide_password=False)
    try:
        factory = make_session_factory(engine)
        (booked,) = _history(factory, meetings=1, per_meeting=1)
        pcs = [
            subprocess.Popen(
                [sys.executable, "-c", _APPENDING_PC, url, f"PC {n}", "25", str(booked)],
                cwd=Path(__file__).resolve().parents[2],
            )
            for n in range(3)
        ]
        assert [pc.wait(timeout=300) for pc in pcs] == [0, 0, 0]
        with factory() as session:
            report = verify_history(session)
        assert report.ok and report.events == 2 + 3 * 25
    finally:
        if backend == "sqlite":
            engine.dispose()
