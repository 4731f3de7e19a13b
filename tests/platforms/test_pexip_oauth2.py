"""Pexip with an OAuth2 client (least privilege): a cached bearer token, renewed when refused."""

from __future__ import annotations

import pytest
import requests

from tests.helpers.pexip_emulator import PexipOAuthEmulator
from vardmote_desktop.platforms.base import PlatformAuthError, PlatformNotFound
from vardmote_desktop.platforms.oauth2 import ClientCredentialsAuth, oauth2_client_id
from vardmote_desktop.platforms.pexip import PexipInfinity
from vardmote_desktop.platforms.transport_security import InsecureServerAddress

DOMAIN = "vard.example.se"


def _client(server: PexipOAuthEmulator, secret: str | None = None) -> PexipInfinity:
    return PexipInfinity(
        server.base_url,
        f"oauth2:{server.client_id}",
        secret or server.client_secret,
        video_domain=DOMAIN,
        sleep=lambda _s: None,
    )


def test_the_account_name_selects_oauth2() -> None:
    assert oauth2_client_id("oauth2:vardmote-vmr") == "vardmote-vmr"
    assert oauth2_client_id("admin") is None and oauth2_client_id("oauth2:") is None


def test_one_token_serves_many_calls_and_a_refused_one_is_renewed_once() -> None:
    with PexipOAuthEmulator() as server, _client(server) as client:
        for room in ("11", "12", "13"):
            with pytest.raises(PlatformNotFound):  # authorised: the room just is not there
                client.get_room(room)
        assert server.tokens_issued == 1
        bearer = [r for r in server.requests if r.path.startswith("/api/")]
        assert all(r.headers["authorization"].startswith("Bearer ") for r in bearer)

        server.revoke_tokens()
        with pytest.raises(PlatformNotFound):
            client.get_room("14")
        assert server.tokens_issued == 2


def test_a_token_is_renewed_before_it_runs_out() -> None:
    now = [1000.0]
    with PexipOAuthEmulator() as server, requests.Session() as session:
        server.expires_in = 120
        auth = ClientCredentialsAuth(
            server.base_url + "/oauth/token/",
            server.client_id,
            server.client_secret,
            session=session,
            clock=lambda: now[0],
        )
        first = auth.token()
        now[0] += 60
        assert auth.token() == first
        now[0] += 40  # within 30 s of the end: a new one
        assert auth.token() != first and auth.fetched == 2


def test_a_wrong_secret_and_an_admin_login_are_refused() -> None:
    with PexipOAuthEmulator() as server:
        with _client(server, "fel") as client, pytest.raises(PlatformAuthError):
            client.get_room("1")
        admin = PexipInfinity(server.base_url, "admin", "secret", video_domain=DOMAIN)
        with admin, pytest.raises(PlatformAuthError):
            admin.get_room("1")


def test_the_client_secret_never_goes_to_plain_http() -> None:
    with pytest.raises(InsecureServerAddress):
        PexipInfinity("http://pexip.region.example", "oauth2:x", "s", video_domain=DOMAIN)
