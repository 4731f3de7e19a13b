"""Migrations: from empty, idempotent, matching the models, backups, refusals, atomicity."""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, select, text

from tests.store.builders import delivery, meeting, participant
from tests.store.test_summary_migrations import _upgrade_to
from vardmote_desktop.domain.types import DeliveryState
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.errors import DatabaseTooNewError, MigrationLockTimeoutError
from vardmote_desktop.store.migrate import (
    MIGRATION_LOCK_KEY,
    MIGRATIONS_DIR,
    alembic_config,
    current_revision,
    head_revision,
    upgrade_to_head,
)
from vardmote_desktop.store.models import Delivery, is_search_index
from vardmote_desktop.store.schema import metadata
from vardmote_desktop.store.units import get_or_create_unit

_ADD_COLUMN = '''
"""Test revision: add a column to participants (a batch table rebuild on SQLite)."""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None
oldest_reader = "9999"


def upgrade():
    with op.batch_alter_table("participants") as batch:
        batch.add_column(sa.Column("note", sa.String(50), nullable=True))


def downgrade():
    with op.batch_alter_table("participants") as batch:
        batch.drop_column("note")
'''

_FAIL_HALFWAY = '''
"""Test revision: creates a table, then fails."""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None
oldest_reader = "9999"


def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    raise RuntimeError("migration failed halfway")


def downgrade():
    pass
'''


def _scripts_with(tmp_path: Path, extra_revision: str) -> Path:
    """A copy of the shipped migrations plus one more revision."""
    location = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, location, ignore=shutil.ignore_patterns("__pycache__"))
    # Chained onto whatever the newest shipped revision is, so new migrations keep this working.
    script = extra_revision.replace("{head}", head_revision())
    (location / "versions" / "9999_test.py").write_text(script, encoding="utf-8")
    return location


def test_upgrade_from_empty_creates_every_table(empty_engine: Engine) -> None:
    result = upgrade_to_head(empty_engine)
    assert (result.previous_revision, result.revision, result.upgraded) == (
        None,
        head_revision(),
        True,
    )
    assert result.backup_path is None
    tables = {t for t in inspect(empty_engine).get_table_names() if not is_search_index(t)}
    assert tables == set(metadata.tables) | {"alembic_version"}


def test_migrations_match_the_models(engine: Engine) -> None:
    with engine.connect() as connection:
        # The text search index (FTS5 / pg_trgm) is dialect-specific DDL outside the models.
        context = MigrationContext.configure(
            connection,
            opts={"include_name": lambda name, _type, _parents: not is_search_index(name)},
        )
        differences = compare_metadata(context, metadata)
    assert differences == []


def test_upgrade_is_idempotent(engine: Engine) -> None:
    again = upgrade_to_head(engine)
    head = head_revision()
    assert (again.previous_revision, again.revision, again.upgraded) == (head, head, False)
    assert current_revision(engine) == head


def test_head_from_file_names_is_the_newest_script() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    scripts = ScriptDirectory.from_config(config)
    assert scripts.get_current_head() == head_revision()
    for script in scripts.walk_revisions():
        # The fast path reads revisions from file names: each id must be its file's prefix.
        assert script.path is not None and Path(script.path).name.startswith(script.revision + "_")


def test_up_to_date_start_does_not_load_the_scripts(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object) -> None:
        raise AssertionError("script directory loaded on the fast path")

    monkeypatch.setattr(ScriptDirectory, "from_config", refuse)
    assert not upgrade_to_head(engine).upgraded


def test_database_from_a_newer_version_is_refused(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    with pytest.raises(DatabaseTooNewError) as refused:
        upgrade_to_head(engine)
    assert refused.value.revision == "ffff9999"
    assert current_revision(engine) == "ffff9999"


def test_older_sqlite_file_is_backed_up_and_keeps_its_rows(tmp_path: Path) -> None:
    database = tmp_path / "vardmote.db"
    engine = create_store_engine(f"sqlite:///{database}")
    try:
        upgrade_to_head(engine)
        with make_session_factory(engine)() as session:
            booked = meeting(get_or_create_unit(session, "HC Torsås"))
            person = participant()
            person.deliveries.append(delivery(DeliveryState.SENT))
            booked.participants.append(person)
            session.add(booked)
            session.commit()

        result = upgrade_to_head(engine, script_location=_scripts_with(tmp_path, _ADD_COLUMN))

        head = head_revision()
        assert (result.previous_revision, result.revision) == (head, "9999")
        assert result.backup_path == tmp_path / f"vardmote.db.bak-{head}"
        with closing(sqlite3.connect(result.backup_path)) as backup:
            assert backup.execute("SELECT version_num FROM alembic_version").fetchall() == [(head,)]
            assert backup.execute("SELECT count(*) FROM deliveries").fetchall() == [(1,)]
        # Rebuilding participants with foreign keys on would have cascaded into deliveries.
        with engine.connect() as connection:
            assert len(connection.execute(select(Delivery.id)).all()) == 1
            columns = {c["name"] for c in inspect(connection).get_columns("participants")}
            assert "note" in columns
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()


def test_failed_migration_leaves_the_database_as_it_was(engine: Engine, tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="halfway"):
        upgrade_to_head(engine, script_location=_scripts_with(tmp_path, _FAIL_HALFWAY))
    assert current_revision(engine) == head_revision()
    assert "half_done" not in inspect(engine).get_table_names()


@pytest.mark.parametrize("leftover", [b"", b"SQLite format 3\x00" + b"\x00" * 100])
def test_an_empty_or_partial_backup_is_not_trusted(tmp_path: Path, leftover: bytes) -> None:
    database = tmp_path / "vardmote.db"
    engine = create_store_engine(f"sqlite:///{database}")
    try:
        upgrade_to_head(engine)
        head = head_revision()
        # What a PC that died while copying (before this release) could have left behind.
        (tmp_path / f"vardmote.db.bak-{head}").write_bytes(leftover)

        result = upgrade_to_head(engine, script_location=_scripts_with(tmp_path, _ADD_COLUMN))

        assert result.backup_path == tmp_path / f"vardmote.db.bak-{head}"
        with closing(sqlite3.connect(result.backup_path)) as backup:
            assert backup.execute("SELECT version_num FROM alembic_version").fetchall() == [(head,)]
        # The copy was made under another name and renamed: nothing half-written stays behind.
        assert {p.name for p in tmp_path.glob("vardmote.db*")} == {
            "vardmote.db",
            f"vardmote.db.bak-{head}",
            "vardmote.db-shm",
            "vardmote.db-wal",
        }
    finally:
        engine.dispose()


@contextmanager
def _migration_lock_held(engine: Engine) -> Iterator[None]:
    """Another process's view: the lock a migrating PC holds, taken on a separate connection."""
    if engine.dialect.name == "sqlite":
        assert engine.url.database is not None
        with closing(sqlite3.connect(engine.url.database, isolation_level=None)) as other:
            other.execute("BEGIN IMMEDIATE")
            yield
            other.execute("ROLLBACK")
        return
    with engine.connect() as other:
        other.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        try:
            yield
        finally:
            other.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK_KEY})
            other.commit()


def test_waiting_for_another_migration_has_a_deadline(empty_engine: Engine) -> None:
    _upgrade_to(empty_engine, "0005")
    with _migration_lock_held(empty_engine):
        started = time.monotonic()
        with pytest.raises(MigrationLockTimeoutError):
            upgrade_to_head(empty_engine, lock_wait=0.5)
        waited = time.monotonic() - started
    assert 0.4 <= waited < 10
    assert current_revision(empty_engine) == "0005"
    # Once the other PC is done, the next start migrates as usual.
    assert upgrade_to_head(empty_engine, lock_wait=5).revision == head_revision()


def test_alembic_check_finds_no_drift_between_migrations_and_models(engine: Engine) -> None:
    config = alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        # Raises AutogenerateDiffsDetected on any difference, the search index included
        # unless env.py leaves it out.
        command.check(config)
