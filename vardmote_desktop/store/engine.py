"""Database engines and sessions: a local SQLite file by default, PostgreSQL for a shared log."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from vardmote_desktop.store.listeners import OnCommit, attach
from vardmote_desktop.store.urls import SQLITE_FILE_NAME

BUSY_TIMEOUT_MS = 5000
# A shared PostgreSQL server that accepts the connection but never answers (a stuck proxy, a
# half-dead VM) held every worker forever: libpq waits for its answer without limit. The
# keepalives find a peer gone mid-connection in about a minute instead of the OS's hours.
PG_CONNECT_TIMEOUT_S = 10
PG_KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
}
# Locks on a shared log: a statement waits at most PG_LOCK_TIMEOUT_MS for a row or advisory lock
# (then DatabaseLocked, "try again"), and the server ends a session of ours left idle inside a
# transaction for PG_IDLE_IN_TRANSACTION_MS (a PC frozen or cut off mid-write), so the unit's
# counter and history locks it held are not kept from every other PC until the server's own
# keepalive notices, hours later. Our transactions are short; the longest waits inside one are
# a platform call's deadline (45 s). The migration sets its own, longer lock_timeout.
PG_LOCK_TIMEOUT_MS = 30_000
PG_IDLE_IN_TRANSACTION_MS = 300_000
# How long a first open waits for the one-time switch to WAL (see _switch_to_wal).
WAL_SWITCH_SECONDS = 120


def default_sqlite_url(data_dir: Path) -> str:
    """The URL of the local meeting log inside the user's data folder."""
    url = URL.create("sqlite", database=str(data_dir / SQLITE_FILE_NAME))
    return url.render_as_string(hide_password=False)


def create_store_engine(url: str | URL, *, key: str | None = None) -> Engine:
    """An engine for a SQLite file or a PostgreSQL server (postgresql+psycopg).

    With a key the SQLite file is a SQLCipher database encrypted with it (store/encryption.py);
    the key travels only in the engine's URL object, which never renders it.
    """
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        if key is not None:
            # The pysqlcipher dialect sends PRAGMA key on every new connection, before the
            # pragmas below, so that WAL and busy_timeout apply to the decrypted database.
            parsed = parsed.set(drivername="sqlite+pysqlcipher", password=key)
        # hide_parameters: a failed write must not put a participant's name, e-mail or phone
        # into the exception text, from where it could reach the log.
        options: dict[str, Any] = {}
        if key is not None:
            # The pysqlcipher dialect picks SingletonThreadPool, which keeps one connection per
            # thread and closes surplus ones from other threads while in use: the UI's workers
            # crash on it. A file needs the same QueuePool pysqlite uses.
            options["poolclass"] = QueuePool
        engine = create_engine(parsed, hide_parameters=True, **options)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    if backend == "postgresql":
        if parsed.drivername == "postgresql":
            # psycopg 3 is the only PostgreSQL driver we ship; plain URLs would pick psycopg2.
            parsed = parsed.set(drivername="postgresql+psycopg")
        # A shared server drops idle connections (restarts, firewalls); ping before use. What
        # the URL itself says (`?connect_timeout=…`, IT's choice) is kept.
        limits = {
            "connect_timeout": PG_CONNECT_TIMEOUT_S,
            **PG_KEEPALIVES,
            "options": f"-c lock_timeout={PG_LOCK_TIMEOUT_MS} "
            f"-c idle_in_transaction_session_timeout={PG_IDLE_IN_TRANSACTION_MS}",
        }
        connect_args = {k: v for k, v in limits.items() if k not in parsed.query}
        return create_engine(
            parsed, pool_pre_ping=True, hide_parameters=True, connect_args=connect_args
        )
    raise ValueError(f"unsupported database backend: {backend!r}")


def make_session_factory(
    engine: Engine, on_commit: OnCommit | None = None
) -> sessionmaker[Session]:
    """Sessions whose objects stay readable after commit (the UI shows them afterwards).

    Every session it makes guards the history, keeps the log summaries in step and, after a
    commit, tells `on_commit` which meetings changed (store/listeners.py).
    """
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    attach(factory, on_commit)
    return factory


def _set_sqlite_pragmas(dbapi_connection: Any, _connection_record: Any) -> None:
    # WAL lets the UI read while a worker writes; busy_timeout waits instead of failing at once
    # on a locked database; SQLite enforces foreign keys only when asked, per connection.
    cursor = dbapi_connection.cursor()
    try:
        # The wait first, so that every statement below already waits for a lock.
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() != "wal":
            _switch_to_wal(cursor)
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()


def _switch_to_wal(cursor: Any) -> None:
    """Put a new log file into WAL mode, waiting while other PCs' processes hold it.

    The switch needs the file to itself. When a unit's PCs (or one PC's app and its --check)
    open a new file at the same moment, one of them migrates it under a lock for longer than
    the busy timeout, so the others keep trying for a while instead of failing to start.
    """
    deadline = time.monotonic() + WAL_SWITCH_SECONDS
    operational: tuple[type[Exception], ...] = (sqlite3.OperationalError, *_cipher_errors())
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except operational as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


def _cipher_errors() -> tuple[type[Exception], ...]:
    # SQLCipher's driver raises its own copy of sqlite3's exception classes.
    try:
        from sqlcipher3 import dbapi2
    except ImportError:  # pragma: no cover - sqlcipher3 is a dependency
        return ()
    error: type[Exception] = dbapi2.OperationalError
    return (error,)


def is_sqlite_connection(driver_connection: object) -> bool:
    """Whether a DBAPI connection is pysqlite's or SQLCipher's (the same API)."""
    if isinstance(driver_connection, sqlite3.Connection):
        return True
    return type(driver_connection).__module__.startswith("sqlcipher3")
