"""Typed errors of the persistence layer, so callers can tell the user what to do."""

from __future__ import annotations


class StoreError(Exception):
    """Base of every error raised by vardmote_desktop.store."""


class DatabaseTooNewError(StoreError):
    """The database was migrated by a newer version of the app; this one must not touch it."""

    def __init__(self, revision: str) -> None:
        super().__init__(f"database revision {revision!r} is unknown to this version of the app")
        self.revision = revision


class AppendOnlyError(StoreError):
    """Someone tried to change or delete a history event (*händelse*) outside a retention purge."""


class NotFoundError(StoreError, LookupError):
    """A row the caller named by id does not exist."""
