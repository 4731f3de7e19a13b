"""Settings layers and the site's locks: a locked key keeps the site's value in every layer."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest

from vardmote_desktop.__main__ import main
from vardmote_desktop.cli import OPTION_FLAGS, build_parser, setting_overrides
from vardmote_desktop.config.paths import AppPaths
from vardmote_desktop.config.settings import (
    DATABASE_ENV,
    RefusedOverride,
    Settings,
    SettingsError,
    load_settings,
    refused_overrides,
    with_changes,
)

# One value per layer for every setting but `locked`, each different from the others.
SITE: dict[str, Any] = {
    "profile": "kalmar",
    "unit": "HC Torsås",
    "database": "postgresql+psycopg://site@db.region.example/vardmote",
    "user_name": "Sitens namn",
    "platform": "cms",
    "server_url": "https://cms.region.example",
    "server_user": "site-api",
    "ca_bundle": "/etc/region/ca.pem",
    "video_domain": "video.region.example",
    "web_base": "https://join.region.example",
    "unconfirmed_warning_hours": 24,
    "retention_months": 36,
    "room_delete_after_minutes": 90,
    "room_close_door_after_hours": 6,
    "language": "sv",
    "log_encryption": "required",
    "keyring_scope": "machine",
}
USER = {
    **{k: f"{v}-user" for k, v in SITE.items() if isinstance(v, str)},
    "platform": "pexip",
    "profile": "region_pexip",
    "unconfirmed_warning_hours": 2,
    "retention_months": 6,
    "room_delete_after_minutes": 30,
    "room_close_door_after_hours": 2,
}
OPTION = {
    **{k: f"{v}-option" for k, v in SITE.items() if isinstance(v, str)},
    "platform": "manual",
    "profile": "region_pexip",
    "unconfirmed_warning_hours": 3,
    "retention_months": 7,
    "room_delete_after_minutes": 45,
    "room_close_door_after_hours": 3,
    "language": "en",
}
ENV = {"database": DATABASE_ENV}
LOCKABLE = [f.name for f in fields(Settings) if f.name != "locked"]


def test_every_setting_has_a_value_per_layer() -> None:
    assert sorted(SITE) == sorted(USER) == sorted(OPTION) == sorted(LOCKABLE)


def _paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "logs")


def _write(path: Path, data: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _site(tmp_path: Path, locked: list[str]) -> list[Path]:
    return [_write(tmp_path / "site-defaults.json", {**SITE, "locked": locked})]


@pytest.mark.parametrize("key", LOCKABLE)
def test_a_locked_key_keeps_the_site_value_in_every_layer(tmp_path: Path, key: str) -> None:
    paths = _paths(tmp_path)
    _write(paths.settings_file, {**USER, "locked": []})  # the user cannot unlock either
    env = {ENV[key]: "sqlite:///env.db"} if key in ENV else {}
    settings = load_settings(paths, _site(tmp_path, [key]), {key: OPTION[key]}, env)
    assert getattr(settings, key) == SITE[key]
    assert settings.locked == (key,)
    expected = [RefusedOverride(key, "option")]
    if key in ENV:
        expected.insert(0, RefusedOverride(key, "env"))
    assert refused_overrides(settings.locked, {key: OPTION[key]}, env) == expected


@pytest.mark.parametrize("key", LOCKABLE)
def test_a_locked_key_ignores_the_user_file_alone(tmp_path: Path, key: str) -> None:
    paths = _paths(tmp_path)
    _write(paths.settings_file, {key: USER[key]})
    settings = load_settings(paths, _site(tmp_path, [key]), environ={})
    assert getattr(settings, key) == SITE[key]


@pytest.mark.parametrize("key", LOCKABLE)
def test_an_unlocked_key_follows_the_layers(tmp_path: Path, key: str) -> None:
    paths = _paths(tmp_path)
    other = [k for k in LOCKABLE if k != key]  # everything else locked: no effect on `key`
    site = _site(tmp_path, other)
    # built-in < site
    assert getattr(load_settings(paths, [], environ={}), key) == getattr(Settings(), key)
    assert getattr(load_settings(paths, site, environ={}), key) == SITE[key]
    # site < user
    _write(paths.settings_file, {key: USER[key]})
    assert getattr(load_settings(paths, site, environ={}), key) == USER[key]
    # user < environment
    env = {ENV[key]: "sqlite:///env.db"} if key in ENV else {}
    if env:
        assert getattr(load_settings(paths, site, environ=env), key) == "sqlite:///env.db"
    # environment < command line
    settings = load_settings(paths, site, {key: OPTION[key]}, env)
    assert getattr(settings, key) == OPTION[key]
    assert refused_overrides(settings.locked, {key: OPTION[key]}, env) == []


def test_every_option_that_sets_a_setting_is_named_for_messages() -> None:
    parser = build_parser()
    given_flags = [f"{flag}=x" for flag in OPTION_FLAGS.values() if flag != "--platform"]
    args = parser.parse_args(given_flags)
    given = setting_overrides(args)
    assert set(given) | {"platform"} == set(OPTION_FLAGS)
    for key, flag in OPTION_FLAGS.items():
        assert any(flag in a.option_strings and a.dest == key for a in parser._actions)


# Every setting that has an option, and a value argparse accepts for it.
CLI_CASES = [(key, flag, str(OPTION[key])) for key, flag in OPTION_FLAGS.items()]


@pytest.mark.parametrize(("key", "flag", "value"), CLI_CASES)
def test_the_command_line_says_an_option_is_locked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str, flag: str, value: str
) -> None:
    site = _site(tmp_path, [key])[0]
    assert main(["--site-defaults", str(site), flag, value, "--print-settings"]) == 0
    out, err = capsys.readouterr()
    shown = json.loads(out)
    assert shown[key] == SITE[key]
    assert shown["locked"] == [key]
    assert shown["locked_by"] == str(site)
    assert err == (
        f"vardmote-desktop: {key} är låst av regionens IT (site-defaults.json); "
        f"{flag} används inte\n"
    )


def test_the_environment_is_told_the_database_is_locked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    site = _site(tmp_path, ["database"])[0]
    monkeypatch.setenv(DATABASE_ENV, "sqlite:///env.db")
    assert main(["--site-defaults", str(site), "--print-settings"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["database"] == SITE["database"]
    assert err == (
        "vardmote-desktop: database är låst av regionens IT (site-defaults.json); "
        "VARDMOTE_DATABASE används inte\n"
    )


def test_nothing_locked_prints_no_warning_and_no_locked_by(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = _site(tmp_path, [])[0]
    assert main(["--site-defaults", str(site), "--unit", "Avd 12", "--print-settings"]) == 0
    out, err = capsys.readouterr()
    shown = json.loads(out)
    assert shown["unit"] == "Avd 12" and "locked_by" not in shown
    assert err == ""


def test_the_settings_dialog_path_still_refuses_locked_keys(tmp_path: Path) -> None:
    settings = load_settings(_paths(tmp_path), _site(tmp_path, ["database"]), environ={})
    with pytest.raises(SettingsError, match="database"):
        with_changes(settings, database="sqlite:///mine.db")
    assert with_changes(settings, unit="Avd 12").unit == "Avd 12"


def test_finding_the_locking_file_logs_nothing_more(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    typo = {"unit": "Avd 12", "untit": "x", "locked": ["unit"]}
    site = _write(tmp_path / "site-defaults.json", typo)
    assert main(["--site-defaults", str(site), "--print-settings"]) == 0
    capsys.readouterr()
    # The settings report the typo (the baseline is read only for a save); naming the locking
    # file does not.
    assert sum("okända inställningar" in r.getMessage() for r in caplog.records) == 1
