"""An in-memory keyring backend for tests: a real KeyringBackend, never auto-selected."""

from __future__ import annotations

from jaraco.classes.properties import classproperty
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Passwords in a dict. Not viable for keyring's own discovery, only via set_keyring()."""

    @classproperty
    def priority(cls) -> float:
        # Raising makes keyring skip this class when it picks a backend by itself.
        raise RuntimeError("test backend: install it with keyring.set_keyring()")

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.passwords: dict[tuple[str, str], str] = {}

    def __str__(self) -> str:
        return "tests.helpers.memory_keyring.MemoryKeyring"  # the base's __str__ reads priority

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.passwords[(service, username)]
        except KeyError:
            raise PasswordDeleteError("no such password") from None
