"""Store fixtures: every test runs on a fresh SQLite file and on a throwaway PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from tests.helpers.postgres import PostgresServer, pg_bin_or_skip
from vardmote_desktop.store.engine import (
    create_store_engine,
    default_sqlite_url,
    make_session_factory,
)
from vardmote_desktop.store.migrate import upgrade_to_head

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One cluster for the whole run (about a second to start); skipped without binaries."""
    server = PostgresServer(pg_bin_or_skip())
    with server:
        yield server


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database: a new SQLite file, or the PostgreSQL test database wiped clean."""
    if request.param == "sqlite":
        return default_sqlite_url(tmp_path / "data")
    server: PostgresServer = request.getfixturevalue("postgres_server")
    server.reset()
    return server.url


@pytest.fixture
def empty_engine(store_url: str) -> Iterator[Engine]:
    """An engine on the empty database, disposed afterwards (no leaked connections)."""
    engine = create_store_engine(store_url)
    yield engine
    engine.dispose()


@pytest.fixture
def engine(empty_engine: Engine) -> Engine:
    """An engine on a database migrated to head."""
    upgrade_to_head(empty_engine)
    return empty_engine


@pytest.fixture
def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions on the migrated database."""
    return make_session_factory(engine)


@pytest.fixture
def session(session_factory: sessionmaker[Session]) -> Iterator[Session]:
    """One session, closed afterwards; tests commit when they need to."""
    with session_factory() as opened:
        yield opened
