"""`vardmote-desktop migrate [--sql]` as a real subprocess, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, make_url, text

from tests.helpers.future_migrations import (
    CONTRACT_SCRIPT,
    EXPAND_SCRIPT,
    migrate_as_release,
    scripts_with,
)
from tests.helpers.postgres import PostgresServer
from tests.store.test_summary_migrations import _upgrade_to
from tests.test_commands import RUN_MAIN
from vardmote_desktop.store.engine import create_store_engine
from vardmote_desktop.store.migrate import (
    MIGRATION_LOCK_KEY,
    current_revision,
    head_revision,
    upgrade_to_head,
)
from vardmote_desktop.store.schema_compat import read_compat

HEAD = head_revision()


def _vardmote(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", RUN_MAIN, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_migrate_upgrades_and_says_what_it_did(empty_engine: Engine, store_url: str) -> None:
    _upgrade_to(empty_engine, "0005")
    label = "SQLite" if empty_engine.dialect.name == "sqlite" else "PostgreSQL"

    done = _vardmote("migrate", "--database", store_url)

    assert done.returncode == 0, done.stderr
    assert f"uppgraderad från 0005 till {HEAD}" in done.stdout
    assert done.stdout.startswith(f"{label}: ")
    assert ("Säkerhetskopia:" in done.stdout) == (label == "SQLite")
    assert current_revision(empty_engine) == HEAD
    again = _vardmote("migrate", "--database", store_url)
    assert again.returncode == 0, again.stderr
    assert f"redan på version {HEAD}" in again.stdout


def test_migrate_reads_the_database_from_the_settings_like_check(
    empty_engine: Engine, store_url: str
) -> None:
    done = _vardmote("migrate", env={"VARDMOTE_DATABASE": store_url})
    assert done.returncode == 0, done.stderr
    assert f"uppgraderad från tom databas till {HEAD}" in done.stdout
    assert current_revision(empty_engine) == HEAD


def test_migrate_refuses_a_log_this_release_cannot_use(
    engine: Engine, store_url: str, tmp_path: Path
) -> None:
    migrate_as_release(engine, scripts_with(tmp_path, EXPAND_SCRIPT, CONTRACT_SCRIPT), "9.2.0")
    done = _vardmote("migrate", "--database", store_url)
    assert done.returncode == 1
    assert "nyare version av programmet; version 9.2.0 eller senare behövs" in done.stderr


def test_migrate_leaves_a_newer_usable_log_alone(
    engine: Engine, store_url: str, tmp_path: Path
) -> None:
    migrate_as_release(engine, scripts_with(tmp_path, EXPAND_SCRIPT), "9.1.0")
    before = current_revision(engine)
    done = _vardmote("migrate", "--database", store_url)
    assert done.returncode == 0, done.stderr
    assert "som den här versionen kan använda. Inget ändrades." in done.stdout
    assert current_revision(engine) == before


@contextmanager
def _lock_held(engine: Engine) -> Iterator[None]:
    if engine.dialect.name == "sqlite":
        assert engine.url.database is not None
        with closing(sqlite3.connect(engine.url.database, isolation_level=None)) as other:
            other.execute("BEGIN IMMEDIATE")
            yield
        return
    with engine.connect() as other:
        other.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        yield
        other.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK_KEY})


def test_migrate_gives_up_waiting_with_a_clear_message(
    empty_engine: Engine, store_url: str
) -> None:
    _upgrade_to(empty_engine, "0005")
    with _lock_held(empty_engine):
        done = _vardmote("migrate", "--database", store_url, "--wait", "1")
    assert done.returncode == 1
    assert "uppgraderas av en annan dator – försök igen om en stund" in done.stderr
    assert current_revision(empty_engine) == "0005"


@pytest.fixture
def postgres_engine(postgres_server: PostgresServer) -> Iterator[Engine]:
    """An engine on the PostgreSQL test database wiped clean (this test is PostgreSQL only)."""
    postgres_server.reset()
    engine = create_store_engine(postgres_server.url)
    yield engine
    engine.dispose()


@pytest.mark.postgres
def test_migrate_sql_prints_a_script_a_dba_can_run(
    postgres_engine: Engine, postgres_server: PostgresServer
) -> None:
    empty_engine, store_url = postgres_engine, postgres_server.url
    _upgrade_to(empty_engine, "0005")
    # A password in the address must not reach the output (trust auth ignores it).
    with_password = make_url(store_url).set(password="hemligt-lösen")
    address = with_password.render_as_string(hide_password=False)

    done = _vardmote("migrate", "--sql", "--database", address)

    assert done.returncode == 0, done.stderr
    assert "hemligt" not in done.stdout + done.stderr
    assert f"pg_advisory_xact_lock({MIGRATION_LOCK_KEY})" in done.stdout
    assert current_revision(empty_engine) == "0005"  # printed, not run
    script = Path(str(postgres_server.bin_dir / "psql"))
    ran = subprocess.run(
        [str(script), "-v", "ON_ERROR_STOP=1", "-q", "-h", "127.0.0.1",
         "-p", str(postgres_server.port), "-U", "postgres", "-d", str(empty_engine.url.database)],
        input=done.stdout, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    assert current_revision(empty_engine) == HEAD
    with empty_engine.connect() as connection:
        compat = read_compat(connection)
    assert compat is not None and compat.revision == HEAD
    assert not upgrade_to_head(empty_engine).upgraded
    again = _vardmote("migrate", "--sql", "--database", store_url)
    assert again.returncode == 0 and f"redan på version {HEAD}. Ingen SQL behövs." in again.stdout


def test_migrate_sql_says_when_it_cannot(empty_engine: Engine, store_url: str) -> None:
    # SQLite: not at all; PostgreSQL: not from an empty log (0002 reads the rows it fills from).
    done = _vardmote("migrate", "--sql", "--database", store_url)
    assert done.returncode == 2
    assert "SQL kan inte skrivas i förväg" in done.stderr
    assert "Kör vardmote-desktop migrate utan --sql." in done.stderr
    assert current_revision(empty_engine) is None
