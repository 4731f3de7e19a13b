"""A unit's PCs as real OS processes on one video server: addresses never reused, and *Städa rum*
deletes only what is provably ours and finished.

Two PCs each on their own SQLite log, and three PCs on one shared PostgreSQL log, book, cancel,
crash and clean up at the same time against the loopback CMS and Pexip emulators. The emulators'
history of every address and call ID ever created is the witness.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.cms_emulator import CmsEmulator
from tests.helpers.pexip_emulator import PexipEmulator
from tests.helpers.postgres import PostgresServer
from vardmote_desktop.store.engine import create_store_engine, default_sqlite_url
from vardmote_desktop.store.migrate import upgrade_to_head

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 3


def run_pcs(
    tmp_path: Path, server: CmsEmulator | PexipEmulator, databases: list[str]
) -> list[dict[str, Any]]:
    """Start one process per database URL, all at the same moment; their reports, in order."""
    kind = "cms" if isinstance(server, CmsEmulator) else "pexip"
    shared = tmp_path / "shared"
    shared.mkdir()
    start_at = time.time() + 3.0  # every process has imported and opened its log by then
    processes: list[tuple[subprocess.Popen[bytes], Path]] = []
    for number, database in enumerate(databases):
        name = "ABC"[number]
        home = tmp_path / f"pc-{name}"
        home.mkdir(exist_ok=True)
        report = shared / f"report-{name}.json"
        config = {
            "pc": name,
            "pcs": len(databases),
            "database": database,
            "platform": kind,
            "server_url": server.base_url,
            "server_user": server.username,
            "password": server.password,
            "shared": str(shared),
            "start_at": start_at,
            "rounds": ROUNDS,
            "report": str(report),
        }
        config_file = home / "pc.json"
        config_file.write_text(json.dumps(config), encoding="utf-8")
        env = {**os.environ, "VARDMOTE_HOME": str(home)}
        command = [sys.executable, "-m", "tests.helpers.unit_pc", str(config_file)]
        processes.append((subprocess.Popen(command, cwd=ROOT, env=env), report))
    try:
        codes = [process.wait(timeout=180) for process, _ in processes]
    finally:
        for process, _ in processes:  # one PC failing leaves the others at a barrier
            if process.poll() is None:
                process.kill()
                process.wait()
    assert codes == [0] * len(processes)
    return [json.loads(report.read_text(encoding="utf-8")) for _, report in processes]


def server_ids(server: CmsEmulator | PexipEmulator) -> set[str]:
    if isinstance(server, CmsEmulator):
        return set(server.spaces)
    return {str(c) for c in server.conferences}


def ever_created(server: CmsEmulator | PexipEmulator) -> tuple[list[str], list[str]]:
    """Every URI user part and every call ID the server ever held, in order of creation."""
    if isinstance(server, CmsEmulator):
        return server.uri_history, server.call_id_history
    aliases = server.alias_history
    return [a.partition("@")[0] for a in aliases if "@" in a], [a for a in aliases if "@" not in a]


def deleted_ids(server: CmsEmulator | PexipEmulator) -> set[str]:
    return {r.path.rstrip("/").rpartition("/")[2] for r in server.requests_for("DELETE")}


def check_the_unit(server: CmsEmulator | PexipEmulator, reports: list[dict[str, Any]]) -> None:
    def all_of(key: str) -> set[str]:
        return {room_id for report in reports for room_id in report[key]}

    made = sum(len(r["addresses"]) for r in reports)
    assert made == len(reports) * ROUNDS * 7

    # No address and no call ID was ever handed out twice, on any PC, across deletions.
    uris, call_ids = ever_created(server)
    assert len(uris) == len(call_ids) == made
    assert [u for u, n in Counter(uris).items() if n > 1] == []
    assert [c for c, n in Counter(call_ids).items() if n > 1] == []
    handed = [tuple(a) for r in reports for a in r["addresses"]]
    assert len(set(handed)) == made

    # Nothing live or in flight was ever deleted; no DELETE was even sent for one.
    keep = all_of("live") | all_of("in_flight") | all_of("drafted")
    assert all(alive for r in reports for alive in r["in_flight_alive_when_booked"])
    assert keep & deleted_ids(server) == set()
    # Everything that should go is gone: the server holds exactly the rooms still in use.
    assert server_ids(server) == keep
    gone = all_of("cancelled") | all_of("ended") | all_of("crashed") | all_of("abandoned")
    assert gone <= deleted_ids(server)
    # Städa rum found every crashed and abandoned room (the others go with their meetings).
    assert all_of("crashed") | all_of("abandoned") <= all_of("deleted_by_cleanup")
    assert [r["offered_at_the_end"] for r in reports] == [[] for _ in reports]


def test_two_pcs_on_their_own_sqlite_logs(
    tmp_path: Path, server: CmsEmulator | PexipEmulator
) -> None:
    databases = [default_sqlite_url(tmp_path / f"pc-{n}" / "data") for n in "AB"]
    reports = run_pcs(tmp_path, server, databases)
    check_the_unit(server, reports)
    # Each log counts its own numbers: both PCs had an "HC Torsås 1", with different addresses.
    assert len({tuple(r["addresses"][0]) for r in reports}) == 2


@pytest.mark.postgres
def test_three_pcs_on_one_postgresql_log(
    tmp_path: Path, server: CmsEmulator | PexipEmulator, postgres: PostgresServer
) -> None:
    postgres.reset()
    engine = create_store_engine(postgres.url)
    try:
        upgrade_to_head(engine)  # as the region's IT does before the PCs are pointed at it
    finally:
        engine.dispose()
    reports = run_pcs(tmp_path, server, [postgres.url] * 3)
    check_the_unit(server, reports)
