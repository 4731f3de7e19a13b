"""The start before the window: options, the settings layers, what a first save writes.

The work here was made cheaper for the first paint (issue #14): no parser without options, the
site's baseline read only when saving. These tests hold the results equal to the full work.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vardmote_desktop.__main__ import prepare
from vardmote_desktop.cli import (
    SWITCHES,
    VALUE_OPTIONS,
    build_parser,
    parse_options,
    plain_options,
)


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


def _parsed(args: list[str], parse: Callable[[list[str]], argparse.Namespace]) -> object:
    """What a parse gives, or how it exits (--help, an error), with its printing kept quiet."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        try:
            return parse(args)
        except SystemExit as exc:
            return ("exit", exc.code)


def test_the_options_without_a_parser_are_the_parsers_own() -> None:
    # plain_options must know every option the parser has, as the parser has it.
    parser = build_parser()
    values, switches = {}, {}
    for action in parser._actions:
        flags = [flag for flag in action.option_strings if flag.startswith("--")]
        if action.dest in ("help", "version"):
            continue
        assert len(flags) == 1, action
        if isinstance(action, argparse._StoreTrueAction):
            switches[flags[0]] = action.dest
        else:
            assert action.nargs is None and action.type is None, action
            choices = tuple(action.choices) if action.choices is not None else None
            values[flags[0]] = (action.dest, choices)
    assert values == VALUE_OPTIONS
    assert switches == SWITCHES
    # The command line measured for the first paint (benchmarks/README.md) takes the quick way.
    measured = ["--profile", "kalmar", "--unit", "HC Torsås", "--database", "sqlite:////t/x"]
    assert plain_options(measured) == {
        "profile": "kalmar",
        "unit": "HC Torsås",
        "database": "sqlite:////t/x",
    }
    for other in (["--prof", "kalmar"], ["--unit=HC"], ["--unit", "-x"], ["--help"], ["x"]):
        assert plain_options(other) is None, other


ARGUMENTS = st.lists(
    st.sampled_from(
        [*VALUE_OPTIONS, *SWITCHES, "--prof", "--unit=HC", "--", "-h", "--version", "--nope"]
    )
    | st.sampled_from(["kalmar", "HC Torsås", "", "-5", "-x", "cms", "manual", "pexip", "sv"])
    | st.text(max_size=4),
    max_size=8,
)


@given(ARGUMENTS)
def test_any_command_line_gives_what_the_parser_gives(args: list[str]) -> None:
    assert _parsed(args, parse_options) == _parsed(args, build_parser().parse_args)


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


# The real start, main(), in a fresh interpreter, stopped at its window's first paint: what
# it has loaded by then. Each module below cost time before the first paint and is needed only
# after it, if at all (issue 14): the settings and profiles (json, dataclasses, the enums),
# platformdirs, the login's fallbacks, QtNetwork, the database.
AT_FIRST_PAINT = """
import os, sys
from vardmote_desktop.ui import main_window
painted = main_window.MainWindow.paintEvent
def paint(window, event):
    painted(window, event)
    print(repr(sorted(sys.modules)), flush=True)
    os._exit(0)
main_window.MainWindow.paintEvent = paint
from vardmote_desktop.__main__ import main
main(sys.argv[1:])
"""
LATE = (
    "json",
    "dataclasses",
    "platformdirs",
    "hashlib",
    "getpass",
    "locale",
    "PySide6.QtNetwork",
    "sqlalchemy",
    "vardmote_desktop.config.settings",
    "vardmote_desktop.config.profiles",
    "vardmote_desktop.config.identity",
    "vardmote_desktop.domain",
    "vardmote_desktop.ui.first_run",
)


@pytest.mark.parametrize(
    ("options", "login", "home"),
    [
        ([], "anna.s", False),  # a double-click on the icon: the per-user folders
        ([], "anna.s", True),  # a first start: no settings yet, the first-run dialog follows
        (["--profile", "kalmar", "--unit", "HC Torsås", "--database", "sqlite://"], None, True),
    ],
)
def test_what_the_start_before_the_window_does_not_load(
    tmp_path: Path, options: list[str], login: str | None, home: bool
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # With no login in the environment: a service, a kiosk, the benchmark.
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME", "VARDMOTE_HOME"):
        env.pop(variable, None)
    if login is not None:
        env["USER"] = login
    if home:
        env["VARDMOTE_HOME"] = str(tmp_path / "home")
    else:  # the per-user default folders, with settings in them: no first-run dialog
        env["HOME"] = env["XDG_CONFIG_HOME"] = str(tmp_path)
        env["XDG_DATA_HOME"] = env["XDG_STATE_HOME"] = env["XDG_CACHE_HOME"] = str(tmp_path)
        settings = tmp_path / "vardmote-desktop" / "settings.json"
        settings.parent.mkdir(parents=True)
        settings.write_text('{"profile": "kalmar", "unit": "HC Torsås"}', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", AT_FIRST_PAINT, *options],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    loaded = ast.literal_eval(done.stdout.splitlines()[-1])
    assert "vardmote_desktop.ui.main_window" in loaded  # the window did paint
    assert [m for m in loaded if any(m == x or m.startswith(x + ".") for x in LATE)] == []
