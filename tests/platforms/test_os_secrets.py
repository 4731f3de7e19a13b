"""Reading the local log's key without keyring (platforms/os_secrets.py, issue 14).

The Secret Service reader is tested on a real gnome-keyring in tests/services/
test_remembered_keyring.py. Windows' Credential Manager cannot run here: its reader is held to
keyring's own WinVaultKeyring over an in-memory Credential Manager behind the same calls
(tests/helpers/credential_manager.py), so what keyring writes is what the reader finds.
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.credential_manager import CredentialManager
from vardmote_desktop.platforms.os_secrets import (
    CREDENTIAL_MANAGER,
    MACHINE_SERVICE_NAME,
    SECRET_SERVICE,
    SERVICE_NAME,
    KeyringNote,
    account_name,
    direct_reader,
    service_name,
)

KEY_1, KEY_2 = "1f" * 32, "e2" * 32
# keyring's own Windows backend (untyped); importable anywhere, working once given its calls.
keyring_windows: Any = importlib.import_module("keyring.backends.Windows")


@pytest.fixture
def credential_manager(monkeypatch: pytest.MonkeyPatch) -> Iterator[CredentialManager]:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)  # the tests' memory keyring
    manager = CredentialManager()
    win32cred, pywintypes = manager.modules()
    for name, module in {
        "win32ctypes": None,
        "win32ctypes.pywin32": None,
        "win32ctypes.pywin32.win32cred": win32cred,
        "win32ctypes.pywin32.pywintypes": pywintypes,
    }.items():
        monkeypatch.setitem(sys.modules, name, module or type(sys)(name))
    monkeypatch.setattr(keyring_windows, "win32cred", win32cred, raising=False)
    monkeypatch.setattr(keyring_windows, "pywintypes", pywintypes, raising=False)
    yield manager


def _note(tmp_path: Path, backend: str = CREDENTIAL_MANAGER) -> KeyringNote:
    return KeyringNote(backend, str(tmp_path / "python_keyring" / "keyringrc.cfg"))


def test_the_reader_finds_what_keyring_wrote_in_the_credential_manager(
    tmp_path: Path, credential_manager: CredentialManager
) -> None:
    vault = keyring_windows.WinVaultKeyring()
    read = direct_reader(_note(tmp_path))
    assert read is not None
    first, second = account_name("local-log", r"C:\a\vardmote.sqlite"), account_name("cms", "api")
    assert read(SERVICE_NAME, first) is None  # nothing yet: no error, no key
    vault.set_password(SERVICE_NAME, first, KEY_1)
    assert read(SERVICE_NAME, first) == KEY_1 == vault.get_password(SERVICE_NAME, first)
    # A second account of the service: keyring moves the first one to "account@service".
    vault.set_password(SERVICE_NAME, second, KEY_2)
    assert f"{first}@{SERVICE_NAME}".lower() in credential_manager.credentials
    assert read(SERVICE_NAME, first) == KEY_1 == vault.get_password(SERVICE_NAME, first)
    assert read(SERVICE_NAME, second) == KEY_2 == vault.get_password(SERVICE_NAME, second)
    assert read(SERVICE_NAME, account_name("pexip", "api")) is None
    assert read(MACHINE_SERVICE_NAME, first) is None  # the other scope's service is apart
    vault.delete_password(SERVICE_NAME, first)
    assert read(SERVICE_NAME, first) is None
    assert read(SERVICE_NAME, second) == KEY_2


def test_a_credential_manager_fault_is_no_key_not_an_error(
    tmp_path: Path, credential_manager: CredentialManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring_windows.WinVaultKeyring().set_password(SERVICE_NAME, "local-log:x", KEY_1)

    def denied(**_: object) -> None:
        raise keyring_windows.pywintypes.error(5, "CredRead", "Access is denied.")

    monkeypatch.setattr(sys.modules["win32ctypes.pywin32.win32cred"], "CredRead", denied)
    read = direct_reader(_note(tmp_path))
    assert read is not None
    assert read(SERVICE_NAME, "local-log:x") is None  # the full opening asks keyring and says


def test_a_keyring_that_does_not_answer_is_no_key_and_no_wait(
    tmp_path: Path, credential_manager: CredentialManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hung keyring must not hold the first list (and the worker) with it: None at the
    deadline, while the call is still stuck."""
    keyring_windows.WinVaultKeyring().set_password(SERVICE_NAME, "local-log:x", KEY_1)
    release, entered, left = threading.Event(), threading.Event(), threading.Event()

    def hangs(**_: object) -> None:
        entered.set()
        release.wait(60)
        left.set()

    monkeypatch.setattr(sys.modules["win32ctypes.pywin32.win32cred"], "CredRead", hangs)
    read = direct_reader(_note(tmp_path), deadline_s=0.2)
    assert read is not None
    try:
        assert read(SERVICE_NAME, "local-log:x") is None
        assert entered.is_set() and not left.is_set()  # it gave up; the call still hangs
    finally:
        release.set()


def test_only_a_note_of_keyrings_own_choice_is_read_directly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    note = _note(tmp_path, SECRET_SERVICE)
    assert direct_reader(note) is not None
    assert direct_reader(None) is None
    assert direct_reader(KeyringNote(SECRET_SERVICE)) is None  # config not noted: an old note
    assert direct_reader(_note(tmp_path, "keyring.backends.macOS.Keyring")) is None
    assert direct_reader(_note(tmp_path, "keyrings.alt.file.PlaintextKeyring")) is None
    # IT's choice since: keyring's configuration file, a backend or a property in the environment.
    config = Path(str(note.config))
    config.parent.mkdir(parents=True)
    config.write_text("[backend]\ndefault-keyring = keyring.backends.null.Keyring\n")
    assert direct_reader(note) is None
    config.unlink()
    monkeypatch.setenv("KEYRING_PROPERTY_PREFERRED_COLLECTION", "/org/freedesktop/secrets/x")
    assert direct_reader(note) is None
    monkeypatch.delenv("KEYRING_PROPERTY_PREFERRED_COLLECTION")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", SECRET_SERVICE)
    assert direct_reader(note) is None


def test_the_note_reads_back_and_tolerates_what_it_cannot_read() -> None:
    note = KeyringNote(SECRET_SERVICE, "/home/a/.config/python_keyring/keyringrc.cfg")
    assert KeyringNote.from_text(note.to_text()) == note
    assert KeyringNote.from_text(SECRET_SERVICE + "\n") == KeyringNote(SECRET_SERVICE)
    for text in ("", "\n", "{", '{"backend": 3}', '{"keyring_config": "/x"}'):
        assert KeyringNote.from_text(text) is None, text
    assert KeyringNote.from_text('{"backend": "a.B", "keyring_config": ""}') == KeyringNote("a.B")


def test_the_scopes_and_accounts_are_keyrings_names() -> None:
    assert service_name("user") == SERVICE_NAME
    assert service_name("machine") == MACHINE_SERVICE_NAME
    assert account_name("cms", "api") == "cms:api"
    with pytest.raises(ValueError):
        account_name("", "api")
    with pytest.raises(ValueError):
        account_name("cms", "")
