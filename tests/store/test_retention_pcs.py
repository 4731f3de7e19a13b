"""Three PCs of a unit start at the same moment on one shared PostgreSQL log with a backlog.

Each starts its retention purge in the background as the app does. Every meeting due must
leave the log exactly once: counted once in the archive, its share of the running totals taken
back once, one purge event per batch that removed it; and no PC's purge may fail for another's.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from benchmarks.fill import fill_engine
from tests.helpers.postgres import PostgresServer
from tests.services.test_retention_batches import (
    NOW,
    archived,
    assert_consistent,
    purgeable,
)
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.models import Meeting

FILLED = 1500
BATCH = 25  # small batches: many chances for the PCs to meet on the same meetings

PC = """
import json, sys, time
from datetime import UTC, datetime
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.services.retention import RetentionService
from vardmote_desktop.store.engine import create_store_engine, make_session_factory

url, start_at, batch = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
engine = create_store_engine(url)
profile = load_profiles()["kalmar"]
settings = Settings(profile="kalmar", unit="HC Torsås", user_name="Samordnare Test")
now = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
retention = RetentionService(make_session_factory(engine), settings, profile, clock=lambda: now)
retention.batch = batch
time.sleep(max(0.0, start_at - time.time()))  # all three begin together
result = retention.run_at_startup()
print(json.dumps({"count": result.count, "stopped": result.stopped}), flush=True)
engine.dispose()
"""


@pytest.mark.postgres
def test_three_pcs_purging_at_once_remove_each_meeting_once(
    postgres_server: PostgresServer,
) -> None:
    postgres_server.reset()
    engine = create_store_engine(postgres_server.url)
    try:
        fill_engine(engine, FILLED, quiet=True)
        factory: sessionmaker[Session] = make_session_factory(engine)
        from vardmote_desktop.services.retention import months_before

        due = purgeable(factory, months_before(NOW, 12))
        assert due > FILLED // 2
        root = Path(__file__).resolve().parents[2]
        start_at = time.time() + 2.0  # every process has imported and connected by then
        pcs = [
            subprocess.Popen(
                [sys.executable, "-c", PC, postgres_server.url, repr(start_at), str(BATCH)],
                cwd=root,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(3)
        ]
        reports = []
        for pc in pcs:
            out, err = pc.communicate(timeout=300)
            assert pc.returncode == 0, err[-3000:]
            reports.append(json.loads(out.strip().splitlines()[-1]))
        assert not any(r["stopped"] for r in reports)
        # Each PC did part of the work (they really met), and together exactly all of it.
        assert sum(r["count"] for r in reports) == due
        assert sum(1 for r in reports if r["count"]) >= 2
        assert purgeable(factory, months_before(NOW, 12)) == 0
        assert archived(factory) == due
        with factory() as session:
            assert session.scalar(select(func.count()).select_from(Meeting)) == FILLED - due
        assert_consistent(factory, FILLED)
    finally:
        engine.dispose()
