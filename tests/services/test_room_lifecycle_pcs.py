"""Two PCs, two real OS processes, run the automatic room deletion on one shared PostgreSQL log.

The lease lets one PC act at a time; the emulator's DELETE requests are the witness that no
room was deleted twice, and the log that every room went exactly once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.helpers.cms_emulator import CmsEmulator
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.pexip_emulator import PexipEmulator
from tests.helpers.postgres import PostgresServer
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.types import EventAction, MeetingMode, MeetingType, RoomState
from vardmote_desktop.platforms.credentials import CredentialStore
from vardmote_desktop.services.dto import MeetingPlan
from vardmote_desktop.services.meetings import MeetingService
from vardmote_desktop.services.platforms import PlatformService
from vardmote_desktop.services.rooms import RoomService
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.migrate import upgrade_to_head
from vardmote_desktop.store.models import Event, Room

ROOT = Path(__file__).resolve().parents[2]
ROOMS = 12
PCS = "AB"


def _book_ended_rooms(url: str, kind: str, server: CmsEmulator | PexipEmulator) -> list[int]:
    """ROOMS meetings that ended yesterday, each with its room on the server."""
    engine = create_store_engine(url)
    try:
        upgrade_to_head(engine)
        factory = make_session_factory(engine)
        profile = load_profiles()["kalmar"]
        settings = Settings(
            profile="kalmar",
            unit="HC Torsås",
            user_name="Samordnare",
            platform=kind,
            server_url=server.base_url,
            server_user=server.username,
            database=url,
        )
        credentials = CredentialStore(MemoryKeyring())
        credentials.set_password(kind, server.username, server.password)
        platforms = PlatformService(settings, profile, credentials)
        rooms = RoomService(factory, settings, profile, platforms=platforms)
        meetings = MeetingService(factory, settings, profile)
        booked = []
        yesterday = datetime.now(UTC) - timedelta(days=1)
        for number in range(ROOMS):
            starts = yesterday + timedelta(minutes=10 * number)
            room = rooms.create_room(rooms.reserve_name(), ends_at=starts + timedelta(hours=1))
            plan = MeetingPlan(MeetingType.DISTANCE, MeetingMode.DIGITAL, starts, room=room)
            booked.append(meetings.book(plan))
        return booked
    finally:
        engine.dispose()


def _run_pcs(tmp_path: Path, server: CmsEmulator | PexipEmulator, url: str) -> list[Any]:
    kind = "cms" if isinstance(server, CmsEmulator) else "pexip"
    start_at = time.time() + 3.0  # both have imported and opened the log by then
    processes = []
    for name in PCS:
        home = tmp_path / f"pc-{name}"
        home.mkdir()
        config = {
            "pc": f"PC-{name}",
            "database": url,
            "platform": kind,
            "server_url": server.base_url,
            "server_user": server.username,
            "password": server.password,
            "start_at": start_at,
            "report": str(home / "report.json"),
        }
        config_file = home / "pc.json"
        config_file.write_text(json.dumps(config), encoding="utf-8")
        env = {**os.environ, "VARDMOTE_HOME": str(home)}
        command = [sys.executable, "-m", "tests.helpers.lifecycle_pc", str(config_file)]
        processes.append((subprocess.Popen(command, cwd=ROOT, env=env), home / "report.json"))
    try:
        codes = [process.wait(timeout=180) for process, _ in processes]
    finally:
        for process, _ in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
    assert codes == [0] * len(processes)
    return [json.loads(report.read_text(encoding="utf-8")) for _, report in processes]


@pytest.mark.postgres
def test_two_pcs_on_one_postgresql_log_never_delete_a_room_twice(
    tmp_path: Path, server: CmsEmulator | PexipEmulator, postgres: PostgresServer
) -> None:
    postgres.reset()
    # Each DELETE is slow, so a run takes a while and the other PC tries to act meanwhile.
    server.stall(0.2, count=ROOMS, method="DELETE")
    booked = _book_ended_rooms(
        postgres.url, "cms" if isinstance(server, CmsEmulator) else "pexip", server
    )
    reports = _run_pcs(tmp_path, server, postgres.url)

    deleted = [meeting for report in reports for meeting in report["deleted"]]
    assert sorted(deleted) == sorted(booked)  # every room went, each by one PC only
    sent = Counter(r.path.rstrip("/").rpartition("/")[2] for r in server.requests_for("DELETE"))
    assert len(sent) == ROOMS and set(sent.values()) == {1}
    # The lease was contended: a PC was turned away while another was deleting.
    assert any(report["runs"] > report["acted"] for report in reports)

    engine = create_store_engine(postgres.url)
    try:
        with make_session_factory(engine)() as session:
            states = set(session.scalars(select(Room.state)))
            actors = Counter(
                (e.meeting_id, e.actor)
                for e in session.scalars(
                    select(Event).where(Event.action == EventAction.ROOM_DELETED)
                )
            )
    finally:
        engine.dispose()
    assert states == {RoomState.DELETED}
    deleted = [m for m, _ in actors if m is not None]  # a deletion event names its meeting
    assert sorted(deleted) == sorted(booked)  # one deletion event per meeting
    assert set(actors.values()) == {1}  # and no PC recorded it twice
    assert {a for _, a in actors} <= {f"automatiskt (PC-{name})" for name in PCS}
