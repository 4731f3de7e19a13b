"""The migration backup: written aside, verified, synced, renamed; a partial one never trusted."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

from tests.store.test_migrate import _ADD_COLUMN, _scripts_with
from vardmote_desktop.store.encryption import is_plain_sqlite, key_opens, new_key, sqlcipher_key
from vardmote_desktop.store.engine import create_store_engine
from vardmote_desktop.store.migrate import head_revision, upgrade_to_head

REPO = Path(__file__).resolve().parents[2]

_MIGRATE_CHILD = """
import sys
from pathlib import Path
from vardmote_desktop.store.engine import create_store_engine
from vardmote_desktop.store.migrate import upgrade_to_head
engine = create_store_engine(sys.argv[1])
upgrade_to_head(engine, script_location=Path(sys.argv[2]))
"""


def _log_with_rows(database: Path, filler_rows: int) -> None:
    """A log at head with a table of filler rows, so that copying it takes a moment."""
    engine = create_store_engine(f"sqlite:///{database}")
    try:
        upgrade_to_head(engine)
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT)")
            connection.exec_driver_sql(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                "INSERT INTO filler (body) SELECT printf('%0500d', i) FROM n",
                (filler_rows,),
            )
    finally:
        engine.dispose()


def _kill_while_copying(database: Path, scripts: Path) -> bool:
    """Start a real migrating process and kill -9 it once its temporary copy exists.

    True when it died before the backup was renamed into place (the case under test).
    """
    child = subprocess.Popen(
        [sys.executable, "-c", _MIGRATE_CHILD, f"sqlite:///{database}", str(scripts)],
        cwd=REPO,
    )
    target = database.with_name(f"{database.name}.bak-{head_revision()}")
    try:
        while child.poll() is None:
            if any(p.suffix == ".tmp" for p in database.parent.iterdir()):
                os.kill(child.pid, signal.SIGKILL)
                break
            time.sleep(0.001)
    finally:
        child.wait()
    return child.returncode == -signal.SIGKILL and not target.exists()


def test_kill_9_during_the_backup_copy_leaves_nothing_trusted(tmp_path: Path) -> None:
    database = tmp_path / "vardmote.db"
    scripts = _scripts_with(tmp_path, _ADD_COLUMN)
    head = head_revision()
    # A lost race (the child renamed its copy before the kill) proves nothing: start again.
    for _attempt in range(5):
        for old in tmp_path.glob("vardmote.db*"):
            old.unlink()
        _log_with_rows(database, 40_000)
        if _kill_while_copying(database, scripts):
            break
    else:
        raise AssertionError("the migrating process was never killed during its copy")
    leftovers = [p for p in tmp_path.glob("vardmote.db.bak-*") if p.suffix == ".tmp"]
    assert leftovers, "the kill left its half-written copy under a temporary name"

    engine = create_store_engine(f"sqlite:///{database}")
    try:
        result = upgrade_to_head(engine, script_location=scripts)
    finally:
        engine.dispose()

    assert result.backup_path == tmp_path / f"vardmote.db.bak-{head}"
    with closing(sqlite3.connect(result.backup_path)) as backup:
        assert backup.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert backup.execute("SELECT version_num FROM alembic_version").fetchall() == [(head,)]
        assert backup.execute("SELECT count(*) FROM filler").fetchone() == (40_000,)


def test_a_stale_backup_with_fewer_rows_is_replaced(tmp_path: Path) -> None:
    database = tmp_path / "vardmote.db"
    _log_with_rows(database, 10)
    head = head_revision()
    stale = tmp_path / f"vardmote.db.bak-{head}"
    with closing(sqlite3.connect(database)) as live, closing(sqlite3.connect(stale)) as copy:
        live.backup(copy)
    with closing(sqlite3.connect(database)) as live:
        live.execute("INSERT INTO filler (body) VALUES ('written after the old copy')")
        live.commit()

    engine = create_store_engine(f"sqlite:///{database}")
    try:
        upgrade_to_head(engine, script_location=_scripts_with(tmp_path, _ADD_COLUMN))
    finally:
        engine.dispose()

    with closing(sqlite3.connect(stale)) as backup:
        assert backup.execute("SELECT count(*) FROM filler").fetchone() == (11,)


def test_the_backup_of_an_encrypted_log_is_encrypted(tmp_path: Path) -> None:
    database = tmp_path / "vardmote.db"
    key = new_key()
    engine = create_store_engine(f"sqlite:///{database}", key=sqlcipher_key(key))
    try:
        upgrade_to_head(engine)
        result = upgrade_to_head(engine, script_location=_scripts_with(tmp_path, _ADD_COLUMN))
    finally:
        engine.dispose()

    assert result.backup_path is not None
    assert not is_plain_sqlite(result.backup_path)
    assert key_opens(result.backup_path, key)
    assert not key_opens(result.backup_path, new_key())
