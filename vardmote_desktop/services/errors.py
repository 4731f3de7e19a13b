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


class DraftGone(ServiceError):
    """The draft a wizard continues is no longer in the log; nothing was booked.

    Booked or discarded on another PC of the unit (the same login continues its drafts
    anywhere). The wizard books without it at the next *Färdig*, once the user has looked.
    """


class RoomNameTaken(ServiceError):
    """The plan's room name already belongs to a booked meeting; nothing was booked.

    A name is drawn from the unit's counter once, so this is the same plan booked twice: a
    draft continued on two PCs of the unit and booked on both.
    """

    def __init__(self, name: str) -> None:
        super().__init__("room name already booked")
        self.name = name  # the unit's name and a number: no patient data


class NoFreeVideoAddress(ServiceError):
    """Every drawn video address or call ID was already handed out by this log."""


class RetentionConflict(ServiceError):
    """The log changed while being purged (another PC); nothing was purged, try again."""


class CreatedRoomUnidentified(ServiceError):
    """The server answered the create, but not with a room of the expected kind.

    Nothing is recorded as the meeting's room: a room the server did make carries our mark, so
    *Städa rum* finds it. Usually a proxy or a server version IT must look at.
    """


class DatabaseLocked(DatabaseUnavailable):
    """Another PC or program held the database locked for longer than we wait; nothing saved."""


class DatabaseFull(DatabaseUnavailable):
    """The disk (or the database server's) is full; nothing was saved."""


class DatabaseCorrupt(DatabaseUnavailable):
    """The database file is damaged (or is not a database); IT restores it from a backup."""


class DatabaseReadOnly(DatabaseUnavailable):
    """The database can be read but not written (file or folder rights, a standby server)."""


class UnsavableText(ServiceError):
    """A text holds characters the database cannot store (a lone surrogate, a NUL byte)."""


def database_fault(exc: BaseException) -> ServiceError | None:
    """The user's error for a database failure, or None when it is a bug (store/errors.py)."""
    # Here, not at the top: the classes above stay importable without the store's SQLAlchemy.
    from vardmote_desktop.store.errors import DatabaseFault, classify_database_error

    kinds: dict[DatabaseFault, type[ServiceError]] = {
        DatabaseFault.LOCKED: DatabaseLocked,
        DatabaseFault.DISK_FULL: DatabaseFull,
        DatabaseFault.CORRUPT: DatabaseCorrupt,
        DatabaseFault.READ_ONLY: DatabaseReadOnly,
        DatabaseFault.BAD_TEXT: UnsavableText,
        DatabaseFault.UNAVAILABLE: DatabaseUnavailable,
    }
    fault = classify_database_error(exc)
    return kinds[fault]() if fault is not None else None


class ContactInvalid(ServiceError):
    """A contact's field is empty, too long or malformed, or the contact is a relative."""


class LogKeyMissing(ServiceError):
    """The local log is encrypted but its key is not in this user's keyring (another user's
    or PC's file, or the keyring entry was removed)."""


class LogKeyWrong(ServiceError):
    """The keyring holds a key that does not open the encrypted local log."""


class LogKeyUnavailable(ServiceError):
    """The site requires an encrypted local log but there is no OS keyring to hold its key."""


class LogEncryptionFailed(ServiceError):
    """An existing plain log could not be encrypted (it was left as it was)."""
