"""Every platform operation ends by its deadline, reads no huge answer, and can be cancelled.

Against real misbehaving servers on 127.0.0.1 (tests/helpers/faulty_servers.py). The bounds
are computed from the client's own settings (its deadline plus a grace for thread hand-over),
never a tight timing: before the deadline existed, one create against a black hole took the
read timeout times every nested retry (minutes).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import pytest

from tests.helpers.faulty_servers import BlackHoleServer, HugeAnswerServer, SlowDripServer
from tests.helpers.memory_keyring import MemoryKeyring
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.platforms.base import (
    PlatformCancelled,
    PlatformInvalidAnswer,
    PlatformTimedOut,
)
from vardmote_desktop.platforms.cms import CiscoMeetingServer
from vardmote_desktop.platforms.credentials import CredentialStore
from vardmote_desktop.platforms.http import (
    DEFAULT_DEADLINE,
    DEFAULT_TIMEOUT,
    MAX_RESPONSE_BYTES,
    Deadline,
)
from vardmote_desktop.platforms.pexip import PexipInfinity
from vardmote_desktop.services.platforms import PlatformService

# Short, so the tests are quick; far below the read timeout (DEFAULT_TIMEOUT), which alone
# would otherwise hold each read for 30 s.
TEST_DEADLINE = 2.0
Client = CiscoMeetingServer | PexipInfinity
# Hand-over between the waiting caller and the request's thread, on a loaded machine.
GRACE = 3.0


def cms_client(base_url: str) -> Client:
    return CiscoMeetingServer(base_url, "api", "secret", video_domain="video.example.se")


def pexip_client(base_url: str) -> Client:
    return PexipInfinity(base_url, "api", "secret", video_domain="vmr.example.org")


CLIENTS = pytest.mark.parametrize("make", [cms_client, pexip_client], ids=["cms", "pexip"])


@pytest.fixture
def black_hole() -> Iterator[BlackHoleServer]:
    with BlackHoleServer() as server:
        yield server


def _timed(call: Callable[[], object]) -> tuple[BaseException | None, float]:
    started = time.monotonic()
    try:
        call()
    except Exception as exc:
        return exc, time.monotonic() - started
    return None, time.monotonic() - started


def test_the_default_deadline_is_under_a_minute() -> None:
    assert DEFAULT_DEADLINE < 60
    # One read timeout alone fits inside it, so a single slow answer can still arrive.
    assert DEFAULT_TIMEOUT[0] + DEFAULT_TIMEOUT[1] < DEFAULT_DEADLINE


@CLIENTS
def test_create_against_a_black_hole_ends_by_its_deadline(
    make: Callable[[str], Client], black_hole: BlackHoleServer
) -> None:
    with make(black_hole.base_url) as client:
        client.deadline_seconds = TEST_DEADLINE  # real sleep and the default read timeout
        error, took = _timed(lambda: client.create_room(["HC Torsås 8"]))
    assert isinstance(error, PlatformTimedOut)
    assert took < client.deadline_seconds + GRACE < DEFAULT_TIMEOUT[1]
    assert black_hole.connections >= 1


@CLIENTS
@pytest.mark.parametrize("drip_headers", [False, True], ids=["body", "headers"])
def test_a_slow_drip_does_not_hold_a_call(
    make: Callable[[str], Client], drip_headers: bool
) -> None:
    with SlowDripServer(0.2, drip_headers=drip_headers) as server, make(server.base_url) as client:
        client.deadline_seconds = TEST_DEADLINE
        error, took = _timed(lambda: client.get_room("1"))
    assert isinstance(error, PlatformTimedOut)
    assert took < client.deadline_seconds + GRACE


@CLIENTS
@pytest.mark.parametrize("declare_length", [True, False], ids=["declared", "undeclared"])
def test_a_huge_answer_is_refused_not_read_whole(
    make: Callable[[str], Client], declare_length: bool
) -> None:
    with (
        HugeAnswerServer(declare_length=declare_length) as server,
        make(server.base_url) as client,
    ):
        with pytest.raises(PlatformInvalidAnswer):
            client.get_room("1")
        # Far less than the 400 MB answer was read: the cap plus what sits in socket buffers.
        assert server.sent < MAX_RESPONSE_BYTES + 16 * 1024 * 1024 < server.size


def test_cancel_stops_a_create_waiting_on_the_server(black_hole: BlackHoleServer) -> None:
    outcome: list[BaseException] = []
    with cms_client(black_hole.base_url) as client:

        def create() -> None:
            try:
                client.create_room(["HC Torsås 8"])
            except Exception as exc:
                outcome.append(exc)

        worker = threading.Thread(target=create)
        worker.start()
        for _ in range(200):  # until the request is on the wire
            if black_hole.connections:
                break
            time.sleep(0.05)
        client.cancel()
        worker.join(timeout=GRACE)
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], PlatformCancelled)


def test_a_backoff_wait_past_the_deadline_is_not_slept() -> None:
    deadline = Deadline(1.0)
    with pytest.raises(PlatformTimedOut):
        deadline.sleep(8.0)  # the retry could only start after the deadline: give up now
    deadline.cancel()
    with pytest.raises(PlatformCancelled):
        deadline.check()


def test_the_platform_service_cancels_a_create_waiting_on_the_server(
    black_hole: BlackHoleServer, memory_keyring: MemoryKeyring
) -> None:
    profile = load_profiles()["kalmar"]
    settings = Settings(
        profile="kalmar",
        unit="HC Torsås",
        platform="cms",
        server_url=black_hole.base_url,
        server_user="api",
    )
    credentials = CredentialStore()
    credentials.set_password("cms", "api", "secret")
    service = PlatformService(settings, profile, credentials)
    outcome: list[BaseException] = []

    def create() -> None:
        try:
            with service.client() as client:
                client.create_room(["HC Torsås 8"])
        except Exception as exc:
            outcome.append(exc)

    worker = threading.Thread(target=create)
    worker.start()
    for _ in range(200):
        if black_hole.connections:
            break
        time.sleep(0.05)
    service.cancel_calls()
    worker.join(timeout=GRACE)
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], PlatformCancelled)
