"""The one interface every video platform implements, and its typed errors."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.naming import RoomAddress


@dataclass(frozen=True)
class PlatformRoom:
    """A meeting room as a platform knows it (*mötesrum*)."""

    room_id: str | None
    name: str | None
    join: JoinInfo
    tag: str | None = None  # the server's raw mark (CMS cdrTag, Pexip tag); domain/room_tag.py


@dataclass(frozen=True)
class CallActivity:
    """Whether a call is going on in a room, as the server says right now.

    participants counts everyone the server reports, waiting ones included (Pexip's waiting
    room, people at a PIN screen). active is True even with no one in it: a CMS call kept
    alive empty is still a call, and deleting its space would cut it.
    """

    active: bool
    participants: int = 0


class PlatformError(Exception):
    """Base of every error a platform client raises; the UI maps each subclass to one message."""


class PlatformAuthError(PlatformError):
    """The server refused the credentials (401/403)."""


class PlatformNotFound(PlatformError):
    """The room does not exist on the server."""


class PlatformConflict(PlatformError):
    """The name, address or call ID is already taken and no free one was found."""


class PlatformUnavailable(PlatformError):
    """The server could not be reached, timed out, or stayed busy after retries."""


class PlatformBusy(PlatformUnavailable):
    """A passing condition worth retrying: busy (503, 429), "try later" (CMS 307), timed out.

    Clients retry these with backoff themselves; one that reaches the caller means the server
    stayed busy. retry_after is the server's own hint in seconds, when it gave one.
    """

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PlatformInvalidAnswer(PlatformError):
    """The server answered something this client cannot read."""


class PlatformRejected(PlatformError):
    """The server refused a value this client sent (CMS parameterError, a Pexip 400 on a field).

    code is the server's reason (CMS: the element name in failureDetails, e.g. "parameterError",
    "duplicateCoSpaceUri"; Pexip: "duplicateName", "duplicateAlias", "invalidValue"); parameter
    names the field when the server said which one; detail is the server's own wording.
    """

    def __init__(
        self,
        message: str,
        *,
        code: str,
        parameter: str | None = None,
        detail: str | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.parameter = parameter
        self.detail = detail


class VideoPlatform(Protocol):
    """Create, read, delete and list the rooms this application made."""

    def create_room(
        self,
        name_candidates: Iterable[str],
        addresses: Callable[[str], RoomAddress] | None = None,
        tag: str | None = None,
    ) -> PlatformRoom:
        """Create a room under the first candidate name that is free on the server.

        The caller hands out names that are never reused (the unit's counter); a name taken on
        the server moves on to the next candidate. addresses(name) gives a fresh, never used
        URI user part and call ID; one the server already has is replaced by the next one.
        tag is the room's mark (domain/room_tag.py). Raises PlatformConflict when none was free.
        """
        ...

    def set_tag(self, room_id: str, tag: str) -> None:
        """Replace the room's mark (e.g. once the meeting's planned end is known)."""
        ...

    def get_room(self, room_id: str) -> PlatformRoom: ...

    def delete_room(self, room_id: str) -> None:
        """Delete; a room already gone counts as deleted."""
        ...

    def list_rooms(self, name_prefix: str = "") -> Iterator[PlatformRoom]:
        """Rooms on the server that carry this application's mark, any version, with name_prefix."""
        ...

    def call_activity(self, room_id: str) -> CallActivity:
        """Whether a call is going on in the room now (asked before any automatic deletion)."""
        ...

    def close_door(self, room_id: str) -> None:
        """Stop new people joining without cutting anyone off: new passcode / PIN, old links off."""
        ...


class PlatformUnexpectedLocation(PlatformInvalidAnswer):
    """A create was answered with a Location that does not point at a room of the expected kind.

    (CMS: /api/v1/coSpaces/<id>; Pexip: /api/admin/configuration/v1/conference/<id>/.) The
    last path segment of some other object is not a room id: deleting "it" later could delete
    something else. A room the server did make carries our mark, so *Städa rum* finds it.
    """


class PlatformTimedOut(PlatformUnavailable):
    """The operation's overall deadline passed (platforms/http.Deadline); not retried."""


class PlatformCancelled(PlatformError):
    """The user cancelled the operation while it waited for the server."""
