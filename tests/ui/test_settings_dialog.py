"""*Inställningar* as a person uses it: CMS configured, tested, password only in the keyring."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.helpers.cms_emulator import CmsEmulator
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.person import click, type_text
from vardmote_desktop.__main__ import Startup, prepare
from vardmote_desktop.platforms.credentials import SERVICE_NAME, CredentialStore
from vardmote_desktop.services.platforms import PlatformService
from vardmote_desktop.ui.settings_dialog import SettingsDialog

PASSWORD = "Sommar-2026!"


@pytest.fixture
def cms_server() -> Iterator[CmsEmulator]:
    with CmsEmulator(password=PASSWORD) as server:
        yield server
    # A cancelled job may still be reading: the stopped server ends its stall, let it finish.
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def startup() -> Startup:
    return prepare(["--profile", "kalmar", "--unit", "HC Torsås"])


def open_dialog(qtbot: QtBot, startup: Startup) -> SettingsDialog:
    profile = startup.profiles["kalmar"]
    service = PlatformService(startup.settings, profile, CredentialStore())
    dialog = SettingsDialog(startup.settings, startup.profiles, service)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.platform_tab)
    return dialog


def choose_cms(dialog: SettingsDialog, server: CmsEmulator, password: str) -> None:
    dialog.platform.setCurrentIndex(dialog.platform.findData("cms"))
    type_text(dialog.server_url, server.base_url)
    type_text(dialog.server_user, server.username)
    type_text(dialog.password, password)


def test_cms_tested_and_saved_with_the_password_only_in_the_keyring(
    qtbot: QtBot,
    swedish_qt: None,
    memory_keyring: MemoryKeyring,
    cms_server: CmsEmulator,
    startup: Startup,
) -> None:
    dialog = open_dialog(qtbot, startup)
    # Asked on a worker: the dialog is there at once, the keyring's answer a moment later.
    assert dialog.keyring_label.text() == "Kontrollerar nyckelringen…"
    qtbot.waitUntil(
        lambda: (
            dialog.keyring_label.text()
            == "Lösenordet sparas i tests.helpers.memory_keyring.MemoryKeyring."
        )
    )
    assert not dialog.server_url.isEnabled()  # manual: no server fields to fill in
    choose_cms(dialog, cms_server, PASSWORD)
    click(qtbot, dialog.test_button)
    assert dialog.busy.isVisible() and not dialog.test_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.test_result.text() == "Anslutningen fungerar.", timeout=5_000)
    assert not dialog.busy.isVisible() and dialog.test_button.isEnabled()
    assert memory_keyring.passwords == {}  # testing does not store anything

    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5_000)
    settings = dialog.result_settings()
    assert (settings.platform, settings.server_url) == ("cms", cms_server.base_url)
    assert settings.server_user == "api" and settings.ca_bundle is None
    startup.save(settings)  # what the main window does with an accepted dialog
    text = startup.paths.settings_file.read_text(encoding="utf-8")
    assert PASSWORD not in text
    assert json.loads(text)["server_url"] == cms_server.base_url
    assert memory_keyring.passwords == {(SERVICE_NAME, "cms:api"): PASSWORD}


def test_wrong_password_and_bad_address_are_explained_next_to_the_fields(
    qtbot: QtBot,
    swedish_qt: None,
    memory_keyring: MemoryKeyring,
    cms_server: CmsEmulator,
    startup: Startup,
) -> None:
    dialog = open_dialog(qtbot, startup)
    dialog.platform.setCurrentIndex(dialog.platform.findData("cms"))
    type_text(dialog.server_url, "http://cms.region.example.se")
    click(qtbot, dialog.test_button)
    assert "https://" in dialog.errors["server_url"].text()
    assert dialog.errors["server_user"].text() == "Ange API-kontot."
    assert cms_server.requests == []  # nothing sent before the fields are right

    dialog.server_url.clear()
    choose_cms(dialog, cms_server, "fel")
    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: "godtog inte" in dialog.test_result.text(), timeout=5_000)
    assert not dialog.errors["server_url"].isVisible()


def test_without_a_keyring_the_password_is_kept_for_this_session_only(
    qtbot: QtBot, swedish_qt: None, startup: Startup
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        dialog = open_dialog(qtbot, startup)
        qtbot.waitUntil(lambda: "bara i minnet" in dialog.keyring_label.text())
    finally:
        keyring.set_keyring(previous)
    # Five lines where one was: the shown dialog grew to show them all, none cut off.
    label = dialog.keyring_label
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))


def test_a_keyring_that_cannot_be_loaded_is_said_in_the_dialog_which_still_opens(
    qtbot: QtBot,
    swedish_qt: None,
    startup: Startup,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """IT's PYTHON_KEYRING_BACKEND names a backend that is not installed: keyring itself raises
    when asked. The dialog opens as ever and says so where the keyring's answer would be."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "vardmote_no_such_module.Keyring")
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)  # keyring chooses afresh
    dialog = open_dialog(qtbot, startup)
    qtbot.waitUntil(lambda: dialog.keyring_label.text() != "Kontrollerar nyckelringen…")
    assert dialog.keyring_label.text() == (
        "Lösenordet kunde inte läsas eller sparas i datorns nyckelring. Lås upp "
        "nyckelringen och försök igen."
    )
    assert dialog.platform.isEnabled()
    # For IT, the log names the cause by its type.
    assert "CredentialsUnavailable <- CredentialStoreError <- ModuleNotFoundError" in caplog.text


def test_a_stalled_server_leaves_the_window_responsive_and_avbryt_returns_at_once(
    qtbot: QtBot,
    swedish_qt: None,
    memory_keyring: MemoryKeyring,
    cms_server: CmsEmulator,
    startup: Startup,
) -> None:
    dialog = open_dialog(qtbot, startup)
    choose_cms(dialog, cms_server, PASSWORD)
    cms_server.stall(10)
    ticks: list[float] = []
    timer = QTimer(dialog)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    other_clicks: list[bool] = []
    dialog.ca_button.clicked.disconnect()  # no file dialog: only whether the click gets through
    dialog.ca_button.clicked.connect(lambda: other_clicks.append(True))

    click(qtbot, dialog.test_button)
    assert dialog.busy.isVisible() and dialog.busy.label.text() == "Testar anslutningen…"
    qtbot.wait(600)
    assert cms_server.pending_faults() == 0  # the request is in the server's stall right now
    assert len(ticks) >= 10  # the event loop kept running while the server stalled
    click(qtbot, dialog.ca_button)
    assert other_clicks == [True]
    type_text(dialog.video_domain, "ltkalmar.se")
    assert dialog.video_domain.text() == "ltkalmar.se"

    started = time.monotonic()
    click(qtbot, dialog.busy.cancel_button)
    assert time.monotonic() - started < 0.5
    assert not dialog.busy.isVisible() and dialog.test_button.isEnabled()
    assert dialog.test_result.text() == "Avbrutet."
    timer.stop()
