"""Fixtures for platform tests: running emulators, clients wired to them, an in-memory keyring."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.cms_emulator import CmsEmulator
from tests.helpers.pexip_emulator import PexipEmulator
from vardmote_desktop.platforms.cms import CiscoMeetingServer
from vardmote_desktop.platforms.pexip import PexipInfinity

# Short read timeout so the stall tests are quick; connect is loopback and instant anyway.
TEST_TIMEOUT = (2.0, 2.0)


def no_sleep(seconds: float) -> None:
    """Backoff waits are skipped in tests: the emulators answer at once."""


@pytest.fixture
def cms_server() -> Iterator[CmsEmulator]:
    with CmsEmulator() as server:
        yield server


@pytest.fixture
def pexip_server() -> Iterator[PexipEmulator]:
    with PexipEmulator() as server:
        yield server


@pytest.fixture
def cms(cms_server: CmsEmulator) -> Iterator[CiscoMeetingServer]:
    client = CiscoMeetingServer(
        cms_server.base_url,
        cms_server.username,
        cms_server.password,
        video_domain="video.example.se",
        web_base="https://join.example.se",
        timeout=TEST_TIMEOUT,
        sleep=no_sleep,
    )
    with client:
        yield client


@pytest.fixture
def pexip(pexip_server: PexipEmulator) -> Iterator[PexipInfinity]:
    client = PexipInfinity(
        pexip_server.base_url,
        pexip_server.username,
        pexip_server.password,
        video_domain="vmr.example.org",
        webapp_base="https://pexip.example.org",
        timeout=TEST_TIMEOUT,
        sleep=no_sleep,
    )
    with client:
        yield client
