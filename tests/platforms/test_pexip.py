"""PexipInfinity against the loopback Pexip emulator: create, read, delete, list, failures."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
import requests

from tests.helpers.loopback import Fault
from tests.helpers.pexip_emulator import API, PexipEmulator
from tests.platforms.conftest import TEST_TIMEOUT, no_sleep
from vardmote_desktop.domain.naming import RoomAddress
from vardmote_desktop.platforms.base import (
    PlatformAuthError,
    PlatformBusy,
    PlatformConflict,
    PlatformInvalidAnswer,
    PlatformNotFound,
    PlatformRejected,
)
from vardmote_desktop.platforms.client_base import OWNER_TAG
from vardmote_desktop.platforms.pexip import PexipInfinity


def _client(server: PexipEmulator, **kwargs: object) -> PexipInfinity:
    options: dict[str, object] = {"timeout": TEST_TIMEOUT, "sleep": no_sleep}
    options.update(kwargs)
    return PexipInfinity(
        server.base_url,
        server.username,
        server.password,
        video_domain="vmr.example.org",
        webapp_base="https://pexip.example.org",
        **options,  # type: ignore[arg-type]
    )


def drawn(*pairs: tuple[str, str]) -> Callable[[str], RoomAddress]:
    """An address drawer that hands out these (uri, call ID) pairs in order."""
    queue = iter(RoomAddress(uri, call_id) for uri, call_id in pairs)
    return lambda name: next(queue)


def test_create_room_posts_json_and_reads_the_vmr_back(
    pexip_server: PexipEmulator, pexip: PexipInfinity
) -> None:
    tag = "vardmote-desktop/1 o=0a1b c=20261201T0800Z"
    room = pexip.create_room(["HC Torsås 8"], drawn(("hc.torsas.8.k3f9x", "012345678")), tag)

    lookups = [r.query["alias"] for r in pexip_server.requests if "alias" in r.query]
    assert lookups == [["hc.torsas.8.k3f9x@vmr.example.org"], ["012345678"]]
    post = pexip_server.requests_for("POST")[0]
    assert post.path == API + "conference/"
    body = json.loads(post.body)
    assert body["name"] == "HC Torsås 8"
    assert body["service_type"] == "conference"
    assert body["tag"] == tag
    address, number = (a["alias"] for a in body["aliases"])
    assert (address, number) == ("hc.torsas.8.k3f9x@vmr.example.org", "012345678")
    assert room.join.video_address == address
    assert room.join.call_id == number
    assert room.join.passcode is None
    assert room.tag == tag
    assert room.join.web_link == (
        "https://pexip.example.org/webapp/#/?conference=hc.torsas.8.k3f9x@vmr.example.org"
    )
    assert all(r.path.endswith("/") for r in pexip_server.requests)


def test_absolute_location_is_understood(pexip_server: PexipEmulator, pexip: PexipInfinity) -> None:
    pexip_server.absolute_location = True
    room = pexip.create_room(["HC Torsås 8"])
    assert room.room_id == str(pexip_server.find("HC Torsås 8")[0]["id"])


def test_pin_support(pexip_server: PexipEmulator) -> None:
    with _client(pexip_server, pin_length=6) as client:
        room = client.create_room(["HC Torsås 8"])
    assert (
        room.join.passcode is not None
        and len(room.join.passcode) == 6
        and room.join.passcode.isdigit()
    )
    assert pexip_server.find("HC Torsås 8")[0]["pin"] == room.join.passcode


def test_duplicate_name_moves_on(pexip_server: PexipEmulator, pexip: PexipInfinity) -> None:
    pexip_server.seed("HC Torsås 8", ["other.room@vmr.example.org"])
    room = pexip.create_room(["HC Torsås 8", "HC Torsås 9"])
    assert room.name == "HC Torsås 9"


def test_taken_address_alias_draws_another(
    pexip_server: PexipEmulator, pexip: PexipInfinity
) -> None:
    pexip_server.seed("Another name", ["hc.torsas.8.aaaaa@vmr.example.org"])
    draws = drawn(("hc.torsas.8.aaaaa", "100000001"), ("hc.torsas.8.bbbbb", "100000002"))
    room = pexip.create_room(["HC Torsås 8", "HC Torsås 9"], draws)
    assert (room.name, room.join.video_address) == (
        "HC Torsås 8",
        "hc.torsas.8.bbbbb@vmr.example.org",
    )
    assert len(pexip_server.requests_for("POST")) == 1  # found by the lookup, never sent


def test_numeric_alias_taken_at_create_draws_another(pexip_server: PexipEmulator) -> None:
    pexip_server.seed("Old room", ["1234567"])
    # The name lookup and both alias lookups answer "free", as if the alias was taken between
    # our lookup and our create: the create's duplicate-alias answer must still be handled.
    empty = json.dumps({"meta": {"next": None, "total_count": 0}, "objects": []}).encode()
    pexip_server.inject(Fault(status=200, body=empty, method="GET"), count=3)
    draws = drawn(("hc.torsas.8.aaaaa", "1234567"), ("hc.torsas.8.bbbbb", "7654321"))
    with _client(pexip_server) as client:
        room = client.create_room(["HC Torsås 8"], draws)
    assert room.join.call_id == "7654321"
    assert room.name == "HC Torsås 8"
    assert len(pexip_server.requests_for("POST")) == 2


def test_patch_tag_within_its_limit(pexip_server: PexipEmulator, pexip: PexipInfinity) -> None:
    room = pexip.create_room(["HC Torsås 8"])
    pexip.set_tag(room.room_id or "", "vardmote-desktop/1 o=ab e=20261202T1000Z")
    assert pexip.get_room(room.room_id or "").tag == "vardmote-desktop/1 o=ab e=20261202T1000Z"
    with pytest.raises(PlatformRejected) as caught:
        pexip.set_tag(room.room_id or "", "x" * 251)
    assert caught.value.parameter == "tag"


def test_every_candidate_taken_raises_conflict(
    pexip_server: PexipEmulator, pexip: PexipInfinity
) -> None:
    pexip_server.seed("HC Torsås 8")
    with pytest.raises(PlatformConflict):
        pexip.create_room(["HC Torsås 8"])


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_transient_statuses_are_retried(
    pexip_server: PexipEmulator, pexip: PexipInfinity, status: int
) -> None:
    pexip_server.fail(status, count=2, method="POST")
    room = pexip.create_room(["HC Torsås 8"])
    assert [c["id"] for c in pexip_server.find("HC Torsås 8")] == [int(room.room_id or 0)]


def test_500_that_created_the_vmr_is_adopted(
    pexip_server: PexipEmulator, pexip: PexipInfinity
) -> None:
    pexip_server.inject(Fault(status=500, process=True, method="POST"))
    room = pexip.create_room(["HC Torsås 8"])
    assert pexip.get_room(room.room_id or "").tag == OWNER_TAG
    assert [c["id"] for c in pexip_server.find("HC Torsås 8")] == [int(room.room_id or 0)]
    assert len(pexip_server.requests_for("POST")) == 1
    lookups = [r for r in pexip_server.requests if r.query.get("name") == ["HC Torsås 8"]]
    assert lookups


def test_busy_for_good_raises_busy(pexip_server: PexipEmulator, pexip: PexipInfinity) -> None:
    pexip_server.fail(503, count=10)
    with pytest.raises(PlatformBusy):
        pexip.get_room("1")
    assert len(pexip_server.requests) == 4  # first try and three retries


def test_delete_then_delete_again(pexip_server: PexipEmulator, pexip: PexipInfinity) -> None:
    room = pexip.create_room(["HC Torsås 8"])
    pexip.delete_room(room.room_id or "")
    assert pexip_server.conferences == {}
    delete = pexip_server.requests_for("DELETE")[0]
    assert delete.path == f"{API}conference/{room.room_id}/"
    pexip.delete_room(room.room_id or "")  # 404: already gone
    with pytest.raises(PlatformNotFound):
        pexip.get_room(room.room_id or "")


def test_non_numeric_id_is_not_found_without_a_request(
    pexip_server: PexipEmulator, pexip: PexipInfinity
) -> None:
    with pytest.raises(PlatformNotFound):
        pexip.delete_room("")
    assert pexip_server.requests == []


def test_wrong_password(pexip_server: PexipEmulator) -> None:
    client = PexipInfinity(
        pexip_server.base_url, "admin", "nope", video_domain="vmr.example.org", sleep=no_sleep
    )
    with client, pytest.raises(PlatformAuthError):
        client.create_room(["HC Torsås 8"])


def test_emulator_redirects_a_path_without_slash(pexip_server: PexipEmulator) -> None:
    with requests.Session() as session:
        response = session.get(
            pexip_server.base_url + API + "conference",
            auth=(pexip_server.username, pexip_server.password),
            allow_redirects=False,
            timeout=5,
        )
    assert response.status_code == 301
    assert response.headers["Location"].endswith("/conference/")


def test_a_redirect_is_never_followed(pexip_server: PexipEmulator, pexip: PexipInfinity) -> None:
    room = pexip.create_room(["HC Torsås 8"])
    pexip_server.inject(Fault(status=301, headers={"Location": "http://127.0.0.1:9/x/"}))
    with pytest.raises(PlatformInvalidAnswer):
        pexip.get_room(room.room_id or "")


def test_other_400_is_rejected_with_the_field(
    pexip_server: PexipEmulator, pexip: PexipInfinity
) -> None:
    with pytest.raises(PlatformRejected) as caught:
        pexip.create_room(["x" * 251])
    assert caught.value.code == "invalidValue"
    assert caught.value.parameter == "name"


def test_html_error_page_is_an_invalid_answer(
    pexip_server: PexipEmulator, pexip: PexipInfinity
) -> None:
    pexip_server.inject(Fault(status=200, body=b"<html>oops</html>", method="GET"))
    with pytest.raises(PlatformInvalidAnswer):
        list(pexip.list_rooms())


def test_list_follows_next_and_keeps_only_ours(
    pexip_server: PexipEmulator, pexip: PexipInfinity
) -> None:
    ours = [
        pexip_server.seed(
            f"HC Torsås {n}", [f"hc.torsas.{n}@vmr.example.org", f"50000{n:02d}"], tag=OWNER_TAG
        )
        for n in range(8)
    ]
    pexip_server.seed("HC Torsås 90", tag="someone-else")
    pexip_server.seed("HC Torsås 91")
    pexip_server.seed("VC Kalmar 1", tag=OWNER_TAG)

    rooms = list(pexip.list_rooms("HC Torsås"))

    assert [r.room_id for r in rooms] == [str(c["id"]) for c in ours]
    assert rooms[3].join.call_id == "5000003"
    assert rooms[3].join.video_address == "hc.torsas.3@vmr.example.org"
    pages = [r for r in pexip_server.requests if r.path == API + "conference/"]
    assert len(pages) == 4  # 11 objects, 3 a page: the server's cap beat our limit of 20
