"""A create's Location must name a room of the expected kind: anything else is an error.

The emulators answer the create for real (the room exists on the server) but with a Location
that names something else, as a proxy rewriting headers or an unexpected server version could.
"""

from __future__ import annotations

import pytest

from tests.helpers.cms_emulator import CmsEmulator
from tests.helpers.loopback import Fault
from tests.helpers.pexip_emulator import PexipEmulator
from tests.platforms.test_cms import drawn
from vardmote_desktop.platforms.base import PlatformInvalidAnswer, PlatformUnexpectedLocation
from vardmote_desktop.platforms.cms import CiscoMeetingServer
from vardmote_desktop.platforms.pexip import PexipInfinity

SPACE_ID = "5d3a8f2e-1c44-4b6e-9a0f-2b7c1d9e8f10"


@pytest.mark.parametrize(
    "location",
    [
        f"/api/v1/callLegProfiles/{SPACE_ID}",  # another kind of object
        "/api/v1/coSpaces",  # the list, no id
        f"/api/v1/coSpaces/{SPACE_ID}/accessMethods/1",  # something inside a space
        "",  # no Location at all
    ],
)
def test_cms_create_answered_with_another_objects_location_is_an_error(
    cms_server: CmsEmulator, cms: CiscoMeetingServer, location: str
) -> None:
    headers = {"Location": location} if location else {}
    cms_server.inject(Fault(method="POST"))  # the uriUsageQuery before the create, as it is
    cms_server.inject(Fault(status=200, process=True, method="POST", headers=headers))
    with pytest.raises(PlatformUnexpectedLocation) as caught:
        cms.create_room(["HC Torsås 8"], drawn(("hc.torsas.8.k3f9x", "059893656")), "t")
    assert isinstance(caught.value, PlatformInvalidAnswer)  # what the UI already knows
    # No GET of a made-up id, and no DELETE: the odd id was never used as a room.
    assert not cms_server.requests_for("DELETE")
    assert all(SPACE_ID not in r.path for r in cms_server.requests_for("GET"))


@pytest.mark.parametrize(
    "location",
    [f"/api/v1/coSpaces/{SPACE_ID}", f"https://cms.example.se:8443/api/v1/coSpaces/{SPACE_ID}/"],
)
def test_cms_location_of_a_cospace_is_read_relative_or_absolute(location: str) -> None:
    from requests import Response

    from vardmote_desktop.platforms.cms import _id_from_location

    response = Response()
    response.headers["Location"] = location
    assert _id_from_location(response) == SPACE_ID


@pytest.mark.parametrize(
    "location",
    [
        "/api/admin/configuration/v1/conference_alias/7/",  # the alias, not the VMR
        "/api/admin/configuration/v1/automatic_participant/7/",
        "/api/admin/configuration/v1/conference/",  # the list URL: never to be deleted
        "/api/admin/status/v1/conference/7/",
        "",
    ],
)
def test_pexip_create_answered_with_another_objects_location_is_an_error(
    pexip_server: PexipEmulator, pexip: PexipInfinity, location: str
) -> None:
    headers = {"Location": location} if location else {}
    pexip_server.inject(Fault(status=201, process=True, method="POST", headers=headers))
    with pytest.raises(PlatformUnexpectedLocation):
        pexip.create_room(["Avd 12 3"], drawn(("avd.12.3.x1", "61234567")), "t")
    assert not pexip_server.requests_for("DELETE")
    assert not any(r.path.endswith("/conference/7/") for r in pexip_server.requests_for("GET"))


def test_pexip_absolute_location_of_a_conference_is_read(
    pexip_server: PexipEmulator, pexip: PexipInfinity
) -> None:
    pexip_server.absolute_location = True
    room = pexip.create_room(["Avd 12 4"], drawn(("avd.12.4.x1", "61234568")), "t")
    assert room.room_id is not None and int(room.room_id) in pexip_server.conferences
