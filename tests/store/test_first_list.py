"""The first list read through the bare driver is the overview the services give (issue 14).

store/first_list.py replays store/meetings.group_statement's compiled SQL through sqlite3,
sqlcipher3 or psycopg before SQLAlchemy is imported. These tests hold it to that: the written
statements are the ones the code builds today, the rows are the overview's rows on random
meetings on both databases, and any log it cannot read exactly gives None (the full opening
then decides), never a wrong list.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import keyring
import pytest
import sqlalchemy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from tests.helpers.colleague import run_colleague
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.postgres import DATABASE_NAME, PostgresServer
from tests.store.builders import NOW
from tests.store.test_attention_agreement import _PLAN, Plan, _store
from vardmote_desktop.app import create_log_engine
from vardmote_desktop.config.paths import AppPaths
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.platforms.credentials import CredentialStore
from vardmote_desktop.services.first_list import first_overview
from vardmote_desktop.services.list_rows import Overview
from vardmote_desktop.services.meetings import MeetingService
from vardmote_desktop.store import first_list_gen
from vardmote_desktop.store.first_list import COMPILED, ListColumns
from vardmote_desktop.store.meetings import ROW_COLUMNS
from vardmote_desktop.store.migrate import head_revision, upgrade_to_head
from vardmote_desktop.store.urls import DATABASE_PLATFORM, server_address

PROFILE = load_profiles()["kalmar"]


def _settings(url: str, hours: int = 24) -> Settings:
    return Settings(
        profile="kalmar", unit="HC Torsås", database=url, unconfirmed_warning_hours=hours
    )


@pytest.mark.skipif(
    sqlalchemy.__version__ != COMPILED["sqlalchemy"],
    reason="the statements were compiled by another SQLAlchemy; the equality tests still run",
)
def test_the_written_statements_are_the_ones_the_code_builds() -> None:
    assert first_list_gen.render() == COMPILED, (
        "run: python -m vardmote_desktop.store.first_list_gen"
    )
    assert head_revision() == COMPILED["revision"]


def test_the_row_shape_names_the_repositorys_columns() -> None:
    assert ListColumns._fields == tuple(c.key for c in ROW_COLUMNS)
    assert tuple(name for name, _kind in COMPILED["columns"]) == ListColumns._fields


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    plans=st.lists(_PLAN, min_size=1, max_size=8),
    hours=st.sampled_from([0, 6, 24, 48]),
    limit=st.sampled_from([1, 3, 200]),
)
def test_the_bare_read_gives_the_services_overview(
    store_url: str,
    session_factory: sessionmaker[Session],
    tmp_path: Path,
    plans: list[Plan],
    hours: int,
    limit: int,
) -> None:
    with session_factory() as session:
        _store(session, plans)
    current = _settings(store_url, hours)
    service = MeetingService(session_factory, current, PROFILE, lambda: NOW)
    quick = first_overview(current, PROFILE, tmp_path, clock=lambda: NOW, limit=limit)
    assert quick == service.overview(limit=limit)


def test_nothing_of_sqlalchemy_is_imported(engine: object, store_url: str, tmp_path: Path) -> None:
    """In a fresh interpreter, as at a start: the list comes without SQLAlchemy or Alembic,
    without psycopg (libpq directly), and without the keyring where the log needs no key and
    the server no password from it."""
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from vardmote_desktop.config.profiles import load_profiles\n"
        "from vardmote_desktop.config.settings import Settings\n"
        "from vardmote_desktop.services.first_list import first_overview\n"
        f"settings = Settings(profile='kalmar', unit='HC Torsås', database={store_url!r})\n"
        f"found = first_overview(settings, load_profiles()['kalmar'], Path({str(tmp_path)!r}))\n"
        "heavy = {'sqlalchemy', 'alembic', 'keyring', 'psycopg'}\n"
        "loaded = sorted({m.split('.')[0] for m in sys.modules} & heavy)\n"
        "print(json.dumps({'read': found is not None, 'loaded': loaded}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert json.loads(done.stdout.splitlines()[-1]) == {"read": True, "loaded": []}


def test_no_log_yet_waits_for_the_full_opening(tmp_path: Path) -> None:
    missing = f"sqlite:///{tmp_path / 'none' / 'vardmote.db'}"
    assert first_overview(_settings(missing), PROFILE, tmp_path) is None
    assert not (tmp_path / "none").exists()  # and nothing was created on the way
    assert first_overview(replace(_settings(missing), database=None), PROFILE, tmp_path) is None


def test_a_log_at_another_revision_waits_for_the_full_opening(
    engine: object, store_url: str, tmp_path: Path
) -> None:
    assert first_overview(_settings(store_url), PROFILE, tmp_path) is not None
    upgrade_engine = create_log_engine(_settings(store_url), _paths(tmp_path))
    try:
        with upgrade_engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '0012'"))
        assert first_overview(_settings(store_url), PROFILE, tmp_path) is None  # to migrate
        with upgrade_engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        assert first_overview(_settings(store_url), PROFILE, tmp_path) is None  # newer release
    finally:
        upgrade_engine.dispose()


def test_an_encrypted_log_is_read_with_the_key_from_the_keyring(tmp_path: Path) -> None:
    paths = _paths(tmp_path)
    encrypted = Settings(profile="kalmar", unit="HC Torsås")  # the default log, encrypted
    engine = create_log_engine(encrypted, paths)
    try:
        upgrade_to_head(engine)
    finally:
        engine.dispose()
    database = paths.data_dir / "vardmote.db"
    with pytest.raises(sqlite3.DatabaseError), closing(sqlite3.connect(database)) as plain:
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    found = first_overview(encrypted, PROFILE, paths.data_dir)
    assert found is not None and found.needs_action == found.upcoming == found.past == ()
    # Without its key the quick way gives up; the full opening says why (LogKeyMissing).
    keyring.get_keyring().passwords.clear()  # type: ignore[attr-defined]
    assert first_overview(encrypted, PROFILE, paths.data_dir) is None


def test_a_plain_log_the_site_requires_encrypted_is_left_to_the_full_opening(
    tmp_path: Path,
) -> None:
    paths = _paths(tmp_path)
    plain = Settings(profile="kalmar", unit="HC Torsås", log_encryption="none")
    engine = create_log_engine(plain, paths)
    try:
        upgrade_to_head(engine)
    finally:
        engine.dispose()
    assert first_overview(plain, PROFILE, paths.data_dir) is not None
    required = replace(plain, log_encryption="required")
    assert first_overview(required, PROFILE, paths.data_dir) is None


def test_a_server_that_does_not_answer_gives_none_at_once(tmp_path: Path) -> None:
    with closing(__import__("socket").socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # bound, never listening: refused at once
        url = f"postgresql+psycopg://nobody@127.0.0.1:{port}/vardmote"
        assert first_overview(_settings(url), PROFILE, tmp_path) is None


@pytest.mark.postgres
@pytest.mark.parametrize("store_url", ["postgresql"], indirect=True)
def test_a_server_password_is_taken_from_the_keyring_only_when_asked(
    engine: object,
    store_url: str,
    postgres_server: PostgresServer,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    """A unit PC whose server wants a password kept in the keyring (store-credential)."""
    postgres_server.require_password("unitpc", "hemligt-lösen")
    try:
        with postgres_server.connect(DATABASE_NAME) as admin:
            admin.execute("GRANT USAGE ON SCHEMA public TO unitpc")
            admin.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO unitpc")
        url = f"postgresql+psycopg://unitpc@127.0.0.1:{postgres_server.port}/{DATABASE_NAME}"
        assert first_overview(_settings(url), PROFILE, tmp_path) is None  # not in the keyring
        address = server_address(url)
        assert address is not None
        CredentialStore().set_password(DATABASE_PLATFORM, address.account, "hemligt-lösen")
        assert first_overview(_settings(url), PROFILE, tmp_path) == Overview((), (), ())
    finally:
        postgres_server.require_password("unitpc", "", on=False)


def _paths(root: Path) -> AppPaths:
    return AppPaths(root / "config", root / "data", root / "logs")


def test_a_colleagues_booking_and_cancelling_reach_the_first_list(
    engine: object, store_url: str, tmp_path: Path
) -> None:
    """Several PCs, one log: another OS process books and cancels; this PC's first list, read
    through the bare driver, follows exactly as the services' overview does."""
    booked = int(run_colleague(store_url, "book"))
    current = _settings(store_url)
    first = first_overview(current, PROFILE, tmp_path)
    assert first is not None and booked in [row.id for row in first.upcoming]
    run_colleague(store_url, "cancel", str(booked))
    after = first_overview(current, PROFILE, tmp_path)
    assert after is not None and booked not in [row.id for row in after.upcoming]
    assert booked in [row.id for row in after.past]


@pytest.mark.postgres
@pytest.mark.parametrize("store_url", ["postgresql"], indirect=True)
def test_a_locked_shared_log_gives_up_at_the_deadline(
    engine: object, store_url: str, postgres_server: PostgresServer, tmp_path: Path
) -> None:
    """Another PC holds the summaries locked (a migration, say): the first list must not wait
    for it, since the full opening waits behind it and explains the lock itself."""
    with postgres_server.connect(DATABASE_NAME) as other_pc, other_pc.transaction():
        other_pc.execute("LOCK TABLE meeting_summaries IN ACCESS EXCLUSIVE MODE")
        assert first_overview(_settings(store_url), PROFILE, tmp_path) is None
    assert first_overview(_settings(store_url), PROFILE, tmp_path) is not None
