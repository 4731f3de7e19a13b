"""A new coSpace's join details as the server gives them (meetingEntryDetail, CMS 2.1+).

The full URI carries the server's own SIP domain, which can differ from the domain in the
settings: what the server says is what callers dial, so it wins over a composed address.
"""

from __future__ import annotations

from tests.helpers.cms_emulator import CmsEmulator
from tests.helpers.loopback import Fault
from tests.platforms.test_cms import drawn
from vardmote_desktop.platforms.cms import CiscoMeetingServer


def _entry_reads(server: CmsEmulator) -> list[str]:
    return [r.path for r in server.requests_for("GET") if r.path.endswith("/meetingEntryDetail")]


def test_the_servers_own_uri_is_preferred_to_the_composed_address(
    cms_server: CmsEmulator, cms: CiscoMeetingServer
) -> None:
    cms_server.sip_domain = "Video.Region.Example.SE"  # not the settings' video.example.se
    room = cms.create_room(["HC Torsås 8"], drawn(("hc.torsas.8.k3f9x", "059893656")), "t")
    assert room.room_id is not None
    assert room.join.video_address == "hc.torsas.8.k3f9x@video.region.example.se"
    assert room.join.call_id == "059893656"  # a string: the leading zero kept
    # The web link is still the web bridge's, with the space's secret.
    secret = cms_server.spaces[room.room_id].secret
    assert room.join.web_link == f"https://join.example.se/meeting/059893656?secret={secret}"
    assert _entry_reads(cms_server) == [f"/api/v1/coSpaces/{room.room_id}/meetingEntryDetail"]


def test_a_server_before_2_1_leaves_the_composed_address(
    cms_server: CmsEmulator, cms: CiscoMeetingServer
) -> None:
    assert cms_server.sip_domain is None  # the node is unknown: a bare 404
    room = cms.create_room(["HC Torsås 9"], drawn(("hc.torsas.9.k3f9x", "612345679")), "t")
    assert room.join.video_address == "hc.torsas.9.k3f9x@video.example.se"
    assert room.join.call_id == "612345679"
    assert len(_entry_reads(cms_server)) == 1  # asked once, then the composed values stand


def test_a_busy_entry_detail_is_retried_not_taken_for_missing(
    cms_server: CmsEmulator, cms: CiscoMeetingServer
) -> None:
    cms_server.sip_domain = "video.region.example.se"
    # The name check (a list) and the coSpace read back pass as they are.
    cms_server.inject(Fault(method="GET"), count=2)
    cms_server.inject(Fault(status=503, method="GET"))  # then meetingEntryDetail is busy once
    room = cms.create_room(["HC Torsås 10"], drawn(("hc.torsas.10.k3f9x", "612345610")), "t")
    assert room.join.video_address == "hc.torsas.10.k3f9x@video.region.example.se"
    assert len(_entry_reads(cms_server)) == 2


def test_reading_a_room_later_needs_no_entry_detail(
    cms_server: CmsEmulator, cms: CiscoMeetingServer
) -> None:
    space = cms_server.seed("HC Torsås 11", "hc.torsas.11.x", call_id="612345611", cdr_tag="t")
    cms_server.sip_domain = "video.region.example.se"
    assert cms.get_room(space.id).join.call_id == "612345611"
    assert _entry_reads(cms_server) == []  # a list or a verify-gone read stays one request
