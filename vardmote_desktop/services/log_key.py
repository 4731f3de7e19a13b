"""The key of the local log (*mötesloggen* on this PC): from the OS keyring, made once.

The default SQLite log is encrypted with SQLCipher (store/encryption.py). Its key is made the
first time the log is opened, kept in the OS keyring under the log file's path, and never
written anywhere else. A plain log from an earlier release is encrypted in place on that
first open, with its plain backups. The site chooses with `log_encryption` whether a PC
without an OS keyring may keep a plain log ("auto", with a warning in the log file) or must
refuse to open one ("required"), and with `keyring_scope` where the key is kept.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from vardmote_desktop.config.settings import Settings
from vardmote_desktop.platforms.os_secrets import CredentialStoreError, KeyringNote
from vardmote_desktop.services.errors import (
    CredentialsUnavailable,
    LogEncryptionFailed,
    LogKeyMissing,
    LogKeyUnavailable,
    LogKeyWrong,
)
from vardmote_desktop.store.encryption import (
    LogEncryptionError,
    encrypt_plain_file,
    encrypt_plain_leftovers,
    has_content,
    is_plain_sqlite,
    key_opens,
    new_key,
    sqlcipher_key,
)

if TYPE_CHECKING:  # the first list reads the key through this module without keyring
    from vardmote_desktop.platforms.credentials import CredentialStore

log = logging.getLogger(__name__)

LOG_KEY_PLATFORM = "local-log"  # the credential store's "platform" part of the account
# Which OS keyring held the key last time (a backend's name and keyring's configuration file,
# nothing secret): the first list reads from that one directly (platforms/os_secrets.py).
KEYRING_NOTE = "keyring-backend"


def remembered_keyring(data_dir: Path) -> KeyringNote | None:
    try:
        return KeyringNote.from_text((data_dir / KEYRING_NOTE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def remember_keyring(data_dir: Path, store: CredentialStore) -> None:
    """Note the OS keyring the store found, for the next start's first list (or forget it)."""
    found = store.keyring_note
    if found == remembered_keyring(data_dir):
        return
    note = data_dir / KEYRING_NOTE
    try:
        if found is None:
            note.unlink(missing_ok=True)
        else:
            note.write_text(found.to_text(), encoding="utf-8")
    except OSError as exc:  # only a slower next start
        log.warning("could not note the keyring in use: %s", type(exc).__name__)


def log_key_account(database: Path) -> str:
    """The keyring account of the key of the log at `database`: its file's full path."""
    return str(database.resolve())


def local_log_key(
    settings: Settings,
    store: CredentialStore,
    database: Path,
    *,
    other_scope: Callable[[], CredentialStore] | None = None,
) -> str | None:
    """The SQLCipher key literal for the default log at `database`, None when it stays plain.

    `other_scope` is the store of the keyring scope the site does not use now: a key found only
    there (the site changed `keyring_scope` after the log was encrypted) is moved into `store`.
    Raises LogKeyMissing / LogKeyWrong for an encrypted log the keyring cannot open,
    LogKeyUnavailable when the site requires encryption and there is no keyring, and
    LogEncryptionFailed when a plain log could not be encrypted (it is left as it was).
    """
    account = log_key_account(database)
    try:
        key = store.get_password(LOG_KEY_PLATFORM, account)
        if has_content(database) and not is_plain_sqlite(database):
            if key is None and other_scope is not None:
                key = _moved_here(other_scope(), store, account, database)
            if key is None:
                raise LogKeyMissing()
            if not key_opens(database, key):
                raise LogKeyWrong()
            return sqlcipher_key(key)
        if settings.log_encryption == "none":
            return None
        if not store.persistent:
            if settings.log_encryption == "required":
                raise LogKeyUnavailable()
            # A key kept in memory would be lost at exit, and the log with it.
            log.warning("no OS keyring for the log's key: the local log stays unencrypted")
            return None
        if key is None:
            store.set_password(LOG_KEY_PLATFORM, account, new_key())
            # Read back: what the keyring holds is what the next start will use.
            key = store.get_password(LOG_KEY_PLATFORM, account)
            if key is None:
                raise LogKeyUnavailable()
    except CredentialStoreError as exc:
        raise CredentialsUnavailable() from exc
    try:
        if has_content(database):
            encrypt_plain_file(database, key)
            log.info("the local log was encrypted")
        encrypt_plain_leftovers(database, key)
    except LogEncryptionError as exc:
        raise LogEncryptionFailed() from exc
    return sqlcipher_key(key)


def _moved_here(
    elsewhere: CredentialStore, here: CredentialStore, account: str, database: Path
) -> str | None:
    """The log's key from the other scope's entry, moved into this scope's; None if it is not
    there or does not open the log (then nothing is touched).

    One key in one place: the other entry is removed only once this one reads back the same.
    """
    key = elsewhere.get_password(LOG_KEY_PLATFORM, account)
    if key is None or not key_opens(database, key):
        return None
    here.set_password(LOG_KEY_PLATFORM, account, key)
    if here.get_password(LOG_KEY_PLATFORM, account) != key:
        return key  # this scope did not keep it: the other entry stays, the log still opens
    elsewhere.delete_password(LOG_KEY_PLATFORM, account)
    log.info("the log's key was moved to the keyring scope the site uses now")
    return key
