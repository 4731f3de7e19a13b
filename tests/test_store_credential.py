"""`vardmote-desktop store-credential`: IT stores a platform's secret once, read from stdin."""

from __future__ import annotations

import io

import pytest

from tests.helpers.memory_keyring import MemoryKeyring
from vardmote_desktop.commands import store_credential
from vardmote_desktop.platforms.credentials import (
    MACHINE_SERVICE_NAME,
    SERVICE_NAME,
    credential_store,
)

SECRET = "tjänstekontots-hemlighet"


def test_a_machine_secret_is_stored_apart_and_found_by_the_machine_scope(
    memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--platform", "pexip", "--user", "vardmote-svc", "--machine"]
    assert store_credential(argv, io.StringIO(SECRET + "\n")) == 0

    assert memory_keyring.passwords == {(MACHINE_SERVICE_NAME, "pexip:vardmote-svc"): SECRET}
    assert credential_store("machine").get_password("pexip", "vardmote-svc") == SECRET
    assert credential_store("user").get_password("pexip", "vardmote-svc") is None
    out, err = capsys.readouterr()
    assert SECRET not in out + err and "vardmote-svc" in out


def test_a_user_secret_and_an_empty_one(
    memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    assert store_credential(["--platform", "cms", "--user", "api"], io.StringIO(SECRET)) == 0
    assert memory_keyring.passwords == {(SERVICE_NAME, "cms:api"): SECRET}
    assert store_credential(["--platform", "cms", "--user", "api"], io.StringIO("\n")) == 2
    assert "ingen hemlighet" in capsys.readouterr().err


class _PersistingKeyring(MemoryKeyring):
    """Like Windows' Credential Manager backend: a `persist` choice per instance."""

    persist = "enterprise"  # keyring's default there: the entry roams with the profile


def test_the_machine_scope_keeps_entries_on_this_pc_where_the_keyring_can() -> None:
    shared = _PersistingKeyring()
    store = credential_store("machine", shared)
    assert store.persistent
    assert shared.persist == "enterprise"  # the user's own entries still roam as before
    machine_backend = store._backend  # the instance the machine scope made for itself
    assert isinstance(machine_backend, _PersistingKeyring)
    assert machine_backend.persist == "local machine"
