"""Typed errors of the persistence layer, so callers can tell the user what to do."""

from __future__ import annotations

import enum


class StoreError(Exception):
    """Base of every error raised by vardmote_desktop.store."""


class DatabaseTooNewError(StoreError):
    """The database was migrated by a newer version of the app; this one must not touch it.

    needed_release names a release known to use the schema (from its schema_compat row), or is
    None when the database does not say (a revision from before that row existed).
    """

    def __init__(self, revision: str, needed_release: str | None = None) -> None:
        super().__init__(f"database revision {revision!r} is unknown to this version of the app")
        self.revision = revision
        self.needed_release = needed_release


class MigrationLockTimeoutError(StoreError):
    """Another process held the migration lock past the deadline (it is still upgrading)."""

    def __init__(self, waited_seconds: float) -> None:
        super().__init__(f"the migration lock was not free within {waited_seconds:g} s")
        self.waited_seconds = waited_seconds


class OfflineSqlUnsupportedError(StoreError):
    """Migration SQL cannot be written in advance for this database (SQLite, or too old)."""


class AppendOnlyError(StoreError):
    """Someone tried to change or delete a history event (*händelse*) outside a retention purge."""


class NotFoundError(StoreError, LookupError):
    """A row the caller named by id does not exist."""


class DatabaseFault(enum.Enum):
    """What went wrong in the database, as far as the user can act on it."""

    LOCKED = "locked"  # another connection holds a lock past the busy timeout
    DISK_FULL = "disk_full"
    CORRUPT = "corrupt"  # damaged pages, or not a database file at all
    READ_ONLY = "read_only"  # a read-only file, folder or standby server
    BAD_TEXT = "bad_text"  # text the database cannot store (a lone surrogate, a NUL byte)
    UNAVAILABLE = "unavailable"  # anything else: not reachable, not openable


# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_FAULTS = {
    5: DatabaseFault.LOCKED,  # SQLITE_BUSY
    6: DatabaseFault.LOCKED,  # SQLITE_LOCKED
    8: DatabaseFault.READ_ONLY,  # SQLITE_READONLY
    11: DatabaseFault.CORRUPT,  # SQLITE_CORRUPT
    13: DatabaseFault.DISK_FULL,  # SQLITE_FULL
    26: DatabaseFault.CORRUPT,  # SQLITE_NOTADB
}
# PostgreSQL SQLSTATEs, then their classes (the first two characters).
_POSTGRES_FAULTS = {
    "55P03": DatabaseFault.LOCKED,  # lock_not_available
    "40P01": DatabaseFault.LOCKED,  # deadlock_detected
    "53100": DatabaseFault.DISK_FULL,  # disk_full
    "25006": DatabaseFault.READ_ONLY,  # read_only_sql_transaction
    "XX001": DatabaseFault.CORRUPT,  # data_corrupted
    "XX002": DatabaseFault.CORRUPT,  # index_corrupted
    "22021": DatabaseFault.BAD_TEXT,  # character_not_in_repertoire
    "22P05": DatabaseFault.BAD_TEXT,  # untranslatable_character
}
# When a driver gives no code, its words (SQLite's own messages, psycopg's NUL refusal).
_MESSAGE_FAULTS = (
    ("database is locked", DatabaseFault.LOCKED),
    ("database table is locked", DatabaseFault.LOCKED),
    ("database or disk is full", DatabaseFault.DISK_FULL),
    ("no space left on device", DatabaseFault.DISK_FULL),
    ("disk image is malformed", DatabaseFault.CORRUPT),
    ("file is not a database", DatabaseFault.CORRUPT),
    ("readonly database", DatabaseFault.READ_ONLY),
    ("read-only", DatabaseFault.READ_ONLY),
    ("cannot contain nul", DatabaseFault.BAD_TEXT),
    ("surrogates not allowed", DatabaseFault.BAD_TEXT),
)


def classify_database_error(exc: BaseException) -> DatabaseFault | None:
    """The fault behind a driver's error (SQLAlchemy's wrapper or the driver's own), or None
    when it is not one the user can act on (a constraint, a programming error: a bug)."""
    if isinstance(exc, UnicodeError):
        return DatabaseFault.BAD_TEXT  # sqlite3 refuses to encode a lone surrogate
    original = getattr(exc, "orig", None) or exc
    code = getattr(original, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _SQLITE_FAULTS:
        return _SQLITE_FAULTS[code & 0xFF]
    state = getattr(original, "sqlstate", None) or getattr(original, "pgcode", None)
    if isinstance(state, str) and state in _POSTGRES_FAULTS:
        return _POSTGRES_FAULTS[state]
    text = str(original).lower()
    for words, fault in _MESSAGE_FAULTS:
        if words in text:
            return fault
    # Imported here: the store's errors are also raised where SQLAlchemy is not loaded yet
    # (store/first_list.py reads the list before it, issue 14).
    from sqlalchemy.exc import OperationalError

    if isinstance(exc, OperationalError) or (isinstance(state, str) and state[:2] == "08"):
        return DatabaseFault.UNAVAILABLE  # connection exceptions and the like
    return None
