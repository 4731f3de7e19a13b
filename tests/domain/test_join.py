"""JoinInfo: the one value for how to join a room."""

from __future__ import annotations

import dataclasses

import pytest

from vardmote_desktop.domain.join import JoinInfo


def test_empty_has_nothing_to_join_with() -> None:
    assert JoinInfo.empty() == JoinInfo(None, None, None, None)
    assert not JoinInfo.empty().has_any()
    assert JoinInfo.empty().uri_user_part() is None


@pytest.mark.parametrize(
    "join",
    [
        JoinInfo(video_address="hc.torsas.1@ltkalmar.se"),
        JoinInfo(call_id="059893656"),
        JoinInfo(web_link="https://sefos.example/m/1"),
    ],
)
def test_an_address_a_call_id_or_a_link_is_enough(join: JoinInfo) -> None:
    assert join.has_any()


def test_a_passcode_alone_is_not_a_way_in() -> None:
    assert not JoinInfo(passcode="1234").has_any()


def test_uri_user_part_is_what_the_server_stores() -> None:
    join = JoinInfo(video_address="sip:HC.Torsas.8.k3f9x@Example.se")
    assert join.uri_user_part() == "hc.torsas.8.k3f9x"


def test_it_is_a_value() -> None:
    join = JoinInfo(call_id="0042")
    with pytest.raises(dataclasses.FrozenInstanceError):
        join.call_id = "42"  # type: ignore[misc]
    assert join == JoinInfo(call_id="0042") and hash(join) == hash(JoinInfo(call_id="0042"))
