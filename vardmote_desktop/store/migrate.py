"""Schema migration at every start-up, safe when many PCs start on one shared log at once.

An up-to-date database costs one query. Otherwise the work runs under a database lock (a
PostgreSQL advisory lock; on SQLite a write transaction taken with BEGIN IMMEDIATE) and the
revision is read again once the lock is held, so a PC that waited finds the work done. A
database a newer release migrated is opened as it is when its schema_compat row says this
release can still use it (expand first, remove later; store/schema_compat.py), and refused
otherwise.
"""

from __future__ import annotations

import io
import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, inspect, make_url, text
from sqlalchemy.exc import OperationalError

from vardmote_desktop.store.backup_files import backup_path
from vardmote_desktop.store.encryption import (
    connect_encrypted,
    export_encrypted,
    fsync_dir,
    fsync_file,
    table_counts,
)
from vardmote_desktop.store.engine import BUSY_TIMEOUT_MS, is_sqlite_connection
from vardmote_desktop.store.errors import (
    DatabaseTooNewError,
    MigrationLockTimeoutError,
    OfflineSqlUnsupportedError,
    StoreError,
)
from vardmote_desktop.store.schema_compat import read_compat

if TYPE_CHECKING:
    # Alembic costs about a third of a second to import: only a database that is behind (or
    # ahead) loads it, so opening an up-to-date log never does (issue 14).
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().with_name("migrations")
# The advisory lock every release takes around its migrations: one fixed 64-bit key ("vardmote").
MIGRATION_LOCK_KEY = 0x7661_7264_6D6F_7465
# How long a PC waits for another PC's migration before it gives up with a clear message. A
# guess, not a measurement: minutes for a backfill over a large log, yet short of "hung".
LOCK_WAIT_SECONDS = 180.0
_PG_LOCK_NOT_AVAILABLE = "55P03"
# 0002 fills its tables by looping over the rows already there, which a SQL script written in
# advance cannot do; scripts can start from 0002 on. An empty log is created by the app itself.
OFFLINE_SQL_FROM = "0002"


def head_revision(location: Path = MIGRATIONS_DIR) -> str:
    """The newest revision, read from the file names ("0002_log_search.py" → "0002").

    Each script's revision id is its four-digit prefix (a test checks this), so an up-to-date
    database starts without loading the Alembic script directory at all.
    """
    prefixes = [p.name[:4] for p in (location / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")]
    return max(prefixes)


@dataclass(frozen=True)
class MigrationResult:
    """What upgrade_to_head did: the revisions before and after, and the backup it made.

    newer_schema: the database is at a revision of a newer release that this one may use as
    it is (nothing was migrated).
    """

    previous_revision: str | None
    revision: str
    backup_path: Path | None = None
    newer_schema: bool = False

    @property
    def upgraded(self) -> bool:
        """Whether this process ran any migration."""
        return self.previous_revision != self.revision


def current_revision(engine: Engine) -> str | None:
    """The database's Alembic revision, None for an empty database (one cheap query)."""
    with engine.connect() as connection:
        return read_revision(connection)


def read_revision(connection: Connection) -> str | None:
    """alembic_version's one row, read as Alembic itself would but without importing it."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    found = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(found) > 1:
        raise StoreError(f"the database has several schema revisions: {sorted(found)!r}")
    return str(found[0]) if found else None


def alembic_config(location: Path = MIGRATIONS_DIR) -> Config:
    """A Config for the shipped (or a test's) scripts; no alembic.ini involved."""
    from alembic.config import Config

    # Alembic's own messages (e.g. from `check`) are not the app's to print on stdout.
    config = Config(stdout=io.StringIO())
    # ConfigParser interpolates '%', which a Windows user folder may contain.
    config.set_main_option("script_location", str(location).replace("%", "%%"))
    # Without it Alembic warns about legacy path splitting (an error under filterwarnings).
    config.set_main_option("path_separator", "os")
    return config


def upgrade_to_head(
    engine: Engine,
    *,
    script_location: Path | None = None,
    lock_wait: float = LOCK_WAIT_SECONDS,
) -> MigrationResult:
    """Bring the schema to the newest revision; idempotent and fast when already there.

    A SQLite file that is behind is first copied to ``<file>.bak-<revision>``. A database at a
    revision this version does not know is opened untouched when its schema_compat row allows
    this release, else DatabaseTooNewError. Waiting longer than lock_wait seconds for another
    process's migration raises MigrationLockTimeoutError. script_location exists for tests
    that add revisions.
    """
    previous = current_revision(engine)
    if script_location is None and previous == head_revision():
        return MigrationResult(previous, previous)
    from alembic.script import ScriptDirectory

    config = alembic_config(script_location or MIGRATIONS_DIR)
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    if head is None:
        raise StoreError("the migration scripts have no head revision")
    known = frozenset(s.revision for s in script.walk_revisions())
    if previous == head:
        return MigrationResult(previous, previous)
    if previous is not None and previous not in known:
        # Nothing to migrate and nothing to lock: a newer release is ahead of this one.
        with engine.connect() as connection:
            return _newer_schema(connection, previous, known)
    if engine.dialect.name == "sqlite":
        return _upgrade_sqlite(engine, config, head, known, lock_wait)
    return _upgrade_locked(engine, config, head, known, lock_wait)


def _newer_schema(connection: Connection, revision: str, known: frozenset[str]) -> MigrationResult:
    """Open a newer release's schema when it says this release can use it; else refuse."""
    compat = read_compat(connection)
    if compat is None or compat.revision != revision:
        # No row, or one that does not describe this revision: nothing vouches for the schema.
        raise DatabaseTooNewError(revision, compat.needed_release if compat else None)
    if compat.oldest_reader not in known:
        raise DatabaseTooNewError(revision, compat.needed_release)
    return MigrationResult(revision, revision, newer_schema=True)


def _locked_step(
    connection: Connection, head: str, known: frozenset[str]
) -> MigrationResult | None:
    """With the lock held: the result when another process already did the work, else None."""
    revision = read_revision(connection)
    if revision == head:
        return MigrationResult(revision, revision)
    if revision is not None and revision not in known:
        return _newer_schema(connection, revision, known)
    return None


def _upgrade_locked(
    engine: Engine, config: Config, head: str, known: frozenset[str], lock_wait: float
) -> MigrationResult:
    # One transaction: the advisory lock, the re-read, the DDL (transactional on PostgreSQL)
    # and the version row commit together, and the lock ends with it, even if the PC dies.
    # lock_timeout bounds the wait for the advisory lock and for the tables' own locks.
    timeout_ms = max(1, round(lock_wait * 1000))
    with engine.connect() as connection:
        try:
            with connection.begin():
                connection.exec_driver_sql(f"SET LOCAL lock_timeout = {timeout_ms}")
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
                )
                done = _locked_step(connection, head, known)
                if done is not None:
                    return done
                previous = read_revision(connection)
                _upgrade(connection, config)
        except OperationalError as exc:
            if getattr(exc.orig, "sqlstate", None) == _PG_LOCK_NOT_AVAILABLE:
                raise MigrationLockTimeoutError(lock_wait) from exc
            raise
    return MigrationResult(previous, head)


def _upgrade(connection: Connection, config: Config) -> None:
    from alembic import command

    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def _upgrade_sqlite(
    engine: Engine, config: Config, head: str, known: frozenset[str], lock_wait: float
) -> MigrationResult:
    # BEGIN IMMEDIATE takes SQLite's write lock at once, so two processes cannot both pass the
    # re-read; the busy timeout is the deadline for waiting on it. Batch mode rebuilds tables by
    # copy-and-drop, which with foreign_keys=ON would cascade deletes into child tables; the
    # pragma is ignored inside a transaction, so it goes first. pysqlite never opens a
    # transaction before DDL by itself, so the transaction is explicit: a failing migration
    # then leaves the file as it was.
    with engine.connect() as connection, _sqlite_autocommit(connection):
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.exec_driver_sql(f"PRAGMA busy_timeout={max(1, round(lock_wait * 1000))}")
        try:
            try:
                connection.exec_driver_sql("BEGIN IMMEDIATE")
            except OperationalError as exc:
                if _sqlite_busy(exc):
                    raise MigrationLockTimeoutError(lock_wait) from exc
                raise
            try:
                done = _locked_step(connection, head, known)
                if done is not None:
                    connection.rollback()
                    return done
                previous = read_revision(connection)
                backup = _backup_sqlite_file(engine, previous) if previous is not None else None
                _upgrade(connection, config)
                violations = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if violations:
                    raise StoreError(f"migration broke foreign keys: {violations[:5]!r}")
                connection.commit()
            except BaseException:
                connection.rollback()
                raise
        finally:
            connection.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
    return MigrationResult(previous, head, backup)


@contextmanager
def _sqlite_autocommit(connection: Connection) -> Iterator[None]:
    """pysqlite in autocommit mode, so that BEGIN/COMMIT are exactly the ones sent here."""
    driver_connection = connection.connection.driver_connection
    assert driver_connection is not None and is_sqlite_connection(driver_connection)
    saved_isolation = driver_connection.isolation_level
    driver_connection.isolation_level = None
    try:
        yield
    finally:
        driver_connection.isolation_level = saved_isolation


def _sqlite_busy(exc: OperationalError) -> bool:
    code = getattr(exc.orig, "sqlite_errorcode", None)
    return code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in str(exc.orig)


def _backup_sqlite_file(engine: Engine, revision: str) -> Path | None:
    """Copy a SQLite file through SQLite's backup API (consistent even with a live WAL).

    The copy is written under a temporary name, verified (integrity check, the revision, and
    every table's row count against the live file), synced to disk and only then renamed over
    the final name, so a crash or a second process never leaves a half-written file where a
    backup belongs, and a leftover temporary file is never taken for one. An encrypted log's
    backup is encrypted with the same key.
    """
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    key = engine.url.password if engine.url.drivername == "sqlite+pysqlcipher" else None
    source = Path(database)
    target = backup_path(source, revision)
    raw = engine.raw_connection()
    try:
        driver_connection = raw.driver_connection
        assert driver_connection is not None and is_sqlite_connection(driver_connection)
        # The migration's connection holds the write lock: these counts cannot change meanwhile.
        expected = table_counts(driver_connection)
        if _is_backup_of(target, revision, key, expected):
            # An earlier attempt from this same revision failed; its copy is as good as a new one.
            return target
        partial = target.with_name(f"{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")
        try:
            if key is None:
                with closing(sqlite3.connect(partial)) as destination:
                    driver_connection.backup(destination)
                    # One self-contained file (the copied header says WAL), readable read-only.
                    destination.execute("PRAGMA journal_mode=DELETE")
            else:
                # SQLCipher's backup API waits forever on a log whose write lock the migration
                # holds; its own export reads a snapshot like any reader and keys the copy.
                export_encrypted(driver_connection, partial, key)
            if not _is_backup_of(partial, revision, key, expected):
                raise StoreError("the backup copy of the database could not be verified")
            fsync_file(partial)
            os.replace(partial, target)
            fsync_dir(target.parent)
        finally:
            partial.unlink(missing_ok=True)
    finally:
        raw.close()
    return target


def _connect_copy(path: Path, key: str | None, *, read_only: bool = False) -> Any:
    if key is not None:
        return connect_encrypted(path, key, read_only=read_only)
    if read_only:
        return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    return sqlite3.connect(path)


def _is_backup_of(path: Path, revision: str, key: str | None, expected: dict[str, int]) -> bool:
    """Whether path is a whole, readable copy at revision with the live file's rows.

    Never trust a partial one: an empty or cut-off file, one at another revision or one with
    fewer rows is not a backup.
    """
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        with closing(_connect_copy(path, key, read_only=True)) as copy:
            if copy.execute("PRAGMA quick_check").fetchone() != ("ok",):
                return False
            found = copy.execute("SELECT version_num FROM alembic_version").fetchall()
            counts = table_counts(copy)
    except Exception as exc:  # sqlite3.Error or SQLCipher's copy of it: either way no backup
        if not _is_database_error(exc):
            raise
        return False
    return found == [(revision,)] and counts == expected


def _is_database_error(exc: Exception) -> bool:
    return isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("sqlcipher3")


def upgrade_sql(url: str, start: str | None, *, script_location: Path | None = None) -> str:
    """The SQL that would bring a PostgreSQL database from `start` (None: empty) to head.

    Alembic's offline mode, for a DBA who runs migrations by hand: nothing is executed and
    nothing connects. The script takes the same advisory lock as the app. SQLite, and a start
    before OFFLINE_SQL_FROM, raise OfflineSqlUnsupportedError.
    """
    if make_url(url).get_backend_name() != "postgresql":
        # Batch mode rebuilds SQLite tables from the live table's reflection; a SQLite file is
        # migrated by the app on its own PC anyway.
        raise OfflineSqlUnsupportedError("migration SQL is written for PostgreSQL only")
    if start is None or start < OFFLINE_SQL_FROM:
        raise OfflineSqlUnsupportedError(f"migration SQL starts at {OFFLINE_SQL_FROM} or later")
    from alembic import command

    output = io.StringIO()
    config = alembic_config(script_location or MIGRATIONS_DIR)
    config.output_buffer = output
    # Only the dialect matters offline; leave the password out of everything Alembic sees.
    dialect_only = make_url(url).set(password=None, host=None, username=None)
    config.set_main_option(
        "sqlalchemy.url", dialect_only.render_as_string(hide_password=False).replace("%", "%%")
    )
    command.upgrade(config, f"{start}:head", sql=True)
    return output.getvalue()
