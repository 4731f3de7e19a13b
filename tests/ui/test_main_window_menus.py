"""The main window's menus reach settings and Städa rum, and the settings persist."""

from __future__ import annotations

import getpass
import json
import platform
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.helpers.person import click, type_text
from tests.ui.conftest import wait_ready
from vardmote_desktop.ui.cleanup_dialog import CleanupDialog
from vardmote_desktop.ui.launcher import Launcher
from vardmote_desktop.ui.settings_dialog import SettingsDialog


def test_settings_from_the_menu_are_saved_for_the_next_start(
    qtbot: QtBot, launch: Callable[..., Launcher], isolated_home: Path
) -> None:
    window = launch("--profile", "kalmar", "--unit", "HC Torsås").window
    assert window is not None
    wait_ready(qtbot, window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Arkiv", "&Möte", "&Visa", "&Hjälp"]

    with qtbot.waitSignal(window.dialogOpened) as opened:
        window.tools.settings_action.trigger()
    dialog = opened.args[0]
    assert isinstance(dialog, SettingsDialog)
    dialog.general.user.clear()
    type_text(dialog.general.user, "Åsa Samordnare")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        click(qtbot, dialog.save_button)
    saved = json.loads((isolated_home / "config" / "settings.json").read_text(encoding="utf-8"))
    assert saved["user_name"] == "Åsa Samordnare"
    assert "password" not in json.dumps(saved)
    # Only the name shown changes: the history still records the login and the PC.
    assert window.settings.actor == f"Åsa Samordnare ({getpass.getuser()}@{platform.node()})"

    with qtbot.waitSignal(window.dialogOpened) as opened:
        window.tools.cleanup_action.trigger()
    cleanup = opened.args[0]
    assert isinstance(cleanup, CleanupDialog)
    cleanup.close()
