"""What every ward-PC test process builds first: its log, settings and platform service.

Shared by tests/helpers/unit_pc.py and lifecycle_pc.py, which each then add the services
their claim is about. The config is the JSON a test hands the process.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from tests.helpers.memory_keyring import MemoryKeyring
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.platforms.credentials import CredentialStore
from vardmote_desktop.services.platforms import PlatformService
from vardmote_desktop.store.engine import create_store_engine, make_session_factory


def quick_sleep(seconds: float) -> None:
    time.sleep(min(seconds, 0.05))  # the client's backoff, shortened: the emulator is on loopback


@dataclass(frozen=True)
class PcWiring:
    engine: Engine
    factory: sessionmaker[Session]
    settings: Settings
    profile: SiteProfile
    platforms: PlatformService


def wire_pc(config: dict[str, Any]) -> PcWiring:
    """A Kalmar PC of 'HC Torsås' on the config's log and video server (password in memory)."""
    engine = create_store_engine(config["database"])
    factory = make_session_factory(engine)
    profile = load_profiles()["kalmar"]
    settings = Settings(
        profile="kalmar",
        unit="HC Torsås",
        user_name=f"Samordnare {config['pc']}",
        platform=config["platform"],
        server_url=config["server_url"],
        server_user=config["server_user"],
        database=config["database"],
    )
    credentials = CredentialStore(MemoryKeyring())
    credentials.set_password(config["platform"], config["server_user"], config["password"])
    platforms = PlatformService(settings, profile, credentials, sleep=quick_sleep)
    return PcWiring(engine, factory, settings, profile, platforms)


def run_as_process(run: Callable[[dict[str, Any]], dict[str, Any]], argv: list[str]) -> int:
    """A PC process's entry: read the JSON config named in argv, run, write the JSON report."""
    config = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    report = run(config)
    Path(config["report"]).write_text(json.dumps(report), encoding="utf-8")
    return 0
