"""One ward PC running the automatic room deletion, as its own OS process, on a shared log.

Run as `python -m tests.helpers.lifecycle_pc <config.json>`. The PC waits for the common start
moment, then runs the deletion as the window's timer would, back to back, until the log has no
active room left, and reports (JSON) the meetings whose room it deleted and how many runs it
acted in. The clock is the real one: the lease is judged by the time every PC shares.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from tests.helpers.memory_keyring import MemoryKeyring
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.types import RoomState
from vardmote_desktop.platforms.credentials import CredentialStore
from vardmote_desktop.services.lifecycle import RoomLifecycleService
from vardmote_desktop.services.platforms import PlatformService
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.models import Room


def _quick_sleep(seconds: float) -> None:
    time.sleep(min(seconds, 0.05))  # the client's backoff, shortened: the emulator is on loopback


def run(config: dict[str, Any]) -> dict[str, Any]:
    engine = create_store_engine(config["database"])
    factory = make_session_factory(engine)
    profile = load_profiles()["kalmar"]
    settings = Settings(
        profile="kalmar",
        unit="HC Torsås",
        user_name=f"Samordnare {config['pc']}",
        platform=config["platform"],
        server_url=config["server_url"],
        server_user=config["server_user"],
        database=config["database"],
    )
    credentials = CredentialStore(MemoryKeyring())
    credentials.set_password(config["platform"], config["server_user"], config["password"])
    platforms = PlatformService(settings, profile, credentials, sleep=_quick_sleep)
    lifecycle = RoomLifecycleService(factory, settings, profile, platforms, pc=config["pc"])
    report: dict[str, Any] = {"deleted": [], "failed": [], "acted": 0, "runs": 0}
    time.sleep(max(0.0, config["start_at"] - time.time()))
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        outcome = lifecycle.run_once()
        report["runs"] += 1
        report["acted"] += outcome.acted
        report["deleted"] += list(outcome.deleted)
        report["failed"] += list(outcome.failed)
        with factory() as session:
            left = session.scalar(
                select(func.count()).select_from(Room).where(Room.state == RoomState.ACTIVE)
            )
        if not left:
            break
    engine.dispose()
    return report


def main(argv: list[str]) -> int:
    config = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    report = run(config)
    Path(config["report"]).write_text(json.dumps(report), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
