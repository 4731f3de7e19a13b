"""A database password is never a setting: not saved, not printed; it lives in the keyring."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers.memory_keyring import MemoryKeyring
from tests.test_packaging_support import _main
from vardmote_desktop.app import create_log_engine
from vardmote_desktop.config.paths import AppPaths
from vardmote_desktop.config.settings import (
    Settings,
    printable_settings,
    save_user_settings,
    without_password,
)
from vardmote_desktop.platforms.credentials import SERVICE_NAME
from vardmote_desktop.store.urls import DATABASE_PLATFORM

SECRET = "hemligt-lösen"
WITH_PASSWORD = f"postgresql+psycopg://vardmote:{SECRET}@db.region.example:5433/vardmote"
WITHOUT = "postgresql+psycopg://vardmote@db.region.example:5433/vardmote"


def _paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "logs")


def test_the_password_is_taken_out_of_a_url() -> None:
    assert without_password(WITH_PASSWORD) == WITHOUT
    assert without_password("postgresql://u:p%40ss@h/db") == "postgresql://u@h/db"
    assert without_password(WITHOUT) == WITHOUT
    assert without_password("sqlite:////data/vardmote.db") == "sqlite:////data/vardmote.db"


def test_saved_and_printed_settings_hold_no_password(tmp_path: Path) -> None:
    paths = _paths(tmp_path)
    settings = Settings(profile="kalmar", unit="HC Torsås", database=WITH_PASSWORD)
    save_user_settings(paths, settings, Settings())
    assert SECRET not in paths.settings_file.read_text(encoding="utf-8")
    assert json.loads(paths.settings_file.read_text(encoding="utf-8"))["database"] == WITHOUT
    assert printable_settings(settings)["database"] == WITHOUT


def test_print_settings_never_shows_the_password(tmp_path: Path) -> None:
    done = _main("--print-settings", "--database", WITH_PASSWORD, home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert SECRET not in done.stdout + done.stderr
    assert json.loads(done.stdout)["database"] == WITHOUT


def test_a_given_password_moves_to_the_keyring_and_comes_back_from_it(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    paths = _paths(tmp_path)
    # What an earlier release left: the password inside the user's settings file.
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text(json.dumps({"database": WITH_PASSWORD}), encoding="utf-8")

    create_log_engine(Settings(database=WITH_PASSWORD), paths).dispose()

    account = f"{DATABASE_PLATFORM}:vardmote@db.region.example:5433/vardmote"
    assert memory_keyring.passwords == {(SERVICE_NAME, account): SECRET}
    assert SECRET not in paths.settings_file.read_text(encoding="utf-8")
    engine = create_log_engine(Settings(database=WITHOUT), paths)
    try:
        assert engine.url.password == SECRET
    finally:
        engine.dispose()
