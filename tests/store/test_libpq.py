"""The few libpq calls the first list makes on a unit's shared log (store/libpq.py), against
the real test cluster: text values as the server prints them, NULL apart from an empty text,
the server's own error words, and a missing or broken library reported, never a crash."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.postgres import DATABASE_NAME, PostgresServer
from vardmote_desktop.store.libpq import Connection, Libpq, LibpqError, bundled_library, library


@pytest.fixture
def connection(postgres_server: PostgresServer) -> Iterator[Connection]:
    library = bundled_library()
    assert library is not None, "psycopg's binary wheel ships libpq; the project depends on it"
    opened = Libpq(library).connect(
        {
            "dbname": f"postgresql://postgres@127.0.0.1:{postgres_server.port}/{DATABASE_NAME}",
            "client_encoding": "UTF8",
        }
    )
    assert opened.ok, opened.error
    try:
        yield opened
    finally:
        opened.close()


@pytest.mark.postgres
def test_rows_come_back_as_the_servers_text(connection: Connection) -> None:
    connection.command("SET TimeZone = 'UTC'; SET DateStyle = 'ISO'")
    rows = connection.rows(
        "SELECT $1::INTEGER + 1, $2::text, NULL::text, true, false, "
        "$3::TIMESTAMP WITH TIME ZONE, 'Växjö'",
        ["41", "", "2026-12-01T09:30:00.250000+01:00"],
    )
    assert rows == [("42", "", None, "t", "f", "2026-12-01 08:30:00.25+00", "Växjö")]
    assert connection.rows("SELECT 1 WHERE false", []) == []


@pytest.mark.postgres
def test_a_failed_statement_says_what_the_server_said(connection: Connection) -> None:
    with pytest.raises(LibpqError, match="no_such_table"):
        connection.rows("SELECT * FROM no_such_table", [])
    connection.command("ROLLBACK")  # outside a transaction: a warning, not an error
    assert connection.rows("SELECT 'still here'", []) == [("still here",)]


def test_a_server_that_refuses_is_a_failed_connection_with_its_reason(tmp_path: Path) -> None:
    library = bundled_library()
    assert library is not None
    refused = Libpq(library).connect(
        {"dbname": f"host={tmp_path} dbname=vardmote", "connect_timeout": "2"}
    )
    try:
        assert not refused.ok and not refused.needs_password
        assert f'socket "{tmp_path}/.s.PGSQL.5432" failed' in refused.error
    finally:
        refused.close()


def test_no_library_where_none_is_shipped(tmp_path: Path) -> None:
    assert bundled_library([tmp_path]) is None
    (tmp_path / "libpq-0a1b2c3d.so.5.18").write_bytes(b"not a library")
    found = bundled_library([tmp_path / "elsewhere", tmp_path])
    assert found == tmp_path / "libpq-0a1b2c3d.so.5.18"
    with pytest.raises(LibpqError, match="not loadable"):
        Libpq(found)


@pytest.mark.postgres
def test_the_systems_libpq_serves_where_psycopg_ships_none(
    postgres_server: PostgresServer,
) -> None:
    """psycopg's pure-Python build has no libpq of its own; the system's is found instead."""
    import ctypes.util

    system = ctypes.util.find_library("pq")
    if system is None:
        pytest.skip("no system libpq on this machine")
    assert library() == str(bundled_library())  # the wheel's own comes first
    opened = Libpq(system).connect(
        {"dbname": f"postgresql://postgres@127.0.0.1:{postgres_server.port}/{DATABASE_NAME}"}
    )
    try:
        assert opened.ok, opened.error
        assert opened.rows("SELECT current_database()", []) == [(DATABASE_NAME,)]
    finally:
        opened.close()
