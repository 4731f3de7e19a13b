"""The session factory and the retry helper."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.helpers.cms_emulator import CmsEmulator
from tests.helpers.loopback import Fault
from vardmote_desktop.platforms.base import PlatformBusy, PlatformNotFound
from vardmote_desktop.platforms.http import (
    DEFAULT_TIMEOUT,
    RetryPolicy,
    call_with_retries,
    make_session,
    retry_after_seconds,
    send,
)


def test_session_has_tls_and_ca_bundle(tmp_path: Path) -> None:
    with make_session() as session:
        assert session.verify is True
    bundle = tmp_path / "ca.pem"
    bundle.write_text("-----BEGIN CERTIFICATE-----\n")
    with make_session(ca_bundle=bundle) as session:
        assert session.verify == str(bundle)
    with pytest.raises(FileNotFoundError):
        make_session(ca_bundle=tmp_path / "missing.pem")


def test_session_never_follows_a_redirect(cms_server: CmsEmulator) -> None:
    cms_server.inject(Fault(status=302, headers={"Location": "/api/v1/coSpaces"}))
    # Whatever session it is given: send is the one place redirects are refused.
    with requests.Session() as session:
        url = cms_server.base_url + "/api/v1/x"
        response = send(session, "GET", url, auth=("api", "secret"))
        assert response.status_code == 302
        response.close()
        with pytest.raises(TypeError):
            send(session, "GET", url, allow_redirects=True)
    assert len(cms_server.requests) == 1


def test_send_always_has_a_timeout() -> None:
    seen: list[object] = []

    class Recording(requests.Session):
        def request(self, *args: Any, **kwargs: Any) -> requests.Response:
            seen.append(kwargs.get("timeout"))
            response = requests.Response()
            response.status_code = 200
            return response

    with Recording() as session:
        send(session, "GET", "https://cms.example/api/v1/x")
        send(session, "GET", "https://cms.example/api/v1/x", timeout=(1.0, 2.0))
    assert seen == [DEFAULT_TIMEOUT, (1.0, 2.0)]


def test_backoff_grows_and_is_capped() -> None:
    policy = RetryPolicy(max_retries=6, base_delay=0.5, max_delay=4.0)
    assert [policy.delay(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 4.0, 4.0]
    assert policy.delay(0, retry_after=3.0) == 3.0
    assert policy.delay(0, retry_after=600.0) == 4.0


def test_retries_stop_at_the_limit_and_other_errors_pass_through() -> None:
    calls: list[int] = []
    waits: list[float] = []

    def busy() -> str:
        calls.append(1)
        raise PlatformBusy("busy", retry_after=2.0)

    with pytest.raises(PlatformBusy):
        call_with_retries(busy, policy=RetryPolicy(max_retries=2), sleep=waits.append)
    assert len(calls) == 3 and waits == [2.0, 2.0]

    def missing() -> str:
        raise PlatformNotFound("gone")

    with pytest.raises(PlatformNotFound):
        call_with_retries(missing, policy=RetryPolicy(), sleep=waits.append)


def test_before_retry_can_supply_the_result() -> None:
    attempts: list[int] = []

    def attempt() -> str:
        attempts.append(1)
        raise PlatformBusy("timed out")

    result = call_with_retries(
        attempt, policy=RetryPolicy(), sleep=lambda _: None, before_retry=lambda: "found"
    )
    assert result == "found" and len(attempts) == 1


def test_retry_after_forms() -> None:
    assert retry_after_seconds({"Retry-After": "7"}) == 7.0
    assert retry_after_seconds({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}) == 0.0
    assert retry_after_seconds({"Retry-After": "soon"}) is None
    assert retry_after_seconds({}) is None


def test_a_stall_ends_when_the_emulator_stops() -> None:
    server = CmsEmulator().start()
    server.stall(30.0)
    with make_session() as session, pytest.raises(PlatformBusy):
        url = server.base_url + "/api/v1/coSpaces"
        send(session, "GET", url, auth=("api", "secret"), timeout=(2.0, 0.2))
    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 2.0
