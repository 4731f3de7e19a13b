"""Errors a user can act on, raised by the services; the UI shows one Swedish message for each."""

from __future__ import annotations

from vardmote_desktop.domain.types import InvitationProblem


class ServiceError(Exception):
    """Base of the errors the UI explains to the user (not bugs)."""


class DatabaseUnavailable(ServiceError):
    """The database could not be opened or reached (server down, file locked, no access)."""


class DatabaseTooNew(ServiceError):
    """The database was written by a newer version of the application, which this one cannot use.

    needed_release: a release known to use it (e.g. "0.3.0"), None when the database does not say.
    """

    def __init__(self, needed_release: str | None = None) -> None:
        super().__init__(needed_release)
        self.needed_release = needed_release


class DatabaseBeingUpgraded(ServiceError):
    """Another PC is upgrading the shared log and did not finish within the wait; retry later."""


class NotFound(ServiceError):
    """The meeting (or participant) is gone, e.g. removed on another PC."""


class InvalidMove(ServiceError):
    """The action does not apply in the meeting's current state."""


class RefusedText(ServiceError):
    """Outgoing or free text contains something shaped like a personal identity number."""


class ForbiddenChannel(ServiceError):
    """The site's routine does not allow this channel for this recipient."""


class PlatformNotConfigured(ServiceError):
    """The chosen video platform lacks a server address, account or password."""


class CredentialsUnavailable(ServiceError):
    """The OS keyring exists but refused to read or store the password (locked, denied)."""


class CaBundleMissing(ServiceError):
    """The CA bundle named in the settings is not a readable file."""


class ManualDeletionUnconfirmed(ServiceError):
    """A manual room is marked deleted only once the user says it is gone in the vendor's app."""


class InvitationUnreadable(ServiceError):
    """A pasted invitation could not be read; `reason` says why."""

    def __init__(self, reason: InvitationProblem) -> None:
        super().__init__(reason.value)
        self.reason = reason


class NoFreeRoomName(ServiceError):
    """The unit's counter kept landing on names already in the log (typed elsewhere)."""


class NoFreeVideoAddress(ServiceError):
    """Every drawn video address or call ID was already handed out by this log."""


class RetentionConflict(ServiceError):
    """The log changed while being purged (another PC); nothing was purged, try again."""


class LogKeyMissing(ServiceError):
    """The local log is encrypted but its key is not in this user's keyring (another user's
    or PC's file, or the keyring entry was removed)."""


class LogKeyWrong(ServiceError):
    """The keyring holds a key that does not open the encrypted local log."""


class LogKeyUnavailable(ServiceError):
    """The site requires an encrypted local log but there is no OS keyring to hold its key."""


class LogEncryptionFailed(ServiceError):
    """An existing plain log could not be encrypted (it was left as it was)."""
