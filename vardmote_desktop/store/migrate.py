"""Schema migration at every start-up: refuse a newer database, back it up, upgrade to head."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from vardmote_desktop.store.errors import DatabaseTooNewError, StoreError

MIGRATIONS_DIR = Path(__file__).resolve().with_name("migrations")


def head_revision(location: Path = MIGRATIONS_DIR) -> str:
    """The newest revision, read from the file names ("0002_log_search.py" → "0002").

    Each script's revision id is its four-digit prefix (a test checks this), so an up-to-date
    database starts without loading the Alembic script directory at all.
    """
    prefixes = [p.name[:4] for p in (location / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")]
    return max(prefixes)


@dataclass(frozen=True)
class MigrationResult:
    """What upgrade_to_head did: the revisions before and after, and the backup it made."""

    previous_revision: str | None
    revision: str
    backup_path: Path | None = None

    @property
    def upgraded(self) -> bool:
        """Whether any migration ran."""
        return self.previous_revision != self.revision


def current_revision(engine: Engine) -> str | None:
    """The database's Alembic revision, None for an empty database (one cheap query)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine, *, script_location: Path | None = None) -> MigrationResult:
    """Bring the schema to the newest revision; idempotent and fast when already there.

    A SQLite file that is behind is first copied to ``<file>.bak-<revision>``. A database at a
    revision this version does not know (written by a newer app) raises DatabaseTooNewError and
    is left untouched. script_location exists for tests that add revisions.
    """
    previous = current_revision(engine)
    if script_location is None and previous == head_revision():
        return MigrationResult(previous, previous)
    config = _alembic_config(script_location or MIGRATIONS_DIR)
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    if head is None:
        raise StoreError("the migration scripts have no head revision")
    if previous == head:
        return MigrationResult(previous, previous)
    if previous is not None and previous not in {s.revision for s in script.walk_revisions()}:
        raise DatabaseTooNewError(previous)
    backup = _backup_sqlite_file(engine, previous) if previous is not None else None
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            _upgrade_sqlite(connection, config)
        else:
            with connection.begin():
                _upgrade(connection, config)
    return MigrationResult(previous, head, backup)


def _alembic_config(location: Path) -> Config:
    config = Config()
    # ConfigParser interpolates '%', which a Windows user folder may contain.
    config.set_main_option("script_location", str(location).replace("%", "%%"))
    # Without it Alembic warns about legacy path splitting (an error under filterwarnings).
    config.set_main_option("path_separator", "os")
    return config


def _upgrade(connection: Connection, config: Config) -> None:
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def _upgrade_sqlite(connection: Connection, config: Config) -> None:
    # Batch mode rebuilds tables by copy-and-drop, which with foreign_keys=ON would cascade
    # deletes into child tables; the pragma is ignored inside a transaction, so it goes first.
    # pysqlite also never opens a transaction before DDL by itself, so BEGIN is explicit here:
    # a failing migration then leaves the file as it was.
    driver_connection = connection.connection.driver_connection
    assert isinstance(driver_connection, sqlite3.Connection)
    saved_isolation = driver_connection.isolation_level
    driver_connection.isolation_level = None
    try:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.exec_driver_sql("BEGIN")
        try:
            _upgrade(connection, config)
            violations = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if violations:
                raise StoreError(f"migration broke foreign keys: {violations[:5]!r}")
            connection.commit()
        except BaseException:
            connection.rollback()
            raise
    finally:
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.commit()
        driver_connection.isolation_level = saved_isolation


def _backup_sqlite_file(engine: Engine, revision: str) -> Path | None:
    """Copy a SQLite file through SQLite's backup API (consistent even with a live WAL)."""
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    source = Path(database)
    target = source.with_name(f"{source.name}.bak-{revision}")
    if target.exists():
        # An earlier attempt from this same revision failed; its copy is the trustworthy one.
        return target
    raw = engine.raw_connection()
    try:
        driver_connection = raw.driver_connection
        assert isinstance(driver_connection, sqlite3.Connection)
        with closing(sqlite3.connect(target)) as destination:
            driver_connection.backup(destination)
    finally:
        raw.close()
    return target
