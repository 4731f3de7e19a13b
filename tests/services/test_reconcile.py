"""*Städa rum* against the CMS and Pexip emulators: orphans on the server, rooms gone from it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.cms_emulator import CmsEmulator
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.pexip_emulator import PexipEmulator
from tests.services.conftest import Store
from tests.services.test_platform_rooms import Rig, app_events, make_rig
from vardmote_desktop.config.settings import with_changes
from vardmote_desktop.domain.types import RoomState
from vardmote_desktop.services.errors import PlatformNotConfigured
from vardmote_desktop.services.reconcile import MISSING_HOW, ReconcileService


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
    return ReconcileService(rig.store.factory, rig.store.settings, rig.platforms, rig.rooms)


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
    orphan_id = rig.seed("HC Torsås 7", ours=True)  # created, then the PC crashed
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
    orphan_id = rig.seed("HC Torsås 7", ours=True)
    service = reconcile(rig)
    assert booked.platform_room_id
    deleted = service.delete_orphans([orphan_id, booked.platform_room_id])
    assert [r.room_id for r in deleted] == [orphan_id]
    assert rig.names() == ["HC Torsås 1"]  # the booked room stays whatever the caller asks
    assert app_events(rig.store, "room_deleted")[0] == {
        "room": "HC Torsås 7",
        "how": "orphan",
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
    assert detail.events[-1].details == {"room": "HC Torsås 2", "how": MISSING_HOW}
    assert rig.meetings.detail(present).room.state is RoomState.ACTIVE  # type: ignore[union-attr]
    assert reconcile(rig).scan().missing == ()


def test_manual_platform_has_nothing_to_reconcile(rig: Rig) -> None:
    rig.platforms.apply(with_changes(rig.platforms.settings, platform="manual"))
    with pytest.raises(PlatformNotConfigured):
        reconcile(rig).scan()
    assert rig.server.requests == []
