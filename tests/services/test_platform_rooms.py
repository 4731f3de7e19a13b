"""Rooms created and deleted on the CMS and Pexip emulators, recorded in a real SQLite log."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from sqlalchemy import select

from tests.helpers.cms_emulator import CmsEmulator
from tests.helpers.loopback import Fault
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.pexip_emulator import PexipEmulator
from tests.services.conftest import Store
from vardmote_desktop.config.settings import with_changes
from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.room_tag import RoomTag, parse_tag
from vardmote_desktop.domain.types import MeetingMode, MeetingType, PlatformKind, RoomState
from vardmote_desktop.platforms.base import PlatformAuthError
from vardmote_desktop.platforms.client_base import OWNER_TAG
from vardmote_desktop.platforms.credentials import MEMORY_ONLY_NAME, CredentialStore
from vardmote_desktop.services.dto import MeetingPlan, RoomPlan
from vardmote_desktop.services.errors import (
    CaBundleMissing,
    CreatedRoomUnidentified,
    InvalidMove,
    ManualDeletionUnconfirmed,
    PlatformNotConfigured,
)
from vardmote_desktop.services.meetings import MeetingService
from vardmote_desktop.services.platforms import KeyringStatus, PlatformService
from vardmote_desktop.services.rooms import RoomService
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store.addresses import log_id
from vardmote_desktop.store.events import EventRepository
from vardmote_desktop.store.unit_models import UsedAddress

TEST_TIMEOUT = (2.0, 2.0)


def no_sleep(seconds: float) -> None:
    """Backoff waits are skipped: the emulators answer at once."""


@dataclass
class Rig:
    kind: PlatformKind
    server: CmsEmulator | PexipEmulator
    store: Store
    platforms: PlatformService
    rooms: RoomService
    meetings: MeetingService

    def seed(self, name: str, *, ours: bool, tag: str | None = None) -> str:
        """A room on the server; ours carries the old owner tag unless tag is given.

        Returns its server id.
        """
        address = name.lower().replace(" ", ".").replace("å", "a")
        mark = tag if tag is not None else (OWNER_TAG if ours else "")
        call_id = str(555000111 + len(self.names()))
        if isinstance(self.server, CmsEmulator):
            return self.server.seed(name, address, call_id=call_id, cdr_tag=mark or None).id
        aliases = [f"{address}@video.example.se", call_id]
        return str(self.server.seed(name, aliases, tag=mark)["id"])

    def log_id(self) -> str:
        with transaction(self.store.factory) as session:
            return log_id(session)

    def tag(self, room_id: str) -> RoomTag | None:
        if isinstance(self.server, CmsEmulator):
            return parse_tag(self.server.spaces[room_id].cdr_tag)
        return parse_tag(self.server.conferences[int(room_id)]["tag"])

    def names(self) -> list[str]:
        if isinstance(self.server, CmsEmulator):
            return sorted(s.name for s in self.server.spaces.values())
        return sorted(c["name"] for c in self.server.conferences.values())

    def book(self, room: RoomPlan | None, *, days: float = 1) -> int:
        starts = self.store.clock.now + timedelta(days=days)
        plan = MeetingPlan(MeetingType.DISTANCE, MeetingMode.DIGITAL, starts, room=room)
        return self.meetings.book(plan)


def make_rig(store: Store, kind: str, server: CmsEmulator | PexipEmulator) -> Rig:
    settings = with_changes(
        store.settings, platform=kind, server_url=server.base_url, server_user=server.username
    )
    credentials = CredentialStore()
    credentials.set_password(kind, server.username, server.password)
    platforms = PlatformService(
        settings, store.profile, credentials, timeout=TEST_TIMEOUT, sleep=no_sleep
    )
    rooms = RoomService(store.factory, settings, store.profile, store.clock, platforms=platforms)
    meetings = MeetingService(store.factory, settings, store.profile, clock=store.clock)
    return Rig(PlatformKind(kind), server, store, platforms, rooms, meetings)


@pytest.fixture(params=["cms", "pexip"])
def rig(
    request: pytest.FixtureRequest, store: Store, memory_keyring: MemoryKeyring
) -> Iterator[Rig]:
    server: CmsEmulator | PexipEmulator = (
        CmsEmulator() if request.param == "cms" else PexipEmulator()
    )
    with server:
        yield make_rig(store, request.param, server)


def app_events(store: Store, action: str) -> list[dict[str, object]]:
    with transaction(store.factory) as session:
        return [e.details for e in EventRepository(session).app_wide() if e.action == action]


def used(store: Store) -> set[tuple[str, str]]:
    with transaction(store.factory) as session:
        return {(u.kind, u.value) for u in session.scalars(select(UsedAddress))}


def test_create_room_on_the_server_with_unique_address_and_call_id(rig: Rig) -> None:
    ends = rig.store.clock.now + timedelta(days=2)
    first = rig.rooms.create_room(rig.rooms.reserve_name(), ends_at=ends)
    second = rig.rooms.create_room(rig.rooms.reserve_name())
    assert (first.name, first.number, second.name) == ("HC Torsås 1", 1, "HC Torsås 2")
    assert first.platform is rig.kind and first.platform_room_id
    # The human name stays; the address gets a random part, so no PC can ever reuse it.
    assert re.fullmatch(
        r"hc\.torsas\.1\.[a-z][a-z0-9]{4}@ltkalmar\.se", first.join.video_address or ""
    )
    assert first.join.call_id and first.join.call_id.isdigit() and len(first.join.call_id) == 9
    assert first.join.call_id != second.join.call_id
    assert rig.names() == ["HC Torsås 1", "HC Torsås 2"]
    for plan in (first, second):
        uri = (plan.join.video_address or "").partition("@")[0]
        assert {("uri", uri), ("call_id", plan.join.call_id)} <= used(rig.store)
    assert rig.tag(first.platform_room_id) == RoomTag(rig.log_id(), rig.store.clock.now, ends)
    assert second.platform_room_id
    assert rig.tag(second.platform_room_id) == RoomTag(rig.log_id(), rig.store.clock.now, None)
    assert app_events(rig.store, "room_created")[-1] == {
        "room": "HC Torsås 1",
        "platform": rig.kind.value,
        "platform_room_id": first.platform_room_id,
    }


def test_name_taken_on_the_server_moves_to_a_new_number_never_reused(rig: Rig) -> None:
    rig.seed("HC Torsås 1", ours=False)  # made by someone in the vendor's admin tool
    plan = rig.rooms.create_room(rig.rooms.reserve_name())
    assert (plan.name, plan.number) == ("HC Torsås 2", 2)
    assert (plan.join.video_address or "").startswith("hc.torsas.2.")
    assert rig.rooms.reserve_name().name == "HC Torsås 3"  # 2 was spent by the create
    reserved = app_events(rig.store, "room_number_reserved")
    assert {"room": "HC Torsås 2", "taken_on_server": "HC Torsås 1"} in reserved


def test_booked_room_is_deleted_through_the_api_after_the_meeting(rig: Rig) -> None:
    meeting_id = rig.book(rig.rooms.create_room(rig.rooms.reserve_name()))
    detail = rig.meetings.detail(meeting_id)
    assert detail.room is not None and detail.room.platform is rig.kind
    assert detail.room.platform_room_id
    rig.store.clock.advance(days=2)
    info = rig.rooms.delete_room(meeting_id)
    assert info.state is RoomState.DELETED and info.deleted_at == rig.store.clock.now
    assert rig.names() == []
    events = rig.meetings.detail(meeting_id).events
    assert events[-1].action == "room_deleted"
    assert events[-1].details == {"room": "HC Torsås 1", "how": "api"}
    assert rig.rooms.delete_room(meeting_id) == info  # twice: no second call, no second event
    assert [e.action for e in rig.meetings.detail(meeting_id).events].count("room_deleted") == 1


def test_room_already_gone_on_the_server_counts_as_deleted(rig: Rig) -> None:
    meeting_id = rig.book(rig.rooms.create_room(rig.rooms.reserve_name()))
    if isinstance(rig.server, CmsEmulator):
        rig.server.spaces.clear()
    else:
        rig.server.conferences.clear()
    assert rig.rooms.delete_room(meeting_id).state is RoomState.DELETED
    assert rig.server.requests_for("DELETE")  # it asked, got 404, and took that as done


def test_wrong_password_is_an_authentication_error(rig: Rig) -> None:
    rig.platforms.save_password(rig.kind.value, rig.server.username, "fel")
    with pytest.raises(PlatformAuthError):
        rig.rooms.create_room(rig.rooms.reserve_name())
    with pytest.raises(PlatformAuthError):
        rig.platforms.test_connection(
            rig.kind.value, rig.server.base_url, rig.server.username, None
        )
    rig.platforms.test_connection(
        rig.kind.value, rig.server.base_url, rig.server.username, rig.server.password
    )


def test_missing_password_or_server_is_not_configured(store: Store, memory_keyring: object) -> None:
    with CmsEmulator() as server:
        rig = make_rig(store, "cms", server)
        CredentialStore().delete_password("cms", server.username)
        with pytest.raises(PlatformNotConfigured):
            rig.rooms.create_room(rig.rooms.reserve_name())
        rig.platforms.apply(with_changes(rig.platforms.settings, server_url=None))
        with pytest.raises(PlatformNotConfigured):
            rig.platforms.test_connection("cms", "", server.username, "secret")
        assert server.requests == []  # nothing was sent without a full configuration


def test_manual_room_is_marked_deleted_only_when_the_user_confirms(rig: Rig) -> None:
    manual = RoomPlan(
        PlatformKind.MANUAL,
        "HC Torsås 9",
        9,
        join=JoinInfo(video_address="hc.torsas.9@ltkalmar.se", call_id="600100200"),
    )
    meeting_id = rig.book(manual)
    with pytest.raises(ManualDeletionUnconfirmed):
        rig.rooms.delete_room(meeting_id)
    info = rig.rooms.delete_room(meeting_id, user_confirmed=True)
    assert info.state is RoomState.DELETED
    assert rig.meetings.detail(meeting_id).events[-1].details["how"] == "manual"
    assert rig.server.requests == []  # a manual room never reaches the server


def test_the_municipalitys_room_is_never_deleted(rig: Rig) -> None:
    meeting_id = rig.book(
        RoomPlan(PlatformKind.EXTERNAL, join=JoinInfo(web_link="https://sefos.example/m/1"))
    )
    with pytest.raises(InvalidMove):
        rig.rooms.delete_room(meeting_id, user_confirmed=True)


def test_one_action_deletes_every_room_whose_meeting_has_ended(rig: Rig) -> None:
    ended = rig.book(rig.rooms.create_room(rig.rooms.reserve_name()), days=-1)
    upcoming = rig.book(rig.rooms.create_room(rig.rooms.reserve_name()), days=3)
    manual = rig.book(
        RoomPlan(
            PlatformKind.MANUAL, "HC Torsås 9", 9, join=JoinInfo(video_address="x.9@ltkalmar.se")
        ),
        days=-2,
    )
    assert [r.meeting_id for r in rig.rooms.ended_rooms()] == [manual, ended]

    results = rig.rooms.delete_ended_rooms(user_confirmed_manual=False)
    assert {(r.meeting_id, r.deleted, r.error) for r in results} == {
        (ended, True, None),
        (manual, False, None),  # skipped until the user says it is gone in the vendor's app
    }
    assert rig.names() == ["HC Torsås 2"]
    results = rig.rooms.delete_ended_rooms(user_confirmed_manual=True)
    assert [(r.meeting_id, r.deleted) for r in results] == [(manual, True)]
    assert rig.meetings.detail(upcoming).room.state is RoomState.ACTIVE  # type: ignore[union-attr]


def test_a_failing_room_does_not_stop_the_others(rig: Rig) -> None:
    first = rig.book(rig.rooms.create_room(rig.rooms.reserve_name()), days=-2)
    second = rig.book(rig.rooms.create_room(rig.rooms.reserve_name()), days=-1)
    rig.server.fail(400, method="DELETE")  # a refusal that is not retried
    results = rig.rooms.delete_ended_rooms(user_confirmed_manual=False)
    assert [(r.meeting_id, r.deleted) for r in results] == [(first, False), (second, True)]
    assert results[0].error is not None


def test_keyring_status_and_a_missing_ca_bundle(
    store: Store, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    with CmsEmulator() as server:
        rig = make_rig(store, "cms", server)
        status = rig.platforms.keyring_status()
        assert status == KeyringStatus(True, "tests.helpers.memory_keyring.MemoryKeyring")
        with pytest.raises(CaBundleMissing):
            rig.platforms.test_connection(
                "cms", server.base_url, "api", "secret", str(tmp_path / "saknas.pem")
            )
        assert server.requests == []


def test_without_a_keyring_the_password_lives_in_memory_for_the_session(store: Store) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        # The backend is resolved at the first call that needs it, not at construction.
        service = PlatformService(store.settings, store.profile, CredentialStore())
        assert service.keyring_status() == KeyringStatus(False, MEMORY_ONLY_NAME)
        assert not service.has_password("cms", "api")
        service.save_password("cms", "api", "hemligt")
        assert service.has_password("cms", "api")
    finally:
        keyring.set_keyring(previous)


def test_booking_at_another_time_restamps_the_planned_end(rig: Rig) -> None:
    planned = rig.store.clock.now + timedelta(days=1, hours=1)
    plan = rig.rooms.create_room(rig.rooms.reserve_name(), ends_at=planned)
    meeting_id = rig.book(plan, days=3)  # the user went back and moved the meeting
    assert plan.platform_room_id
    assert rig.rooms.stamp_planned_end(meeting_id)
    tag = rig.tag(plan.platform_room_id)
    assert tag is not None and tag.owner == rig.log_id()
    assert tag.ends_at == rig.store.clock.now + timedelta(days=3, minutes=60)
    assert tag.created_at == rig.store.clock.now  # when it was made does not change
    assert not rig.rooms.stamp_planned_end(meeting_id)  # already right: nothing sent


def test_manual_rooms_get_an_address_to_type_and_reuse_is_caught_when_pasted(rig: Rig) -> None:
    rig.platforms.apply(with_changes(rig.platforms.settings, platform="manual"))
    reserved = rig.rooms.reserve_name()
    address = rig.rooms.manual_address(reserved)
    assert address.uri_user.startswith("hc.torsas.1.")
    assert rig.rooms.manual_address(reserved) == address  # a resumed draft shows the same
    assert {("uri", address.uri_user), ("call_id", address.call_id)} <= used(rig.store)

    typed = rig.rooms.read_invitation(
        f"Videoadress: {address.video_address('ltkalmar.se')}\nMötes-ID: {address.call_id}",
        reserved,
    )
    # The plan comes back under the reserved name: no caller patches a name into it.
    assert (typed.platform, typed.name, typed.number) == (
        PlatformKind.MANUAL,
        reserved.name,
        reserved.number,
    )
    assert typed.join == JoinInfo(address.video_address("ltkalmar.se"), address.call_id)
    assert rig.rooms.reused_address(typed, reserved) is None  # what we proposed: fine

    other = rig.rooms.reserve_name()
    # The same invitation pasted for another meeting would lead into the first one's room.
    reuse = rig.rooms.reused_address(typed, other)
    assert reuse is not None and reuse.video_address and reuse.call_id
    booked = RoomPlan(
        PlatformKind.MANUAL,
        "HC Torsås 9",
        9,
        join=JoinInfo(video_address="old.room@ltkalmar.se", call_id="600100200"),
    )
    rig.book(booked)
    pasted = rig.rooms.read_invitation("Videoadress: OLD.room@ltkalmar.se\nMötes-ID: 600100201")
    reuse = rig.rooms.reused_address(pasted, other)
    assert reuse is not None and (reuse.video_address, reuse.call_id) == (True, False)
    external = rig.rooms.read_invitation(
        "https://sefos.example/m/1 old.room@ltkalmar.se", other, external=True
    )
    assert (external.name, external.number) == (None, None)  # never named after our counter
    assert rig.rooms.reused_address(external, other) is None  # the municipality's: may recur
    assert rig.server.requests == []


def test_a_pasted_room_of_ours_must_have_the_address_drawn_for_its_name(rig: Rig) -> None:
    rig.platforms.apply(with_changes(rig.platforms.settings, platform="manual"))
    reserved = rig.rooms.reserve_name()
    address = rig.rooms.manual_address(reserved)
    shown = address.video_address("ltkalmar.se")

    def pasted(text: str, external: bool = False) -> RoomPlan:
        return rig.rooms.read_invitation(text, reserved, external=external)

    # As the page said, in any case and spacing: fine.
    right = pasted(f"Videoadress: {shown.upper()}\nMötes-ID: {address.call_id}")
    assert rig.rooms.address_mismatch(right, reserved) is None
    # The tool's own address, or the right address with another ID: the expected one back.
    own_choice = pasted("Videoadress: hc.torsas.egen@ltkalmar.se\nMötes-ID: 698765432")
    assert rig.rooms.address_mismatch(own_choice, reserved) == address
    wrong_id = pasted(f"Videoadress: {shown}\nMötes-ID: 698765432")
    assert rig.rooms.address_mismatch(wrong_id, reserved) == address
    # The municipality's room, or nothing reserved to compare with: not ours to judge.
    theirs = pasted("https://sefos.example/m/1", external=True)
    assert rig.rooms.address_mismatch(theirs, reserved) is None
    assert rig.rooms.address_mismatch(own_choice, None) is None
    assert rig.server.requests == []


def test_a_create_answered_with_another_objects_location_is_an_error_not_a_room(
    rig: Rig,
) -> None:
    wrong = (
        "/api/v1/callLegProfiles/5d3a8f2e-1c44-4b6e-9a0f-2b7c1d9e8f10"
        if rig.kind is PlatformKind.CMS
        else "/api/admin/configuration/v1/conference_alias/1/"
    )
    if rig.kind is PlatformKind.CMS:
        rig.server.inject(Fault(method="POST"))  # the uriUsageQuery, answered as usual
    status = 200 if rig.kind is PlatformKind.CMS else 201
    rig.server.inject(
        Fault(status=status, process=True, method="POST", headers={"Location": wrong})
    )
    with pytest.raises(CreatedRoomUnidentified):
        rig.rooms.create_room(rig.rooms.reserve_name())
    assert rig.names() == ["HC Torsås 1"]  # the server did make it: Städa rum finds it by its mark
    assert app_events(rig.store, "room_created") == []  # but the log never took it as a room
