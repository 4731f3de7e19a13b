"""The main window's first list through the bare database driver, before SQLAlchemy loads.

Staff open the app many times a day and look first at *Behöver åtgärd*. Importing SQLAlchemy
costs a third of a second, longer than the whole window; the list itself is three indexed
statements of a few milliseconds (issue 14). So the first list replays those statements,
compiled once from store/meetings.group_statement into resources/sql/first_list.json, through
sqlite3, sqlcipher3 or libpq itself (store/libpq.py: psycopg's import alone costs more than the
window), and decodes the columns as the models' types do.

Only a log at exactly the schema the statements were written for is read; anything else
(a log to migrate, a newer release's log, no file yet, a server that does not answer at once)
returns None and the list waits for the full opening, which also explains any fault.
"""

from __future__ import annotations

import importlib
import json
import logging
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from vardmote_desktop.config.paths import resources_dir
from vardmote_desktop.store.urls import ServerAddress

if TYPE_CHECKING:
    from vardmote_desktop.store.libpq import Connection as LibpqConnection
    from vardmote_desktop.store.libpq import Libpq

log = logging.getLogger(__name__)

# Written by store/first_list_gen.py (tests/store/test_first_list.py keeps it current).
COMPILED: dict[str, Any] = json.loads(
    (resources_dir() / "sql" / "first_list.json").read_text(encoding="utf-8")
)

_REVISION = "SELECT version_num FROM alembic_version"
BUSY_TIMEOUT_MS = 2000  # a colleague's write holding the file: wait a little, not long
CONNECT_TIMEOUT_S = 2  # a server that does not answer at once: the full opening explains it
STATEMENT_TIMEOUT_MS = 3000  # the three statements take tens of milliseconds at a million


class ListColumns(NamedTuple):
    """One list row as store.meetings.ROW_COLUMNS names its columns (a test checks them)."""

    id: int
    meeting_type: Any
    mode: Any
    status: Any
    starts_at: datetime
    duration_minutes: int
    room_name: str | None
    room_state: Any
    recipients_total: int
    recipients_confirmed: int
    unconfirmed: bool
    ends_at: datetime | None
    room_cleanup: str | None
    room_cleanup_reason: str | None
    room_call: str | None
    resend: bool


@dataclass(frozen=True)
class LocalLog:
    """The SQLite log file; `key` (as the keyring holds it) when the file is encrypted."""

    path: Path
    key: str | None = None


@dataclass(frozen=True)
class ServerLog:
    """A unit's shared log on PostgreSQL; `password` is asked only when the server wants one
    that libpq's own sources (the URL, a passfile, a service) did not give."""

    address: ServerAddress
    password: Callable[[], str | None] | None = None


@dataclass(frozen=True)
class FirstGroups:
    """*Behöver åtgärd*, *Kommande*, *Tidigare*: rows as ListColumns."""

    needs_action: list[ListColumns]
    upcoming: list[ListColumns]
    past: list[ListColumns]


def read_groups(
    source: LocalLog | ServerLog, now: datetime, soon: datetime, limit: int
) -> FirstGroups | None:
    """The three groups at `now` (`soon`: now + the unconfirmed warning hours), or None when
    this log cannot be read the bare way (see the module's docstring)."""
    if isinstance(source, LocalLog):
        return _read_local(source, now, soon, limit)
    return _read_server(source, now, soon, limit)


def _read_local(source: LocalLog, now: datetime, soon: datetime, limit: int) -> FirstGroups | None:
    connection = _open_local(source)
    if connection is None:
        return None
    runtime = {"now": _sqlite_time(now), "soon": _sqlite_time(soon), "limit": limit}
    with closing(connection):
        if _local_revision(connection) != COMPILED["revision"]:
            return None  # to be migrated, or a newer release's: the full opening decides
        groups = [
            [
                _decode(found)
                for found in connection.execute(sql, _values(parameters, runtime)).fetchall()
            ]
            for _group, sql, parameters in COMPILED["statements"]["sqlite"]
        ]
        connection.rollback()  # read only; end the transaction the driver opened
    return FirstGroups(*groups)


def _open_local(source: LocalLog) -> Any | None:
    try:
        if source.path.stat().st_size == 0:
            return None  # no log yet: the full opening creates it
    except OSError:
        return None
    if source.key is not None:
        from vardmote_desktop.store.encryption import connect_encrypted

        connection = connect_encrypted(source.path, source.key)
    else:
        import sqlite3

        connection = sqlite3.connect(str(source.path), timeout=BUSY_TIMEOUT_MS / 1000)
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return connection


def _local_revision(connection: Any) -> str | None:
    try:
        row = connection.execute(_REVISION).fetchone()
    except Exception:
        connection.rollback()
        return None
    return None if row is None else str(row[0])


def _read_server(
    source: ServerLog, now: datetime, soon: datetime, limit: int
) -> FirstGroups | None:
    from vardmote_desktop.store.libpq import Libpq, LibpqError, library

    found = library()
    if found is None:
        return None  # no libpq at all: the full opening (psycopg) says what is missing
    connection = _connect(Libpq(found), source)
    if connection is None:
        return None
    runtime = {"now": _server_time(now), "soon": _server_time(soon), "limit": str(limit)}
    try:
        # One snapshot for the three groups, read only; a deadline, since the full opening
        # waits behind this read; times printed as ISO UTC for _server_value.
        connection.command(
            "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; "
            f"SET LOCAL statement_timeout = {STATEMENT_TIMEOUT_MS}; "
            "SET LOCAL DateStyle = 'ISO'; SET LOCAL TimeZone = 'UTC'"
        )
        try:
            revision = connection.rows(_REVISION, ())
        except LibpqError:
            return None  # no alembic_version: not a log the statements were written for
        if [found[0] for found in revision[:1]] != [COMPILED["revision"]]:
            return None  # to be migrated, or a newer release's: the full opening decides
        groups = [
            [
                _decode(_server_row(found))
                for found in connection.rows(sql, _texts(_values(parameters, runtime)))
            ]
            for _group, sql, parameters in COMPILED["statements"]["postgresql"]
        ]
    finally:
        connection.close()  # the read-only transaction ends with the session
    return FirstGroups(*groups)


def _connect(library: Libpq, source: ServerLog) -> LibpqConnection | None:
    from vardmote_desktop.store.libpq import LibpqError

    settings = {
        "dbname": source.address.conninfo,  # expanded by libpq; the keywords after it win
        "connect_timeout": str(CONNECT_TIMEOUT_S),
        "client_encoding": "UTF8",
    }
    connection = library.connect(settings)
    if not connection.ok and connection.needs_password and source.password is not None:
        # Asking the keyring first would cost its import and backend search (a fifth of a
        # second) on every start, for the servers that let us in without it too.
        connection.close()
        password = source.password()
        if password is None:
            return None  # the full opening says what is missing
        connection = library.connect({**settings, "password": password})
    if not connection.ok:
        error = connection.error
        connection.close()
        raise LibpqError(error)
    return connection


def _values(parameters: Sequence[Any], runtime: dict[str, Any]) -> tuple[Any, ...]:
    """The statement's parameters in order: a runtime one by name, a constant as stored."""
    return tuple(runtime[p] if isinstance(p, str) else p[1] for p in parameters)


def _texts(values: Sequence[Any]) -> list[str | None]:
    """Parameters as libpq's text input; the statements cast them ($1::INTEGER, …)."""
    return [
        None if v is None else ("true" if v else "false") if isinstance(v, bool) else str(v)
        for v in values
    ]


def _server_time(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _sqlite_time(moment: datetime) -> str:
    """A UTC time as SQLAlchemy stores it in SQLite (store/columns.UTCDateTime, naive UTC)."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _read_time(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):  # SQLite: naive UTC text
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    moment: datetime = value
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _enum(path: str) -> Callable[[Any], Any]:
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


def _reader(kind: str) -> Callable[[Any], Any]:
    if kind == "datetime":
        return _read_time
    if kind == "bool":
        return bool
    if kind.startswith("enum:"):
        return _enum(kind.removeprefix("enum:"))
    return lambda value: value  # int and str come back as they are


_READERS = tuple(_reader(kind) for _name, kind in COMPILED["columns"])


def _server_value(kind: str) -> Callable[[str], Any]:
    """libpq's text (ISO dates in UTC, "t"/"f") as the typed value the SQLite driver gives."""
    if kind == "int":
        return int
    if kind == "bool":
        return lambda text: text == "t"
    if kind == "datetime":
        return datetime.fromisoformat
    return lambda text: text  # str, and enums by their stored value


_SERVER_VALUES = tuple(_server_value(kind) for _name, kind in COMPILED["columns"])


def _server_row(row: Sequence[str | None]) -> tuple[Any, ...]:
    return tuple(
        None if text is None else read(text) for read, text in zip(_SERVER_VALUES, row, strict=True)
    )


def _decode(row: Sequence[Any]) -> ListColumns:
    values: list[Any] = [
        None if value is None else read(value) for read, value in zip(_READERS, row, strict=True)
    ]
    return ListColumns(*values)
