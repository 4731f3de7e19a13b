"""Typed errors of the persistence layer, so callers can tell the user what to do."""

from __future__ import annotations


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
