"""The automatic deletion's waits as a site sets them: site defaults file, locks, profile."""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from vardmote_desktop.config.paths import AppPaths
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings, load_settings
from vardmote_desktop.services.lifecycle import lifecycle_rules
from vardmote_desktop.site_file import main as write_site_defaults

PROFILE = load_profiles()["kalmar"]


def test_the_built_in_waits_without_any_setting() -> None:
    rules = lifecycle_rules(Settings(), PROFILE)
    assert (rules.grace, rules.close_door_after) == (timedelta(minutes=60), timedelta(hours=4))


def test_a_setting_wins_over_the_profiles_extra() -> None:
    profile = replace(PROFILE, extra={"room_delete_after_minutes": "90"})
    assert lifecycle_rules(Settings(), profile).grace == timedelta(minutes=90)
    rules = lifecycle_rules(Settings(room_delete_after_minutes=30), profile)
    assert rules.grace == timedelta(minutes=30)
    assert rules.close_door_after == timedelta(hours=4)


@pytest.mark.parametrize("bad", [0, -5, "en timme"])
def test_a_bad_setting_is_left_out_with_a_warning(
    bad: object, caplog: pytest.LogCaptureFixture
) -> None:
    profile = replace(PROFILE, extra={"room_close_door_after_hours": "6"})
    with caplog.at_level(logging.WARNING):
        rules = lifecycle_rules(Settings(room_close_door_after_hours=bad), profile)  # type: ignore[arg-type]
    assert rules.close_door_after == timedelta(hours=6)  # never shrunk by a typo
    assert any("room_close_door_after_hours" in r.getMessage() for r in caplog.records)


def test_the_site_defaults_command_writes_and_locks_the_waits(tmp_path: Path) -> None:
    site = tmp_path / "site-defaults.json"
    argv = ["--out", str(site), "--delete-after-minutes", "45", "--close-door-after-hours", "6"]
    assert write_site_defaults([*argv, "--locked", "room_delete_after_minutes"]) == 0
    assert json.loads(site.read_text(encoding="utf-8")) == {
        "room_delete_after_minutes": 45,
        "room_close_door_after_hours": 6,
        "locked": ["room_delete_after_minutes"],
    }
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "logs")
    paths.config_dir.mkdir(parents=True)
    # The user's own file cannot shorten a locked wait; an unlocked one follows the layers.
    paths.settings_file.write_text(
        json.dumps({"room_delete_after_minutes": 5, "room_close_door_after_hours": 8}),
        encoding="utf-8",
    )
    settings = load_settings(paths, [site], environ={})
    assert (settings.room_delete_after_minutes, settings.room_close_door_after_hours) == (45, 8)
    rules = lifecycle_rules(settings, PROFILE)
    assert (rules.grace, rules.close_door_after) == (timedelta(minutes=45), timedelta(hours=8))


@pytest.mark.parametrize("option", ["--delete-after-minutes", "--close-door-after-hours"])
@pytest.mark.parametrize("value", ["0", "en", "-1"])
def test_the_site_defaults_command_refuses_a_wait_below_one(
    tmp_path: Path, option: str, value: str
) -> None:
    site = tmp_path / "site-defaults.json"
    assert write_site_defaults(["--out", str(site), option, value]) == 2
    assert not site.exists()
