"""One ward PC of a unit, as its own OS process: books, cancels, crashes and cleans up rooms.

Run as `python -m tests.helpers.unit_pc <config.json>`; the config names this PC's log (its own
SQLite file under its VARDMOTE_HOME, or the unit's shared PostgreSQL), the video server (a
loopback emulator run by the test) and a folder shared by all PCs for a start line, a barrier
and each PC's report. The PC works with the real services, exactly as the app wires them; only
"when" is played with: rooms a PC "made hours ago and then crashed" are created through a
RoomService whose clock is set back, so their mark says so.

The report (JSON) lists the server ids of the rooms it made, by what became of them, and every
(address, call ID) it was handed, so the test can check the whole unit's outcome.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tests.helpers.pc_wiring import run_as_process, wire_pc
from vardmote_desktop.domain.types import MeetingMode, MeetingType
from vardmote_desktop.platforms.base import PlatformNotFound
from vardmote_desktop.services.drafts import DraftService
from vardmote_desktop.services.dto import MeetingPlan, RoomPlan
from vardmote_desktop.services.followup import FollowUpService
from vardmote_desktop.services.meetings import MeetingService
from vardmote_desktop.services.reconcile import ReconcileService
from vardmote_desktop.services.rooms import RoomService
from vardmote_desktop.store.migrate import upgrade_to_head


def _wait_for(folder: Path, prefix: str, count: int, timeout: float = 120.0) -> None:
    """A barrier between processes: every PC writes a marker file, then waits for the others."""
    deadline = time.monotonic() + timeout
    while len(list(folder.glob(f"{prefix}-*"))) < count:
        if time.monotonic() > deadline:
            raise TimeoutError(f"the other PCs never reached {prefix}")
        time.sleep(0.02)


def run(config: dict[str, Any]) -> dict[str, Any]:
    shared = Path(config["shared"])
    name = config["pc"]
    pc = wire_pc(config)
    engine, factory, settings, profile = pc.engine, pc.factory, pc.settings, pc.profile
    platforms = pc.platforms
    upgrade_to_head(engine)  # a no-op when the test already migrated the shared log
    rooms = RoomService(factory, settings, profile, platforms=platforms)
    meetings = MeetingService(factory, settings, profile)
    followup = FollowUpService(factory, settings, profile)
    reconcile = ReconcileService(factory, settings, profile, platforms=platforms, rooms=rooms)
    drafts = DraftService(factory, settings, profile)

    def rooms_made_at(moment: datetime) -> RoomService:
        return RoomService(factory, settings, profile, lambda: moment, platforms=platforms)

    def book(room: RoomPlan, starts: datetime) -> int:
        plan = MeetingPlan(MeetingType.DISTANCE, MeetingMode.DIGITAL, starts, room=room)
        return meetings.book(plan)

    report: dict[str, list[Any]] = {
        key: []
        for key in (
            "live",
            "in_flight",
            "in_flight_alive_when_booked",
            "drafted",
            "cancelled",
            "ended",
            "crashed",
            "abandoned",
            "addresses",
            "deleted_by_cleanup",
        )
    }

    def made(kind: str, room: RoomPlan) -> RoomPlan:
        report[kind].append(room.platform_room_id)
        report["addresses"].append([room.join.video_address, room.join.call_id])
        return room

    # Every PC starts at the same moment, so their work really overlaps.
    while time.time() < config["start_at"]:
        time.sleep(0.005)
    for _ in range(config["rounds"]):
        now = datetime.now(UTC)
        future = now + timedelta(days=2)
        # A wizard opens: its room exists on the server long before the meeting is booked.
        in_flight = made("in_flight", rooms.create_room(rooms.reserve_name(), future))
        live = made("live", rooms.create_room(rooms.reserve_name(), future + timedelta(hours=1)))
        book(live, future)
        cancelled = made("cancelled", rooms.create_room(rooms.reserve_name(), future))
        followup.cancel(book(cancelled, future - timedelta(hours=1)))
        # A meeting three days ago whose room was never deleted.
        past = now - timedelta(days=3)
        book(
            made("ended", rooms.create_room(rooms.reserve_name(), past + timedelta(hours=1))), past
        )
        # Made two hours ago, then the PC crashed: the meeting was never stored.
        two_hours_ago = rooms_made_at(now - timedelta(hours=2))
        made("crashed", two_hours_ago.create_room(two_hours_ago.reserve_name(), future))
        # Crashed a week ago, for a meeting long over: any PC of the unit may clear it.
        a_week_ago = rooms_made_at(now - timedelta(days=7))
        made("abandoned", a_week_ago.create_room(a_week_ago.reserve_name(), past))
        # Made two hours ago by a wizard that was closed and saved as a draft.
        drafted = made("drafted", two_hours_ago.create_room(two_hours_ago.reserve_name(), future))
        drafts.save(
            None, MeetingPlan(MeetingType.DISTANCE, MeetingMode.DIGITAL, future, room=drafted), 3
        )

        # Städa rum: delete everything it offers, as a user ticking every box would.
        found = reconcile.scan()
        deleted = reconcile.delete_orphans(r.room.room_id or "" for r in found.offered)
        report["deleted_by_cleanup"] += [r.room_id for r in deleted]
        rooms.delete_ended_rooms(user_confirmed_manual=False)

        # The wizard finishes: its room must still be there.
        with platforms.client() as client:
            try:
                client.get_room(in_flight.platform_room_id or "")
                alive = True
            except PlatformNotFound:  # a cleanup took a room that was still in use
                alive = False
        report["in_flight_alive_when_booked"].append(alive)
        book(in_flight, future)

    # Everyone is done booking; one more Städa rum on each PC must leave only what is live.
    (shared / f"worked-{name}").touch()
    _wait_for(shared, "worked", config["pcs"])
    found = reconcile.scan()
    deleted = reconcile.delete_orphans(r.room.room_id or "" for r in found.offered)
    report["deleted_by_cleanup"] += [r.room_id for r in deleted]
    rooms.delete_ended_rooms(user_confirmed_manual=False)
    (shared / f"cleaned-{name}").touch()
    _wait_for(shared, "cleaned", config["pcs"])
    # A second pass after everyone cleaned: what another PC deleted is not offered again.
    report["offered_at_the_end"] = [r.room.room_id for r in reconcile.scan().offered]
    engine.dispose()
    return report


if __name__ == "__main__":
    sys.exit(run_as_process(run, sys.argv))
