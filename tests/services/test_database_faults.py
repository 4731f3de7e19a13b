"""Each database fault reaches the user as its own Swedish message, never "check the address".

Real SQLite files and real faults: a second connection holding the write lock, a page limit
that fills the database, a read-only open, a lone surrogate in a name, and pages overwritten
with garbage (which `--check` must report, in a real process). On the PostgreSQL test server:
a NUL in a name and a read-only database.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from tests.helpers.postgres import DATABASE_NAME, PostgresServer
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.domain.types import MeetingMode, MeetingType, OrganisationKind
from vardmote_desktop.services import errors as service_errors
from vardmote_desktop.services.dto import MeetingPlan, ParticipantPlan
from vardmote_desktop.services.meetings import MeetingService
from vardmote_desktop.services.rooms import RoomService
from vardmote_desktop.store import engine as store_engine
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.migrate import upgrade_to_head
from vardmote_desktop.ui.errors import user_message

START = datetime(2026, 12, 10, 9, 0, tzinfo=UTC)


def _plan(name: str = "Testperson Anhörig", note: str = "") -> MeetingPlan:
    person = ParticipantPlan(
        name=name,
        organisation_kind=OrganisationKind.MUNICIPALITY,
        organisation="Torsås kommun" + note,
        phone="070-123 45 67",
    )
    return MeetingPlan(
        meeting_type=MeetingType.DISTANCE,
        mode=MeetingMode.PHYSICAL,
        starts_at=START,
        participants=[person],
    )


def _site() -> tuple[Settings, SiteProfile]:
    profile = load_profiles()["kalmar"]
    return Settings(profile=profile.key, unit="HC Torsås", user_name="Samordnare Test"), profile


def _service(factory: sessionmaker[Session]) -> MeetingService:
    return MeetingService(factory, *_site(), lambda: START)


@pytest.fixture
def log_file(tmp_path: Path) -> Path:
    path = tmp_path / "log.db"
    engine = create_store_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    _service(make_session_factory(engine)).book(_plan())  # a log with something in it
    engine.dispose()
    return path


@pytest.fixture
def engine(log_file: Path) -> Iterator[Engine]:
    made = create_store_engine(f"sqlite:///{log_file}")
    try:
        yield made
    finally:
        made.dispose()


GENERAL = user_message(service_errors.DatabaseUnavailable())


def _assert_own_message(exc: BaseException, kind: type[service_errors.ServiceError]) -> None:
    assert type(exc) is kind
    message = user_message(exc)
    assert message != GENERAL and "Kontrollera adressen" not in message
    assert "oväntat" not in message


def test_a_lock_held_elsewhere_says_busy(engine: Engine, log_file: Path) -> None:
    other = create_store_engine(f"sqlite:///{log_file}")
    try:
        with other.connect() as holder:
            holder.exec_driver_sql("BEGIN EXCLUSIVE")
            with pytest.raises(service_errors.DatabaseLocked) as caught:
                _service(make_session_factory(engine)).book(_plan())
            holder.exec_driver_sql("ROLLBACK")
    finally:
        other.dispose()
    _assert_own_message(caught.value, service_errors.DatabaseLocked)


def test_a_full_database_says_full(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def no_room_to_grow(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count={pages}")  # SQLite's own "disk is full"
        cursor.close()

    big_note = " " + "x" * 200_000  # more than any free page left in the file
    with pytest.raises(service_errors.DatabaseFull) as caught:
        _service(make_session_factory(engine)).book(_plan(note=big_note))
    _assert_own_message(caught.value, service_errors.DatabaseFull)


def test_a_read_only_database_says_read_only(log_file: Path) -> None:
    engine = create_store_engine(f"sqlite:///file:{log_file}?mode=ro&uri=true")
    try:
        with pytest.raises(service_errors.DatabaseReadOnly) as caught:
            _service(make_session_factory(engine)).book(_plan())
    finally:
        engine.dispose()
    _assert_own_message(caught.value, service_errors.DatabaseReadOnly)


def test_text_the_database_cannot_store_says_so(engine: Engine) -> None:
    with pytest.raises(service_errors.UnsavableText) as caught:
        _service(make_session_factory(engine)).book(_plan(name="Kim \ud800 Test"))
    _assert_own_message(caught.value, service_errors.UnsavableText)


def _corrupt(path: Path) -> None:
    """Overwrite the middle of every page after the first two with garbage, and its b-tree
    page type with one that does not exist.

    Garbage alone can happen to read as a record (a text too long, a date that does not parse)
    instead of as damage, depending on which pages a statement reads; SQLite checks the type of
    every b-tree page it loads, so this damage is always found, as corruption.
    """
    checkpoint = create_store_engine(f"sqlite:///{path}")
    with checkpoint.connect() as connection:
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))  # every page in the file
        page_size = connection.execute(text("PRAGMA page_size")).scalar_one()
    checkpoint.dispose()
    data = bytearray(path.read_bytes())
    for start in range(2 * page_size, len(data), page_size):
        data[start + 8 : start + page_size // 2] = os.urandom(page_size // 2 - 8)
        data[start] = 0x00  # b-tree pages are 0x02, 0x05, 0x0A or 0x0D
    path.write_bytes(bytes(data))


def test_corrupt_pages_say_corrupt(log_file: Path) -> None:
    _corrupt(log_file)
    engine = create_store_engine(f"sqlite:///{log_file}")
    try:
        with pytest.raises(service_errors.DatabaseCorrupt) as caught:
            service = _service(make_session_factory(engine))
            service.overview()
            service.book(_plan())
    finally:
        engine.dispose()
    _assert_own_message(caught.value, service_errors.DatabaseCorrupt)


def test_every_fault_has_its_own_message() -> None:
    kinds = (
        service_errors.DatabaseLocked,
        service_errors.DatabaseFull,
        service_errors.DatabaseCorrupt,
        service_errors.DatabaseReadOnly,
        service_errors.UnsavableText,
        service_errors.DatabaseUnavailable,
    )
    assert len({user_message(kind()) for kind in kinds}) == len(kinds)


def _check(home: Path) -> subprocess.CompletedProcess[str]:
    env = os.environ | {
        "VARDMOTE_HOME": str(home),
        "VARDMOTE_SITE_DEFAULTS": str(home / "no-site-defaults.json"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    options = ("--check", "--profile", "kalmar", "--unit", "HC Torsås")
    return subprocess.run(
        [sys.executable, "-m", "vardmote_desktop", *options],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_check_reports_a_file_with_corrupt_pages(tmp_path: Path) -> None:
    home = tmp_path / "home"
    sound = _check(home)
    assert sound.returncode == 0, sound.stderr
    assert sound.stdout.startswith("ok:")
    path = home / "data" / "vardmote.db"
    engine = create_store_engine(f"sqlite:///{path}")
    _service(make_session_factory(engine)).book(_plan())
    engine.dispose()
    _corrupt(path)
    damaged = _check(home)
    assert damaged.returncode == 1
    assert "databasfilen är skadad" in damaged.stderr
    assert not damaged.stdout.startswith("ok:")


def test_postgresql_faults_get_the_same_messages(postgres: PostgresServer) -> None:
    with postgres.connect() as admin:
        admin.execute('DROP DATABASE IF EXISTS "faults"')
        admin.execute('CREATE DATABASE "faults"')
    url = postgres.database_url("faults")
    engine = create_store_engine(url)
    try:
        upgrade_to_head(engine)
        service = _service(make_session_factory(engine))
        with pytest.raises(service_errors.UnsavableText) as bad_text:
            service.book(_plan(name="Kim \x00 Test"))  # PostgreSQL text holds no NUL
        _assert_own_message(bad_text.value, service_errors.UnsavableText)
    finally:
        engine.dispose()
    with postgres.connect() as admin:  # a standby, or a DBA's read-only switch
        admin.execute('ALTER DATABASE "faults" SET default_transaction_read_only = on')
    engine = create_store_engine(url)
    try:
        with pytest.raises(service_errors.DatabaseReadOnly) as read_only:
            _service(make_session_factory(engine)).book(_plan())
        _assert_own_message(read_only.value, service_errors.DatabaseReadOnly)
    finally:
        engine.dispose()


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port where connections are accepted and never answered: a stuck proxy, a half-dead
    server. The kernel completes the handshake, so only a timeout of the client ends it."""
    listener = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                held.append(listener.accept()[0])
            except OSError:  # closed by the test's end
                return

    threading.Thread(target=accept, daemon=True).start()
    try:
        yield listener.getsockname()[1]
    finally:
        listener.close()
        for connection in held:
            connection.close()


def test_a_shared_server_that_never_answers_says_so_instead_of_hanging(
    silent_server: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before, libpq waited for the answer without end: every worker of every PC on that
    # log hung, and the window stayed at "öppnar mötesloggen…".
    monkeypatch.setattr(store_engine, "PG_CONNECT_TIMEOUT_S", 2)  # the real one is 10 s
    engine = create_store_engine(f"postgresql+psycopg://vardmote@127.0.0.1:{silent_server}/log")
    outcome: list[BaseException] = []

    def book() -> None:
        try:
            _service(make_session_factory(engine)).book(_plan())
        except BaseException as exc:  # handed to the test's thread
            outcome.append(exc)

    worker = threading.Thread(target=book, daemon=True)
    worker.start()
    worker.join(timeout=60)  # a liveness bound, not a measurement: it must end at all
    engine.dispose()
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], service_errors.DatabaseUnavailable)
    assert "Kontrollera adressen" in user_message(outcome[0])


def test_the_urls_own_connection_limits_are_kept() -> None:
    # IT may set a longer wait for a distant server in the URL; the default only fills in.
    url = "postgresql+psycopg://vardmote@db.example.se/log?connect_timeout=30"
    sent: list[dict[str, Any]] = []
    engine = create_store_engine(url)

    @event.listens_for(engine, "do_connect")
    def capture(_dialect: Any, _record: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
        sent.append(dict(cparams))
        raise ConnectionAbortedError("captured, not connected")

    with pytest.raises(Exception, match="captured"):
        engine.connect()
    engine.dispose()
    assert sent[0]["connect_timeout"] == "30"
    assert sent[0]["keepalives"] == 1 and sent[0]["keepalives_idle"] == 30


def _rooms(factory: sessionmaker[Session]) -> RoomService:
    return RoomService(factory, *_site(), lambda: START)


@pytest.fixture
def shared_pg(postgres: PostgresServer) -> str:
    postgres.reset()
    engine = create_store_engine(postgres.url)
    try:
        upgrade_to_head(engine)
        _rooms(make_session_factory(engine)).reserve_name()  # the unit's counter row exists
    finally:
        engine.dispose()
    return postgres.url


HOLD_THE_COUNTER = "UPDATE units SET next_room_number = next_room_number"


def test_a_lock_held_by_a_stalled_pc_says_busy_instead_of_waiting(
    shared_pg: str, postgres: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another PC's transaction holds the unit's room counter and goes no further. Before,
    # reserving a room name here waited for it without end.
    monkeypatch.setattr(store_engine, "PG_LOCK_TIMEOUT_MS", 500)
    engine = create_store_engine(shared_pg)
    with postgres.connect(DATABASE_NAME) as stalled:  # autocommit: begun by hand
        stalled.execute("BEGIN")
        stalled.execute(HOLD_THE_COUNTER)
        try:
            with pytest.raises(service_errors.DatabaseLocked) as caught:
                _rooms(make_session_factory(engine)).reserve_name()
        finally:
            stalled.execute("ROLLBACK")
            engine.dispose()
    _assert_own_message(caught.value, service_errors.DatabaseLocked)


def test_a_pc_of_ours_stalled_inside_a_transaction_lets_the_others_go_on(
    shared_pg: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # This PC froze (or lost its network) in the middle of a write: the server ends its
    # session, and the lock it held goes with it, long before the server's keepalive would.
    monkeypatch.setattr(store_engine, "PG_IDLE_IN_TRANSACTION_MS", 500)
    frozen = create_store_engine(shared_pg)
    monkeypatch.setattr(store_engine, "PG_LOCK_TIMEOUT_MS", 20_000)
    other = create_store_engine(shared_pg)
    held = frozen.raw_connection()  # the driver begins the transaction with the UPDATE
    try:
        held.cursor().execute(HOLD_THE_COUNTER)
        reserved = _rooms(make_session_factory(other)).reserve_name()  # not DatabaseLocked
        assert reserved.number == 2
    finally:
        held.invalidate()  # its session was ended by the server: not back into the pool
        frozen.dispose()
        other.dispose()
