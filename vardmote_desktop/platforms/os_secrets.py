"""One secret read straight from the OS keyring, without the keyring package (issue 14).

Importing keyring costs a tenth of a second on a slow PC before it reads anything (its
backend base imports jaraco.context, which imports urllib.request and with it http.client,
email and ssl), the same on Windows and Linux. The default local log is encrypted, and the
first list must read the log's key before it shows anything: it reads that one secret here,
from the OS keyring the full opening used last time (platforms/credentials.py writes the note),
exactly where keyring put it. Everything else about passwords stays with keyring.

Only when the note says keyring chose that backend by itself: IT's choice (an environment
variable or keyring's configuration file) always goes back through keyring. Reading here never
prompts, never creates a collection and never writes: a locked keyring, a missing entry, any
fault or no answer within a few seconds (a Secret Service that hangs) is None, and the full
opening then asks keyring and explains.
"""

from __future__ import annotations

import importlib
import json
import logging
import os
import threading
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SERVICE_NAME = "vardmote-desktop"
MACHINE_SERVICE_NAME = "vardmote-desktop-machine"

# Reading one entry takes milliseconds, and this read never waits for a person (it never
# unlocks): an OS keyring that has not answered by then is not going to be quick.
READ_DEADLINE_S = 3.0

SECRET_SERVICE = "keyring.backends.SecretService.Keyring"
CREDENTIAL_MANAGER = "keyring.backends.Windows.WinVaultKeyring"


class CredentialStoreError(Exception):
    """The keyring exists but refused the operation (locked, access denied)."""


def service_name(scope: str) -> str:
    """The keyring service the site's `keyring_scope` keeps its entries under."""
    return MACHINE_SERVICE_NAME if scope == "machine" else SERVICE_NAME


def account_name(platform_key: str, username: str) -> str:
    """The keyring account of one password: the platform's key and the user name.

    One keyring service for the app; the account carries the platform so two sites can share a
    user name without overwriting each other's password.
    """
    if not platform_key or not username:
        raise ValueError("platform key and user name must not be empty")
    return f"{platform_key}:{username}"


@dataclass(frozen=True)
class KeyringNote:
    """Which OS keyring keyring chose last time, and the configuration file that was absent.

    `config` is keyring's own configuration file (keyringrc.cfg) as keyring named it then;
    None in a note from before it was kept, which therefore never reads directly.
    """

    backend: str
    config: str | None = None

    def to_text(self) -> str:
        return json.dumps({"backend": self.backend, "keyring_config": self.config}) + "\n"

    @classmethod
    def from_text(cls, text: str) -> KeyringNote | None:
        text = text.strip()
        if not text:
            return None
        if not text.startswith("{"):
            return cls(text)  # the first notes held the backend's name only
        try:
            found = json.loads(text)
        except ValueError:
            return None
        backend, config = found.get("backend"), found.get("keyring_config")
        if not isinstance(backend, str) or not backend:
            return None
        return cls(backend, config if isinstance(config, str) and config else None)


def direct_reader(
    note: KeyringNote | None, *, deadline_s: float = READ_DEADLINE_S
) -> Callable[[str, str], str | None] | None:
    """How to read one (service, account) secret from the noted keyring without keyring.

    None, and so keyring itself, when there is no note, when the environment names a backend or
    its properties, when keyring's configuration file exists now or was not noted, and for an
    OS keyring without a reader here (macOS, KWallet, libsecret). The reader gives None when
    the keyring has not answered within `deadline_s`.
    """
    if note is None or note.config is None or note.backend not in _READERS:
        return None
    if any(name == "PYTHON_KEYRING_BACKEND" or "KEYRING_PROPERTY_" in name for name in os.environ):
        return None
    if Path(note.config).exists():
        return None
    reader = _READERS[note.backend]

    def read(service: str, account: str) -> str | None:
        found: list[str | None] = [None]

        def attempt() -> None:
            try:
                found[0] = reader(service, account)
            except Exception as exc:  # the full opening asks keyring and explains
                log.info("the keyring was not read directly (%s)", type(exc).__name__)

        # Neither secretstorage nor Windows' call takes a deadline: the read runs on a thread
        # of its own, left behind (a daemon) if the keyring never answers.
        thread = threading.Thread(target=attempt, name="os-keyring-read", daemon=True)
        thread.start()
        thread.join(deadline_s)
        if thread.is_alive():
            log.info("the keyring did not answer within %.0f s: the list waits", deadline_s)
            return None
        return found[0]

    return read


def _secret_service(service: str, account: str) -> str | None:
    """As keyring's SecretService backend reads: the default collection, its default scheme."""
    import secretstorage

    with closing(secretstorage.dbus_init()) as bus:
        # Collection(), not get_default_collection(): that one creates (and prompts) if missing.
        collection = secretstorage.Collection(bus)
        if collection.is_locked():
            return None  # unlocking prompts: the full opening's, in front of its window
        for item in collection.search_items({"username": account, "service": service}):
            return None if item.is_locked() else item.get_secret().decode("utf-8")
    return None


_NOT_FOUND = 1168  # ERROR_NOT_FOUND


def _credential_manager(service: str, account: str) -> str | None:
    """As keyring's WinVaultKeyring reads: the service's target, then `account@service`.

    keyring keeps the first account of a service under the service's name and moves it to the
    compound name when a second account arrives, so both places are asked, in its order.
    """
    # pywin32-ctypes, keyring's own dependency on Windows; imported by name, so that a type
    # checker on another system does not look for it.
    win32cred: Any = importlib.import_module("win32ctypes.pywin32.win32cred")
    pywintypes: Any = importlib.import_module("win32ctypes.pywin32.pywintypes")

    def read(target: str) -> Any:
        try:
            return win32cred.CredRead(Type=win32cred.CRED_TYPE_GENERIC, TargetName=target)
        except pywintypes.error as exc:
            if exc.winerror == _NOT_FOUND:
                return None
            raise

    found = read(service)
    if not found or found["UserName"] != account:
        found = read(f"{account}@{service}")
    if not found:
        return None
    blob: bytes = found["CredentialBlob"]
    return blob.decode("utf-16")  # keyring writes UTF-16 only


_READERS: dict[str, Callable[[str, str], str | None]] = {
    SECRET_SERVICE: _secret_service,
    CREDENTIAL_MANAGER: _credential_manager,
}
