"""Windows policy (GPO/Intune): registry values over the site file, locked in every layer.

The registry itself is read only on Windows; here a reader hands read_policy() the values as
winreg returns them (str for REG_SZ, int for REG_DWORD, list for REG_MULTI_SZ).
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from tests.config.test_settings_locks import ENV, LOCKABLE, OPTION, SITE, USER
from vardmote_desktop.cli import lock_warning
from vardmote_desktop.config import policy as policy_module
from vardmote_desktop.config.paths import AppPaths
from vardmote_desktop.config.policy import Policy, read_policy
from vardmote_desktop.config.settings import (
    RefusedOverride,
    Settings,
    load_settings,
    refused_overrides,
)

HKLM = r"HKLM\Software\Policies\Vardmote"
HKCU = r"HKCU\Software\Policies\Vardmote"
# One more value per setting: what the PC's policy says, different from every other layer.
# Derived from the lock tests' site values, so a new setting is covered as it is added there.
POLICY: dict[str, Any] = {
    k: (v + 100 if isinstance(v, int) else f"{v}-policy") for k, v in SITE.items()
}


def reader(machine: Mapping[str, object], user: Mapping[str, object] | None = None) -> Any:
    hives = {"HKLM": machine, "HKCU": user or {}}
    return lambda hive: hives[hive]


def _paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "logs")


def _write(path: Path, data: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_every_setting_can_be_set_by_policy() -> None:
    assert sorted(POLICY) == sorted(LOCKABLE)


@pytest.mark.parametrize("key", LOCKABLE)
def test_a_policy_value_wins_over_every_layer_and_is_locked(tmp_path: Path, key: str) -> None:
    paths = _paths(tmp_path)
    site = [_write(tmp_path / "site-defaults.json", {**SITE, "locked": []})]
    _write(paths.settings_file, {**USER, "locked": []})
    env = {ENV[key]: "sqlite:///env.db"} if key in ENV else {}
    # As Intune writes it: a REG_DWORD for a number, a REG_SZ for text; any case of the name.
    policy = read_policy(reader({key.upper(): POLICY[key]}))
    settings = load_settings(paths, site, {key: OPTION[key]}, env, policy=policy)
    assert getattr(settings, key) == POLICY[key]
    assert settings.locked == (key,)
    expected = [RefusedOverride(key, "option")]
    if key in ENV:
        expected.insert(0, RefusedOverride(key, "env"))
    assert refused_overrides(settings.locked, {key: OPTION[key]}, env) == expected
    # The other keys still follow the layers: the option over the user over the site.
    others = [k for k in LOCKABLE if k != key]
    assert all(getattr(settings, k) == USER[k] for k in others if k not in ENV)


def test_the_user_is_told_the_policy_locks_it() -> None:
    policy = read_policy(reader({"database": "postgresql+psycopg://vardmote.region.example/v"}))
    assert lock_warning("database", "option", policy.source_of("database") or "?") == (
        f"vardmote-desktop: database är låst av regionens IT ({HKLM}); --database används inte"
    )


def test_the_pcs_policy_wins_over_the_users_policy() -> None:
    policy = read_policy(
        reader(
            {"Database": "sqlite:///machine.db"},
            {"Database": "sqlite:///user.db", "Unit": "HC Torsås"},
        )
    )
    assert policy.values == {"database": "sqlite:///machine.db", "unit": "HC Torsås"}
    assert policy.locked == {"database", "unit"}
    assert policy.source_of("database") == HKLM
    assert policy.source_of("unit") == HKCU


@pytest.mark.parametrize("locked", [["database", "unit"], "database, unit"])
def test_a_locked_value_locks_the_site_files_keys(tmp_path: Path, locked: object) -> None:
    # REG_MULTI_SZ or a comma-separated REG_SZ: the site file's values, now fixed by policy.
    paths = _paths(tmp_path)
    site = [_write(tmp_path / "site-defaults.json", {**SITE, "locked": ["profile"]})]
    _write(paths.settings_file, USER)
    policy = read_policy(reader({"locked": locked}))
    settings = load_settings(paths, site, {"unit": "Avd 12"}, {}, policy=policy)
    assert (settings.database, settings.unit, settings.profile) == (
        SITE["database"],
        SITE["unit"],
        SITE["profile"],
    )
    assert settings.locked == ("database", "profile", "unit")
    assert policy.source_of("unit") == HKLM


def test_numbers_may_be_text_and_text_may_be_a_number(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    policy = read_policy(
        reader(
            {
                "retention_months": "24",  # a REG_SZ where a REG_DWORD was meant
                "unit": 12,  # a REG_DWORD for a text
                "user_name": "",  # an empty value is no policy
                "unconfirmed_warning_hours": "many",
            }
        )
    )
    assert policy.locked == {"retention_months", "unit", "unconfirmed_warning_hours"}
    site = [_write(tmp_path / "site-defaults.json", SITE)]
    with caplog.at_level(logging.WARNING):
        settings = load_settings(_paths(tmp_path), site, {}, {}, policy=policy)
    assert (settings.retention_months, settings.unit) == (24, "12")
    # Not a number: left out and logged, and the key stays locked at the site's value.
    assert settings.unconfirmed_warning_hours == SITE["unconfirmed_warning_hours"]
    assert settings.user_name == SITE["user_name"]
    assert "unconfirmed_warning_hours" in " ".join(r.getMessage() for r in caplog.records)


def test_a_value_of_no_registry_type_is_left_out_and_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING):
        policy = read_policy(reader({"database": b"\x00\x01", "unit": "HC Torsås"}))
    assert policy.values == {"unit": "HC Torsås"}
    assert "database" in " ".join(r.getMessage() for r in caplog.records)


def test_no_policy_changes_nothing(tmp_path: Path) -> None:
    paths = _paths(tmp_path)
    site = [_write(tmp_path / "site-defaults.json", {**SITE, "locked": ["database"]})]
    with_policy = load_settings(paths, site, {}, {}, policy=read_policy(reader({})))
    assert with_policy == load_settings(paths, site, {}, {}, policy=Policy())
    assert with_policy.locked == ("database",)
    assert load_settings(paths, [], {}, {}, policy=Policy()) == Settings()


@pytest.mark.skipif(sys.platform == "win32", reason="the registry is there on Windows")
def test_off_windows_the_registry_is_not_read() -> None:
    assert policy_module._registry_values("HKLM") == {}
    assert read_policy() == Policy()
