"""*Städa rum* against the CMS and Pexip emulators: orphans on the server, rooms gone from it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from tests.helpers.cms_emulator import CmsEmulator
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.pexip_emulator import PexipEmulator
from tests.services.conftest import Store
from tests.services.test_platform_rooms import Rig, app_events, make_rig
from vardmote_desktop.config.settings import with_changes
from vardmote_desktop.domain.room_cleanup import Verdict
from vardmote_desktop.domain.room_tag import RoomTag, format_tag
from vardmote_desktop.domain.types import DeletionKind, MeetingMode, MeetingType, RoomState
from vardmote_desktop.services.drafts import DraftService
from vardmote_desktop.services.dto import MeetingPlan
from vardmote_desktop.services.errors import PlatformNotConfigured
from vardmote_desktop.services.reconcile import ReconcileService


@pytest.fixture(params=["cms", "pexip"])
def rig(
    request: pytest.FixtureRequest, store: Store, memory_keyring: MemoryKeyring
) -> Iterator[Rig]:
    server: CmsEmulator | PexipEmulator = (
        CmsEmulator() if request.param == "cms" else PexipEmulator()
    )
    with server:
        yield make_rig(store, request.param, server)


def reconcile(rig: Rig) -> ReconcileService:
    store = rig.store
    return ReconcileService(
        store.factory,
        store.settings,
        store.profile,
        store.clock,
        platforms=rig.platforms,
        rooms=rig.rooms,
    )


def mark(owner: str, created: datetime | None, ends: datetime | None = None) -> str:
    return format_tag(RoomTag(owner, created, ends))


OTHER_LOG = "feedbeef" * 4


def gone_on_server(rig: Rig, server_id: str) -> None:
    if isinstance(rig.server, CmsEmulator):
        del rig.server.spaces[server_id]
    else:
        del rig.server.conferences[int(server_id)]


def test_scan_finds_orphans_and_rooms_missing_on_the_server(rig: Rig) -> None:
    kept = rig.book(rig.rooms.create_room(rig.rooms.reserve_name()))
    lost_plan = rig.rooms.create_room(rig.rooms.reserve_name())
    lost = rig.book(lost_plan)
    assert lost_plan.platform_room_id
    gone_on_server(rig, lost_plan.platform_room_id)  # deleted in the vendor's admin tool
    an_hour_ago = rig.store.clock.now - timedelta(hours=1)
    orphan_id = rig.seed("HC Torsås 7", ours=True, tag=mark(rig.log_id(), an_hour_ago))  # crash
    rig.seed("HC Torsås 8", ours=False)  # someone else's: not ours to list
    rig.seed("HC Torsås Norra 1", ours=True)  # another unit's room

    report = reconcile(rig).scan()
    assert report.platform is rig.kind
    assert [(r.room_id, r.name) for r in report.orphans] == [(orphan_id, "HC Torsås 7")]
    assert [(r.meeting_id, r.name) for r in report.missing] == [(lost, "HC Torsås 2")]
    assert report.matched == 1
    assert kept != lost


def test_delete_orphans_deletes_only_rooms_still_missing_from_the_log(rig: Rig) -> None:
    booked = rig.rooms.create_room(rig.rooms.reserve_name())
    rig.book(booked)
    an_hour_ago = rig.store.clock.now - timedelta(hours=1)
    orphan_id = rig.seed("HC Torsås 7", ours=True, tag=mark(rig.log_id(), an_hour_ago))
    service = reconcile(rig)
    assert booked.platform_room_id
    deleted = service.delete_orphans([orphan_id, booked.platform_room_id])
    assert [r.room_id for r in deleted] == [orphan_id]
    assert rig.names() == ["HC Torsås 1"]  # the booked room stays whatever the caller asks
    assert app_events(rig.store, "room_deleted")[0] == {
        "room": "HC Torsås 7",
        "how": "orphan",
        "reason": "ours_not_in_log",
        "platform": rig.kind.value,
        "platform_room_id": orphan_id,
    }
    assert service.scan().orphans == ()


def test_mark_missing_rooms_deleted_only_when_the_server_confirms(rig: Rig) -> None:
    present = rig.book(rig.rooms.create_room(rig.rooms.reserve_name()))
    lost_plan = rig.rooms.create_room(rig.rooms.reserve_name())
    lost = rig.book(lost_plan)
    assert lost_plan.platform_room_id
    gone_on_server(rig, lost_plan.platform_room_id)
    assert reconcile(rig).mark_missing_deleted([present, lost]) == [lost]
    detail = rig.meetings.detail(lost)
    assert detail.room is not None and detail.room.state is RoomState.DELETED
    assert detail.events[-1].details == {
        "room": "HC Torsås 2",
        "how": DeletionKind.MISSING_ON_SERVER,
    }
    assert rig.meetings.detail(present).room.state is RoomState.ACTIVE  # type: ignore[union-attr]
    assert reconcile(rig).scan().missing == ()


def test_manual_platform_has_nothing_to_reconcile(rig: Rig) -> None:
    rig.platforms.apply(with_changes(rig.platforms.settings, platform="manual"))
    with pytest.raises(PlatformNotConfigured):
        reconcile(rig).scan()
    assert rig.server.requests == []


def test_only_what_is_provably_ours_and_finished_is_offered(rig: Rig) -> None:
    now = rig.store.clock.now
    me = rig.log_id()
    live = rig.seed(
        "HC Torsås 20",
        ours=True,
        tag=mark(OTHER_LOG, now - timedelta(days=2), now + timedelta(days=1)),
    )
    just_ended = rig.seed(
        "HC Torsås 21",
        ours=True,
        tag=mark(OTHER_LOG, now - timedelta(days=2), now - timedelta(hours=2)),
    )
    long_ended = rig.seed(
        "HC Torsås 22",
        ours=True,
        tag=mark(OTHER_LOG, now - timedelta(days=9), now - timedelta(days=2)),
    )
    no_end = rig.seed("HC Torsås 23", ours=True, tag=mark(OTHER_LOG, now - timedelta(days=9)))
    old_version = rig.seed("HC Torsås 24", ours=True)  # "vardmote-desktop": whose?
    # A wizard on this PC (or another PC on this log) made it five minutes ago: in flight.
    in_flight = rig.rooms.create_room(rig.rooms.reserve_name())
    rig.store.clock.advance(minutes=5)
    mine_crashed = rig.seed("HC Torsås 25", ours=True, tag=mark(me, now - timedelta(hours=3)))
    in_draft_plan = rig.rooms.create_room(rig.rooms.reserve_name())
    drafts = DraftService(rig.store.factory, rig.store.settings, rig.store.profile)
    draft_plan = MeetingPlan(
        MeetingType.DISTANCE, MeetingMode.DIGITAL, now + timedelta(days=4), room=in_draft_plan
    )
    drafts.save(None, draft_plan, page=4)
    rig.store.clock.advance(minutes=30)  # no longer recent; only the draft keeps it

    report = reconcile(rig).scan()
    offered = {f.room.room_id: f.verdict for f in report.offered}
    left = {f.room.room_id: f.verdict for f in report.left_alone}
    assert offered == {
        long_ended: Verdict.OTHER_LOG_ENDED,
        mine_crashed: Verdict.OURS_NOT_IN_LOG,
        in_flight.platform_room_id: Verdict.OURS_NOT_IN_LOG,  # 35 min and still not booked
    }
    assert left == {
        live: Verdict.OTHER_LOG_AHEAD,
        just_ended: Verdict.OTHER_LOG_AHEAD,  # within the 24 h grace
        no_end: Verdict.OTHER_LOG_UNKNOWN_END,
        old_version: Verdict.UNKNOWN_OWNER,
        in_draft_plan.platform_room_id: Verdict.IN_DRAFT,
    }
    # Asking for everything deletes only what is offered, each recorded with its reason.
    everything = [
        r
        for r in (
            live,
            just_ended,
            long_ended,
            no_end,
            old_version,
            mine_crashed,
            in_draft_plan.platform_room_id,
        )
        if r
    ]
    deleted = reconcile(rig).delete_orphans(everything)
    assert sorted(r.room_id or "" for r in deleted) == sorted([long_ended, mine_crashed])
    reasons = {e["platform_room_id"]: e["reason"] for e in app_events(rig.store, "room_deleted")}
    assert reasons == {long_ended: "other_log_ended", mine_crashed: "ours_not_in_log"}
    assert in_flight.platform_room_id and in_flight.platform_room_id not in {
        r.room_id for r in deleted
    }


def test_a_room_made_minutes_ago_is_never_deleted(rig: Rig) -> None:
    fresh = rig.rooms.create_room(rig.rooms.reserve_name())
    rig.store.clock.advance(minutes=10)
    report = reconcile(rig).scan()
    assert report.orphans == ()
    assert [(f.room.room_id, f.verdict) for f in report.left_alone] == [
        (fresh.platform_room_id, Verdict.RECENT)
    ]
    assert reconcile(rig).delete_orphans([fresh.platform_room_id or ""]) == []
    assert rig.names() == ["HC Torsås 1"]


def test_a_leftover_of_a_room_the_log_deleted_is_offered(rig: Rig) -> None:
    plan = rig.rooms.create_room(rig.rooms.reserve_name())
    meeting_id = rig.book(plan, days=-1)
    # The log says gone; the server still has it.
    rig.rooms.mark_deleted(meeting_id, DeletionKind.MANUAL)
    report = reconcile(rig).scan()
    assert [
        (r.room_id, v.verdict) for r, v in zip(report.orphans, report.offered, strict=True)
    ] == [(plan.platform_room_id, Verdict.DELETED_IN_LOG)]
