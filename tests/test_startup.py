"""The start before the window: options, the settings layers, what a first save writes.

The work here was made cheaper for the first paint (issue #14): no parser without options, the
site's baseline read only when saving. These tests hold the results equal to the full work.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from vardmote_desktop.__main__ import prepare
from vardmote_desktop.cli import build_parser, parse_options


def test_no_options_give_what_the_parser_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["vardmote-desktop"])
    assert parse_options([]) == build_parser().parse_args([])
    assert parse_options(None) == build_parser().parse_args([])


def test_options_are_parsed_by_the_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["vardmote-desktop", "--unit", "HC Torsås", "--check"])
    assert parse_options(None) == build_parser().parse_args(["--unit", "HC Torsås", "--check"])
    assert parse_options(["--profile", "kalmar"]).profile == "kalmar"
    with pytest.raises(SystemExit):
        parse_options(["--no-such-option"])


def test_a_save_keeps_only_what_differs_from_the_site_file(tmp_path: Path) -> None:
    site = tmp_path / "site-defaults.json"
    site.write_text(
        json.dumps({"profile": "kalmar", "unit": "HC Torsås", "platform": "cms"}),
        encoding="utf-8",
    )
    startup = prepare(["--site-defaults", str(site), "--user", "Anna"])
    assert (startup.settings.unit, startup.settings.platform) == ("HC Torsås", "cms")
    # The site file changes meanwhile (IT rolls out a new one): the save compares with it.
    site.write_text(
        json.dumps({"profile": "kalmar", "unit": "HC Emmaboda", "platform": "cms"}),
        encoding="utf-8",
    )
    startup.save(replace(startup.settings, language="en"))
    saved = json.loads(startup.paths.settings_file.read_text(encoding="utf-8"))
    assert saved == {"unit": "HC Torsås", "user_name": "Anna", "language": "en"}
    startup.save(replace(startup.settings, unit="HC Emmaboda"))  # the baseline, read once
    saved = json.loads(startup.paths.settings_file.read_text(encoding="utf-8"))
    assert saved == {"user_name": "Anna"}


def test_what_the_start_before_the_window_does_not_load(tmp_path: Path) -> None:
    # __main__'s steps to run_gui, in a fresh interpreter with no options (a double-click):
    # each module below cost time before the first paint and is needed only later, if at all.
    code = (
        "import sys\n"
        "from vardmote_desktop.__main__ import prepare\n"
        "startup = prepare([])\n"
        "from vardmote_desktop.ui.qt_imports import skip_feature_scan\n"
        "skip_feature_scan()\n"
        "from vardmote_desktop.config.login import os_login\n"
        "from vardmote_desktop.ui.launcher import run_gui\n"
        "from vardmote_desktop.ui.single_instance import server_name\n"
        "server_name(os_login(), startup.paths.data_dir)\n"
        "late = ('hashlib', 'getpass', 'locale', 'vardmote_desktop.config.identity',\n"
        "        'PySide6.QtNetwork', 'sqlalchemy')\n"
        "print(','.join(m for m in late if m in sys.modules))\n"
    )
    env = {**os.environ, "USER": "anna.s", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert done.stdout.strip() == ""
