"""CredentialStore on an in-memory keyring, and its degradation when no keyring exists."""

from __future__ import annotations

import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.backend import KeyringBackend

from tests.helpers.memory_keyring import MemoryKeyring
from vardmote_desktop.platforms.credentials import (
    MEMORY_ONLY_NAME,
    SERVICE_NAME,
    CredentialStore,
)


def test_round_trip_in_the_os_keyring(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore()
    assert store.persistent
    assert store.get_password("cms", "api") is None
    store.set_password("cms", "api", "hemligt-1")
    store.set_password("pexip", "api", "hemligt-2")
    assert store.get_password("cms", "api") == "hemligt-1"
    assert memory_keyring.passwords == {
        (SERVICE_NAME, "cms:api"): "hemligt-1",
        (SERVICE_NAME, "pexip:api"): "hemligt-2",
    }
    store.delete_password("cms", "api")
    store.delete_password("cms", "api")  # deleting twice is fine
    assert store.get_password("cms", "api") is None
    assert store.get_password("pexip", "api") == "hemligt-2"


def test_backend_name_is_shown(memory_keyring: MemoryKeyring) -> None:
    assert CredentialStore().backend_name == "tests.helpers.memory_keyring.MemoryKeyring"


@pytest.mark.parametrize(
    "backend_class", [keyring.backends.fail.Keyring, keyring.backends.null.Keyring]
)
def test_no_usable_keyring_keeps_passwords_in_memory_only(
    backend_class: type[KeyringBackend],
) -> None:
    backend = backend_class()
    store = CredentialStore(backend)
    assert not store.persistent
    assert store.backend_name == MEMORY_ONLY_NAME
    store.set_password("cms", "api", "bara-i-minnet")
    assert store.get_password("cms", "api") == "bara-i-minnet"
    assert CredentialStore(backend).get_password("cms", "api") is None  # gone next session


def test_fail_backend_installed_globally_is_detected() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        assert not CredentialStore().persistent
    finally:
        keyring.set_keyring(previous)


class _VanishingKeyring(MemoryKeyring):
    """Looks fine at start-up, then has no keyring behind it (e.g. the D-Bus service left)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.NoKeyringError("no backend")

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.NoKeyringError("no backend")


def test_no_keyring_error_on_use_degrades_to_memory() -> None:
    store = CredentialStore(_VanishingKeyring())
    assert store.persistent
    store.set_password("cms", "api", "x-1")
    assert not store.persistent
    assert store.get_password("cms", "api") == "x-1"


def test_empty_keys_are_refused(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(ValueError):
        CredentialStore().set_password("cms", "", "x")
