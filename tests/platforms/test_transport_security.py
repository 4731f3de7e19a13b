"""Credentials never travel over plain http: only https, or this PC itself (the emulators)."""

from __future__ import annotations

import pytest

from tests.helpers.pexip_emulator import PexipEmulator
from vardmote_desktop.platforms.base import PlatformNotFound
from vardmote_desktop.platforms.pexip import PexipInfinity
from vardmote_desktop.platforms.transport_security import InsecureServerAddress, require_secure
from vardmote_desktop.ui.errors import user_message


@pytest.mark.parametrize(
    "url",
    [
        "http://video.region.example/api",
        "http://10.0.0.5",
        "HTTP://pexip.example:8080/",
        "ftp://video.region.example",
        "http://127.0.0.1.evil.example/",
    ],
)
def test_basic_credentials_are_refused_for_plain_http(url: str) -> None:
    with pytest.raises(InsecureServerAddress) as refused:
        require_secure(url)
    assert "https://" in user_message(refused.value)


@pytest.mark.parametrize(
    "url", ["https://video.region.example/api", "http://127.0.0.1:8443/", "http://localhost/"]
)
def test_https_and_this_pc_itself_are_allowed(url: str) -> None:
    require_secure(url)


def test_a_client_refuses_before_sending_anything() -> None:
    # No server listens at this address: a refusal proves nothing was sent.
    with (
        PexipInfinity("http://video.region.example", "admin", "hemligt", video_domain="x.se") as c,
        pytest.raises(InsecureServerAddress),
    ):
        c.get_room("1")


def test_the_loopback_emulator_still_answers() -> None:
    with (
        PexipEmulator() as server,
        PexipInfinity(
            server.base_url, server.username, server.password, video_domain="vard.example.se"
        ) as client,
        pytest.raises(PlatformNotFound),
    ):
        client.get_room("999999")
