"""The local log encrypted at rest (SQLCipher): keys, the test of a key, and plain → encrypted.

The key is 32 random bytes, written as 64 hex digits and held by the caller in the OS keyring
(services/log_key.py); SQLCipher gets it as a raw key (``x'…'``), so no passphrase derivation
runs on every connection. A plain log from an earlier release is encrypted once: a copy is
exported into a new encrypted file next to it, verified (integrity, every table's row count),
synced to disk and renamed over the plain file; its WAL and every plain backup beside it are
encrypted or removed, so no plain copy of the log stays in the data folder.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from vardmote_desktop.store.backup_files import is_backup_of
from vardmote_desktop.store.errors import StoreError

PLAIN_HEADER = b"SQLite format 3\x00"
_WAL_SIDE_FILES = ("-wal", "-shm", "-journal")


class LogEncryptionError(StoreError):
    """A plain log could not be encrypted (the plain file is left as it was)."""


def new_key() -> str:
    """A fresh key: 64 hex digits (256 bits) for the keyring."""
    import secrets  # here, not above: a start that only reads the log never makes a key

    return secrets.token_hex(32)


def sqlcipher_key(key: str) -> str:
    """The key as SQLCipher's raw-key literal (what create_store_engine's key= expects).

    A literal already in that form (an engine's URL password) is returned as it is.
    """
    if key.startswith("x'") and key.endswith("'") and len(key) == 67:
        key = key[2:-1]
    if len(key) != 64 or any(c not in "0123456789abcdefABCDEF" for c in key):
        raise ValueError("a log key is 64 hex digits")
    return f"x'{key}'"


def is_plain_sqlite(path: Path) -> bool:
    """Whether path is a non-empty SQLite file anyone can read (no encryption)."""
    try:
        with path.open("rb") as file:
            return file.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except OSError:
        return False


def has_content(path: Path) -> bool:
    """Whether a file exists and has any bytes (an empty file is a new log)."""
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def connect_encrypted(path: Path, key: str, *, read_only: bool = False) -> Any:
    """A SQLCipher DBAPI connection to path, keyed (raises on a wrong key at first read)."""
    from sqlcipher3 import dbapi2

    target = f"{path.as_uri()}?mode=ro" if read_only else str(path)
    connection = dbapi2.connect(target, uri=read_only)
    # A wrong key is an answer here, not an error for SQLCipher to print on stderr.
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f'PRAGMA key = "{sqlcipher_key(key)}"')
    return connection


def key_opens(path: Path, key: str) -> bool:
    """Whether key decrypts the log at path (a wrong key reads as 'not a database')."""
    from sqlcipher3 import dbapi2

    try:
        with closing(connect_encrypted(path, key, read_only=True)) as connection:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.DatabaseError:
        return False
    return True


def table_counts(connection: Any, schema: str = "main") -> dict[str, int]:
    """Rows per table (FTS shadow tables included): what a verified copy must match."""
    names = [
        row[0]
        for row in connection.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {
        name: int(connection.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0])
        for name in names
    }


def fsync_file(path: Path) -> None:
    """Flush a file's bytes to the disk (a rename is durable only after its content is)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(directory: Path) -> None:
    """Make a rename in directory durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return  # Windows: the rename is durable once MoveFileEx returns
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a directory; the file itself is synced
    finally:
        os.close(fd)


def encrypt_plain_file(path: Path, key: str) -> None:
    """Replace the plain SQLite file at path by an encrypted copy holding the same rows.

    Runs before any engine is open on the file. The plain file is only replaced once the copy
    is verified; a failure leaves it as it was and removes the copy.
    """
    import secrets

    partial = path.with_name(f"{path.name}.{os.getpid()}-{secrets.token_hex(4)}.encrypting")
    from sqlcipher3 import dbapi2

    try:
        # SQLCipher without a key reads a plain file; the export goes through that connection,
        # so rows still in the plain WAL are copied too.
        with closing(dbapi2.connect(str(path), isolation_level=None)) as source:
            source.execute("PRAGMA busy_timeout = 5000")
            expected = table_counts(source)
            export_encrypted(source, partial, key)
            # Fold the plain WAL into the plain file, so nothing of it outlives the swap.
            source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _verify_copy(partial, key, expected)
        fsync_file(partial)
        for suffix in _WAL_SIDE_FILES:
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        os.replace(partial, path)
        fsync_dir(path.parent)
    except (sqlite3.Error, dbapi2.Error, OSError) as exc:
        raise LogEncryptionError(f"the local log could not be encrypted: {exc}") from exc
    finally:
        partial.unlink(missing_ok=True)


def export_encrypted(source: Any, target: Path, key: str) -> None:
    """Write every table of source (a SQLCipher DBAPI connection) into a new file, encrypted."""
    source.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), sqlcipher_key(key)))
    try:
        # Every cursor read to its end: an unfinished statement keeps the copy locked.
        source.execute("SELECT sqlcipher_export('encrypted')").fetchall()
        version = source.execute("PRAGMA user_version").fetchall()[0][0]
        source.execute(f"PRAGMA encrypted.user_version = {int(version)}").fetchall()
        if source.in_transaction:
            source.commit()  # the export's writes went to the copy only
    finally:
        source.execute("DETACH DATABASE encrypted")


def _verify_copy(copy: Path, key: str, expected: dict[str, int]) -> None:
    with closing(connect_encrypted(copy, key, read_only=True)) as connection:
        if connection.execute("PRAGMA integrity_check").fetchone() != ("ok",):
            raise LogEncryptionError("the encrypted copy failed its integrity check")
        found = table_counts(connection)
    if found != expected:
        raise LogEncryptionError("the encrypted copy does not hold the same rows")


def encrypt_plain_leftovers(path: Path, key: str) -> list[Path]:
    """Encrypt the plain backups beside the log (``<log>.bak-<rev>``); drop half-made copies.

    Returns the files encrypted. Temporary files of an interrupted backup or encryption are
    never trusted and are removed.
    """
    encrypted = []
    for sibling in sorted(path.parent.glob(f"{path.name}.*")):
        if sibling.suffix in (".tmp", ".encrypting"):
            sibling.unlink(missing_ok=True)
        elif is_backup_of(path, sibling) and is_plain_sqlite(sibling):
            encrypt_plain_file(sibling, key)
            encrypted.append(sibling)
    return encrypted
