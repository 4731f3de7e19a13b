"""CiscoMeetingServer against the loopback CMS emulator: create, read, delete, list, failures."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable
from urllib.parse import parse_qs

import pytest

from tests.helpers.cms_emulator import CmsEmulator
from tests.helpers.loopback import Fault, Request
from tests.platforms.conftest import TEST_TIMEOUT, no_sleep
from vardmote_desktop.domain.naming import RoomAddress
from vardmote_desktop.platforms.base import (
    PlatformAuthError,
    PlatformBusy,
    PlatformConflict,
    PlatformInvalidAnswer,
    PlatformNotFound,
    PlatformRejected,
    PlatformUnavailable,
    VideoPlatform,
)
from vardmote_desktop.platforms.client_base import MAX_ADDRESS_ATTEMPTS, OWNER_TAG
from vardmote_desktop.platforms.cms import CiscoMeetingServer


def creates(server: CmsEmulator) -> list[Request]:
    return [r for r in server.requests_for("POST") if r.path == "/api/v1/coSpaces"]


def drawn(*pairs: tuple[str, str]) -> Callable[[str], RoomAddress]:
    """An address drawer that hands out these (uri, call ID) pairs in order."""
    queue = iter(RoomAddress(uri, call_id) for uri, call_id in pairs)
    return lambda name: next(queue)


def _client(server: CmsEmulator, **kwargs: object) -> CiscoMeetingServer:
    options: dict[str, object] = {"timeout": TEST_TIMEOUT, "sleep": no_sleep}
    options.update(kwargs)
    return CiscoMeetingServer(
        server.base_url,
        server.username,
        server.password,
        video_domain="video.example.se",
        **options,  # type: ignore[arg-type]
    )


def test_create_room_posts_form_and_reads_the_space_back(
    cms_server: CmsEmulator, cms: CiscoMeetingServer
) -> None:
    tag = "vardmote-desktop/1 o=0a1b c=20261201T0800Z e=20261202T1000Z"
    room = cms.create_room(["HC Torsås 8"], drawn(("hc.torsas.8.k3f9x", "059893656")), tag)

    query, post = cms_server.requests_for("POST")
    assert query.path == "/api/v1/uriUsageQuery"  # the address is checked before it is used
    assert parse_qs(query.body.decode()) == {"uri": ["hc.torsas.8.k3f9x"]}
    assert post.path == "/api/v1/coSpaces"
    assert post.headers["content-type"] == "application/x-www-form-urlencoded"
    form = parse_qs(post.body.decode())
    assert form == {
        "name": ["HC Torsås 8"],
        "uri": ["hc.torsas.8.k3f9x"],
        "callId": ["059893656"],
        "cdrTag": [tag],
    }
    space = cms_server.spaces[room.room_id or ""]
    assert room.name == "HC Torsås 8"
    assert room.join.video_address == "hc.torsas.8.k3f9x@video.example.se"
    assert room.join.call_id == space.call_id == "059893656"  # the leading zero is kept
    assert room.join.web_link == f"https://join.example.se/meeting/059893656?secret={space.secret}"
    assert room.join.passcode is None  # absent element, not an empty string
    assert room.tag == tag


def test_client_satisfies_the_protocol(cms: CiscoMeetingServer) -> None:
    platform: VideoPlatform = cms
    assert platform.get_room(platform.create_room(["Rum 1"]).room_id or "").name == "Rum 1"


def test_uri_in_use_is_replaced_by_a_fresh_one_under_the_same_name(
    cms_server: CmsEmulator, cms: CiscoMeetingServer
) -> None:
    cms_server.seed("Someone else's room", "hc.torsas.8.aaaaa", call_id="111222333")
    draws = drawn(("hc.torsas.8.aaaaa", "100000001"), ("hc.torsas.8.bbbbb", "100000002"))
    room = cms.create_room(["HC Torsås 8", "HC Torsås 9"], draws)
    assert (room.name, room.join.video_address) == (
        "HC Torsås 8",
        "hc.torsas.8.bbbbb@video.example.se",
    )
    assert len(creates(cms_server)) == 1


def test_name_taken_on_the_server_moves_on_to_the_next_candidate(
    cms_server: CmsEmulator, cms: CiscoMeetingServer
) -> None:
    cms_server.seed("HC Torsås 8", "made.by.hand", call_id="111222333")
    room = cms.create_room(["HC Torsås 8", "HC Torsås 9"])
    assert room.name == "HC Torsås 9"
    assert room.join.video_address and room.join.video_address.startswith("hc.torsas.9.")


def test_no_free_candidate_raises_conflict(
    cms_server: CmsEmulator, cms: CiscoMeetingServer
) -> None:
    cms_server.seed("HC Torsås 8", "a")
    cms_server.seed("HC Torsås 9", "b")
    with pytest.raises(PlatformConflict):
        cms.create_room(["HC Torsås 8", "HC Torsås 9"])


def test_call_id_clash_draws_a_new_address(
    cms_server: CmsEmulator, cms: CiscoMeetingServer
) -> None:
    cms_server.seed("Old", "old.room", call_id="111111111")
    draws = drawn(("hc.torsas.8.aaaaa", "111111111"), ("hc.torsas.8.bbbbb", "222222222"))
    room = cms.create_room(["HC Torsås 8"], draws)
    assert room.join.call_id == "222222222"
    assert len(creates(cms_server)) == 2


def test_address_clashes_are_bounded(cms_server: CmsEmulator, cms: CiscoMeetingServer) -> None:
    cms_server.seed("Old", "old.room", call_id="111111111")
    with pytest.raises(PlatformConflict):
        cms.create_room(["HC Torsås 8"], lambda name: RoomAddress("x.y", "111111111"))
    assert len(creates(cms_server)) == MAX_ADDRESS_ATTEMPTS


def test_set_tag_puts_the_cdr_tag_within_its_limit(
    cms_server: CmsEmulator, cms: CiscoMeetingServer
) -> None:
    room = cms.create_room(["HC Torsås 8"])
    cms.set_tag(room.room_id or "", "vardmote-desktop/1 o=ab e=20261202T1000Z")
    assert cms.get_room(room.room_id or "").tag == "vardmote-desktop/1 o=ab e=20261202T1000Z"
    with pytest.raises(PlatformRejected) as caught:
        cms.set_tag(room.room_id or "", "x" * 101)
    assert caught.value.parameter == "cdrTag"


def test_busy_server_is_retried_then_succeeds(
    cms_server: CmsEmulator, cms: CiscoMeetingServer
) -> None:
    cms_server.inject(Fault(status=503, method="POST", headers={"Retry-After": "1"}), count=2)
    room = cms.create_room(["HC Torsås 8"])
    assert room.name == "HC Torsås 8"
    assert len(cms_server.find("HC Torsås 8")) == 1


def test_server_busy_for_good_raises_busy(cms_server: CmsEmulator) -> None:
    delays: list[float] = []
    cms_server.fail(503, count=10)
    client = _client(cms_server, max_retries=2, sleep=delays.append)
    with client, pytest.raises(PlatformBusy) as caught:
        client.get_room("0b1c9b3e-0000-4000-8000-000000000001")
    assert isinstance(caught.value, PlatformUnavailable)
    assert len(cms_server.requests) == 3
    assert delays == [0.5, 1.0]  # exponential backoff


def test_500_that_created_the_space_is_adopted_not_repeated(
    cms_server: CmsEmulator, cms: CiscoMeetingServer
) -> None:
    cms_server.inject(Fault(method="POST"))  # the uriUsageQuery goes through
    cms_server.inject(Fault(status=500, process=True, method="POST"))
    room = cms.create_room(["HC Torsås 8"])
    assert [s.id for s in cms_server.find("HC Torsås 8")] == [room.room_id]
    assert len(creates(cms_server)) == 1


def test_timed_out_create_that_went_through_is_adopted(cms_server: CmsEmulator) -> None:
    cms_server.inject(Fault(method="POST"))  # the uriUsageQuery goes through
    cms_server.inject(Fault(stall=0.6, method="POST"))
    # The client gives up after 0.2 s; the "backoff" waits until the stalled create has finished.
    with _client(cms_server, timeout=(2.0, 0.2), sleep=lambda _: time.sleep(0.8)) as client:
        room = client.create_room(["HC Torsås 8"])
    assert [s.id for s in cms_server.find("HC Torsås 8")] == [room.room_id]
    assert len(creates(cms_server)) == 1


def test_someone_elses_space_with_our_address_is_never_adopted(
    cms_server: CmsEmulator, cms: CiscoMeetingServer
) -> None:
    # Its call ID is the one we drew; uriUsageQuery cannot see that, the create refuses it.
    cms_server.seed("Annat rum", "hc.torsas.8.zzzzz", call_id="100000001")
    cms_server.inject(Fault(status=502, method="POST"))  # the check is retried, not skipped
    draws = drawn(("hc.torsas.8.aaaaa", "100000001"), ("hc.torsas.8.bbbbb", "100000002"))
    room = cms.create_room(["HC Torsås 8"], draws)
    assert (room.name, room.join.call_id) == ("HC Torsås 8", "100000002")
    assert cms_server.spaces[room.room_id or ""].cdr_tag == OWNER_TAG


def test_redirect_is_not_followed_and_counts_as_try_later(
    cms_server: CmsEmulator, cms: CiscoMeetingServer
) -> None:
    room = cms.create_room(["HC Torsås 8"])
    cms_server.inject(Fault(status=307, headers={"Location": "http://127.0.0.1:9/elsewhere"}))
    assert cms.get_room(room.room_id or "").name == "HC Torsås 8"
    assert all(r.path.startswith("/api/v1/") for r in cms_server.requests)


def test_wrong_password_raises_auth_error(cms_server: CmsEmulator) -> None:
    client = CiscoMeetingServer(
        cms_server.base_url, "api", "wrong", video_domain="video.example.se", sleep=no_sleep
    )
    with client, pytest.raises(PlatformAuthError):
        client.create_room(["HC Torsås 8"])
    assert len(cms_server.requests) == 1  # no retry on 401


def test_delete_and_delete_again(cms_server: CmsEmulator, cms: CiscoMeetingServer) -> None:
    room = cms.create_room(["HC Torsås 8"])
    cms.delete_room(room.room_id or "")
    assert cms_server.spaces == {}
    cms.delete_room(room.room_id or "")  # 404 coSpaceDoesNotExist counts as deleted
    with pytest.raises(PlatformNotFound):
        cms.get_room(room.room_id or "")


def test_odd_room_id_never_reaches_the_url(
    cms_server: CmsEmulator, cms: CiscoMeetingServer
) -> None:
    with pytest.raises(PlatformNotFound):
        cms.get_room("../coSpaces?x=1")
    assert cms_server.requests == []


def test_wrong_base_path_is_an_invalid_answer_not_a_deletion(cms_server: CmsEmulator) -> None:
    client = CiscoMeetingServer(
        cms_server.base_url + "/wrong",
        cms_server.username,
        cms_server.password,
        video_domain="video.example.se",
        sleep=no_sleep,
    )
    with client, pytest.raises(PlatformInvalidAnswer):
        client.delete_room("0b1c9b3e-0000-4000-8000-000000000001")


def test_parameter_error_carries_the_parameter(cms_server: CmsEmulator) -> None:
    client = _client(cms_server, owner_tag="x" * 101)
    with client, pytest.raises(PlatformRejected) as caught:
        client.create_room(["HC Torsås 8"])
    assert caught.value.code == "parameterError"
    assert caught.value.parameter == "cdrTag"
    assert caught.value.detail == "tooLong"


@pytest.mark.parametrize("body", [b"<coSpace id='x'", b"not xml", b"<?xml version='1.0'?><other/>"])
def test_unreadable_xml_is_an_invalid_answer(
    cms_server: CmsEmulator, cms: CiscoMeetingServer, body: bytes
) -> None:
    room = cms.create_room(["HC Torsås 8"])
    cms_server.inject(Fault(status=200, body=body, method="GET"))
    with pytest.raises(PlatformInvalidAnswer):
        cms.get_room(room.room_id or "")


def test_unreachable_server_is_unavailable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = CiscoMeetingServer(
        f"http://127.0.0.1:{port}", "api", "secret", video_domain="video.example.se", sleep=no_sleep
    )
    with client, pytest.raises(PlatformUnavailable):
        client.get_room("0b1c9b3e-0000-4000-8000-000000000001")


def test_list_rooms_pages_and_keeps_only_ours(
    cms_server: CmsEmulator, cms: CiscoMeetingServer
) -> None:
    ours = [
        cms_server.seed(f"HC Torsås {n}", f"hc.torsas.{n}", cdr_tag=OWNER_TAG) for n in range(22)
    ]
    cms_server.seed("HC Torsås 98", "hc.torsas.98.k3f9x", cdr_tag="vardmote-desktop/1 o=ab")
    cms_server.seed("HC Torsås 99", "hc.torsas.99", cdr_tag="someone-else")
    cms_server.seed("HC Torsås 100", "hc.torsas.100")
    cms_server.seed("Gamla HC Torsås 1", "gamla.hc.torsas.1", cdr_tag=OWNER_TAG)  # substring hit
    cms_server.seed("VC Kalmar 1", "vc.kalmar.1", cdr_tag=OWNER_TAG)

    ours.append(cms_server.find("HC Torsås 98")[0])  # the versioned mark is ours too
    rooms = list(cms.list_rooms("HC Torsås"))

    assert sorted(r.room_id or "" for r in rooms) == sorted(s.id for s in ours)
    pages = [r for r in cms_server.requests if r.path == "/api/v1/coSpaces" and r.method == "GET"]
    assert len(pages) == 3  # 26 hits with the server's cap of 10 per page
    assert all(p.query["filter"] == ["HC Torsås"] for p in pages)
    assert len(list(cms.list_rooms())) == 25
