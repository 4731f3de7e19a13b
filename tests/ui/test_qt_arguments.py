"""Our options never reach Qt's own parser: `vardmote-desktop --platform manual` starts the window.

Qt takes -platform/--platform, -style and friends from the list it is given; the documented
`--platform manual` once made it look for a Qt platform plugin named "manual" and abort.
Proven with a real process on the offscreen platform, as a double-click would start it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.test_single_instance import READY, App
from vardmote_desktop.cli import build_parser, qt_arguments


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    started = App(tmp_path)
    try:
        yield started
    finally:
        started.stop()


@pytest.mark.parametrize("platform", ["manual", "cms", "pexip"])
def test_the_platform_option_is_ours_not_qts(app: App, platform: str) -> None:
    # Qt's own spelling: the value as the next argument, which Qt read as a plugin's name.
    app.gui_args = ("--profile=kalmar", "--unit=HC Torsås", "--platform", platform)
    process = app.start()
    app.wait_log(READY, 1)  # fails at once if the process exited (Qt's abort)
    assert process.poll() is None


def test_qt_gets_only_the_program_name() -> None:
    argv = ["vardmote-desktop", "--platform", "manual", "-style", "fusion", "--unit", "x"]
    assert qt_arguments(argv[0]) == ["vardmote-desktop"]
    assert build_parser().parse_args(["--platform", "manual"]).platform == "manual"
