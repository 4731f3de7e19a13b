"""Services over a real, migrated SQLite file, with a clock the test moves."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from tests.helpers.cms_emulator import CmsEmulator
from tests.helpers.pexip_emulator import PexipEmulator
from tests.helpers.postgres import PostgresServer, pg_bin_or_skip
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.migrate import upgrade_to_head


class FakeClock:
    """Now is whatever the test says; services read it through clock()."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class Store:
    factory: sessionmaker[Session]
    settings: Settings
    profile: SiteProfile
    clock: FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 12, 1, 8, 0, tzinfo=UTC))


@pytest.fixture(params=["kalmar"])
def store(tmp_path: Path, clock: FakeClock, request: pytest.FixtureRequest) -> Iterator[Store]:
    engine = create_store_engine(f"sqlite:///{tmp_path / 'log.db'}")
    upgrade_to_head(engine)
    profile = load_profiles()[request.param]
    settings = Settings(profile=profile.key, unit="HC Torsås", user_name="Samordnare Test")
    try:
        yield Store(make_session_factory(engine), settings, profile, clock)
    finally:
        engine.dispose()


# The several-PC tests (test_unit_pcs, test_room_lifecycle_pcs): one video server of each kind,
# and one PostgreSQL cluster per module for the unit's shared log.
@pytest.fixture(params=["cms", "pexip"])
def server(request: pytest.FixtureRequest) -> Iterator[CmsEmulator | PexipEmulator]:
    emulator = CmsEmulator() if request.param == "cms" else PexipEmulator()
    with emulator:
        yield emulator


@pytest.fixture(scope="module")
def postgres() -> Iterator[PostgresServer]:
    server = PostgresServer(pg_bin_or_skip())
    with server:
        yield server
