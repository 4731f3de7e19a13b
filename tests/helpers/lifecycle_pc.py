"""One ward PC running the automatic room deletion, as its own OS process, on a shared log.

Run as `python -m tests.helpers.lifecycle_pc <config.json>`. The PC waits for the common start
moment, then runs the deletion as the window's timer would, back to back, until the log has no
active room left, and reports (JSON) the meetings whose room it deleted and how many runs it
acted in. The clock is the real one: the lease is judged by the time every PC shares.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from sqlalchemy import func, select

from tests.helpers.pc_wiring import run_as_process, wire_pc
from vardmote_desktop.domain.types import RoomState
from vardmote_desktop.services.lifecycle import RoomLifecycleService
from vardmote_desktop.store.models import Room


def run(config: dict[str, Any]) -> dict[str, Any]:
    pc = wire_pc(config)
    engine, factory = pc.engine, pc.factory
    lifecycle = RoomLifecycleService(
        factory, pc.settings, pc.profile, pc.platforms, pc=config["pc"]
    )
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


if __name__ == "__main__":
    sys.exit(run_as_process(run, sys.argv))
