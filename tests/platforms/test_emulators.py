"""The emulators keep what the real servers keep, refuse what they refuse, and remember history."""

from __future__ import annotations

import json

import requests

from tests.helpers.cms_emulator import CmsEmulator
from tests.helpers.pexip_emulator import API, PexipEmulator


def test_cms_keeps_the_fields_we_write_and_their_limits(cms_server: CmsEmulator) -> None:
    auth = (cms_server.username, cms_server.password)
    url = cms_server.base_url + "/api/v1/"
    with requests.Session() as http:
        made = http.post(
            url + "coSpaces",
            data={"name": "Rum", "uri": "HC.Torsas.8.K3F9X", "callId": "059893656", "cdrTag": "t"},
            auth=auth,
            timeout=5,
        )
        space_id = made.headers["Location"].rpartition("/")[2]
        space = cms_server.spaces[space_id]
        assert (space.uri, space.call_id, space.cdr_tag) == ("hc.torsas.8.k3f9x", "059893656", "t")
        query = http.post(
            url + "uriUsageQuery", data={"uri": "hc.torsas.8.k3f9x"}, auth=auth, timeout=5
        )
        assert b"<coSpace id=" in query.content
        too_long = http.put(
            url + f"coSpaces/{space_id}", data={"cdrTag": "x" * 101}, auth=auth, timeout=5
        )
        assert too_long.status_code == 400 and b'parameter="cdrTag"' in too_long.content
        bad_id = http.post(
            url + "coSpaces", data={"name": "R", "callId": "12a"}, auth=auth, timeout=5
        )
        assert bad_id.status_code == 400 and b'parameter="callId"' in bad_id.content
        http.delete(url + f"coSpaces/{space_id}", auth=auth, timeout=5)
        # The server's own pick may be a deleted space's call ID again: it is free on the server.
        cms_server.next_call_ids = []
        picked = set()
        for n in range(40):
            again = http.post(
                url + "coSpaces",
                data={"name": f"S{n}", "requireCallId": "true"},
                auth=auth,
                timeout=5,
            )
            picked.add(cms_server.spaces[again.headers["Location"].rpartition("/")[2]].call_id)
            if "059893656" in picked:
                break
    assert "059893656" in picked
    assert cms_server.uri_history == ["hc.torsas.8.k3f9x"]
    assert cms_server.call_id_history.count("059893656") == 2  # the witness of a reuse


def test_pexip_limits_alias_uniqueness_and_history(pexip_server: PexipEmulator) -> None:
    auth = (pexip_server.username, pexip_server.password)
    url = pexip_server.base_url + API
    body = {"name": "Rum", "tag": "t", "aliases": [{"alias": "a@x.se"}, {"alias": "012"}]}
    with requests.Session() as http:
        made = http.post(url + "conference/", json=body, auth=auth, timeout=5)
        assert made.status_code == 201
        clash = http.post(url + "conference/", json={**body, "name": "Annat"}, auth=auth, timeout=5)
        assert clash.status_code == 400 and "already exists" in clash.text
        for field in ("tag", "description"):
            long = http.post(
                url + "conference/", json={"name": "L", field: "x" * 251}, auth=auth, timeout=5
            )
            assert long.status_code == 400 and field in json.loads(long.content)["conference"]
        conference = made.headers["Location"]
        patch = http.patch(
            pexip_server.base_url + conference, json={"tag": "x" * 251}, auth=auth, timeout=5
        )
        assert patch.status_code == 400
        found = http.get(url + "conference_alias/", params={"alias": "012"}, auth=auth, timeout=5)
        assert [a["alias"] for a in found.json()["objects"]] == ["012"]
        assert http.get(pexip_server.base_url + conference, auth=auth, timeout=5).json()[
            "creation_time"
        ]
    assert pexip_server.alias_history == ["a@x.se", "012"]
