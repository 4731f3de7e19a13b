"""Platform passwords in the OS keyring, or in memory for this session when there is none."""

from __future__ import annotations

import os

import keyring
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
from keyring.backend import KeyringBackend

from vardmote_desktop.platforms.os_secrets import (
    MACHINE_SERVICE_NAME,
    SERVICE_NAME,
    CredentialStoreError,
    KeyringNote,
    account_name,
    service_name,
)

__all__ = [
    "MACHINE_SERVICE_NAME",
    "SERVICE_NAME",
    "CredentialStore",
    "CredentialStoreError",
    "credential_store",
    "remembered_backend",
]

# Shown to the user, so Swedish; keyed by the backend's module so a vendor rename degrades to
# the backend's own name rather than a wrong label.
_FRIENDLY_NAMES = {
    "keyring.backends.Windows": "Windows Autentiseringshanteraren",
    "keyring.backends.macOS": "macOS Nyckelhanteraren",
    "keyring.backends.SecretService": "Secret Service (GNOME-nyckelring)",
    "keyring.backends.kwallet": "KDE KWallet",
    "keyring.backends.libsecret": "libsecret (GNOME-nyckelring)",
}
MEMORY_ONLY_NAME = "Endast i minnet: lösenordet glöms när programmet stängs"


def _usable(backend: KeyringBackend) -> bool:
    # fail.Keyring raises on every call and null.Keyring silently forgets; keyrings.alt stores
    # passwords in a plaintext file. None of them may hold a password.
    if isinstance(backend, keyring.backends.fail.Keyring | keyring.backends.null.Keyring):
        return False
    return not type(backend).__module__.startswith("keyrings.alt")


class CredentialStore:
    """Passwords per (platform key, user name) under the service name "vardmote-desktop"."""

    def __init__(self, backend: KeyringBackend | None = None, service: str = SERVICE_NAME) -> None:
        # Resolved at first use, not construction: finding the OS backend costs a quarter of
        # a second, which opening the log must not pay (issue 14).
        self._chosen: KeyringBackend | None = backend
        self._resolved = False
        self._service = service
        self._memory: dict[tuple[str, str], str] = {}

    @property
    def _backend(self) -> KeyringBackend | None:
        if not self._resolved:
            try:
                chosen = self._chosen if self._chosen is not None else keyring.get_keyring()
            except Exception as exc:  # e.g. IT's PYTHON_KEYRING_BACKEND names no backend
                raise CredentialStoreError("no keyring backend could be loaded") from exc
            self._chosen = chosen if _usable(chosen) else None
            self._resolved = True
        return self._chosen

    @_backend.setter
    def _backend(self, backend: KeyringBackend | None) -> None:
        self._chosen, self._resolved = backend, True

    @property
    def persistent(self) -> bool:
        """True when passwords survive a restart (a real OS keyring is in use)."""
        return self._backend is not None

    @property
    def os_backend(self) -> str | None:
        """The OS keyring in use as keyring names it (module.Class), None for any other."""
        backend = self._backend
        if backend is None or type(backend).__module__ not in _FRIENDLY_NAMES:
            return None
        return f"{type(backend).__module__}.{type(backend).__qualname__}"

    @property
    def keyring_note(self) -> KeyringNote | None:
        """What the next start's first list needs to read from the same OS keyring directly
        (platforms/os_secrets.py): None for any other keyring than an OS one."""
        name = self.os_backend
        if name is None:
            return None
        from keyring.util import platform_

        # The file keyring's load_config reads: a next start that finds it goes through keyring.
        return KeyringNote(name, str(platform_.config_root() / "keyringrc.cfg"))

    @property
    def backend_name(self) -> str:
        """Where passwords are kept, in words the UI can show the user."""
        if self._backend is None:
            return MEMORY_ONLY_NAME
        cls = type(self._backend)
        return _FRIENDLY_NAMES.get(cls.__module__, f"{cls.__module__}.{cls.__name__}")

    def get_password(self, platform_key: str, username: str) -> str | None:
        key, account = (platform_key, username), account_name(platform_key, username)
        if self._backend is None:
            return self._memory.get(key)
        try:
            return self._backend.get_password(self._service, account)
        except keyring.errors.NoKeyringError:
            self._degrade()
            return self._memory.get(key)
        except keyring.errors.KeyringError as exc:
            raise CredentialStoreError(str(exc)) from exc

    def set_password(self, platform_key: str, username: str, password: str) -> None:
        key, account = (platform_key, username), account_name(platform_key, username)
        if self._backend is not None:
            try:
                self._backend.set_password(self._service, account, password)
                return
            except keyring.errors.NoKeyringError:
                self._degrade()
            except keyring.errors.KeyringError as exc:
                raise CredentialStoreError(str(exc)) from exc
        self._memory[key] = password

    def delete_password(self, platform_key: str, username: str) -> None:
        """Forget the password; one that was never stored is not an error."""
        key, account = (platform_key, username), account_name(platform_key, username)
        self._memory.pop(key, None)
        if self._backend is None:
            return
        try:
            self._backend.delete_password(self._service, account)
        except keyring.errors.PasswordDeleteError:
            return  # nothing stored: already the state the caller wants
        except keyring.errors.NoKeyringError:
            self._degrade()
        except keyring.errors.KeyringError as exc:
            raise CredentialStoreError(str(exc)) from exc

    def _degrade(self) -> None:
        # The backend looked usable but has no keyring behind it: keep this session working.
        self._backend = None


def remembered_backend(name: str | None) -> KeyringBackend | None:
    """The OS keyring a previous start found (`os_backend`), loaded without keyring's search.

    keyring finds its backend by loading every one installed and asking each (100–250 ms on
    a slow PC); a start that must read the local log's key before its first list loads the one
    found last time instead (issue 14). None, and so keyring's own search, when nothing is
    remembered, when the environment or keyring's configuration names a backend (IT's choice
    wins), when the name is not one of the OS keyrings, or when it no longer loads.
    """
    if not name or os.environ.get("PYTHON_KEYRING_BACKEND"):
        return None
    module = name.rpartition(".")[0]
    if module not in _FRIENDLY_NAMES:
        return None  # only the OS keyrings: the file names no other code to load
    from keyring import core

    try:
        if core.load_config() is not None:
            return None
        backend = core.load_keyring(name)  # its priority raises where it cannot work
    except Exception:  # any failure: keyring's own search decides, as without a name
        return None
    return backend if _usable(backend) else None


def credential_store(scope: str = "user", backend: KeyringBackend | None = None) -> CredentialStore:
    """The store for a scope the site chooses: "user" (the default) or "machine".

    "machine" keeps its entries apart, under their own service name, and where the keyring can
    say so (Windows Credential Manager) persists them on this PC only instead of letting them
    roam with the user's profile.
    """
    if scope != "machine":
        return CredentialStore(backend)
    chosen = backend if backend is not None else keyring.get_keyring()
    if hasattr(chosen, "persist"):
        # A fresh instance: the shared one keyring hands out must keep the user's persistence.
        chosen = type(chosen)()
        chosen.persist = "local machine"  # type: ignore[attr-defined]
    return CredentialStore(chosen, service=service_name(scope))
