"""Engine set-up: SQLite pragmas and folders, PostgreSQL driver choice, session factory."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from tests.store.builders import meeting
from vardmote_desktop.store.engine import (
    BUSY_TIMEOUT_MS,
    create_store_engine,
    default_sqlite_url,
)
from vardmote_desktop.store.units import get_or_create_unit


def test_sqlite_file_gets_its_folder_and_pragmas(tmp_path: Path) -> None:
    url = default_sqlite_url(tmp_path / "nested" / "data")
    engine = create_store_engine(url)
    try:
        with engine.connect() as connection:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS
            assert pragma("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()
    assert (tmp_path / "nested" / "data" / "vardmote.db").is_file()


def test_default_sqlite_url_points_into_the_data_folder(tmp_path: Path) -> None:
    url = default_sqlite_url(tmp_path)
    assert url.startswith("sqlite:///")
    assert url.endswith("vardmote.db")


def test_plain_postgresql_url_uses_psycopg3() -> None:
    engine = create_store_engine("postgresql://user@db.example/vardmote")
    try:
        assert engine.dialect.driver == "psycopg"
    finally:
        engine.dispose()


def test_unsupported_backend_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported"):
        create_store_engine("mysql://user@db.example/vardmote")


def test_objects_stay_readable_after_commit(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as session:
        unit = get_or_create_unit(session, "HC Torsås")
        booked = meeting(unit)
        session.add(booked)
        session.commit()
    # expire_on_commit=False: the UI shows what was just committed without a new query.
    assert booked.organiser == "Anna Andersson"
    assert booked.id is not None
