"""`vardmote-desktop purge` as a subprocess: for IT by hand, and as the window runs a backlog.

The window runs it with `--from-app`, its settings as one JSON line on stdin and stdin held
open; the end of stdin stops the purge between two batches. Neither way loads Qt's widgets.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from benchmarks.fill import fill_engine
from tests.services.test_retention_batches import archived, assert_consistent, purgeable
from tests.test_commands import RUN_MAIN
from vardmote_desktop.config.settings import Settings, settings_to_json
from vardmote_desktop.services.retention import months_before
from vardmote_desktop.store.engine import create_store_engine, make_session_factory

FILLED = 2000


@pytest.fixture
def backlog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, int]:
    """A log of FILLED meetings over five years, and how many are past 12 months today."""
    monkeypatch.setenv("VARDMOTE_HOME", str(tmp_path / "home"))
    url = f"sqlite:///{tmp_path / 'logg.db'}"
    engine = create_store_engine(url)
    try:
        fill_engine(engine, FILLED, quiet=True)
        # Today's clock, as the command has: its cutoff is the real date's.
        from datetime import UTC, datetime

        due = purgeable(make_session_factory(engine), months_before(datetime.now(UTC), 12))
    finally:
        engine.dispose()
    assert due > FILLED // 2
    return url, due


def as_the_window_runs_it(
    program: list[str], settings: Settings, env: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    """`program purge --from-app` with the settings on stdin, and stdin held open (its end
    is the window's stop)."""
    child = subprocess.Popen(
        [*program, "purge", "--from-app"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdin is not None
    child.stdin.write(settings_to_json(settings) + "\n")
    child.stdin.flush()
    return child


def factory_of(url: str) -> sessionmaker[Session]:
    return make_session_factory(create_store_engine(url))


def test_it_purges_by_hand_and_says_how_many(backlog: tuple[str, int]) -> None:
    url, due = backlog
    done = subprocess.run(
        [sys.executable, "-c", RUN_MAIN, "purge", "--database", url],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{due} möten rensade: de som började före ")
    assert "(12 månader)" in done.stdout
    assert archived(factory_of(url)) == due
    assert_consistent(factory_of(url), FILLED)


def test_the_windows_purge_stops_when_its_stdin_ends(backlog: tuple[str, int]) -> None:
    url, due = backlog
    settings = Settings(profile="kalmar", unit="HC Torsås", database=url, retention_months=12)
    with as_the_window_runs_it([sys.executable, "-c", RUN_MAIN], settings) as child:
        assert child.stdin is not None
        factory = factory_of(url)
        deadline = time.monotonic() + 120
        while archived(factory) == 0 and time.monotonic() < deadline:
            time.sleep(0.05)  # the first batch of 200 committed: the window closes now
        child.stdin.close()
        assert child.stdout is not None and child.stderr is not None
        out, err = child.stdout.read(), child.stderr.read()
        child.wait(timeout=120)
    assert child.returncode == 0, err
    result = json.loads(out.strip().splitlines()[-1])
    assert result["stopped"] and 0 < result["count"] < due
    assert archived(factory) == result["count"]
    assert_consistent(factory, FILLED)


def test_the_windows_purge_runs_to_the_end_while_stdin_is_held(
    backlog: tuple[str, int],
) -> None:
    url, due = backlog
    settings = replace(Settings(profile="kalmar", unit="HC Torsås"), database=url)
    with as_the_window_runs_it([sys.executable, "-c", RUN_MAIN], settings) as child:
        assert child.stdin is not None and child.stdout is not None
        line = child.stdout.readline()  # written when done, stdin still open
        child.stdin.close()
        child.wait(timeout=60)
    result = json.loads(line)
    assert result == {"count": due, "drafts": 0, "stopped": False}
    assert_consistent(factory_of(url), FILLED)


def test_settings_that_are_not_settings_are_refused() -> None:
    done = subprocess.run(
        [sys.executable, "-c", RUN_MAIN, "purge", "--from-app"],
        input='{"no_such_setting": 1, "retention_months": "tolv"}\n',
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode in (1, 2) and "vardmote-desktop:" in done.stderr
    assert "Traceback" not in done.stderr
