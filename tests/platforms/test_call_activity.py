"""Is a call going on, and closing the door: the CMS and Pexip clients against their emulators."""

from __future__ import annotations

import json
from urllib.parse import parse_qs

import pytest

from tests.helpers.cms_emulator import CmsEmulator
from tests.helpers.loopback import Fault
from tests.helpers.pexip_emulator import PexipEmulator
from vardmote_desktop.platforms.base import CallActivity, PlatformNotFound
from vardmote_desktop.platforms.cms import CiscoMeetingServer
from vardmote_desktop.platforms.pexip import PexipInfinity


def test_cms_no_call_an_empty_call_and_a_call_with_people(
    cms_server: CmsEmulator, cms: CiscoMeetingServer
) -> None:
    space = cms_server.seed("HC Torsås 8", "hc.torsas.8", call_id="059893656")
    other = cms_server.seed("HC Torsås 9", "hc.torsas.9", call_id="059893657")
    assert cms.call_activity(space.id) == CallActivity(active=False, participants=0)
    call = cms_server.start_call(space.id, participants=0)  # kept alive with nobody in it
    cms_server.start_call(other.id, participants=5)
    assert cms.call_activity(space.id) == CallActivity(active=True, participants=0)
    listed = [r for r in cms_server.requests_for("GET") if r.path == "/api/v1/calls"]
    assert listed[-1].query == {"coSpaceFilter": [space.id]}
    cms_server.end_call(call.id)
    cms_server.start_call(space.id, participants=3)
    assert cms.call_activity(space.id) == CallActivity(active=True, participants=3)


def test_cms_a_server_ignoring_the_filter_cannot_lend_us_another_rooms_call(
    cms_server: CmsEmulator, cms: CiscoMeetingServer
) -> None:
    space = cms_server.seed("HC Torsås 8", "hc.torsas.8", call_id="059893656")
    other = cms_server.seed("HC Torsås 9", "hc.torsas.9", call_id="059893657")
    call = cms_server.start_call(other.id, participants=2)
    body = (
        f'<?xml version="1.0"?>\n<calls total="1"><call id="{call.id}"><name>x</name>'
        f"<coSpace>{other.id}</coSpace></call></calls>"
    ).encode()
    cms_server.inject(Fault(status=200, method="GET", body=body))
    assert cms.call_activity(space.id) == CallActivity(active=False, participants=0)


def test_cms_a_call_that_ends_while_being_read_still_counts_as_going_on(
    cms_server: CmsEmulator, cms: CiscoMeetingServer
) -> None:
    space = cms_server.seed("HC Torsås 8", "hc.torsas.8", call_id="059893656")
    call = cms_server.start_call(space.id, participants=1)
    body = (
        f'<?xml version="1.0"?>\n<calls total="1"><call id="{call.id}">'
        f"<coSpace>{space.id}</coSpace></call></calls>"
    ).encode()
    cms_server.end_call(call.id)
    cms_server.inject(Fault(status=200, method="GET", body=body))
    # Listed, then gone: asked again at the next run rather than deleted on a guess.
    assert cms.call_activity(space.id).active


def test_cms_closing_the_door_changes_passcode_and_secret_and_keeps_the_call(
    cms_server: CmsEmulator, cms: CiscoMeetingServer
) -> None:
    space = cms_server.seed("HC Torsås 8", "hc.torsas.8", call_id="059893656", passcode="1234")
    secret = space.secret
    cms_server.start_call(space.id, participants=2)
    cms.close_door(space.id)
    put = parse_qs(cms_server.requests_for("PUT")[-1].body.decode())
    assert put["nonMemberAccess"] == ["false"] and put["regenerateSecret"] == ["true"]
    assert space.passcode not in (None, "1234") and space.secret != secret
    assert len(cms_server.calls) == 1 and cms_server.cut_calls == []


def test_cms_deleting_a_space_with_a_call_is_what_the_witness_sees(
    cms_server: CmsEmulator, cms: CiscoMeetingServer
) -> None:
    space = cms_server.seed("HC Torsås 8", "hc.torsas.8", call_id="059893656")
    call = cms_server.start_call(space.id)
    cms.delete_room(space.id)
    assert cms_server.cut_calls == [call.id]  # what the service must never let happen


def test_pexip_people_waiting_count_and_a_web_client_counts_once(
    pexip_server: PexipEmulator, pexip: PexipInfinity
) -> None:
    vmr = pexip_server.seed("HC Torsås 8", ["hc.torsas.8@video.example.se", "612345678"])
    pexip_server.seed("HC Torsås 9", ["hc.torsas.9@video.example.se", "612345679"])
    pexip_server.join("HC Torsås 9")
    room_id = str(vmr["id"])
    assert pexip.call_activity(room_id) == CallActivity(active=False, participants=0)
    waiting = pexip_server.join("HC Torsås 8", waiting=True)
    assert pexip.call_activity(room_id) == CallActivity(active=True, participants=1)
    asked = pexip_server.requests_for("GET")[-1]
    assert asked.path == "/api/admin/status/v1/participant/"
    assert asked.query["conference"] == ["HC Torsås 8"]  # the VMR's name, not an alias
    pexip_server.join("HC Torsås 8", web_client=True)  # signalling and media: one person
    assert pexip.call_activity(room_id) == CallActivity(active=True, participants=2)
    pexip_server.leave(waiting)
    assert pexip.call_activity(room_id).participants == 1


def test_pexip_a_deleted_vmr_is_not_found(pexip: PexipInfinity) -> None:
    with pytest.raises(PlatformNotFound):
        pexip.call_activity("41")


@pytest.mark.parametrize("guests", [False, True])
def test_pexip_closing_the_door_sets_new_pins(
    pexip_server: PexipEmulator, pexip: PexipInfinity, guests: bool
) -> None:
    vmr = pexip_server.seed("HC Torsås 8", ["612345678"], pin="1234")
    vmr.update(guest_pin="5678" if guests else "", allow_guests=guests)
    pexip_server.join("HC Torsås 8")
    pexip.close_door(str(vmr["id"]))
    patch = json.loads(pexip_server.requests_for("PATCH")[-1].body)
    assert set(patch) == ({"pin", "guest_pin"} if guests else {"pin"})
    assert vmr["pin"] not in ("", "1234")
    assert (vmr["guest_pin"] not in ("", "5678")) if guests else vmr["guest_pin"] == ""
    assert len(pexip_server.participants) == 1 and pexip_server.cut_participants == []
