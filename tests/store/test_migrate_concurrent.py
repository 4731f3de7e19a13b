"""Ten PCs start on one log at the same moment: real processes, each running the real start-up.

Each child builds the application context exactly as the window's worker does (build_context:
migrate, retention, services), after waiting at a common barrier so that they really race.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from tests.helpers.future_migrations import (
    EXPAND,
    EXPAND_SCRIPT,
    scripts_with,
    shipped_oldest_reader,
)
from tests.store.test_summary_migrations import _upgrade_to
from vardmote_desktop.store.engine import create_store_engine
from vardmote_desktop.store.migrate import head_revision

PCS = 10
_START_PC = """
import json, sys, time
from pathlib import Path

from vardmote_desktop.app import build_context
from vardmote_desktop.config.paths import user_paths
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.store.engine import create_store_engine
from vardmote_desktop.store.migrate import upgrade_to_head

url, barrier, ready = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
# A PC on the next release migrates with its own scripts; every PC then opens with today's.
next_release = Path(sys.argv[4]) if len(sys.argv) > 4 else None
engine = create_store_engine(url)
ready.touch()
while not barrier.exists():
    time.sleep(0.002)
result = upgrade_to_head(engine, script_location=next_release)
engine.dispose()
settings = Settings(profile="kalmar", unit="HC Torsås", user_name="Test", database=url)
context = build_context(settings, load_profiles()["kalmar"], user_paths())
context.close()
print(json.dumps({"previous": result.previous_revision, "revision": result.revision,
                  "backup": str(result.backup_path) if result.backup_path else None}))
"""


def _start_together(
    url: str, folder: Path, next_release: Path | None = None
) -> list[dict[str, str | None]]:
    """Start PCS processes, release them at once, return what each one's migration did.

    With next_release, every other PC runs that release's migrations (a staged rollout).
    """
    barrier = folder / "go"
    environment = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    children = []
    for number in range(PCS):
        home = folder / f"pc{number}"
        home.mkdir()
        arguments = [url, str(barrier), str(home / "ready")]
        if next_release is not None and number % 2:
            arguments.append(str(next_release))
        children.append(
            subprocess.Popen(
                [sys.executable, "-c", _START_PC, *arguments],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                encoding="utf-8",
                env={**environment, "VARDMOTE_HOME": str(home)},
            )
        )
    deadline = time.monotonic() + 120
    while not all((folder / f"pc{n}" / "ready").exists() for n in range(PCS)):
        if time.monotonic() > deadline or any(c.poll() is not None for c in children):
            break
        time.sleep(0.01)
    barrier.touch()
    results = []
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err[-3000:]
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def _prepare(engine: Engine, start: str) -> None:
    if start == "0005":
        # What the previous release created, with a meeting in it for 0006 to carry over.
        _upgrade_to(engine, "0005")
        with engine.begin() as connection:
            connection.execute(
                text("INSERT INTO units (id, name, next_room_number) VALUES (1, 'A', 2)")
            )


@pytest.mark.parametrize("start", ["empty", "0005"])
def test_ten_pcs_starting_at_once_all_open_and_one_migrates(
    store_url: str, tmp_path: Path, start: str
) -> None:
    engine = create_store_engine(store_url)
    try:
        _prepare(engine, start)
        previous = None if start == "empty" else start

        results = _start_together(store_url, tmp_path)

        head = head_revision()
        assert all(r["revision"] == head for r in results)
        migrated = [r for r in results if r["previous"] != head]
        assert [r["previous"] for r in migrated] == [previous]  # exactly one PC did the work
        with engine.connect() as connection:
            versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
            compat = connection.execute(text("SELECT revision FROM schema_compat")).all()
            units = connection.execute(text("SELECT count(*) FROM units")).scalar_one()
        assert versions == [(head,)] and compat == [(head,)]
        assert units == (0 if start == "empty" else 1)
    finally:
        engine.dispose()
    if engine.dialect.name == "sqlite" and previous is not None:
        _assert_one_good_backup(Path(str(engine.url.database)), previous, migrated)


def _assert_one_good_backup(
    database: Path, revision: str, migrated: list[dict[str, str | None]]
) -> None:
    backup = database.with_name(f"{database.name}.bak-{revision}")
    assert [r["backup"] for r in migrated] == [str(backup)]
    with closing(sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(revision,)]
        assert copy.execute("SELECT count(*) FROM units").fetchall() == [(1,)]
    assert not list(database.parent.glob("*.tmp"))


def test_pcs_on_two_releases_starting_at_once_all_open(store_url: str, tmp_path: Path) -> None:
    # Half the ward already has the next release (an expand-only migration), half does not.
    engine = create_store_engine(store_url)
    try:
        _prepare(engine, "0005")
        next_release = scripts_with(tmp_path / "next", EXPAND_SCRIPT)

        results = _start_together(store_url, tmp_path, next_release)

        assert {r["revision"] for r in results[1::2]} == {EXPAND}
        assert {r["revision"] for r in results[0::2]} <= {head_revision(), EXPAND}
        with engine.connect() as connection:
            versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
            compat = connection.execute(
                text("SELECT revision, oldest_reader FROM schema_compat")
            ).all()
        assert versions == [(EXPAND,)]
        # Expand-only: the oldest release that can use the log is still the shipped head's.
        assert compat == [(EXPAND, shipped_oldest_reader())]
    finally:
        engine.dispose()
